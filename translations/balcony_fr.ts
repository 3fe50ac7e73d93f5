<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountEditDialog</name>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="9"/>
        <source>Account Settings</source>
        <translation>Paramètres du compte</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="17"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="23"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="34"/>
        <source>Shown instead of the address (optional)</source>
        <translation>Affiché à la place de l’adresse (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="35"/>
        <source>A name for this account, shown when you have several</source>
        <translation>Un nom pour ce compte, affiché lorsque vous en avez plusieurs</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="36"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="41"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="47"/>
        <source>Where Balcony keeps the password of this account</source>
        <translation>L’endroit où Balcony conserve le mot de passe de ce compte</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="48"/>
        <source>Where the password is kept</source>
        <translation>Emplacement du mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="54"/>
        <source>No keychain (Secret Service or KWallet) is available on this desktop; Balcony never stores passwords in files.</source>
        <translation>Aucun trousseau (Secret Service ou KWallet) n’est disponible sur ce bureau&#xa0;; Balcony n’enregistre jamais les mots de passe dans des fichiers.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="9"/>
        <location filename="../ui/AccountsDialog.ui" line="16"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="17"/>
        <source>Your accounts; the check box turns an account on or off</source>
        <translation>Vos comptes&#xa0;; la case à cocher active ou désactive un compte</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="50"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="9"/>
        <source>Add Contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="19"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="25"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="26"/>
        <source>The account whose contact list gets the contact</source>
        <translation>Le compte dont la liste de contacts recevra le contact</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="31"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="37"/>
        <source>Contact address</source>
        <translation>Adresse du contact</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="38"/>
        <source>friend@example.org</source>
        <translation>ami@example.org</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="44"/>
        <source>Address problem</source>
        <translation>Problème d’adresse</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="49"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="55"/>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="56"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="61"/>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="68"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="69"/>
        <source>Pick a group or type new ones, separated by commas</source>
        <translation>Choisissez un groupe ou saisissez-en de nouveaux, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="74"/>
        <source>As&amp;k to see their presence</source>
        <translation>&amp;Demander à voir sa présence</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="76"/>
        <source>Ask to see their presence</source>
        <translation>Demander à voir sa présence</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="77"/>
        <source>Sends a subscription request: the contact decides whether you see when they are online</source>
        <translation>Envoie une demande d’abonnement&#xa0;: le contact décide si vous pouvez voir quand il est en ligne</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="12"/>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="13"/>
        <source>Show or hide the connection settings most servers do not need</source>
        <translation>Afficher ou masquer les paramètres de connexion dont la plupart des serveurs n’ont pas besoin</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="14"/>
        <source>Advanced connection settings</source>
        <translation>Paramètres de connexion avancés</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="27"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="33"/>
        <source>Found automatically (DNS)</source>
        <translation>Trouvé automatiquement (DNS)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="34"/>
        <source>Connect to this host instead of the one the server&apos;s DNS records name</source>
        <translation>Se connecter à cet hôte plutôt qu’à celui indiqué par les enregistrements DNS du serveur</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="35"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="43"/>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="49"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="51"/>
        <source>The port to connect to; Automatic uses the DNS records or the standard port</source>
        <translation>Le port auquel se connecter&#xa0;; Automatique utilise les enregistrements DNS ou le port standard</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="52"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="57"/>
        <source>&amp;Direct TLS (encrypted from the first byte)</source>
        <translation>TLS &amp;direct (chiffré dès le premier octet)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="58"/>
        <source>Use TLS right away (XEP-0368) instead of STARTTLS; the server must offer it on that port</source>
        <translation>Utiliser TLS immédiatement (XEP-0368) au lieu de STARTTLS&#xa0;; le serveur doit le proposer sur ce port</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="59"/>
        <source>Direct TLS</source>
        <translation>TLS direct</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="64"/>
        <source>Co&amp;nnect over:</source>
        <translation>Conne&amp;xion par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="70"/>
        <source>TCP is the usual way; WebSocket and BOSH go through HTTPS, for networks that allow only web traffic</source>
        <translation>TCP est la voie habituelle&#xa0;; WebSocket et BOSH passent par HTTPS, pour les réseaux qui n’autorisent que le trafic web</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="71"/>
        <source>Connection type</source>
        <translation>Type de connexion</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="72"/>
        <source>TCP (standard)</source>
        <translation>TCP (standard)</translation>
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
        <translation>URL &amp;WebSocket&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="85"/>
        <location filename="../ui/AdvancedSettings.ui" line="101"/>
        <source>Found automatically (host-meta)</source>
        <translation>Trouvée automatiquement (host-meta)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="86"/>
        <source>The server&apos;s WebSocket address, starting with wss://; empty: the address the server announces</source>
        <translation>L’adresse WebSocket du serveur, commençant par wss://&#xa0;; vide&#xa0;: l’adresse que le serveur annonce</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="87"/>
        <source>WebSocket URL</source>
        <translation>URL WebSocket</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="95"/>
        <source>&amp;BOSH URL:</source>
        <translation>URL &amp;BOSH&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="102"/>
        <source>The server&apos;s BOSH address, starting with https://; empty: the address the server announces</source>
        <translation>L’adresse BOSH du serveur, commençant par https://&#xa0;; vide&#xa0;: l’adresse que le serveur annonce</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="103"/>
        <source>BOSH URL</source>
        <translation>URL BOSH</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="111"/>
        <source>XEP-0207 &amp;eventing mode</source>
        <translation>Mode &amp;eventing XEP-0207</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="112"/>
        <source>Also publish your presence and exchange chats through publish-subscribe nodes on the server (XMPP Eventing via Pubsub)</source>
        <translation>Publier aussi votre présence et échanger les discussions par des nœuds de publication-abonnement sur le serveur (XMPP Eventing via Pubsub)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="113"/>
        <source>XEP-0207 eventing mode</source>
        <translation>Mode eventing XEP-0207</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="122"/>
        <source>Presence and chats with other Balcony users in eventing mode also go through publish-subscribe; ordinary XMPP keeps working.</source>
        <translation>La présence et les discussions avec d’autres utilisateurs de Balcony en mode eventing passent aussi par la publication-abonnement&#xa0;; le XMPP ordinaire continue de fonctionner.</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="123"/>
        <source>About eventing mode</source>
        <translation>À propos du mode eventing</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="128"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="134"/>
        <source>Chosen by the server</source>
        <translation>Choisie par le serveur</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="135"/>
        <source>The name of this device&apos;s connection (the part after &quot;/&quot; in your address)</source>
        <translation>Le nom de la connexion de cet appareil (la partie après «&#xa0;/&#xa0;» dans votre adresse)</translation>
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
        <translation>Certificat non fiable</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="23"/>
        <source>Why the certificate is not trusted</source>
        <translation>Pourquoi le certificat n’est pas considéré comme fiable</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="33"/>
        <source>Certificate &amp;chain (the server&apos;s first):</source>
        <translation>&amp;Chaîne de certificats (celui du serveur en premier)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="39"/>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="44"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="47"/>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="48"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="49"/>
        <source>Names:</source>
        <translation>Noms&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="50"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="51"/>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="52"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="53"/>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="54"/>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="55"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="56"/>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="63"/>
        <source>Trust this certificate only if you have compared its SHA-256 fingerprint with the one the server&apos;s administrator gave you. If you did not expect this, someone may be intercepting your connection: refuse.</source>
        <translation>Ne faites confiance à ce certificat que si vous avez comparé son empreinte SHA-256 avec celle fournie par l’administrateur du serveur. Si vous ne vous y attendiez pas, quelqu’un intercepte peut-être votre connexion&#xa0;: refusez.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="9"/>
        <source>Change Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="22"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="29"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="34"/>
        <source>&amp;Repeat it:</source>
        <translation>Con&amp;firmez-le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="41"/>
        <source>New password again</source>
        <translation>Confirmation du nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="53"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <location filename="../src/models/ContactTreeModel.cpp" line="53"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../ui/ConversationDelegate.cpp" line="41"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../ui/ConversationDelegate.cpp" line="77"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConversationDelegate.cpp" line="78"/>
        <source>You: %1</source>
        <translation>Vous&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConversationDelegate.cpp" line="83"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="9"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="20"/>
        <source>Your key</source>
        <translation>Votre clé</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="24"/>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="31"/>
        <source>Your fingerprint</source>
        <translation>Votre empreinte</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="37"/>
        <source>Key id (XEP-0189):</source>
        <translation>Identifiant de clé (XEP-0189)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="44"/>
        <source>Your key id</source>
        <translation>Identifiant de votre clé</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="49"/>
        <source>OMEMO:</source>
        <translation>OMEMO&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="56"/>
        <source>Your OMEMO device and fingerprint</source>
        <translation>Votre appareil OMEMO et son empreinte</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="64"/>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="65"/>
        <source>Copy your fingerprint to send it to your contact</source>
        <translation>Copier votre empreinte pour l’envoyer à votre contact</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="66"/>
        <source>Copy your fingerprint</source>
        <translation>Copier votre empreinte</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="71"/>
        <source>C&amp;reate Key</source>
        <translation>C&amp;réer une clé</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="72"/>
        <source>Create your signing key now (it is otherwise created the first time encryption needs it)</source>
        <translation>Créer votre clé de signature maintenant (sinon, elle est créée la première fois que le chiffrement en a besoin)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="73"/>
        <source>Create your key</source>
        <translation>Créer votre clé</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="88"/>
        <location filename="../ui/FingerprintDialog.ui" line="133"/>
        <source>Contact&apos;s keys</source>
        <translation>Clés du contact</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="95"/>
        <source>Contact&apos;s OMEMO devices</source>
        <translation>Appareils OMEMO du contact</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="98"/>
        <source>OMEMO device</source>
        <translation>Appareil OMEMO</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="99"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="100"/>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="112"/>
        <source>&amp;Trust Device</source>
        <translation>Faire &amp;confiance à l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="113"/>
        <source>Encrypt for the selected device without comparing its fingerprint</source>
        <translation>Chiffrer pour l&apos;appareil sélectionné sans comparer son empreinte</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="114"/>
        <source>Trust the selected device</source>
        <translation>Faire confiance à l&apos;appareil sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="120"/>
        <source>&amp;Distrust Device</source>
        <translation>&amp;Refuser l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="121"/>
        <source>Never encrypt for the selected device, and mark its messages</source>
        <translation>Ne jamais chiffrer pour l&apos;appareil sélectionné et marquer ses messages</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="122"/>
        <source>Distrust the selected device</source>
        <translation>Refuser l&apos;appareil sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="136"/>
        <source>Encrypted-session key</source>
        <translation>Clé de session chiffrée</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="137"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="138"/>
        <source>First seen</source>
        <translation>Vue pour la première fois</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="154"/>
        <source>&amp;Fetch Keys</source>
        <translation>Récupérer les c&amp;lés</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="155"/>
        <source>Ask the contact&apos;s server for their OMEMO devices and published keys (XEP-0189)</source>
        <translation>Demander au serveur du contact ses appareils OMEMO et ses clés publiées (XEP-0189)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="156"/>
        <source>Fetch the contact&apos;s keys</source>
        <translation>Récupérer les clés du contact</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="172"/>
        <source>Fingerprint to compare</source>
        <translation>Empreinte à comparer</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="173"/>
        <source>e.g. 3A7F 19C2 …</source>
        <translation>p. ex. 3A7F 19C2 …</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="179"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="180"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="200"/>
        <source>Encryption &amp;policy:</source>
        <translation>&amp;Politique de chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="206"/>
        <source>Encryption policy</source>
        <translation>Politique de chiffrement</translation>
    </message>
</context>
<context>
    <name>HistorySearchDialog</name>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="9"/>
        <source>Search History</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="16"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="22"/>
        <source>Search all messages</source>
        <translation>Rechercher dans tous les messages</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="23"/>
        <source>Words to find in all conversations</source>
        <translation>Mots à rechercher dans toutes les conversations</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="31"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="42"/>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="9"/>
        <source>Join Group Chat</source>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="19"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="25"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="26"/>
        <source>The account that enters the room</source>
        <translation>Le compte avec lequel vous entrez dans le salon</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="31"/>
        <source>&amp;Room:</source>
        <translation>&amp;Salon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="39"/>
        <source>Room address</source>
        <translation>Adresse du salon</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="40"/>
        <source>room@conference.example.org</source>
        <translation>salon@conference.example.org</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="45"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="46"/>
        <source>Browse the server&apos;s rooms</source>
        <translation>Parcourir les salons du serveur</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="47"/>
        <source>Find public rooms on your server&apos;s group chat service</source>
        <translation>Trouver des salons publics sur le service de discussion de groupe de votre serveur</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="56"/>
        <source>Room address problem</source>
        <translation>Problème d’adresse du salon</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="61"/>
        <source>&amp;Nickname:</source>
        <translation>&amp;Pseudo&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="67"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="68"/>
        <source>The name the others in the room see</source>
        <translation>Le nom que les autres voient dans le salon</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="74"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="80"/>
        <source>Room password</source>
        <translation>Mot de passe du salon</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="81"/>
        <source>Only if the room has one</source>
        <translation>Seulement si le salon en a un</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="87"/>
        <source>Join &amp;automatically (save as a bookmark)</source>
        <translation>Entrer &amp;automatiquement (enregistrer en signet)</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="89"/>
        <source>Join automatically</source>
        <translation>Entrer automatiquement</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="90"/>
        <source>Saves the room as a bookmark on your server (XEP-0402, with the nickname and password): Balcony and your other clients enter it whenever you sign in</source>
        <translation>Enregistre le salon comme signet sur votre serveur (XEP-0402, avec le pseudo et le mot de passe)&#xa0;: Balcony et vos autres clients y entrent à chaque connexion</translation>
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
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="40"/>
        <source>Your status</source>
        <translation>Votre statut</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="41"/>
        <source>Your status, shown to your contacts</source>
        <translation>Votre statut, affiché à vos contacts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="48"/>
        <source>Status message</source>
        <translation>Message de statut</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="49"/>
        <source>A message shown with your status; press Enter to set it</source>
        <translation>Un message affiché avec votre statut&#xa0;; appuyez sur Entrée pour le définir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="50"/>
        <source>Status message (Enter to set)</source>
        <translation>Message de statut (Entrée pour le définir)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="56"/>
        <source>Search contacts and chats</source>
        <translation>Rechercher des contacts et des discussions</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="57"/>
        <source>Search contacts and chats (Ctrl+K)</source>
        <translation>Rechercher des contacts et des discussions (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="58"/>
        <source>Search (Ctrl+K)</source>
        <translation>Rechercher (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="65"/>
        <source>Chats and contacts</source>
        <translation>Discussions et contacts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="68"/>
        <source>C&amp;hats</source>
        <translation>Discussi&amp;ons</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="77"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="92"/>
        <source>Co&amp;ntacts</source>
        <translation>Co&amp;ntacts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="100"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="119"/>
        <source>&lt;p&gt;&lt;b&gt;No account yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sign in to your XMPP account, or create one, to see your contacts and chats here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun compte pour l’instant&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Connectez-vous à votre compte XMPP, ou créez-en un, pour voir ici vos contacts et vos discussions.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="126"/>
        <source>&amp;Add Account…</source>
        <translation>Ajouter un &amp;compte…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="127"/>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="128"/>
        <source>Sign in to an account or create a new one</source>
        <translation>Se connecter à un compte ou en créer un nouveau</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="145"/>
        <source>No chat open</source>
        <translation>Aucune discussion ouverte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="148"/>
        <source>Open chats</source>
        <translation>Discussions ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="162"/>
        <source>&amp;Balcony</source>
        <translation>&amp;Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="172"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="181"/>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="190"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="200"/>
        <source>&amp;Add Contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="201"/>
        <source>Add someone to your contacts and ask to see their presence</source>
        <translation>Ajouter une personne à vos contacts et demander à voir sa présence</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="202"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="205"/>
        <source>&amp;Join Group Chat…</source>
        <translation>&amp;Rejoindre un salon…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="206"/>
        <source>Enter a group chat room by its address</source>
        <translation>Entrer dans un salon de discussion par son adresse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="207"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="211"/>
        <source>Add, change or remove your accounts</source>
        <translation>Ajouter, modifier ou supprimer vos comptes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="214"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="215"/>
        <source>Notifications, appearance, privacy and encryption settings</source>
        <translation>Paramètres des notifications, de l’apparence, de la confidentialité et du chiffrement</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="219"/>
        <source>Sign out and quit Balcony</source>
        <translation>Se déconnecter et quitter Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="220"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="224"/>
        <source>&amp;Search Contacts and Chats</source>
        <translation>&amp;Rechercher des contacts et des discussions</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="225"/>
        <source>Jump to the search field</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="228"/>
        <source>Search &amp;History…</source>
        <translation>Rechercher dans l’&amp;historique…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="229"/>
        <source>Search the messages of every conversation and jump to one</source>
        <translation>Rechercher dans les messages de toutes les conversations et aller à l’une d’elles</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="230"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="235"/>
        <source>Show &amp;Offline Contacts</source>
        <translation>Afficher les contacts hors &amp;ligne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="236"/>
        <source>Show contacts who are not online</source>
        <translation>Afficher les contacts qui ne sont pas en ligne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="237"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="242"/>
        <source>Sort by A&amp;vailability</source>
        <translation>Trier par &amp;disponibilité</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="243"/>
        <source>Contacts who are online first, then by name</source>
        <translation>Les contacts en ligne d’abord, puis par nom</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="247"/>
        <source>Sort by &amp;Name</source>
        <translation>Trier par &amp;nom</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="248"/>
        <source>Contacts by name only</source>
        <translation>Les contacts par nom uniquement</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="251"/>
        <source>&amp;Next Chat</source>
        <translation>Discussion &amp;suivante</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="252"/>
        <source>Go to the next open chat</source>
        <translation>Aller à la discussion ouverte suivante</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="255"/>
        <source>&amp;Previous Chat</source>
        <translation>Discussion &amp;précédente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="256"/>
        <source>Go to the previous open chat</source>
        <translation>Aller à la discussion ouverte précédente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="259"/>
        <source>&amp;Invite to Room…</source>
        <translation>&amp;Inviter dans le salon…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="260"/>
        <source>Invite someone to the group chat shown now</source>
        <translation>Inviter quelqu’un dans la discussion de groupe affichée</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="263"/>
        <source>&amp;Close Chat</source>
        <translation>&amp;Fermer la discussion</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="264"/>
        <source>Close the chat shown now</source>
        <translation>Fermer la discussion actuellement affichée</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="265"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="268"/>
        <source>&amp;About Balcony</source>
        <translation>À &amp;propos de Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="269"/>
        <source>Version, licence and the standards Balcony supports</source>
        <translation>Version, licence et normes prises en charge par Balcony</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="9"/>
        <source>Password Needed</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="15"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="22"/>
        <source>Why the password is asked for</source>
        <translation>Pourquoi le mot de passe est demandé</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="30"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="37"/>
        <source>The account&apos;s password</source>
        <translation>Le mot de passe du compte</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="38"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="46"/>
        <source>&amp;Remember it</source>
        <translation>&amp;Mémoriser le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="47"/>
        <source>Remember the password</source>
        <translation>Se souvenir du mot de passe</translation>
    </message>
</context>
<context>
    <name>PresenceStyle</name>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="63"/>
        <source>Free for chat</source>
        <translation>Disponible pour discuter</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="65"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="67"/>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="69"/>
        <source>Extended away</source>
        <translation>Absence prolongée</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="71"/>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="75"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>RemoveAccountDialog</name>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="9"/>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="19"/>
        <source>Also delete its &amp;history, keys and caches on this computer</source>
        <translation>Supprimer aussi son &amp;historique, ses clés et ses caches sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="20"/>
        <source>Without this, the conversations stay in the profile folder and come back if you add the account again</source>
        <translation>Sinon, les conversations restent dans le dossier du profil et réapparaissent si vous ajoutez à nouveau le compte</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="21"/>
        <source>Delete the local history</source>
        <translation>Supprimer l’historique local</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="26"/>
        <source>Also delete the account on the &amp;server (cannot be undone)</source>
        <translation>Supprimer aussi le compte sur le ser&amp;veur (irréversible)</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="27"/>
        <source>Asks the server to remove the account (XEP-0077); nobody can sign in with it afterwards</source>
        <translation>Demande au serveur de supprimer le compte (XEP-0077)&#xa0;; plus personne ne pourra s’y connecter ensuite</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="28"/>
        <source>Delete the account on the server</source>
        <translation>Supprimer le compte sur le serveur</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="40"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>RoomBrowserDialog</name>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="9"/>
        <source>Browse Rooms</source>
        <translation>Parcourir les salons</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="16"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="26"/>
        <source>Group chat service</source>
        <translation>Service de discussion de groupe</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="27"/>
        <source>The group chat service whose rooms are listed; type another one&apos;s address and press Enter</source>
        <translation>Le service de discussion de groupe dont les salons sont listés&#xa0;; tapez l’adresse d’un autre et appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="32"/>
        <source>&amp;List Rooms</source>
        <translation>&amp;Lister les salons</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="33"/>
        <source>List the service&apos;s rooms</source>
        <translation>Lister les salons du service</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="41"/>
        <source>Filter rooms</source>
        <translation>Filtrer les salons</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="42"/>
        <source>Filter by name or address</source>
        <translation>Filtrer par nom ou adresse</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="48"/>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="58"/>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="64"/>
        <source>About the selected room</source>
        <translation>À propos du salon sélectionné</translation>
    </message>
</context>
<context>
    <name>RoomKeysDialog</name>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="9"/>
        <source>Encryption in the Room</source>
        <translation>Chiffrement dans le salon</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="20"/>
        <source>Members and their OMEMO devices</source>
        <translation>Membres et leurs appareils OMEMO</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="24"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="25"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="26"/>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="32"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="40"/>
        <source>&amp;Compare Fingerprints…</source>
        <translation>&amp;Comparer les empreintes…</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="41"/>
        <source>Compare fingerprints of the selected member</source>
        <translation>Comparer les empreintes du membre sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="46"/>
        <source>&amp;Fetch Devices</source>
        <translation>&amp;Récupérer les appareils</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="47"/>
        <source>Fetch the members&apos; devices again</source>
        <translation>Récupérer à nouveau les appareils des membres</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="14"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="22"/>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="48"/>
        <source>&lt;b&gt;Accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comptes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="58"/>
        <source>Add, edit or remove your accounts, change passwords and choose which accounts are enabled.</source>
        <translation>Ajoutez, modifiez ou supprimez vos comptes, changez les mots de passe et choisissez les comptes activés.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="71"/>
        <source>&amp;Manage Accounts…</source>
        <translation>&amp;Gérer les comptes…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="74"/>
        <source>Manage accounts</source>
        <translation>Gérer les comptes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="77"/>
        <source>Opens the list of your accounts</source>
        <translation>Ouvre la liste de vos comptes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="101"/>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notifications&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="111"/>
        <source>Show a &amp;notification for new messages</source>
        <translation>Afficher une &amp;notification pour les nouveaux messages</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="114"/>
        <source>Show a notification for new messages</source>
        <translation>Afficher une notification pour les nouveaux messages</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="117"/>
        <source>A desktop notification when a message arrives in a chat you are not looking at. Nothing is shown while your status is Do not disturb.</source>
        <translation>Une notification de bureau lorsqu’un message arrive dans une discussion que vous ne regardez pas. Rien n’est affiché tant que votre statut est «&#xa0;Ne pas déranger&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="124"/>
        <source>&amp;Hide the message text (show “New message”)</source>
        <translation>&amp;Masquer le texte du message (afficher «&#xa0;Nouveau message&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="127"/>
        <source>Hide the message text in notifications</source>
        <translation>Masquer le texte des messages dans les notifications</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="130"/>
        <source>For screen sharing and shoulder surfers: notifications name the sender but not the text</source>
        <translation>Pour le partage d’écran et les regards indiscrets&#xa0;: les notifications indiquent l’expéditeur mais pas le texte</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="137"/>
        <source>Play a &amp;sound</source>
        <translation>Jouer un &amp;son</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="140"/>
        <source>Play a sound for notifications</source>
        <translation>Jouer un son pour les notifications</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="143"/>
        <source>The desktop plays its sound for new instant messages</source>
        <translation>Le bureau joue le son prévu pour les nouveaux messages instantanés</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="150"/>
        <source>Notify about contact &amp;requests</source>
        <translation>Afficher une notification pour les &amp;demandes de contact</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="153"/>
        <source>Notify about contact requests</source>
        <translation>Afficher une notification pour les demandes de contact</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="156"/>
        <source>A notification when someone asks to add you as a contact</source>
        <translation>Une notification lorsque quelqu’un demande à vous ajouter comme contact</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="163"/>
        <source>Notify about every &amp;group chat message</source>
        <translation>Notifier chaque message des &amp;salons</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="166"/>
        <source>Notify about every group chat message</source>
        <translation>Notifier chaque message des salons</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="169"/>
        <source>When off, a group chat notifies only the messages that mention your nickname</source>
        <translation>Désactivé, un salon ne notifie que les messages qui mentionnent votre pseudo</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="193"/>
        <source>&lt;b&gt;Appearance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Apparence&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="208"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="218"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="222"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="227"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="232"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="242"/>
        <source>The theme changes at once. “Follow the system” uses the colours of your desktop.</source>
        <translation>Le thème change immédiatement. «&#xa0;Suivre le système&#xa0;» utilise les couleurs de votre bureau.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="272"/>
        <source>&lt;b&gt;Privacy&lt;/b&gt;</source>
        <translation>&lt;b&gt;Confidentialité&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="282"/>
        <source>Send delivery &amp;receipts and read markers</source>
        <translation>Envoyer les accusés de &amp;réception et de lecture</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="285"/>
        <source>Send delivery receipts and read markers</source>
        <translation>Envoyer les accusés de réception et de lecture</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="288"/>
        <source>Contacts who see your presence learn when their message reached you and when you read it (XEP-0184, XEP-0333)</source>
        <translation>Les contacts qui voient votre présence savent quand leur message vous est parvenu et quand vous l’avez lu (XEP-0184, XEP-0333)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="295"/>
        <source>Send &amp;typing notifications</source>
        <translation>Envoyer les notifications de &amp;saisie</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="298"/>
        <source>Send typing notifications</source>
        <translation>Envoyer les notifications de saisie</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="301"/>
        <source>Contacts see when you are typing (XEP-0085)</source>
        <translation>Les contacts voient quand vous êtes en train d’écrire (XEP-0085)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="308"/>
        <source>Show &amp;images automatically from contacts in my contact list</source>
        <translation>Afficher automatiquement les &amp;images des contacts de ma liste</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="311"/>
        <source>Show images automatically from contacts in my contact list</source>
        <translation>Afficher automatiquement les images des contacts de ma liste</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="314"/>
        <source>Images sent by contacts who share their presence with you (both ways) are downloaded and shown without a click; images from anyone else and in group chats are shown only when you click Show Image</source>
        <translation>Les images des contacts avec qui vous partagez votre présence dans les deux sens sont téléchargées et affichées sans clic&#xa0;; celles de toute autre personne et des salons ne le sont que lorsque vous cliquez sur Afficher l’image</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="321"/>
        <source>&amp;Publish encryption options when going offline</source>
        <translation>&amp;Publier les options de chiffrement en passant hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="324"/>
        <source>Publish encryption options when going offline</source>
        <translation>Publier les options de chiffrement en passant hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="327"/>
        <source>When you sign out or quit, Balcony publishes offline encryption options (XEP-0187) so that contacts can write to you encrypted while you are away; the next sign-in withdraws them</source>
        <translation>Lorsque vous vous déconnectez ou quittez, Balcony publie des options de chiffrement hors ligne (XEP-0187) pour que vos contacts puissent vous écrire de manière chiffrée pendant votre absence&#xa0;; la connexion suivante les retire</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="339"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valables pendant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="349"/>
        <source>Validity of the offline encryption options</source>
        <translation>Validité des options de chiffrement hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="358"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="361"/>
        <source>How long contacts may use the published options</source>
        <translation>Durée pendant laquelle les contacts peuvent utiliser les options publiées</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="387"/>
        <source>&lt;b&gt;Encryption&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chiffrement&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="402"/>
        <source>&amp;Encrypt messages:</source>
        <translation>&amp;Chiffrer les messages&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="412"/>
        <source>Default encryption policy</source>
        <translation>Politique de chiffrement par défaut</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="416"/>
        <location filename="../ui/SettingsDialog.ui" line="516"/>
        <location filename="../ui/SettingsDialog.ui" line="548"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="421"/>
        <source>When possible</source>
        <translation>Si possible</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="426"/>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="436"/>
        <source>The default for every contact without a setting of their own (change it per contact in the contact’s fingerprint dialog). “Always” sends nothing that cannot be encrypted; “When possible” sends in the clear when the contact cannot encrypt.</source>
        <translation>La valeur par défaut pour chaque contact sans réglage propre (modifiez-la par contact dans la boîte de dialogue des empreintes du contact). «&#xa0;Toujours&#xa0;» n’envoie rien qui ne puisse être chiffré&#xa0;; «&#xa0;Si possible&#xa0;» envoie en clair lorsque le contact ne peut pas chiffrer.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="449"/>
        <source>Trust new OMEMO devices only after I &amp;compare their fingerprints</source>
        <translation>Ne faire confiance aux nouveaux appareils OMEMO qu&apos;après avoir &amp;comparé leurs empreintes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="452"/>
        <source>Trust new OMEMO devices only after comparing fingerprints</source>
        <translation>Ne faire confiance aux nouveaux appareils OMEMO qu&apos;après comparaison des empreintes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="455"/>
        <source>Off (the default, as in Conversations): a contact&apos;s new device is trusted until you have verified one of their devices; after that, new ones wait for you. On: every new device waits until you trust it in the contact&apos;s fingerprint dialog.</source>
        <translation>Désactivé (par défaut, comme dans Conversations)&#xa0;: un nouvel appareil d&apos;un contact est de confiance tant que vous n&apos;avez vérifié aucun de ses appareils&#xa0;; ensuite, les nouveaux vous attendent. Activé&#xa0;: chaque nouvel appareil attend que vous lui fassiez confiance dans la fenêtre des empreintes du contact.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="479"/>
        <source>&lt;b&gt;Status&lt;/b&gt;</source>
        <translation>&lt;b&gt;Statut&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="494"/>
        <source>Set &amp;away after:</source>
        <translation>Passer en &amp;absent après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="504"/>
        <source>Minutes until away</source>
        <translation>Minutes avant le passage en absent</translation>
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
        <translation>Durée d’inactivité du clavier et de la souris avant que votre statut passe à «&#xa0;Absent&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="526"/>
        <source>Set &amp;extended away after:</source>
        <translation>Passer en absence &amp;prolongée après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="536"/>
        <source>Minutes until extended away</source>
        <translation>Minutes avant le passage en absence prolongée</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="551"/>
        <source>Idle time before your status becomes Extended away</source>
        <translation>Durée d’inactivité avant que votre statut passe à «&#xa0;Absence prolongée&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="558"/>
        <source>Status &amp;message:</source>
        <translation>&amp;Message de statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="568"/>
        <source>Status message while away</source>
        <translation>Message de statut pendant l’absence</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="571"/>
        <source>Keep my status message</source>
        <translation>Conserver mon message de statut</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="580"/>
        <source>Your status comes back when you return. Do not disturb and Offline are never changed automatically.</source>
        <translation>Votre statut est rétabli à votre retour. «&#xa0;Ne pas déranger&#xa0;» et «&#xa0;Hors ligne&#xa0;» ne sont jamais modifiés automatiquement.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="610"/>
        <source>&lt;b&gt;General&lt;/b&gt;</source>
        <translation>&lt;b&gt;Général&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="620"/>
        <source>&amp;Start Balcony when I log in</source>
        <translation>&amp;Démarrer Balcony à l’ouverture de ma session</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="623"/>
        <source>Start Balcony when I log in</source>
        <translation>Démarrer Balcony à l’ouverture de ma session</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="626"/>
        <source>Starts Balcony in the system tray when you log in to your desktop</source>
        <translation>Démarre Balcony dans la zone de notification à l’ouverture de votre session</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="633"/>
        <source>&amp;Closing the window keeps Balcony running in the tray</source>
        <translation>&amp;Fermer la fenêtre laisse Balcony actif dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="636"/>
        <source>Closing the window keeps Balcony running in the tray</source>
        <translation>Fermer la fenêtre laisse Balcony actif dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="639"/>
        <source>Without a system tray, closing the window quits Balcony</source>
        <translation>Sans zone de notification, fermer la fenêtre quitte Balcony</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="651"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="661"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="670"/>
        <source>A new language is used from the next start of Balcony.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Balcony.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="700"/>
        <source>&lt;b&gt;Local Network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réseau local&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="710"/>
        <source>&amp;Chat with people on this network, without a server</source>
        <translation>&amp;Discuter avec les personnes de ce réseau, sans serveur</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="713"/>
        <source>Chat with people on this network, without a server</source>
        <translation>Discuter avec les personnes de ce réseau, sans serveur</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="716"/>
        <source>Serverless messaging (XEP-0174, as Bonjour chat in Pidgin and iChat): the people on this network who do the same appear under “Local network” in your contacts</source>
        <translation>Messagerie sans serveur (XEP-0174, comme la discussion Bonjour de Pidgin et iChat)&#xa0;: les personnes de ce réseau qui font de même apparaissent sous «&#xa0;Réseau local&#xa0;» dans vos contacts</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="723"/>
        <source>While this is on, everyone on this network sees your name and status and can write to you, and these chats are not encrypted. Switch it on at home or at work, not on a public network.</source>
        <translation>Tant que cette option est activée, tout le monde sur ce réseau voit votre nom et votre statut et peut vous écrire, et ces discussions ne sont pas chiffrées. Activez-la chez vous ou au travail, pas sur un réseau public.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="741"/>
        <source>&amp;Your name there:</source>
        <translation>&amp;Votre nom là-bas&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="751"/>
        <source>Your name on the local network</source>
        <translation>Votre nom sur le réseau local</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="757"/>
        <source>A name without “@” or spaces; you appear as name@this-computer</source>
        <translation>Un nom sans «&#xa0;@&#xa0;» ni espaces&#xa0;; vous apparaissez comme nom@cet-ordinateur</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="9"/>
        <source>Add an Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="14"/>
        <source>Welcome to Balcony</source>
        <translation>Bienvenue dans Balcony</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="15"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="24"/>
        <source>Balcony is a messenger for XMPP (Jabber) accounts. Your address looks like an email address: name@example.org.</source>
        <translation>Balcony est une messagerie pour les comptes XMPP (Jabber). Votre adresse ressemble à une adresse électronique&#xa0;: nom@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="30"/>
        <source>&amp;Sign in to an existing account</source>
        <translation>&amp;Se connecter à un compte existant</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="31"/>
        <source>Use an address and password you already have.</source>
        <translation>Utilisez une adresse et un mot de passe que vous possédez déjà.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="32"/>
        <source>Sign in to an existing account</source>
        <translation>Se connecter à un compte existant</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="37"/>
        <source>&amp;Create a new account</source>
        <translation>&amp;Créer un nouveau compte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="38"/>
        <source>On a server that lets you register from here.</source>
        <translation>Sur un serveur qui permet de s’inscrire depuis cette application.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="39"/>
        <source>Create a new account</source>
        <translation>Créer un nouveau compte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="44"/>
        <source>Chat on the &amp;local network, without an account</source>
        <translation>Discuter sur le réseau &amp;local, sans compte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="45"/>
        <source>With the people on this network (at home, in the office), with no server. Everyone on the network sees your name and status while it is on.</source>
        <translation>Avec les personnes de ce réseau (à la maison, au bureau), sans serveur. Tant que c’est activé, tout le monde sur le réseau voit votre nom et votre statut.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="46"/>
        <source>Chat on the local network, without an account</source>
        <translation>Discuter sur le réseau local, sans compte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="61"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="67"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="68"/>
        <source>Your XMPP address</source>
        <translation>Votre adresse XMPP</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="69"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="77"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="84"/>
        <source>Your account&apos;s password</source>
        <translation>Le mot de passe de votre compte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="85"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="98"/>
        <source>Which server should hold your account? Balcony asks it for its sign-up form; some servers only accept new accounts on their web page.</source>
        <translation>Quel serveur doit héberger votre compte&#xa0;? Balcony lui demande son formulaire d’inscription&#xa0;; certains serveurs n’acceptent de nouveaux comptes que sur leur page web.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="104"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="110"/>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="111"/>
        <source>The name of the server, without a user name</source>
        <translation>Le nom du serveur, sans nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="112"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="126"/>
        <source>The server&apos;s instructions</source>
        <translation>Les instructions du serveur</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="134"/>
        <source>Sign-up web page</source>
        <translation>Page web d’inscription</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="150"/>
        <source>Remember the password</source>
        <translation>Se souvenir du mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="154"/>
        <source>In the system &amp;keychain</source>
        <translation>Dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="155"/>
        <source>The desktop&apos;s keychain (Secret Service or KWallet) keeps it; Balcony never writes it to a file</source>
        <translation>Le trousseau du bureau (Secret Service ou KWallet) le conserve&#xa0;; Balcony ne l’écrit jamais dans un fichier</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="156"/>
        <source>Remember in the system keychain</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="161"/>
        <source>Only until Balcony &amp;quits</source>
        <translation>Seulement jusqu’à la &amp;fermeture de Balcony</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="162"/>
        <source>Kept in memory; asked again at the next start</source>
        <translation>Conservé en mémoire&#xa0;; redemandé au prochain démarrage</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="163"/>
        <source>Remember until Balcony quits</source>
        <translation>Mémoriser jusqu’à la fermeture de Balcony</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="168"/>
        <source>&amp;Never: ask every time the account connects</source>
        <translation>&amp;Jamais&#xa0;: demander à chaque connexion du compte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="169"/>
        <source>Not kept anywhere</source>
        <translation>N’est conservé nulle part</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="170"/>
        <source>Never remember the password</source>
        <translation>Ne jamais mémoriser le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="176"/>
        <source>No keychain (Secret Service or KWallet) is available on this desktop, and Balcony never stores passwords in files. Choose whether it asks at every start or keeps the password until it quits.</source>
        <translation>Aucun trousseau (Secret Service ou KWallet) n’est disponible sur ce bureau, et Balcony n’enregistre jamais les mots de passe dans des fichiers. Choisissez s’il doit le demander à chaque démarrage ou le conserver jusqu’à sa fermeture.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="201"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="206"/>
        <source>&amp;Trust…</source>
        <translation>Faire conf&amp;iance…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="207"/>
        <source>Look at the server&apos;s certificate and decide whether to trust it</source>
        <translation>Examiner le certificat du serveur et décider de lui faire confiance ou non</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="208"/>
        <source>Review the certificate</source>
        <translation>Examiner le certificat</translation>
    </message>
</context>
<context>
    <name>balcony</name>
    <message>
        <location filename="../src/core/Jid.cpp" line="110"/>
        <source>The local part of the address is empty.</source>
        <translation>La partie locale de l’adresse est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="112"/>
        <source>The domain of the address is empty.</source>
        <translation>Le domaine de l’adresse est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="114"/>
        <source>The resource of the address is empty.</source>
        <translation>La ressource de l’adresse est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="120"/>
        <source>The local part is longer than 1023 bytes.</source>
        <translation>La partie locale dépasse 1023 octets.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="122"/>
        <source>The domain is longer than 1023 bytes.</source>
        <translation>Le domaine dépasse 1023 octets.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="124"/>
        <source>The resource is longer than 1023 bytes.</source>
        <translation>La ressource dépasse 1023 octets.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="139"/>
        <source>The local part contains an invalid character.</source>
        <translation>La partie locale contient un caractère non valide.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="152"/>
        <source>The local part may not contain the character &apos;%1&apos;.</source>
        <translation>La partie locale ne peut pas contenir le caractère «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="160"/>
        <source>The local part may not contain spaces or control characters.</source>
        <translation>La partie locale ne peut contenir ni espaces ni caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="188"/>
        <source>The resource contains an invalid character.</source>
        <translation>La ressource contient un caractère non valide.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="195"/>
        <source>The resource may not contain control characters.</source>
        <translation>La ressource ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="249"/>
        <source>The domain is empty.</source>
        <translation>Le domaine est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="252"/>
        <source>The domain contains an invalid character.</source>
        <translation>Le domaine contient un caractère non valide.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="259"/>
        <source>The IPv6 address is missing its closing bracket.</source>
        <translation>Il manque le crochet fermant de l’adresse IPv6.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="264"/>
        <source>The domain is not a valid IPv6 address.</source>
        <translation>Le domaine n’est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="273"/>
        <source>The domain may not contain spaces or control characters.</source>
        <translation>Le domaine ne peut contenir ni espaces ni caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="279"/>
        <source>The domain is not a valid IPv4 address.</source>
        <translation>Le domaine n’est pas une adresse IPv4 valide.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="289"/>
        <source>The domain is not a valid domain name.</source>
        <translation>Le domaine n’est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="293"/>
        <source>The domain contains an empty label.</source>
        <translation>Le domaine contient une étiquette vide.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="297"/>
        <source>A label of the domain is longer than 63 bytes.</source>
        <translation>Une étiquette du domaine dépasse 63 octets.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="332"/>
        <source>The local part before &apos;@&apos; is empty.</source>
        <translation>La partie locale avant «&#xa0;@&#xa0;» est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="336"/>
        <source>The resource after &apos;/&apos; is empty.</source>
        <translation>La ressource après «&#xa0;/&#xa0;» est vide.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="236"/>
        <source>Too much whitespace between stanzas.</source>
        <translation>Trop d’espaces entre les stanzas.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="241"/>
        <source>Data after the end of the stream.</source>
        <translation>Données après la fin du flux.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="258"/>
        <source>Invalid UTF-8 or a character XML forbids.</source>
        <translation>UTF-8 non valide ou caractère interdit en XML.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="254"/>
        <source>Stanza larger than %1 bytes.</source>
        <translation>Stanza de plus de %1 octets.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="270"/>
        <source>An element with more than %1 attributes.</source>
        <translation>Élément comportant plus de %1 attributs.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="275"/>
        <source>More than %1 namespace declarations in scope.</source>
        <translation>Plus de %1 déclarations d’espace de noms en vigueur.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="362"/>
        <source>Entity references other than the predefined ones are not allowed (RFC 6120 §11.1).</source>
        <translation>Seules les références d’entité prédéfinies sont autorisées (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="373"/>
        <source>Malformed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="381"/>
        <source>The stream element is not in the streams namespace.</source>
        <translation>L’élément stream n’est pas dans l’espace de noms streams.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="386"/>
        <source>The streams namespace must use the prefix &apos;stream&apos;.</source>
        <translation>L’espace de noms streams doit utiliser le préfixe «&#xa0;stream&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="412"/>
        <source>Text outside of any stanza.</source>
        <translation>Texte en dehors de toute stanza.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="84"/>
        <source>Elements nested deeper than %1 levels.</source>
        <translation>Éléments imbriqués sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="471"/>
        <source>Unsupported encoding %1; only UTF-8 is allowed.</source>
        <translation>Encodage %1 non pris en charge&#xa0;; seul UTF-8 est autorisé.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="77"/>
        <source>Comments, DTDs, processing instructions and entity declarations are not allowed (RFC 6120 §11.1).</source>
        <translation>Les commentaires, DTD, instructions de traitement et déclarations d’entité sont interdits (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="45"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="49"/>
        <source>%1 is too large to be a list of trusted certificates</source>
        <translation>%1 est trop volumineux pour être une liste de certificats de confiance</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="60"/>
        <source>The list of trusted certificates in %1 is damaged; no certificate is trusted until it is replaced</source>
        <translation>La liste des certificats de confiance dans %1 est endommagée&#xa0;; aucun certificat n’est accepté tant qu’elle n’est pas remplacée</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="89"/>
        <source>There is no certificate to trust</source>
        <translation>Il n’y a aucun certificat auquel faire confiance</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="100"/>
        <source>Invalid domain or certificate fingerprint</source>
        <translation>Domaine ou empreinte de certificat non valide</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="204"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="229"/>
        <location filename="../src/stream/CertificateTrust.cpp" line="237"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="27"/>
        <source>Wrong user name or password.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="29"/>
        <source>This account has been disabled on the server.</source>
        <translation>Ce compte a été désactivé sur le serveur.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="31"/>
        <source>The password has expired; change it with another client or on the server&apos;s website.</source>
        <translation>Le mot de passe a expiré&#xa0;; changez-le avec un autre client ou sur le site web du serveur.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="34"/>
        <source>The server could not check the password right now; try again later.</source>
        <translation>Le serveur n’a pas pu vérifier le mot de passe pour le moment&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="38"/>
        <source>The server refused the authentication method (%1).</source>
        <translation>Le serveur a refusé la méthode d’authentification (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="41"/>
        <source>Authentication failed (%1).</source>
        <translation>Échec de l’authentification (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="44"/>
        <location filename="../src/stream/Negotiator.cpp" line="634"/>
        <location filename="../src/account/RegistrationError.cpp" line="67"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Le serveur a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="168"/>
        <source>The server does not support XMPP 1.0 streams.</source>
        <translation>Le serveur ne prend pas en charge les flux XMPP 1.0.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="175"/>
        <source>The server opened a stream of the wrong kind.</source>
        <translation>Le serveur a ouvert un flux du mauvais type.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="238"/>
        <source>The server does not offer encryption (STARTTLS); Balcony never logs in without it.</source>
        <translation>Le serveur ne propose pas de chiffrement (STARTTLS)&#xa0;; Balcony ne se connecte jamais sans chiffrement.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="251"/>
        <source>The server could not start encryption (STARTTLS failed).</source>
        <translation>Le serveur n’a pas pu démarrer le chiffrement (échec de STARTTLS).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="280"/>
        <location filename="../src/stream/Negotiator.cpp" line="300"/>
        <source>The server offers no authentication method Balcony supports (offered: %1).</source>
        <translation>Le serveur ne propose aucune méthode d’authentification prise en charge par Balcony (proposées&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="339"/>
        <source>The server failed to prove that it knows your password; it may be an impostor (%1).</source>
        <translation>Le serveur n’a pas pu prouver qu’il connaît votre mot de passe&#xa0;; il s’agit peut-être d’un imposteur (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="427"/>
        <source>The resource name cannot be used (%1).</source>
        <translation>Le nom de ressource ne peut pas être utilisé (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="447"/>
        <source>The server does not offer resource binding.</source>
        <translation>Le serveur ne propose pas la liaison de ressource.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="468"/>
        <source>The resource &quot;%1&quot; is in use; the next attempt lets the server choose one.</source>
        <translation>La ressource «&#xa0;%1&#xa0;» est déjà utilisée&#xa0;; à la prochaine tentative, le serveur en choisira une.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="478"/>
        <source>The server refused to bind a resource (%1).</source>
        <translation>Le serveur a refusé de lier une ressource (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="486"/>
        <source>The server bound an invalid address (%1).</source>
        <translation>Le serveur a lié une adresse non valide (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="498"/>
        <source>The server refused to establish a session (%1).</source>
        <translation>Le serveur a refusé d’établir une session (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="551"/>
        <source>The server sent something unexpected while logging in (&lt;%1/&gt;).</source>
        <translation>Le serveur a envoyé quelque chose d’inattendu pendant l’identification (&lt;%1/&gt;).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="611"/>
        <source>Another client logged in with the same resource and replaced this connection.</source>
        <translation>Un autre client s’est connecté avec la même ressource et a remplacé cette connexion.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="615"/>
        <source>The server is shutting down.</source>
        <translation>Le serveur est en cours d’arrêt.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="618"/>
        <source>The server does not host this domain.</source>
        <translation>Le serveur n’héberge pas ce domaine.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="621"/>
        <source>The server closed the connection for a policy violation.</source>
        <translation>Le serveur a fermé la connexion pour violation de sa politique.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="624"/>
        <source>The server redirected the connection more than once, or to an invalid address.</source>
        <translation>Le serveur a redirigé la connexion plus d’une fois, ou vers une adresse non valide.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="628"/>
        <source>The server closed the stream (%1).</source>
        <translation>Le serveur a fermé le flux (%1).</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="598"/>
        <source>The answer carries no service discovery information.</source>
        <translation>La réponse ne contient aucune information de découverte de services.</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="602"/>
        <source>No answer to the service discovery query.</source>
        <translation>Aucune réponse à la requête de découverte de services.</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="606"/>
        <location filename="../src/muc/RoomDirectory.cpp" line="49"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="92"/>
        <source>The connection was lost.</source>
        <translation>La connexion a été perdue.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="160"/>
        <source>The server refused to send the contact list (%1).</source>
        <translation>Le serveur a refusé d’envoyer la liste de contacts (%1).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="164"/>
        <source>The server did not send the contact list in time.</source>
        <translation>Le serveur n’a pas envoyé la liste de contacts à temps.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="364"/>
        <source>The server did not accept the contact %1: its name or a group name is not allowed (%2).</source>
        <translation>Le serveur n’a pas accepté le contact %1&#xa0;: son nom ou un nom de groupe n’est pas autorisé (%2).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="368"/>
        <source>The server refused to change the contact %1 (%2).</source>
        <translation>Le serveur a refusé de modifier le contact %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="373"/>
        <source>The server did not confirm the change to the contact %1 in time.</source>
        <translation>Le serveur n’a pas confirmé à temps la modification du contact %1.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="378"/>
        <source>The connection was lost before the server confirmed the change to the contact %1.</source>
        <translation>La connexion a été perdue avant que le serveur ne confirme la modification du contact %1.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="127"/>
        <source>No contact address was given.</source>
        <translation>Aucune adresse de contact n’a été indiquée.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="135"/>
        <source>Your server does not support approving %1 in advance; approve the request when it arrives.</source>
        <translation>Votre serveur ne permet pas d’accepter %1 à l’avance&#xa0;; acceptez la demande quand elle arrivera.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="143"/>
        <source>Not connected: %1 could not be approved in advance.</source>
        <translation>Non connecté&#xa0;: %1 n’a pas pu être accepté à l’avance.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="195"/>
        <source>Not sharing presence</source>
        <translation>Présence non partagée</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="197"/>
        <source>Waiting for the contact to approve your request</source>
        <translation>En attente de l’accord du contact</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="199"/>
        <source>Wants to see your presence</source>
        <translation>Souhaite voir votre présence</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="201"/>
        <source>Both of you asked; waiting for each other&apos;s approval</source>
        <translation>Vous avez tous deux fait la demande&#xa0;; chacun attend l’accord de l’autre</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="203"/>
        <source>You see their presence; they do not see yours</source>
        <translation>Vous voyez sa présence&#xa0;; il ne voit pas la vôtre</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="205"/>
        <source>You see their presence; they want to see yours</source>
        <translation>Vous voyez sa présence&#xa0;; il souhaite voir la vôtre</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="207"/>
        <source>They see your presence; you do not see theirs</source>
        <translation>Il voit votre présence&#xa0;; vous ne voyez pas la sienne</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="209"/>
        <source>They see your presence; waiting for them to approve your request</source>
        <translation>Il voit votre présence&#xa0;; votre demande attend son accord</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="212"/>
        <source>Sharing presence both ways</source>
        <translation>Présence partagée dans les deux sens</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubError.cpp" line="26"/>
        <source>The server refused %1: %2.</source>
        <translation>Le serveur a refusé l’opération (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubError.cpp" line="34"/>
        <source>The server did not answer %1 in time.</source>
        <translation>Le serveur n’a pas répondu à temps (%1).</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubError.cpp" line="40"/>
        <source>The connection was lost before %1 completed.</source>
        <translation>La connexion a été perdue avant la fin de l’opération (%1).</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubError.cpp" line="50"/>
        <source>The server sent an invalid answer to %1.</source>
        <translation>Le serveur a envoyé une réponse non valide (%1).</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="95"/>
        <source>creating the node “%1”</source>
        <translation>création du nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="117"/>
        <source>changing the configuration of the node “%1”</source>
        <translation>modification de la configuration du nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="129"/>
        <source>sending the configuration of the node “%1”</source>
        <translation>envoi de la configuration du nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="176"/>
        <source>publishing to the node “%1”</source>
        <translation>publication dans le nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="311"/>
        <source>sending the items of the node “%1”</source>
        <translation>envoi des éléments du nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="347"/>
        <source>removing an item from the node “%1”</source>
        <translation>suppression d’un élément du nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="360"/>
        <source>removing every item from the node “%1”</source>
        <translation>suppression de tous les éléments du nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="372"/>
        <source>deleting the node “%1”</source>
        <translation>suppression du nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="11"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="13"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="15"/>
        <source>Securing the connection…</source>
        <translation>Sécurisation de la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="17"/>
        <source>Signing in…</source>
        <translation>Identification…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="19"/>
        <source>Starting the session…</source>
        <translation>Ouverture de la session…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="21"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="23"/>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="25"/>
        <source>Connection lost, retrying soon…</source>
        <translation>Connexion perdue, nouvelle tentative sous peu…</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="12"/>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="15"/>
        <source>The encrypted-session form is malformed.</source>
        <translation>Le formulaire de session chiffrée est mal formé.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="18"/>
        <source>The encrypted-session form offers an unsupported key-exchange group.</source>
        <translation>Le formulaire de session chiffrée propose un groupe d’échange de clés non pris en charge.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="21"/>
        <source>Offline encrypted-session options must not include iq stanzas.</source>
        <translation>Les options de session chiffrée hors ligne ne doivent pas inclure de stanzas iq.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="24"/>
        <source>The re-key frequency of the encrypted session is out of range.</source>
        <translation>La fréquence de renouvellement des clés de la session chiffrée est hors limites.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="27"/>
        <source>The contact offers no encryption options Balcony supports.</source>
        <translation>Le contact ne propose aucune option de chiffrement prise en charge par Balcony.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="30"/>
        <source>The contact chose encryption options that were never offered.</source>
        <translation>Le contact a choisi des options de chiffrement qui n’ont jamais été proposées.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="33"/>
        <source>The offline encryption options have expired.</source>
        <translation>Les options de chiffrement hors ligne ont expiré.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="36"/>
        <source>No trusted public key is known for this contact.</source>
        <translation>Aucune clé publique de confiance n’est connue pour ce contact.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="39"/>
        <source>The offline encryption options are not signed by a trusted key of the contact.</source>
        <translation>Les options de chiffrement hors ligne ne sont pas signées par une clé de confiance du contact.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="43"/>
        <source>The key-exchange value is out of range.</source>
        <translation>La valeur d’échange de clés est hors limites.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="46"/>
        <source>The message belongs to offline options this client did not publish.</source>
        <translation>Le message correspond à des options hors ligne que ce client n’a pas publiées.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="49"/>
        <source>The encrypted session was already started once: this is a replay.</source>
        <translation>La session chiffrée a déjà été ouverte une fois&#xa0;: il s’agit d’un rejeu.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="52"/>
        <source>The encrypted message was tampered with (bad MAC).</source>
        <translation>Le message chiffré a été altéré (MAC incorrect).</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="55"/>
        <source>The sender&apos;s encrypted identity is unreadable.</source>
        <translation>L’identité chiffrée de l’expéditeur est illisible.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="58"/>
        <source>The sender&apos;s public key is not trusted for this contact.</source>
        <translation>La clé publique de l’expéditeur n’est pas reconnue comme fiable pour ce contact.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="61"/>
        <source>The sender&apos;s signature does not verify.</source>
        <translation>La signature de l’expéditeur n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="64"/>
        <source>A cryptographic operation failed.</source>
        <translation>Une opération cryptographique a échoué.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="67"/>
        <source>The contact asked for a four-message encrypted-session negotiation (hash commitment or short authentication string), which Balcony does not support.</source>
        <translation>Le contact a demandé une négociation de session chiffrée en quatre messages (engagement de hachage ou courte chaîne d’authentification), que Balcony ne prend pas en charge.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="72"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="303"/>
        <source>The contact declined the encrypted session.</source>
        <translation>Le contact a refusé la session chiffrée.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="75"/>
        <source>The reply does not belong to this encrypted-session negotiation.</source>
        <translation>La réponse ne correspond pas à cette négociation de session chiffrée.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="78"/>
        <source>This encrypted-session negotiation was already completed.</source>
        <translation>Cette négociation de session chiffrée est déjà terminée.</translation>
    </message>
    <message>
        <location filename="../src/esession/StanzaCipher.cpp" line="107"/>
        <source>The message could not be encrypted.</source>
        <translation>Le message n’a pas pu être chiffré.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="60"/>
        <location filename="../src/esession/EsessionManager.cpp" line="157"/>
        <location filename="../src/esession/EsessionManager.cpp" line="365"/>
        <location filename="../src/esession/EsessionManager.cpp" line="493"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="183"/>
        <source>The encryption keys are locked.</source>
        <translation>Les clés de chiffrement sont verrouillées.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="65"/>
        <source>The stored signing key cannot be read.</source>
        <translation>La clé de signature enregistrée est illisible.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="134"/>
        <source>A signing key could not be generated.</source>
        <translation>Impossible de générer une clé de signature.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="136"/>
        <source>The new signing key could not be stored.</source>
        <translation>La nouvelle clé de signature n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="199"/>
        <source>The offline encryption options could not be stored.</source>
        <translation>Les options de chiffrement hors ligne n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="402"/>
        <source>No encrypted session with this contact is known for this message.</source>
        <translation>Aucune session chiffrée avec ce contact n’est connue pour ce message.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="436"/>
        <source>[Encrypted message that could not be read: %1]</source>
        <translation>[Message chiffré illisible&#xa0;: %1]</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="531"/>
        <source>The contact has published no offline encryption options.</source>
        <translation>Le contact n’a publié aucune option de chiffrement hors ligne.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="626"/>
        <source>The encrypted session could not be stored.</source>
        <translation>La session chiffrée n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="677"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="821"/>
        <source>The message could not be stored.</source>
        <translation>Le message n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="165"/>
        <source>The contact is not online.</source>
        <translation>Le contact n’est pas en ligne.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="170"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="304"/>
        <source>The contact&apos;s client does not support encrypted sessions.</source>
        <translation>Le client du contact ne prend pas en charge les sessions chiffrées.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="214"/>
        <source>The contact&apos;s client did not answer the encrypted session request.</source>
        <translation>Le client du contact n’a pas répondu à la demande de session chiffrée.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="312"/>
        <source>The contact could not read an encrypted message.</source>
        <translation>Le contact n’a pas pu lire un message chiffré.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="450"/>
        <source>The encrypted session ended.</source>
        <translation>La session chiffrée est terminée.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="313"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="482"/>
        <source>The contact ended the encrypted session.</source>
        <translation>Le contact a mis fin à la session chiffrée.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="547"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="549"/>
        <source>The contact went offline.</source>
        <translation>Le contact s’est déconnecté.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="576"/>
        <source>The encrypted session was ended.</source>
        <translation>La session chiffrée a été fermée.</translation>
    </message>
    <message>
        <location filename="../src/account/Account.cpp" line="157"/>
        <source>The account&apos;s stores are incomplete.</source>
        <translation>Les données du compte sont incomplètes.</translation>
    </message>
    <message>
        <location filename="../src/account/ChatSender.cpp" line="105"/>
        <source>The message could not be stored: %1</source>
        <translation>Le message n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="79"/>
        <source>The profile of %1 cannot be opened.</source>
        <translation>Impossible d’ouvrir le profil de %1.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="182"/>
        <location filename="../src/app/AccountController.cpp" line="241"/>
        <source>The account is not open.</source>
        <translation>Le compte n’est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="218"/>
        <location filename="../src/app/AccountController.cpp" line="276"/>
        <source>You are not in this room.</source>
        <translation>Vous n’êtes pas dans ce salon.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="254"/>
        <source>The message could not be sent.</source>
        <translation>Le message n’a pas pu être envoyé.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="268"/>
        <source>%1 is not in the room any more.</source>
        <translation>%1 n’est plus dans le salon.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="20"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="21"/>
        <source>Nickname</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="22"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="23"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="24"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="25"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="26"/>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="27"/>
        <source>Street address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="28"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="29"/>
        <source>State or region</source>
        <translation>État ou région</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="30"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="31"/>
        <source>Telephone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="32"/>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="33"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="34"/>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="35"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationManager.cpp" line="81"/>
        <source>The connection was lost before the server answered; whether the change was made is unknown.</source>
        <translation>La connexion a été perdue avant la réponse du serveur&#xa0;; on ne sait pas si la modification a été effectuée.</translation>
    </message>
    <message>
        <location filename="../src/app/FreedesktopNotifier.cpp" line="106"/>
        <location filename="../src/app/FreedesktopNotifier.cpp" line="107"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../src/app/FreedesktopNotifier.cpp" line="126"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../src/app/FreedesktopNotifier.cpp" line="127"/>
        <source>Reply…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="223"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="228"/>
        <source>Only one value is allowed here.</source>
        <translation>Une seule valeur est permise ici.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="231"/>
        <source>Line breaks are not allowed here.</source>
        <translation>Les retours à la ligne ne sont pas permis ici.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="237"/>
        <source>Choose yes or no.</source>
        <translation>Choisissez oui ou non.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="244"/>
        <source>Choose one of the offered options.</source>
        <translation>Choisissez l’une des options proposées.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="250"/>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse valide.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="298"/>
        <location filename="../src/storage/Database.cpp" line="364"/>
        <location filename="../src/storage/Database.cpp" line="480"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="370"/>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="375"/>
        <source>the folder is not writable</source>
        <translation>le dossier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="396"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="445"/>
        <source>The database %1 was written by a newer version of Balcony (schema %2; this version knows schema %3). It was left unchanged; please use a newer version of Balcony.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Balcony (schéma %2&#xa0;; cette version connaît le schéma %3). Elle n’a pas été modifiée&#xa0;; veuillez utiliser une version plus récente de Balcony.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="492"/>
        <source>Could not update the database %1 to the current format; it was left as it was. %2</source>
        <translation>Impossible de mettre à jour la base de données %1 vers le format actuel&#xa0;; elle a été laissée telle quelle. %2</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="512"/>
        <source>The database %1 is damaged and could not be moved aside (%2). Nothing was changed.</source>
        <translation>La base de données %1 est endommagée et n’a pas pu être mise de côté (%2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="524"/>
        <source>The database %1 was damaged and could not be read. It was kept as %2 and a new database was created; contacts and server information will be fetched again from the server.</source>
        <translation>La base de données %1 était endommagée et n’a pas pu être lue. Elle a été conservée sous le nom %2 et une nouvelle base a été créée&#xa0;; les contacts et les informations du serveur seront à nouveau récupérés depuis le serveur.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="607"/>
        <source>%1 did not take effect (%2)</source>
        <translation>%1 n’a pas pris effet (%2)</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="659"/>
        <location filename="../src/storage/Database.cpp" line="665"/>
        <source>schema version %1: %2</source>
        <translation>version de schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/crypto/DhKeyPair.cpp" line="124"/>
        <source>The peer&apos;s Diffie-Hellman public value is out of range.</source>
        <translation>La valeur publique Diffie-Hellman du correspondant est hors limites.</translation>
    </message>
    <message>
        <location filename="../src/crypto/DhKeyPair.cpp" line="133"/>
        <source>Out of memory while computing the Diffie-Hellman secret.</source>
        <translation>Mémoire insuffisante pour calculer le secret Diffie-Hellman.</translation>
    </message>
    <message>
        <location filename="../src/crypto/DhKeyPair.cpp" line="138"/>
        <source>The Diffie-Hellman computation failed.</source>
        <translation>Le calcul Diffie-Hellman a échoué.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionChannel.cpp" line="151"/>
        <source>The encrypted session has ended.</source>
        <translation>La session chiffrée est terminée.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionChannel.cpp" line="155"/>
        <source>The encrypted session may not change its keys yet.</source>
        <translation>La session chiffrée ne peut pas encore changer de clés.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionChannel.cpp" line="173"/>
        <source>New keys for the encrypted session could not be computed.</source>
        <translation>Les nouvelles clés de la session chiffrée n’ont pas pu être calculées.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="22"/>
        <source>This user name is already taken on the server; choose another one.</source>
        <translation>Ce nom d’utilisateur est déjà pris sur le serveur&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="29"/>
        <source>The server did not accept what was entered: some information is missing or not valid.</source>
        <translation>Le serveur n’a pas accepté les données saisies&#xa0;: certaines informations sont manquantes ou non valides.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="38"/>
        <source>This server does not allow changing the password from a client.</source>
        <translation>Ce serveur ne permet pas de changer le mot de passe depuis un client.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="40"/>
        <source>This server does not allow removing the account from a client.</source>
        <translation>Ce serveur ne permet pas de supprimer le compte depuis un client.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="41"/>
        <source>This server does not allow creating accounts from a client.</source>
        <translation>Ce serveur ne permet pas de créer des comptes depuis un client.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="45"/>
        <source>The server wants more proof before it does this (for example the current password).</source>
        <translation>Le serveur demande davantage de preuves avant d’effectuer cette opération (par exemple le mot de passe actuel).</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="50"/>
        <source>The server refused this under its rules (for example a password that is too weak or a name that is not allowed).</source>
        <translation>Le serveur a refusé cette opération en vertu de ses règles (par exemple un mot de passe trop faible ou un nom non autorisé).</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="56"/>
        <source>The server refuses more registrations from this network for now; try again later.</source>
        <translation>Le serveur refuse pour l’instant de nouvelles inscriptions depuis ce réseau&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="61"/>
        <source>The server refused the request (%1).</source>
        <translation>Le serveur a refusé la demande (%1).</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="78"/>
        <source>The connection to the server failed.</source>
        <translation>La connexion au serveur a échoué.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="87"/>
        <source>The server did not answer in time; try again.</source>
        <translation>Le serveur n’a pas répondu à temps&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="55"/>
        <source>The account list %1 cannot be read.</source>
        <translation>Impossible de lire la liste des comptes %1.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="99"/>
        <source>The account list %1 was written by a newer version of Balcony and is left as it is.</source>
        <translation>La liste des comptes %1 a été écrite par une version plus récente de Balcony et a été laissée telle quelle.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="133"/>
        <source>The account list %1 cannot be written.</source>
        <translation>Impossible d’écrire la liste des comptes %1.</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="26"/>
        <location filename="../src/app/PasswordStore.cpp" line="244"/>
        <source>No password is stored for this account.</source>
        <translation>Aucun mot de passe n’est enregistré pour ce compte.</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="31"/>
        <source>No keychain is available on this desktop (%1).</source>
        <translation>Aucun trousseau n’est disponible sur ce bureau (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="38"/>
        <source>The keychain refused access (%1).</source>
        <translation>Le trousseau a refusé l’accès (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="45"/>
        <source>The keychain failed: %1</source>
        <translation>Erreur du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="161"/>
        <source>No keychain is available on this desktop (neither a Secret Service such as GNOME Keyring nor KWallet is running).</source>
        <translation>Aucun trousseau n’est disponible sur ce bureau (ni un Secret Service comme GNOME Keyring ni KWallet n’est lancé).</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="19"/>
        <source>Enter your address, like name@example.org.</source>
        <translation>Saisissez votre adresse, par exemple nom@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="22"/>
        <source>An address has a name and a server, like name@example.org.</source>
        <translation>Une adresse comporte un nom et un serveur, par exemple nom@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="27"/>
        <source>This address is not valid: %1</source>
        <translation>Cette adresse n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="30"/>
        <source>An address has a name before the @, like name@example.org.</source>
        <translation>Une adresse comporte un nom avant le @, par exemple nom@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="33"/>
        <source>Leave out the part after &quot;/&quot;; the resource goes under Advanced.</source>
        <translation>Omettez la partie après «&#xa0;/&#xa0;»&#xa0;; la ressource se règle dans «&#xa0;Avancé&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="46"/>
        <source>Enter the server&apos;s name, like example.org.</source>
        <translation>Saisissez le nom du serveur, par exemple example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="49"/>
        <source>Enter only the server&apos;s name, like example.org (the user name comes next).</source>
        <translation>Saisissez uniquement le nom du serveur, par exemple example.org (le nom d’utilisateur vient ensuite).</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="55"/>
        <source>This server name is not valid: %1</source>
        <translation>Ce nom de serveur n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="65"/>
        <source>Enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="71"/>
        <source>Enter the new password.</source>
        <translation>Saisissez le nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="74"/>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; saisissez le même deux fois.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="86"/>
        <source>Enter only a host name or an IP address (the port has its own field).</source>
        <translation>Saisissez uniquement un nom d’hôte ou une adresse IP (le port a son propre champ).</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="90"/>
        <source>This host name is not valid.</source>
        <translation>Ce nom d’hôte n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="102"/>
        <source>This resource name cannot be used.</source>
        <translation>Ce nom de ressource ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location filename="../src/muc/RoomDirectory.cpp" line="47"/>
        <source>The server did not answer.</source>
        <translation>Le serveur n’a pas répondu.</translation>
    </message>
    <message>
        <location filename="../src/muc/RoomDirectory.cpp" line="54"/>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la demande.</translation>
    </message>
</context>
<context>
    <name>balcony::AesGcmLink</name>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="44"/>
        <source>The encrypted file&apos;s link is too long.</source>
        <translation>Le lien vers le fichier chiffré est trop long.</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="61"/>
        <source>This is not a valid link to an encrypted file (aesgcm://).</source>
        <translation>Ce n&apos;est pas un lien valide vers un fichier chiffré (aesgcm://).</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="66"/>
        <source>The link to the encrypted file carries no valid key (it needs 88 or 96 hex digits).</source>
        <translation>Le lien vers le fichier chiffré ne contient pas de clé valide (il faut 88 ou 96 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="114"/>
        <source>The file could not be encrypted (no valid key).</source>
        <translation>Le fichier n&apos;a pas pu être chiffré (pas de clé valide).</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="121"/>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="129"/>
        <location filename="../src/files/AesGcmLink.cpp" line="140"/>
        <source>The file could not be encrypted.</source>
        <translation>Le fichier n&apos;a pas pu être chiffré.</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="133"/>
        <location filename="../src/files/AesGcmLink.cpp" line="143"/>
        <source>The encrypted file could not be written: %1</source>
        <translation>Le fichier chiffré n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>balcony::ArchiveManager</name>
    <message>
        <location filename="../src/im/ArchiveManager.cpp" line="109"/>
        <location filename="../src/im/ArchiveManager.cpp" line="203"/>
        <source>The server did not answer the archive query.</source>
        <translation>Le serveur n’a pas répondu à la requête d’archive.</translation>
    </message>
    <message>
        <location filename="../src/im/ArchiveManager.cpp" line="167"/>
        <location filename="../src/im/ArchiveManager.cpp" line="217"/>
        <source>The archived messages could not be stored.</source>
        <translation>Les messages archivés n’ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>balcony::AvatarManager</name>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="98"/>
        <source>the image is larger than %1 KiB</source>
        <translation>l’image dépasse %1 Kio</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="111"/>
        <source>the data is not an image</source>
        <translation>les données ne sont pas une image</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="112"/>
        <source>images of type %1 are not accepted</source>
        <translation>les images de type %1 ne sont pas acceptées</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="118"/>
        <source>the image has no valid size</source>
        <translation>l’image n’a pas de taille valide</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="123"/>
        <source>the image is %1×%2 pixels, more than %3 a side</source>
        <translation>l’image fait %1×%2 pixels, plus de %3 par côté</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="131"/>
        <location filename="../src/avatar/AvatarImage.cpp" line="172"/>
        <source>the image cannot be decoded: %1</source>
        <translation>l’image ne peut pas être décodée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="145"/>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="157"/>
        <source>the file is not an image Balcony can read</source>
        <translation>le fichier n’est pas une image que Balcony sait lire</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="162"/>
        <source>the image is %1×%2 pixels, too large to load</source>
        <translation>l’image fait %1×%2 pixels, trop grande pour être chargée</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="188"/>
        <source>the image cannot be encoded as PNG: %1</source>
        <translation>l’image ne peut pas être encodée en PNG&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="204"/>
        <source>the image does not fit into %1 KiB as PNG</source>
        <translation>l’image ne tient pas dans %1 Kio en PNG</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="216"/>
        <source>its type (%1) is not one of image/png, image/jpeg, image/gif, image/webp, or it is only on the web</source>
        <translation>son type (%1) n’est ni image/png, ni image/jpeg, ni image/gif, ni image/webp, ou il n’est que sur le web</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="221"/>
        <source>its id is not a SHA-1 hash</source>
        <translation>son identifiant n’est pas un hachage SHA-1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="227"/>
        <source>its size is not a number</source>
        <translation>sa taille n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="230"/>
        <source>it is %1 bytes, more than %2 KiB</source>
        <translation>il fait %1 octets, plus de %2 Kio</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="261"/>
        <source>its photo hash is not a SHA-1 hash</source>
        <translation>le hachage de sa photo n’est pas un hachage SHA-1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="397"/>
        <source>the vCard request failed: %1</source>
        <translation>la demande de vCard a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="401"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="633"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="830"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="852"/>
        <source>the vCard request got no answer</source>
        <translation>la demande de vCard est restée sans réponse</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="420"/>
        <source>the contact&apos;s data node has no image with this id</source>
        <translation>le nœud de données du contact n’a pas d’image avec cet identifiant</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="431"/>
        <source>the contact&apos;s vCard has no photo</source>
        <translation>la vCard du contact n’a pas de photo</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="447"/>
        <source>its type (%1) is not one of image/png, image/jpeg, image/gif, image/webp</source>
        <translation>son type (%1) n’est ni image/png, ni image/jpeg, ni image/gif, ni image/webp</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="452"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="462"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="655"/>
        <source>it is larger than %1 KiB</source>
        <translation>il dépasse %1 Kio</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="458"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="661"/>
        <source>its data is not valid base64</source>
        <translation>ses données ne sont pas du base64 valide</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="466"/>
        <source>its SHA-1 does not match its id</source>
        <translation>son SHA-1 ne correspond pas à son identifiant</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="694"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="777"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="829"/>
        <source>the vCard could not be read: %1</source>
        <translation>la vCard n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="851"/>
        <source>the vCard could not be saved: %1</source>
        <translation>la vCard n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>balcony::BoshTransport</name>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="104"/>
        <source>The BOSH connection manager left %1 requests unanswered for %2 seconds although it may hold only %3; the session is resumed.</source>
        <translation>Le gestionnaire de connexion BOSH a laissé %1 requêtes sans réponse pendant %2 secondes alors qu’il ne peut en garder que %3&#xa0;; la session est reprise.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="194"/>
        <source>The BOSH address %1 is not an https:// URL.</source>
        <translation>L’adresse BOSH %1 n’est pas une URL https://.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="220"/>
        <source>%1 announces no BOSH endpoint (XEP-0156); give its address with the BOSH URL setting.</source>
        <translation>%1 n’annonce aucun point d’accès BOSH (XEP-0156)&#xa0;; indiquez son adresse dans le réglage URL BOSH.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="271"/>
        <source>STARTTLS is not available over BOSH.</source>
        <translation>STARTTLS n’est pas disponible avec BOSH.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="281"/>
        <source>Cannot frame the stream for BOSH: %1</source>
        <translation>Impossible d’encapsuler le flux pour BOSH&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="702"/>
        <location filename="../src/stream/BoshTransport.cpp" line="736"/>
        <source>The BOSH connection manager sent a response larger than %1 MiB.</source>
        <translation>Le gestionnaire de connexions BOSH a envoyé une réponse de plus de %1 Mio.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="708"/>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Le certificat de %1 n’est pas approuvé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="710"/>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS avec %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="718"/>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="729"/>
        <source>The BOSH connection manager answered with HTTP status %1; the session is lost.</source>
        <translation>Le gestionnaire de connexions BOSH a répondu avec le statut HTTP %1&#xa0;; la session est perdue.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="743"/>
        <source>The BOSH connection manager sent a malformed response: %1</source>
        <translation>Le gestionnaire de connexions BOSH a envoyé une réponse mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="798"/>
        <source>The BOSH connection manager did not answer (%1); the session is lost.</source>
        <translation>Le gestionnaire de connexions BOSH n’a pas répondu (%1)&#xa0;; la session est perdue.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="839"/>
        <source>the XML declaration is not closed</source>
        <translation>la déclaration XML n’est pas fermée</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="852"/>
        <source>the response is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="853"/>
        <source>it must be exactly one &lt;body/&gt; element</source>
        <translation>elle doit être exactement un élément &lt;body/&gt;</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="865"/>
        <source>markup declarations, comments and processing instructions are not allowed</source>
        <translation>les déclarations de balisage, les commentaires et les instructions de traitement sont interdits</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="871"/>
        <source>the root element is &lt;%1 xmlns=&apos;%2&apos;/&gt;, not an XEP-0124 &lt;body/&gt;</source>
        <translation>l’élément racine est &lt;%1 xmlns=&apos;%2&apos;/&gt;, pas un &lt;body/&gt; XEP-0124</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="882"/>
        <source>not well-formed XML (%1)</source>
        <translation>XML mal formé (%1)</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="887"/>
        <source>the &lt;body/&gt; start tag is not closed</source>
        <translation>la balise ouvrante de &lt;body/&gt; n’est pas fermée</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="898"/>
        <source>an element in the &lt;body/&gt; is not complete</source>
        <translation>un élément du &lt;body/&gt; est incomplet</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="949"/>
        <source>The BOSH connection manager created no session (its answer has no valid sid).</source>
        <translation>Le gestionnaire de connexions BOSH n’a pas créé de session (sa réponse n’a pas de sid valide).</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="1051"/>
        <source>The BOSH connection manager does not know this session or request any more (item-not-found).</source>
        <translation>Le gestionnaire de connexions BOSH ne connaît plus cette session ou cette requête (item-not-found).</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="1053"/>
        <source>The BOSH connection manager redirected to another address, which is not followed.</source>
        <translation>Le gestionnaire de connexions BOSH a redirigé vers une autre adresse, qui n’est pas suivie.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="1055"/>
        <source>The BOSH connection manager ended the session (%1).</source>
        <translation>Le gestionnaire de connexions BOSH a mis fin à la session (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="1063"/>
        <source>The server sends faster than the client can handle.</source>
        <translation>Le serveur envoie plus vite que le client ne peut traiter.</translation>
    </message>
</context>
<context>
    <name>balcony::Connection</name>
    <message>
        <location filename="../src/stream/Connection.cpp" line="91"/>
        <source>The BOSH address must be an https:// URL.</source>
        <translation>L’adresse BOSH doit être une URL https://.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="94"/>
        <source>The WebSocket address must be a wss:// URL.</source>
        <translation>L’adresse WebSocket doit être une URL wss://.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="100"/>
        <source>The server name is missing or invalid.</source>
        <translation>Le nom du serveur est manquant ou non valide.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="102"/>
        <source>The account address must look like name@example.org.</source>
        <translation>L’adresse du compte doit être de la forme nom@example.org.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="104"/>
        <source>No password is set for this account.</source>
        <translation>Aucun mot de passe n’est défini pour ce compte.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="368"/>
        <source>The server sent invalid data (%1); the connection was closed.</source>
        <translation>Le serveur a envoyé des données non valides (%1)&#xa0;; la connexion a été fermée.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="383"/>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="773"/>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="802"/>
        <source>The server did not complete the login in time.</source>
        <translation>Le serveur n’a pas terminé l’identification à temps.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="214"/>
        <source>The server acknowledged messages it was never sent; the session was reset.</source>
        <translation>Le serveur a accusé réception de messages qui ne lui ont jamais été envoyés&#xa0;; la session a été réinitialisée.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="332"/>
        <source>The server acknowledged messages it was never sent; the connection was closed.</source>
        <translation>Le serveur a accusé réception de messages qui ne lui ont jamais été envoyés&#xa0;; la connexion a été fermée.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="420"/>
        <source>The server stopped answering; reconnecting.</source>
        <translation>Le serveur ne répond plus&#xa0;; reconnexion en cours.</translation>
    </message>
</context>
<context>
    <name>balcony::EventingManager</name>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="444"/>
        <source>Not connected, or not an address of a user.</source>
        <translation>Non connecté, ou ce n’est pas l’adresse d’un utilisateur.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="549"/>
        <source>Presence by publish-subscribe (XEP-0207)</source>
        <translation>Présence par publication-abonnement (XEP-0207)</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="618"/>
        <source>No authorization request from %1.</source>
        <translation>Aucune demande d’autorisation de %1.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="622"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1130"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="714"/>
        <source>No publish-subscribe service is set for eventing mode.</source>
        <translation>Aucun service de publication-abonnement n’est défini pour le mode eventing.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="718"/>
        <source>Not an address of another user.</source>
        <translation>Ce n’est pas l’adresse d’un autre utilisateur.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="722"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1235"/>
        <source>The message is empty or longer than %1 characters.</source>
        <translation>Le message est vide ou dépasse %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="734"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1247"/>
        <source>The message could not be stored.</source>
        <translation>Le message n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="797"/>
        <source>The publish-subscribe service refused %1: %2</source>
        <translation>Le service de publication-abonnement a refusé %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="816"/>
        <source>creating the chat node</source>
        <translation>la création du nœud de discussion</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="829"/>
        <source>making the contact a publisher</source>
        <translation>l’ajout du contact comme éditeur</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="844"/>
        <source>subscribing to the chat node</source>
        <translation>l’abonnement au nœud de discussion</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1118"/>
        <source>“%1” is not a usable room name, or no publish-subscribe service is set.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de salon utilisable, ou aucun service de publication-abonnement n’est défini.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1122"/>
        <source>The nickname is empty or longer than %1 characters.</source>
        <translation>Le pseudo est vide ou dépasse %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1126"/>
        <source>Too many rooms in eventing mode (at most %1).</source>
        <translation>Trop de salons en mode eventing (au plus %1).</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1193"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1202"/>
        <source>Could not join “%1”: %2</source>
        <translation>Impossible de rejoindre «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1210"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1231"/>
        <source>Not in the room “%1”.</source>
        <translation>Pas dans le salon «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>balcony::HostMetaDiscovery</name>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="52"/>
        <source>The server&apos;s connection endpoints (host-meta) did not arrive in time.</source>
        <translation>Les points de connexion du serveur (host-meta) ne sont pas arrivés à temps.</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="151"/>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="166"/>
        <source>The server&apos;s host-meta document is larger than %1 KiB.</source>
        <translation>Le document host-meta du serveur dépasse %1&#xa0;Kio.</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="156"/>
        <source>The server&apos;s certificate for %1 is not trusted (host-meta discovery).</source>
        <translation>Le certificat du serveur pour %1 n’est pas approuvé (découverte host-meta).</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="160"/>
        <source>The server&apos;s host-meta could not be fetched: %1</source>
        <translation>Le host-meta du serveur n’a pas pu être récupéré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="162"/>
        <source>The server answered host-meta with HTTP status %1.</source>
        <translation>Le serveur a répondu à host-meta avec le statut HTTP %1.</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="170"/>
        <source>The server&apos;s host-meta.json is not a JSON resource descriptor.</source>
        <translation>Le host-meta.json du serveur n’est pas un descripteur de ressource JSON.</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="171"/>
        <source>The server&apos;s host-meta is not an XRD document.</source>
        <translation>Le host-meta du serveur n’est pas un document XRD.</translation>
    </message>
</context>
<context>
    <name>balcony::HttpUploadManager</name>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="154"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="157"/>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="160"/>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="162"/>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="232"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="251"/>
        <source>The server could not list its services: %1</source>
        <translation>Le serveur n’a pas pu lister ses services&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="252"/>
        <source>The server did not list its services.</source>
        <translation>Le serveur n’a pas listé ses services.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="308"/>
        <source>The server offers no file upload service.</source>
        <translation>Le serveur ne propose aucun service d’envoi de fichiers.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="344"/>
        <source>The upload service answered without a slot.</source>
        <translation>Le service d’envoi a répondu sans emplacement.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="352"/>
        <source>The upload service answered with a slot without valid URLs.</source>
        <translation>Le service d’envoi a proposé un emplacement sans adresses valides.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="377"/>
        <source>The upload service offered an address that is not https (%1): nothing was uploaded.</source>
        <translation>Le service d’envoi a proposé une adresse qui n’est pas en https (%1)&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="381"/>
        <source>The upload service offered an invalid address: nothing was uploaded.</source>
        <translation>Le service d’envoi a proposé une adresse invalide&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="387"/>
        <source>The upload service asked to send the file to another host (%1): nothing was uploaded.</source>
        <translation>Le service d’envoi a demandé d’envoyer le fichier à un autre hôte (%1)&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="406"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="454"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="474"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="661"/>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="413"/>
        <source>The conversation with %1 is encrypted, but the file would be uploaded unencrypted: the server and anyone with the link could read it. Confirm to send it anyway.</source>
        <translation>La conversation avec %1 est chiffrée, mais le fichier serait envoyé sans chiffrement&#xa0;: le serveur et toute personne ayant le lien pourraient le lire. Confirmez pour l’envoyer quand même.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="419"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="581"/>
        <source>Not connected: the file cannot be uploaded now.</source>
        <translation>Non connecté&#xa0;: le fichier ne peut pas être envoyé maintenant.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="424"/>
        <source>The file %1 is empty.</source>
        <translation>Le fichier %1 est vide.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="429"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="553"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="609"/>
        <source>The file is too large to upload: %1, and the server accepts at most %2.</source>
        <translation>Le fichier est trop volumineux pour être envoyé&#xa0;: %1, et le serveur accepte au plus %2.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="450"/>
        <source>No key could be made to encrypt the file.</source>
        <translation>Aucune clé n&apos;a pu être créée pour chiffrer le fichier.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="459"/>
        <source>The file cannot be encrypted: no temporary file (%1).</source>
        <translation>Le fichier ne peut pas être chiffré&#xa0;: pas de fichier temporaire (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="481"/>
        <source>The file cannot be encrypted: %1</source>
        <translation>Le fichier ne peut pas être chiffré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="535"/>
        <source>The file is too large to upload: %1 encrypted, and the server accepts at most %2.</source>
        <translation>Le fichier est trop volumineux pour être envoyé&#xa0;: %1 une fois chiffré, et le serveur accepte au plus %2.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="573"/>
        <source>The upload service did not answer.</source>
        <translation>Le service d’envoi n’a pas répondu.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="576"/>
        <source>The connection was lost before the upload started.</source>
        <translation>La connexion a été perdue avant le début de l’envoi.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="606"/>
        <source>The file is too large to upload: %1, and the server now says it accepts at most %2 (it advertised %3).</source>
        <translation>Le fichier est trop volumineux pour être envoyé&#xa0;: %1, et le serveur dit maintenant accepter au plus %2 (il annonçait %3).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="613"/>
        <source>The file is too large for the upload service (%1).</source>
        <translation>Le fichier est trop volumineux pour le service d’envoi (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="621"/>
        <source>The upload service accepts no more files from you for now; try again after %1.</source>
        <translation>Le service d’envoi n’accepte plus de fichiers de votre part pour le moment&#xa0;; réessayez après %1.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="623"/>
        <source>The upload service accepts no more files from you for now; try again later.</source>
        <translation>Le service d’envoi n’accepte plus de fichiers de votre part pour le moment&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="626"/>
        <source>The upload service refused the file: %1</source>
        <translation>Le service d’envoi a refusé le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="524"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="665"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="721"/>
        <source>The file %1 changed while it was being sent.</source>
        <translation>Le fichier %1 a changé pendant son envoi.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="712"/>
        <source>The upload failed: the server took nothing for %1 seconds.</source>
        <translation>L’envoi a échoué&#xa0;: le serveur n’a rien accepté pendant %1 secondes.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="715"/>
        <source>The upload server sent an oversized answer.</source>
        <translation>Le serveur d’envoi a envoyé une réponse trop volumineuse.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="718"/>
        <source>The upload server&apos;s answer is not HTTP.</source>
        <translation>La réponse du serveur d’envoi n’est pas du HTTP.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="740"/>
        <source>The file was uploaded to %1, but the message could not be saved, so it was not sent.</source>
        <translation>Le fichier a été envoyé vers %1, mais le message n’a pas pu être enregistré, il n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="751"/>
        <source>The upload server refused the file as too large (%1), although the service advertised a limit of %2.</source>
        <translation>Le serveur d’envoi a refusé le fichier comme trop volumineux (%1), bien que le service annonce une limite de %2.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="754"/>
        <source>The upload server refused the file as too large (%1).</source>
        <translation>Le serveur d’envoi a refusé le fichier comme trop volumineux (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="759"/>
        <source>The upload server answered with an error: %1 %2.</source>
        <translation>Le serveur d’envoi a répondu par une erreur&#xa0;: %1 %2.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="1013"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="1024"/>
        <source>The upload was cancelled.</source>
        <translation>L’envoi a été annulé.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="707"/>
        <source>The upload server&apos;s certificate is not trusted (%1).</source>
        <translation>Le certificat du serveur d’envoi n’est pas de confiance (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="724"/>
        <source>The upload failed: %1</source>
        <translation>L’envoi a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="782"/>
        <source>The encrypted file was uploaded, but its link could not be sent encrypted, so it was not sent: %1</source>
        <translation>Le fichier chiffré a été téléversé, mais son lien n&apos;a pas pu être envoyé chiffré, il n&apos;a donc pas été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="795"/>
        <source>A file message needs a recipient and an https address.</source>
        <translation>Un message de fichier nécessite un destinataire et une adresse https.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="806"/>
        <source>The file message could not be saved, so it was not sent.</source>
        <translation>Le message de fichier n’a pas pu être enregistré, il n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="829"/>
        <source>The link to the encrypted file carries no usable key.</source>
        <translation>Le lien vers le fichier chiffré ne contient pas de clé utilisable.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="836"/>
        <source>Files are downloaded over https only: %1 is refused.</source>
        <translation>Les fichiers ne sont téléchargés qu’en https&#xa0;: %1 est refusé.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="850"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="976"/>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="869"/>
        <source>The file is too large to download: %1, more than the %2 allowed.</source>
        <translation>Le fichier est trop volumineux pour être téléchargé&#xa0;: %1, plus que les %2 autorisés.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="894"/>
        <source>The file is too large to download: more than the %1 allowed.</source>
        <translation>Le fichier est trop volumineux pour être téléchargé&#xa0;: plus que les %1 autorisés.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="909"/>
        <source>The encrypted file could not be decrypted: nothing was kept.</source>
        <translation>Le fichier chiffré n&apos;a pas pu être déchiffré&#xa0;: rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="918"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="941"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="1020"/>
        <source>The download was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="946"/>
        <source>The file server&apos;s certificate is not trusted (%1).</source>
        <translation>Le certificat du serveur de fichiers n’est pas de confiance (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="951"/>
        <source>The file server redirected to an address that is not https.</source>
        <translation>Le serveur de fichiers a redirigé vers une adresse qui n’est pas en https.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="955"/>
        <source>The file server answered with an error: %1.</source>
        <translation>Le serveur de fichiers a répondu par une erreur&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="959"/>
        <source>The download failed: %1</source>
        <translation>Le téléchargement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="965"/>
        <source>The download ended early: %1 of %2.</source>
        <translation>Le téléchargement s’est arrêté trop tôt&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="972"/>
        <source>The encrypted file failed its integrity check (damaged or changed): it was not saved.</source>
        <translation>Le fichier chiffré a échoué au contrôle d&apos;intégrité (endommagé ou modifié)&#xa0;: il n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="1001"/>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>Le certificat de %1 n’est pas de confiance (%2).</translation>
    </message>
</context>
<context>
    <name>balcony::InBandRegistration</name>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="92"/>
        <source>This server creates accounts only on its web page: %1</source>
        <translation>Ce serveur ne crée des comptes que sur sa page web&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="93"/>
        <source>The server&apos;s registration form has not arrived yet.</source>
        <translation>Le formulaire d’inscription du serveur n’est pas encore arrivé.</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="105"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="114"/>
        <source>Choose a user name.</source>
        <translation>Choisissez un nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="185"/>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="197"/>
        <source>The server sent no registration form.</source>
        <translation>Le serveur n’a envoyé aucun formulaire d’inscription.</translation>
    </message>
</context>
<context>
    <name>balcony::MessageManager</name>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="111"/>
        <source>A message needs a recipient and a text.</source>
        <translation>Un message doit avoir un destinataire et un texte.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="125"/>
        <source>The message could not be saved, so it was not sent.</source>
        <translation>Le message n’a pas pu être enregistré, il n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="440"/>
        <source>The correction could not be sent: not connected.</source>
        <translation>La correction n’a pas pu être envoyée&#xa0;: pas de connexion.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="450"/>
        <source>There is no message of yours to correct.</source>
        <translation>Vous n’avez aucun message à corriger.</translation>
    </message>
</context>
<context>
    <name>balcony::MucError</name>
    <message>
        <location filename="../src/muc/MucError.cpp" line="40"/>
        <source>Someone in the room already uses this nickname.</source>
        <translation>Quelqu’un dans le salon utilise déjà ce pseudonyme.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="43"/>
        <source>The room is protected by a password, and none or a wrong one was given.</source>
        <translation>Le salon est protégé par un mot de passe, et aucun ou un mauvais a été donné.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="47"/>
        <source>Only members may enter this room, and you are not on its member list.</source>
        <translation>Seuls les membres peuvent entrer dans ce salon, et vous n’êtes pas sur sa liste de membres.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="51"/>
        <source>You are banned from this room.</source>
        <translation>Vous êtes banni de ce salon.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="54"/>
        <source>The room is full, or the service is not available at the moment.</source>
        <translation>Le salon est plein, ou le service n’est pas disponible pour le moment.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="58"/>
        <source>The room does not exist, or its owner has not finished setting it up.</source>
        <translation>Le salon n’existe pas, ou son propriétaire n’a pas fini de le configurer.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="62"/>
        <source>The room does not exist, and this service does not let you create rooms.</source>
        <translation>Le salon n’existe pas, et ce service ne vous permet pas de créer des salons.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="66"/>
        <source>This nickname is reserved in the room, or the room requires your registered one.</source>
        <translation>Ce pseudonyme est réservé dans le salon, ou le salon exige celui que vous y avez enregistré.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="70"/>
        <source>The room does not accept this nickname.</source>
        <translation>Le salon n’accepte pas ce pseudonyme.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="73"/>
        <source>Not connected to the server.</source>
        <translation>Pas de connexion au serveur.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="76"/>
        <source>The room exists already; it was not created.</source>
        <translation>Le salon existe déjà&#xa0;; il n’a pas été créé.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="79"/>
        <source>The room did not accept the configuration: %1</source>
        <translation>Le salon n’a pas accepté la configuration&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="83"/>
        <source>The room refused: %1</source>
        <translation>Le salon a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="87"/>
        <source>(The room says: %1)</source>
        <translation>(Le salon indique&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>balcony::MucManager</name>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="47"/>
        <source>You were removed from the room.</source>
        <translation>Vous avez été exclu du salon.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="48"/>
        <source>%1 removed you from the room.</source>
        <translation>%1 vous a exclu du salon.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="51"/>
        <source>You were banned from the room.</source>
        <translation>Vous avez été banni du salon.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="52"/>
        <source>%1 banned you from the room.</source>
        <translation>%1 vous a banni du salon.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="55"/>
        <source>You were removed from the room because you are no longer a member.</source>
        <translation>Vous avez été retiré du salon, car vous n’en êtes plus membre.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="58"/>
        <source>The room&apos;s service is shutting down.</source>
        <translation>Le service du salon s’arrête.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="61"/>
        <source>The room was closed by its owner.</source>
        <translation>Le salon a été fermé par son propriétaire.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="63"/>
        <location filename="../src/muc/MucManager.cpp" line="68"/>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="176"/>
        <location filename="../src/muc/MucInvitations.cpp" line="81"/>
        <source>&quot;%1&quot; is not the address of a room.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’adresse d’un salon.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="180"/>
        <location filename="../src/muc/MucManager.cpp" line="294"/>
        <location filename="../src/muc/MucManager.cpp" line="319"/>
        <location filename="../src/muc/MucManager.cpp" line="830"/>
        <location filename="../src/muc/MucModeration.cpp" line="72"/>
        <source>&quot;%1&quot; cannot be used as a nickname.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas servir de pseudonyme.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="314"/>
        <source>You are not in this room.</source>
        <translation>Vous n’êtes pas dans ce salon.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="795"/>
        <location filename="../src/muc/MucManager.cpp" line="805"/>
        <location filename="../src/muc/MucManager.cpp" line="825"/>
        <location filename="../src/muc/MucInvitations.cpp" line="37"/>
        <location filename="../src/muc/MucModeration.cpp" line="68"/>
        <location filename="../src/muc/MucModeration.cpp" line="87"/>
        <source>You are not in the room %1.</source>
        <translation>Vous n’êtes pas dans le salon %1.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="840"/>
        <source>A message needs a text.</source>
        <translation>Un message doit contenir du texte.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="867"/>
        <source>The message could not be saved, so it was not sent.</source>
        <translation>Le message n’a pas pu être enregistré, il n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucArchive.cpp" line="167"/>
        <source>The room did not answer the archive query.</source>
        <translation>Le salon n’a pas répondu à la requête d’archive.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucArchive.cpp" line="184"/>
        <source>The archived messages could not be stored.</source>
        <translation>Les messages archivés n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucArchive.cpp" line="209"/>
        <source>The room&apos;s archive repeated a page.</source>
        <translation>L’archive du salon a répété une page.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucInvitations.cpp" line="41"/>
        <location filename="../src/muc/MucModeration.cpp" line="91"/>
        <source>&quot;%1&quot; is not the address of a contact.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’adresse d’un contact.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="26"/>
        <source>The room did not answer.</source>
        <translation>Le salon n’a pas répondu.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="34"/>
        <source>You are not allowed to do this in the room.</source>
        <translation>Vous n’avez pas le droit de faire cela dans ce salon.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="37"/>
        <source>The room does not allow this (an owner or admin cannot be changed this way).</source>
        <translation>Le salon ne le permet pas (un propriétaire ou un administrateur ne peut pas être modifié ainsi).</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="40"/>
        <source>There is nobody with this nickname in the room.</source>
        <translation>Personne ne porte ce pseudonyme dans le salon.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="43"/>
        <source>The room must keep at least one owner.</source>
        <translation>Le salon doit garder au moins un propriétaire.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="46"/>
        <source>The room refused: %1</source>
        <translation>Le salon a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="50"/>
        <source>(The room says: %1)</source>
        <translation>(Le salon dit&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="161"/>
        <source>the room sent no configuration form.</source>
        <translation>le salon n’a envoyé aucun formulaire de configuration.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="169"/>
        <source>the room has no setting &quot;%1&quot;.</source>
        <translation>le salon n’a pas de réglage «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>balcony::Outbox</name>
    <message>
        <location filename="../src/im/Outbox.cpp" line="100"/>
        <source>The message could not be read back from storage.</source>
        <translation>Le message n’a pas pu être relu depuis le stockage.</translation>
    </message>
</context>
<context>
    <name>balcony::TcpTransport</name>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="103"/>
        <source>No server address to connect to</source>
        <translation>Aucune adresse de serveur à laquelle se connecter</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="173"/>
        <source>the host name was not found</source>
        <translation>le nom d’hôte est introuvable</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="321"/>
        <location filename="../src/stream/TcpTransport.cpp" line="345"/>
        <source>The server closed the connection</source>
        <translation>Le serveur a fermé la connexion</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="324"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="348"/>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="439"/>
        <source>DNS lookup timed out</source>
        <translation>délai dépassé pour la requête DNS</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="444"/>
        <source>connection timed out</source>
        <translation>délai de connexion dépassé</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="449"/>
        <source>the TLS handshake timed out</source>
        <translation>délai dépassé pour la négociation TLS</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="469"/>
        <source>TLS cannot be started on this connection</source>
        <translation>TLS ne peut pas être démarré sur cette connexion</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="669"/>
        <source>Secure connection to %1 failed: %2</source>
        <translation>Échec de la connexion sécurisée à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="687"/>
        <source>self-signed</source>
        <translation>autosigné</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="690"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="693"/>
        <source>not valid yet</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="700"/>
        <source>issued for a different name</source>
        <translation>émis pour un autre nom</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="701"/>
        <source>issued for %1, not %2</source>
        <translation>émis pour %1, et non pour %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="710"/>
        <source>issued by an unknown authority</source>
        <translation>émis par une autorité inconnue</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="713"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="728"/>
        <source>The certificate of %1 is not trusted (%2). SHA-256 fingerprint: %3</source>
        <translation>Le certificat de %1 n’est pas reconnu comme fiable (%2). Empreinte SHA-256&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransportDns.cpp" line="86"/>
        <source>%1 does not offer an XMPP service</source>
        <translation>%1 ne propose pas de service XMPP</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransportDns.cpp" line="191"/>
        <source>Cannot find the server of %1: %2</source>
        <translation>Impossible de trouver le serveur de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransportDns.cpp" line="194"/>
        <source>Cannot connect to the server of %1: %2</source>
        <translation>Impossible de se connecter au serveur de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>balcony::WebSocketTransport</name>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="44"/>
        <source>The WebSocket connection to %1 did not open in time.</source>
        <translation>La connexion WebSocket vers %1 ne s’est pas ouverte à temps.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="88"/>
        <source>The WebSocket address %1 is not a wss:// URL.</source>
        <translation>L’adresse WebSocket %1 n’est pas une URL wss://.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="115"/>
        <source>%1 announces no WebSocket endpoint (XEP-0156); give its address with the WebSocket URL setting.</source>
        <translation>%1 n’annonce aucun point d’accès WebSocket (XEP-0156)&#xa0;; indiquez son adresse dans le réglage URL WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="138"/>
        <source>The server sent a binary WebSocket message (RFC 7395 needs text).</source>
        <translation>Le serveur a envoyé un message WebSocket binaire (la RFC 7395 exige du texte).</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="144"/>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Le certificat de %1 n’est pas approuvé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="153"/>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS avec %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="156"/>
        <source>The WebSocket to %1 could not be opened: %2</source>
        <translation>Le WebSocket vers %1 n’a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="158"/>
        <source>The WebSocket connection was lost: %1</source>
        <translation>La connexion WebSocket a été perdue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="197"/>
        <source>%1 is not an XMPP WebSocket endpoint (no &apos;xmpp&apos; subprotocol).</source>
        <translation>%1 n’est pas un point d’accès WebSocket XMPP (pas de sous-protocole «&#xa0;xmpp&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="246"/>
        <source>STARTTLS is not available over WebSocket.</source>
        <translation>STARTTLS n’est pas disponible via WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="260"/>
        <source>Cannot frame the stream for WebSocket: %1</source>
        <translation>Impossible de découper le flux pour WebSocket&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="297"/>
        <source>a message must hold exactly one element</source>
        <translation>un message doit contenir exactement un élément</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="298"/>
        <source>The server sent a malformed WebSocket message: %1</source>
        <translation>Le serveur a envoyé un message WebSocket mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="304"/>
        <source>The server sent an &lt;open/&gt; or &lt;close/&gt; outside the framing namespace (RFC 7395).</source>
        <translation>Le serveur a envoyé un &lt;open/&gt; ou un &lt;close/&gt; hors de l’espace de noms de tramage (RFC 7395).</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="311"/>
        <source>The server opened the WebSocket stream twice.</source>
        <translation>Le serveur a ouvert le flux WebSocket deux fois.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="325"/>
        <source>The server redirected to %1, which is not a wss:// URL.</source>
        <translation>Le serveur a redirigé vers %1, qui n’est pas une URL wss://.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="329"/>
        <source>The server redirected too many times.</source>
        <translation>Le serveur a redirigé trop de fois.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="343"/>
        <source>The server sent XML before opening the WebSocket stream.</source>
        <translation>Le serveur a envoyé du XML avant d’ouvrir le flux WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="350"/>
        <source>The server sends faster than the client can handle.</source>
        <translation>Le serveur envoie plus vite que le client ne peut traiter.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="424"/>
        <source>The server closed the WebSocket connection.</source>
        <translation>Le serveur a fermé la connexion WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="425"/>
        <source>The WebSocket to %1 could not be opened.</source>
        <translation>Le WebSocket vers %1 n’a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>balcony::XmlElementSplitter</name>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="87"/>
        <source>Text outside of an element.</source>
        <translation>Texte en dehors d’un élément.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="100"/>
        <source>Processing instructions are not allowed.</source>
        <translation>Les instructions de traitement ne sont pas autorisées.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="128"/>
        <source>Elements are nested too deeply.</source>
        <translation>Les éléments sont imbriqués trop profondément.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="140"/>
        <source>A start tag is malformed.</source>
        <translation>Une balise ouvrante est mal formée.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="161"/>
        <source>An end tag has no start tag.</source>
        <translation>Une balise fermante n’a pas de balise ouvrante.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="172"/>
        <source>Comments, DTDs and markup declarations are not allowed.</source>
        <translation>Les commentaires, DTD et déclarations de balisage ne sont pas autorisés.</translation>
    </message>
</context>
<context>
    <name>balcony::app::AccountController</name>
    <message>
        <location filename="../src/app/AccountController.cpp" line="758"/>
        <source>The password was changed on the server, but the encryption keys could not be re-sealed with it; encrypted sessions stay locked until the old password is entered again.</source>
        <translation>Le mot de passe a été changé sur le serveur, mais les clés de chiffrement n’ont pas pu être scellées à nouveau avec lui&#xa0;; les sessions chiffrées restent verrouillées jusqu’à ce que l’ancien mot de passe soit saisi à nouveau.</translation>
    </message>
</context>
<context>
    <name>balcony::app::AccountListModel</name>
    <message>
        <location filename="../src/app/AccountListModel.cpp" line="115"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../src/app/AccountListModel.cpp" line="117"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../src/app/AccountListModel.cpp" line="119"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../src/app/AccountListModel.cpp" line="121"/>
        <source>Online</source>
        <translation>En ligne</translation>
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
        <translation>Une adresse de compte est de la forme nom@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="179"/>
        <source>%1 is already in the list of accounts.</source>
        <translation>%1 figure déjà dans la liste des comptes.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="204"/>
        <location filename="../src/app/AccountManager.cpp" line="228"/>
        <location filename="../src/app/AccountManager.cpp" line="259"/>
        <source>%1 is not in the list of accounts.</source>
        <translation>%1 ne figure pas dans la liste des comptes.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="234"/>
        <source>The account could not be changed.</source>
        <translation>Le compte n’a pas pu être modifié.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="346"/>
        <source>No password is stored for this account.</source>
        <translation>Aucun mot de passe n’est enregistré pour ce compte.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="381"/>
        <source>There is no certificate to trust.</source>
        <translation>Il n’y a aucun certificat auquel faire confiance.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="388"/>
        <source>Cannot record the decision in %1: %2</source>
        <translation>Impossible d’enregistrer la décision dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="404"/>
        <source>Enter the new password.</source>
        <translation>Saisissez le nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="410"/>
        <source>The account must be online to change its password on the server.</source>
        <translation>Le compte doit être en ligne pour changer son mot de passe sur le serveur.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="436"/>
        <location filename="../src/app/AccountManager.cpp" line="473"/>
        <source>The request could not be sent; try again.</source>
        <translation>La demande n’a pas pu être envoyée&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="447"/>
        <source>The account must be online to remove it from the server.</source>
        <translation>Le compte doit être en ligne pour être supprimé du serveur.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="469"/>
        <source>The account was removed from the server, but not from this computer: %1</source>
        <translation>Le compte a été supprimé du serveur, mais pas de cet ordinateur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>balcony::app::Autostart</name>
    <message>
        <location filename="../src/app/Autostart.cpp" line="87"/>
        <source>Cannot remove the autostart entry %1: %2</source>
        <translation>Impossible de supprimer l’entrée de démarrage automatique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/Autostart.cpp" line="94"/>
        <source>Cannot create the folder for the autostart entry %1.</source>
        <translation>Impossible de créer le dossier de l’entrée de démarrage automatique %1.</translation>
    </message>
    <message>
        <location filename="../src/app/Autostart.cpp" line="101"/>
        <source>Cannot write the autostart entry %1: %2</source>
        <translation>Impossible d’écrire l’entrée de démarrage automatique %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>balcony::app::DraftStore</name>
    <message>
        <location filename="../src/app/DraftStore.cpp" line="129"/>
        <source>The drafts cannot be saved in %1.</source>
        <translation>Les brouillons ne peuvent pas être enregistrés dans %1.</translation>
    </message>
</context>
<context>
    <name>balcony::app::LaunchOptions</name>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="17"/>
        <source>Balcony, a desktop XMPP messenger.</source>
        <translation>Balcony, une messagerie XMPP pour le bureau.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="21"/>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="23"/>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="25"/>
        <source>Start hidden in the system tray (used when starting on login).</source>
        <translation>Démarrer masqué dans la zone de notification (utilisé au démarrage de la session).</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="28"/>
        <source>Keep accounts, settings and message history in DIR instead of the standard location.</source>
        <translation>Conserver les comptes, les paramètres et l’historique des messages dans DOSSIER au lieu de l’emplacement habituel.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="30"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="32"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="33"/>
        <source>xmpp: links to open, for example xmpp:alice@example.org?message.</source>
        <translation>Liens xmpp: à ouvrir, par exemple xmpp:alice@example.org?message.</translation>
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
        <translation>Essayez «&#xa0;balcony --help&#xa0;» pour en savoir plus.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="60"/>
        <source>--profile-root needs a folder.</source>
        <translation>--profile-root attend un dossier.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="72"/>
        <source>&quot;%1&quot; is not an xmpp: link.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un lien xmpp:.</translation>
    </message>
</context>
<context>
    <name>balcony::app::LocalNetwork</name>
    <message>
        <location filename="../src/app/LocalNetwork.cpp" line="125"/>
        <source>Cannot open the profile database %1.</source>
        <translation>Impossible d’ouvrir la base de données du profil %1.</translation>
    </message>
    <message>
        <location filename="../src/app/LocalNetwork.cpp" line="208"/>
        <source>“%1” cannot be your name on the local network: use a name without “@” or spaces, at most 40 bytes.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être votre nom sur le réseau local&#xa0;: utilisez un nom sans «&#xa0;@&#xa0;» ni espaces, de 40 octets au plus.</translation>
    </message>
    <message>
        <location filename="../src/app/LocalNetwork.cpp" line="229"/>
        <source>Cannot listen for chats: %1</source>
        <translation>Impossible d’attendre les discussions&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>balcony::app::NotificationCenter</name>
    <message numerus="yes">
        <location filename="../src/app/NotificationCenter.cpp" line="233"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/NotificationCenter.cpp" line="237"/>
        <source>%n new messages</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="238"/>
        <source>While you were offline: %1</source>
        <translation>Pendant que vous étiez hors ligne&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/NotificationCenter.cpp" line="265"/>
        <location filename="../src/app/NotificationCenter.cpp" line="314"/>
        <source>%1 (%n messages)</source>
        <translation>
            <numerusform>%1 (%n message)</numerusform>
            <numerusform>%1 (%n messages)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="266"/>
        <location filename="../src/app/NotificationCenter.cpp" line="316"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="317"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="317"/>
        <source>%1 (privately): %2</source>
        <translation>%1 (en privé)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="339"/>
        <source>Group chat invitation</source>
        <translation>Invitation à une discussion de groupe</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="342"/>
        <source>%1 invites you to %2.</source>
        <translation>%1 vous invite dans %2.</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="343"/>
        <source>%1 invites you to %2: %3</source>
        <translation>%1 vous invite dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="358"/>
        <source>Contact request</source>
        <translation>Demande de contact</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="359"/>
        <source>%1 wants to add you as a contact and see when you are online.</source>
        <translation>%1 souhaite vous ajouter comme contact et voir quand vous êtes en ligne.</translation>
    </message>
</context>
<context>
    <name>balcony::app::SingleInstance</name>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="52"/>
        <source>Cannot create the runtime folder for %1.</source>
        <translation>Impossible de créer le dossier d’exécution pour %1.</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="63"/>
        <source>Cannot create the lock file %1.</source>
        <translation>Impossible de créer le fichier de verrou %1.</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="72"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d’écouter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="137"/>
        <source>The arguments are too long to hand over to the running Balcony.</source>
        <translation>Les arguments sont trop longs pour être transmis à l’instance de Balcony déjà ouverte.</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="154"/>
        <source>Balcony is already running but does not answer (%1).</source>
        <translation>Balcony est déjà ouvert mais ne répond pas (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="166"/>
        <source>Balcony is already running but did not take the request.</source>
        <translation>Balcony est déjà ouvert mais n’a pas accepté la demande.</translation>
    </message>
</context>
<context>
    <name>balcony::app::SleepWatcher</name>
    <message>
        <location filename="../src/app/SleepWatcher.cpp" line="70"/>
        <source>Pausing the chat sessions before the machine sleeps</source>
        <translation>Mise en pause des sessions de discussion avant la mise en veille</translation>
    </message>
</context>
<context>
    <name>balcony::app::XmppUri</name>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="100"/>
        <source>An address in the xmpp: link has an empty part.</source>
        <translation>Une adresse du lien xmpp: comporte une partie vide.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="107"/>
        <location filename="../src/app/XmppUri.cpp" line="203"/>
        <location filename="../src/app/XmppUri.cpp" line="216"/>
        <source>The xmpp: link contains an invalid percent-encoded character.</source>
        <translation>Le lien xmpp: contient un caractère encodé en pourcentage non valide.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="115"/>
        <source>&quot;%1&quot; in the xmpp: link is not a valid XMPP address.</source>
        <translation>«&#xa0;%1&#xa0;» dans le lien xmpp: n’est pas une adresse XMPP valide.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="149"/>
        <source>This is not an xmpp: link.</source>
        <translation>Ce n’est pas un lien xmpp:.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="153"/>
        <source>The xmpp: link contains spaces or characters that are not allowed in a link.</source>
        <translation>Le lien xmpp: contient des espaces ou des caractères interdits dans un lien.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="175"/>
        <source>The account named in the xmpp: link has no user name.</source>
        <translation>Le compte indiqué dans le lien xmpp: n’a pas de nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="184"/>
        <source>The xmpp: link names no address after the account.</source>
        <translation>Le lien xmpp: n’indique aucune adresse après le compte.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="188"/>
        <location filename="../src/app/XmppUri.cpp" line="234"/>
        <source>The xmpp: link names no address.</source>
        <translation>Le lien xmpp: n’indique aucune adresse.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="210"/>
        <source>A parameter in the xmpp: link is not written as key=value.</source>
        <translation>Un paramètre du lien xmpp: n’est pas de la forme clé=valeur.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="262"/>
        <source>Balcony does not support the &quot;%1&quot; action of xmpp: links yet.</source>
        <translation>Balcony ne prend pas encore en charge l’action «&#xa0;%1&#xa0;» des liens xmpp:.</translation>
    </message>
</context>
<context>
    <name>balcony::linklocal::AvahiBackend</name>
    <message>
        <location filename="../src/linklocal/AvahiBackend.cpp" line="54"/>
        <source>the Avahi service (avahi-daemon) is not running on this computer</source>
        <translation>le service Avahi (avahi-daemon) n’est pas lancé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../src/linklocal/AvahiBackend.cpp" line="198"/>
        <source>the name “%1” and %2 alternatives are taken on this network</source>
        <translation>le nom «&#xa0;%1&#xa0;» et %2 variantes sont déjà pris sur ce réseau</translation>
    </message>
</context>
<context>
    <name>balcony::omemo</name>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="99"/>
        <source>The device list is not an OMEMO device list.</source>
        <translation>La liste d&apos;appareils n&apos;est pas une liste OMEMO.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="117"/>
        <source>The device list names more than %1 devices; it is not accepted.</source>
        <translation>La liste nomme plus de %1 appareils&#xa0;; elle n&apos;est pas acceptée.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="149"/>
        <source>The key bundle is not an OMEMO bundle.</source>
        <translation>Le paquet de clés n&apos;est pas un paquet OMEMO.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="169"/>
        <source>The key bundle lacks a valid signed pre-key, signature or identity key.</source>
        <translation>Il manque au paquet de clés une pré-clé signée, une signature ou une clé d&apos;identité valide.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="174"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="691"/>
        <source>The key bundle has keys of an unknown type.</source>
        <translation>Le paquet contient des clés d&apos;un type inconnu.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="196"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="673"/>
        <source>The key bundle has no usable pre-key.</source>
        <translation>Le paquet n&apos;a aucune pré-clé utilisable.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="237"/>
        <source>The message has no OMEMO content.</source>
        <translation>Le message n&apos;a pas de contenu OMEMO.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="244"/>
        <source>The OMEMO header names no sending device.</source>
        <translation>L&apos;en-tête OMEMO ne nomme aucun appareil émetteur.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="257"/>
        <source>The OMEMO header has more than %1 keys.</source>
        <translation>L&apos;en-tête OMEMO contient plus de %1 clés.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="296"/>
        <source>The OMEMO payload is not valid Base64 or too large.</source>
        <translation>La charge utile OMEMO n&apos;est pas du Base64 valide ou est trop grande.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="303"/>
        <source>The OMEMO header has no valid IV.</source>
        <translation>L&apos;en-tête OMEMO n&apos;a pas d&apos;IV valide.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="100"/>
        <source>The message was received before (a replay).</source>
        <translation>Le message a déjà été reçu (un rejeu).</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="102"/>
        <source>A key is invalid or its signature does not match.</source>
        <translation>Une clé est invalide ou sa signature ne correspond pas.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="104"/>
        <source>The message was built on a pre-key this device no longer has.</source>
        <translation>Le message repose sur une pré-clé que cet appareil n&apos;a plus.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="109"/>
        <source>The encrypted key is damaged or was tampered with.</source>
        <translation>La clé chiffrée est endommagée ou a été altérée.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="111"/>
        <source>There is no session with the sending device.</source>
        <translation>Il n&apos;y a pas de session avec l&apos;appareil émetteur.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="114"/>
        <source>The message uses an unsupported protocol version.</source>
        <translation>Le message utilise une version de protocole non prise en charge.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="116"/>
        <source>The OMEMO library failed (error %1).</source>
        <translation>La bibliothèque OMEMO a échoué (erreur %1).</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="458"/>
        <source>The OMEMO library could not start.</source>
        <translation>La bibliothèque OMEMO n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="461"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="600"/>
        <source>The encryption keys are locked.</source>
        <translation>Les clés de chiffrement sont verrouillées.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="467"/>
        <source>The stored OMEMO identity is damaged.</source>
        <translation>L&apos;identité OMEMO enregistrée est endommagée.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="494"/>
        <source>The OMEMO identity could not be made.</source>
        <translation>L&apos;identité OMEMO n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="502"/>
        <source>The OMEMO keys could not be stored.</source>
        <translation>Les clés OMEMO n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="622"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="649"/>
        <source>The own OMEMO keys could not be read.</source>
        <translation>Vos propres clés OMEMO n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="699"/>
        <source>The key bundle could not be used.</source>
        <translation>Le paquet de clés n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="706"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="732"/>
        <source>The OMEMO library failed.</source>
        <translation>La bibliothèque OMEMO a échoué.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="40"/>
        <source>This message is encrypted with OMEMO, which your client does not seem to support.</source>
        <translation>Ce message est chiffré avec OMEMO, que votre client ne semble pas prendre en charge.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="550"/>
        <source>None of the contact&apos;s OMEMO devices is trusted: compare and accept their fingerprints first.</source>
        <translation>Aucun appareil OMEMO du contact n&apos;est de confiance&#xa0;: comparez et acceptez d&apos;abord leurs empreintes.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="553"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="589"/>
        <source>The contact has no OMEMO devices.</source>
        <translation>Le contact n&apos;a pas d&apos;appareil OMEMO.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="590"/>
        <source>The contact&apos;s OMEMO devices could not be read: %1</source>
        <translation>Les appareils OMEMO du contact n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="695"/>
        <source>The device has no key bundle.</source>
        <translation>L&apos;appareil n&apos;a pas de paquet de clés.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="762"/>
        <source>The message could not be encrypted.</source>
        <translation>Le message n&apos;a pas pu être chiffré.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="784"/>
        <source>No session could be built with any device of the room&apos;s members (their key bundles are missing or invalid).</source>
        <translation>Aucune session n&apos;a pu être établie avec un appareil des membres du salon (leurs paquets de clés manquent ou ne sont pas valides).</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="787"/>
        <source>No session could be built with any of the contact&apos;s devices (their key bundles are missing or invalid).</source>
        <translation>Aucune session n&apos;a pu être établie avec les appareils du contact (leurs paquets de clés manquent ou sont invalides).</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="938"/>
        <source>The room did not tell who sent this message, so it cannot be decrypted.</source>
        <translation>Le salon n&apos;a pas indiqué qui a envoyé ce message, il ne peut donc pas être déchiffré.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="941"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="949"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="960"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="974"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="1002"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="1070"/>
        <source>An encrypted message could not be read: %1</source>
        <translation>Un message chiffré n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="972"/>
        <source>The message was not encrypted for this device.</source>
        <translation>Le message n&apos;a pas été chiffré pour cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="1044"/>
        <source>The encrypted text was tampered with.</source>
        <translation>Le texte chiffré a été altéré.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="1053"/>
        <source>The decrypted content is not an envelope.</source>
        <translation>Le contenu déchiffré n&apos;est pas une enveloppe.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="1058"/>
        <source>The encrypted content names another sender than the message.</source>
        <translation>Le contenu chiffré nomme un autre expéditeur que le message.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="1076"/>
        <source>An encrypted message came from a device you do not trust; it is not shown.</source>
        <translation>Un message chiffré vient d&apos;un appareil que vous refusez&#xa0;; il n&apos;est pas affiché.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="34"/>
        <source>The room did not describe itself, so OMEMO cannot be used in it.</source>
        <translation>Le salon ne s&apos;est pas décrit, OMEMO ne peut donc pas y être utilisé.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="41"/>
        <source>OMEMO works only in members-only rooms that show everyone&apos;s address; this room is open and hides the addresses.</source>
        <translation>OMEMO ne fonctionne que dans les salons réservés aux membres qui montrent l&apos;adresse de chacun&#xa0;; ce salon est ouvert et cache les adresses.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="45"/>
        <source>OMEMO works only in members-only rooms: anyone can enter this one.</source>
        <translation>OMEMO ne fonctionne que dans les salons réservés aux membres&#xa0;: n&apos;importe qui peut entrer dans celui-ci.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="48"/>
        <source>OMEMO works only in rooms that show everyone&apos;s address: this room hides them, so nobody knows whom to encrypt for.</source>
        <translation>OMEMO ne fonctionne que dans les salons qui montrent l&apos;adresse de chacun&#xa0;: ce salon les cache, personne ne sait donc pour qui chiffrer.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="79"/>
        <source>Not connected: the room cannot be asked whether OMEMO can be used in it.</source>
        <translation>Non connecté&#xa0;: impossible de demander au salon si OMEMO peut y être utilisé.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="96"/>
        <source>The room could not be asked whether OMEMO can be used in it: %1</source>
        <translation>Impossible de demander au salon si OMEMO peut y être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="99"/>
        <source>The room did not answer whether OMEMO can be used in it.</source>
        <translation>Le salon n&apos;a pas répondu à la question de savoir si OMEMO peut y être utilisé.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="192"/>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="233"/>
        <source>You are not in the room %1.</source>
        <translation>Vous n&apos;êtes pas dans le salon %1.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="212"/>
        <source>Nobody else is a member of the room: there is nobody to encrypt for.</source>
        <translation>Personne d&apos;autre n&apos;est membre du salon&#xa0;: il n&apos;y a personne pour qui chiffrer.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="257"/>
        <source>Not every member of the room can read OMEMO: %1 has no trusted device (of a format the others share). Nothing was sent.</source>
        <translation>Tous les membres du salon ne peuvent pas lire OMEMO&#xa0;: %1 n&apos;a aucun appareil de confiance (dans un format que les autres partagent). Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AccountEditDialog</name>
    <message>
        <location filename="../ui/AccountEditDialog.cpp" line="17"/>
        <source>Settings of %1</source>
        <translation>Paramètres de %1</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.cpp" line="20"/>
        <source>In the system keychain</source>
        <translation>Dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.cpp" line="21"/>
        <source>Only until Balcony quits</source>
        <translation>Seulement jusqu’à la fermeture de Balcony</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.cpp" line="22"/>
        <source>Never: ask every time</source>
        <translation>Jamais&#xa0;: demander à chaque fois</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="54"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="55"/>
        <source>Sign in to another account or create a new one</source>
        <translation>Se connecter à un autre compte ou en créer un nouveau</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="56"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="57"/>
        <source>Change the name, password storage and connection settings of the account</source>
        <translation>Modifier le nom, le stockage du mot de passe et les paramètres de connexion du compte</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="58"/>
        <source>Change &amp;Password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="59"/>
        <location filename="../ui/AccountsDialog.cpp" line="127"/>
        <source>Change the account&apos;s password on its server</source>
        <translation>Changer le mot de passe du compte sur son serveur</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="60"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="61"/>
        <source>Remove the account from Balcony, and optionally from its server</source>
        <translation>Supprimer le compte de Balcony et, si vous le souhaitez, de son serveur</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="128"/>
        <source>Change the account&apos;s password on its server (it must be online)</source>
        <translation>Changer le mot de passe du compte sur son serveur (il doit être en ligne)</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="158"/>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="193"/>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été changé.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="207"/>
        <source>%1 was removed.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AddContactDialog</name>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="22"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="23"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="24"/>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="113"/>
        <source>Enter the contact&apos;s address, like friend@example.org.</source>
        <translation>Saisissez l’adresse du contact, par exemple ami@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="118"/>
        <source>This address is not valid: %1</source>
        <translation>Cette adresse n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="121"/>
        <source>The address needs a name before the @, like friend@%1.</source>
        <translation>L’adresse doit comporter un nom avant le @, par exemple ami@%1.</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="124"/>
        <source>Leave out the part after the /: contacts are added by their bare address.</source>
        <translation>Omettez la partie après le /&#xa0;: les contacts sont ajoutés par leur adresse simple.</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="127"/>
        <source>This is your own account.</source>
        <translation>Il s’agit de votre propre compte.</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="130"/>
        <source>There is no account to add the contact to.</source>
        <translation>Il n’y a aucun compte auquel ajouter le contact.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AdvancedSettings</name>
    <message>
        <location filename="../ui/AdvancedSettings.cpp" line="113"/>
        <source>Enter an address like wss://example.org/xmpp-websocket, or leave it empty.</source>
        <translation>Saisissez une adresse comme wss://example.org/xmpp-websocket, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.cpp" line="129"/>
        <source>Enter an address like https://example.org/http-bind, or leave it empty.</source>
        <translation>Saisissez une adresse comme https://example.org/http-bind, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AvatarSettings</name>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="26"/>
        <location filename="../ui/AvatarSettings.cpp" line="33"/>
        <source>Your picture</source>
        <translation>Votre photo</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="29"/>
        <source>Set &amp;Avatar…</source>
        <translation>Définir l’&amp;avatar…</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="30"/>
        <source>&amp;Remove Avatar</source>
        <translation>&amp;Supprimer l’avatar</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="36"/>
        <source>Current picture</source>
        <translation>Photo actuelle</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="38"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="39"/>
        <source>The account whose picture is shown and changed</source>
        <translation>Le compte dont la photo est affichée et modifiée</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="41"/>
        <source>Set avatar</source>
        <translation>Définir l’avatar</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="42"/>
        <source>Choose an image: contacts see it next to your name</source>
        <translation>Choisissez une image&#xa0;: vos contacts la voient à côté de votre nom</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="44"/>
        <source>Remove avatar</source>
        <translation>Supprimer l’avatar</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="45"/>
        <source>Stop showing a picture to your contacts</source>
        <translation>Ne plus montrer de photo à vos contacts</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="47"/>
        <source>Picture status</source>
        <translation>État de la photo</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="68"/>
        <source>Choose Your Picture</source>
        <translation>Choisir votre photo</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="83"/>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="83"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="108"/>
        <location filename="../ui/AvatarSettings.cpp" line="109"/>
        <source>Sign in to change this account&apos;s picture.</source>
        <translation>Connectez-vous pour changer la photo de ce compte.</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="129"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="132"/>
        <source>Publishing your picture…</source>
        <translation>Publication de votre photo…</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="139"/>
        <source>Your picture was not changed: %1</source>
        <translation>Votre photo n’a pas été changée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="142"/>
        <source>Your picture was published; the copy in your vCard failed: %1</source>
        <translation>Votre photo a été publiée&#xa0;; la copie dans votre vCard a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="144"/>
        <source>Your picture was published.</source>
        <translation>Votre photo a été publiée.</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="155"/>
        <source>Removing your picture…</source>
        <translation>Suppression de votre photo…</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="162"/>
        <source>Your picture was removed.</source>
        <translation>Votre photo a été supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="162"/>
        <source>Your picture was not removed: %1</source>
        <translation>Votre photo n’a pas été supprimée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>balcony::ui::CertificateDialog</name>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="50"/>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="51"/>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="55"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="56"/>
        <source>Refuse the certificate</source>
        <translation>Refuser le certificat</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="59"/>
        <source>&amp;Trust This Certificate Permanently</source>
        <translation>&amp;Toujours faire confiance à ce certificat</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="60"/>
        <source>Trust this certificate permanently</source>
        <translation>Toujours faire confiance à ce certificat</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="73"/>
        <source>%1 (self-signed)</source>
        <translation>%1 (autosigné)</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="77"/>
        <source>The server sent no certificate.</source>
        <translation>Le serveur n’a envoyé aucun certificat.</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="123"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="126"/>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="133"/>
        <source>EXPIRED</source>
        <translation>EXPIRÉ</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="136"/>
        <source>NOT VALID YET</source>
        <translation>PAS ENCORE VALIDE</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="143"/>
        <source>The server&apos;s certificate</source>
        <translation>Le certificat du serveur</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="143"/>
        <source>Certificate %1 of the chain</source>
        <translation>Certificat %1 de la chaîne</translation>
    </message>
</context>
<context>
    <name>balcony::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/ChangePasswordDialog.cpp" line="22"/>
        <source>The new password of &lt;b&gt;%1&lt;/b&gt; is set on the server; your other devices will need it too.</source>
        <translation>Le nouveau mot de passe de &lt;b&gt;%1&lt;/b&gt; est défini sur le serveur&#xa0;; vos autres appareils en auront aussi besoin.</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.cpp" line="25"/>
        <source>&amp;Change Password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.cpp" line="82"/>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
</context>
<context>
    <name>balcony::ui::ChatHeader</name>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="44"/>
        <location filename="../ui/ChatHeader.cpp" line="174"/>
        <source>Contact&apos;s picture</source>
        <translation>Photo du contact</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="55"/>
        <location filename="../ui/ChatHeader.cpp" line="173"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="60"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="67"/>
        <source>via publish-subscribe (XEP-0207)</source>
        <translation>par publication-abonnement (XEP-0207)</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="68"/>
        <source>Eventing mode</source>
        <translation>Mode eventing</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="69"/>
        <source>Your messages to this contact are published to a publish-subscribe node of the server (XEP-0207 eventing mode) instead of being sent as ordinary messages.</source>
        <translation>Vos messages à ce contact sont publiés sur un nœud de publication-abonnement du serveur (mode eventing XEP-0207) au lieu d’être envoyés comme des messages ordinaires.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="78"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="88"/>
        <source>Show or hide the people in this room</source>
        <translation>Afficher ou masquer les personnes de ce salon</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="89"/>
        <source>People in the room</source>
        <translation>Personnes dans le salon</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="96"/>
        <source>Search in this conversation (Ctrl+F)</source>
        <translation>Rechercher dans cette conversation (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="97"/>
        <source>Search in conversation</source>
        <translation>Rechercher dans la conversation</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="103"/>
        <location filename="../ui/ChatHeader.cpp" line="176"/>
        <source>Close this chat (Esc)</source>
        <translation>Fermer cette discussion (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="104"/>
        <location filename="../ui/ChatHeader.cpp" line="177"/>
        <source>Close chat</source>
        <translation>Fermer la discussion</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="118"/>
        <source>Key warning</source>
        <translation>Avertissement sur la clé</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="119"/>
        <source>A new key can mean that the contact set up a new device or reinstalled, or that someone is impersonating them. Compare fingerprints over a channel you trust before you verify it.</source>
        <translation>Une nouvelle clé peut signifier que le contact a configuré un nouvel appareil ou fait une réinstallation, ou que quelqu’un usurpe son identité. Comparez les empreintes par un canal de confiance avant de la vérifier.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="123"/>
        <source>Verify Key…</source>
        <translation>Vérifier la clé…</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="124"/>
        <source>Verify the contact&apos;s new key</source>
        <translation>Vérifier la nouvelle clé du contact</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="173"/>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="174"/>
        <source>Room&apos;s picture</source>
        <translation>Image du salon</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="176"/>
        <source>Leave this room and close it</source>
        <translation>Quitter ce salon et le fermer</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="177"/>
        <source>Leave room</source>
        <translation>Quitter le salon</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="205"/>
        <source>typing…</source>
        <translation>en train d’écrire…</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="207"/>
        <source>stopped typing</source>
        <translation>a arrêté d’écrire</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="209"/>
        <source>left the conversation</source>
        <translation>a quitté la conversation</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="235"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="237"/>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="239"/>
        <source>Extended away</source>
        <translation>Absence prolongée</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="241"/>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="243"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="245"/>
        <source>Free for chat</source>
        <translation>Disponible pour discuter</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="345"/>
        <source>Your next message will be end-to-end encrypted with an encrypted session (the contact has no OMEMO device).</source>
        <translation>Votre prochain message sera chiffré de bout en bout par une session chiffrée (le contact n&apos;a pas d&apos;appareil OMEMO).</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="347"/>
        <source>Your next message will be end-to-end encrypted with %1.</source>
        <translation>Votre prochain message sera chiffré de bout en bout avec %1.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="348"/>
        <source>Your next message will be end-to-end encrypted.</source>
        <translation>Votre prochain message sera chiffré de bout en bout.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="362"/>
        <source>Your next message in this room will be end-to-end encrypted with OMEMO, for every member&apos;s devices.</source>
        <translation>Votre prochain message dans ce salon sera chiffré de bout en bout avec OMEMO, pour les appareils de chaque membre.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="364"/>
        <source>Your next message in this room will NOT be end-to-end encrypted.</source>
        <translation>Votre prochain message dans ce salon ne sera PAS chiffré de bout en bout.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="369"/>
        <source>Click to turn OMEMO on or off for this room.</source>
        <translation>Cliquez pour activer ou désactiver OMEMO dans ce salon.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="343"/>
        <source>Your next message will NOT be encrypted.</source>
        <translation>Votre prochain message ne sera PAS chiffré.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="351"/>
        <source>Encryption policy: %1</source>
        <translation>Politique de chiffrement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="353"/>
        <source>Click to compare fingerprints and change the policy.</source>
        <translation>Cliquez pour comparer les empreintes et modifier la politique.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::ChatSearchBar</name>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="27"/>
        <source>Search in this conversation</source>
        <translation>Rechercher dans cette conversation</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="28"/>
        <source>Search in conversation</source>
        <translation>Rechercher dans la conversation</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="32"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="33"/>
        <location filename="../ui/ChatSearchBar.cpp" line="85"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="37"/>
        <source>Older result (Enter)</source>
        <translation>Résultat plus ancien (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="38"/>
        <source>Older result</source>
        <translation>Résultat plus ancien</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="43"/>
        <source>Newer result (Shift+Enter)</source>
        <translation>Résultat plus récent (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="44"/>
        <source>Newer result</source>
        <translation>Résultat plus récent</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="50"/>
        <source>Close the search (Esc)</source>
        <translation>Fermer la recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="51"/>
        <source>Close search</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="83"/>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>balcony::ui::ChatWidget</name>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="85"/>
        <source>Chat with %1</source>
        <translation>Discussion avec %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="120"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="185"/>
        <location filename="../ui/ChatWidget.cpp" line="195"/>
        <location filename="../ui/ChatWidget.cpp" line="650"/>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="657"/>
        <source>not in your contacts</source>
        <translation>ne fait pas partie de vos contacts</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="704"/>
        <source>%1&apos;s encryption key has changed. Messages are not encrypted to the new key until you verify it.</source>
        <translation>La clé de chiffrement de %1 a changé. Les messages ne sont pas chiffrés avec la nouvelle clé tant que vous ne l’avez pas vérifiée.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="527"/>
        <location filename="../ui/ChatWidget.cpp" line="836"/>
        <source>The message could not be sent.</source>
        <translation>Le message n’a pas pu être envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="840"/>
        <source>Not sent: %1 Your encryption policy for this contact requires encryption.</source>
        <translation>Non envoyé&#xa0;: %1 Votre politique de chiffrement pour ce contact exige le chiffrement.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="841"/>
        <source>Send Unencrypted</source>
        <translation>Envoyer sans chiffrement</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="848"/>
        <source>The message could not be sent: the account is not open.</source>
        <translation>Le message n’a pas pu être envoyé&#xa0;: le compte n’est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="537"/>
        <location filename="../ui/ChatWidget.cpp" line="853"/>
        <source>You are offline: the message is queued and goes out when you are online.</source>
        <translation>Vous êtes hors ligne&#xa0;: le message est mis en file d’attente et partira lorsque vous serez en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="85"/>
        <source>Room %1</source>
        <translation>Salon %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="195"/>
        <source>Write privately to %1</source>
        <translation>Écrire en privé à %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="301"/>
        <source>People in the room</source>
        <translation>Personnes dans le salon</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="306"/>
        <source>Double-click a name to address that person in your message.</source>
        <translation>Double-cliquez sur un nom pour vous adresser à cette personne dans votre message.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="348"/>
        <source>Mention in Message</source>
        <translation>Mentionner dans le message</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="353"/>
        <source>Address %1 in your message to the room</source>
        <translation>S’adresser à %1 dans votre message au salon</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="356"/>
        <source>Send Private Message</source>
        <translation>Envoyer un message privé</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="419"/>
        <source>Only you</source>
        <translation>Vous seul</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ChatWidget.cpp" line="419"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="427"/>
        <source>Joining…</source>
        <translation>Entrée en cours…</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="428"/>
        <source>Joins when you are online.</source>
        <translation>Entrée dès que vous serez en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="430"/>
        <source>Leaving…</source>
        <translation>Départ en cours…</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="432"/>
        <location filename="../ui/ChatWidget.cpp" line="502"/>
        <location filename="../ui/ChatWidget.cpp" line="1125"/>
        <source>You are not in this room.</source>
        <translation>Vous n’êtes pas dans ce salon.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="457"/>
        <source>Enter Password…</source>
        <translation>Saisir le mot de passe…</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="457"/>
        <source>Join Again</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="472"/>
        <source>Room Password</source>
        <translation>Mot de passe du salon</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="472"/>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="517"/>
        <source>Not sent (OMEMO): %1</source>
        <translation>Non envoyé (OMEMO)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="644"/>
        <source>Message %1</source>
        <translation>Message à %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="707"/>
        <source>%1 has a new OMEMO device that you have not trusted yet. Messages are not encrypted for it until you compare its fingerprint.</source>
        <translation>%1 a un nouvel appareil OMEMO auquel vous ne faites pas encore confiance. Les messages ne sont pas chiffrés pour lui tant que vous n&apos;avez pas comparé son empreinte.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="710"/>
        <source>%1 has %2 new OMEMO devices that you have not trusted yet. Messages are not encrypted for them until you compare their fingerprints.</source>
        <translation>%1 a %2 nouveaux appareils OMEMO auxquels vous ne faites pas encore confiance. Les messages ne sont pas chiffrés pour eux tant que vous n&apos;avez pas comparé leurs empreintes.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="741"/>
        <source>Encrypt Messages in This Room with OMEMO</source>
        <translation>Chiffrer les messages de ce salon avec OMEMO</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="748"/>
        <source>Asking the room whether OMEMO can be used in it…</source>
        <translation>Demande au salon si OMEMO peut y être utilisé…</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="755"/>
        <source>Members&apos; Devices and Fingerprints…</source>
        <translation>Appareils et empreintes des membres…</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="870"/>
        <source>Messages in rooms cannot be corrected.</source>
        <translation>Les messages des salons ne peuvent pas être corrigés.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="874"/>
        <source>Encrypted messages cannot be corrected.</source>
        <translation>Les messages chiffrés ne peuvent pas être corrigés.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="879"/>
        <source>Messages sent by publish-subscribe cannot be corrected.</source>
        <translation>Les messages envoyés par publication-abonnement ne peuvent pas être corrigés.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="897"/>
        <source>The message could not be corrected.</source>
        <translation>Le message n’a pas pu être corrigé.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="902"/>
        <source>Your newest message was corrected.</source>
        <translation>Votre dernier message a été corrigé.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="912"/>
        <source>This message cannot be sent again.</source>
        <translation>Ce message ne peut pas être renvoyé.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="919"/>
        <source>The message could not be removed.</source>
        <translation>Le message n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1028"/>
        <location filename="../ui/ChatWidget.cpp" line="1171"/>
        <source>Sending %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1043"/>
        <source>%1 was uploaded encrypted but not sent: %2</source>
        <translation>%1 a été téléversé chiffré mais pas envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1050"/>
        <source>%1 was uploaded but not sent: %2</source>
        <translation>%1 a été envoyé sur le serveur mais pas dans le salon&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1067"/>
        <source>Sending %1 was cancelled.</source>
        <translation>L’envoi de %1 a été annulé.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1068"/>
        <location filename="../ui/ChatWidget.cpp" line="1174"/>
        <source>%1 was not sent: %2</source>
        <translation>%1 n’a pas été envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1074"/>
        <location filename="../ui/ChatWidget.cpp" line="1213"/>
        <location filename="../ui/ChatWidget.cpp" line="1234"/>
        <source>Saving %1</source>
        <translation>Enregistrement de %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1087"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1093"/>
        <location filename="../ui/ChatWidget.cpp" line="1210"/>
        <location filename="../ui/ChatWidget.cpp" line="1231"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 n’a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1113"/>
        <source>Send Files to %1</source>
        <translation>Envoyer des fichiers à %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1145"/>
        <source>image-%1.png</source>
        <translation>image-%1.png</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1147"/>
        <source>The pasted image could not be saved for sending.</source>
        <translation>L’image collée n’a pas pu être enregistrée pour l’envoi.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1185"/>
        <source>Wait until the current file transfer has finished.</source>
        <translation>Attendez la fin du transfert de fichier en cours.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1201"/>
        <source>Save File</source>
        <translation>Enregistrer le fichier</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1255"/>
        <source>%1 is not an image that can be shown.</source>
        <translation>%1 n’est pas une image affichable.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1265"/>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
</context>
<context>
    <name>balcony::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="60"/>
        <source>Correcting your last message. Enter replaces it, Esc cancels.</source>
        <translation>Correction de votre dernier message. Entrée le remplace, Échap annule.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="64"/>
        <source>Cancel Correction</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="65"/>
        <source>Cancel the correction (Esc)</source>
        <translation>Annuler la correction (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="66"/>
        <source>Cancel correction</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="82"/>
        <source>Write to Everyone</source>
        <translation>Écrire à tout le monde</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="83"/>
        <source>Write to everyone in the room again (Esc)</source>
        <translation>Écrire de nouveau à tout le salon (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="84"/>
        <source>Write to everyone in the room</source>
        <translation>Écrire à tout le salon</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="100"/>
        <source>File transfer</source>
        <translation>Transfert de fichier</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="101"/>
        <source>File transfer progress</source>
        <translation>Progression du transfert de fichier</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="103"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="104"/>
        <source>Cancel the file transfer</source>
        <translation>Annuler le transfert de fichier</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="116"/>
        <source>Attach File…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="117"/>
        <source>Send a file (Ctrl+Shift+A); you can also drop files here or paste an image</source>
        <translation>Envoyer un fichier (Ctrl+Maj+A)&#xa0;; vous pouvez aussi déposer des fichiers ici ou coller une image</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="118"/>
        <source>Attach file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="125"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="136"/>
        <location filename="../ui/Composer.cpp" line="138"/>
        <location filename="../ui/Composer.cpp" line="206"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="137"/>
        <location filename="../ui/Composer.cpp" line="207"/>
        <source>Send the message (Enter); Shift+Enter starts a new line</source>
        <translation>Envoyer le message (Entrée)&#xa0;; Maj+Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="195"/>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="196"/>
        <source>Replace your last message with this text (Enter)</source>
        <translation>Remplacer votre dernier message par ce texte (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="220"/>
        <source>Private message to %1: only they will see it.</source>
        <translation>Message privé à %1&#xa0;: seule cette personne le verra.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::DataFormWidget</name>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="55"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="86"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="94"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="94"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="140"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="145"/>
        <source>%1: *</source>
        <translation>%1&#xa0;: *</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="145"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>balcony::ui::DesktopApp</name>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="119"/>
        <source>Account not opened</source>
        <translation>Impossible d’ouvrir le compte</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="119"/>
        <location filename="../ui/DesktopApp.cpp" line="296"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="150"/>
        <source>Accounts not read</source>
        <translation>Liste des comptes illisible</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="183"/>
        <source>Cannot open link</source>
        <translation>Impossible d’ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="304"/>
        <source>Certificate not trusted</source>
        <translation>Certificat non fiable</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="356"/>
        <source>Account not added</source>
        <translation>Compte non ajouté</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="404"/>
        <source>Chat on the local network</source>
        <translation>Discuter sur le réseau local</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="405"/>
        <source>Balcony will announce you as %1 to everyone on this network, with your status, and list the people who do the same. Chats on the local network are not encrypted.</source>
        <translation>Balcony va vous annoncer comme %1 à tout le monde sur ce réseau, avec votre statut, et lister les personnes qui font de même. Les discussions sur le réseau local ne sont pas chiffrées.</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="409"/>
        <source>You can switch it off, or change your name there, in Settings → Local Network.</source>
        <translation>Vous pouvez la désactiver, ou y changer votre nom, dans Paramètres → Réseau local.</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="410"/>
        <source>&amp;Announce Me</source>
        <translation>M’&amp;annoncer</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="435"/>
        <location filename="../ui/DesktopApp.cpp" line="447"/>
        <location filename="../ui/DesktopApp.cpp" line="480"/>
        <source>Local network</source>
        <translation>Réseau local</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="436"/>
        <source>The local network cannot be used: %1</source>
        <translation>Le réseau local ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="448"/>
        <source>Balcony cannot announce you on the local network: %1.

You can switch the local network off in Settings → Local Network.</source>
        <translation>Balcony ne peut pas vous annoncer sur le réseau local&#xa0;: %1.

Vous pouvez désactiver le réseau local dans Paramètres → Réseau local.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::FingerprintDialog</name>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="55"/>
        <location filename="../ui/FingerprintDialog.cpp" line="69"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="58"/>
        <source>Trusted on first use</source>
        <translation>Approuvée à la première utilisation</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="60"/>
        <location filename="../ui/FingerprintDialog.cpp" line="71"/>
        <source>NEW: not trusted</source>
        <translation>NOUVELLE&#xa0;: non approuvée</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="98"/>
        <source>Encryption with %1</source>
        <translation>Chiffrement avec %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="104"/>
        <source>Keys of %1 (%2)</source>
        <translation>Clés de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="105"/>
        <source>&amp;Compare: type or paste the fingerprint (or key id) that %1&apos;s client shows for their own key:</source>
        <translation>&amp;Comparer&#xa0;: saisissez ou collez l’empreinte (ou l’identifiant de clé) que le client de %1 affiche pour sa propre clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="135"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="160"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="162"/>
        <source>When possible</source>
        <translation>Si possible</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="164"/>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="186"/>
        <source>Encryption is not available for this account.</source>
        <translation>Le chiffrement n’est pas disponible pour ce compte.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="183"/>
        <location filename="../ui/FingerprintDialog.cpp" line="190"/>
        <source>Your keys are locked until you sign in.</source>
        <translation>Vos clés sont verrouillées jusqu’à votre connexion.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="67"/>
        <source>Trusted (not verified)</source>
        <translation>De confiance (non vérifié)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="73"/>
        <source>Distrusted</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="100"/>
        <source>Messages to %1 are end-to-end encrypted when the policy allows it: with OMEMO when %1 has OMEMO devices, else with encrypted sessions. To be sure nobody is in between, compare fingerprints with %1 in person or over a channel you trust.</source>
        <translation>Les messages à %1 sont chiffrés de bout en bout quand la politique le permet&#xa0;: avec OMEMO quand %1 a des appareils OMEMO, sinon avec des sessions chiffrées. Pour être sûr que personne ne s&apos;interpose, comparez les empreintes avec %1 en personne ou par un canal de confiance.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="180"/>
        <source>device %1
%2</source>
        <translation>appareil %1
%2</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="183"/>
        <source>Not available.</source>
        <translation>Indisponible.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="195"/>
        <source>You have no key yet.</source>
        <translation>Vous n’avez pas encore de clé.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="220"/>
        <source>Creating your key…</source>
        <translation>Création de votre clé…</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="234"/>
        <source>A signing key could not be created.</source>
        <translation>Impossible de créer une clé de signature.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="251"/>
        <source>Key id (XEP-0189): %1</source>
        <translation>Identifiant de clé (XEP-0189)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="263"/>
        <source>No key known yet</source>
        <translation>Aucune clé connue pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="269"/>
        <source>Sign in to fetch the contact&apos;s published keys.</source>
        <translation>Connectez-vous pour récupérer les clés publiées du contact.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="280"/>
        <source>Fetching keys…</source>
        <translation>Récupération des clés…</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="295"/>
        <source>The keys could not be fetched: %1</source>
        <translation>Les clés n’ont pas pu être récupérées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="297"/>
        <source>No new key.</source>
        <translation>Aucune nouvelle clé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FingerprintDialog.cpp" line="299"/>
        <source>%n new key(s).</source>
        <translation>
            <numerusform>%n nouvelle clé.</numerusform>
            <numerusform>%n nouvelles clés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="312"/>
        <source>✔ The fingerprints match: OMEMO device %1 is now verified.</source>
        <translation>✔ Les empreintes correspondent&#xa0;: l&apos;appareil OMEMO %1 est maintenant vérifié.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="324"/>
        <source>✔ The fingerprints match: the key %1 is now verified.</source>
        <translation>✔ Les empreintes correspondent&#xa0;: la clé %1 est désormais vérifiée.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="330"/>
        <source>No key of this contact is known yet. Fetch the keys first.</source>
        <translation>Aucune clé de ce contact n’est encore connue. Récupérez d’abord les clés.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="333"/>
        <source>✘ This matches none of the contact&apos;s keys. Nothing was marked. Check what you typed; if it is right, someone may be in between.</source>
        <translation>✘ Cela ne correspond à aucune des clés du contact. Rien n’a été marqué. Vérifiez ce que vous avez saisi&#xa0;; si c’est correct, quelqu’un s’interpose peut-être.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="315"/>
        <location filename="../ui/FingerprintDialog.cpp" line="338"/>
        <source>The verification could not be stored.</source>
        <translation>La vérification n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="360"/>
        <source>OMEMO device %1</source>
        <translation>Appareil OMEMO %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="361"/>
        <source>OMEMO 2 device %1</source>
        <translation>Appareil OMEMO 2 %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="363"/>
        <source>not known yet (fetch the keys)</source>
        <translation>pas encore connue (récupérez les clés)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="379"/>
        <source>No OMEMO device known</source>
        <translation>Aucun appareil OMEMO connu</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="423"/>
        <source>The decision could not be stored.</source>
        <translation>La décision n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="456"/>
        <source>Default (currently: %1)</source>
        <translation>Par défaut (actuellement&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="463"/>
        <source>Never: always in the clear. When possible: encrypted when the contact&apos;s key is known. Always: encrypted or not sent at all.</source>
        <translation>Jamais&#xa0;: toujours en clair. Si possible&#xa0;: chiffré lorsque la clé du contact est connue. Toujours&#xa0;: chiffré ou pas envoyé du tout.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="473"/>
        <source>The policy could not be saved.</source>
        <translation>La politique n’a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::HistorySearchDialog</name>
    <message>
        <location filename="../ui/HistorySearchDialog.cpp" line="63"/>
        <source>You to %1</source>
        <translation>De vous à %1</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.cpp" line="147"/>
        <source>No message contains this.</source>
        <translation>Aucun message ne contient ce texte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HistorySearchDialog.cpp" line="149"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::ImageThumbnails</name>
    <message>
        <location filename="../ui/ImageThumbnails.cpp" line="256"/>
        <source>Images cannot be fetched: the account is not open.</source>
        <translation>Impossible de récupérer les images&#xa0;: le compte n’est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/ImageThumbnails.cpp" line="360"/>
        <location filename="../ui/ImageThumbnails.cpp" line="376"/>
        <source>This file is not an image that can be shown.</source>
        <translation>Ce fichier n’est pas une image qui peut être affichée.</translation>
    </message>
    <message>
        <location filename="../ui/ImageThumbnails.cpp" line="367"/>
        <source>This image is too large to show: %1 × %2 pixels.</source>
        <translation>Cette image est trop grande pour être affichée&#xa0;: %1 × %2 pixels.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::JoinRoomDialog</name>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="44"/>
        <source>&amp;Join</source>
        <translation>&amp;Entrer</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="144"/>
        <source>There is no account to join the room with.</source>
        <translation>Aucun compte ne permet d’entrer dans le salon.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="148"/>
        <source>Enter the room&apos;s address, like room@conference.example.org.</source>
        <translation>Saisissez l’adresse du salon, par exemple salon@conference.example.org.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="153"/>
        <source>This address is not valid: %1</source>
        <translation>Cette adresse n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="156"/>
        <source>The address needs the room&apos;s name before the @, like room@%1.</source>
        <translation>L’adresse doit contenir le nom du salon avant le @, par exemple salon@%1.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="159"/>
        <source>Leave out the part after the /: type your nickname below.</source>
        <translation>Omettez la partie après le /&#xa0;: saisissez votre pseudo plus bas.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="162"/>
        <source>Choose a nickname: it is how the others in the room see you.</source>
        <translation>Choisissez un pseudo&#xa0;: c’est ainsi que les autres vous voient dans le salon.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="165"/>
        <source>This nickname cannot be used: choose another one.</source>
        <translation>Ce pseudo ne peut pas être utilisé&#xa0;: choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::LocalChatWidget</name>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="31"/>
        <source>Chat with %1 on the local network</source>
        <translation>Discussion avec %1 sur le réseau local</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="40"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="55"/>
        <source>Chats on the local network are not encrypted: anyone on the network can read them.</source>
        <translation>Les discussions sur le réseau local ne sont pas chiffrées&#xa0;: n’importe qui sur le réseau peut les lire.</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="78"/>
        <source>Messages on the local network are sent again by themselves when %1 is back.</source>
        <translation>Les messages sur le réseau local sont renvoyés d’eux-mêmes quand %1 est de retour.</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="131"/>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="142"/>
        <source>not on the local network now</source>
        <translation>absent du réseau local pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="143"/>
        <source>you are not on the local network</source>
        <translation>vous n’êtes pas sur le réseau local</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="154"/>
        <source>The message could not be stored; it was not sent.</source>
        <translation>Le message n’a pas pu être enregistré&#xa0;; il n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="162"/>
        <source>%1 is not on the local network now: the message is sent when they are back.</source>
        <translation>%1 n’est pas sur le réseau local pour l’instant&#xa0;: le message sera envoyé à son retour.</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="163"/>
        <source>You are not on the local network (your status is Offline): the message is sent when you and %1 are both there.</source>
        <translation>Vous n’êtes pas sur le réseau local (votre statut est Hors ligne)&#xa0;: le message sera envoyé quand vous et %1 y serez tous les deux.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>No conversations yet. Open a chat from your contacts.</source>
        <translation>Aucune conversation pour l’instant. Ouvrez une discussion depuis vos contacts.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <location filename="../ui/MainWindow.cpp" line="459"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>%1 declined your invitation to %2.</source>
        <translation>%1 a décliné votre invitation dans %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>Invite to Room</source>
        <translation>Inviter dans le salon</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>Address of the person to invite to %1:</source>
        <translation>Adresse de la personne à inviter dans %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>&quot;%1&quot; is not an address such as name@example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse du type nom@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>%1 could not be invited: %2</source>
        <translation>%1 n’a pas pu être invité&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="376"/>
        <source>Invitation to %1 sent to %2.</source>
        <translation>Invitation dans %1 envoyée à %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="409"/>
        <source>Group Chat Invitation</source>
        <translation>Invitation à une discussion de groupe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410"/>
        <source>%1 invites you to the group chat %2.</source>
        <translation>%1 vous invite dans la discussion de groupe %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="418"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="420"/>
        <source>&amp;Join…</source>
        <translation>&amp;Rejoindre…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="421"/>
        <source>Join the group chat</source>
        <translation>Rejoindre la discussion de groupe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="422"/>
        <source>&amp;Decline</source>
        <translation>&amp;Décliner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Decline the invitation</source>
        <translation>Décliner l’invitation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="426"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="427"/>
        <source>Answer the invitation later</source>
        <translation>Répondre à l’invitation plus tard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="472"/>
        <source>&lt;p&gt;&lt;b&gt;No chat open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pick a conversation or a contact on the left, or add a contact with Ctrl+N.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune discussion ouverte&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choisissez une conversation ou un contact à gauche, ou ajoutez un contact avec Ctrl+N.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>&lt;p&gt;&lt;b&gt;No chat open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;People on your local network appear on the left under “Local network”: double-click one to chat.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune discussion ouverte&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les personnes de votre réseau local apparaissent à gauche sous «&#xa0;Réseau local&#xa0;»&#xa0;: double-cliquez sur l’une d’elles pour discuter.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="476"/>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Balcony&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add your XMPP account on the left to start chatting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bienvenue dans Balcony&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ajoutez votre compte XMPP à gauche pour commencer à discuter.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>No conversation matches.</source>
        <translation>Aucune conversation ne correspond.</translation>
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
        <translation>%1 (réseau local)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="560"/>
        <source>Room %1 (account %2)</source>
        <translation>Salon %1 (compte %2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="572"/>
        <source>%1 (account %2)</source>
        <translation>%1 (compte %2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="832"/>
        <source>Local network</source>
        <translation>Réseau local</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1054"/>
        <location filename="../ui/MainWindow.cpp" line="1058"/>
        <location filename="../ui/MainWindow.cpp" line="1071"/>
        <source>Cannot open link</source>
        <translation>Impossible d’ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1058"/>
        <source>The link names no contact to open.</source>
        <translation>Le lien n’indique aucun contact à ouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1073"/>
        <source>Add an account first: the link to %1 needs one to open.</source>
        <translation>Ajoutez d’abord un compte&#xa0;: le lien vers %1 en nécessite un pour s’ouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1074"/>
        <source>The link is meant for the account %1, which is not set up here.</source>
        <translation>Le lien est destiné au compte %1, qui n’est pas configuré ici.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1085"/>
        <source>Choose an account</source>
        <translation>Choisir un compte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1086"/>
        <source>Several of your accounts know %1. Open the link with:</source>
        <translation>Plusieurs de vos comptes connaissent %1. Ouvrir le lien avec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1133"/>
        <source>Add Contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1134"/>
        <source>%1 could not be added: the account is not connected. Try again once it is online.</source>
        <translation>%1 n’a pas pu être ajouté&#xa0;: le compte n’est pas connecté. Réessayez une fois qu’il sera en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1138"/>
        <source>Added %1.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1180"/>
        <source>Join Group Chat</source>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1181"/>
        <source>%1 could not be joined: %2</source>
        <translation>Impossible d’entrer dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1182"/>
        <source>the account is not open.</source>
        <translation>le compte n’est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1198"/>
        <source>The room could not be saved as a bookmark: %1</source>
        <translation>Le salon n’a pas pu être enregistré comme signet&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1220"/>
        <location filename="../ui/MainWindow.cpp" line="1254"/>
        <source>&amp;Open Chat</source>
        <translation>&amp;Ouvrir la discussion</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1254"/>
        <source>Write to this contact</source>
        <translation>Écrire à ce contact</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1265"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1265"/>
        <source>Change the name this contact is shown by</source>
        <translation>Modifier le nom sous lequel ce contact est affiché</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1268"/>
        <source>Edit &amp;Groups…</source>
        <translation>Modifier les &amp;groupes…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1268"/>
        <source>Put this contact in groups</source>
        <translation>Placer ce contact dans des groupes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1283"/>
        <source>&amp;Approve Their Request</source>
        <translation>&amp;Accepter sa demande</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1283"/>
        <location filename="../ui/MainWindow.cpp" line="1290"/>
        <source>Let them see when you are online</source>
        <translation>Lui permettre de voir quand vous êtes en ligne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1286"/>
        <source>&amp;Deny Their Request</source>
        <translation>Re&amp;fuser sa demande</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1286"/>
        <source>Refuse to share your presence</source>
        <translation>Refuser de partager votre présence</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1290"/>
        <source>S&amp;hare My Presence</source>
        <translation>Partager &amp;ma présence</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1294"/>
        <source>Stop Sharing My &amp;Presence</source>
        <translation>Arrêter de &amp;partager ma présence</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1295"/>
        <source>They will no longer see when you are online</source>
        <translation>Il ne verra plus quand vous êtes en ligne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1300"/>
        <source>&amp;Withdraw My Request</source>
        <translation>Re&amp;tirer ma demande</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1300"/>
        <source>Stop asking to see their presence</source>
        <translation>Ne plus demander à voir sa présence</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1304"/>
        <source>As&amp;k to See Their Presence</source>
        <translation>&amp;Demander à voir sa présence</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1304"/>
        <source>Send a subscription request</source>
        <translation>Envoyer une demande d’abonnement</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1308"/>
        <source>Stop &amp;Seeing Their Presence</source>
        <translation>Ne plus &amp;voir sa présence</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1308"/>
        <source>Unsubscribe from their presence</source>
        <translation>Se désabonner de sa présence</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1313"/>
        <source>Show &amp;Fingerprints…</source>
        <translation>Afficher les &amp;empreintes…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1314"/>
        <source>Compare and verify encryption keys with this contact</source>
        <translation>Comparer et vérifier les clés de chiffrement avec ce contact</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1318"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1318"/>
        <source>Remove this contact and both subscriptions</source>
        <translation>Supprimer ce contact et les deux abonnements</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1323"/>
        <source>Changes need a connection to %1</source>
        <translation>Les modifications nécessitent une connexion à %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1333"/>
        <location filename="../ui/MainWindow.cpp" line="1336"/>
        <source>Rename Contact</source>
        <translation>Renommer le contact</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1333"/>
        <source>Name for %1:</source>
        <translation>Nom pour %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1336"/>
        <location filename="../ui/MainWindow.cpp" line="1358"/>
        <location filename="../ui/MainWindow.cpp" line="1374"/>
        <source>The account is not connected; nothing was changed.</source>
        <translation>Le compte n’est pas connecté&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1344"/>
        <location filename="../ui/MainWindow.cpp" line="1358"/>
        <source>Edit Groups</source>
        <translation>Modifier les groupes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1345"/>
        <source>Groups of %1, separated by commas (existing: %2):</source>
        <translation>Groupes de %1, séparés par des virgules (existants&#xa0;: %2)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1364"/>
        <location filename="../ui/MainWindow.cpp" line="1374"/>
        <source>Remove Contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1365"/>
        <source>Remove %1 from your contacts? You will no longer see each other&apos;s presence. The chat history stays.</source>
        <translation>Supprimer %1 de vos contacts&#xa0;? Vous ne verrez plus la présence l’un de l’autre. L’historique des discussions est conservé.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1369"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1380"/>
        <source>About Balcony</source>
        <translation>À propos de Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1381"/>
        <source>&lt;h3&gt;Balcony %1&lt;/h3&gt;&lt;p&gt;A desktop XMPP messenger.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Balcony %1&lt;/h3&gt;&lt;p&gt;Une messagerie XMPP pour le bureau.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1391"/>
        <source>Don&apos;t show this again</source>
        <translation>Ne plus afficher ce message</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1430"/>
        <source>Balcony keeps running</source>
        <translation>Balcony reste actif</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1431"/>
        <source>Balcony stays connected in the system tray, so you still get messages. Use Quit in the tray menu or Ctrl+Q to end it.</source>
        <translation>Balcony reste connecté dans la zone de notification, vous recevez donc toujours vos messages. Utilisez «&#xa0;Quitter&#xa0;» dans le menu de la zone de notification ou Ctrl+Q pour le fermer.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1445"/>
        <source>Balcony quits</source>
        <translation>Balcony se ferme</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1446"/>
        <source>There is no system tray on this desktop, so closing the window signs you out and quits Balcony.</source>
        <translation>Ce bureau n’a pas de zone de notification&#xa0;: fermer la fenêtre vous déconnecte et quitte Balcony.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::MessageDelegate</name>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="162"/>
        <source>Queued: it goes out as soon as you are online.</source>
        <translation>En file d’attente&#xa0;: il partira dès que vous serez en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="164"/>
        <source>Sent; the server has not confirmed it yet.</source>
        <translation>Envoyé&#xa0;; le serveur ne l’a pas encore confirmé.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="166"/>
        <source>Acknowledged by the server.</source>
        <translation>Confirmé par le serveur.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="168"/>
        <source>Delivered to %1.</source>
        <translation>Remis à %1.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="170"/>
        <source>Displayed by %1.</source>
        <translation>Affiché par %1.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="172"/>
        <source>Not delivered.</source>
        <translation>Non remis.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="172"/>
        <source>Not delivered: %1</source>
        <translation>Non remis&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="183"/>
        <source>Encrypted (online session)</source>
        <translation>Chiffré (session en ligne)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="185"/>
        <source>Encrypted (offline session)</source>
        <translation>Chiffré (session hors ligne)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="187"/>
        <source>Encrypted (OMEMO)</source>
        <translation>Chiffré (OMEMO)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="189"/>
        <source>Encrypted (OMEMO 2)</source>
        <translation>Chiffré (OMEMO 2)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="193"/>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="207"/>
        <location filename="../ui/MessageDelegate.cpp" line="951"/>
        <source>Could not be decrypted.</source>
        <translation>Impossible de le déchiffrer.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="207"/>
        <location filename="../ui/MessageDelegate.cpp" line="951"/>
        <source>Could not be decrypted: %1</source>
        <translation>Impossible de le déchiffrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="257"/>
        <source>private message to %1</source>
        <translation>message privé à %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="312"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="316"/>
        <source>via PubSub</source>
        <translation>par PubSub</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="323"/>
        <source>send it again to retry</source>
        <translation>renvoyez-le pour réessayer</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="326"/>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="438"/>
        <location filename="../ui/MessageDelegate.cpp" line="468"/>
        <location filename="../ui/MessageDelegate.cpp" line="585"/>
        <location filename="../ui/MessageDelegate.cpp" line="665"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="941"/>
        <source>End-to-end encrypted with OMEMO (XEP-0384, version 0.3).</source>
        <translation>Chiffré de bout en bout avec OMEMO (XEP-0384, version 0.3).</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="942"/>
        <source>End-to-end encrypted with OMEMO 2 (XEP-0384).</source>
        <translation>Chiffré de bout en bout avec OMEMO 2 (XEP-0384).</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="946"/>
        <source>From a device you have not verified.</source>
        <translation>D&apos;un appareil que vous n&apos;avez pas vérifié.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="962"/>
        <source>Carried by publish-subscribe (XEP-0207 eventing mode), not as an ordinary message.</source>
        <translation>Transmis par publication-abonnement (mode eventing XEP-0207), et non comme un message ordinaire.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="970"/>
        <source>%1: click to open the image</source>
        <translation>%1&#xa0;: cliquez pour ouvrir l’image</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="260"/>
        <source>private message</source>
        <translation>message privé</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="452"/>
        <location filename="../ui/MessageDelegate.cpp" line="670"/>
        <source>Show Image</source>
        <translation>Afficher l’image</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="622"/>
        <source>Waiting to load the image…</source>
        <translation>En attente du chargement de l’image…</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="625"/>
        <source>Loading the image… %1%</source>
        <translation>Chargement de l’image… %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="627"/>
        <source>Loading the image…</source>
        <translation>Chargement de l’image…</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="629"/>
        <source>The image could not be shown.</source>
        <translation>L’image n’a pas pu être affichée.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="701"/>
        <source>Image %1, shown; press Enter to open it</source>
        <translation>Image %1, affichée&#xa0;; appuyez sur Entrée pour l’ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="704"/>
        <source>Image %1, loading</source>
        <translation>Image %1, en cours de chargement</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="706"/>
        <source>Image %1, not shown: %2</source>
        <translation>Image %1, non affichée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="708"/>
        <source>Image %1, not shown; press Enter to show it</source>
        <translation>Image %1, non affichée&#xa0;; appuyez sur Entrée pour l’afficher</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="759"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="761"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="929"/>
        <source>Delayed: written %1</source>
        <translation>Retardé&#xa0;: écrit %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="932"/>
        <source>Sender&apos;s clock: %1</source>
        <translation>Horloge de l’expéditeur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="940"/>
        <source>End-to-end encrypted in an online session (XEP-0116).</source>
        <translation>Chiffré de bout en bout dans une session en ligne (XEP-0116).</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="943"/>
        <source>End-to-end encrypted in an offline session (XEP-0187).</source>
        <translation>Chiffré de bout en bout dans une session hors ligne (XEP-0187).</translation>
    </message>
</context>
<context>
    <name>balcony::ui::MessageView</name>
    <message>
        <location filename="../ui/MessageView.cpp" line="74"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="77"/>
        <location filename="../ui/MessageView.cpp" line="257"/>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="80"/>
        <location filename="../ui/MessageView.cpp" line="81"/>
        <source>Jump to the newest message</source>
        <translation>Aller au message le plus récent</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="87"/>
        <source>Older messages</source>
        <translation>Messages plus anciens</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MessageView.cpp" line="257"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="270"/>
        <source>Loading older messages from the server…</source>
        <translation>Chargement des messages plus anciens depuis le serveur…</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="275"/>
        <source>Older messages could not be loaded. Try again</source>
        <translation>Les messages plus anciens n’ont pas pu être chargés. Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="475"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="508"/>
        <source>Download File…</source>
        <translation>Télécharger le fichier…</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="515"/>
        <location filename="../ui/MessageView.cpp" line="519"/>
        <source>Show Image</source>
        <translation>Afficher l’image</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="515"/>
        <source>Open Image</source>
        <translation>Ouvrir l’image</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="527"/>
        <source>Open Link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="529"/>
        <source>Copy Link Address</source>
        <translation>Copier l’adresse du lien</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="536"/>
        <source>Reply Privately</source>
        <translation>Répondre en privé</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="542"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="542"/>
        <source>Copy Message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="545"/>
        <source>Retry Sending</source>
        <translation>Réessayer l’envoi</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="549"/>
        <source>Remove Message</source>
        <translation>Supprimer le message</translation>
    </message>
</context>
<context>
    <name>balcony::ui::OccupantDelegate</name>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="35"/>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="37"/>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="43"/>
        <source>moderator</source>
        <translation>modérateur</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="45"/>
        <source>visitor (cannot speak)</source>
        <translation>visiteur (ne peut pas parler)</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="45"/>
        <source>visitor</source>
        <translation>visiteur</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="51"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
</context>
<context>
    <name>balcony::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="22"/>
        <source>Balcony needs the password of &lt;b&gt;%1&lt;/b&gt; to sign in.</source>
        <translation>Balcony a besoin du mot de passe de &lt;b&gt;%1&lt;/b&gt; pour se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="28"/>
        <source>&amp;Remember it in the system keychain</source>
        <translation>Le &amp;mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="32"/>
        <source>&amp;Remember it until Balcony quits</source>
        <translation>Le &amp;mémoriser jusqu’à la fermeture de Balcony</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="40"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
</context>
<context>
    <name>balcony::ui::RemoveAccountDialog</name>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="22"/>
        <source>Remove &lt;b&gt;%1&lt;/b&gt; from Balcony? Its password is forgotten as well.</source>
        <translation>Supprimer &lt;b&gt;%1&lt;/b&gt; de Balcony&#xa0;? Son mot de passe sera également oublié.</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="27"/>
        <source>Deleting the account on the server needs it to be online.</source>
        <translation>La suppression du compte sur le serveur nécessite qu’il soit en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="29"/>
        <location filename="../ui/RemoveAccountDialog.cpp" line="36"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="30"/>
        <source>Remove the account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="36"/>
        <source>&amp;Delete Everywhere</source>
        <translation>Supprimer &amp;partout</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="84"/>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
</context>
<context>
    <name>balcony::ui::RoomBrowserDialog</name>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="34"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="34"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="44"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="46"/>
        <source>conference.example.org</source>
        <translation>conference.example.org</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="83"/>
        <source>The room did not say more about itself: %1</source>
        <translation>Le salon n’en a pas dit plus sur lui-même&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="86"/>
        <source>Looking for the group chat services of %1…</source>
        <translation>Recherche des services de discussion de groupe de %1…</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="89"/>
        <source>The account is not signed in.</source>
        <translation>Le compte n’est pas connecté.</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="115"/>
        <source>The server could not be asked for its group chat services: %1</source>
        <translation>Le serveur n’a pas pu être interrogé sur ses services de discussion de groupe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="117"/>
        <source>Your server lists no group chat service. Type the address of one above.</source>
        <translation>Votre serveur n’indique aucun service de discussion de groupe. Tapez l’adresse d’un service ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="137"/>
        <source>Listing the rooms of %1…</source>
        <translation>Liste des salons de %1…</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="159"/>
        <source>%1 did not list its rooms: %2</source>
        <translation>%1 n’a pas listé ses salons&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="161"/>
        <source>%1 has no public rooms.</source>
        <translation>%1 n’a aucun salon public.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="164"/>
        <source>%1 has more rooms than shown here: the list stops at %n rooms.</source>
        <translation>
            <numerusform>%1 a plus de salons que ceux affichés ici&#xa0;: la liste s’arrête à %n salon.</numerusform>
            <numerusform>%1 a plus de salons que ceux affichés ici&#xa0;: la liste s’arrête à %n salons.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="180"/>
        <source>One room</source>
        <translation>Un salon</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="180"/>
        <source>%n rooms</source>
        <translation>
            <numerusform>%n salon</numerusform>
            <numerusform>%n salons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="182"/>
        <source>%1 of one room</source>
        <translation>%1 sur un salon</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="182"/>
        <source>%1 of %n rooms</source>
        <translation>
            <numerusform>%1 sur %n salon</numerusform>
            <numerusform>%1 sur %n salons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="209"/>
        <source>%1 · one person</source>
        <translation>%1 · une personne</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="210"/>
        <source>%1 · %n people</source>
        <translation>
            <numerusform>%1 · %n personne</numerusform>
            <numerusform>%1 · %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="218"/>
        <source>needs a password</source>
        <translation>demande un mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="221"/>
        <source>members only</source>
        <translation>réservé aux membres</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="224"/>
        <source>moderated</source>
        <translation>modéré</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="227"/>
        <source>everyone there sees your address</source>
        <translation>tous les participants voient votre adresse</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="230"/>
        <source>keeps an archive</source>
        <translation>conserve une archive</translation>
    </message>
</context>
<context>
    <name>balcony::ui::RoomKeysDialog</name>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="50"/>
        <source>Encryption in %1</source>
        <translation>Chiffrement dans %1</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="52"/>
        <source>OMEMO messages in %1 are encrypted for every device of these members that you trust. To be sure nobody is in between, compare fingerprints with a member: select them and choose Compare Fingerprints.</source>
        <translation>Les messages OMEMO dans %1 sont chiffrés pour chaque appareil de ces membres auquel vous faites confiance. Pour être sûr que personne ne s’interpose, comparez les empreintes avec un membre&#xa0;: sélectionnez-le et choisissez Comparer les empreintes.</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="59"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="161"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="165"/>
        <source>No OMEMO device: cannot read encrypted messages</source>
        <translation>Aucun appareil OMEMO&#xa0;: ne peut pas lire les messages chiffrés</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="168"/>
        <source>%n device(s) NOT trusted yet</source>
        <translation>
            <numerusform>%n appareil pas encore approuvé</numerusform>
            <numerusform>%n appareils pas encore approuvés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="171"/>
        <source>Every device distrusted</source>
        <translation>Tous les appareils refusés</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="174"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="176"/>
        <source>%1 verified, %2 trusted without verification</source>
        <translation>%1 vérifié(s), %2 approuvé(s) sans vérification</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="178"/>
        <source>Trusted (not verified)</source>
        <translation>Approuvé (non vérifié)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="181"/>
        <source>%n distrusted</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
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
            <numerusform>%n appareil OMEMO</numerusform>
            <numerusform>%n appareils OMEMO</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="205"/>
        <source>Fetching the members&apos; devices…</source>
        <translation>Récupération des appareils des membres…</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="207"/>
        <source>The room has no other members.</source>
        <translation>Le salon n’a pas d’autres membres.</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="209"/>
        <source>Nothing encrypted can be sent to the room until every member has a trusted device. Without one: %1.</source>
        <translation>Rien de chiffré ne peut être envoyé au salon tant que chaque membre n’a pas un appareil approuvé. Sans appareil approuvé&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="213"/>
        <source>Your messages are encrypted for %n trusted device(s) of %1, and for your own other devices.</source>
        <translation>
            <numerusform>Vos messages sont chiffrés pour %n appareil approuvé de %1, et pour vos autres appareils.</numerusform>
            <numerusform>Vos messages sont chiffrés pour %n appareils approuvés de %1, et pour vos autres appareils.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="215"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="217"/>
        <source>Devices not trusted yet get nothing: %1.</source>
        <translation>Les appareils pas encore approuvés ne reçoivent rien&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="34"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="35"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="38"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="39"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="40"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="41"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="42"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="43"/>
        <source>Local Network</source>
        <translation>Réseau local</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="65"/>
        <source>System default</source>
        <translation>Par défaut (système)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="87"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="88"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="89"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="167"/>
        <source>You appear as %1.</source>
        <translation>Vous apparaissez comme %1.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="168"/>
        <source>Use a name without “@” or spaces.</source>
        <translation>Utilisez un nom sans «&#xa0;@&#xa0;» ni espaces.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="222"/>
        <source>Start on login</source>
        <translation>Démarrer à l’ouverture de session</translation>
    </message>
</context>
<context>
    <name>balcony::ui::SubscriptionRequestsBar</name>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="35"/>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="53"/>
        <source>Contact requests</source>
        <translation>Demandes de contact</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="123"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to see when you are online (%2).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; souhaite voir quand vous êtes en ligne (%2).</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="125"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to see when you are online.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; souhaite voir quand vous êtes en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="138"/>
        <source>Approve</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="139"/>
        <source>Approve request from %1</source>
        <translation>Accepter la demande de %1</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="141"/>
        <source>Let them subscribe to your presence by publish-subscribe (XEP-0207 eventing mode)</source>
        <translation>Les laisser s’abonner à votre présence par publication-abonnement (mode eventing XEP-0207)</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="142"/>
        <source>Let them see your presence, and ask to see theirs</source>
        <translation>Lui permettre de voir votre présence et demander à voir la sienne</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="143"/>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="144"/>
        <source>Deny request from %1</source>
        <translation>Refuser la demande de %1</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="145"/>
        <source>Refuse: they will not see when you are online</source>
        <translation>Refuser&#xa0;: il ne verra pas quand vous êtes en ligne</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="146"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="147"/>
        <source>Decide later about %1</source>
        <translation>Décider plus tard pour %1</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="148"/>
        <source>Hide until Balcony starts again</source>
        <translation>Masquer jusqu’au prochain démarrage de Balcony</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="152"/>
        <source>Available once %1 is connected</source>
        <translation>Disponible une fois %1 connecté</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="183"/>
        <source>%n more request(s): answer the ones above, or put them off with Later, to see them.</source>
        <translation>
            <numerusform>%n autre demande&#xa0;: répondez à celles du dessus, ou remettez-les à plus tard avec «&#xa0;Plus tard&#xa0;», pour la voir.</numerusform>
            <numerusform>%n autres demandes&#xa0;: répondez à celles du dessus, ou remettez-les à plus tard avec «&#xa0;Plus tard&#xa0;», pour les voir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="189"/>
        <source>Contact requests: %n</source>
        <translation>
            <numerusform>Demandes de contact&#xa0;: %n</numerusform>
            <numerusform>Demandes de contact&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::TrayIcon</name>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="19"/>
        <source>&amp;Open Balcony</source>
        <translation>&amp;Ouvrir Balcony</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="20"/>
        <source>Show the main window</source>
        <translation>Afficher la fenêtre principale</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="22"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="34"/>
        <source>Sign out and quit Balcony</source>
        <translation>Se déconnecter et quitter Balcony</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="103"/>
        <source>Balcony: %1</source>
        <translation>Balcony&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="105"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="45"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Précéd&amp;ent</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="46"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="47"/>
        <source>Go back one step</source>
        <translation>Revenir à l’étape précédente</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="48"/>
        <location filename="../ui/WelcomeDialog.cpp" line="133"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="50"/>
        <source>Close without adding an account</source>
        <translation>Fermer sans ajouter de compte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="102"/>
        <source>Welcome to Balcony</source>
        <translation>Bienvenue dans Balcony</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="106"/>
        <source>Sign in to your account</source>
        <translation>Connectez-vous à votre compte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="111"/>
        <source>Create a new account</source>
        <translation>Créer un nouveau compte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="116"/>
        <source>Create an account on %1</source>
        <translation>Créer un compte sur %1</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="134"/>
        <source>Check the address and password with the server, then add the account</source>
        <translation>Vérifier l’adresse et le mot de passe auprès du serveur, puis ajouter le compte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="137"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="138"/>
        <source>Ask the server for its sign-up form</source>
        <translation>Demander au serveur son formulaire d’inscription</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="141"/>
        <source>&amp;Create Account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="142"/>
        <source>Send the form to the server and sign in with the new account</source>
        <translation>Envoyer le formulaire au serveur et se connecter avec le nouveau compte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="236"/>
        <source>%1 is already one of your accounts.</source>
        <translation>%1 fait déjà partie de vos comptes.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="280"/>
        <source>Signing in as %1…</source>
        <translation>Connexion en tant que %1…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="362"/>
        <source>Asking %1 for its sign-up form…</source>
        <translation>Demande du formulaire d’inscription à %1…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="382"/>
        <source>%1 creates new accounts only on its web page: %2</source>
        <translation>%1 ne crée de nouveaux comptes que sur sa page web&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="386"/>
        <source>%1 does not let clients create accounts.</source>
        <translation>%1 ne permet pas aux clients de créer des comptes.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="388"/>
        <source>You can also sign up on the server&apos;s web page: %1</source>
        <translation>Vous pouvez aussi vous inscrire sur la page web du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="413"/>
        <source>Creating your account on %1…</source>
        <translation>Création de votre compte sur %1…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="450"/>
        <source>The account %1 was created; signing in…</source>
        <translation>Le compte %1 a été créé&#xa0;; connexion…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="468"/>
        <source>%1 Its SHA-256 fingerprint is %2.</source>
        <translation>%1 Son empreinte SHA-256 est %2.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="508"/>
        <source>Cannot record the decision to trust the certificate in %1: %2</source>
        <translation>Impossible d’enregistrer dans %1 la décision de faire confiance au certificat&#xa0;: %2</translation>
    </message>
</context>
</TS>
