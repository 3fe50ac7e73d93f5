#pragma once

#include "core/Element.h"

#include <QString>

#include <optional>

namespace balcony {

// Elements kept in the database as XML text: written by XmlWriter, read back by XmlStreamParser (so stored
// text gets the same restricted-XML and size checks as network input). The context namespace is
// jabber:client, and elements of the streams namespace (<stream:features/>) keep their "stream:" prefix.
// nullopt if the element cannot be serialised (a name or character XML forbids).
std::optional<QString> elementToXml(const Element &element);
// A null Element if `xml` is empty or not exactly one well-formed element.
Element elementFromXml(const QString &xml);

} // namespace balcony
