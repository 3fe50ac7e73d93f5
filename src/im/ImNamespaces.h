#pragma once

#include <QString>

// Namespaces of the IM extensions the message layer speaks, in one place so that parser, builders and
// modules cannot disagree on a spelling.
namespace balcony::ns {
inline QString receipts()
{
    return QStringLiteral("urn:xmpp:receipts");
} // XEP-0184
inline QString chatStates()
{
    return QStringLiteral("http://jabber.org/protocol/chatstates");
} // XEP-0085
inline QString carbons()
{
    return QStringLiteral("urn:xmpp:carbons:2");
} // XEP-0280
inline QString forward()
{
    return QStringLiteral("urn:xmpp:forward:0");
} // XEP-0297
inline QString delay()
{
    return QStringLiteral("urn:xmpp:delay");
} // XEP-0203
inline QString sid()
{
    return QStringLiteral("urn:xmpp:sid:0");
} // XEP-0359
inline QString mam()
{
    return QStringLiteral("urn:xmpp:mam:2");
} // XEP-0313
inline QString rsm()
{
    return QStringLiteral("http://jabber.org/protocol/rsm");
} // XEP-0059
inline QString hints()
{
    return QStringLiteral("urn:xmpp:hints");
} // XEP-0334
inline QString ping()
{
    return QStringLiteral("urn:xmpp:ping");
} // XEP-0199
inline QString csi()
{
    return QStringLiteral("urn:xmpp:csi:0");
} // XEP-0352
inline QString chatMarkers()
{
    return QStringLiteral("urn:xmpp:chat-markers:0");
} // XEP-0333
inline QString messageCorrect()
{
    return QStringLiteral("urn:xmpp:message-correct:0");
} // XEP-0308
inline QString dataForms()
{
    return QStringLiteral("jabber:x:data");
} // XEP-0004
} // namespace balcony::ns
