<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="21"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="27"/>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="32"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="51"/>
        <source>found automatically</source>
        <translation>détecté automatiquement</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="56"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="65"/>
        <source>Use &amp;direct TLS on this port</source>
        <translation>Utiliser TLS &amp;direct sur ce port</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="81"/>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="91"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="112"/>
        <source>Review and &amp;trust this certificate…</source>
        <translation>Examiner ce certificat et lui faire con&amp;fiance…</translation>
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
        <translation>Des données après la fin du flux.</translation>
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
        <translation>Un élément avec plus de %1 attributs.</translation>
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
        <translation>Du texte en dehors de toute stanza.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="84"/>
        <source>Elements nested deeper than %1 levels.</source>
        <translation>Des éléments imbriqués sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="471"/>
        <source>Unsupported encoding %1; only UTF-8 is allowed.</source>
        <translation>Encodage %1 non pris en charge&#x202f;; seul UTF-8 est autorisé.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="77"/>
        <source>Comments, DTDs, processing instructions and entity declarations are not allowed (RFC 6120 §11.1).</source>
        <translation>Les commentaires, DTD, instructions de traitement et déclarations d’entité sont interdits (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="41"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="45"/>
        <source>%1 is too large to be a list of trusted certificates</source>
        <translation>%1 est trop volumineux pour être une liste de certificats de confiance</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="56"/>
        <source>The list of trusted certificates in %1 is damaged; no certificate is trusted until it is replaced</source>
        <translation>La liste des certificats de confiance dans %1 est endommagée&#x202f;; aucun certificat n’est accepté tant qu’elle n’est pas remplacée</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="85"/>
        <source>There is no certificate to trust</source>
        <translation>Il n’y a aucun certificat auquel faire confiance</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="96"/>
        <source>Invalid domain or certificate fingerprint</source>
        <translation>Domaine ou empreinte de certificat non valide</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="200"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="225"/>
        <location filename="../src/stream/CertificateTrust.cpp" line="233"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="32"/>
        <source>Wrong user name or password.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="34"/>
        <source>This account has been disabled on the server.</source>
        <translation>Ce compte a été désactivé sur le serveur.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="36"/>
        <source>The password has expired; change it with another client or on the server&apos;s website.</source>
        <translation>Le mot de passe a expiré&#x202f;; changez-le avec un autre client ou sur le site web du serveur.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="38"/>
        <source>The server could not check the password right now; try again later.</source>
        <translation>Le serveur n’a pas pu vérifier le mot de passe pour le moment&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="41"/>
        <source>The server refused the authentication method (%1).</source>
        <translation>Le serveur a refusé la méthode d’authentification (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="43"/>
        <source>Authentication failed (%1).</source>
        <translation>Échec de l’authentification (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="46"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Le serveur a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="592"/>
        <source>The answer carries no service discovery information.</source>
        <translation>La réponse ne contient aucune information de découverte de services.</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="596"/>
        <source>No answer to the service discovery query.</source>
        <translation>Aucune réponse à la requête de découverte de services.</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="600"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="92"/>
        <source>The connection was lost.</source>
        <translation>La connexion a été perdue.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="158"/>
        <source>The server refused to send the contact list (%1).</source>
        <translation>Le serveur a refusé d’envoyer la liste de contacts (%1).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="162"/>
        <source>The server did not send the contact list in time.</source>
        <translation>Le serveur n’a pas envoyé la liste de contacts à temps.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="362"/>
        <source>The server did not accept the contact %1: its name or a group name is not allowed (%2).</source>
        <translation>Le serveur n’a pas accepté le contact %1&#xa0;: son nom ou un nom de groupe n’est pas autorisé (%2).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="366"/>
        <source>The server refused to change the contact %1 (%2).</source>
        <translation>Le serveur a refusé de modifier le contact %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="371"/>
        <source>The server did not confirm the change to the contact %1 in time.</source>
        <translation>Le serveur n’a pas confirmé à temps la modification du contact %1.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="376"/>
        <source>The connection was lost before the server confirmed the change to the contact %1.</source>
        <translation>La connexion a été perdue avant que le serveur ne confirme la modification du contact %1.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="125"/>
        <source>No contact address was given.</source>
        <translation>Aucune adresse de contact n’a été indiquée.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="133"/>
        <source>Your server does not support approving %1 in advance; approve the request when it arrives.</source>
        <translation>Votre serveur ne permet pas d’accepter %1 à l’avance&#x202f;; acceptez la demande quand elle arrivera.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="141"/>
        <source>Not connected: %1 could not be approved in advance.</source>
        <translation>Non connecté&#xa0;: %1 n’a pas pu être accepté à l’avance.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="193"/>
        <source>Not sharing presence</source>
        <translation>Aucun partage de la présence</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="195"/>
        <source>Waiting for the contact to approve your request</source>
        <translation>En attente de l’accord du contact</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="197"/>
        <source>Wants to see your presence</source>
        <translation>Souhaite voir votre présence</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="199"/>
        <source>Both of you asked; waiting for each other&apos;s approval</source>
        <translation>Vous avez tous deux fait la demande&#x202f;; chacun attend l’accord de l’autre</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="201"/>
        <source>You see their presence; they do not see yours</source>
        <translation>Vous voyez sa présence&#x202f;; il ne voit pas la vôtre</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="203"/>
        <source>You see their presence; they want to see yours</source>
        <translation>Vous voyez sa présence&#x202f;; il souhaite voir la vôtre</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="205"/>
        <source>They see your presence; you do not see theirs</source>
        <translation>Il voit votre présence&#x202f;; vous ne voyez pas la sienne</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="207"/>
        <source>They see your presence; waiting for them to approve your request</source>
        <translation>Il voit votre présence&#x202f;; votre demande attend son accord</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="210"/>
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
        <location filename="../src/pubsub/PubSubManager.cpp" line="93"/>
        <source>creating the node “%1”</source>
        <translation>création du nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="115"/>
        <source>changing the configuration of the node “%1”</source>
        <translation>modification de la configuration du nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="127"/>
        <source>sending the configuration of the node “%1”</source>
        <translation>envoi de la configuration du nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="174"/>
        <source>publishing to the node “%1”</source>
        <translation>publication dans le nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="309"/>
        <source>sending the items of the node “%1”</source>
        <translation>envoi des éléments du nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="345"/>
        <source>removing an item from the node “%1”</source>
        <translation>suppression d’un élément du nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="358"/>
        <source>removing every item from the node “%1”</source>
        <translation>suppression de tous les éléments du nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="370"/>
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
        <location filename="../src/esession/PublicKeyManager.cpp" line="55"/>
        <location filename="../src/esession/EsessionManager.cpp" line="157"/>
        <location filename="../src/esession/EsessionManager.cpp" line="365"/>
        <location filename="../src/esession/EsessionManager.cpp" line="493"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="183"/>
        <source>The encryption keys are locked.</source>
        <translation>Les clés de chiffrement sont verrouillées.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="60"/>
        <source>The stored signing key cannot be read.</source>
        <translation>La clé de signature enregistrée est illisible.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="68"/>
        <source>A signing key could not be generated.</source>
        <translation>Impossible de générer une clé de signature.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="72"/>
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
        <location filename="../src/account/Account.cpp" line="145"/>
        <source>The account&apos;s stores are incomplete.</source>
        <translation>Les données du compte sont incomplètes.</translation>
    </message>
    <message>
        <location filename="../src/account/ChatSender.cpp" line="79"/>
        <source>The message could not be stored: %1</source>
        <translation>Le message n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="52"/>
        <source>The profile of %1 cannot be opened.</source>
        <translation>Impossible d’ouvrir le profil de %1.</translation>
    </message>
</context>
<context>
    <name>balcony::ArchiveManager</name>
    <message>
        <location filename="../src/im/ArchiveManager.cpp" line="108"/>
        <location filename="../src/im/ArchiveManager.cpp" line="202"/>
        <source>The server did not answer the archive query.</source>
        <translation>Le serveur n’a pas répondu à la requête d’archive.</translation>
    </message>
    <message>
        <location filename="../src/im/ArchiveManager.cpp" line="166"/>
        <location filename="../src/im/ArchiveManager.cpp" line="216"/>
        <source>The archived messages could not be stored.</source>
        <translation>Les messages archivés n’ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>balcony::Connection</name>
    <message>
        <location filename="../src/stream/Connection.cpp" line="86"/>
        <source>The account address must look like name@example.org.</source>
        <translation>L’adresse du compte doit être de la forme nom@example.org.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="88"/>
        <source>No password is set for this account.</source>
        <translation>Aucun mot de passe n’est défini pour ce compte.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="323"/>
        <source>The server sent invalid data (%1); the connection was closed.</source>
        <translation>Le serveur a envoyé des données non valides (%1)&#x202f;; la connexion a été fermée.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="338"/>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="706"/>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="729"/>
        <source>The server did not complete the login in time.</source>
        <translation>Le serveur n’a pas terminé l’identification à temps.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="199"/>
        <source>The server acknowledged messages it was never sent; the session was reset.</source>
        <translation>Le serveur a accusé réception de messages qui ne lui ont jamais été envoyés&#x202f;; la session a été réinitialisée.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="316"/>
        <source>The server acknowledged messages it was never sent; the connection was closed.</source>
        <translation>Le serveur a accusé réception de messages qui ne lui ont jamais été envoyés&#x202f;; la connexion a été fermée.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="404"/>
        <source>The server stopped answering; reconnecting.</source>
        <translation>Le serveur ne répond plus&#x202f;; reconnexion en cours.</translation>
    </message>
</context>
<context>
    <name>balcony::Database</name>
    <message>
        <location filename="../src/storage/Database.cpp" line="190"/>
        <location filename="../src/storage/Database.cpp" line="244"/>
        <location filename="../src/storage/Database.cpp" line="346"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="249"/>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="254"/>
        <source>the folder is not writable</source>
        <translation>le dossier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="275"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="322"/>
        <source>The database %1 was written by a newer version of Balcony (schema %2; this version knows schema %3). It was left unchanged; please use a newer version of Balcony.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Balcony (schéma %2&#x202f;; cette version connaît le schéma %3). Elle n’a pas été modifiée&#x202f;; veuillez utiliser une version plus récente de Balcony.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="357"/>
        <source>Could not update the database %1 to the current format; it was left as it was. %2</source>
        <translation>Impossible de mettre la base de données %1 au format actuel&#x202f;; elle a été laissée telle quelle. %2</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="376"/>
        <source>The database %1 is damaged and could not be moved aside (%2). Nothing was changed.</source>
        <translation>La base de données %1 est endommagée et n’a pas pu être mise de côté (%2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="387"/>
        <source>The database %1 was damaged and could not be read. It was kept as %2 and a new database was created; contacts and server information will be fetched again from the server.</source>
        <translation>La base de données %1 était endommagée et n’a pas pu être lue. Elle a été conservée sous le nom %2 et une nouvelle base a été créée&#x202f;; les contacts et les informations du serveur seront à nouveau récupérés depuis le serveur.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="469"/>
        <source>%1 did not take effect (%2)</source>
        <translation>%1 n’a pas pris effet (%2)</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="520"/>
        <location filename="../src/storage/Database.cpp" line="524"/>
        <source>schema version %1: %2</source>
        <translation>version de schéma %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>balcony::MessageManager</name>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="109"/>
        <source>A message needs a recipient and a text.</source>
        <translation>Un message doit avoir un destinataire et un texte.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="123"/>
        <source>The message could not be saved, so it was not sent.</source>
        <translation>Le message n’a pas pu être enregistré, il n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="428"/>
        <source>The correction could not be sent: not connected.</source>
        <translation>La correction n’a pas pu être envoyée&#xa0;: pas de connexion.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="438"/>
        <source>There is no message of yours to correct.</source>
        <translation>Vous n’avez aucun message à corriger.</translation>
    </message>
</context>
<context>
    <name>balcony::Negotiator</name>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="162"/>
        <source>The server does not support XMPP 1.0 streams.</source>
        <translation>Le serveur ne prend pas en charge les flux XMPP 1.0.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="168"/>
        <source>The server opened a stream of the wrong kind.</source>
        <translation>Le serveur a ouvert un flux du mauvais type.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="231"/>
        <source>The server does not offer encryption (STARTTLS); Balcony never logs in without it.</source>
        <translation>Le serveur ne propose pas de chiffrement (STARTTLS)&#x202f;; Balcony ne se connecte jamais sans.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="242"/>
        <source>The server could not start encryption (STARTTLS failed).</source>
        <translation>Le serveur n’a pas pu démarrer le chiffrement (échec de STARTTLS).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="263"/>
        <location filename="../src/stream/Negotiator.cpp" line="282"/>
        <source>The server offers no authentication method Balcony supports (offered: %1).</source>
        <translation>Le serveur ne propose aucune méthode d’authentification prise en charge par Balcony (proposées&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="320"/>
        <source>The server failed to prove that it knows your password; it may be an impostor (%1).</source>
        <translation>Le serveur n’a pas pu prouver qu’il connaît votre mot de passe&#x202f;; il s’agit peut-être d’un imposteur (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="406"/>
        <source>The resource name cannot be used (%1).</source>
        <translation>Le nom de ressource ne peut pas être utilisé (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="425"/>
        <source>The server does not offer resource binding.</source>
        <translation>Le serveur ne propose pas la liaison de ressource.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="446"/>
        <source>The resource &quot;%1&quot; is in use; the next attempt lets the server choose one.</source>
        <translation>La ressource «&#xa0;%1&#xa0;» est déjà utilisée&#x202f;; à la prochaine tentative, le serveur en choisira une.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="455"/>
        <source>The server refused to bind a resource (%1).</source>
        <translation>Le serveur a refusé de lier une ressource (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="461"/>
        <source>The server bound an invalid address (%1).</source>
        <translation>Le serveur a lié une adresse non valide (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="473"/>
        <source>The server refused to establish a session (%1).</source>
        <translation>Le serveur a refusé d’établir une session (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="525"/>
        <source>The server sent something unexpected while logging in (&lt;%1/&gt;).</source>
        <translation>Le serveur a envoyé quelque chose d’inattendu pendant l’identification (&lt;%1/&gt;).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="583"/>
        <source>Another client logged in with the same resource and replaced this connection.</source>
        <translation>Un autre client s’est connecté avec la même ressource et a remplacé cette connexion.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="586"/>
        <source>The server is shutting down.</source>
        <translation>Le serveur est en cours d’arrêt.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="589"/>
        <source>The server does not host this domain.</source>
        <translation>Le serveur n’héberge pas ce domaine.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="592"/>
        <source>The server closed the connection for a policy violation.</source>
        <translation>Le serveur a fermé la connexion pour violation de sa politique.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="595"/>
        <source>The server redirected the connection more than once, or to an invalid address.</source>
        <translation>Le serveur a redirigé la connexion plus d’une fois, ou vers une adresse non valide.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="598"/>
        <source>The server closed the stream (%1).</source>
        <translation>Le serveur a fermé le flux (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="602"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Le serveur a répondu&#xa0;: %2</translation>
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
        <location filename="../src/stream/TcpTransport.cpp" line="110"/>
        <source>No server address to connect to</source>
        <translation>Aucune adresse de serveur à laquelle se connecter</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="180"/>
        <source>the host name was not found</source>
        <translation>le nom d’hôte est introuvable</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="336"/>
        <location filename="../src/stream/TcpTransport.cpp" line="360"/>
        <source>The server closed the connection</source>
        <translation>Le serveur a fermé la connexion</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="339"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="363"/>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="454"/>
        <source>DNS lookup timed out</source>
        <translation>délai dépassé pour la requête DNS</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="459"/>
        <source>connection timed out</source>
        <translation>délai de connexion dépassé</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="464"/>
        <source>the TLS handshake timed out</source>
        <translation>délai dépassé pour la négociation TLS</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="484"/>
        <source>TLS cannot be started on this connection</source>
        <translation>TLS ne peut pas être démarré sur cette connexion</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="679"/>
        <source>Secure connection to %1 failed: %2</source>
        <translation>Échec de la connexion sécurisée à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="697"/>
        <source>self-signed</source>
        <translation>autosigné</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="700"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="703"/>
        <source>not valid yet</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="710"/>
        <source>issued for a different name</source>
        <translation>émis pour un autre nom</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="711"/>
        <source>issued for %1, not %2</source>
        <translation>émis pour %1, et non pour %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="720"/>
        <source>issued by an unknown authority</source>
        <translation>émis par une autorité inconnue</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="723"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="738"/>
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
    <name>balcony::app::AccountList</name>
    <message>
        <location filename="../src/app/AccountList.cpp" line="60"/>
        <source>The account list %1 cannot be read.</source>
        <translation>Impossible de lire la liste des comptes %1.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="92"/>
        <source>The account list %1 was written by a newer version of Balcony and is left as it is.</source>
        <translation>La liste des comptes %1 a été écrite par une version plus récente de Balcony et reste telle quelle.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="118"/>
        <source>The account list %1 cannot be written.</source>
        <translation>Impossible d’écrire la liste des comptes %1.</translation>
    </message>
</context>
<context>
    <name>balcony::app::AccountManager</name>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="141"/>
        <source>An account address looks like name@example.org.</source>
        <translation>Une adresse de compte ressemble à nom@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="147"/>
        <source>%1 is already in the list of accounts.</source>
        <translation>%1 figure déjà dans la liste des comptes.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="172"/>
        <location filename="../src/app/AccountManager.cpp" line="196"/>
        <location filename="../src/app/AccountManager.cpp" line="227"/>
        <source>%1 is not in the list of accounts.</source>
        <translation>%1 ne figure pas dans la liste des comptes.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="202"/>
        <source>The account could not be changed.</source>
        <translation>Le compte n’a pas pu être modifié.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="291"/>
        <source>No password is stored for this account.</source>
        <translation>Aucun mot de passe n’est enregistré pour ce compte.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="327"/>
        <source>There is no certificate to trust.</source>
        <translation>Il n’y a aucun certificat auquel faire confiance.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="334"/>
        <source>Cannot record the decision in %1: %2</source>
        <translation>Impossible d’enregistrer la décision dans %1&#xa0;: %2</translation>
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
    <name>balcony::app::KeychainPasswordStore</name>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="110"/>
        <source>No keychain is available on this desktop (neither a Secret Service such as GNOME Keyring nor KWallet is running).</source>
        <translation>Aucun trousseau n’est disponible sur ce bureau (ni un Secret Service comme GNOME Keyring ni KWallet n’est lancé).</translation>
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
        <translation>Conserver les comptes, les réglages et l’historique des messages dans DOSSIER au lieu de l’emplacement habituel.</translation>
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
    <name>balcony::app::MemoryPasswordStore</name>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="165"/>
        <source>No password is stored for this account.</source>
        <translation>Aucun mot de passe n’est enregistré pour ce compte.</translation>
    </message>
</context>
<context>
    <name>balcony::app::PasswordStore</name>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="29"/>
        <source>No password is stored for this account.</source>
        <translation>Aucun mot de passe n’est enregistré pour ce compte.</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="34"/>
        <source>No keychain is available on this desktop (%1).</source>
        <translation>Aucun trousseau n’est disponible sur ce bureau (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="39"/>
        <source>The keychain refused access (%1).</source>
        <translation>Le trousseau a refusé l’accès (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="46"/>
        <source>The keychain failed: %1</source>
        <translation>Erreur du trousseau&#xa0;: %1</translation>
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
        <translation>Les arguments sont trop longs pour être transmis au Balcony déjà ouvert.</translation>
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
        <location filename="../src/app/XmppUri.cpp" line="232"/>
        <source>The xmpp: link names no address.</source>
        <translation>Le lien xmpp: n’indique aucune adresse.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="210"/>
        <source>A parameter in the xmpp: link is not written as key=value.</source>
        <translation>Un paramètre du lien xmpp: n’est pas de la forme clé=valeur.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="261"/>
        <source>Balcony does not support group chats yet, so it cannot join %1.</source>
        <translation>Balcony ne prend pas encore en charge les discussions de groupe et ne peut donc pas rejoindre %1.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="265"/>
        <source>Balcony does not support the &quot;%1&quot; action of xmpp: links yet.</source>
        <translation>Balcony ne prend pas encore en charge l’action «&#xa0;%1&#xa0;» des liens xmpp:.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>Enter your full address, like you@example.org.</source>
        <translation>Saisissez votre adresse complète, par exemple vous@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>This address is not valid: %1</source>
        <translation>Cette adresse n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Signed in as %1 via %2 (%3, %4); ready in %5 ms.</source>
        <translation>Connecté en tant que %1 via %2 (%3, %4)&#x202f;; prêt en %5 ms.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>&lt;p&gt;Balcony could not verify the identity of &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Issued to: %2&lt;br&gt;Issued by: %3&lt;br&gt;Valid: %4 to %5&lt;br&gt;SHA-256 fingerprint:&lt;br&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Only trust this certificate if you have checked the fingerprint with the server&apos;s administrator. Anyone able to intercept your connection could otherwise read your messages.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Balcony n’a pas pu vérifier l’identité de &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Émis pour&#xa0;: %2&lt;br&gt;Émis par&#xa0;: %3&lt;br&gt;Valide&#xa0;: du %4 au %5&lt;br&gt;Empreinte SHA-256&#xa0;:&lt;br&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Ne faites confiance à ce certificat que si vous avez vérifié l’empreinte auprès de l’administrateur du serveur. Sinon, toute personne capable d’intercepter votre connexion pourrait lire vos messages.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Untrusted certificate</source>
        <translation>Certificat non fiable</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&amp;Trust this certificate</source>
        <translation>Faire &amp;confiance à ce certificat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Could not save the trust decision in %1.</source>
        <translation>Impossible d’enregistrer la décision de confiance dans %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="51"/>
        <location filename="../ui/main.cpp" line="54"/>
        <source>Cannot open link</source>
        <translation>Impossible d’ouvrir le lien</translation>
    </message>
</context>
</TS>
