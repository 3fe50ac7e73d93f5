<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <source>Balcony</source>
        <translation>Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="16"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="21"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="27"/>
        <source>you@example.org</source>
        <translation>du@example.org</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="32"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="51"/>
        <source>found automatically</source>
        <translation>automatisch ermittelt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="56"/>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="65"/>
        <source>Use &amp;direct TLS on this port</source>
        <translation>&amp;Direktes TLS auf diesem Port verwenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="81"/>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="91"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="112"/>
        <source>Review and &amp;trust this certificate…</source>
        <translation>Zertifikat prüfen und ihm ver&amp;trauen…</translation>
    </message>
</context>
<context>
    <name>balcony</name>
    <message>
        <location filename="../src/core/Jid.cpp" line="110"/>
        <source>The local part of the address is empty.</source>
        <translation>Der lokale Teil der Adresse ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="112"/>
        <source>The domain of the address is empty.</source>
        <translation>Die Domain der Adresse ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="114"/>
        <source>The resource of the address is empty.</source>
        <translation>Die Ressource der Adresse ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="120"/>
        <source>The local part is longer than 1023 bytes.</source>
        <translation>Der lokale Teil ist länger als 1023 Byte.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="122"/>
        <source>The domain is longer than 1023 bytes.</source>
        <translation>Die Domain ist länger als 1023 Byte.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="124"/>
        <source>The resource is longer than 1023 bytes.</source>
        <translation>Die Ressource ist länger als 1023 Byte.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="139"/>
        <source>The local part contains an invalid character.</source>
        <translation>Der lokale Teil enthält ein ungültiges Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="152"/>
        <source>The local part may not contain the character &apos;%1&apos;.</source>
        <translation>Der lokale Teil darf das Zeichen „%1“ nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="160"/>
        <source>The local part may not contain spaces or control characters.</source>
        <translation>Der lokale Teil darf keine Leer- oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="188"/>
        <source>The resource contains an invalid character.</source>
        <translation>Die Ressource enthält ein ungültiges Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="195"/>
        <source>The resource may not contain control characters.</source>
        <translation>Die Ressource darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="249"/>
        <source>The domain is empty.</source>
        <translation>Die Domain ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="252"/>
        <source>The domain contains an invalid character.</source>
        <translation>Die Domain enthält ein ungültiges Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="259"/>
        <source>The IPv6 address is missing its closing bracket.</source>
        <translation>Der IPv6-Adresse fehlt die schließende Klammer.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="264"/>
        <source>The domain is not a valid IPv6 address.</source>
        <translation>Die Domain ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="273"/>
        <source>The domain may not contain spaces or control characters.</source>
        <translation>Die Domain darf keine Leer- oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="279"/>
        <source>The domain is not a valid IPv4 address.</source>
        <translation>Die Domain ist keine gültige IPv4-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="289"/>
        <source>The domain is not a valid domain name.</source>
        <translation>Die Domain ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="293"/>
        <source>The domain contains an empty label.</source>
        <translation>Die Domain enthält einen leeren Namensteil.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="297"/>
        <source>A label of the domain is longer than 63 bytes.</source>
        <translation>Ein Namensteil der Domain ist länger als 63 Byte.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="332"/>
        <source>The local part before &apos;@&apos; is empty.</source>
        <translation>Der lokale Teil vor dem „@“ ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="336"/>
        <source>The resource after &apos;/&apos; is empty.</source>
        <translation>Die Ressource nach dem „/“ ist leer.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="236"/>
        <source>Too much whitespace between stanzas.</source>
        <translation>Zu viel Leerraum zwischen den Stanzas.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="241"/>
        <source>Data after the end of the stream.</source>
        <translation>Daten nach dem Ende des Streams.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="258"/>
        <source>Invalid UTF-8 or a character XML forbids.</source>
        <translation>Ungültiges UTF-8 oder ein in XML verbotenes Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="254"/>
        <source>Stanza larger than %1 bytes.</source>
        <translation>Stanza größer als %1 Byte.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="270"/>
        <source>An element with more than %1 attributes.</source>
        <translation>Ein Element mit mehr als %1 Attributen.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="275"/>
        <source>More than %1 namespace declarations in scope.</source>
        <translation>Mehr als %1 Namensraum-Deklarationen gleichzeitig gültig.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="362"/>
        <source>Entity references other than the predefined ones are not allowed (RFC 6120 §11.1).</source>
        <translation>Nur die vordefinierten Entity-Referenzen sind erlaubt (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="373"/>
        <source>Malformed XML: %1</source>
        <translation>Fehlerhaftes XML: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="381"/>
        <source>The stream element is not in the streams namespace.</source>
        <translation>Das Stream-Element liegt nicht im Streams-Namensraum.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="386"/>
        <source>The streams namespace must use the prefix &apos;stream&apos;.</source>
        <translation>Der Streams-Namensraum muss das Präfix „stream“ verwenden.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="412"/>
        <source>Text outside of any stanza.</source>
        <translation>Text außerhalb einer Stanza.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="84"/>
        <source>Elements nested deeper than %1 levels.</source>
        <translation>Elemente tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="471"/>
        <source>Unsupported encoding %1; only UTF-8 is allowed.</source>
        <translation>Nicht unterstützte Kodierung %1; nur UTF-8 ist erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="77"/>
        <source>Comments, DTDs, processing instructions and entity declarations are not allowed (RFC 6120 §11.1).</source>
        <translation>Kommentare, DTDs, Verarbeitungsanweisungen und Entity-Deklarationen sind nicht erlaubt (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="41"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="45"/>
        <source>%1 is too large to be a list of trusted certificates</source>
        <translation>%1 ist zu groß für eine Liste vertrauenswürdiger Zertifikate</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="56"/>
        <source>The list of trusted certificates in %1 is damaged; no certificate is trusted until it is replaced</source>
        <translation>Die Liste vertrauenswürdiger Zertifikate in %1 ist beschädigt; bis sie ersetzt ist, wird keinem Zertifikat vertraut</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="85"/>
        <source>There is no certificate to trust</source>
        <translation>Es gibt kein Zertifikat, dem vertraut werden könnte</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="96"/>
        <source>Invalid domain or certificate fingerprint</source>
        <translation>Ungültige Domain oder ungültiger Zertifikat-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="200"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="225"/>
        <location filename="../src/stream/CertificateTrust.cpp" line="233"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="32"/>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="34"/>
        <source>This account has been disabled on the server.</source>
        <translation>Dieses Konto wurde auf dem Server deaktiviert.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="36"/>
        <source>The password has expired; change it with another client or on the server&apos;s website.</source>
        <translation>Das Passwort ist abgelaufen; ändere es mit einem anderen Client oder auf der Website des Servers.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="38"/>
        <source>The server could not check the password right now; try again later.</source>
        <translation>Der Server konnte das Passwort gerade nicht prüfen; versuche es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="41"/>
        <source>The server refused the authentication method (%1).</source>
        <translation>Der Server hat das Anmeldeverfahren abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="43"/>
        <source>Authentication failed (%1).</source>
        <translation>Anmeldung fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="46"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Der Server meldete: %2</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="592"/>
        <source>The answer carries no service discovery information.</source>
        <translation>Die Antwort enthält keine Informationen zur Diensterkennung.</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="596"/>
        <source>No answer to the service discovery query.</source>
        <translation>Keine Antwort auf die Anfrage zur Diensterkennung.</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="600"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="92"/>
        <source>The connection was lost.</source>
        <translation>Die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="158"/>
        <source>The server refused to send the contact list (%1).</source>
        <translation>Der Server hat sich geweigert, die Kontaktliste zu senden (%1).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="162"/>
        <source>The server did not send the contact list in time.</source>
        <translation>Der Server hat die Kontaktliste nicht rechtzeitig gesendet.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="362"/>
        <source>The server did not accept the contact %1: its name or a group name is not allowed (%2).</source>
        <translation>Der Server hat den Kontakt %1 nicht angenommen: Sein Name oder ein Gruppenname ist nicht erlaubt (%2).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="366"/>
        <source>The server refused to change the contact %1 (%2).</source>
        <translation>Der Server hat die Änderung des Kontakts %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="371"/>
        <source>The server did not confirm the change to the contact %1 in time.</source>
        <translation>Der Server hat die Änderung des Kontakts %1 nicht rechtzeitig bestätigt.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="376"/>
        <source>The connection was lost before the server confirmed the change to the contact %1.</source>
        <translation>Die Verbindung ist abgebrochen, bevor der Server die Änderung des Kontakts %1 bestätigt hat.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="125"/>
        <source>No contact address was given.</source>
        <translation>Es wurde keine Kontaktadresse angegeben.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="133"/>
        <source>Your server does not support approving %1 in advance; approve the request when it arrives.</source>
        <translation>Dein Server unterstützt keine vorab erteilte Zustimmung für %1; stimme der Anfrage zu, wenn sie eintrifft.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="141"/>
        <source>Not connected: %1 could not be approved in advance.</source>
        <translation>Nicht verbunden: %1 konnte nicht vorab zugestimmt werden.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="193"/>
        <source>Not sharing presence</source>
        <translation>Kein Austausch des Online-Status</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="195"/>
        <source>Waiting for the contact to approve your request</source>
        <translation>Warten auf die Zustimmung des Kontakts</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="197"/>
        <source>Wants to see your presence</source>
        <translation>Möchte deinen Online-Status sehen</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="199"/>
        <source>Both of you asked; waiting for each other&apos;s approval</source>
        <translation>Ihr habt beide angefragt; ihr wartet auf die gegenseitige Zustimmung</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="201"/>
        <source>You see their presence; they do not see yours</source>
        <translation>Du siehst den Online-Status des Kontakts, er deinen nicht</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="203"/>
        <source>You see their presence; they want to see yours</source>
        <translation>Du siehst den Online-Status des Kontakts; er möchte deinen sehen</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="205"/>
        <source>They see your presence; you do not see theirs</source>
        <translation>Der Kontakt sieht deinen Online-Status, du seinen nicht</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="207"/>
        <source>They see your presence; waiting for them to approve your request</source>
        <translation>Der Kontakt sieht deinen Online-Status; deine Anfrage wartet auf seine Zustimmung</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="210"/>
        <source>Sharing presence both ways</source>
        <translation>Gegenseitiger Austausch des Online-Status</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubError.cpp" line="26"/>
        <source>The server refused %1: %2.</source>
        <translation>Der Server hat das %1 abgelehnt: %2.</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubError.cpp" line="34"/>
        <source>The server did not answer %1 in time.</source>
        <translation>Der Server hat beim %1 nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubError.cpp" line="40"/>
        <source>The connection was lost before %1 completed.</source>
        <translation>Die Verbindung ist abgebrochen, bevor das %1 abgeschlossen war.</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubError.cpp" line="50"/>
        <source>The server sent an invalid answer to %1.</source>
        <translation>Der Server hat beim %1 eine ungültige Antwort gesendet.</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="93"/>
        <source>creating the node “%1”</source>
        <translation>Anlegen des Knotens „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="115"/>
        <source>changing the configuration of the node “%1”</source>
        <translation>Ändern der Konfiguration des Knotens „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="127"/>
        <source>sending the configuration of the node “%1”</source>
        <translation>Senden der Konfiguration des Knotens „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="174"/>
        <source>publishing to the node “%1”</source>
        <translation>Veröffentlichen im Knoten „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="309"/>
        <source>sending the items of the node “%1”</source>
        <translation>Senden der Einträge des Knotens „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="345"/>
        <source>removing an item from the node “%1”</source>
        <translation>Entfernen eines Eintrags aus dem Knoten „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="358"/>
        <source>removing every item from the node “%1”</source>
        <translation>Entfernen aller Einträge aus dem Knoten „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="370"/>
        <source>deleting the node “%1”</source>
        <translation>Löschen des Knotens „%1“</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="11"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="13"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="15"/>
        <source>Securing the connection…</source>
        <translation>Verbindung wird gesichert…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="17"/>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="19"/>
        <source>Starting the session…</source>
        <translation>Sitzung wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="21"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="23"/>
        <source>Signing out…</source>
        <translation>Abmeldung…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="25"/>
        <source>Connection lost, retrying soon…</source>
        <translation>Verbindung verloren, neuer Versuch in Kürze…</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="12"/>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="15"/>
        <source>The encrypted-session form is malformed.</source>
        <translation>Das Formular der verschlüsselten Sitzung ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="18"/>
        <source>The encrypted-session form offers an unsupported key-exchange group.</source>
        <translation>Das Formular der verschlüsselten Sitzung bietet eine nicht unterstützte Schlüsselaustauschgruppe an.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="21"/>
        <source>Offline encrypted-session options must not include iq stanzas.</source>
        <translation>Optionen für verschlüsselte Offline-Sitzungen dürfen keine iq-Stanzas enthalten.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="24"/>
        <source>The re-key frequency of the encrypted session is out of range.</source>
        <translation>Die Häufigkeit des Schlüsselwechsels der verschlüsselten Sitzung liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="27"/>
        <source>The contact offers no encryption options Balcony supports.</source>
        <translation>Der Kontakt bietet keine Verschlüsselungsoptionen an, die Balcony unterstützt.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="30"/>
        <source>The contact chose encryption options that were never offered.</source>
        <translation>Der Kontakt hat Verschlüsselungsoptionen gewählt, die nie angeboten wurden.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="33"/>
        <source>The offline encryption options have expired.</source>
        <translation>Die Offline-Verschlüsselungsoptionen sind abgelaufen.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="36"/>
        <source>No trusted public key is known for this contact.</source>
        <translation>Für diesen Kontakt ist kein vertrauenswürdiger öffentlicher Schlüssel bekannt.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="39"/>
        <source>The offline encryption options are not signed by a trusted key of the contact.</source>
        <translation>Die Offline-Verschlüsselungsoptionen sind nicht mit einem vertrauenswürdigen Schlüssel des Kontakts signiert.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="43"/>
        <source>The key-exchange value is out of range.</source>
        <translation>Der Wert für den Schlüsselaustausch liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="46"/>
        <source>The message belongs to offline options this client did not publish.</source>
        <translation>Die Nachricht gehört zu Offline-Optionen, die dieser Client nicht veröffentlicht hat.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="49"/>
        <source>The encrypted session was already started once: this is a replay.</source>
        <translation>Die verschlüsselte Sitzung wurde bereits einmal gestartet: Dies ist eine Wiederholung.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="52"/>
        <source>The encrypted message was tampered with (bad MAC).</source>
        <translation>Die verschlüsselte Nachricht wurde manipuliert (falscher MAC).</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="55"/>
        <source>The sender&apos;s encrypted identity is unreadable.</source>
        <translation>Die verschlüsselte Identität des Absenders ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="58"/>
        <source>The sender&apos;s public key is not trusted for this contact.</source>
        <translation>Dem öffentlichen Schlüssel des Absenders wird für diesen Kontakt nicht vertraut.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="61"/>
        <source>The sender&apos;s signature does not verify.</source>
        <translation>Die Signatur des Absenders ist ungültig.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="64"/>
        <source>A cryptographic operation failed.</source>
        <translation>Eine kryptografische Operation ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="67"/>
        <source>The contact asked for a four-message encrypted-session negotiation (hash commitment or short authentication string), which Balcony does not support.</source>
        <translation>Der Kontakt hat eine Aushandlung der verschlüsselten Sitzung mit vier Nachrichten angefragt (Hash-Commitment oder kurze Authentifizierungszeichenkette), die Balcony nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="72"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="303"/>
        <source>The contact declined the encrypted session.</source>
        <translation>Der Kontakt hat die verschlüsselte Sitzung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="75"/>
        <source>The reply does not belong to this encrypted-session negotiation.</source>
        <translation>Die Antwort gehört nicht zu dieser Aushandlung der verschlüsselten Sitzung.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="78"/>
        <source>This encrypted-session negotiation was already completed.</source>
        <translation>Diese Aushandlung der verschlüsselten Sitzung ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../src/esession/StanzaCipher.cpp" line="107"/>
        <source>The message could not be encrypted.</source>
        <translation>Die Nachricht konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="55"/>
        <location filename="../src/esession/EsessionManager.cpp" line="157"/>
        <location filename="../src/esession/EsessionManager.cpp" line="365"/>
        <location filename="../src/esession/EsessionManager.cpp" line="493"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="183"/>
        <source>The encryption keys are locked.</source>
        <translation>Die Schlüssel für die Verschlüsselung sind gesperrt.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="60"/>
        <source>The stored signing key cannot be read.</source>
        <translation>Der gespeicherte Signaturschlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="68"/>
        <source>A signing key could not be generated.</source>
        <translation>Es konnte kein Signaturschlüssel erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="72"/>
        <source>The new signing key could not be stored.</source>
        <translation>Der neue Signaturschlüssel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="199"/>
        <source>The offline encryption options could not be stored.</source>
        <translation>Die Offline-Verschlüsselungsoptionen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="402"/>
        <source>No encrypted session with this contact is known for this message.</source>
        <translation>Für diese Nachricht ist keine verschlüsselte Sitzung mit diesem Kontakt bekannt.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="436"/>
        <source>[Encrypted message that could not be read: %1]</source>
        <translation>[Verschlüsselte Nachricht, die nicht gelesen werden konnte: %1]</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="531"/>
        <source>The contact has published no offline encryption options.</source>
        <translation>Der Kontakt hat keine Offline-Verschlüsselungsoptionen veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="626"/>
        <source>The encrypted session could not be stored.</source>
        <translation>Die verschlüsselte Sitzung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="677"/>
        <source>The message could not be stored.</source>
        <translation>Die Nachricht konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="165"/>
        <source>The contact is not online.</source>
        <translation>Der Kontakt ist nicht online.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="170"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="304"/>
        <source>The contact&apos;s client does not support encrypted sessions.</source>
        <translation>Der Client des Kontakts unterstützt keine verschlüsselten Sitzungen.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="214"/>
        <source>The contact&apos;s client did not answer the encrypted session request.</source>
        <translation>Der Client des Kontakts hat auf die Anfrage nach einer verschlüsselten Sitzung nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="312"/>
        <source>The contact could not read an encrypted message.</source>
        <translation>Der Kontakt konnte eine verschlüsselte Nachricht nicht lesen.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="450"/>
        <source>The encrypted session ended.</source>
        <translation>Die verschlüsselte Sitzung ist beendet.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="313"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="482"/>
        <source>The contact ended the encrypted session.</source>
        <translation>Der Kontakt hat die verschlüsselte Sitzung beendet.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="547"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="549"/>
        <source>The contact went offline.</source>
        <translation>Der Kontakt ist offline gegangen.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="576"/>
        <source>The encrypted session was ended.</source>
        <translation>Die verschlüsselte Sitzung wurde beendet.</translation>
    </message>
    <message>
        <location filename="../src/account/Account.cpp" line="145"/>
        <source>The account&apos;s stores are incomplete.</source>
        <translation>Die Speicher des Kontos sind unvollständig.</translation>
    </message>
    <message>
        <location filename="../src/account/ChatSender.cpp" line="79"/>
        <source>The message could not be stored: %1</source>
        <translation>Die Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="52"/>
        <source>The profile of %1 cannot be opened.</source>
        <translation>Das Profil von %1 lässt sich nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>balcony::ArchiveManager</name>
    <message>
        <location filename="../src/im/ArchiveManager.cpp" line="108"/>
        <location filename="../src/im/ArchiveManager.cpp" line="202"/>
        <source>The server did not answer the archive query.</source>
        <translation>Der Server hat die Archivabfrage nicht beantwortet.</translation>
    </message>
    <message>
        <location filename="../src/im/ArchiveManager.cpp" line="166"/>
        <location filename="../src/im/ArchiveManager.cpp" line="216"/>
        <source>The archived messages could not be stored.</source>
        <translation>Die archivierten Nachrichten konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>balcony::Connection</name>
    <message>
        <location filename="../src/stream/Connection.cpp" line="86"/>
        <source>The account address must look like name@example.org.</source>
        <translation>Die Kontoadresse muss die Form name@example.org haben.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="88"/>
        <source>No password is set for this account.</source>
        <translation>Für dieses Konto ist kein Passwort festgelegt.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="323"/>
        <source>The server sent invalid data (%1); the connection was closed.</source>
        <translation>Der Server hat ungültige Daten gesendet (%1); die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="338"/>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="706"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="729"/>
        <source>The server did not complete the login in time.</source>
        <translation>Der Server hat die Anmeldung nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="199"/>
        <source>The server acknowledged messages it was never sent; the session was reset.</source>
        <translation>Der Server hat Nachrichten bestätigt, die er nie erhalten hat; die Sitzung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="316"/>
        <source>The server acknowledged messages it was never sent; the connection was closed.</source>
        <translation>Der Server hat Nachrichten bestätigt, die er nie erhalten hat; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="404"/>
        <source>The server stopped answering; reconnecting.</source>
        <translation>Der Server antwortet nicht mehr; neue Verbindung wird aufgebaut.</translation>
    </message>
</context>
<context>
    <name>balcony::Database</name>
    <message>
        <location filename="../src/storage/Database.cpp" line="190"/>
        <location filename="../src/storage/Database.cpp" line="244"/>
        <location filename="../src/storage/Database.cpp" line="346"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="249"/>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="254"/>
        <source>the folder is not writable</source>
        <translation>der Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="275"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="322"/>
        <source>The database %1 was written by a newer version of Balcony (schema %2; this version knows schema %3). It was left unchanged; please use a newer version of Balcony.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Balcony geschrieben (Schema %2; diese Version kennt Schema %3). Sie wurde nicht verändert; bitte verwende eine neuere Version von Balcony.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="357"/>
        <source>Could not update the database %1 to the current format; it was left as it was. %2</source>
        <translation>Die Datenbank %1 konnte nicht auf das aktuelle Format gebracht werden; sie blieb unverändert. %2</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="376"/>
        <source>The database %1 is damaged and could not be moved aside (%2). Nothing was changed.</source>
        <translation>Die Datenbank %1 ist beschädigt und konnte nicht beiseitegelegt werden (%2). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="387"/>
        <source>The database %1 was damaged and could not be read. It was kept as %2 and a new database was created; contacts and server information will be fetched again from the server.</source>
        <translation>Die Datenbank %1 war beschädigt und konnte nicht gelesen werden. Sie wurde als %2 aufbewahrt und eine neue Datenbank wurde angelegt; Kontakte und Serverinformationen werden erneut vom Server geholt.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="469"/>
        <source>%1 did not take effect (%2)</source>
        <translation>%1 wurde nicht wirksam (%2)</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="520"/>
        <location filename="../src/storage/Database.cpp" line="524"/>
        <source>schema version %1: %2</source>
        <translation>Schemaversion %1: %2</translation>
    </message>
</context>
<context>
    <name>balcony::MessageManager</name>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="109"/>
        <source>A message needs a recipient and a text.</source>
        <translation>Eine Nachricht braucht einen Empfänger und einen Text.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="123"/>
        <source>The message could not be saved, so it was not sent.</source>
        <translation>Die Nachricht konnte nicht gespeichert werden und wurde daher nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="428"/>
        <source>The correction could not be sent: not connected.</source>
        <translation>Die Korrektur konnte nicht gesendet werden: keine Verbindung.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="438"/>
        <source>There is no message of yours to correct.</source>
        <translation>Es gibt keine Nachricht von dir, die du korrigieren könntest.</translation>
    </message>
</context>
<context>
    <name>balcony::Negotiator</name>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="162"/>
        <source>The server does not support XMPP 1.0 streams.</source>
        <translation>Der Server unterstützt keine XMPP-1.0-Streams.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="168"/>
        <source>The server opened a stream of the wrong kind.</source>
        <translation>Der Server hat einen Stream der falschen Art geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="231"/>
        <source>The server does not offer encryption (STARTTLS); Balcony never logs in without it.</source>
        <translation>Der Server bietet keine Verschlüsselung an (STARTTLS); ohne sie meldet sich Balcony nie an.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="242"/>
        <source>The server could not start encryption (STARTTLS failed).</source>
        <translation>Der Server konnte die Verschlüsselung nicht starten (STARTTLS fehlgeschlagen).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="263"/>
        <location filename="../src/stream/Negotiator.cpp" line="282"/>
        <source>The server offers no authentication method Balcony supports (offered: %1).</source>
        <translation>Der Server bietet kein Anmeldeverfahren an, das Balcony unterstützt (angeboten: %1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="320"/>
        <source>The server failed to prove that it knows your password; it may be an impostor (%1).</source>
        <translation>Der Server konnte nicht beweisen, dass er dein Passwort kennt; er könnte ein Betrüger sein (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="406"/>
        <source>The resource name cannot be used (%1).</source>
        <translation>Der Ressourcenname kann nicht verwendet werden (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="425"/>
        <source>The server does not offer resource binding.</source>
        <translation>Der Server bietet keine Ressourcenbindung an.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="446"/>
        <source>The resource &quot;%1&quot; is in use; the next attempt lets the server choose one.</source>
        <translation>Die Ressource „%1“ ist belegt; beim nächsten Versuch wählt der Server eine aus.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="455"/>
        <source>The server refused to bind a resource (%1).</source>
        <translation>Der Server hat die Bindung einer Ressource abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="461"/>
        <source>The server bound an invalid address (%1).</source>
        <translation>Der Server hat eine ungültige Adresse gebunden (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="473"/>
        <source>The server refused to establish a session (%1).</source>
        <translation>Der Server hat den Aufbau einer Sitzung abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="525"/>
        <source>The server sent something unexpected while logging in (&lt;%1/&gt;).</source>
        <translation>Der Server hat während der Anmeldung etwas Unerwartetes gesendet (&lt;%1/&gt;).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="583"/>
        <source>Another client logged in with the same resource and replaced this connection.</source>
        <translation>Ein anderer Client hat sich mit derselben Ressource angemeldet und diese Verbindung ersetzt.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="586"/>
        <source>The server is shutting down.</source>
        <translation>Der Server wird heruntergefahren.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="589"/>
        <source>The server does not host this domain.</source>
        <translation>Der Server bedient diese Domain nicht.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="592"/>
        <source>The server closed the connection for a policy violation.</source>
        <translation>Der Server hat die Verbindung wegen eines Regelverstoßes geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="595"/>
        <source>The server redirected the connection more than once, or to an invalid address.</source>
        <translation>Der Server hat die Verbindung mehr als einmal oder an eine ungültige Adresse umgeleitet.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="598"/>
        <source>The server closed the stream (%1).</source>
        <translation>Der Server hat den Stream geschlossen (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="602"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Der Server meldete: %2</translation>
    </message>
</context>
<context>
    <name>balcony::Outbox</name>
    <message>
        <location filename="../src/im/Outbox.cpp" line="100"/>
        <source>The message could not be read back from storage.</source>
        <translation>Die Nachricht konnte nicht aus dem Speicher zurückgelesen werden.</translation>
    </message>
</context>
<context>
    <name>balcony::TcpTransport</name>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="110"/>
        <source>No server address to connect to</source>
        <translation>Keine Serveradresse für die Verbindung</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="180"/>
        <source>the host name was not found</source>
        <translation>der Hostname wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="336"/>
        <location filename="../src/stream/TcpTransport.cpp" line="360"/>
        <source>The server closed the connection</source>
        <translation>Der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="339"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="363"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="454"/>
        <source>DNS lookup timed out</source>
        <translation>Zeitüberschreitung bei der DNS-Abfrage</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="459"/>
        <source>connection timed out</source>
        <translation>Zeitüberschreitung beim Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="464"/>
        <source>the TLS handshake timed out</source>
        <translation>Zeitüberschreitung beim TLS-Handshake</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="484"/>
        <source>TLS cannot be started on this connection</source>
        <translation>TLS kann auf dieser Verbindung nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="679"/>
        <source>Secure connection to %1 failed: %2</source>
        <translation>Sichere Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="697"/>
        <source>self-signed</source>
        <translation>selbst signiert</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="700"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="703"/>
        <source>not valid yet</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="710"/>
        <source>issued for a different name</source>
        <translation>für einen anderen Namen ausgestellt</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="711"/>
        <source>issued for %1, not %2</source>
        <translation>für %1 ausgestellt, nicht für %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="720"/>
        <source>issued by an unknown authority</source>
        <translation>von einer unbekannten Stelle ausgestellt</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="723"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="738"/>
        <source>The certificate of %1 is not trusted (%2). SHA-256 fingerprint: %3</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). SHA-256-Fingerabdruck: %3</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransportDns.cpp" line="86"/>
        <source>%1 does not offer an XMPP service</source>
        <translation>%1 bietet keinen XMPP-Dienst an</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransportDns.cpp" line="191"/>
        <source>Cannot find the server of %1: %2</source>
        <translation>Der Server von %1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransportDns.cpp" line="194"/>
        <source>Cannot connect to the server of %1: %2</source>
        <translation>Keine Verbindung zum Server von %1 möglich: %2</translation>
    </message>
</context>
<context>
    <name>balcony::app::AccountList</name>
    <message>
        <location filename="../src/app/AccountList.cpp" line="60"/>
        <source>The account list %1 cannot be read.</source>
        <translation>Die Kontenliste %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="92"/>
        <source>The account list %1 was written by a newer version of Balcony and is left as it is.</source>
        <translation>Die Kontenliste %1 wurde von einer neueren Version von Balcony geschrieben und bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="118"/>
        <source>The account list %1 cannot be written.</source>
        <translation>Die Kontenliste %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>balcony::app::AccountManager</name>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="141"/>
        <source>An account address looks like name@example.org.</source>
        <translation>Eine Kontoadresse sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="147"/>
        <source>%1 is already in the list of accounts.</source>
        <translation>%1 ist schon in der Liste der Konten.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="172"/>
        <location filename="../src/app/AccountManager.cpp" line="196"/>
        <location filename="../src/app/AccountManager.cpp" line="227"/>
        <source>%1 is not in the list of accounts.</source>
        <translation>%1 ist nicht in der Liste der Konten.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="202"/>
        <source>The account could not be changed.</source>
        <translation>Das Konto konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="291"/>
        <source>No password is stored for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="327"/>
        <source>There is no certificate to trust.</source>
        <translation>Es gibt kein Zertifikat, dem vertraut werden könnte.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="334"/>
        <source>Cannot record the decision in %1: %2</source>
        <translation>Die Entscheidung lässt sich nicht in %1 festhalten: %2</translation>
    </message>
</context>
<context>
    <name>balcony::app::Autostart</name>
    <message>
        <location filename="../src/app/Autostart.cpp" line="87"/>
        <source>Cannot remove the autostart entry %1: %2</source>
        <translation>Der Autostart-Eintrag %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/Autostart.cpp" line="94"/>
        <source>Cannot create the folder for the autostart entry %1.</source>
        <translation>Der Ordner für den Autostart-Eintrag %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../src/app/Autostart.cpp" line="101"/>
        <source>Cannot write the autostart entry %1: %2</source>
        <translation>Der Autostart-Eintrag %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>balcony::app::KeychainPasswordStore</name>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="110"/>
        <source>No keychain is available on this desktop (neither a Secret Service such as GNOME Keyring nor KWallet is running).</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar (weder ein Secret Service wie GNOME Keyring noch KWallet läuft).</translation>
    </message>
</context>
<context>
    <name>balcony::app::LaunchOptions</name>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="17"/>
        <source>Balcony, a desktop XMPP messenger.</source>
        <translation>Balcony, ein XMPP-Messenger für den Desktop.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="21"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="23"/>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="25"/>
        <source>Start hidden in the system tray (used when starting on login).</source>
        <translation>Versteckt im Systembereich der Kontrollleiste starten (beim Start nach der Anmeldung).</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="28"/>
        <source>Keep accounts, settings and message history in DIR instead of the standard location.</source>
        <translation>Konten, Einstellungen und Nachrichtenverlauf in ORDNER statt am üblichen Ort speichern.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="30"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="32"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="33"/>
        <source>xmpp: links to open, for example xmpp:alice@example.org?message.</source>
        <translation>Zu öffnende xmpp:-Links, zum Beispiel xmpp:alice@example.org?message.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="35"/>
        <source>[xmpp:URI...]</source>
        <translation>[xmpp:URI...]</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="41"/>
        <location filename="../src/app/LaunchOptions.cpp" line="62"/>
        <location filename="../src/app/LaunchOptions.cpp" line="75"/>
        <source>Try &quot;balcony --help&quot; for more information.</source>
        <translation>Mehr dazu mit „balcony --help“.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="60"/>
        <source>--profile-root needs a folder.</source>
        <translation>--profile-root braucht einen Ordner.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="72"/>
        <source>&quot;%1&quot; is not an xmpp: link.</source>
        <translation>„%1“ ist kein xmpp:-Link.</translation>
    </message>
</context>
<context>
    <name>balcony::app::MemoryPasswordStore</name>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="165"/>
        <source>No password is stored for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>balcony::app::PasswordStore</name>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="29"/>
        <source>No password is stored for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="34"/>
        <source>No keychain is available on this desktop (%1).</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="39"/>
        <source>The keychain refused access (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="46"/>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>balcony::app::SingleInstance</name>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="52"/>
        <source>Cannot create the runtime folder for %1.</source>
        <translation>Der Laufzeitordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="63"/>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="72"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht gewartet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="137"/>
        <source>The arguments are too long to hand over to the running Balcony.</source>
        <translation>Die Argumente sind zu lang, um sie an das laufende Balcony zu übergeben.</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="154"/>
        <source>Balcony is already running but does not answer (%1).</source>
        <translation>Balcony läuft bereits, antwortet aber nicht (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="166"/>
        <source>Balcony is already running but did not take the request.</source>
        <translation>Balcony läuft bereits, hat die Anfrage aber nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>balcony::app::XmppUri</name>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="100"/>
        <source>An address in the xmpp: link has an empty part.</source>
        <translation>Eine Adresse im xmpp:-Link hat einen leeren Teil.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="107"/>
        <location filename="../src/app/XmppUri.cpp" line="203"/>
        <location filename="../src/app/XmppUri.cpp" line="216"/>
        <source>The xmpp: link contains an invalid percent-encoded character.</source>
        <translation>Der xmpp:-Link enthält ein ungültiges Prozent-kodiertes Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="115"/>
        <source>&quot;%1&quot; in the xmpp: link is not a valid XMPP address.</source>
        <translation>„%1“ im xmpp:-Link ist keine gültige XMPP-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="149"/>
        <source>This is not an xmpp: link.</source>
        <translation>Das ist kein xmpp:-Link.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="153"/>
        <source>The xmpp: link contains spaces or characters that are not allowed in a link.</source>
        <translation>Der xmpp:-Link enthält Leerzeichen oder Zeichen, die in einem Link nicht erlaubt sind.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="175"/>
        <source>The account named in the xmpp: link has no user name.</source>
        <translation>Dem im xmpp:-Link genannten Konto fehlt der Benutzername.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="184"/>
        <source>The xmpp: link names no address after the account.</source>
        <translation>Der xmpp:-Link nennt nach dem Konto keine Adresse.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="188"/>
        <location filename="../src/app/XmppUri.cpp" line="232"/>
        <source>The xmpp: link names no address.</source>
        <translation>Der xmpp:-Link nennt keine Adresse.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="210"/>
        <source>A parameter in the xmpp: link is not written as key=value.</source>
        <translation>Ein Parameter im xmpp:-Link hat nicht die Form Schlüssel=Wert.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="261"/>
        <source>Balcony does not support group chats yet, so it cannot join %1.</source>
        <translation>Balcony unterstützt noch keine Gruppenchats und kann %1 daher nicht beitreten.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="265"/>
        <source>Balcony does not support the &quot;%1&quot; action of xmpp: links yet.</source>
        <translation>Balcony unterstützt die Aktion „%1“ von xmpp:-Links noch nicht.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>Enter your full address, like you@example.org.</source>
        <translation>Gib deine vollständige Adresse ein, etwa du@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>This address is not valid: %1</source>
        <translation>Diese Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>Enter your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Signed in as %1 via %2 (%3, %4); ready in %5 ms.</source>
        <translation>Angemeldet als %1 über %2 (%3, %4); bereit nach %5 ms.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>&lt;p&gt;Balcony could not verify the identity of &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Issued to: %2&lt;br&gt;Issued by: %3&lt;br&gt;Valid: %4 to %5&lt;br&gt;SHA-256 fingerprint:&lt;br&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Only trust this certificate if you have checked the fingerprint with the server&apos;s administrator. Anyone able to intercept your connection could otherwise read your messages.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Balcony konnte die Identität von &lt;b&gt;%1&lt;/b&gt; nicht überprüfen.&lt;/p&gt;&lt;p&gt;Ausgestellt für: %2&lt;br&gt;Ausgestellt von: %3&lt;br&gt;Gültig: %4 bis %5&lt;br&gt;SHA-256-Fingerabdruck:&lt;br&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Vertraue diesem Zertifikat nur, wenn du den Fingerabdruck mit der Administration des Servers abgeglichen hast. Sonst könnte jeder, der deine Verbindung abfangen kann, deine Nachrichten lesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Could not save the trust decision in %1.</source>
        <translation>Die Vertrauensentscheidung konnte nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="51"/>
        <location filename="../ui/main.cpp" line="54"/>
        <source>Cannot open link</source>
        <translation>Link kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
