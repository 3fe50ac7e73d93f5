# tests/stream/session.cmake: SASL/SCRAM, the IQ tracker, stream negotiation and the Connection state
# machine, all through the scripted test server (no network).
balcony_add_test(tst_scram SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_scram.cpp)
balcony_add_test(tst_iqtracker SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_iqtracker.cpp)
balcony_add_test(tst_negotiation SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_negotiation.cpp)
balcony_add_test(tst_connection SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_connection.cpp)
balcony_add_test(tst_quickstart SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_quickstart.cpp)
balcony_add_test(tst_streammanagement SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_streammanagement.cpp)
# The scripted session's transcript helpers (expect(), deterministic ids) themselves.
balcony_add_test(tst_scriptedsession SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_scriptedsession.cpp)
