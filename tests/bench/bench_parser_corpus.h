#pragma once

#include <QByteArray>

namespace balcony::bench {

struct ParserCorpus {
    QByteArray streamHeader; // "<?xml ...?><stream:stream ...>"
    QByteArray stanzas; // the top-level elements, back to back (with the odd whitespace keepalive)
    QByteArray streamFooter; // "</stream:stream>"
    qsizetype stanzaCount = 0;
};

// A deterministic, realistic client-side stream of about `targetBytes` bytes: chat messages with bodies of varied
// length in several scripts (ASCII, Latin-1 range, CJK, emoji) and the predefined entities, presences with
// entity capabilities (XEP-0115) and delay (XEP-0203), roster results with many items (RFC 6121 §2), and MAM
// results (XEP-0313) nesting forwarded (XEP-0297), delay and stanza-id (XEP-0359). Same seed, same bytes.
ParserCorpus generateParserCorpus(qsizetype targetBytes, quint32 seed = 20240611);

} // namespace balcony::bench
