# tests/stream/transport.cmake: SRV ordering, reconnect backoff, certificate trust store, TCP/TLS transport.
balcony_add_test(tst_srv SOURCES tst_srv.cpp)
balcony_add_test(tst_backoff SOURCES tst_backoff.cpp)
balcony_add_test(tst_certificatetrust SOURCES tst_certificatetrust.cpp)
# Real loopback TLS (QSslServer on 127.0.0.1); makes its certificates with the `openssl` command line.
balcony_add_test(tst_tcptransport SOURCES tst_tcptransport.cpp TIMEOUT 180)
