# tests/stream/parser.cmake: the incremental XMPP stream parser (RFC 6120 §11 restricted XML, limits, restarts).
balcony_add_test(tst_xmlstreamparser SOURCES tst_xmlstreamparser.cpp)
