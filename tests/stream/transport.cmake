# tests/stream/transport.cmake: SRV ordering, reconnect backoff, certificate trust store, TCP/TLS transport,
# DNS cache and TLS session resumption.
balcony_add_test(tst_srv SOURCES tst_srv.cpp FakeDnsResolver.h)
balcony_add_test(tst_backoff SOURCES tst_backoff.cpp)
balcony_add_test(tst_certificatetrust SOURCES tst_certificatetrust.cpp)
# Real loopback TLS (QSslServer on 127.0.0.1); makes its certificates with the `openssl` command line.
# Also runs `openssl s_server` (one TLS context for all connections) for the session resumption tests.
balcony_add_test(tst_tcptransport SOURCES tst_tcptransport.cpp TIMEOUT 180)
# XEP-0305 §2 DNS cache: a fake resolver and loopback listeners as SRV targets.
balcony_add_test(tst_dnscache SOURCES tst_dnscache.cpp FakeDnsResolver.h)
# RFC 7395 WebSocket binding against a scripted QWebSocketServer on loopback TLS (certificate made with `openssl`).
balcony_add_test(tst_websockettransport SOURCES tst_websockettransport.cpp TIMEOUT 120)
# The stream framing of the HTTP bindings and XEP-0156 host-meta discovery (parsers, a loopback HTTPS server).
balcony_add_test(tst_httpbindings SOURCES tst_httpbindings.cpp ../files/HttpsTestServer.h)
# XEP-0124/0206 BOSH (XEP-0305 §6 pipelining) under a Connection against the scripted BOSH connection manager
# (tests/support/BoshTestServer, loopback HTTPS, certificate made with `openssl`).
balcony_add_test(tst_boshtransport SOURCES tst_boshtransport.cpp TIMEOUT 180)
