<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountEditDialog</name>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="9"/>
        <source>Account Settings</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="17"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="23"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="34"/>
        <source>Shown instead of the address (optional)</source>
        <translation>Wird statt der Adresse angezeigt (optional)</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="35"/>
        <source>A name for this account, shown when you have several</source>
        <translation>Ein Name für dieses Konto, der angezeigt wird, wenn du mehrere hast</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="36"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="41"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="47"/>
        <source>Where Balcony keeps the password of this account</source>
        <translation>Wo Balcony das Passwort dieses Kontos aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="48"/>
        <source>Where the password is kept</source>
        <translation>Wo das Passwort aufbewahrt wird</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="54"/>
        <source>No keychain (Secret Service or KWallet) is available on this desktop; Balcony never stores passwords in files.</source>
        <translation>In dieser Arbeitsumgebung ist kein Schlüsselbund (Secret Service oder KWallet) verfügbar; Balcony speichert Passwörter niemals in Dateien.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="9"/>
        <location filename="../ui/AccountsDialog.ui" line="16"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="17"/>
        <source>Your accounts; the check box turns an account on or off</source>
        <translation>Deine Konten; das Kontrollkästchen schaltet ein Konto ein oder aus</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="9"/>
        <source>Add Contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="19"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="25"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="26"/>
        <source>The account whose contact list gets the contact</source>
        <translation>Das Konto, in dessen Kontaktliste der Kontakt aufgenommen wird</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="31"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="37"/>
        <source>Contact address</source>
        <translation>Adresse des Kontakts</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="38"/>
        <source>friend@example.org</source>
        <translation>freund@example.org</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="44"/>
        <source>Address problem</source>
        <translation>Problem mit der Adresse</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="49"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="55"/>
        <source>Contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="56"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="61"/>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="68"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="69"/>
        <source>Pick a group or type new ones, separated by commas</source>
        <translation>Wähle eine Gruppe oder gib neue ein, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="74"/>
        <source>As&amp;k to see their presence</source>
        <translation>Um Freigabe der &amp;Präsenz bitten</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="76"/>
        <source>Ask to see their presence</source>
        <translation>Um Freigabe der Präsenz bitten</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="77"/>
        <source>Sends a subscription request: the contact decides whether you see when they are online</source>
        <translation>Sendet eine Abonnementanfrage: Der Kontakt entscheidet, ob du siehst, wann er online ist</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="12"/>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="13"/>
        <source>Show or hide the connection settings most servers do not need</source>
        <translation>Die Verbindungseinstellungen ein- oder ausblenden, die die meisten Server nicht benötigen</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="14"/>
        <source>Advanced connection settings</source>
        <translation>Erweiterte Verbindungseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="27"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="33"/>
        <source>Found automatically (DNS)</source>
        <translation>Automatisch ermittelt (DNS)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="34"/>
        <source>Connect to this host instead of the one the server&apos;s DNS records name</source>
        <translation>Mit diesem Host statt mit dem in den DNS-Einträgen des Servers genannten verbinden</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="35"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="43"/>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="49"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="51"/>
        <source>The port to connect to; Automatic uses the DNS records or the standard port</source>
        <translation>Der Port für die Verbindung; „Automatisch“ verwendet die DNS-Einträge oder den Standardport</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="52"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="57"/>
        <source>&amp;Direct TLS (encrypted from the first byte)</source>
        <translation>&amp;Direktes TLS (ab dem ersten Byte verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="58"/>
        <source>Use TLS right away (XEP-0368) instead of STARTTLS; the server must offer it on that port</source>
        <translation>TLS sofort verwenden (XEP-0368) statt STARTTLS; der Server muss es auf diesem Port anbieten</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="59"/>
        <source>Direct TLS</source>
        <translation>Direktes TLS</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="64"/>
        <source>Co&amp;nnect over:</source>
        <translation>&amp;Verbinden über:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="70"/>
        <source>TCP is the usual way; WebSocket and BOSH go through HTTPS, for networks that allow only web traffic</source>
        <translation>TCP ist der übliche Weg; WebSocket und BOSH laufen über HTTPS, für Netze, die nur Webverkehr erlauben</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="71"/>
        <source>Connection type</source>
        <translation>Verbindungsart</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="72"/>
        <source>TCP (standard)</source>
        <translation>TCP (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="73"/>
        <source>WebSocket (HTTPS)</source>
        <translation>WebSocket (HTTPS)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="74"/>
        <source>BOSH (HTTPS)</source>
        <translation>BOSH (HTTPS)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="79"/>
        <source>&amp;WebSocket URL:</source>
        <translation>&amp;WebSocket-URL:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="85"/>
        <location filename="../ui/AdvancedSettings.ui" line="101"/>
        <source>Found automatically (host-meta)</source>
        <translation>Automatisch ermittelt (host-meta)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="86"/>
        <source>The server&apos;s WebSocket address, starting with wss://; empty: the address the server announces</source>
        <translation>Die WebSocket-Adresse des Servers, beginnend mit wss://; leer: die Adresse, die der Server ankündigt</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="87"/>
        <source>WebSocket URL</source>
        <translation>WebSocket-URL</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="95"/>
        <source>&amp;BOSH URL:</source>
        <translation>&amp;BOSH-URL:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="102"/>
        <source>The server&apos;s BOSH address, starting with https://; empty: the address the server announces</source>
        <translation>Die BOSH-Adresse des Servers, beginnend mit https://; leer: die Adresse, die der Server ankündigt</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="103"/>
        <source>BOSH URL</source>
        <translation>BOSH-URL</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="111"/>
        <source>XEP-0207 &amp;eventing mode</source>
        <translation>XEP-0207-&amp;Eventing-Modus</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="112"/>
        <source>Also publish your presence and exchange chats through publish-subscribe nodes on the server (XMPP Eventing via Pubsub)</source>
        <translation>Deine Präsenz zusätzlich veröffentlichen und Chats über Publish-Subscribe-Knoten auf dem Server austauschen (XMPP Eventing via Pubsub)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="113"/>
        <source>XEP-0207 eventing mode</source>
        <translation>XEP-0207-Eventing-Modus</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="122"/>
        <source>Presence and chats with other Balcony users in eventing mode also go through publish-subscribe; ordinary XMPP keeps working.</source>
        <translation>Präsenz und Chats mit anderen Balcony-Nutzern im Eventing-Modus laufen zusätzlich über Publish-Subscribe; normales XMPP funktioniert weiter.</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="123"/>
        <source>About eventing mode</source>
        <translation>Über den Eventing-Modus</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="128"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="134"/>
        <source>Chosen by the server</source>
        <translation>Vom Server gewählt</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="135"/>
        <source>The name of this device&apos;s connection (the part after &quot;/&quot; in your address)</source>
        <translation>Der Name der Verbindung dieses Geräts (der Teil nach „/“ in deiner Adresse)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="136"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="9"/>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="23"/>
        <source>Why the certificate is not trusted</source>
        <translation>Warum dem Zertifikat nicht vertraut wird</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="33"/>
        <source>Certificate &amp;chain (the server&apos;s first):</source>
        <translation>Zertifikats&amp;kette (das des Servers zuerst):</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="39"/>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="44"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="47"/>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="48"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="49"/>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="50"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="51"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="52"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="53"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="54"/>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="55"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="56"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="63"/>
        <source>Trust this certificate only if you have compared its SHA-256 fingerprint with the one the server&apos;s administrator gave you. If you did not expect this, someone may be intercepting your connection: refuse.</source>
        <translation>Vertraue diesem Zertifikat nur, wenn du seinen SHA-256-Fingerabdruck mit dem verglichen hast, den dir der Administrator des Servers gegeben hat. Wenn du damit nicht gerechnet hast, könnte jemand deine Verbindung abfangen: Lehne ab.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="9"/>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="22"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="29"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="34"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="41"/>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <location filename="../src/models/ContactTreeModel.cpp" line="53"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../ui/ConversationDelegate.cpp" line="41"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../ui/ConversationDelegate.cpp" line="77"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConversationDelegate.cpp" line="78"/>
        <source>You: %1</source>
        <translation>Du: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConversationDelegate.cpp" line="83"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="9"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="20"/>
        <source>Your key</source>
        <translation>Dein Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="24"/>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="31"/>
        <source>Your fingerprint</source>
        <translation>Dein Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="37"/>
        <source>Key id (XEP-0189):</source>
        <translation>Schlüsselkennung (XEP-0189):</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="44"/>
        <source>Your key id</source>
        <translation>Deine Schlüsselkennung</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="49"/>
        <source>OMEMO:</source>
        <translation>OMEMO:</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="56"/>
        <source>Your OMEMO device and fingerprint</source>
        <translation>Dein OMEMO-Gerät und sein Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="64"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="65"/>
        <source>Copy your fingerprint to send it to your contact</source>
        <translation>Deinen Fingerabdruck kopieren, um ihn deinem Kontakt zu schicken</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="66"/>
        <source>Copy your fingerprint</source>
        <translation>Deinen Fingerabdruck kopieren</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="71"/>
        <source>C&amp;reate Key</source>
        <translation>Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="72"/>
        <source>Create your signing key now (it is otherwise created the first time encryption needs it)</source>
        <translation>Deinen Signaturschlüssel jetzt erzeugen (sonst wird er erzeugt, wenn die Verschlüsselung ihn zum ersten Mal braucht)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="73"/>
        <source>Create your key</source>
        <translation>Deinen Schlüssel erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="88"/>
        <location filename="../ui/FingerprintDialog.ui" line="133"/>
        <source>Contact&apos;s keys</source>
        <translation>Schlüssel des Kontakts</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="95"/>
        <source>Contact&apos;s OMEMO devices</source>
        <translation>OMEMO-Geräte des Kontakts</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="98"/>
        <source>OMEMO device</source>
        <translation>OMEMO-Gerät</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="99"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="100"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="112"/>
        <source>&amp;Trust Device</source>
        <translation>Gerät &amp;vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="113"/>
        <source>Encrypt for the selected device without comparing its fingerprint</source>
        <translation>Für das ausgewählte Gerät verschlüsseln, ohne seinen Fingerabdruck zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="114"/>
        <source>Trust the selected device</source>
        <translation>Dem ausgewählten Gerät vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="120"/>
        <source>&amp;Distrust Device</source>
        <translation>Gerät &amp;misstrauen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="121"/>
        <source>Never encrypt for the selected device, and mark its messages</source>
        <translation>Nie für das ausgewählte Gerät verschlüsseln und seine Nachrichten kennzeichnen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="122"/>
        <source>Distrust the selected device</source>
        <translation>Dem ausgewählten Gerät misstrauen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="136"/>
        <source>Encrypted-session key</source>
        <translation>Schlüssel verschlüsselter Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="137"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="138"/>
        <source>First seen</source>
        <translation>Erstmals gesehen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="154"/>
        <source>&amp;Fetch Keys</source>
        <translation>Schlüssel &amp;abrufen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="155"/>
        <source>Ask the contact&apos;s server for their OMEMO devices and published keys (XEP-0189)</source>
        <translation>Den Server des Kontakts nach seinen OMEMO-Geräten und veröffentlichten Schlüsseln fragen (XEP-0189)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="156"/>
        <source>Fetch the contact&apos;s keys</source>
        <translation>Die Schlüssel des Kontakts abrufen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="172"/>
        <source>Fingerprint to compare</source>
        <translation>Zu vergleichender Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="173"/>
        <source>e.g. 3A7F 19C2 …</source>
        <translation>z. B. 3A7F 19C2 …</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="179"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="180"/>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="200"/>
        <source>Encryption &amp;policy:</source>
        <translation>Verschlüsselungs&amp;richtlinie:</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="206"/>
        <source>Encryption policy</source>
        <translation>Verschlüsselungsrichtlinie</translation>
    </message>
</context>
<context>
    <name>HistorySearchDialog</name>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="9"/>
        <source>Search History</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="16"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="22"/>
        <source>Search all messages</source>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="23"/>
        <source>Words to find in all conversations</source>
        <translation>Wörter, die in allen Unterhaltungen gesucht werden</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="31"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="42"/>
        <source>Number of results</source>
        <translation>Anzahl der Ergebnisse</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="9"/>
        <source>Join Group Chat</source>
        <translation>Gruppenchat betreten</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="19"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="25"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="26"/>
        <source>The account that enters the room</source>
        <translation>Das Konto, mit dem Sie den Raum betreten</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="31"/>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="39"/>
        <source>Room address</source>
        <translation>Raumadresse</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="40"/>
        <source>room@conference.example.org</source>
        <translation>raum@conference.example.org</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="45"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="46"/>
        <source>Browse the server&apos;s rooms</source>
        <translation>Räume des Servers durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="47"/>
        <source>Find public rooms on your server&apos;s group chat service</source>
        <translation>Öffentliche Räume im Gruppenchat-Dienst Ihres Servers finden</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="56"/>
        <source>Room address problem</source>
        <translation>Problem mit der Raumadresse</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="61"/>
        <source>&amp;Nickname:</source>
        <translation>&amp;Spitzname:</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="67"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="68"/>
        <source>The name the others in the room see</source>
        <translation>Der Name, den die anderen im Raum sehen</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="74"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="80"/>
        <source>Room password</source>
        <translation>Raumpasswort</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="81"/>
        <source>Only if the room has one</source>
        <translation>Nur wenn der Raum eines hat</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="87"/>
        <source>Join &amp;automatically (save as a bookmark)</source>
        <translation>&amp;Automatisch betreten (als Lesezeichen speichern)</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="89"/>
        <source>Join automatically</source>
        <translation>Automatisch betreten</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="90"/>
        <source>Saves the room as a bookmark on your server (XEP-0402, with the nickname and password): Balcony and your other clients enter it whenever you sign in</source>
        <translation>Speichert den Raum als Lesezeichen auf Ihrem Server (XEP-0402, mit Spitzname und Passwort): Balcony und Ihre anderen Clients betreten ihn bei jeder Anmeldung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <source>Balcony</source>
        <translation>Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="33"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="40"/>
        <source>Your status</source>
        <translation>Dein Status</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="41"/>
        <source>Your status, shown to your contacts</source>
        <translation>Dein Status, den deine Kontakte sehen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="48"/>
        <source>Status message</source>
        <translation>Statusnachricht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="49"/>
        <source>A message shown with your status; press Enter to set it</source>
        <translation>Eine Nachricht, die mit deinem Status angezeigt wird; drücke die Eingabetaste, um sie festzulegen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="50"/>
        <source>Status message (Enter to set)</source>
        <translation>Statusnachricht (Eingabetaste zum Festlegen)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="56"/>
        <source>Search contacts and chats</source>
        <translation>Kontakte und Chats durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="57"/>
        <source>Search contacts and chats (Ctrl+K)</source>
        <translation>Kontakte und Chats durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="58"/>
        <source>Search (Ctrl+K)</source>
        <translation>Suchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="65"/>
        <source>Chats and contacts</source>
        <translation>Chats und Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="68"/>
        <source>C&amp;hats</source>
        <translation>C&amp;hats</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="77"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="92"/>
        <source>Co&amp;ntacts</source>
        <translation>Ko&amp;ntakte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="100"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="119"/>
        <source>&lt;p&gt;&lt;b&gt;No account yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sign in to your XMPP account, or create one, to see your contacts and chats here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch kein Konto&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Melde dich bei deinem XMPP-Konto an oder erstelle eines, um hier deine Kontakte und Chats zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="126"/>
        <source>&amp;Add Account…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="127"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="128"/>
        <source>Sign in to an account or create a new one</source>
        <translation>Bei einem Konto anmelden oder ein neues erstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="145"/>
        <source>No chat open</source>
        <translation>Kein Chat geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="148"/>
        <source>Open chats</source>
        <translation>Offene Chats</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="162"/>
        <source>&amp;Balcony</source>
        <translation>&amp;Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="172"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="181"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="190"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="200"/>
        <source>&amp;Add Contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="201"/>
        <source>Add someone to your contacts and ask to see their presence</source>
        <translation>Jemanden zu deinen Kontakten hinzufügen und um Freigabe seiner Präsenz bitten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="202"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="205"/>
        <source>&amp;Join Group Chat…</source>
        <translation>Gruppenchat &amp;betreten …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="206"/>
        <source>Enter a group chat room by its address</source>
        <translation>Einen Gruppenchat-Raum über seine Adresse betreten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="207"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="211"/>
        <source>Add, change or remove your accounts</source>
        <translation>Deine Konten hinzufügen, ändern oder entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="214"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="215"/>
        <source>Notifications, appearance, privacy and encryption settings</source>
        <translation>Einstellungen für Benachrichtigungen, Erscheinungsbild, Privatsphäre und Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="219"/>
        <source>Sign out and quit Balcony</source>
        <translation>Abmelden und Balcony beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="220"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="224"/>
        <source>&amp;Search Contacts and Chats</source>
        <translation>Kontakte und Chats &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="225"/>
        <source>Jump to the search field</source>
        <translation>Zum Suchfeld springen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="228"/>
        <source>Search &amp;History…</source>
        <translation>Verlauf d&amp;urchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="229"/>
        <source>Search the messages of every conversation and jump to one</source>
        <translation>Die Nachrichten aller Unterhaltungen durchsuchen und zu einer springen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="230"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="235"/>
        <source>Show &amp;Offline Contacts</source>
        <translation>&amp;Offline-Kontakte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="236"/>
        <source>Show contacts who are not online</source>
        <translation>Kontakte anzeigen, die nicht online sind</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="237"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="242"/>
        <source>Sort by A&amp;vailability</source>
        <translation>Nach &amp;Verfügbarkeit sortieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="243"/>
        <source>Contacts who are online first, then by name</source>
        <translation>Erreichbare Kontakte zuerst, dann nach Name</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="247"/>
        <source>Sort by &amp;Name</source>
        <translation>Nach &amp;Name sortieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="248"/>
        <source>Contacts by name only</source>
        <translation>Kontakte nur nach Name</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="251"/>
        <source>&amp;Next Chat</source>
        <translation>&amp;Nächster Chat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="252"/>
        <source>Go to the next open chat</source>
        <translation>Zum nächsten offenen Chat wechseln</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="255"/>
        <source>&amp;Previous Chat</source>
        <translation>&amp;Vorheriger Chat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="256"/>
        <source>Go to the previous open chat</source>
        <translation>Zum vorherigen offenen Chat wechseln</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="259"/>
        <source>&amp;Invite to Room…</source>
        <translation>In den Raum &amp;einladen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="260"/>
        <source>Invite someone to the group chat shown now</source>
        <translation>Jemanden in den angezeigten Gruppenchat einladen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="263"/>
        <source>&amp;Close Chat</source>
        <translation>Chat &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="264"/>
        <source>Close the chat shown now</source>
        <translation>Den gerade angezeigten Chat schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="265"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="268"/>
        <source>&amp;About Balcony</source>
        <translation>&amp;Über Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="269"/>
        <source>Version, licence and the standards Balcony supports</source>
        <translation>Version, Lizenz und die Standards, die Balcony unterstützt</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="9"/>
        <source>Password Needed</source>
        <translation>Passwort benötigt</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="15"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="22"/>
        <source>Why the password is asked for</source>
        <translation>Warum nach dem Passwort gefragt wird</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="30"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="37"/>
        <source>The account&apos;s password</source>
        <translation>Das Passwort des Kontos</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="38"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="46"/>
        <source>&amp;Remember it</source>
        <translation>&amp;Merken</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="47"/>
        <source>Remember the password</source>
        <translation>Das Passwort merken</translation>
    </message>
</context>
<context>
    <name>PresenceStyle</name>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="63"/>
        <source>Free for chat</source>
        <translation>Frei für Chat</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="65"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="67"/>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="69"/>
        <source>Extended away</source>
        <translation>Länger abwesend</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="71"/>
        <source>Do not disturb</source>
        <translation>Bitte nicht stören</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="75"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>RemoveAccountDialog</name>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="9"/>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="19"/>
        <source>Also delete its &amp;history, keys and caches on this computer</source>
        <translation>Auch &amp;Verlauf, Schlüssel und Zwischenspeicher auf diesem Computer löschen</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="20"/>
        <source>Without this, the conversations stay in the profile folder and come back if you add the account again</source>
        <translation>Ohne diese Option bleiben die Unterhaltungen im Profilordner und sind wieder da, wenn du das Konto erneut hinzufügst</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="21"/>
        <source>Delete the local history</source>
        <translation>Den lokalen Verlauf löschen</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="26"/>
        <source>Also delete the account on the &amp;server (cannot be undone)</source>
        <translation>Auch das Konto auf dem &amp;Server löschen (kann nicht rückgängig gemacht werden)</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="27"/>
        <source>Asks the server to remove the account (XEP-0077); nobody can sign in with it afterwards</source>
        <translation>Bittet den Server, das Konto zu entfernen (XEP-0077); danach kann sich niemand mehr damit anmelden</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="28"/>
        <source>Delete the account on the server</source>
        <translation>Das Konto auf dem Server löschen</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RoomBrowserDialog</name>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="9"/>
        <source>Browse Rooms</source>
        <translation>Räume durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="16"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="26"/>
        <source>Group chat service</source>
        <translation>Gruppenchat-Dienst</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="27"/>
        <source>The group chat service whose rooms are listed; type another one&apos;s address and press Enter</source>
        <translation>Der Gruppenchat-Dienst, dessen Räume aufgelistet werden; geben Sie die Adresse eines anderen ein und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="32"/>
        <source>&amp;List Rooms</source>
        <translation>Räume &amp;auflisten</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="33"/>
        <source>List the service&apos;s rooms</source>
        <translation>Die Räume des Dienstes auflisten</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="41"/>
        <source>Filter rooms</source>
        <translation>Räume filtern</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="42"/>
        <source>Filter by name or address</source>
        <translation>Nach Name oder Adresse filtern</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="48"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="58"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="64"/>
        <source>About the selected room</source>
        <translation>Über den ausgewählten Raum</translation>
    </message>
</context>
<context>
    <name>RoomKeysDialog</name>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="9"/>
        <source>Encryption in the Room</source>
        <translation>Verschlüsselung im Raum</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="20"/>
        <source>Members and their OMEMO devices</source>
        <translation>Mitglieder und ihre OMEMO-Geräte</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="24"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="25"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="26"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="32"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="40"/>
        <source>&amp;Compare Fingerprints…</source>
        <translation>Fingerabdrücke &amp;vergleichen …</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="41"/>
        <source>Compare fingerprints of the selected member</source>
        <translation>Fingerabdrücke des ausgewählten Mitglieds vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="46"/>
        <source>&amp;Fetch Devices</source>
        <translation>Geräte &amp;abrufen</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="47"/>
        <source>Fetch the members&apos; devices again</source>
        <translation>Die Geräte der Mitglieder erneut abrufen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="14"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="22"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="48"/>
        <source>&lt;b&gt;Accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konten&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="58"/>
        <source>Add, edit or remove your accounts, change passwords and choose which accounts are enabled.</source>
        <translation>Konten hinzufügen, bearbeiten oder entfernen, Passwörter ändern und festlegen, welche Konten aktiviert sind.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="71"/>
        <source>&amp;Manage Accounts…</source>
        <translation>Konten &amp;verwalten…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="74"/>
        <source>Manage accounts</source>
        <translation>Konten verwalten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="77"/>
        <source>Opens the list of your accounts</source>
        <translation>Öffnet die Liste deiner Konten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="101"/>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation>&lt;b&gt;Benachrichtigungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="111"/>
        <source>Show a &amp;notification for new messages</source>
        <translation>Bei neuen Nachrichten eine &amp;Benachrichtigung anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="114"/>
        <source>Show a notification for new messages</source>
        <translation>Bei neuen Nachrichten eine Benachrichtigung anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="117"/>
        <source>A desktop notification when a message arrives in a chat you are not looking at. Nothing is shown while your status is Do not disturb.</source>
        <translation>Eine Desktop-Benachrichtigung, wenn eine Nachricht in einem Chat eintrifft, den du gerade nicht ansiehst. Solange dein Status „Bitte nicht stören“ ist, wird nichts angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="124"/>
        <source>&amp;Hide the message text (show “New message”)</source>
        <translation>Nachrichtentext &amp;verbergen („Neue Nachricht“ anzeigen)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="127"/>
        <source>Hide the message text in notifications</source>
        <translation>Den Nachrichtentext in Benachrichtigungen verbergen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="130"/>
        <source>For screen sharing and shoulder surfers: notifications name the sender but not the text</source>
        <translation>Für Bildschirmfreigaben und neugierige Blicke: Benachrichtigungen nennen den Absender, aber nicht den Text</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="137"/>
        <source>Play a &amp;sound</source>
        <translation>Einen &amp;Ton abspielen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="140"/>
        <source>Play a sound for notifications</source>
        <translation>Bei Benachrichtigungen einen Ton abspielen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="143"/>
        <source>The desktop plays its sound for new instant messages</source>
        <translation>Die Arbeitsumgebung spielt ihren Ton für neue Sofortnachrichten ab</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="150"/>
        <source>Notify about contact &amp;requests</source>
        <translation>Bei Kontakt&amp;anfragen benachrichtigen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="153"/>
        <source>Notify about contact requests</source>
        <translation>Bei Kontaktanfragen benachrichtigen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="156"/>
        <source>A notification when someone asks to add you as a contact</source>
        <translation>Eine Benachrichtigung, wenn jemand dich als Kontakt hinzufügen möchte</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="163"/>
        <source>Notify about every &amp;group chat message</source>
        <translation>Bei jeder &amp;Gruppenchat-Nachricht benachrichtigen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="166"/>
        <source>Notify about every group chat message</source>
        <translation>Bei jeder Gruppenchat-Nachricht benachrichtigen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="169"/>
        <source>When off, a group chat notifies only the messages that mention your nickname</source>
        <translation>Wenn aus, benachrichtigt ein Gruppenchat nur bei Nachrichten, die Ihren Spitznamen erwähnen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="193"/>
        <source>&lt;b&gt;Appearance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erscheinungsbild&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="208"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="218"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="222"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="227"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="232"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="242"/>
        <source>The theme changes at once. “Follow the system” uses the colours of your desktop.</source>
        <translation>Das Design ändert sich sofort. „Dem System folgen“ verwendet die Farben deiner Arbeitsumgebung.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="272"/>
        <source>&lt;b&gt;Privacy&lt;/b&gt;</source>
        <translation>&lt;b&gt;Privatsphäre&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="282"/>
        <source>Send delivery &amp;receipts and read markers</source>
        <translation>Zustell&amp;bestätigungen und Lesebestätigungen senden</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="285"/>
        <source>Send delivery receipts and read markers</source>
        <translation>Zustellbestätigungen und Lesebestätigungen senden</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="288"/>
        <source>Contacts who see your presence learn when their message reached you and when you read it (XEP-0184, XEP-0333)</source>
        <translation>Kontakte, die deine Präsenz sehen, erfahren, wann ihre Nachricht bei dir angekommen ist und wann du sie gelesen hast (XEP-0184, XEP-0333)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="295"/>
        <source>Send &amp;typing notifications</source>
        <translation>&amp;Tippbenachrichtigungen senden</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="298"/>
        <source>Send typing notifications</source>
        <translation>Tippbenachrichtigungen senden</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="301"/>
        <source>Contacts see when you are typing (XEP-0085)</source>
        <translation>Kontakte sehen, wenn du tippst (XEP-0085)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="308"/>
        <source>Show &amp;images automatically from contacts in my contact list</source>
        <translation>Bilder von Kontakten aus meiner Kontaktliste automatisch &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="311"/>
        <source>Show images automatically from contacts in my contact list</source>
        <translation>Bilder von Kontakten aus meiner Kontaktliste automatisch anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="314"/>
        <source>Images sent by contacts who share their presence with you (both ways) are downloaded and shown without a click; images from anyone else and in group chats are shown only when you click Show Image</source>
        <translation>Bilder von Kontakten, mit denen du gegenseitig die Präsenz teilst, werden ohne Klick heruntergeladen und angezeigt; Bilder von allen anderen und in Gruppenchats erst, wenn du auf „Bild anzeigen“ klickst</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="321"/>
        <source>&amp;Publish encryption options when going offline</source>
        <translation>Verschlüsselungsoptionen beim Offlinegehen &amp;veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="324"/>
        <source>Publish encryption options when going offline</source>
        <translation>Verschlüsselungsoptionen beim Offlinegehen veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="327"/>
        <source>When you sign out or quit, Balcony publishes offline encryption options (XEP-0187) so that contacts can write to you encrypted while you are away; the next sign-in withdraws them</source>
        <translation>Wenn du dich abmeldest oder Balcony beendest, veröffentlicht Balcony Offline-Verschlüsselungsoptionen (XEP-0187), damit Kontakte dir verschlüsselt schreiben können, während du weg bist; bei der nächsten Anmeldung werden sie zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="339"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="349"/>
        <source>Validity of the offline encryption options</source>
        <translation>Gültigkeit der Offline-Verschlüsselungsoptionen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="358"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="361"/>
        <source>How long contacts may use the published options</source>
        <translation>Wie lange Kontakte die veröffentlichten Optionen verwenden dürfen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="387"/>
        <source>&lt;b&gt;Encryption&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verschlüsselung&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="402"/>
        <source>&amp;Encrypt messages:</source>
        <translation>Nachrichten &amp;verschlüsseln:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="412"/>
        <source>Default encryption policy</source>
        <translation>Standard-Verschlüsselungsrichtlinie</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="416"/>
        <location filename="../ui/SettingsDialog.ui" line="516"/>
        <location filename="../ui/SettingsDialog.ui" line="548"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="421"/>
        <source>When possible</source>
        <translation>Wenn möglich</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="426"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="436"/>
        <source>The default for every contact without a setting of their own (change it per contact in the contact’s fingerprint dialog). “Always” sends nothing that cannot be encrypted; “When possible” sends in the clear when the contact cannot encrypt.</source>
        <translation>Die Vorgabe für jeden Kontakt ohne eigene Einstellung (pro Kontakt im Fingerabdruck-Dialog des Kontakts änderbar). „Immer“ sendet nichts, was nicht verschlüsselt werden kann; „Wenn möglich“ sendet unverschlüsselt, wenn der Kontakt nicht verschlüsseln kann.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="449"/>
        <source>Trust new OMEMO devices only after I &amp;compare their fingerprints</source>
        <translation>Neuen OMEMO-Geräten erst nach &amp;Vergleich ihrer Fingerabdrücke vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="452"/>
        <source>Trust new OMEMO devices only after comparing fingerprints</source>
        <translation>Neuen OMEMO-Geräten erst nach Vergleich der Fingerabdrücke vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="455"/>
        <source>Off (the default, as in Conversations): a contact&apos;s new device is trusted until you have verified one of their devices; after that, new ones wait for you. On: every new device waits until you trust it in the contact&apos;s fingerprint dialog.</source>
        <translation>Aus (Standard, wie in Conversations): Einem neuen Gerät eines Kontakts wird vertraut, bis du eines seiner Geräte überprüft hast; danach warten neue auf dich. An: Jedes neue Gerät wartet, bis du ihm im Fingerabdruck-Dialog des Kontakts vertraust.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="479"/>
        <source>&lt;b&gt;Status&lt;/b&gt;</source>
        <translation>&lt;b&gt;Status&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="494"/>
        <source>Set &amp;away after:</source>
        <translation>&amp;Abwesend nach:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="504"/>
        <source>Minutes until away</source>
        <translation>Minuten bis „Abwesend“</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="513"/>
        <location filename="../ui/SettingsDialog.ui" line="545"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="519"/>
        <source>Idle time without keyboard or mouse input before your status becomes Away</source>
        <translation>Leerlaufzeit ohne Tastatur- oder Mauseingabe, bevor dein Status zu „Abwesend“ wechselt</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="526"/>
        <source>Set &amp;extended away after:</source>
        <translation>&amp;Länger abwesend nach:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="536"/>
        <source>Minutes until extended away</source>
        <translation>Minuten bis „Länger abwesend“</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="551"/>
        <source>Idle time before your status becomes Extended away</source>
        <translation>Leerlaufzeit, bevor dein Status zu „Länger abwesend“ wechselt</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="558"/>
        <source>Status &amp;message:</source>
        <translation>Status&amp;nachricht:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="568"/>
        <source>Status message while away</source>
        <translation>Statusnachricht bei Abwesenheit</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="571"/>
        <source>Keep my status message</source>
        <translation>Meine Statusnachricht beibehalten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="580"/>
        <source>Your status comes back when you return. Do not disturb and Offline are never changed automatically.</source>
        <translation>Dein vorheriger Status wird wiederhergestellt, wenn du zurückkommst. „Bitte nicht stören“ und „Offline“ werden nie automatisch geändert.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="610"/>
        <source>&lt;b&gt;General&lt;/b&gt;</source>
        <translation>&lt;b&gt;Allgemein&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="620"/>
        <source>&amp;Start Balcony when I log in</source>
        <translation>Balcony beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="623"/>
        <source>Start Balcony when I log in</source>
        <translation>Balcony beim Anmelden starten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="626"/>
        <source>Starts Balcony in the system tray when you log in to your desktop</source>
        <translation>Startet Balcony im Systembereich, wenn du dich an deiner Arbeitsumgebung anmeldest</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="633"/>
        <source>&amp;Closing the window keeps Balcony running in the tray</source>
        <translation>Beim S&amp;chließen des Fensters läuft Balcony im Systembereich weiter</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="636"/>
        <source>Closing the window keeps Balcony running in the tray</source>
        <translation>Beim Schließen des Fensters läuft Balcony im Systembereich weiter</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="639"/>
        <source>Without a system tray, closing the window quits Balcony</source>
        <translation>Ohne Systembereich beendet das Schließen des Fensters Balcony</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="651"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="661"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="670"/>
        <source>A new language is used from the next start of Balcony.</source>
        <translation>Eine neue Sprache wird ab dem nächsten Start von Balcony verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="700"/>
        <source>&lt;b&gt;Local Network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lokales Netzwerk&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="710"/>
        <source>&amp;Chat with people on this network, without a server</source>
        <translation>Mit Leuten in diesem Netzwerk &amp;chatten, ohne Server</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="713"/>
        <source>Chat with people on this network, without a server</source>
        <translation>Mit Leuten in diesem Netzwerk chatten, ohne Server</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="716"/>
        <source>Serverless messaging (XEP-0174, as Bonjour chat in Pidgin and iChat): the people on this network who do the same appear under “Local network” in your contacts</source>
        <translation>Chat ohne Server (XEP-0174, wie der Bonjour-Chat in Pidgin und iChat): Wer in diesem Netzwerk dasselbe tut, erscheint in deinen Kontakten unter „Lokales Netzwerk“</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="723"/>
        <source>While this is on, everyone on this network sees your name and status and can write to you, and these chats are not encrypted. Switch it on at home or at work, not on a public network.</source>
        <translation>Solange dies eingeschaltet ist, sehen alle in diesem Netzwerk deinen Namen und Status und können dir schreiben, und diese Chats sind nicht verschlüsselt. Schalte es zu Hause oder bei der Arbeit ein, nicht in einem öffentlichen Netzwerk.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="741"/>
        <source>&amp;Your name there:</source>
        <translation>&amp;Dein Name dort:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="751"/>
        <source>Your name on the local network</source>
        <translation>Dein Name im lokalen Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="757"/>
        <source>A name without “@” or spaces; you appear as name@this-computer</source>
        <translation>Ein Name ohne „@“ und Leerzeichen; du erscheinst als name@dieser-computer</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="9"/>
        <source>Add an Account</source>
        <translation>Ein Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="14"/>
        <source>Welcome to Balcony</source>
        <translation>Willkommen bei Balcony</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="15"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="24"/>
        <source>Balcony is a messenger for XMPP (Jabber) accounts. Your address looks like an email address: name@example.org.</source>
        <translation>Balcony ist ein Messenger für XMPP-Konten (Jabber). Deine Adresse sieht aus wie eine E-Mail-Adresse: name@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="30"/>
        <source>&amp;Sign in to an existing account</source>
        <translation>Bei einem bestehenden Konto &amp;anmelden</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="31"/>
        <source>Use an address and password you already have.</source>
        <translation>Verwende eine Adresse und ein Passwort, die du schon hast.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="32"/>
        <source>Sign in to an existing account</source>
        <translation>Bei einem bestehenden Konto anmelden</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="37"/>
        <source>&amp;Create a new account</source>
        <translation>Ein neues Konto &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="38"/>
        <source>On a server that lets you register from here.</source>
        <translation>Auf einem Server, bei dem du dich von hier aus registrieren kannst.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="39"/>
        <source>Create a new account</source>
        <translation>Ein neues Konto erstellen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="44"/>
        <source>Chat on the &amp;local network, without an account</source>
        <translation>Im &amp;lokalen Netzwerk chatten, ohne Konto</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="45"/>
        <source>With the people on this network (at home, in the office), with no server. Everyone on the network sees your name and status while it is on.</source>
        <translation>Mit den Leuten in diesem Netzwerk (zu Hause, im Büro), ohne Server. Solange es eingeschaltet ist, sehen alle im Netzwerk deinen Namen und Status.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="46"/>
        <source>Chat on the local network, without an account</source>
        <translation>Im lokalen Netzwerk chatten, ohne Konto</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="61"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="67"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="68"/>
        <source>Your XMPP address</source>
        <translation>Deine XMPP-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="69"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="77"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="84"/>
        <source>Your account&apos;s password</source>
        <translation>Das Passwort deines Kontos</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="85"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="98"/>
        <source>Which server should hold your account? Balcony asks it for its sign-up form; some servers only accept new accounts on their web page.</source>
        <translation>Auf welchem Server soll dein Konto liegen? Balcony fragt ihn nach seinem Registrierungsformular; manche Server nehmen neue Konten nur auf ihrer Website an.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="104"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="110"/>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="111"/>
        <source>The name of the server, without a user name</source>
        <translation>Der Name des Servers, ohne Benutzernamen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="112"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="126"/>
        <source>The server&apos;s instructions</source>
        <translation>Die Hinweise des Servers</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="134"/>
        <source>Sign-up web page</source>
        <translation>Registrierungs-Website</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="150"/>
        <source>Remember the password</source>
        <translation>Das Passwort merken</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="154"/>
        <source>In the system &amp;keychain</source>
        <translation>&amp;Im System-Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="155"/>
        <source>The desktop&apos;s keychain (Secret Service or KWallet) keeps it; Balcony never writes it to a file</source>
        <translation>Der Schlüsselbund der Arbeitsumgebung (Secret Service oder KWallet) bewahrt es auf; Balcony schreibt es niemals in eine Datei</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="156"/>
        <source>Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund merken</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="161"/>
        <source>Only until Balcony &amp;quits</source>
        <translation>Nur bis Balcony &amp;beendet wird</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="162"/>
        <source>Kept in memory; asked again at the next start</source>
        <translation>Im Arbeitsspeicher gehalten; beim nächsten Start wird erneut gefragt</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="163"/>
        <source>Remember until Balcony quits</source>
        <translation>Merken, bis Balcony beendet wird</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="168"/>
        <source>&amp;Never: ask every time the account connects</source>
        <translation>&amp;Nie: bei jeder Verbindung des Kontos fragen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="169"/>
        <source>Not kept anywhere</source>
        <translation>Wird nirgends aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="170"/>
        <source>Never remember the password</source>
        <translation>Das Passwort nie merken</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="176"/>
        <source>No keychain (Secret Service or KWallet) is available on this desktop, and Balcony never stores passwords in files. Choose whether it asks at every start or keeps the password until it quits.</source>
        <translation>In dieser Arbeitsumgebung ist kein Schlüsselbund (Secret Service oder KWallet) verfügbar, und Balcony speichert Passwörter niemals in Dateien. Wähle, ob bei jedem Start gefragt oder das Passwort bis zum Beenden behalten werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="201"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="206"/>
        <source>&amp;Trust…</source>
        <translation>&amp;Vertrauen…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="207"/>
        <source>Look at the server&apos;s certificate and decide whether to trust it</source>
        <translation>Das Zertifikat des Servers ansehen und entscheiden, ob ihm vertraut werden soll</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="208"/>
        <source>Review the certificate</source>
        <translation>Das Zertifikat prüfen</translation>
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
        <location filename="../src/stream/CertificateTrust.cpp" line="45"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="49"/>
        <source>%1 is too large to be a list of trusted certificates</source>
        <translation>%1 ist zu groß für eine Liste vertrauenswürdiger Zertifikate</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="60"/>
        <source>The list of trusted certificates in %1 is damaged; no certificate is trusted until it is replaced</source>
        <translation>Die Liste vertrauenswürdiger Zertifikate in %1 ist beschädigt; bis sie ersetzt ist, wird keinem Zertifikat vertraut</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="89"/>
        <source>There is no certificate to trust</source>
        <translation>Es gibt kein Zertifikat, dem vertraut werden könnte</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="100"/>
        <source>Invalid domain or certificate fingerprint</source>
        <translation>Ungültige Domain oder ungültiger Zertifikat-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="204"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="229"/>
        <location filename="../src/stream/CertificateTrust.cpp" line="237"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="27"/>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="29"/>
        <source>This account has been disabled on the server.</source>
        <translation>Dieses Konto wurde auf dem Server deaktiviert.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="31"/>
        <source>The password has expired; change it with another client or on the server&apos;s website.</source>
        <translation>Das Passwort ist abgelaufen; ändere es mit einem anderen Client oder auf der Website des Servers.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="34"/>
        <source>The server could not check the password right now; try again later.</source>
        <translation>Der Server konnte das Passwort gerade nicht prüfen; versuche es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="38"/>
        <source>The server refused the authentication method (%1).</source>
        <translation>Der Server hat das Anmeldeverfahren abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="41"/>
        <source>Authentication failed (%1).</source>
        <translation>Anmeldung fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="44"/>
        <location filename="../src/stream/Negotiator.cpp" line="634"/>
        <location filename="../src/account/RegistrationError.cpp" line="67"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Der Server meldete: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="168"/>
        <source>The server does not support XMPP 1.0 streams.</source>
        <translation>Der Server unterstützt keine XMPP-1.0-Streams.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="175"/>
        <source>The server opened a stream of the wrong kind.</source>
        <translation>Der Server hat einen Stream der falschen Art geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="238"/>
        <source>The server does not offer encryption (STARTTLS); Balcony never logs in without it.</source>
        <translation>Der Server bietet keine Verschlüsselung an (STARTTLS); ohne sie meldet sich Balcony nie an.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="251"/>
        <source>The server could not start encryption (STARTTLS failed).</source>
        <translation>Der Server konnte die Verschlüsselung nicht starten (STARTTLS fehlgeschlagen).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="280"/>
        <location filename="../src/stream/Negotiator.cpp" line="300"/>
        <source>The server offers no authentication method Balcony supports (offered: %1).</source>
        <translation>Der Server bietet kein Anmeldeverfahren an, das Balcony unterstützt (angeboten: %1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="339"/>
        <source>The server failed to prove that it knows your password; it may be an impostor (%1).</source>
        <translation>Der Server konnte nicht beweisen, dass er dein Passwort kennt; möglicherweise gibt sich ein anderer Server als dieser aus (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="427"/>
        <source>The resource name cannot be used (%1).</source>
        <translation>Der Ressourcenname kann nicht verwendet werden (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="447"/>
        <source>The server does not offer resource binding.</source>
        <translation>Der Server bietet keine Ressourcenbindung an.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="468"/>
        <source>The resource &quot;%1&quot; is in use; the next attempt lets the server choose one.</source>
        <translation>Die Ressource „%1“ ist belegt; beim nächsten Versuch wählt der Server eine aus.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="478"/>
        <source>The server refused to bind a resource (%1).</source>
        <translation>Der Server hat die Bindung einer Ressource abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="486"/>
        <source>The server bound an invalid address (%1).</source>
        <translation>Der Server hat eine ungültige Adresse gebunden (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="498"/>
        <source>The server refused to establish a session (%1).</source>
        <translation>Der Server hat den Aufbau einer Sitzung abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="551"/>
        <source>The server sent something unexpected while logging in (&lt;%1/&gt;).</source>
        <translation>Der Server hat während der Anmeldung etwas Unerwartetes gesendet (&lt;%1/&gt;).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="611"/>
        <source>Another client logged in with the same resource and replaced this connection.</source>
        <translation>Ein anderer Client hat sich mit derselben Ressource angemeldet und diese Verbindung ersetzt.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="615"/>
        <source>The server is shutting down.</source>
        <translation>Der Server wird heruntergefahren.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="618"/>
        <source>The server does not host this domain.</source>
        <translation>Der Server bedient diese Domain nicht.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="621"/>
        <source>The server closed the connection for a policy violation.</source>
        <translation>Der Server hat die Verbindung wegen eines Regelverstoßes geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="624"/>
        <source>The server redirected the connection more than once, or to an invalid address.</source>
        <translation>Der Server hat die Verbindung mehr als einmal oder an eine ungültige Adresse umgeleitet.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="628"/>
        <source>The server closed the stream (%1).</source>
        <translation>Der Server hat den Stream geschlossen (%1).</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="598"/>
        <source>The answer carries no service discovery information.</source>
        <translation>Die Antwort enthält keine Informationen zur Diensterkennung.</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="602"/>
        <source>No answer to the service discovery query.</source>
        <translation>Keine Antwort auf die Anfrage zur Diensterkennung.</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="606"/>
        <location filename="../src/muc/RoomDirectory.cpp" line="49"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="92"/>
        <source>The connection was lost.</source>
        <translation>Die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="160"/>
        <source>The server refused to send the contact list (%1).</source>
        <translation>Der Server hat sich geweigert, die Kontaktliste zu senden (%1).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="164"/>
        <source>The server did not send the contact list in time.</source>
        <translation>Der Server hat die Kontaktliste nicht rechtzeitig gesendet.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="364"/>
        <source>The server did not accept the contact %1: its name or a group name is not allowed (%2).</source>
        <translation>Der Server hat den Kontakt %1 nicht angenommen: Sein Name oder ein Gruppenname ist nicht erlaubt (%2).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="368"/>
        <source>The server refused to change the contact %1 (%2).</source>
        <translation>Der Server hat die Änderung des Kontakts %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="373"/>
        <source>The server did not confirm the change to the contact %1 in time.</source>
        <translation>Der Server hat die Änderung des Kontakts %1 nicht rechtzeitig bestätigt.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="378"/>
        <source>The connection was lost before the server confirmed the change to the contact %1.</source>
        <translation>Die Verbindung ist abgebrochen, bevor der Server die Änderung des Kontakts %1 bestätigt hat.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="127"/>
        <source>No contact address was given.</source>
        <translation>Es wurde keine Kontaktadresse angegeben.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="135"/>
        <source>Your server does not support approving %1 in advance; approve the request when it arrives.</source>
        <translation>Dein Server unterstützt keine vorab erteilte Zustimmung für %1; stimme der Anfrage zu, wenn sie eintrifft.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="143"/>
        <source>Not connected: %1 could not be approved in advance.</source>
        <translation>Nicht verbunden: Der Anfrage von %1 konnte nicht vorab zugestimmt werden.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="195"/>
        <source>Not sharing presence</source>
        <translation>Keine Freigabe der Präsenz</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="197"/>
        <source>Waiting for the contact to approve your request</source>
        <translation>Warten auf die Zustimmung des Kontakts zu deiner Anfrage</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="199"/>
        <source>Wants to see your presence</source>
        <translation>Möchte deine Präsenz sehen</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="201"/>
        <source>Both of you asked; waiting for each other&apos;s approval</source>
        <translation>Ihr habt beide angefragt; ihr wartet auf die gegenseitige Zustimmung</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="203"/>
        <source>You see their presence; they do not see yours</source>
        <translation>Du siehst die Präsenz des Kontakts, er deine nicht</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="205"/>
        <source>You see their presence; they want to see yours</source>
        <translation>Du siehst die Präsenz des Kontakts; er möchte deine sehen</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="207"/>
        <source>They see your presence; you do not see theirs</source>
        <translation>Der Kontakt sieht deine Präsenz, du seine nicht</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="209"/>
        <source>They see your presence; waiting for them to approve your request</source>
        <translation>Der Kontakt sieht deine Präsenz; deine Anfrage wartet auf seine Zustimmung</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="212"/>
        <source>Sharing presence both ways</source>
        <translation>Gegenseitige Freigabe der Präsenz</translation>
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
        <location filename="../src/pubsub/PubSubManager.cpp" line="95"/>
        <source>creating the node “%1”</source>
        <translation>Anlegen des Knotens „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="117"/>
        <source>changing the configuration of the node “%1”</source>
        <translation>Ändern der Konfiguration des Knotens „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="129"/>
        <source>sending the configuration of the node “%1”</source>
        <translation>Senden der Konfiguration des Knotens „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="176"/>
        <source>publishing to the node “%1”</source>
        <translation>Veröffentlichen im Knoten „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="311"/>
        <source>sending the items of the node “%1”</source>
        <translation>Senden der Einträge des Knotens „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="347"/>
        <source>removing an item from the node “%1”</source>
        <translation>Entfernen eines Eintrags aus dem Knoten „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="360"/>
        <source>removing every item from the node “%1”</source>
        <translation>Entfernen aller Einträge aus dem Knoten „%1“</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="372"/>
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
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="15"/>
        <source>Securing the connection…</source>
        <translation>Verbindung wird gesichert…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="17"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
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
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="25"/>
        <source>Connection lost, retrying soon…</source>
        <translation>Verbindung abgebrochen, neuer Versuch in Kürze…</translation>
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
        <translation>Die verschlüsselte Sitzung wurde bereits einmal gestartet: Dies ist eine Wiedereinspielung (Replay).</translation>
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
        <location filename="../src/esession/PublicKeyManager.cpp" line="60"/>
        <location filename="../src/esession/EsessionManager.cpp" line="157"/>
        <location filename="../src/esession/EsessionManager.cpp" line="365"/>
        <location filename="../src/esession/EsessionManager.cpp" line="493"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="183"/>
        <source>The encryption keys are locked.</source>
        <translation>Die Schlüssel für die Verschlüsselung sind gesperrt.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="65"/>
        <source>The stored signing key cannot be read.</source>
        <translation>Der gespeicherte Signaturschlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="134"/>
        <source>A signing key could not be generated.</source>
        <translation>Es konnte kein Signaturschlüssel erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="136"/>
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
        <location filename="../src/omemo/OmemoManager.cpp" line="821"/>
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
        <location filename="../src/account/Account.cpp" line="157"/>
        <source>The account&apos;s stores are incomplete.</source>
        <translation>Die Speicher des Kontos sind unvollständig.</translation>
    </message>
    <message>
        <location filename="../src/account/ChatSender.cpp" line="105"/>
        <source>The message could not be stored: %1</source>
        <translation>Die Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="79"/>
        <source>The profile of %1 cannot be opened.</source>
        <translation>Das Profil von %1 lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="182"/>
        <location filename="../src/app/AccountController.cpp" line="241"/>
        <source>The account is not open.</source>
        <translation>Das Konto ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="218"/>
        <location filename="../src/app/AccountController.cpp" line="276"/>
        <source>You are not in this room.</source>
        <translation>Sie sind nicht in diesem Raum.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="254"/>
        <source>The message could not be sent.</source>
        <translation>Die Nachricht konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="268"/>
        <source>%1 is not in the room any more.</source>
        <translation>%1 ist nicht mehr im Raum.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="20"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="21"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="22"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="23"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="24"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="25"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="26"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="27"/>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="28"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="29"/>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="30"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="31"/>
        <source>Telephone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="32"/>
        <source>Web page</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="33"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="34"/>
        <source>Other information</source>
        <translation>Weitere Informationen</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="35"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationManager.cpp" line="81"/>
        <source>The connection was lost before the server answered; whether the change was made is unknown.</source>
        <translation>Die Verbindung ist abgebrochen, bevor der Server geantwortet hat; ob die Änderung vorgenommen wurde, ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../src/app/FreedesktopNotifier.cpp" line="106"/>
        <location filename="../src/app/FreedesktopNotifier.cpp" line="107"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/FreedesktopNotifier.cpp" line="126"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../src/app/FreedesktopNotifier.cpp" line="127"/>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="223"/>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="228"/>
        <source>Only one value is allowed here.</source>
        <translation>Hier ist nur ein Wert erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="231"/>
        <source>Line breaks are not allowed here.</source>
        <translation>Zeilenumbrüche sind hier nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="237"/>
        <source>Choose yes or no.</source>
        <translation>Wählen Sie Ja oder Nein.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="244"/>
        <source>Choose one of the offered options.</source>
        <translation>Wählen Sie eine der angebotenen Optionen.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="250"/>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="298"/>
        <location filename="../src/storage/Database.cpp" line="364"/>
        <location filename="../src/storage/Database.cpp" line="480"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="370"/>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="375"/>
        <source>the folder is not writable</source>
        <translation>der Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="396"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="445"/>
        <source>The database %1 was written by a newer version of Balcony (schema %2; this version knows schema %3). It was left unchanged; please use a newer version of Balcony.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Balcony geschrieben (Schema %2; diese Version kennt Schema %3). Sie wurde nicht verändert; bitte verwende eine neuere Version von Balcony.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="492"/>
        <source>Could not update the database %1 to the current format; it was left as it was. %2</source>
        <translation>Die Datenbank %1 konnte nicht auf das aktuelle Format gebracht werden; sie blieb unverändert. %2</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="512"/>
        <source>The database %1 is damaged and could not be moved aside (%2). Nothing was changed.</source>
        <translation>Die Datenbank %1 ist beschädigt und konnte nicht beiseitegelegt werden (%2). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="524"/>
        <source>The database %1 was damaged and could not be read. It was kept as %2 and a new database was created; contacts and server information will be fetched again from the server.</source>
        <translation>Die Datenbank %1 war beschädigt und konnte nicht gelesen werden. Sie wurde als %2 aufbewahrt und eine neue Datenbank wurde angelegt; Kontakte und Serverinformationen werden erneut vom Server geholt.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="607"/>
        <source>%1 did not take effect (%2)</source>
        <translation>%1 wurde nicht wirksam (%2)</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="659"/>
        <location filename="../src/storage/Database.cpp" line="665"/>
        <source>schema version %1: %2</source>
        <translation>Schemaversion %1: %2</translation>
    </message>
    <message>
        <location filename="../src/crypto/DhKeyPair.cpp" line="124"/>
        <source>The peer&apos;s Diffie-Hellman public value is out of range.</source>
        <translation>Der öffentliche Diffie-Hellman-Wert der Gegenseite liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../src/crypto/DhKeyPair.cpp" line="133"/>
        <source>Out of memory while computing the Diffie-Hellman secret.</source>
        <translation>Nicht genug Speicher beim Berechnen des Diffie-Hellman-Geheimnisses.</translation>
    </message>
    <message>
        <location filename="../src/crypto/DhKeyPair.cpp" line="138"/>
        <source>The Diffie-Hellman computation failed.</source>
        <translation>Die Diffie-Hellman-Berechnung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionChannel.cpp" line="151"/>
        <source>The encrypted session has ended.</source>
        <translation>Die verschlüsselte Sitzung ist beendet.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionChannel.cpp" line="155"/>
        <source>The encrypted session may not change its keys yet.</source>
        <translation>Die verschlüsselte Sitzung darf ihre Schlüssel noch nicht wechseln.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionChannel.cpp" line="173"/>
        <source>New keys for the encrypted session could not be computed.</source>
        <translation>Neue Schlüssel für die verschlüsselte Sitzung konnten nicht berechnet werden.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="22"/>
        <source>This user name is already taken on the server; choose another one.</source>
        <translation>Dieser Benutzername ist auf dem Server bereits vergeben; wähle einen anderen.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="29"/>
        <source>The server did not accept what was entered: some information is missing or not valid.</source>
        <translation>Der Server hat die Eingaben nicht angenommen: Einige Angaben fehlen oder sind ungültig.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="38"/>
        <source>This server does not allow changing the password from a client.</source>
        <translation>Dieser Server erlaubt nicht, das Passwort von einem Client aus zu ändern.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="40"/>
        <source>This server does not allow removing the account from a client.</source>
        <translation>Dieser Server erlaubt nicht, das Konto von einem Client aus zu entfernen.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="41"/>
        <source>This server does not allow creating accounts from a client.</source>
        <translation>Dieser Server erlaubt nicht, Konten von einem Client aus zu erstellen.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="45"/>
        <source>The server wants more proof before it does this (for example the current password).</source>
        <translation>Der Server verlangt weitere Nachweise, bevor er das tut (zum Beispiel das aktuelle Passwort).</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="50"/>
        <source>The server refused this under its rules (for example a password that is too weak or a name that is not allowed).</source>
        <translation>Der Server hat dies gemäß seinen Regeln abgelehnt (zum Beispiel ein zu schwaches Passwort oder einen nicht erlaubten Namen).</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="56"/>
        <source>The server refuses more registrations from this network for now; try again later.</source>
        <translation>Der Server nimmt vorerst keine weiteren Registrierungen aus diesem Netzwerk an; versuche es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="61"/>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="78"/>
        <source>The connection to the server failed.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="87"/>
        <source>The server did not answer in time; try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet; versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="55"/>
        <source>The account list %1 cannot be read.</source>
        <translation>Die Kontenliste %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="99"/>
        <source>The account list %1 was written by a newer version of Balcony and is left as it is.</source>
        <translation>Die Kontenliste %1 wurde von einer neueren Version von Balcony geschrieben und bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="133"/>
        <source>The account list %1 cannot be written.</source>
        <translation>Die Kontenliste %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="26"/>
        <location filename="../src/app/PasswordStore.cpp" line="244"/>
        <source>No password is stored for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="31"/>
        <source>No keychain is available on this desktop (%1).</source>
        <translation>In dieser Arbeitsumgebung ist kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="38"/>
        <source>The keychain refused access (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="45"/>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="161"/>
        <source>No keychain is available on this desktop (neither a Secret Service such as GNOME Keyring nor KWallet is running).</source>
        <translation>In dieser Arbeitsumgebung ist kein Schlüsselbund verfügbar (es läuft weder ein Secret Service wie GNOME Keyring noch KWallet).</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="19"/>
        <source>Enter your address, like name@example.org.</source>
        <translation>Gib deine Adresse ein, etwa name@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="22"/>
        <source>An address has a name and a server, like name@example.org.</source>
        <translation>Eine Adresse besteht aus einem Namen und einem Server, etwa name@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="27"/>
        <source>This address is not valid: %1</source>
        <translation>Diese Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="30"/>
        <source>An address has a name before the @, like name@example.org.</source>
        <translation>Eine Adresse hat einen Namen vor dem @, etwa name@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="33"/>
        <source>Leave out the part after &quot;/&quot;; the resource goes under Advanced.</source>
        <translation>Lass den Teil nach „/“ weg; die Ressource gehört unter „Erweitert“.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="46"/>
        <source>Enter the server&apos;s name, like example.org.</source>
        <translation>Gib den Namen des Servers ein, etwa example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="49"/>
        <source>Enter only the server&apos;s name, like example.org (the user name comes next).</source>
        <translation>Gib nur den Namen des Servers ein, etwa example.org (der Benutzername folgt danach).</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="55"/>
        <source>This server name is not valid: %1</source>
        <translation>Dieser Servername ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="65"/>
        <source>Enter the password.</source>
        <translation>Gib das Passwort ein.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="71"/>
        <source>Enter the new password.</source>
        <translation>Gib das neue Passwort ein.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="74"/>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich; gib zweimal dasselbe ein.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="86"/>
        <source>Enter only a host name or an IP address (the port has its own field).</source>
        <translation>Gib nur einen Hostnamen oder eine IP-Adresse ein (der Port hat ein eigenes Feld).</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="90"/>
        <source>This host name is not valid.</source>
        <translation>Dieser Hostname ist ungültig.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="102"/>
        <source>This resource name cannot be used.</source>
        <translation>Dieser Ressourcenname kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../src/muc/RoomDirectory.cpp" line="47"/>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/muc/RoomDirectory.cpp" line="54"/>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
</context>
<context>
    <name>balcony::AesGcmLink</name>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="44"/>
        <source>The encrypted file&apos;s link is too long.</source>
        <translation>Der Link zur verschlüsselten Datei ist zu lang.</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="61"/>
        <source>This is not a valid link to an encrypted file (aesgcm://).</source>
        <translation>Das ist kein gültiger Link zu einer verschlüsselten Datei (aesgcm://).</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="66"/>
        <source>The link to the encrypted file carries no valid key (it needs 88 or 96 hex digits).</source>
        <translation>Der Link zur verschlüsselten Datei enthält keinen gültigen Schlüssel (nötig sind 88 oder 96 Hex-Ziffern).</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="114"/>
        <source>The file could not be encrypted (no valid key).</source>
        <translation>Die Datei konnte nicht verschlüsselt werden (kein gültiger Schlüssel).</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="121"/>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="129"/>
        <location filename="../src/files/AesGcmLink.cpp" line="140"/>
        <source>The file could not be encrypted.</source>
        <translation>Die Datei konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="133"/>
        <location filename="../src/files/AesGcmLink.cpp" line="143"/>
        <source>The encrypted file could not be written: %1</source>
        <translation>Die verschlüsselte Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>balcony::ArchiveManager</name>
    <message>
        <location filename="../src/im/ArchiveManager.cpp" line="109"/>
        <location filename="../src/im/ArchiveManager.cpp" line="203"/>
        <source>The server did not answer the archive query.</source>
        <translation>Der Server hat die Archivabfrage nicht beantwortet.</translation>
    </message>
    <message>
        <location filename="../src/im/ArchiveManager.cpp" line="167"/>
        <location filename="../src/im/ArchiveManager.cpp" line="217"/>
        <source>The archived messages could not be stored.</source>
        <translation>Die archivierten Nachrichten konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>balcony::AvatarManager</name>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="98"/>
        <source>the image is larger than %1 KiB</source>
        <translation>das Bild ist größer als %1 KiB</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="111"/>
        <source>the data is not an image</source>
        <translation>die Daten sind kein Bild</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="112"/>
        <source>images of type %1 are not accepted</source>
        <translation>Bilder vom Typ %1 werden nicht angenommen</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="118"/>
        <source>the image has no valid size</source>
        <translation>das Bild hat keine gültige Größe</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="123"/>
        <source>the image is %1×%2 pixels, more than %3 a side</source>
        <translation>das Bild hat %1×%2 Pixel, mehr als %3 pro Seite</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="131"/>
        <location filename="../src/avatar/AvatarImage.cpp" line="172"/>
        <source>the image cannot be decoded: %1</source>
        <translation>das Bild kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="145"/>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="157"/>
        <source>the file is not an image Balcony can read</source>
        <translation>die Datei ist kein Bild, das Balcony lesen kann</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="162"/>
        <source>the image is %1×%2 pixels, too large to load</source>
        <translation>das Bild hat %1×%2 Pixel, zu groß zum Laden</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="188"/>
        <source>the image cannot be encoded as PNG: %1</source>
        <translation>das Bild kann nicht als PNG kodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="204"/>
        <source>the image does not fit into %1 KiB as PNG</source>
        <translation>das Bild passt als PNG nicht in %1 KiB</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="216"/>
        <source>its type (%1) is not one of image/png, image/jpeg, image/gif, image/webp, or it is only on the web</source>
        <translation>sein Typ (%1) ist keiner von image/png, image/jpeg, image/gif, image/webp, oder es liegt nur im Web</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="221"/>
        <source>its id is not a SHA-1 hash</source>
        <translation>seine ID ist kein SHA-1-Hash</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="227"/>
        <source>its size is not a number</source>
        <translation>seine Größe ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="230"/>
        <source>it is %1 bytes, more than %2 KiB</source>
        <translation>es hat %1 Bytes, mehr als %2 KiB</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="261"/>
        <source>its photo hash is not a SHA-1 hash</source>
        <translation>sein Foto-Hash ist kein SHA-1-Hash</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="397"/>
        <source>the vCard request failed: %1</source>
        <translation>die vCard-Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="401"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="633"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="830"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="852"/>
        <source>the vCard request got no answer</source>
        <translation>die vCard-Anfrage blieb unbeantwortet</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="420"/>
        <source>the contact&apos;s data node has no image with this id</source>
        <translation>der Datenknoten des Kontakts hat kein Bild mit dieser ID</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="431"/>
        <source>the contact&apos;s vCard has no photo</source>
        <translation>die vCard des Kontakts hat kein Foto</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="447"/>
        <source>its type (%1) is not one of image/png, image/jpeg, image/gif, image/webp</source>
        <translation>sein Typ (%1) ist keiner von image/png, image/jpeg, image/gif, image/webp</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="452"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="462"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="655"/>
        <source>it is larger than %1 KiB</source>
        <translation>es ist größer als %1 KiB</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="458"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="661"/>
        <source>its data is not valid base64</source>
        <translation>seine Daten sind kein gültiges Base64</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="466"/>
        <source>its SHA-1 does not match its id</source>
        <translation>sein SHA-1 passt nicht zu seiner ID</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="694"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="777"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="829"/>
        <source>the vCard could not be read: %1</source>
        <translation>die vCard konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="851"/>
        <source>the vCard could not be saved: %1</source>
        <translation>die vCard konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>balcony::BoshTransport</name>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="104"/>
        <source>The BOSH connection manager left %1 requests unanswered for %2 seconds although it may hold only %3; the session is resumed.</source>
        <translation>Der BOSH-Verbindungsmanager hat %1 Anfragen %2 Sekunden lang unbeantwortet gelassen, obwohl er nur %3 halten darf; die Sitzung wird wieder aufgenommen.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="194"/>
        <source>The BOSH address %1 is not an https:// URL.</source>
        <translation>Die BOSH-Adresse %1 ist keine https://-URL.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="220"/>
        <source>%1 announces no BOSH endpoint (XEP-0156); give its address with the BOSH URL setting.</source>
        <translation>%1 kündigt keinen BOSH-Endpunkt an (XEP-0156); gib seine Adresse in der Einstellung BOSH-URL an.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="271"/>
        <source>STARTTLS is not available over BOSH.</source>
        <translation>STARTTLS ist über BOSH nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="281"/>
        <source>Cannot frame the stream for BOSH: %1</source>
        <translation>Der Datenstrom kann nicht für BOSH verpackt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="702"/>
        <location filename="../src/stream/BoshTransport.cpp" line="736"/>
        <source>The BOSH connection manager sent a response larger than %1 MiB.</source>
        <translation>Der BOSH-Verbindungsmanager hat eine Antwort größer als %1 MiB gesendet.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="708"/>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="710"/>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="718"/>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="729"/>
        <source>The BOSH connection manager answered with HTTP status %1; the session is lost.</source>
        <translation>Der BOSH-Verbindungsmanager hat mit HTTP-Status %1 geantwortet; die Sitzung ist verloren.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="743"/>
        <source>The BOSH connection manager sent a malformed response: %1</source>
        <translation>Der BOSH-Verbindungsmanager hat eine fehlerhafte Antwort gesendet: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="798"/>
        <source>The BOSH connection manager did not answer (%1); the session is lost.</source>
        <translation>Der BOSH-Verbindungsmanager hat nicht geantwortet (%1); die Sitzung ist verloren.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="839"/>
        <source>the XML declaration is not closed</source>
        <translation>die XML-Deklaration ist nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="852"/>
        <source>the response is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="853"/>
        <source>it must be exactly one &lt;body/&gt; element</source>
        <translation>sie muss genau ein &lt;body/&gt;-Element sein</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="865"/>
        <source>markup declarations, comments and processing instructions are not allowed</source>
        <translation>Markup-Deklarationen, Kommentare und Verarbeitungsanweisungen sind nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="871"/>
        <source>the root element is &lt;%1 xmlns=&apos;%2&apos;/&gt;, not an XEP-0124 &lt;body/&gt;</source>
        <translation>das Wurzelelement ist &lt;%1 xmlns=&apos;%2&apos;/&gt;, kein &lt;body/&gt; nach XEP-0124</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="882"/>
        <source>not well-formed XML (%1)</source>
        <translation>kein wohlgeformtes XML (%1)</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="887"/>
        <source>the &lt;body/&gt; start tag is not closed</source>
        <translation>das Start-Tag von &lt;body/&gt; ist nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="898"/>
        <source>an element in the &lt;body/&gt; is not complete</source>
        <translation>ein Element im &lt;body/&gt; ist unvollständig</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="949"/>
        <source>The BOSH connection manager created no session (its answer has no valid sid).</source>
        <translation>Der BOSH-Verbindungsmanager hat keine Sitzung angelegt (seine Antwort hat keine gültige sid).</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="1051"/>
        <source>The BOSH connection manager does not know this session or request any more (item-not-found).</source>
        <translation>Der BOSH-Verbindungsmanager kennt diese Sitzung oder Anfrage nicht mehr (item-not-found).</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="1053"/>
        <source>The BOSH connection manager redirected to another address, which is not followed.</source>
        <translation>Der BOSH-Verbindungsmanager hat an eine andere Adresse umgeleitet; dem wird nicht gefolgt.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="1055"/>
        <source>The BOSH connection manager ended the session (%1).</source>
        <translation>Der BOSH-Verbindungsmanager hat die Sitzung beendet (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="1063"/>
        <source>The server sends faster than the client can handle.</source>
        <translation>Der Server sendet schneller, als der Client verarbeiten kann.</translation>
    </message>
</context>
<context>
    <name>balcony::Connection</name>
    <message>
        <location filename="../src/stream/Connection.cpp" line="91"/>
        <source>The BOSH address must be an https:// URL.</source>
        <translation>Die BOSH-Adresse muss eine https://-URL sein.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="94"/>
        <source>The WebSocket address must be a wss:// URL.</source>
        <translation>Die WebSocket-Adresse muss eine wss://-URL sein.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="100"/>
        <source>The server name is missing or invalid.</source>
        <translation>Der Servername fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="102"/>
        <source>The account address must look like name@example.org.</source>
        <translation>Die Kontoadresse muss die Form name@example.org haben.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="104"/>
        <source>No password is set for this account.</source>
        <translation>Für dieses Konto ist kein Passwort festgelegt.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="368"/>
        <source>The server sent invalid data (%1); the connection was closed.</source>
        <translation>Der Server hat ungültige Daten gesendet (%1); die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="383"/>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="773"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="802"/>
        <source>The server did not complete the login in time.</source>
        <translation>Der Server hat die Anmeldung nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="214"/>
        <source>The server acknowledged messages it was never sent; the session was reset.</source>
        <translation>Der Server hat Nachrichten bestätigt, die er nie erhalten hat; die Sitzung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="332"/>
        <source>The server acknowledged messages it was never sent; the connection was closed.</source>
        <translation>Der Server hat Nachrichten bestätigt, die er nie erhalten hat; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="420"/>
        <source>The server stopped answering; reconnecting.</source>
        <translation>Der Server antwortet nicht mehr; neue Verbindung wird aufgebaut.</translation>
    </message>
</context>
<context>
    <name>balcony::EventingManager</name>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="444"/>
        <source>Not connected, or not an address of a user.</source>
        <translation>Nicht verbunden, oder keine Adresse eines Benutzers.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="549"/>
        <source>Presence by publish-subscribe (XEP-0207)</source>
        <translation>Präsenz über Publish-Subscribe (XEP-0207)</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="618"/>
        <source>No authorization request from %1.</source>
        <translation>Keine Autorisierungsanfrage von %1.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="622"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1130"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="714"/>
        <source>No publish-subscribe service is set for eventing mode.</source>
        <translation>Für den Eventing-Modus ist kein Publish-Subscribe-Dienst eingestellt.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="718"/>
        <source>Not an address of another user.</source>
        <translation>Keine Adresse eines anderen Benutzers.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="722"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1235"/>
        <source>The message is empty or longer than %1 characters.</source>
        <translation>Die Nachricht ist leer oder länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="734"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1247"/>
        <source>The message could not be stored.</source>
        <translation>Die Nachricht konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="797"/>
        <source>The publish-subscribe service refused %1: %2</source>
        <translation>Der Publish-Subscribe-Dienst hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="816"/>
        <source>creating the chat node</source>
        <translation>das Anlegen des Chat-Knotens</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="829"/>
        <source>making the contact a publisher</source>
        <translation>das Eintragen des Kontakts als Veröffentlicher</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="844"/>
        <source>subscribing to the chat node</source>
        <translation>das Abonnieren des Chat-Knotens</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1118"/>
        <source>“%1” is not a usable room name, or no publish-subscribe service is set.</source>
        <translation>„%1“ ist kein brauchbarer Raumname, oder es ist kein Publish-Subscribe-Dienst eingestellt.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1122"/>
        <source>The nickname is empty or longer than %1 characters.</source>
        <translation>Der Spitzname ist leer oder länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1126"/>
        <source>Too many rooms in eventing mode (at most %1).</source>
        <translation>Zu viele Räume im Eventing-Modus (höchstens %1).</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1193"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1202"/>
        <source>Could not join “%1”: %2</source>
        <translation>„%1“ konnte nicht betreten werden: %2</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1210"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1231"/>
        <source>Not in the room “%1”.</source>
        <translation>Nicht im Raum „%1“.</translation>
    </message>
</context>
<context>
    <name>balcony::HostMetaDiscovery</name>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="52"/>
        <source>The server&apos;s connection endpoints (host-meta) did not arrive in time.</source>
        <translation>Die Verbindungsendpunkte des Servers (host-meta) kamen nicht rechtzeitig an.</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="151"/>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="166"/>
        <source>The server&apos;s host-meta document is larger than %1 KiB.</source>
        <translation>Das host-meta-Dokument des Servers ist größer als %1 KiB.</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="156"/>
        <source>The server&apos;s certificate for %1 is not trusted (host-meta discovery).</source>
        <translation>Dem Zertifikat des Servers für %1 wird nicht vertraut (host-meta-Erkennung).</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="160"/>
        <source>The server&apos;s host-meta could not be fetched: %1</source>
        <translation>Das host-meta des Servers konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="162"/>
        <source>The server answered host-meta with HTTP status %1.</source>
        <translation>Der Server beantwortete host-meta mit HTTP-Status %1.</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="170"/>
        <source>The server&apos;s host-meta.json is not a JSON resource descriptor.</source>
        <translation>Das host-meta.json des Servers ist kein JSON-Ressourcendeskriptor.</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="171"/>
        <source>The server&apos;s host-meta is not an XRD document.</source>
        <translation>Das host-meta des Servers ist kein XRD-Dokument.</translation>
    </message>
</context>
<context>
    <name>balcony::HttpUploadManager</name>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="154"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="157"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="160"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="162"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="232"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="251"/>
        <source>The server could not list its services: %1</source>
        <translation>Der Server konnte seine Dienste nicht auflisten: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="252"/>
        <source>The server did not list its services.</source>
        <translation>Der Server hat seine Dienste nicht aufgelistet.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="308"/>
        <source>The server offers no file upload service.</source>
        <translation>Der Server bietet keinen Dienst zum Hochladen von Dateien an.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="344"/>
        <source>The upload service answered without a slot.</source>
        <translation>Der Upload-Dienst hat ohne Upload-Platz geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="352"/>
        <source>The upload service answered with a slot without valid URLs.</source>
        <translation>Der Upload-Dienst hat einen Upload-Platz ohne gültige Adressen angeboten.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="377"/>
        <source>The upload service offered an address that is not https (%1): nothing was uploaded.</source>
        <translation>Der Upload-Dienst hat eine Adresse ohne https angeboten (%1): Es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="381"/>
        <source>The upload service offered an invalid address: nothing was uploaded.</source>
        <translation>Der Upload-Dienst hat eine ungültige Adresse angeboten: Es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="387"/>
        <source>The upload service asked to send the file to another host (%1): nothing was uploaded.</source>
        <translation>Der Upload-Dienst wollte die Datei an einen anderen Host senden lassen (%1): Es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="406"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="454"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="474"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="661"/>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="413"/>
        <source>The conversation with %1 is encrypted, but the file would be uploaded unencrypted: the server and anyone with the link could read it. Confirm to send it anyway.</source>
        <translation>Die Unterhaltung mit %1 ist verschlüsselt, die Datei würde aber unverschlüsselt hochgeladen: Der Server und alle, die den Link haben, könnten sie lesen. Bestätige, um sie trotzdem zu senden.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="419"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="581"/>
        <source>Not connected: the file cannot be uploaded now.</source>
        <translation>Nicht verbunden: Die Datei kann jetzt nicht hochgeladen werden.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="424"/>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="429"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="553"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="609"/>
        <source>The file is too large to upload: %1, and the server accepts at most %2.</source>
        <translation>Die Datei ist zu groß zum Hochladen: %1, der Server nimmt höchstens %2 an.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="450"/>
        <source>No key could be made to encrypt the file.</source>
        <translation>Es konnte kein Schlüssel zum Verschlüsseln der Datei erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="459"/>
        <source>The file cannot be encrypted: no temporary file (%1).</source>
        <translation>Die Datei kann nicht verschlüsselt werden: keine temporäre Datei (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="481"/>
        <source>The file cannot be encrypted: %1</source>
        <translation>Die Datei kann nicht verschlüsselt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="535"/>
        <source>The file is too large to upload: %1 encrypted, and the server accepts at most %2.</source>
        <translation>Die Datei ist zu groß zum Hochladen: verschlüsselt %1, und der Server nimmt höchstens %2 an.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="573"/>
        <source>The upload service did not answer.</source>
        <translation>Der Upload-Dienst hat nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="576"/>
        <source>The connection was lost before the upload started.</source>
        <translation>Die Verbindung ist abgebrochen, bevor das Hochladen begann.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="606"/>
        <source>The file is too large to upload: %1, and the server now says it accepts at most %2 (it advertised %3).</source>
        <translation>Die Datei ist zu groß zum Hochladen: %1, der Server nimmt jetzt nach eigener Aussage höchstens %2 an (angekündigt hatte er %3).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="613"/>
        <source>The file is too large for the upload service (%1).</source>
        <translation>Die Datei ist zu groß für den Upload-Dienst (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="621"/>
        <source>The upload service accepts no more files from you for now; try again after %1.</source>
        <translation>Der Upload-Dienst nimmt vorerst keine Dateien mehr von dir an; versuche es nach %1 wieder.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="623"/>
        <source>The upload service accepts no more files from you for now; try again later.</source>
        <translation>Der Upload-Dienst nimmt vorerst keine Dateien mehr von dir an; versuche es später wieder.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="626"/>
        <source>The upload service refused the file: %1</source>
        <translation>Der Upload-Dienst hat die Datei abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="524"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="665"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="721"/>
        <source>The file %1 changed while it was being sent.</source>
        <translation>Die Datei %1 hat sich während des Sendens geändert.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="712"/>
        <source>The upload failed: the server took nothing for %1 seconds.</source>
        <translation>Das Hochladen ist fehlgeschlagen: Der Server hat %1 Sekunden lang nichts angenommen.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="715"/>
        <source>The upload server sent an oversized answer.</source>
        <translation>Der Upload-Server hat eine übergroße Antwort gesendet.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="718"/>
        <source>The upload server&apos;s answer is not HTTP.</source>
        <translation>Die Antwort des Upload-Servers ist kein HTTP.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="740"/>
        <source>The file was uploaded to %1, but the message could not be saved, so it was not sent.</source>
        <translation>Die Datei wurde nach %1 hochgeladen, die Nachricht konnte aber nicht gespeichert werden und wurde daher nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="751"/>
        <source>The upload server refused the file as too large (%1), although the service advertised a limit of %2.</source>
        <translation>Der Upload-Server hat die Datei als zu groß abgelehnt (%1), obwohl der Dienst eine Grenze von %2 angekündigt hatte.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="754"/>
        <source>The upload server refused the file as too large (%1).</source>
        <translation>Der Upload-Server hat die Datei als zu groß abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="759"/>
        <source>The upload server answered with an error: %1 %2.</source>
        <translation>Der Upload-Server hat mit einem Fehler geantwortet: %1 %2.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="1013"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="1024"/>
        <source>The upload was cancelled.</source>
        <translation>Das Hochladen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="707"/>
        <source>The upload server&apos;s certificate is not trusted (%1).</source>
        <translation>Dem Zertifikat des Upload-Servers wird nicht vertraut (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="724"/>
        <source>The upload failed: %1</source>
        <translation>Das Hochladen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="782"/>
        <source>The encrypted file was uploaded, but its link could not be sent encrypted, so it was not sent: %1</source>
        <translation>Die verschlüsselte Datei wurde hochgeladen, aber ihr Link konnte nicht verschlüsselt gesendet werden, daher wurde sie nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="795"/>
        <source>A file message needs a recipient and an https address.</source>
        <translation>Eine Dateinachricht braucht einen Empfänger und eine https-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="806"/>
        <source>The file message could not be saved, so it was not sent.</source>
        <translation>Die Dateinachricht konnte nicht gespeichert werden und wurde daher nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="829"/>
        <source>The link to the encrypted file carries no usable key.</source>
        <translation>Der Link zur verschlüsselten Datei enthält keinen brauchbaren Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="836"/>
        <source>Files are downloaded over https only: %1 is refused.</source>
        <translation>Dateien werden nur über https heruntergeladen: %1 wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="850"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="976"/>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="869"/>
        <source>The file is too large to download: %1, more than the %2 allowed.</source>
        <translation>Die Datei ist zu groß zum Herunterladen: %1, mehr als die erlaubten %2.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="894"/>
        <source>The file is too large to download: more than the %1 allowed.</source>
        <translation>Die Datei ist zu groß zum Herunterladen: mehr als die erlaubten %1.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="909"/>
        <source>The encrypted file could not be decrypted: nothing was kept.</source>
        <translation>Die verschlüsselte Datei konnte nicht entschlüsselt werden: nichts wurde behalten.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="918"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="941"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="1020"/>
        <source>The download was cancelled.</source>
        <translation>Das Herunterladen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="946"/>
        <source>The file server&apos;s certificate is not trusted (%1).</source>
        <translation>Dem Zertifikat des Dateiservers wird nicht vertraut (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="951"/>
        <source>The file server redirected to an address that is not https.</source>
        <translation>Der Dateiserver hat auf eine Adresse ohne https umgeleitet.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="955"/>
        <source>The file server answered with an error: %1.</source>
        <translation>Der Dateiserver hat mit einem Fehler geantwortet: %1.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="959"/>
        <source>The download failed: %1</source>
        <translation>Das Herunterladen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="965"/>
        <source>The download ended early: %1 of %2.</source>
        <translation>Das Herunterladen endete vorzeitig: %1 von %2.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="972"/>
        <source>The encrypted file failed its integrity check (damaged or changed): it was not saved.</source>
        <translation>Die verschlüsselte Datei hat die Integritätsprüfung nicht bestanden (beschädigt oder verändert): sie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="1001"/>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2).</translation>
    </message>
</context>
<context>
    <name>balcony::InBandRegistration</name>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="92"/>
        <source>This server creates accounts only on its web page: %1</source>
        <translation>Dieser Server erstellt Konten nur auf seiner Website: %1</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="93"/>
        <source>The server&apos;s registration form has not arrived yet.</source>
        <translation>Das Registrierungsformular des Servers ist noch nicht eingetroffen.</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="105"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="114"/>
        <source>Choose a user name.</source>
        <translation>Wähle einen Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="185"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="197"/>
        <source>The server sent no registration form.</source>
        <translation>Der Server hat kein Registrierungsformular gesendet.</translation>
    </message>
</context>
<context>
    <name>balcony::MessageManager</name>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="111"/>
        <source>A message needs a recipient and a text.</source>
        <translation>Eine Nachricht braucht einen Empfänger und einen Text.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="125"/>
        <source>The message could not be saved, so it was not sent.</source>
        <translation>Die Nachricht konnte nicht gespeichert werden und wurde daher nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="440"/>
        <source>The correction could not be sent: not connected.</source>
        <translation>Die Korrektur konnte nicht gesendet werden: keine Verbindung.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="450"/>
        <source>There is no message of yours to correct.</source>
        <translation>Es gibt keine Nachricht von dir, die du korrigieren könntest.</translation>
    </message>
</context>
<context>
    <name>balcony::MucError</name>
    <message>
        <location filename="../src/muc/MucError.cpp" line="40"/>
        <source>Someone in the room already uses this nickname.</source>
        <translation>Jemand im Raum verwendet diesen Spitznamen bereits.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="43"/>
        <source>The room is protected by a password, and none or a wrong one was given.</source>
        <translation>Der Raum ist durch ein Passwort geschützt, und es wurde keines oder ein falsches angegeben.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="47"/>
        <source>Only members may enter this room, and you are not on its member list.</source>
        <translation>Nur Mitglieder dürfen diesen Raum betreten, und Sie stehen nicht auf seiner Mitgliederliste.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="51"/>
        <source>You are banned from this room.</source>
        <translation>Sie sind aus diesem Raum verbannt.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="54"/>
        <source>The room is full, or the service is not available at the moment.</source>
        <translation>Der Raum ist voll, oder der Dienst ist im Moment nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="58"/>
        <source>The room does not exist, or its owner has not finished setting it up.</source>
        <translation>Der Raum existiert nicht, oder sein Besitzer hat ihn noch nicht fertig eingerichtet.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="62"/>
        <source>The room does not exist, and this service does not let you create rooms.</source>
        <translation>Der Raum existiert nicht, und dieser Dienst erlaubt Ihnen nicht, Räume anzulegen.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="66"/>
        <source>This nickname is reserved in the room, or the room requires your registered one.</source>
        <translation>Dieser Spitzname ist im Raum reserviert, oder der Raum verlangt Ihren registrierten.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="70"/>
        <source>The room does not accept this nickname.</source>
        <translation>Der Raum akzeptiert diesen Spitznamen nicht.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="73"/>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="76"/>
        <source>The room exists already; it was not created.</source>
        <translation>Der Raum existiert bereits; er wurde nicht erstellt.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="79"/>
        <source>The room did not accept the configuration: %1</source>
        <translation>Der Raum hat die Einstellungen nicht angenommen: %1</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="83"/>
        <source>The room refused: %1</source>
        <translation>Der Raum hat abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="87"/>
        <source>(The room says: %1)</source>
        <translation>(Der Raum sagt: %1)</translation>
    </message>
</context>
<context>
    <name>balcony::MucManager</name>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="47"/>
        <source>You were removed from the room.</source>
        <translation>Sie wurden aus dem Raum entfernt.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="48"/>
        <source>%1 removed you from the room.</source>
        <translation>%1 hat Sie aus dem Raum entfernt.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="51"/>
        <source>You were banned from the room.</source>
        <translation>Sie wurden aus dem Raum verbannt.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="52"/>
        <source>%1 banned you from the room.</source>
        <translation>%1 hat Sie aus dem Raum verbannt.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="55"/>
        <source>You were removed from the room because you are no longer a member.</source>
        <translation>Sie wurden aus dem Raum entfernt, weil Sie kein Mitglied mehr sind.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="58"/>
        <source>The room&apos;s service is shutting down.</source>
        <translation>Der Dienst des Raums wird heruntergefahren.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="61"/>
        <source>The room was closed by its owner.</source>
        <translation>Der Raum wurde von seinem Besitzer geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="63"/>
        <location filename="../src/muc/MucManager.cpp" line="68"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="176"/>
        <location filename="../src/muc/MucInvitations.cpp" line="81"/>
        <source>&quot;%1&quot; is not the address of a room.</source>
        <translation>„%1“ ist nicht die Adresse eines Raums.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="180"/>
        <location filename="../src/muc/MucManager.cpp" line="294"/>
        <location filename="../src/muc/MucManager.cpp" line="319"/>
        <location filename="../src/muc/MucManager.cpp" line="830"/>
        <location filename="../src/muc/MucModeration.cpp" line="72"/>
        <source>&quot;%1&quot; cannot be used as a nickname.</source>
        <translation>„%1“ kann nicht als Spitzname verwendet werden.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="314"/>
        <source>You are not in this room.</source>
        <translation>Sie sind nicht in diesem Raum.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="795"/>
        <location filename="../src/muc/MucManager.cpp" line="805"/>
        <location filename="../src/muc/MucManager.cpp" line="825"/>
        <location filename="../src/muc/MucInvitations.cpp" line="37"/>
        <location filename="../src/muc/MucModeration.cpp" line="68"/>
        <location filename="../src/muc/MucModeration.cpp" line="87"/>
        <source>You are not in the room %1.</source>
        <translation>Sie sind nicht im Raum %1.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="840"/>
        <source>A message needs a text.</source>
        <translation>Eine Nachricht braucht einen Text.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="867"/>
        <source>The message could not be saved, so it was not sent.</source>
        <translation>Die Nachricht konnte nicht gespeichert werden und wurde daher nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucArchive.cpp" line="167"/>
        <source>The room did not answer the archive query.</source>
        <translation>Der Raum hat auf die Archivabfrage nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucArchive.cpp" line="184"/>
        <source>The archived messages could not be stored.</source>
        <translation>Die archivierten Nachrichten konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucArchive.cpp" line="209"/>
        <source>The room&apos;s archive repeated a page.</source>
        <translation>Das Archiv des Raums hat eine Seite wiederholt.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucInvitations.cpp" line="41"/>
        <location filename="../src/muc/MucModeration.cpp" line="91"/>
        <source>&quot;%1&quot; is not the address of a contact.</source>
        <translation>„%1“ ist keine Kontaktadresse.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="26"/>
        <source>The room did not answer.</source>
        <translation>Der Raum hat nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="34"/>
        <source>You are not allowed to do this in the room.</source>
        <translation>Das darfst du in diesem Raum nicht.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="37"/>
        <source>The room does not allow this (an owner or admin cannot be changed this way).</source>
        <translation>Der Raum erlaubt das nicht (Eigentümer und Administratoren lassen sich so nicht ändern).</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="40"/>
        <source>There is nobody with this nickname in the room.</source>
        <translation>In diesem Raum gibt es niemanden mit diesem Spitznamen.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="43"/>
        <source>The room must keep at least one owner.</source>
        <translation>Der Raum muss mindestens einen Eigentümer behalten.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="46"/>
        <source>The room refused: %1</source>
        <translation>Der Raum hat abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="50"/>
        <source>(The room says: %1)</source>
        <translation>(Der Raum sagt: %1)</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="161"/>
        <source>the room sent no configuration form.</source>
        <translation>der Raum hat kein Einstellungsformular gesendet.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="169"/>
        <source>the room has no setting &quot;%1&quot;.</source>
        <translation>der Raum hat keine Einstellung „%1“.</translation>
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
        <location filename="../src/stream/TcpTransport.cpp" line="103"/>
        <source>No server address to connect to</source>
        <translation>Keine Serveradresse für die Verbindung</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="173"/>
        <source>the host name was not found</source>
        <translation>der Hostname wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="321"/>
        <location filename="../src/stream/TcpTransport.cpp" line="345"/>
        <source>The server closed the connection</source>
        <translation>Der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="324"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="348"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="439"/>
        <source>DNS lookup timed out</source>
        <translation>Zeitüberschreitung bei der DNS-Abfrage</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="444"/>
        <source>connection timed out</source>
        <translation>Zeitüberschreitung beim Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="449"/>
        <source>the TLS handshake timed out</source>
        <translation>Zeitüberschreitung beim TLS-Handshake</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="469"/>
        <source>TLS cannot be started on this connection</source>
        <translation>TLS kann auf dieser Verbindung nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="669"/>
        <source>Secure connection to %1 failed: %2</source>
        <translation>Sichere Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="687"/>
        <source>self-signed</source>
        <translation>selbst signiert</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="690"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="693"/>
        <source>not valid yet</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="700"/>
        <source>issued for a different name</source>
        <translation>für einen anderen Namen ausgestellt</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="701"/>
        <source>issued for %1, not %2</source>
        <translation>für %1 ausgestellt, nicht für %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="710"/>
        <source>issued by an unknown authority</source>
        <translation>von einer unbekannten Zertifizierungsstelle ausgestellt</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="713"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="728"/>
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
    <name>balcony::WebSocketTransport</name>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="44"/>
        <source>The WebSocket connection to %1 did not open in time.</source>
        <translation>Die WebSocket-Verbindung zu %1 wurde nicht rechtzeitig geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="88"/>
        <source>The WebSocket address %1 is not a wss:// URL.</source>
        <translation>Die WebSocket-Adresse %1 ist keine wss://-URL.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="115"/>
        <source>%1 announces no WebSocket endpoint (XEP-0156); give its address with the WebSocket URL setting.</source>
        <translation>%1 kündigt keinen WebSocket-Endpunkt an (XEP-0156); geben Sie dessen Adresse in der Einstellung WebSocket-URL an.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="138"/>
        <source>The server sent a binary WebSocket message (RFC 7395 needs text).</source>
        <translation>Der Server sandte eine binäre WebSocket-Nachricht (RFC 7395 verlangt Text).</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="144"/>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="153"/>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="156"/>
        <source>The WebSocket to %1 could not be opened: %2</source>
        <translation>Der WebSocket zu %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="158"/>
        <source>The WebSocket connection was lost: %1</source>
        <translation>Die WebSocket-Verbindung ist abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="197"/>
        <source>%1 is not an XMPP WebSocket endpoint (no &apos;xmpp&apos; subprotocol).</source>
        <translation>%1 ist kein XMPP-WebSocket-Endpunkt (kein Unterprotokoll „xmpp“).</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="246"/>
        <source>STARTTLS is not available over WebSocket.</source>
        <translation>STARTTLS ist über WebSocket nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="260"/>
        <source>Cannot frame the stream for WebSocket: %1</source>
        <translation>Der Datenstrom kann nicht für WebSocket gerahmt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="297"/>
        <source>a message must hold exactly one element</source>
        <translation>eine Nachricht muss genau ein Element enthalten</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="298"/>
        <source>The server sent a malformed WebSocket message: %1</source>
        <translation>Der Server sandte eine fehlerhafte WebSocket-Nachricht: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="304"/>
        <source>The server sent an &lt;open/&gt; or &lt;close/&gt; outside the framing namespace (RFC 7395).</source>
        <translation>Der Server sandte ein &lt;open/&gt; oder &lt;close/&gt; außerhalb des Framing-Namensraums (RFC 7395).</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="311"/>
        <source>The server opened the WebSocket stream twice.</source>
        <translation>Der Server hat den WebSocket-Datenstrom zweimal geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="325"/>
        <source>The server redirected to %1, which is not a wss:// URL.</source>
        <translation>Der Server leitete auf %1 um, das keine wss://-URL ist.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="329"/>
        <source>The server redirected too many times.</source>
        <translation>Der Server hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="343"/>
        <source>The server sent XML before opening the WebSocket stream.</source>
        <translation>Der Server sandte XML, bevor er den WebSocket-Datenstrom öffnete.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="350"/>
        <source>The server sends faster than the client can handle.</source>
        <translation>Der Server sendet schneller, als der Client verarbeiten kann.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="424"/>
        <source>The server closed the WebSocket connection.</source>
        <translation>Der Server hat die WebSocket-Verbindung geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="425"/>
        <source>The WebSocket to %1 could not be opened.</source>
        <translation>Der WebSocket zu %1 konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>balcony::XmlElementSplitter</name>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="87"/>
        <source>Text outside of an element.</source>
        <translation>Text außerhalb eines Elements.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="100"/>
        <source>Processing instructions are not allowed.</source>
        <translation>Verarbeitungsanweisungen sind nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="128"/>
        <source>Elements are nested too deeply.</source>
        <translation>Elemente sind zu tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="140"/>
        <source>A start tag is malformed.</source>
        <translation>Ein Start-Tag ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="161"/>
        <source>An end tag has no start tag.</source>
        <translation>Ein End-Tag hat kein Start-Tag.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="172"/>
        <source>Comments, DTDs and markup declarations are not allowed.</source>
        <translation>Kommentare, DTDs und Markup-Deklarationen sind nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>balcony::app::AccountController</name>
    <message>
        <location filename="../src/app/AccountController.cpp" line="758"/>
        <source>The password was changed on the server, but the encryption keys could not be re-sealed with it; encrypted sessions stay locked until the old password is entered again.</source>
        <translation>Das Passwort wurde auf dem Server geändert, aber die Verschlüsselungsschlüssel konnten damit nicht neu versiegelt werden; verschlüsselte Sitzungen bleiben gesperrt, bis das alte Passwort erneut eingegeben wird.</translation>
    </message>
</context>
<context>
    <name>balcony::app::AccountListModel</name>
    <message>
        <location filename="../src/app/AccountListModel.cpp" line="115"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../src/app/AccountListModel.cpp" line="117"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../src/app/AccountListModel.cpp" line="119"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../src/app/AccountListModel.cpp" line="121"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../src/app/AccountListModel.cpp" line="142"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>balcony::app::AccountManager</name>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="173"/>
        <source>An account address looks like name@example.org.</source>
        <translation>Eine Kontoadresse sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="179"/>
        <source>%1 is already in the list of accounts.</source>
        <translation>%1 ist schon in der Liste der Konten.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="204"/>
        <location filename="../src/app/AccountManager.cpp" line="228"/>
        <location filename="../src/app/AccountManager.cpp" line="259"/>
        <source>%1 is not in the list of accounts.</source>
        <translation>%1 ist nicht in der Liste der Konten.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="234"/>
        <source>The account could not be changed.</source>
        <translation>Das Konto konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="346"/>
        <source>No password is stored for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="381"/>
        <source>There is no certificate to trust.</source>
        <translation>Es gibt kein Zertifikat, dem vertraut werden könnte.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="388"/>
        <source>Cannot record the decision in %1: %2</source>
        <translation>Die Entscheidung lässt sich nicht in %1 festhalten: %2</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="404"/>
        <source>Enter the new password.</source>
        <translation>Gib das neue Passwort ein.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="410"/>
        <source>The account must be online to change its password on the server.</source>
        <translation>Das Konto muss online sein, um sein Passwort auf dem Server zu ändern.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="436"/>
        <location filename="../src/app/AccountManager.cpp" line="473"/>
        <source>The request could not be sent; try again.</source>
        <translation>Die Anfrage konnte nicht gesendet werden; versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="447"/>
        <source>The account must be online to remove it from the server.</source>
        <translation>Das Konto muss online sein, um es vom Server zu entfernen.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="469"/>
        <source>The account was removed from the server, but not from this computer: %1</source>
        <translation>Das Konto wurde vom Server entfernt, aber nicht von diesem Computer: %1</translation>
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
    <name>balcony::app::DraftStore</name>
    <message>
        <location filename="../src/app/DraftStore.cpp" line="129"/>
        <source>The drafts cannot be saved in %1.</source>
        <translation>Die Entwürfe können nicht in %1 gespeichert werden.</translation>
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
        <translation>Ausgeblendet im Systembereich starten (wird beim automatischen Start nach der Anmeldung verwendet).</translation>
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
    <name>balcony::app::LocalNetwork</name>
    <message>
        <location filename="../src/app/LocalNetwork.cpp" line="125"/>
        <source>Cannot open the profile database %1.</source>
        <translation>Die Profildatenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../src/app/LocalNetwork.cpp" line="208"/>
        <source>“%1” cannot be your name on the local network: use a name without “@” or spaces, at most 40 bytes.</source>
        <translation>„%1“ kann nicht dein Name im lokalen Netzwerk sein: Verwende einen Namen ohne „@“ und Leerzeichen, höchstens 40 Bytes.</translation>
    </message>
    <message>
        <location filename="../src/app/LocalNetwork.cpp" line="229"/>
        <source>Cannot listen for chats: %1</source>
        <translation>Kann nicht auf Chats warten: %1</translation>
    </message>
</context>
<context>
    <name>balcony::app::NotificationCenter</name>
    <message numerus="yes">
        <location filename="../src/app/NotificationCenter.cpp" line="233"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und noch %n</numerusform>
            <numerusform>%1 und noch %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/NotificationCenter.cpp" line="237"/>
        <source>%n new messages</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="238"/>
        <source>While you were offline: %1</source>
        <translation>Während du offline warst: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/NotificationCenter.cpp" line="265"/>
        <location filename="../src/app/NotificationCenter.cpp" line="314"/>
        <source>%1 (%n messages)</source>
        <translation>
            <numerusform>%1 (%n Nachricht)</numerusform>
            <numerusform>%1 (%n Nachrichten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="266"/>
        <location filename="../src/app/NotificationCenter.cpp" line="316"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="317"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="317"/>
        <source>%1 (privately): %2</source>
        <translation>%1 (privat): %2</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="339"/>
        <source>Group chat invitation</source>
        <translation>Einladung in einen Gruppenchat</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="342"/>
        <source>%1 invites you to %2.</source>
        <translation>%1 lädt Sie in %2 ein.</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="343"/>
        <source>%1 invites you to %2: %3</source>
        <translation>%1 lädt Sie in %2 ein: %3</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="358"/>
        <source>Contact request</source>
        <translation>Kontaktanfrage</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="359"/>
        <source>%1 wants to add you as a contact and see when you are online.</source>
        <translation>%1 möchte dich als Kontakt hinzufügen und sehen, wann du online bist.</translation>
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
        <translation>Auf %1 können keine Verbindungen angenommen werden: %2</translation>
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
    <name>balcony::app::SleepWatcher</name>
    <message>
        <location filename="../src/app/SleepWatcher.cpp" line="70"/>
        <source>Pausing the chat sessions before the machine sleeps</source>
        <translation>Chat-Sitzungen werden vor dem Ruhezustand pausiert</translation>
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
        <translation>Der xmpp:-Link enthält ein ungültiges prozentkodiertes Zeichen.</translation>
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
        <location filename="../src/app/XmppUri.cpp" line="234"/>
        <source>The xmpp: link names no address.</source>
        <translation>Der xmpp:-Link nennt keine Adresse.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="210"/>
        <source>A parameter in the xmpp: link is not written as key=value.</source>
        <translation>Ein Parameter im xmpp:-Link hat nicht die Form Schlüssel=Wert.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="262"/>
        <source>Balcony does not support the &quot;%1&quot; action of xmpp: links yet.</source>
        <translation>Balcony unterstützt die Aktion „%1“ von xmpp:-Links noch nicht.</translation>
    </message>
</context>
<context>
    <name>balcony::linklocal::AvahiBackend</name>
    <message>
        <location filename="../src/linklocal/AvahiBackend.cpp" line="54"/>
        <source>the Avahi service (avahi-daemon) is not running on this computer</source>
        <translation>der Avahi-Dienst (avahi-daemon) läuft auf diesem Computer nicht</translation>
    </message>
    <message>
        <location filename="../src/linklocal/AvahiBackend.cpp" line="198"/>
        <source>the name “%1” and %2 alternatives are taken on this network</source>
        <translation>der Name „%1“ und %2 Alternativen sind in diesem Netzwerk vergeben</translation>
    </message>
</context>
<context>
    <name>balcony::omemo</name>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="99"/>
        <source>The device list is not an OMEMO device list.</source>
        <translation>Die Geräteliste ist keine OMEMO-Geräteliste.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="117"/>
        <source>The device list names more than %1 devices; it is not accepted.</source>
        <translation>Die Geräteliste nennt mehr als %1 Geräte; sie wird nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="149"/>
        <source>The key bundle is not an OMEMO bundle.</source>
        <translation>Das Schlüsselbündel ist kein OMEMO-Bündel.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="169"/>
        <source>The key bundle lacks a valid signed pre-key, signature or identity key.</source>
        <translation>Dem Schlüsselbündel fehlt ein gültiger signierter Vorschlüssel, eine Signatur oder ein Identitätsschlüssel.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="174"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="691"/>
        <source>The key bundle has keys of an unknown type.</source>
        <translation>Das Schlüsselbündel enthält Schlüssel unbekannten Typs.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="196"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="673"/>
        <source>The key bundle has no usable pre-key.</source>
        <translation>Das Schlüsselbündel hat keinen verwendbaren Vorschlüssel.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="237"/>
        <source>The message has no OMEMO content.</source>
        <translation>Die Nachricht hat keinen OMEMO-Inhalt.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="244"/>
        <source>The OMEMO header names no sending device.</source>
        <translation>Der OMEMO-Kopf nennt kein sendendes Gerät.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="257"/>
        <source>The OMEMO header has more than %1 keys.</source>
        <translation>Der OMEMO-Kopf enthält mehr als %1 Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="296"/>
        <source>The OMEMO payload is not valid Base64 or too large.</source>
        <translation>Die OMEMO-Nutzlast ist kein gültiges Base64 oder zu groß.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="303"/>
        <source>The OMEMO header has no valid IV.</source>
        <translation>Der OMEMO-Kopf hat keinen gültigen IV.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="100"/>
        <source>The message was received before (a replay).</source>
        <translation>Die Nachricht wurde schon einmal empfangen (eine Wiederholung).</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="102"/>
        <source>A key is invalid or its signature does not match.</source>
        <translation>Ein Schlüssel ist ungültig oder seine Signatur passt nicht.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="104"/>
        <source>The message was built on a pre-key this device no longer has.</source>
        <translation>Die Nachricht beruht auf einem Vorschlüssel, den dieses Gerät nicht mehr hat.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="109"/>
        <source>The encrypted key is damaged or was tampered with.</source>
        <translation>Der verschlüsselte Schlüssel ist beschädigt oder wurde verändert.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="111"/>
        <source>There is no session with the sending device.</source>
        <translation>Es gibt keine Sitzung mit dem sendenden Gerät.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="114"/>
        <source>The message uses an unsupported protocol version.</source>
        <translation>Die Nachricht verwendet eine nicht unterstützte Protokollversion.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="116"/>
        <source>The OMEMO library failed (error %1).</source>
        <translation>Die OMEMO-Bibliothek ist gescheitert (Fehler %1).</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="458"/>
        <source>The OMEMO library could not start.</source>
        <translation>Die OMEMO-Bibliothek konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="461"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="600"/>
        <source>The encryption keys are locked.</source>
        <translation>Die Schlüssel sind gesperrt.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="467"/>
        <source>The stored OMEMO identity is damaged.</source>
        <translation>Die gespeicherte OMEMO-Identität ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="494"/>
        <source>The OMEMO identity could not be made.</source>
        <translation>Die OMEMO-Identität konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="502"/>
        <source>The OMEMO keys could not be stored.</source>
        <translation>Die OMEMO-Schlüssel konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="622"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="649"/>
        <source>The own OMEMO keys could not be read.</source>
        <translation>Die eigenen OMEMO-Schlüssel konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="699"/>
        <source>The key bundle could not be used.</source>
        <translation>Das Schlüsselbündel konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="706"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="732"/>
        <source>The OMEMO library failed.</source>
        <translation>Die OMEMO-Bibliothek ist gescheitert.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="40"/>
        <source>This message is encrypted with OMEMO, which your client does not seem to support.</source>
        <translation>Diese Nachricht ist mit OMEMO verschlüsselt, das dein Programm anscheinend nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="550"/>
        <source>None of the contact&apos;s OMEMO devices is trusted: compare and accept their fingerprints first.</source>
        <translation>Keinem OMEMO-Gerät des Kontakts wird vertraut: Vergleiche und akzeptiere zuerst ihre Fingerabdrücke.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="553"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="589"/>
        <source>The contact has no OMEMO devices.</source>
        <translation>Der Kontakt hat keine OMEMO-Geräte.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="590"/>
        <source>The contact&apos;s OMEMO devices could not be read: %1</source>
        <translation>Die OMEMO-Geräte des Kontakts konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="695"/>
        <source>The device has no key bundle.</source>
        <translation>Das Gerät hat kein Schlüsselbündel.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="762"/>
        <source>The message could not be encrypted.</source>
        <translation>Die Nachricht konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="784"/>
        <source>No session could be built with any device of the room&apos;s members (their key bundles are missing or invalid).</source>
        <translation>Mit keinem Gerät der Raummitglieder konnte eine Sitzung aufgebaut werden (ihre Schlüsselbündel fehlen oder sind ungültig).</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="787"/>
        <source>No session could be built with any of the contact&apos;s devices (their key bundles are missing or invalid).</source>
        <translation>Mit keinem Gerät des Kontakts konnte eine Sitzung aufgebaut werden (ihre Schlüsselbündel fehlen oder sind ungültig).</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="938"/>
        <source>The room did not tell who sent this message, so it cannot be decrypted.</source>
        <translation>Der Raum hat nicht mitgeteilt, wer diese Nachricht gesendet hat, daher kann sie nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="941"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="949"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="960"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="974"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="1002"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="1070"/>
        <source>An encrypted message could not be read: %1</source>
        <translation>Eine verschlüsselte Nachricht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="972"/>
        <source>The message was not encrypted for this device.</source>
        <translation>Die Nachricht wurde nicht für dieses Gerät verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="1044"/>
        <source>The encrypted text was tampered with.</source>
        <translation>Der verschlüsselte Text wurde verändert.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="1053"/>
        <source>The decrypted content is not an envelope.</source>
        <translation>Der entschlüsselte Inhalt ist kein Umschlag.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="1058"/>
        <source>The encrypted content names another sender than the message.</source>
        <translation>Der verschlüsselte Inhalt nennt einen anderen Absender als die Nachricht.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="1076"/>
        <source>An encrypted message came from a device you do not trust; it is not shown.</source>
        <translation>Eine verschlüsselte Nachricht kam von einem Gerät, dem du nicht vertraust; sie wird nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="34"/>
        <source>The room did not describe itself, so OMEMO cannot be used in it.</source>
        <translation>Der Raum hat sich nicht beschrieben, daher kann OMEMO darin nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="41"/>
        <source>OMEMO works only in members-only rooms that show everyone&apos;s address; this room is open and hides the addresses.</source>
        <translation>OMEMO funktioniert nur in Räumen nur für Mitglieder, die die Adressen aller zeigen; dieser Raum ist offen und verbirgt die Adressen.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="45"/>
        <source>OMEMO works only in members-only rooms: anyone can enter this one.</source>
        <translation>OMEMO funktioniert nur in Räumen nur für Mitglieder: diesen Raum kann jeder betreten.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="48"/>
        <source>OMEMO works only in rooms that show everyone&apos;s address: this room hides them, so nobody knows whom to encrypt for.</source>
        <translation>OMEMO funktioniert nur in Räumen, die die Adressen aller zeigen: dieser Raum verbirgt sie, daher weiß niemand, für wen verschlüsselt werden soll.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="79"/>
        <source>Not connected: the room cannot be asked whether OMEMO can be used in it.</source>
        <translation>Nicht verbunden: der Raum kann nicht gefragt werden, ob OMEMO darin verwendet werden kann.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="96"/>
        <source>The room could not be asked whether OMEMO can be used in it: %1</source>
        <translation>Der Raum konnte nicht gefragt werden, ob OMEMO darin verwendet werden kann: %1</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="99"/>
        <source>The room did not answer whether OMEMO can be used in it.</source>
        <translation>Der Raum hat nicht beantwortet, ob OMEMO darin verwendet werden kann.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="192"/>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="233"/>
        <source>You are not in the room %1.</source>
        <translation>Du bist nicht im Raum %1.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="212"/>
        <source>Nobody else is a member of the room: there is nobody to encrypt for.</source>
        <translation>Niemand sonst ist Mitglied des Raums: es gibt niemanden, für den verschlüsselt werden kann.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="257"/>
        <source>Not every member of the room can read OMEMO: %1 has no trusted device (of a format the others share). Nothing was sent.</source>
        <translation>Nicht jedes Mitglied des Raums kann OMEMO lesen: %1 hat kein vertrauenswürdiges Gerät (in einem Format, das die anderen teilen). Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AccountEditDialog</name>
    <message>
        <location filename="../ui/AccountEditDialog.cpp" line="17"/>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.cpp" line="20"/>
        <source>In the system keychain</source>
        <translation>Im System-Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.cpp" line="21"/>
        <source>Only until Balcony quits</source>
        <translation>Nur bis Balcony beendet wird</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.cpp" line="22"/>
        <source>Never: ask every time</source>
        <translation>Nie: jedes Mal fragen</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="54"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="55"/>
        <source>Sign in to another account or create a new one</source>
        <translation>Bei einem weiteren Konto anmelden oder ein neues erstellen</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="56"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="57"/>
        <source>Change the name, password storage and connection settings of the account</source>
        <translation>Name, Passwortspeicherung und Verbindungseinstellungen des Kontos ändern</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="58"/>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="59"/>
        <location filename="../ui/AccountsDialog.cpp" line="127"/>
        <source>Change the account&apos;s password on its server</source>
        <translation>Das Passwort des Kontos auf seinem Server ändern</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="60"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="61"/>
        <source>Remove the account from Balcony, and optionally from its server</source>
        <translation>Das Konto aus Balcony entfernen und optional auch von seinem Server</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="128"/>
        <source>Change the account&apos;s password on its server (it must be online)</source>
        <translation>Das Passwort des Kontos auf seinem Server ändern (es muss online sein)</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="158"/>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="193"/>
        <source>The password of %1 was changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="207"/>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AddContactDialog</name>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="22"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="23"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="24"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="113"/>
        <source>Enter the contact&apos;s address, like friend@example.org.</source>
        <translation>Gib die Adresse des Kontakts ein, etwa freund@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="118"/>
        <source>This address is not valid: %1</source>
        <translation>Diese Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="121"/>
        <source>The address needs a name before the @, like friend@%1.</source>
        <translation>Die Adresse braucht einen Namen vor dem @, etwa freund@%1.</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="124"/>
        <source>Leave out the part after the /: contacts are added by their bare address.</source>
        <translation>Lass den Teil nach dem / weg: Kontakte werden mit ihrer reinen Adresse hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="127"/>
        <source>This is your own account.</source>
        <translation>Das ist dein eigenes Konto.</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="130"/>
        <source>There is no account to add the contact to.</source>
        <translation>Es gibt kein Konto, zu dem der Kontakt hinzugefügt werden kann.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AdvancedSettings</name>
    <message>
        <location filename="../ui/AdvancedSettings.cpp" line="113"/>
        <source>Enter an address like wss://example.org/xmpp-websocket, or leave it empty.</source>
        <translation>Geben Sie eine Adresse wie wss://example.org/xmpp-websocket ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.cpp" line="129"/>
        <source>Enter an address like https://example.org/http-bind, or leave it empty.</source>
        <translation>Geben Sie eine Adresse wie https://example.org/http-bind ein oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AvatarSettings</name>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="26"/>
        <location filename="../ui/AvatarSettings.cpp" line="33"/>
        <source>Your picture</source>
        <translation>Dein Bild</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="29"/>
        <source>Set &amp;Avatar…</source>
        <translation>&amp;Avatar festlegen…</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="30"/>
        <source>&amp;Remove Avatar</source>
        <translation>Avatar &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="36"/>
        <source>Current picture</source>
        <translation>Aktuelles Bild</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="38"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="39"/>
        <source>The account whose picture is shown and changed</source>
        <translation>Das Konto, dessen Bild angezeigt und geändert wird</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="41"/>
        <source>Set avatar</source>
        <translation>Avatar festlegen</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="42"/>
        <source>Choose an image: contacts see it next to your name</source>
        <translation>Wähle ein Bild: Kontakte sehen es neben deinem Namen</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="44"/>
        <source>Remove avatar</source>
        <translation>Avatar entfernen</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="45"/>
        <source>Stop showing a picture to your contacts</source>
        <translation>Deinen Kontakten kein Bild mehr zeigen</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="47"/>
        <source>Picture status</source>
        <translation>Status des Bildes</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="68"/>
        <source>Choose Your Picture</source>
        <translation>Dein Bild wählen</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="83"/>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="83"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="108"/>
        <location filename="../ui/AvatarSettings.cpp" line="109"/>
        <source>Sign in to change this account&apos;s picture.</source>
        <translation>Melde dich an, um das Bild dieses Kontos zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="129"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="132"/>
        <source>Publishing your picture…</source>
        <translation>Dein Bild wird veröffentlicht…</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="139"/>
        <source>Your picture was not changed: %1</source>
        <translation>Dein Bild wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="142"/>
        <source>Your picture was published; the copy in your vCard failed: %1</source>
        <translation>Dein Bild wurde veröffentlicht; die Kopie in deiner vCard ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="144"/>
        <source>Your picture was published.</source>
        <translation>Dein Bild wurde veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="155"/>
        <source>Removing your picture…</source>
        <translation>Dein Bild wird entfernt…</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="162"/>
        <source>Your picture was removed.</source>
        <translation>Dein Bild wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="162"/>
        <source>Your picture was not removed: %1</source>
        <translation>Dein Bild wurde nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>balcony::ui::CertificateDialog</name>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="50"/>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="51"/>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="55"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="56"/>
        <source>Refuse the certificate</source>
        <translation>Das Zertifikat ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="59"/>
        <source>&amp;Trust This Certificate Permanently</source>
        <translation>Diesem Zertifikat &amp;dauerhaft vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="60"/>
        <source>Trust this certificate permanently</source>
        <translation>Diesem Zertifikat dauerhaft vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="73"/>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbst signiert)</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="77"/>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="123"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="126"/>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="133"/>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="136"/>
        <source>NOT VALID YET</source>
        <translation>NOCH NICHT GÜLTIG</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="143"/>
        <source>The server&apos;s certificate</source>
        <translation>Das Zertifikat des Servers</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="143"/>
        <source>Certificate %1 of the chain</source>
        <translation>Zertifikat %1 der Kette</translation>
    </message>
</context>
<context>
    <name>balcony::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/ChangePasswordDialog.cpp" line="22"/>
        <source>The new password of &lt;b&gt;%1&lt;/b&gt; is set on the server; your other devices will need it too.</source>
        <translation>Das neue Passwort von &lt;b&gt;%1&lt;/b&gt; ist auf dem Server festgelegt; deine anderen Geräte brauchen es ebenfalls.</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.cpp" line="25"/>
        <source>&amp;Change Password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.cpp" line="82"/>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
</context>
<context>
    <name>balcony::ui::ChatHeader</name>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="44"/>
        <location filename="../ui/ChatHeader.cpp" line="174"/>
        <source>Contact&apos;s picture</source>
        <translation>Bild des Kontakts</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="55"/>
        <location filename="../ui/ChatHeader.cpp" line="173"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="60"/>
        <source>Presence</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="67"/>
        <source>via publish-subscribe (XEP-0207)</source>
        <translation>über Publish-Subscribe (XEP-0207)</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="68"/>
        <source>Eventing mode</source>
        <translation>Eventing-Modus</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="69"/>
        <source>Your messages to this contact are published to a publish-subscribe node of the server (XEP-0207 eventing mode) instead of being sent as ordinary messages.</source>
        <translation>Deine Nachrichten an diesen Kontakt werden in einem Publish-Subscribe-Knoten des Servers veröffentlicht (XEP-0207-Eventing-Modus), statt als normale Nachrichten gesendet zu werden.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="78"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="88"/>
        <source>Show or hide the people in this room</source>
        <translation>Die Personen in diesem Raum zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="89"/>
        <source>People in the room</source>
        <translation>Personen im Raum</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="96"/>
        <source>Search in this conversation (Ctrl+F)</source>
        <translation>In dieser Unterhaltung suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="97"/>
        <source>Search in conversation</source>
        <translation>In der Unterhaltung suchen</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="103"/>
        <location filename="../ui/ChatHeader.cpp" line="176"/>
        <source>Close this chat (Esc)</source>
        <translation>Diesen Chat schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="104"/>
        <location filename="../ui/ChatHeader.cpp" line="177"/>
        <source>Close chat</source>
        <translation>Chat schließen</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="118"/>
        <source>Key warning</source>
        <translation>Schlüsselwarnung</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="119"/>
        <source>A new key can mean that the contact set up a new device or reinstalled, or that someone is impersonating them. Compare fingerprints over a channel you trust before you verify it.</source>
        <translation>Ein neuer Schlüssel kann bedeuten, dass der Kontakt ein neues Gerät eingerichtet oder neu installiert hat – oder dass sich jemand als dieser Kontakt ausgibt. Vergleiche die Fingerabdrücke über einen vertrauenswürdigen Kanal, bevor du den Schlüssel verifizierst.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="123"/>
        <source>Verify Key…</source>
        <translation>Schlüssel verifizieren…</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="124"/>
        <source>Verify the contact&apos;s new key</source>
        <translation>Den neuen Schlüssel des Kontakts verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="173"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="174"/>
        <source>Room&apos;s picture</source>
        <translation>Bild des Raums</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="176"/>
        <source>Leave this room and close it</source>
        <translation>Diesen Raum verlassen und schließen</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="177"/>
        <source>Leave room</source>
        <translation>Raum verlassen</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="205"/>
        <source>typing…</source>
        <translation>tippt…</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="207"/>
        <source>stopped typing</source>
        <translation>hat aufgehört zu tippen</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="209"/>
        <source>left the conversation</source>
        <translation>hat die Unterhaltung verlassen</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="235"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="237"/>
        <source>Do not disturb</source>
        <translation>Bitte nicht stören</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="239"/>
        <source>Extended away</source>
        <translation>Länger abwesend</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="241"/>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="243"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="245"/>
        <source>Free for chat</source>
        <translation>Frei für Chat</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="345"/>
        <source>Your next message will be end-to-end encrypted with an encrypted session (the contact has no OMEMO device).</source>
        <translation>Deine nächste Nachricht wird mit einer verschlüsselten Sitzung Ende-zu-Ende-verschlüsselt (der Kontakt hat kein OMEMO-Gerät).</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="347"/>
        <source>Your next message will be end-to-end encrypted with %1.</source>
        <translation>Deine nächste Nachricht wird mit %1 Ende-zu-Ende-verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="348"/>
        <source>Your next message will be end-to-end encrypted.</source>
        <translation>Deine nächste Nachricht wird Ende-zu-Ende-verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="362"/>
        <source>Your next message in this room will be end-to-end encrypted with OMEMO, for every member&apos;s devices.</source>
        <translation>Deine nächste Nachricht in diesem Raum wird mit OMEMO Ende-zu-Ende-verschlüsselt, für die Geräte aller Mitglieder.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="364"/>
        <source>Your next message in this room will NOT be end-to-end encrypted.</source>
        <translation>Deine nächste Nachricht in diesem Raum wird NICHT Ende-zu-Ende-verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="369"/>
        <source>Click to turn OMEMO on or off for this room.</source>
        <translation>Klicke, um OMEMO für diesen Raum ein- oder auszuschalten.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="343"/>
        <source>Your next message will NOT be encrypted.</source>
        <translation>Deine nächste Nachricht wird NICHT verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="351"/>
        <source>Encryption policy: %1</source>
        <translation>Verschlüsselungsrichtlinie: %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="353"/>
        <source>Click to compare fingerprints and change the policy.</source>
        <translation>Klicken, um Fingerabdrücke zu vergleichen und die Richtlinie zu ändern.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::ChatSearchBar</name>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="27"/>
        <source>Search in this conversation</source>
        <translation>In dieser Unterhaltung suchen</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="28"/>
        <source>Search in conversation</source>
        <translation>In der Unterhaltung suchen</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="32"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="33"/>
        <location filename="../ui/ChatSearchBar.cpp" line="85"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="37"/>
        <source>Older result (Enter)</source>
        <translation>Älteres Ergebnis (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="38"/>
        <source>Older result</source>
        <translation>Älteres Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="43"/>
        <source>Newer result (Shift+Enter)</source>
        <translation>Neueres Ergebnis (Umschalt+Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="44"/>
        <source>Newer result</source>
        <translation>Neueres Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="50"/>
        <source>Close the search (Esc)</source>
        <translation>Suche schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="51"/>
        <source>Close search</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="83"/>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
    </message>
</context>
<context>
    <name>balcony::ui::ChatWidget</name>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="85"/>
        <source>Chat with %1</source>
        <translation>Chat mit %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="120"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="185"/>
        <location filename="../ui/ChatWidget.cpp" line="195"/>
        <location filename="../ui/ChatWidget.cpp" line="650"/>
        <source>Write to %1</source>
        <translation>An %1 schreiben</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="657"/>
        <source>not in your contacts</source>
        <translation>nicht in deinen Kontakten</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="704"/>
        <source>%1&apos;s encryption key has changed. Messages are not encrypted to the new key until you verify it.</source>
        <translation>Der Verschlüsselungsschlüssel von %1 hat sich geändert. Nachrichten werden erst mit dem neuen Schlüssel verschlüsselt, wenn du ihn verifizierst.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="527"/>
        <location filename="../ui/ChatWidget.cpp" line="836"/>
        <source>The message could not be sent.</source>
        <translation>Die Nachricht konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="840"/>
        <source>Not sent: %1 Your encryption policy for this contact requires encryption.</source>
        <translation>Nicht gesendet: %1 Deine Verschlüsselungsrichtlinie für diesen Kontakt verlangt Verschlüsselung.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="841"/>
        <source>Send Unencrypted</source>
        <translation>Unverschlüsselt senden</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="848"/>
        <source>The message could not be sent: the account is not open.</source>
        <translation>Die Nachricht konnte nicht gesendet werden: Das Konto ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="537"/>
        <location filename="../ui/ChatWidget.cpp" line="853"/>
        <source>You are offline: the message is queued and goes out when you are online.</source>
        <translation>Du bist offline: Die Nachricht wird in die Warteschlange gestellt und gesendet, sobald du online bist.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="85"/>
        <source>Room %1</source>
        <translation>Raum %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="195"/>
        <source>Write privately to %1</source>
        <translation>Privat an %1 schreiben</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="301"/>
        <source>People in the room</source>
        <translation>Personen im Raum</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="306"/>
        <source>Double-click a name to address that person in your message.</source>
        <translation>Doppelklicken Sie auf einen Namen, um diese Person in Ihrer Nachricht anzusprechen.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="348"/>
        <source>Mention in Message</source>
        <translation>In Nachricht erwähnen</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="353"/>
        <source>Address %1 in your message to the room</source>
        <translation>%1 in Ihrer Nachricht an den Raum ansprechen</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="356"/>
        <source>Send Private Message</source>
        <translation>Private Nachricht senden</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="419"/>
        <source>Only you</source>
        <translation>Nur Sie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ChatWidget.cpp" line="419"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="427"/>
        <source>Joining…</source>
        <translation>Wird betreten …</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="428"/>
        <source>Joins when you are online.</source>
        <translation>Wird betreten, sobald Sie online sind.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="430"/>
        <source>Leaving…</source>
        <translation>Wird verlassen …</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="432"/>
        <location filename="../ui/ChatWidget.cpp" line="502"/>
        <location filename="../ui/ChatWidget.cpp" line="1125"/>
        <source>You are not in this room.</source>
        <translation>Sie sind nicht in diesem Raum.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="457"/>
        <source>Enter Password…</source>
        <translation>Passwort eingeben …</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="457"/>
        <source>Join Again</source>
        <translation>Erneut betreten</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="472"/>
        <source>Room Password</source>
        <translation>Raumpasswort</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="472"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="517"/>
        <source>Not sent (OMEMO): %1</source>
        <translation>Nicht gesendet (OMEMO): %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="644"/>
        <source>Message %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="707"/>
        <source>%1 has a new OMEMO device that you have not trusted yet. Messages are not encrypted for it until you compare its fingerprint.</source>
        <translation>%1 hat ein neues OMEMO-Gerät, dem du noch nicht vertraust. Nachrichten werden erst für es verschlüsselt, wenn du seinen Fingerabdruck vergleichst.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="710"/>
        <source>%1 has %2 new OMEMO devices that you have not trusted yet. Messages are not encrypted for them until you compare their fingerprints.</source>
        <translation>%1 hat %2 neue OMEMO-Geräte, denen du noch nicht vertraust. Nachrichten werden erst für sie verschlüsselt, wenn du ihre Fingerabdrücke vergleichst.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="741"/>
        <source>Encrypt Messages in This Room with OMEMO</source>
        <translation>Nachrichten in diesem Raum mit OMEMO verschlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="748"/>
        <source>Asking the room whether OMEMO can be used in it…</source>
        <translation>Der Raum wird gefragt, ob OMEMO darin verwendet werden kann…</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="755"/>
        <source>Members&apos; Devices and Fingerprints…</source>
        <translation>Geräte und Fingerabdrücke der Mitglieder …</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="870"/>
        <source>Messages in rooms cannot be corrected.</source>
        <translation>Nachrichten in Räumen können nicht korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="874"/>
        <source>Encrypted messages cannot be corrected.</source>
        <translation>Verschlüsselte Nachrichten können nicht korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="879"/>
        <source>Messages sent by publish-subscribe cannot be corrected.</source>
        <translation>Über Publish-Subscribe gesendete Nachrichten können nicht korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="897"/>
        <source>The message could not be corrected.</source>
        <translation>Die Nachricht konnte nicht korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="902"/>
        <source>Your newest message was corrected.</source>
        <translation>Deine neueste Nachricht wurde korrigiert.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="912"/>
        <source>This message cannot be sent again.</source>
        <translation>Diese Nachricht kann nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="919"/>
        <source>The message could not be removed.</source>
        <translation>Die Nachricht konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1028"/>
        <location filename="../ui/ChatWidget.cpp" line="1171"/>
        <source>Sending %1</source>
        <translation>%1 wird gesendet</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1043"/>
        <source>%1 was uploaded encrypted but not sent: %2</source>
        <translation>%1 wurde verschlüsselt hochgeladen, aber nicht gesendet: %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1050"/>
        <source>%1 was uploaded but not sent: %2</source>
        <translation>%1 wurde hochgeladen, aber nicht gesendet: %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1067"/>
        <source>Sending %1 was cancelled.</source>
        <translation>Das Senden von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1068"/>
        <location filename="../ui/ChatWidget.cpp" line="1174"/>
        <source>%1 was not sent: %2</source>
        <translation>%1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1074"/>
        <location filename="../ui/ChatWidget.cpp" line="1213"/>
        <location filename="../ui/ChatWidget.cpp" line="1234"/>
        <source>Saving %1</source>
        <translation>%1 wird gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1087"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1093"/>
        <location filename="../ui/ChatWidget.cpp" line="1210"/>
        <location filename="../ui/ChatWidget.cpp" line="1231"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1113"/>
        <source>Send Files to %1</source>
        <translation>Dateien an %1 senden</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1145"/>
        <source>image-%1.png</source>
        <translation>bild-%1.png</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1147"/>
        <source>The pasted image could not be saved for sending.</source>
        <translation>Das eingefügte Bild konnte zum Senden nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1185"/>
        <source>Wait until the current file transfer has finished.</source>
        <translation>Warte, bis die laufende Dateiübertragung abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1201"/>
        <source>Save File</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1255"/>
        <source>%1 is not an image that can be shown.</source>
        <translation>%1 ist kein Bild, das angezeigt werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1265"/>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>balcony::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="60"/>
        <source>Correcting your last message. Enter replaces it, Esc cancels.</source>
        <translation>Du korrigierst deine letzte Nachricht. Die Eingabetaste ersetzt sie, Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="64"/>
        <source>Cancel Correction</source>
        <translation>Korrektur abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="65"/>
        <source>Cancel the correction (Esc)</source>
        <translation>Die Korrektur abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="66"/>
        <source>Cancel correction</source>
        <translation>Korrektur abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="82"/>
        <source>Write to Everyone</source>
        <translation>An alle schreiben</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="83"/>
        <source>Write to everyone in the room again (Esc)</source>
        <translation>Wieder an alle im Raum schreiben (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="84"/>
        <source>Write to everyone in the room</source>
        <translation>An alle im Raum schreiben</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="100"/>
        <source>File transfer</source>
        <translation>Dateiübertragung</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="101"/>
        <source>File transfer progress</source>
        <translation>Fortschritt der Dateiübertragung</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="103"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="104"/>
        <source>Cancel the file transfer</source>
        <translation>Die Dateiübertragung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="116"/>
        <source>Attach File…</source>
        <translation>Datei anhängen …</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="117"/>
        <source>Send a file (Ctrl+Shift+A); you can also drop files here or paste an image</source>
        <translation>Eine Datei senden (Strg+Umschalt+A); du kannst auch Dateien hierher ziehen oder ein Bild einfügen</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="118"/>
        <source>Attach file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="125"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="136"/>
        <location filename="../ui/Composer.cpp" line="138"/>
        <location filename="../ui/Composer.cpp" line="206"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="137"/>
        <location filename="../ui/Composer.cpp" line="207"/>
        <source>Send the message (Enter); Shift+Enter starts a new line</source>
        <translation>Die Nachricht senden (Eingabetaste); Umschalt+Eingabetaste beginnt eine neue Zeile</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="195"/>
        <source>Correct</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="196"/>
        <source>Replace your last message with this text (Enter)</source>
        <translation>Deine letzte Nachricht durch diesen Text ersetzen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="220"/>
        <source>Private message to %1: only they will see it.</source>
        <translation>Private Nachricht an %1: Nur diese Person sieht sie.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::DataFormWidget</name>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="55"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="86"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="94"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="94"/>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="140"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="145"/>
        <source>%1: *</source>
        <translation>%1: *</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="145"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>balcony::ui::DesktopApp</name>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="119"/>
        <source>Account not opened</source>
        <translation>Konto nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="119"/>
        <location filename="../ui/DesktopApp.cpp" line="296"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="150"/>
        <source>Accounts not read</source>
        <translation>Konten nicht gelesen</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="183"/>
        <source>Cannot open link</source>
        <translation>Link kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="304"/>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="356"/>
        <source>Account not added</source>
        <translation>Konto nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="404"/>
        <source>Chat on the local network</source>
        <translation>Im lokalen Netzwerk chatten</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="405"/>
        <source>Balcony will announce you as %1 to everyone on this network, with your status, and list the people who do the same. Chats on the local network are not encrypted.</source>
        <translation>Balcony kündigt dich allen in diesem Netzwerk als %1 an, mit deinem Status, und listet die Leute auf, die dasselbe tun. Chats im lokalen Netzwerk sind nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="409"/>
        <source>You can switch it off, or change your name there, in Settings → Local Network.</source>
        <translation>Du kannst es unter Einstellungen → Lokales Netzwerk ausschalten oder dort deinen Namen ändern.</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="410"/>
        <source>&amp;Announce Me</source>
        <translation>Mich &amp;ankündigen</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="435"/>
        <location filename="../ui/DesktopApp.cpp" line="447"/>
        <location filename="../ui/DesktopApp.cpp" line="480"/>
        <source>Local network</source>
        <translation>Lokales Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="436"/>
        <source>The local network cannot be used: %1</source>
        <translation>Das lokale Netzwerk kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="448"/>
        <source>Balcony cannot announce you on the local network: %1.

You can switch the local network off in Settings → Local Network.</source>
        <translation>Balcony kann dich nicht im lokalen Netzwerk ankündigen: %1.

Du kannst das lokale Netzwerk unter Einstellungen → Lokales Netzwerk ausschalten.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::FingerprintDialog</name>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="55"/>
        <location filename="../ui/FingerprintDialog.cpp" line="69"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="58"/>
        <source>Trusted on first use</source>
        <translation>Bei erster Verwendung vertraut</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="60"/>
        <location filename="../ui/FingerprintDialog.cpp" line="71"/>
        <source>NEW: not trusted</source>
        <translation>NEU: nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="98"/>
        <source>Encryption with %1</source>
        <translation>Verschlüsselung mit %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="104"/>
        <source>Keys of %1 (%2)</source>
        <translation>Schlüssel von %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="105"/>
        <source>&amp;Compare: type or paste the fingerprint (or key id) that %1&apos;s client shows for their own key:</source>
        <translation>Ver&amp;gleichen: Tippe den Fingerabdruck (oder die Schlüsselkennung) ein, den der Client von %1 für den eigenen Schlüssel anzeigt, oder füge ihn ein:</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="135"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="160"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="162"/>
        <source>When possible</source>
        <translation>Wenn möglich</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="164"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="186"/>
        <source>Encryption is not available for this account.</source>
        <translation>Für dieses Konto ist keine Verschlüsselung verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="183"/>
        <location filename="../ui/FingerprintDialog.cpp" line="190"/>
        <source>Your keys are locked until you sign in.</source>
        <translation>Deine Schlüssel sind gesperrt, bis du dich anmeldest.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="67"/>
        <source>Trusted (not verified)</source>
        <translation>Vertraut (nicht überprüft)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="73"/>
        <source>Distrusted</source>
        <translation>Misstraut</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="100"/>
        <source>Messages to %1 are end-to-end encrypted when the policy allows it: with OMEMO when %1 has OMEMO devices, else with encrypted sessions. To be sure nobody is in between, compare fingerprints with %1 in person or over a channel you trust.</source>
        <translation>Nachrichten an %1 werden Ende-zu-Ende-verschlüsselt, wenn die Richtlinie es erlaubt: mit OMEMO, wenn %1 OMEMO-Geräte hat, sonst mit verschlüsselten Sitzungen. Um sicherzugehen, dass niemand dazwischen ist, vergleiche die Fingerabdrücke mit %1 persönlich oder über einen vertrauenswürdigen Kanal.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="180"/>
        <source>device %1
%2</source>
        <translation>Gerät %1
%2</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="183"/>
        <source>Not available.</source>
        <translation>Nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="195"/>
        <source>You have no key yet.</source>
        <translation>Du hast noch keinen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="220"/>
        <source>Creating your key…</source>
        <translation>Dein Schlüssel wird erzeugt…</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="234"/>
        <source>A signing key could not be created.</source>
        <translation>Es konnte kein Signaturschlüssel erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="251"/>
        <source>Key id (XEP-0189): %1</source>
        <translation>Schlüsselkennung (XEP-0189): %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="263"/>
        <source>No key known yet</source>
        <translation>Noch kein Schlüssel bekannt</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="269"/>
        <source>Sign in to fetch the contact&apos;s published keys.</source>
        <translation>Melde dich an, um die veröffentlichten Schlüssel des Kontakts abzurufen.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="280"/>
        <source>Fetching keys…</source>
        <translation>Schlüssel werden abgerufen…</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="295"/>
        <source>The keys could not be fetched: %1</source>
        <translation>Die Schlüssel konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="297"/>
        <source>No new key.</source>
        <translation>Kein neuer Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FingerprintDialog.cpp" line="299"/>
        <source>%n new key(s).</source>
        <translation>
            <numerusform>%n neuer Schlüssel.</numerusform>
            <numerusform>%n neue Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="312"/>
        <source>✔ The fingerprints match: OMEMO device %1 is now verified.</source>
        <translation>✔ Die Fingerabdrücke stimmen überein: Das OMEMO-Gerät %1 ist jetzt überprüft.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="324"/>
        <source>✔ The fingerprints match: the key %1 is now verified.</source>
        <translation>✔ Die Fingerabdrücke stimmen überein: Der Schlüssel %1 ist jetzt verifiziert.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="330"/>
        <source>No key of this contact is known yet. Fetch the keys first.</source>
        <translation>Von diesem Kontakt ist noch kein Schlüssel bekannt. Rufe zuerst die Schlüssel ab.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="333"/>
        <source>✘ This matches none of the contact&apos;s keys. Nothing was marked. Check what you typed; if it is right, someone may be in between.</source>
        <translation>✘ Das passt zu keinem Schlüssel des Kontakts. Es wurde nichts markiert. Prüfe deine Eingabe; wenn sie stimmt, sitzt womöglich jemand dazwischen.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="315"/>
        <location filename="../ui/FingerprintDialog.cpp" line="338"/>
        <source>The verification could not be stored.</source>
        <translation>Die Verifizierung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="360"/>
        <source>OMEMO device %1</source>
        <translation>OMEMO-Gerät %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="361"/>
        <source>OMEMO 2 device %1</source>
        <translation>OMEMO-2-Gerät %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="363"/>
        <source>not known yet (fetch the keys)</source>
        <translation>noch nicht bekannt (Schlüssel abrufen)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="379"/>
        <source>No OMEMO device known</source>
        <translation>Kein OMEMO-Gerät bekannt</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="423"/>
        <source>The decision could not be stored.</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="456"/>
        <source>Default (currently: %1)</source>
        <translation>Standard (derzeit: %1)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="463"/>
        <source>Never: always in the clear. When possible: encrypted when the contact&apos;s key is known. Always: encrypted or not sent at all.</source>
        <translation>Nie: immer unverschlüsselt. Wenn möglich: verschlüsselt, wenn der Schlüssel des Kontakts bekannt ist. Immer: verschlüsselt oder gar nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="473"/>
        <source>The policy could not be saved.</source>
        <translation>Die Richtlinie konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::HistorySearchDialog</name>
    <message>
        <location filename="../ui/HistorySearchDialog.cpp" line="63"/>
        <source>You to %1</source>
        <translation>Du an %1</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.cpp" line="147"/>
        <source>No message contains this.</source>
        <translation>Keine Nachricht enthält diesen Text.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HistorySearchDialog.cpp" line="149"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::ImageThumbnails</name>
    <message>
        <location filename="../ui/ImageThumbnails.cpp" line="256"/>
        <source>Images cannot be fetched: the account is not open.</source>
        <translation>Bilder können nicht geladen werden: Das Konto ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/ImageThumbnails.cpp" line="360"/>
        <location filename="../ui/ImageThumbnails.cpp" line="376"/>
        <source>This file is not an image that can be shown.</source>
        <translation>Diese Datei ist kein Bild, das angezeigt werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/ImageThumbnails.cpp" line="367"/>
        <source>This image is too large to show: %1 × %2 pixels.</source>
        <translation>Dieses Bild ist zu groß zum Anzeigen: %1 × %2 Pixel.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::JoinRoomDialog</name>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="44"/>
        <source>&amp;Join</source>
        <translation>&amp;Betreten</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="144"/>
        <source>There is no account to join the room with.</source>
        <translation>Es gibt kein Konto, mit dem der Raum betreten werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="148"/>
        <source>Enter the room&apos;s address, like room@conference.example.org.</source>
        <translation>Geben Sie die Adresse des Raums ein, etwa raum@conference.example.org.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="153"/>
        <source>This address is not valid: %1</source>
        <translation>Diese Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="156"/>
        <source>The address needs the room&apos;s name before the @, like room@%1.</source>
        <translation>Die Adresse braucht den Namen des Raums vor dem @, etwa raum@%1.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="159"/>
        <source>Leave out the part after the /: type your nickname below.</source>
        <translation>Lassen Sie den Teil nach dem / weg: Ihren Spitznamen geben Sie unten ein.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="162"/>
        <source>Choose a nickname: it is how the others in the room see you.</source>
        <translation>Wählen Sie einen Spitznamen: So sehen Sie die anderen im Raum.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="165"/>
        <source>This nickname cannot be used: choose another one.</source>
        <translation>Dieser Spitzname kann nicht verwendet werden: Wählen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::LocalChatWidget</name>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="31"/>
        <source>Chat with %1 on the local network</source>
        <translation>Chat mit %1 im lokalen Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="40"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="55"/>
        <source>Chats on the local network are not encrypted: anyone on the network can read them.</source>
        <translation>Chats im lokalen Netzwerk sind nicht verschlüsselt: Jeder im Netzwerk kann sie lesen.</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="78"/>
        <source>Messages on the local network are sent again by themselves when %1 is back.</source>
        <translation>Nachrichten im lokalen Netzwerk werden von selbst erneut gesendet, wenn %1 wieder da ist.</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="131"/>
        <source>Write to %1</source>
        <translation>An %1 schreiben</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="142"/>
        <source>not on the local network now</source>
        <translation>gerade nicht im lokalen Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="143"/>
        <source>you are not on the local network</source>
        <translation>du bist nicht im lokalen Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="154"/>
        <source>The message could not be stored; it was not sent.</source>
        <translation>Die Nachricht konnte nicht gespeichert werden; sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="162"/>
        <source>%1 is not on the local network now: the message is sent when they are back.</source>
        <translation>%1 ist gerade nicht im lokalen Netzwerk: Die Nachricht wird gesendet, sobald %1 wieder da ist.</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="163"/>
        <source>You are not on the local network (your status is Offline): the message is sent when you and %1 are both there.</source>
        <translation>Du bist nicht im lokalen Netzwerk (dein Status ist Offline): Die Nachricht wird gesendet, sobald du und %1 beide dort seid.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>No conversations yet. Open a chat from your contacts.</source>
        <translation>Noch keine Unterhaltungen. Öffne einen Chat aus deinen Kontakten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <location filename="../ui/MainWindow.cpp" line="459"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>%1 declined your invitation to %2.</source>
        <translation>%1 hat Ihre Einladung in %2 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>Invite to Room</source>
        <translation>In den Raum einladen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>Address of the person to invite to %1:</source>
        <translation>Adresse der Person, die Sie in %1 einladen möchten:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>&quot;%1&quot; is not an address such as name@example.org.</source>
        <translation>„%1“ ist keine Adresse wie name@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>%1 could not be invited: %2</source>
        <translation>%1 konnte nicht eingeladen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="376"/>
        <source>Invitation to %1 sent to %2.</source>
        <translation>Einladung in %1 an %2 gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="409"/>
        <source>Group Chat Invitation</source>
        <translation>Einladung in einen Gruppenchat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410"/>
        <source>%1 invites you to the group chat %2.</source>
        <translation>%1 lädt Sie in den Gruppenchat %2 ein.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="418"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="420"/>
        <source>&amp;Join…</source>
        <translation>&amp;Betreten…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="421"/>
        <source>Join the group chat</source>
        <translation>Den Gruppenchat betreten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="422"/>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Decline the invitation</source>
        <translation>Die Einladung ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="426"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="427"/>
        <source>Answer the invitation later</source>
        <translation>Die Einladung später beantworten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="472"/>
        <source>&lt;p&gt;&lt;b&gt;No chat open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pick a conversation or a contact on the left, or add a contact with Ctrl+N.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kein Chat geöffnet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wähle links eine Unterhaltung oder einen Kontakt aus oder füge mit Strg+N einen Kontakt hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>&lt;p&gt;&lt;b&gt;No chat open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;People on your local network appear on the left under “Local network”: double-click one to chat.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kein Chat geöffnet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Leute in deinem lokalen Netzwerk erscheinen links unter „Lokales Netzwerk“: Doppelklicke auf eine Person, um zu chatten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="476"/>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Balcony&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add your XMPP account on the left to start chatting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Willkommen bei Balcony&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Füge links dein XMPP-Konto hinzu, um loszuchatten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>No conversation matches.</source>
        <translation>Keine passende Unterhaltung.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <location filename="../ui/MainWindow.cpp" line="517"/>
        <source>Balcony</source>
        <translation>Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="517"/>
        <source>%1 – Balcony</source>
        <translation>%1 – Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="518"/>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="535"/>
        <location filename="../ui/MainWindow.cpp" line="555"/>
        <location filename="../ui/MainWindow.cpp" line="566"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="540"/>
        <source>%1 (local network)</source>
        <translation>%1 (lokales Netzwerk)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="560"/>
        <source>Room %1 (account %2)</source>
        <translation>Raum %1 (Konto %2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="572"/>
        <source>%1 (account %2)</source>
        <translation>%1 (Konto %2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="832"/>
        <source>Local network</source>
        <translation>Lokales Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1054"/>
        <location filename="../ui/MainWindow.cpp" line="1058"/>
        <location filename="../ui/MainWindow.cpp" line="1071"/>
        <source>Cannot open link</source>
        <translation>Link kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1058"/>
        <source>The link names no contact to open.</source>
        <translation>Der Link nennt keinen Kontakt, der geöffnet werden könnte.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1073"/>
        <source>Add an account first: the link to %1 needs one to open.</source>
        <translation>Füge zuerst ein Konto hinzu: Um den Link zu %1 zu öffnen, wird eines benötigt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1074"/>
        <source>The link is meant for the account %1, which is not set up here.</source>
        <translation>Der Link ist für das Konto %1 bestimmt, das hier nicht eingerichtet ist.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1085"/>
        <source>Choose an account</source>
        <translation>Ein Konto wählen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1086"/>
        <source>Several of your accounts know %1. Open the link with:</source>
        <translation>Mehrere deiner Konten kennen %1. Link öffnen mit:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1133"/>
        <source>Add Contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1134"/>
        <source>%1 could not be added: the account is not connected. Try again once it is online.</source>
        <translation>%1 konnte nicht hinzugefügt werden: Das Konto ist nicht verbunden. Versuche es erneut, sobald es online ist.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1138"/>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1180"/>
        <source>Join Group Chat</source>
        <translation>Gruppenchat betreten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1181"/>
        <source>%1 could not be joined: %2</source>
        <translation>%1 konnte nicht betreten werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1182"/>
        <source>the account is not open.</source>
        <translation>Das Konto ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1198"/>
        <source>The room could not be saved as a bookmark: %1</source>
        <translation>Der Raum konnte nicht als Lesezeichen gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1220"/>
        <location filename="../ui/MainWindow.cpp" line="1254"/>
        <source>&amp;Open Chat</source>
        <translation>&amp;Chat öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1254"/>
        <source>Write to this contact</source>
        <translation>Diesem Kontakt schreiben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1265"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1265"/>
        <source>Change the name this contact is shown by</source>
        <translation>Den Namen ändern, unter dem dieser Kontakt angezeigt wird</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1268"/>
        <source>Edit &amp;Groups…</source>
        <translation>&amp;Gruppen bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1268"/>
        <source>Put this contact in groups</source>
        <translation>Diesen Kontakt in Gruppen einordnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1283"/>
        <source>&amp;Approve Their Request</source>
        <translation>&amp;Anfrage annehmen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1283"/>
        <location filename="../ui/MainWindow.cpp" line="1290"/>
        <source>Let them see when you are online</source>
        <translation>Den Kontakt sehen lassen, wann du online bist</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1286"/>
        <source>&amp;Deny Their Request</source>
        <translation>Anfrage a&amp;blehnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1286"/>
        <source>Refuse to share your presence</source>
        <translation>Die Freigabe deiner Präsenz verweigern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1290"/>
        <source>S&amp;hare My Presence</source>
        <translation>Meine Präsenz &amp;freigeben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1294"/>
        <source>Stop Sharing My &amp;Presence</source>
        <translation>Freigabe meiner &amp;Präsenz beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1295"/>
        <source>They will no longer see when you are online</source>
        <translation>Der Kontakt sieht nicht mehr, wann du online bist</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1300"/>
        <source>&amp;Withdraw My Request</source>
        <translation>Meine Anfrage &amp;zurückziehen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1300"/>
        <source>Stop asking to see their presence</source>
        <translation>Nicht mehr um Freigabe der Präsenz des Kontakts bitten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1304"/>
        <source>As&amp;k to See Their Presence</source>
        <translation>Um Freigabe der Präsenz b&amp;itten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1304"/>
        <source>Send a subscription request</source>
        <translation>Eine Abonnementanfrage senden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1308"/>
        <source>Stop &amp;Seeing Their Presence</source>
        <translation>Präsenz des Kontakts nicht mehr &amp;sehen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1308"/>
        <source>Unsubscribe from their presence</source>
        <translation>Das Abonnement der Präsenz des Kontakts beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1313"/>
        <source>Show &amp;Fingerprints…</source>
        <translation>Fingerabdrücke a&amp;nzeigen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1314"/>
        <source>Compare and verify encryption keys with this contact</source>
        <translation>Verschlüsselungsschlüssel mit diesem Kontakt vergleichen und verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1318"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1318"/>
        <source>Remove this contact and both subscriptions</source>
        <translation>Diesen Kontakt und beide Abonnements entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1323"/>
        <source>Changes need a connection to %1</source>
        <translation>Änderungen benötigen eine Verbindung zu %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1333"/>
        <location filename="../ui/MainWindow.cpp" line="1336"/>
        <source>Rename Contact</source>
        <translation>Kontakt umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1333"/>
        <source>Name for %1:</source>
        <translation>Name für %1:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1336"/>
        <location filename="../ui/MainWindow.cpp" line="1358"/>
        <location filename="../ui/MainWindow.cpp" line="1374"/>
        <source>The account is not connected; nothing was changed.</source>
        <translation>Das Konto ist nicht verbunden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1344"/>
        <location filename="../ui/MainWindow.cpp" line="1358"/>
        <source>Edit Groups</source>
        <translation>Gruppen bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1345"/>
        <source>Groups of %1, separated by commas (existing: %2):</source>
        <translation>Gruppen von %1, durch Kommas getrennt (vorhanden: %2):</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1364"/>
        <location filename="../ui/MainWindow.cpp" line="1374"/>
        <source>Remove Contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1365"/>
        <source>Remove %1 from your contacts? You will no longer see each other&apos;s presence. The chat history stays.</source>
        <translation>%1 aus deinen Kontakten entfernen? Ihr seht dann gegenseitig eure Präsenz nicht mehr. Der Chatverlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1369"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1380"/>
        <source>About Balcony</source>
        <translation>Über Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1381"/>
        <source>&lt;h3&gt;Balcony %1&lt;/h3&gt;&lt;p&gt;A desktop XMPP messenger.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Balcony %1&lt;/h3&gt;&lt;p&gt;Ein XMPP-Messenger für den Desktop.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1391"/>
        <source>Don&apos;t show this again</source>
        <translation>Nicht mehr anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1430"/>
        <source>Balcony keeps running</source>
        <translation>Balcony läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1431"/>
        <source>Balcony stays connected in the system tray, so you still get messages. Use Quit in the tray menu or Ctrl+Q to end it.</source>
        <translation>Balcony bleibt im Systembereich verbunden, sodass du weiterhin Nachrichten erhältst. Verwende „Beenden“ im Menü des Systembereichs oder Strg+Q, um es zu beenden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1445"/>
        <source>Balcony quits</source>
        <translation>Balcony wird beendet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1446"/>
        <source>There is no system tray on this desktop, so closing the window signs you out and quits Balcony.</source>
        <translation>In dieser Arbeitsumgebung gibt es keinen Systembereich, daher meldet dich das Schließen des Fensters ab und beendet Balcony.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::MessageDelegate</name>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="162"/>
        <source>Queued: it goes out as soon as you are online.</source>
        <translation>In der Warteschlange: wird gesendet, sobald du online bist.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="164"/>
        <source>Sent; the server has not confirmed it yet.</source>
        <translation>Gesendet; der Server hat den Empfang noch nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="166"/>
        <source>Acknowledged by the server.</source>
        <translation>Vom Server bestätigt.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="168"/>
        <source>Delivered to %1.</source>
        <translation>Zugestellt an %1.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="170"/>
        <source>Displayed by %1.</source>
        <translation>Von %1 gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="172"/>
        <source>Not delivered.</source>
        <translation>Nicht zugestellt.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="172"/>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="183"/>
        <source>Encrypted (online session)</source>
        <translation>Verschlüsselt (Online-Sitzung)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="185"/>
        <source>Encrypted (offline session)</source>
        <translation>Verschlüsselt (Offline-Sitzung)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="187"/>
        <source>Encrypted (OMEMO)</source>
        <translation>Verschlüsselt (OMEMO)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="189"/>
        <source>Encrypted (OMEMO 2)</source>
        <translation>Verschlüsselt (OMEMO 2)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="193"/>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="207"/>
        <location filename="../ui/MessageDelegate.cpp" line="951"/>
        <source>Could not be decrypted.</source>
        <translation>Konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="207"/>
        <location filename="../ui/MessageDelegate.cpp" line="951"/>
        <source>Could not be decrypted: %1</source>
        <translation>Konnte nicht entschlüsselt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="257"/>
        <source>private message to %1</source>
        <translation>private Nachricht an %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="312"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="316"/>
        <source>via PubSub</source>
        <translation>über PubSub</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="323"/>
        <source>send it again to retry</source>
        <translation>zum Wiederholen erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="326"/>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="438"/>
        <location filename="../ui/MessageDelegate.cpp" line="468"/>
        <location filename="../ui/MessageDelegate.cpp" line="585"/>
        <location filename="../ui/MessageDelegate.cpp" line="665"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="941"/>
        <source>End-to-end encrypted with OMEMO (XEP-0384, version 0.3).</source>
        <translation>Ende-zu-Ende-verschlüsselt mit OMEMO (XEP-0384, Version 0.3).</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="942"/>
        <source>End-to-end encrypted with OMEMO 2 (XEP-0384).</source>
        <translation>Ende-zu-Ende-verschlüsselt mit OMEMO 2 (XEP-0384).</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="946"/>
        <source>From a device you have not verified.</source>
        <translation>Von einem Gerät, das du nicht überprüft hast.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="962"/>
        <source>Carried by publish-subscribe (XEP-0207 eventing mode), not as an ordinary message.</source>
        <translation>Über Publish-Subscribe übertragen (XEP-0207-Eventing-Modus), nicht als normale Nachricht.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="970"/>
        <source>%1: click to open the image</source>
        <translation>%1: Klicken, um das Bild zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="260"/>
        <source>private message</source>
        <translation>private Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="452"/>
        <location filename="../ui/MessageDelegate.cpp" line="670"/>
        <source>Show Image</source>
        <translation>Bild anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="622"/>
        <source>Waiting to load the image…</source>
        <translation>Warte auf das Laden des Bildes…</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="625"/>
        <source>Loading the image… %1%</source>
        <translation>Bild wird geladen… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="627"/>
        <source>Loading the image…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="629"/>
        <source>The image could not be shown.</source>
        <translation>Das Bild konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="701"/>
        <source>Image %1, shown; press Enter to open it</source>
        <translation>Bild %1, angezeigt; Eingabetaste öffnet es</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="704"/>
        <source>Image %1, loading</source>
        <translation>Bild %1, wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="706"/>
        <source>Image %1, not shown: %2</source>
        <translation>Bild %1, nicht angezeigt: %2</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="708"/>
        <source>Image %1, not shown; press Enter to show it</source>
        <translation>Bild %1, nicht angezeigt; Eingabetaste zeigt es an</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="759"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="761"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="929"/>
        <source>Delayed: written %1</source>
        <translation>Verzögert: geschrieben %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="932"/>
        <source>Sender&apos;s clock: %1</source>
        <translation>Uhr des Absenders: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="940"/>
        <source>End-to-end encrypted in an online session (XEP-0116).</source>
        <translation>Ende-zu-Ende-verschlüsselt in einer Online-Sitzung (XEP-0116).</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="943"/>
        <source>End-to-end encrypted in an offline session (XEP-0187).</source>
        <translation>Ende-zu-Ende-verschlüsselt in einer Offline-Sitzung (XEP-0187).</translation>
    </message>
</context>
<context>
    <name>balcony::ui::MessageView</name>
    <message>
        <location filename="../ui/MessageView.cpp" line="74"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="77"/>
        <location filename="../ui/MessageView.cpp" line="257"/>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="80"/>
        <location filename="../ui/MessageView.cpp" line="81"/>
        <source>Jump to the newest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="87"/>
        <source>Older messages</source>
        <translation>Ältere Nachrichten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MessageView.cpp" line="257"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="270"/>
        <source>Loading older messages from the server…</source>
        <translation>Ältere Nachrichten werden vom Server geladen…</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="275"/>
        <source>Older messages could not be loaded. Try again</source>
        <translation>Ältere Nachrichten konnten nicht geladen werden. Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="475"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="508"/>
        <source>Download File…</source>
        <translation>Datei herunterladen …</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="515"/>
        <location filename="../ui/MessageView.cpp" line="519"/>
        <source>Show Image</source>
        <translation>Bild anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="515"/>
        <source>Open Image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="527"/>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="529"/>
        <source>Copy Link Address</source>
        <translation>Link-Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="536"/>
        <source>Reply Privately</source>
        <translation>Privat antworten</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="542"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="542"/>
        <source>Copy Message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="545"/>
        <source>Retry Sending</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="549"/>
        <source>Remove Message</source>
        <translation>Nachricht entfernen</translation>
    </message>
</context>
<context>
    <name>balcony::ui::OccupantDelegate</name>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="35"/>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="37"/>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="43"/>
        <source>moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="45"/>
        <source>visitor (cannot speak)</source>
        <translation>Besucher (darf nicht schreiben)</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="45"/>
        <source>visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="51"/>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>balcony::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="22"/>
        <source>Balcony needs the password of &lt;b&gt;%1&lt;/b&gt; to sign in.</source>
        <translation>Balcony benötigt das Passwort von &lt;b&gt;%1&lt;/b&gt;, um sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="28"/>
        <source>&amp;Remember it in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="32"/>
        <source>&amp;Remember it until Balcony quits</source>
        <translation>&amp;Merken, bis Balcony beendet wird</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="40"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>balcony::ui::RemoveAccountDialog</name>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="22"/>
        <source>Remove &lt;b&gt;%1&lt;/b&gt; from Balcony? Its password is forgotten as well.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; aus Balcony entfernen? Das gespeicherte Passwort wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="27"/>
        <source>Deleting the account on the server needs it to be online.</source>
        <translation>Um das Konto auf dem Server zu löschen, muss es online sein.</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="29"/>
        <location filename="../ui/RemoveAccountDialog.cpp" line="36"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="30"/>
        <source>Remove the account</source>
        <translation>Das Konto entfernen</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="36"/>
        <source>&amp;Delete Everywhere</source>
        <translation>Überall &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="84"/>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
</context>
<context>
    <name>balcony::ui::RoomBrowserDialog</name>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="34"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="34"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="44"/>
        <source>&amp;Choose</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="46"/>
        <source>conference.example.org</source>
        <translation>conference.example.org</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="83"/>
        <source>The room did not say more about itself: %1</source>
        <translation>Der Raum hat nichts weiter über sich gesagt: %1</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="86"/>
        <source>Looking for the group chat services of %1…</source>
        <translation>Suche nach den Gruppenchat-Diensten von %1…</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="89"/>
        <source>The account is not signed in.</source>
        <translation>Das Konto ist nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="115"/>
        <source>The server could not be asked for its group chat services: %1</source>
        <translation>Der Server konnte nicht nach seinen Gruppenchat-Diensten gefragt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="117"/>
        <source>Your server lists no group chat service. Type the address of one above.</source>
        <translation>Ihr Server nennt keinen Gruppenchat-Dienst. Geben Sie oben die Adresse eines Dienstes ein.</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="137"/>
        <source>Listing the rooms of %1…</source>
        <translation>Räume von %1 werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="159"/>
        <source>%1 did not list its rooms: %2</source>
        <translation>%1 hat seine Räume nicht aufgelistet: %2</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="161"/>
        <source>%1 has no public rooms.</source>
        <translation>%1 hat keine öffentlichen Räume.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="164"/>
        <source>%1 has more rooms than shown here: the list stops at %n rooms.</source>
        <translation>
            <numerusform>%1 hat mehr Räume als hier gezeigt: Die Liste endet bei %n Raum.</numerusform>
            <numerusform>%1 hat mehr Räume als hier gezeigt: Die Liste endet bei %n Räumen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="180"/>
        <source>One room</source>
        <translation>Ein Raum</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="180"/>
        <source>%n rooms</source>
        <translation>
            <numerusform>%n Raum</numerusform>
            <numerusform>%n Räume</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="182"/>
        <source>%1 of one room</source>
        <translation>%1 von einem Raum</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="182"/>
        <source>%1 of %n rooms</source>
        <translation>
            <numerusform>%1 von %n Raum</numerusform>
            <numerusform>%1 von %n Räumen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="209"/>
        <source>%1 · one person</source>
        <translation>%1 · eine Person</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="210"/>
        <source>%1 · %n people</source>
        <translation>
            <numerusform>%1 · %n Person</numerusform>
            <numerusform>%1 · %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="218"/>
        <source>needs a password</source>
        <translation>braucht ein Passwort</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="221"/>
        <source>members only</source>
        <translation>nur für Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="224"/>
        <source>moderated</source>
        <translation>moderiert</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="227"/>
        <source>everyone there sees your address</source>
        <translation>alle dort sehen Ihre Adresse</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="230"/>
        <source>keeps an archive</source>
        <translation>führt ein Archiv</translation>
    </message>
</context>
<context>
    <name>balcony::ui::RoomKeysDialog</name>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="50"/>
        <source>Encryption in %1</source>
        <translation>Verschlüsselung in %1</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="52"/>
        <source>OMEMO messages in %1 are encrypted for every device of these members that you trust. To be sure nobody is in between, compare fingerprints with a member: select them and choose Compare Fingerprints.</source>
        <translation>OMEMO-Nachrichten in %1 werden für jedes Gerät dieser Mitglieder verschlüsselt, dem du vertraust. Um sicherzugehen, dass niemand dazwischensitzt, vergleiche die Fingerabdrücke mit einem Mitglied: Wähle es aus und klicke auf „Fingerabdrücke vergleichen“.</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="59"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="161"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="165"/>
        <source>No OMEMO device: cannot read encrypted messages</source>
        <translation>Kein OMEMO-Gerät: kann verschlüsselte Nachrichten nicht lesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="168"/>
        <source>%n device(s) NOT trusted yet</source>
        <translation>
            <numerusform>%n Gerät noch NICHT vertraut</numerusform>
            <numerusform>%n Geräten noch NICHT vertraut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="171"/>
        <source>Every device distrusted</source>
        <translation>Allen Geräten misstraut</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="174"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="176"/>
        <source>%1 verified, %2 trusted without verification</source>
        <translation>%1 verifiziert, %2 ohne Verifizierung vertraut</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="178"/>
        <source>Trusted (not verified)</source>
        <translation>Vertraut (nicht verifiziert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="181"/>
        <source>%n distrusted</source>
        <translation>
            <numerusform>%n misstraut</numerusform>
            <numerusform>%n misstraut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="185"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="185"/>
        <source>%n OMEMO device(s)</source>
        <translation>
            <numerusform>%n OMEMO-Gerät</numerusform>
            <numerusform>%n OMEMO-Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="205"/>
        <source>Fetching the members&apos; devices…</source>
        <translation>Die Geräte der Mitglieder werden abgerufen …</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="207"/>
        <source>The room has no other members.</source>
        <translation>Der Raum hat keine weiteren Mitglieder.</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="209"/>
        <source>Nothing encrypted can be sent to the room until every member has a trusted device. Without one: %1.</source>
        <translation>Verschlüsselt kann nichts in den Raum gesendet werden, bis jedes Mitglied ein vertrauenswürdiges Gerät hat. Ohne eines: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="213"/>
        <source>Your messages are encrypted for %n trusted device(s) of %1, and for your own other devices.</source>
        <translation>
            <numerusform>Deine Nachrichten werden für %n vertrauenswürdiges Gerät von %1 verschlüsselt, und für deine eigenen anderen Geräte.</numerusform>
            <numerusform>Deine Nachrichten werden für %n vertrauenswürdige Geräte von %1 verschlüsselt, und für deine eigenen anderen Geräte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="215"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitgliedern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="217"/>
        <source>Devices not trusted yet get nothing: %1.</source>
        <translation>Geräte, denen noch nicht vertraut wird, erhalten nichts: %1.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="34"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="35"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="38"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="39"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="40"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="42"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="43"/>
        <source>Local Network</source>
        <translation>Lokales Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="65"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="87"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="88"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="89"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="167"/>
        <source>You appear as %1.</source>
        <translation>Du erscheinst als %1.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="168"/>
        <source>Use a name without “@” or spaces.</source>
        <translation>Verwende einen Namen ohne „@“ und Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="222"/>
        <source>Start on login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
</context>
<context>
    <name>balcony::ui::SubscriptionRequestsBar</name>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="35"/>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="53"/>
        <source>Contact requests</source>
        <translation>Kontaktanfragen</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="123"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to see when you are online (%2).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; möchte sehen, wann du online bist (%2).</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="125"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to see when you are online.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; möchte sehen, wann du online bist.</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="138"/>
        <source>Approve</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="139"/>
        <source>Approve request from %1</source>
        <translation>Anfrage von %1 annehmen</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="141"/>
        <source>Let them subscribe to your presence by publish-subscribe (XEP-0207 eventing mode)</source>
        <translation>Erlauben, deine Präsenz über Publish-Subscribe zu abonnieren (XEP-0207-Eventing-Modus)</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="142"/>
        <source>Let them see your presence, and ask to see theirs</source>
        <translation>Deine Präsenz freigeben und um Freigabe der Präsenz des Kontakts bitten</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="143"/>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="144"/>
        <source>Deny request from %1</source>
        <translation>Anfrage von %1 ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="145"/>
        <source>Refuse: they will not see when you are online</source>
        <translation>Ablehnen: Der Kontakt sieht nicht, wann du online bist</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="146"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="147"/>
        <source>Decide later about %1</source>
        <translation>Später über %1 entscheiden</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="148"/>
        <source>Hide until Balcony starts again</source>
        <translation>Ausblenden, bis Balcony neu gestartet wird</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="152"/>
        <source>Available once %1 is connected</source>
        <translation>Verfügbar, sobald %1 verbunden ist</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="183"/>
        <source>%n more request(s): answer the ones above, or put them off with Later, to see them.</source>
        <translation>
            <numerusform>%n weitere Anfrage: Beantworte die obigen oder verschiebe sie mit „Später“, um sie zu sehen.</numerusform>
            <numerusform>%n weitere Anfragen: Beantworte die obigen oder verschiebe sie mit „Später“, um sie zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="189"/>
        <source>Contact requests: %n</source>
        <translation>
            <numerusform>Kontaktanfragen: %n</numerusform>
            <numerusform>Kontaktanfragen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::TrayIcon</name>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="19"/>
        <source>&amp;Open Balcony</source>
        <translation>Balcony ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="20"/>
        <source>Show the main window</source>
        <translation>Das Hauptfenster anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="22"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="34"/>
        <source>Sign out and quit Balcony</source>
        <translation>Abmelden und Balcony beenden</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="103"/>
        <source>Balcony: %1</source>
        <translation>Balcony: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="105"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="45"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="46"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="47"/>
        <source>Go back one step</source>
        <translation>Einen Schritt zurückgehen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="48"/>
        <location filename="../ui/WelcomeDialog.cpp" line="133"/>
        <source>&amp;Sign In</source>
        <translation>An&amp;melden</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="50"/>
        <source>Close without adding an account</source>
        <translation>Schließen, ohne ein Konto hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="102"/>
        <source>Welcome to Balcony</source>
        <translation>Willkommen bei Balcony</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="106"/>
        <source>Sign in to your account</source>
        <translation>Bei deinem Konto anmelden</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="111"/>
        <source>Create a new account</source>
        <translation>Ein neues Konto erstellen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="116"/>
        <source>Create an account on %1</source>
        <translation>Ein Konto auf %1 erstellen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="134"/>
        <source>Check the address and password with the server, then add the account</source>
        <translation>Adresse und Passwort beim Server prüfen, dann das Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="137"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="138"/>
        <source>Ask the server for its sign-up form</source>
        <translation>Den Server nach seinem Registrierungsformular fragen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="141"/>
        <source>&amp;Create Account</source>
        <translation>&amp;Konto erstellen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="142"/>
        <source>Send the form to the server and sign in with the new account</source>
        <translation>Das Formular an den Server senden und mit dem neuen Konto anmelden</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="236"/>
        <source>%1 is already one of your accounts.</source>
        <translation>%1 ist bereits eines deiner Konten.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="280"/>
        <source>Signing in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="362"/>
        <source>Asking %1 for its sign-up form…</source>
        <translation>%1 wird nach seinem Registrierungsformular gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="382"/>
        <source>%1 creates new accounts only on its web page: %2</source>
        <translation>%1 erstellt neue Konten nur auf seiner Website: %2</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="386"/>
        <source>%1 does not let clients create accounts.</source>
        <translation>%1 erlaubt Clients nicht, Konten zu erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="388"/>
        <source>You can also sign up on the server&apos;s web page: %1</source>
        <translation>Du kannst dich auch auf der Website des Servers registrieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="413"/>
        <source>Creating your account on %1…</source>
        <translation>Dein Konto auf %1 wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="450"/>
        <source>The account %1 was created; signing in…</source>
        <translation>Das Konto %1 wurde erstellt; Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="468"/>
        <source>%1 Its SHA-256 fingerprint is %2.</source>
        <translation>%1 Sein SHA-256-Fingerabdruck ist %2.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="508"/>
        <source>Cannot record the decision to trust the certificate in %1: %2</source>
        <translation>Die Entscheidung, dem Zertifikat zu vertrauen, kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
</TS>
