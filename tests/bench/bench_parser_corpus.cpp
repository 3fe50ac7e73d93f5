#include "bench_parser_corpus.h"

#include <QStringBuilder>

#include <cstdio>
#include <random>

namespace balcony::bench {

namespace {

class Generator {
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {
    }

    int range(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    bool chance(int percent) { return range(1, 100) <= percent; }

    QByteArray jid()
    {
        static const char *const users[] = { "romeo", "juliet", "nurse", "benvolio", "mercutio", "tybalt", "paris" };
        static const char *const hosts[] = { "montague.lit", "capulet.lit", "verona.example", "example.com" };
        QByteArray out = users[range(0, 6)];
        if (chance(30)) {
            out += QByteArray::number(range(1, 999));
        }
        return out + '@' + hosts[range(0, 3)];
    }

    QByteArray fullJid() { return jid() + "/balcony-" + QByteArray::number(range(1000, 9999)); }

    QByteArray id() { return "id-" + QByteArray::number(range(100000, 999999)) + '-' + QByteArray::number(m_next++); }

    QByteArray stamp()
    {
        char buf[32];
        std::snprintf(buf, sizeof buf, "2024-%02d-%02dT%02d:%02d:%02dZ", range(1, 12), range(1, 28), range(0, 23),
            range(0, 59), range(0, 59));
        return buf;
    }

    // Body text: mostly words, sometimes other scripts and entities, length spread over short chats and pastes.
    QByteArray text(int approxBytes)
    {
        static const char *const words[] = { "the", "orchard", "walls", "are", "high", "and", "hard", "to", "climb",
            "love", "night", "light", "wherefore", "art", "thou", "name", "rose", "sweet", "moon", "swear" };
        static const char *const other[] = {
            "caf\xC3\xA9", // café
            "na\xC3\xAFve", // naïve
            "\xE6\x97\xA5\xE6\x9C\xAC", // 日本
            "\xE4\xBD\xA0\xE5\xA5\xBD", // 你好
            "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82", // привет
            "\xF0\x9F\x98\x80", // 😀
            "\xF0\x9F\x8C\xB9", // 🌹
            "&amp;",
            "&lt;3",
            "&quot;hi&quot;",
            "&apos;",
        };
        QByteArray out;
        out.reserve(approxBytes + 16);
        while (out.size() < approxBytes) {
            if (!out.isEmpty()) {
                out += chance(5) ? "\n" : " ";
            }
            out += chance(12) ? other[range(0, 10)] : words[range(0, 19)];
        }
        return out;
    }

    int bodyLength()
    {
        const int bucket = range(1, 100);
        if (bucket <= 60) {
            return range(3, 60);
        }
        if (bucket <= 92) {
            return range(60, 400);
        }
        return range(400, 4000);
    }

    QByteArray message()
    {
        QByteArray out = "<message type='chat' from='" + fullJid() + "' to='" + fullJid() + "' id='" + id() + "'";
        if (chance(20)) {
            out += " xml:lang='en'";
        }
        out += "><body>" + text(bodyLength()) + "</body>";
        if (chance(60)) {
            out += "<active xmlns='http://jabber.org/protocol/chatstates'/>";
        }
        if (chance(50)) {
            out += "<request xmlns='urn:xmpp:receipts'/>";
        }
        if (chance(70)) {
            out += "<origin-id xmlns='urn:xmpp:sid:0' id='" + id() + "'/>";
        }
        return out + "</message>";
    }

    QByteArray presence()
    {
        QByteArray out = "<presence from='" + fullJid() + "' to='" + jid() + "'>";
        if (chance(50)) {
            static const char *const shows[] = { "away", "chat", "dnd", "xa" };
            out += QByteArray("<show>") + shows[range(0, 3)] + "</show>";
        }
        if (chance(60)) {
            out += "<status>" + text(range(5, 80)) + "</status>";
        }
        out += "<priority>" + QByteArray::number(range(-5, 50)) + "</priority>";
        out += "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://balcony.example/caps' ver='"
            + QByteArray::number(range(100000, 999999)) + "QgayPKawpkPSDYmwT/WM94uA='/>";
        if (chance(25)) {
            out += "<delay xmlns='urn:xmpp:delay' from='" + jid() + "' stamp='" + stamp() + "'/>";
        }
        return out + "</presence>";
    }

    QByteArray roster()
    {
        QByteArray out = "<iq type='result' id='" + id() + "' to='" + fullJid()
            + "'><query xmlns='jabber:iq:roster' ver='ver" + QByteArray::number(range(1, 99999)) + "'>";
        const int items = range(20, 300);
        for (int i = 0; i < items; ++i) {
            static const char *const subs[] = { "both", "to", "from", "none" };
            out += "<item jid='" + jid() + "' name='" + text(range(3, 20)) + "' subscription='" + subs[range(0, 3)]
                + "'>";
            const int groups = range(0, 3);
            for (int g = 0; g < groups; ++g) {
                out += "<group>" + text(range(3, 16)) + "</group>";
            }
            out += "</item>";
        }
        return out + "</query></iq>";
    }

    QByteArray mamResult()
    {
        return "<message to='" + fullJid() + "' id='" + id() + "'><result xmlns='urn:xmpp:mam:2' queryid='f27' id='"
            + id() + "'><forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='" + stamp()
            + "'/><message xmlns='jabber:client' to='" + fullJid() + "' from='" + fullJid() + "' type='chat' id='"
            + id() + "'><body>" + text(bodyLength()) + "</body><stanza-id xmlns='urn:xmpp:sid:0' by='" + jid()
            + "' id='" + id() + "'/></message></forwarded></result></message>";
    }

private:
    std::mt19937 m_rng;
    int m_next = 0;
};

} // namespace

ParserCorpus generateParserCorpus(qsizetype targetBytes, quint32 seed)
{
    Generator gen(seed);
    ParserCorpus corpus;
    corpus.streamHeader = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' from='capulet.lit' id='bench-1' "
                          "version='1.0' xml:lang='en'>";
    corpus.streamFooter = "</stream:stream>";
    corpus.stanzas.reserve(targetBytes + 64 * 1024);
    while (corpus.stanzas.size() < targetBytes) {
        const int kind = gen.range(1, 100);
        if (kind <= 45) {
            corpus.stanzas += gen.message();
        } else if (kind <= 75) {
            corpus.stanzas += gen.presence();
        } else if (kind <= 77) {
            corpus.stanzas += gen.roster();
        } else {
            corpus.stanzas += gen.mamResult();
        }
        ++corpus.stanzaCount;
        if (gen.chance(3)) {
            corpus.stanzas += ' '; // whitespace keepalive (RFC 6120 §4.6.1)
        }
    }
    return corpus;
}

} // namespace balcony::bench
