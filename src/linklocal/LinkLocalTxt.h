#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace balcony::linklocal {

// The presence a link-local entity announces in its `_presence._tcp` TXT record (XEP-0174 §3.3).
struct LinkLocalPresence {
    enum class Status { Available, Away, Dnd };

    QString firstName; // "1st"
    QString lastName; // "last"
    QString nick;
    QString email;
    QString message; // "msg"
    Status status = Status::Available;
    QString jid; // the user's server JID, when known (bare, validated)
    // XEP-0115 entity capabilities, so peers can skip service discovery.
    QString capsHash;
    QString capsNode;
    QString capsVer;
    quint16 p2pjPort = 0; // "port.p2pj": the legacy copy of the SRV port (0 when absent)

    bool operator==(const LinkLocalPresence &) const = default;
};

QString statusToken(LinkLocalPresence::Status status);

// DNS-SD TXT bounds (RFC 6763 §6.1/§6.2: one string is at most 255 bytes; a record should stay below 1300
// bytes and must fit an mDNS packet (9000 bytes)). Values longer than their bound are cut on encoding at a
// UTF-8 character boundary; on parsing, anything beyond them makes the record malformed.
constexpr int maxTxtStringBytes = 255;
constexpr int maxTxtRecordBytes = 8192;
constexpr int maxTxtStrings = 64;

// The TXT strings (key=value) for `presence`, in the order of XEP-0174 §3.3's table; empty fields are left out.
QList<QByteArray> encodeTxt(const LinkLocalPresence &presence);

// The presence in a received TXT record, or nothing when it is malformed (`reason` says why): too many or too
// long strings, an empty or non-ASCII key, a value that is not UTF-8, txtvers other than 1, an unknown status,
// a port.p2pj that is not a port, an invalid jid, caps that are half there. Keys are case-insensitive and
// the first of duplicate keys counts (RFC 6763 §6.4); unknown keys are ignored.
std::optional<LinkLocalPresence> parseTxt(const QList<QByteArray> &txt, QString *reason);

} // namespace balcony::linklocal
