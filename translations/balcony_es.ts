<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountEditDialog</name>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="9"/>
        <source>Account Settings</source>
        <translation>Ajustes de la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="17"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="23"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="34"/>
        <source>Shown instead of the address (optional)</source>
        <translation>Se muestra en lugar de la dirección (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="35"/>
        <source>A name for this account, shown when you have several</source>
        <translation>Un nombre para esta cuenta, que se muestra cuando tienes varias</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="36"/>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="41"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="47"/>
        <source>Where Balcony keeps the password of this account</source>
        <translation>Dónde guarda Balcony la contraseña de esta cuenta</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="48"/>
        <source>Where the password is kept</source>
        <translation>Dónde se guarda la contraseña</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="54"/>
        <source>No keychain (Secret Service or KWallet) is available on this desktop; Balcony never stores passwords in files.</source>
        <translation>No hay ningún llavero (Secret Service o KWallet) disponible en este escritorio; Balcony nunca guarda contraseñas en archivos.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="9"/>
        <location filename="../ui/AccountsDialog.ui" line="16"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="17"/>
        <source>Your accounts; the check box turns an account on or off</source>
        <translation>Tus cuentas; la casilla activa o desactiva cada cuenta</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="50"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="9"/>
        <source>Add Contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="19"/>
        <source>A&amp;ccount:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="25"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="26"/>
        <source>The account whose contact list gets the contact</source>
        <translation>La cuenta a cuya lista de contactos se añade el contacto</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="31"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="37"/>
        <source>Contact address</source>
        <translation>Dirección del contacto</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="38"/>
        <source>friend@example.org</source>
        <translation>amigo@example.org</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="44"/>
        <source>Address problem</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="49"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="55"/>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="56"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="61"/>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="68"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="69"/>
        <source>Pick a group or type new ones, separated by commas</source>
        <translation>Elige un grupo o escribe otros nuevos, separados por comas</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="74"/>
        <source>As&amp;k to see their presence</source>
        <translation>&amp;Pedir ver su presencia</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="76"/>
        <source>Ask to see their presence</source>
        <translation>Pedir ver su presencia</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.ui" line="77"/>
        <source>Sends a subscription request: the contact decides whether you see when they are online</source>
        <translation>Envía una solicitud de suscripción: el contacto decide si puedes ver cuándo está conectado</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="12"/>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="13"/>
        <source>Show or hide the connection settings most servers do not need</source>
        <translation>Muestra u oculta los ajustes de conexión que la mayoría de los servidores no necesitan</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="14"/>
        <source>Advanced connection settings</source>
        <translation>Ajustes avanzados de conexión</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="27"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="33"/>
        <source>Found automatically (DNS)</source>
        <translation>Se detecta automáticamente (DNS)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="34"/>
        <source>Connect to this host instead of the one the server&apos;s DNS records name</source>
        <translation>Conectarse a este host en lugar del que indican los registros DNS del servidor</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="35"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="43"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="49"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="51"/>
        <source>The port to connect to; Automatic uses the DNS records or the standard port</source>
        <translation>El puerto al que conectarse; Automático usa los registros DNS o el puerto estándar</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="52"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="57"/>
        <source>&amp;Direct TLS (encrypted from the first byte)</source>
        <translation>TLS direc&amp;to (cifrado desde el primer byte)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="58"/>
        <source>Use TLS right away (XEP-0368) instead of STARTTLS; the server must offer it on that port</source>
        <translation>Usar TLS desde el principio (XEP-0368) en lugar de STARTTLS; el servidor debe ofrecerlo en ese puerto</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="59"/>
        <source>Direct TLS</source>
        <translation>TLS directo</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="64"/>
        <source>Co&amp;nnect over:</source>
        <translation>Co&amp;nectar por:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="70"/>
        <source>TCP is the usual way; WebSocket and BOSH go through HTTPS, for networks that allow only web traffic</source>
        <translation>TCP es la vía habitual; WebSocket y BOSH pasan por HTTPS, para redes que solo permiten tráfico web</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="71"/>
        <source>Connection type</source>
        <translation>Tipo de conexión</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="72"/>
        <source>TCP (standard)</source>
        <translation>TCP (estándar)</translation>
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
        <translation>URL de &amp;WebSocket:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="85"/>
        <location filename="../ui/AdvancedSettings.ui" line="101"/>
        <source>Found automatically (host-meta)</source>
        <translation>Se obtiene automáticamente (host-meta)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="86"/>
        <source>The server&apos;s WebSocket address, starting with wss://; empty: the address the server announces</source>
        <translation>La dirección WebSocket del servidor, que empieza por wss://; vacía: la dirección que anuncia el servidor</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="87"/>
        <source>WebSocket URL</source>
        <translation>URL de WebSocket</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="95"/>
        <source>&amp;BOSH URL:</source>
        <translation>URL de &amp;BOSH:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="102"/>
        <source>The server&apos;s BOSH address, starting with https://; empty: the address the server announces</source>
        <translation>La dirección BOSH del servidor, que empieza por https://; vacía: la dirección que anuncia el servidor</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="103"/>
        <source>BOSH URL</source>
        <translation>URL de BOSH</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="111"/>
        <source>XEP-0207 &amp;eventing mode</source>
        <translation>Modo &amp;eventing XEP-0207</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="112"/>
        <source>Also publish your presence and exchange chats through publish-subscribe nodes on the server (XMPP Eventing via Pubsub)</source>
        <translation>Publicar también tu presencia e intercambiar chats mediante nodos de publicación-suscripción en el servidor (XMPP Eventing via Pubsub)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="113"/>
        <source>XEP-0207 eventing mode</source>
        <translation>Modo eventing XEP-0207</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="122"/>
        <source>Presence and chats with other Balcony users in eventing mode also go through publish-subscribe; ordinary XMPP keeps working.</source>
        <translation>La presencia y los chats con otros usuarios de Balcony en modo eventing también pasan por publicación-suscripción; el XMPP normal sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="123"/>
        <source>About eventing mode</source>
        <translation>Acerca del modo eventing</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="128"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="134"/>
        <source>Chosen by the server</source>
        <translation>Lo elige el servidor</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="135"/>
        <source>The name of this device&apos;s connection (the part after &quot;/&quot; in your address)</source>
        <translation>El nombre de la conexión de este dispositivo (la parte después de «/» en tu dirección)</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.ui" line="136"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="9"/>
        <source>Untrusted Certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="23"/>
        <source>Why the certificate is not trusted</source>
        <translation>Por qué el certificado no es de confianza</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="33"/>
        <source>Certificate &amp;chain (the server&apos;s first):</source>
        <translation>&amp;Cadena de certificados (primero el del servidor):</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="39"/>
        <source>Certificate chain</source>
        <translation>Cadena de certificados</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="44"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="47"/>
        <source>Subject:</source>
        <translation>Sujeto:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="48"/>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="49"/>
        <source>Names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="50"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="51"/>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="52"/>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="53"/>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="54"/>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="55"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="56"/>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.ui" line="63"/>
        <source>Trust this certificate only if you have compared its SHA-256 fingerprint with the one the server&apos;s administrator gave you. If you did not expect this, someone may be intercepting your connection: refuse.</source>
        <translation>Confía en este certificado solo si has comparado su huella SHA-256 con la que te ha dado el administrador del servidor. Si no esperabas esto, alguien podría estar interceptando tu conexión: recházalo.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="9"/>
        <source>Change Password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="22"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="29"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="34"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="41"/>
        <source>New password again</source>
        <translation>Nueva contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="53"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <location filename="../src/models/ContactTreeModel.cpp" line="53"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../ui/ConversationDelegate.cpp" line="41"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../ui/ConversationDelegate.cpp" line="77"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConversationDelegate.cpp" line="78"/>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
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
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="20"/>
        <source>Your key</source>
        <translation>Tu clave</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="24"/>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="31"/>
        <source>Your fingerprint</source>
        <translation>Tu huella</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="37"/>
        <source>Key id (XEP-0189):</source>
        <translation>ID de clave (XEP-0189):</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="44"/>
        <source>Your key id</source>
        <translation>Tu ID de clave</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="49"/>
        <source>OMEMO:</source>
        <translation>OMEMO:</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="56"/>
        <source>Your OMEMO device and fingerprint</source>
        <translation>Su dispositivo OMEMO y su huella</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="64"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="65"/>
        <source>Copy your fingerprint to send it to your contact</source>
        <translation>Copia tu huella para enviarla a tu contacto</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="66"/>
        <source>Copy your fingerprint</source>
        <translation>Copiar tu huella</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="71"/>
        <source>C&amp;reate Key</source>
        <translation>C&amp;rear clave</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="72"/>
        <source>Create your signing key now (it is otherwise created the first time encryption needs it)</source>
        <translation>Crea ahora tu clave de firma (si no, se crea la primera vez que el cifrado la necesite)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="73"/>
        <source>Create your key</source>
        <translation>Crear tu clave</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="88"/>
        <location filename="../ui/FingerprintDialog.ui" line="133"/>
        <source>Contact&apos;s keys</source>
        <translation>Claves del contacto</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="95"/>
        <source>Contact&apos;s OMEMO devices</source>
        <translation>Dispositivos OMEMO del contacto</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="98"/>
        <source>OMEMO device</source>
        <translation>Dispositivo OMEMO</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="99"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="100"/>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="112"/>
        <source>&amp;Trust Device</source>
        <translation>&amp;Confiar en el dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="113"/>
        <source>Encrypt for the selected device without comparing its fingerprint</source>
        <translation>Cifrar para el dispositivo seleccionado sin comparar su huella</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="114"/>
        <source>Trust the selected device</source>
        <translation>Confiar en el dispositivo seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="120"/>
        <source>&amp;Distrust Device</source>
        <translation>&amp;Desconfiar del dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="121"/>
        <source>Never encrypt for the selected device, and mark its messages</source>
        <translation>No cifrar nunca para el dispositivo seleccionado y marcar sus mensajes</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="122"/>
        <source>Distrust the selected device</source>
        <translation>Desconfiar del dispositivo seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="136"/>
        <source>Encrypted-session key</source>
        <translation>Clave de sesión cifrada</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="137"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="138"/>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="154"/>
        <source>&amp;Fetch Keys</source>
        <translation>&amp;Obtener claves</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="155"/>
        <source>Ask the contact&apos;s server for their OMEMO devices and published keys (XEP-0189)</source>
        <translation>Pedir al servidor del contacto sus dispositivos OMEMO y sus claves publicadas (XEP-0189)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="156"/>
        <source>Fetch the contact&apos;s keys</source>
        <translation>Obtener las claves del contacto</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="172"/>
        <source>Fingerprint to compare</source>
        <translation>Huella que comparar</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="173"/>
        <source>e.g. 3A7F 19C2 …</source>
        <translation>p. ej., 3A7F 19C2 …</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="179"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="180"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="200"/>
        <source>Encryption &amp;policy:</source>
        <translation>&amp;Política de cifrado:</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.ui" line="206"/>
        <source>Encryption policy</source>
        <translation>Política de cifrado</translation>
    </message>
</context>
<context>
    <name>HistorySearchDialog</name>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="9"/>
        <source>Search History</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="16"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="22"/>
        <source>Search all messages</source>
        <translation>Buscar en todos los mensajes</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="23"/>
        <source>Words to find in all conversations</source>
        <translation>Palabras que buscar en todas las conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="31"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.ui" line="42"/>
        <source>Number of results</source>
        <translation>Número de resultados</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="9"/>
        <source>Join Group Chat</source>
        <translation>Unirse a un chat de grupo</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="19"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="25"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="26"/>
        <source>The account that enters the room</source>
        <translation>La cuenta con la que entra en la sala</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="31"/>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="39"/>
        <source>Room address</source>
        <translation>Dirección de la sala</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="40"/>
        <source>room@conference.example.org</source>
        <translation>sala@conference.example.org</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="45"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Explorar…</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="46"/>
        <source>Browse the server&apos;s rooms</source>
        <translation>Explorar las salas del servidor</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="47"/>
        <source>Find public rooms on your server&apos;s group chat service</source>
        <translation>Buscar salas públicas en el servicio de chat en grupo de su servidor</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="56"/>
        <source>Room address problem</source>
        <translation>Problema con la dirección de la sala</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="61"/>
        <source>&amp;Nickname:</source>
        <translation>&amp;Apodo:</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="67"/>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="68"/>
        <source>The name the others in the room see</source>
        <translation>El nombre que ven los demás en la sala</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="74"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="80"/>
        <source>Room password</source>
        <translation>Contraseña de la sala</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="81"/>
        <source>Only if the room has one</source>
        <translation>Solo si la sala tiene una</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="87"/>
        <source>Join &amp;automatically (save as a bookmark)</source>
        <translation>Entrar &amp;automáticamente (guardar como marcador)</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="89"/>
        <source>Join automatically</source>
        <translation>Entrar automáticamente</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.ui" line="90"/>
        <source>Saves the room as a bookmark on your server (XEP-0402, with the nickname and password): Balcony and your other clients enter it whenever you sign in</source>
        <translation>Guarda la sala como marcador en su servidor (XEP-0402, con el apodo y la contraseña): Balcony y sus otros clientes entran en ella cada vez que inicia sesión</translation>
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
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="40"/>
        <source>Your status</source>
        <translation>Tu estado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="41"/>
        <source>Your status, shown to your contacts</source>
        <translation>Tu estado, visible para tus contactos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="48"/>
        <source>Status message</source>
        <translation>Mensaje de estado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="49"/>
        <source>A message shown with your status; press Enter to set it</source>
        <translation>Un mensaje que se muestra junto a tu estado; pulsa Intro para establecerlo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="50"/>
        <source>Status message (Enter to set)</source>
        <translation>Mensaje de estado (Intro para establecerlo)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="56"/>
        <source>Search contacts and chats</source>
        <translation>Buscar contactos y chats</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="57"/>
        <source>Search contacts and chats (Ctrl+K)</source>
        <translation>Buscar contactos y chats (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="58"/>
        <source>Search (Ctrl+K)</source>
        <translation>Buscar (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="65"/>
        <source>Chats and contacts</source>
        <translation>Chats y contactos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="68"/>
        <source>C&amp;hats</source>
        <translation>C&amp;hats</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="77"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="92"/>
        <source>Co&amp;ntacts</source>
        <translation>Co&amp;ntactos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="100"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="119"/>
        <source>&lt;p&gt;&lt;b&gt;No account yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sign in to your XMPP account, or create one, to see your contacts and chats here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Todavía no hay ninguna cuenta&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Inicia sesión en tu cuenta XMPP, o crea una, para ver aquí tus contactos y chats.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="126"/>
        <source>&amp;Add Account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="127"/>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="128"/>
        <source>Sign in to an account or create a new one</source>
        <translation>Inicia sesión en una cuenta o crea una nueva</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="145"/>
        <source>No chat open</source>
        <translation>Ningún chat abierto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="148"/>
        <source>Open chats</source>
        <translation>Chats abiertos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="162"/>
        <source>&amp;Balcony</source>
        <translation>&amp;Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="172"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="181"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="190"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="200"/>
        <source>&amp;Add Contact…</source>
        <translation>&amp;Añadir contacto…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="201"/>
        <source>Add someone to your contacts and ask to see their presence</source>
        <translation>Añade a alguien a tus contactos y pide ver su presencia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="202"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="205"/>
        <source>&amp;Join Group Chat…</source>
        <translation>&amp;Unirse a un chat de grupo…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="206"/>
        <source>Enter a group chat room by its address</source>
        <translation>Entrar en una sala de chat de grupo por su dirección</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="207"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="211"/>
        <source>Add, change or remove your accounts</source>
        <translation>Añade, modifica o elimina tus cuentas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="214"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="215"/>
        <source>Notifications, appearance, privacy and encryption settings</source>
        <translation>Ajustes de notificaciones, apariencia, privacidad y cifrado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="219"/>
        <source>Sign out and quit Balcony</source>
        <translation>Cierra la sesión y sale de Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="220"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="224"/>
        <source>&amp;Search Contacts and Chats</source>
        <translation>&amp;Buscar contactos y chats</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="225"/>
        <source>Jump to the search field</source>
        <translation>Salta al campo de búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="228"/>
        <source>Search &amp;History…</source>
        <translation>Buscar en el &amp;historial…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="229"/>
        <source>Search the messages of every conversation and jump to one</source>
        <translation>Busca en los mensajes de todas las conversaciones y salta a uno</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="230"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="235"/>
        <source>Show &amp;Offline Contacts</source>
        <translation>Mostrar contactos &amp;desconectados</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="236"/>
        <source>Show contacts who are not online</source>
        <translation>Muestra los contactos que no están conectados</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="237"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="242"/>
        <source>Sort by A&amp;vailability</source>
        <translation>Ordenar por dis&amp;ponibilidad</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="243"/>
        <source>Contacts who are online first, then by name</source>
        <translation>Primero los contactos conectados y luego por nombre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="247"/>
        <source>Sort by &amp;Name</source>
        <translation>Ordenar por &amp;nombre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="248"/>
        <source>Contacts by name only</source>
        <translation>Contactos solo por nombre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="251"/>
        <source>&amp;Next Chat</source>
        <translation>Chat &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="252"/>
        <source>Go to the next open chat</source>
        <translation>Va al siguiente chat abierto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="255"/>
        <source>&amp;Previous Chat</source>
        <translation>Chat &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="256"/>
        <source>Go to the previous open chat</source>
        <translation>Va al chat abierto anterior</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="259"/>
        <source>&amp;Invite to Room…</source>
        <translation>&amp;Invitar a la sala…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="260"/>
        <source>Invite someone to the group chat shown now</source>
        <translation>Invitar a alguien al chat en grupo mostrado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="263"/>
        <source>&amp;Close Chat</source>
        <translation>&amp;Cerrar chat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="264"/>
        <source>Close the chat shown now</source>
        <translation>Cierra el chat que se muestra ahora</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="265"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="268"/>
        <source>&amp;About Balcony</source>
        <translation>Acerca &amp;de Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="269"/>
        <source>Version, licence and the standards Balcony supports</source>
        <translation>Versión, licencia y estándares que admite Balcony</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="9"/>
        <source>Password Needed</source>
        <translation>Se necesita la contraseña</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="15"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="22"/>
        <source>Why the password is asked for</source>
        <translation>Por qué se pide la contraseña</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="30"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="37"/>
        <source>The account&apos;s password</source>
        <translation>La contraseña de la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="38"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="46"/>
        <source>&amp;Remember it</source>
        <translation>&amp;Recordarla</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.ui" line="47"/>
        <source>Remember the password</source>
        <translation>Recordar la contraseña</translation>
    </message>
</context>
<context>
    <name>PresenceStyle</name>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="63"/>
        <source>Free for chat</source>
        <translation>Disponible para charlar</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="65"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="67"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="69"/>
        <source>Extended away</source>
        <translation>Ausencia extendida</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="71"/>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <location filename="../ui/PresenceStyle.cpp" line="75"/>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
</context>
<context>
    <name>RemoveAccountDialog</name>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="9"/>
        <source>Remove Account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="19"/>
        <source>Also delete its &amp;history, keys and caches on this computer</source>
        <translation>Borrar también su &amp;historial, claves y cachés en este equipo</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="20"/>
        <source>Without this, the conversations stay in the profile folder and come back if you add the account again</source>
        <translation>Sin esto, las conversaciones se quedan en la carpeta del perfil y vuelven si añades de nuevo la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="21"/>
        <source>Delete the local history</source>
        <translation>Borrar el historial local</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="26"/>
        <source>Also delete the account on the &amp;server (cannot be undone)</source>
        <translation>Borrar también la cuenta en el &amp;servidor (no se puede deshacer)</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="27"/>
        <source>Asks the server to remove the account (XEP-0077); nobody can sign in with it afterwards</source>
        <translation>Pide al servidor que elimine la cuenta (XEP-0077); después nadie podrá iniciar sesión con ella</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="28"/>
        <source>Delete the account on the server</source>
        <translation>Borrar la cuenta en el servidor</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.ui" line="40"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>RoomBrowserDialog</name>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="9"/>
        <source>Browse Rooms</source>
        <translation>Explorar salas</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="16"/>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="26"/>
        <source>Group chat service</source>
        <translation>Servicio de chat en grupo</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="27"/>
        <source>The group chat service whose rooms are listed; type another one&apos;s address and press Enter</source>
        <translation>El servicio de chat en grupo cuyas salas se listan; escriba la dirección de otro y pulse Intro</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="32"/>
        <source>&amp;List Rooms</source>
        <translation>&amp;Listar salas</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="33"/>
        <source>List the service&apos;s rooms</source>
        <translation>Listar las salas del servicio</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="41"/>
        <source>Filter rooms</source>
        <translation>Filtrar salas</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="42"/>
        <source>Filter by name or address</source>
        <translation>Filtrar por nombre o dirección</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="48"/>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="58"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.ui" line="64"/>
        <source>About the selected room</source>
        <translation>Acerca de la sala seleccionada</translation>
    </message>
</context>
<context>
    <name>RoomKeysDialog</name>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="9"/>
        <source>Encryption in the Room</source>
        <translation>Cifrado en la sala</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="20"/>
        <source>Members and their OMEMO devices</source>
        <translation>Miembros y sus dispositivos OMEMO</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="24"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="25"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="26"/>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="32"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="40"/>
        <source>&amp;Compare Fingerprints…</source>
        <translation>&amp;Comparar huellas…</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="41"/>
        <source>Compare fingerprints of the selected member</source>
        <translation>Comparar las huellas del miembro seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="46"/>
        <source>&amp;Fetch Devices</source>
        <translation>&amp;Obtener dispositivos</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.ui" line="47"/>
        <source>Fetch the members&apos; devices again</source>
        <translation>Obtener de nuevo los dispositivos de los miembros</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="14"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="22"/>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="48"/>
        <source>&lt;b&gt;Accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cuentas&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="58"/>
        <source>Add, edit or remove your accounts, change passwords and choose which accounts are enabled.</source>
        <translation>Añade, edita o elimina tus cuentas, cambia contraseñas y elige qué cuentas están activadas.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="71"/>
        <source>&amp;Manage Accounts…</source>
        <translation>&amp;Gestionar cuentas…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="74"/>
        <source>Manage accounts</source>
        <translation>Gestionar cuentas</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="77"/>
        <source>Opens the list of your accounts</source>
        <translation>Abre la lista de tus cuentas</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="101"/>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notificaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="111"/>
        <source>Show a &amp;notification for new messages</source>
        <translation>Mostrar una &amp;notificación para los mensajes nuevos</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="114"/>
        <source>Show a notification for new messages</source>
        <translation>Mostrar una notificación para los mensajes nuevos</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="117"/>
        <source>A desktop notification when a message arrives in a chat you are not looking at. Nothing is shown while your status is Do not disturb.</source>
        <translation>Una notificación del escritorio cuando llega un mensaje a un chat que no estás mirando. No se muestra nada mientras tu estado es No molestar.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="124"/>
        <source>&amp;Hide the message text (show “New message”)</source>
        <translation>&amp;Ocultar el texto del mensaje (mostrar «Mensaje nuevo»)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="127"/>
        <source>Hide the message text in notifications</source>
        <translation>Ocultar el texto del mensaje en las notificaciones</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="130"/>
        <source>For screen sharing and shoulder surfers: notifications name the sender but not the text</source>
        <translation>Para cuando compartes pantalla o hay miradas indiscretas: las notificaciones indican el remitente, pero no el texto</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="137"/>
        <source>Play a &amp;sound</source>
        <translation>Reproducir un &amp;sonido</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="140"/>
        <source>Play a sound for notifications</source>
        <translation>Reproducir un sonido con las notificaciones</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="143"/>
        <source>The desktop plays its sound for new instant messages</source>
        <translation>El escritorio reproduce su sonido para los mensajes instantáneos nuevos</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="150"/>
        <source>Notify about contact &amp;requests</source>
        <translation>Notificar las solicitudes de &amp;contacto</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="153"/>
        <source>Notify about contact requests</source>
        <translation>Notificar las solicitudes de contacto</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="156"/>
        <source>A notification when someone asks to add you as a contact</source>
        <translation>Una notificación cuando alguien pide añadirte como contacto</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="163"/>
        <source>Notify about every &amp;group chat message</source>
        <translation>Notificar cada mensaje de los chats de &amp;grupo</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="166"/>
        <source>Notify about every group chat message</source>
        <translation>Notificar cada mensaje de los chats de grupo</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="169"/>
        <source>When off, a group chat notifies only the messages that mention your nickname</source>
        <translation>Desactivado, un chat de grupo solo notifica los mensajes que mencionan su apodo</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="193"/>
        <source>&lt;b&gt;Appearance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Apariencia&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="208"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="218"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="222"/>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="227"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="232"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="242"/>
        <source>The theme changes at once. “Follow the system” uses the colours of your desktop.</source>
        <translation>El tema cambia al instante. «Igual que el sistema» usa los colores de tu escritorio.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="272"/>
        <source>&lt;b&gt;Privacy&lt;/b&gt;</source>
        <translation>&lt;b&gt;Privacidad&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="282"/>
        <source>Send delivery &amp;receipts and read markers</source>
        <translation>Enviar acuses de &amp;recibo y marcas de lectura</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="285"/>
        <source>Send delivery receipts and read markers</source>
        <translation>Enviar acuses de recibo y marcas de lectura</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="288"/>
        <source>Contacts who see your presence learn when their message reached you and when you read it (XEP-0184, XEP-0333)</source>
        <translation>Los contactos que ven tu presencia saben cuándo te ha llegado su mensaje y cuándo lo has leído (XEP-0184, XEP-0333)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="295"/>
        <source>Send &amp;typing notifications</source>
        <translation>Enviar notificaciones de &amp;escritura</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="298"/>
        <source>Send typing notifications</source>
        <translation>Enviar notificaciones de escritura</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="301"/>
        <source>Contacts see when you are typing (XEP-0085)</source>
        <translation>Los contactos ven cuándo estás escribiendo (XEP-0085)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="308"/>
        <source>Show &amp;images automatically from contacts in my contact list</source>
        <translation>Mostrar automáticamente las &amp;imágenes de los contactos de mi lista</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="311"/>
        <source>Show images automatically from contacts in my contact list</source>
        <translation>Mostrar automáticamente las imágenes de los contactos de mi lista</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="314"/>
        <source>Images sent by contacts who share their presence with you (both ways) are downloaded and shown without a click; images from anyone else and in group chats are shown only when you click Show Image</source>
        <translation>Las imágenes de los contactos con los que compartes la presencia en ambos sentidos se descargan y se muestran sin hacer clic; las de cualquier otra persona y las de los chats de grupo solo cuando pulsas Mostrar imagen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="321"/>
        <source>&amp;Publish encryption options when going offline</source>
        <translation>&amp;Publicar opciones de cifrado al desconectarse</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="324"/>
        <source>Publish encryption options when going offline</source>
        <translation>Publicar opciones de cifrado al desconectarse</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="327"/>
        <source>When you sign out or quit, Balcony publishes offline encryption options (XEP-0187) so that contacts can write to you encrypted while you are away; the next sign-in withdraws them</source>
        <translation>Cuando cierras la sesión o sales, Balcony publica opciones de cifrado sin conexión (XEP-0187) para que los contactos puedan enviarte mensajes cifrados mientras no estás; el siguiente inicio de sesión las retira</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="339"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Válidas durante:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="349"/>
        <source>Validity of the offline encryption options</source>
        <translation>Validez de las opciones de cifrado sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="358"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="361"/>
        <source>How long contacts may use the published options</source>
        <translation>Cuánto tiempo pueden usar los contactos las opciones publicadas</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="387"/>
        <source>&lt;b&gt;Encryption&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cifrado&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="402"/>
        <source>&amp;Encrypt messages:</source>
        <translation>&amp;Cifrar mensajes:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="412"/>
        <source>Default encryption policy</source>
        <translation>Política de cifrado predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="416"/>
        <location filename="../ui/SettingsDialog.ui" line="516"/>
        <location filename="../ui/SettingsDialog.ui" line="548"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="421"/>
        <source>When possible</source>
        <translation>Cuando sea posible</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="426"/>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="436"/>
        <source>The default for every contact without a setting of their own (change it per contact in the contact’s fingerprint dialog). “Always” sends nothing that cannot be encrypted; “When possible” sends in the clear when the contact cannot encrypt.</source>
        <translation>El valor predeterminado para todos los contactos que no tienen un ajuste propio (cámbialo para cada contacto en el diálogo de huellas del contacto). «Siempre» no envía nada que no se pueda cifrar; «Cuando sea posible» envía sin cifrar cuando el contacto no puede cifrar.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="449"/>
        <source>Trust new OMEMO devices only after I &amp;compare their fingerprints</source>
        <translation>Confiar en dispositivos OMEMO nuevos solo tras &amp;comparar sus huellas</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="452"/>
        <source>Trust new OMEMO devices only after comparing fingerprints</source>
        <translation>Confiar en dispositivos OMEMO nuevos solo tras comparar las huellas</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="455"/>
        <source>Off (the default, as in Conversations): a contact&apos;s new device is trusted until you have verified one of their devices; after that, new ones wait for you. On: every new device waits until you trust it in the contact&apos;s fingerprint dialog.</source>
        <translation>Desactivado (por defecto, como en Conversations): se confía en un dispositivo nuevo de un contacto hasta que haya verificado uno de sus dispositivos; después, los nuevos esperan su decisión. Activado: cada dispositivo nuevo espera hasta que confíe en él en el diálogo de huellas del contacto.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="479"/>
        <source>&lt;b&gt;Status&lt;/b&gt;</source>
        <translation>&lt;b&gt;Estado&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="494"/>
        <source>Set &amp;away after:</source>
        <translation>Pasar a &amp;ausente tras:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="504"/>
        <source>Minutes until away</source>
        <translation>Minutos hasta pasar a ausente</translation>
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
        <translation>Tiempo de inactividad sin usar el teclado ni el ratón antes de que tu estado pase a Ausente</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="526"/>
        <source>Set &amp;extended away after:</source>
        <translation>Pasar a ausencia &amp;extendida tras:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="536"/>
        <source>Minutes until extended away</source>
        <translation>Minutos hasta pasar a ausencia extendida</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="551"/>
        <source>Idle time before your status becomes Extended away</source>
        <translation>Tiempo de inactividad antes de que tu estado pase a Ausencia extendida</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="558"/>
        <source>Status &amp;message:</source>
        <translation>&amp;Mensaje de estado:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="568"/>
        <source>Status message while away</source>
        <translation>Mensaje de estado mientras estás ausente</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="571"/>
        <source>Keep my status message</source>
        <translation>Mantener mi mensaje de estado</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="580"/>
        <source>Your status comes back when you return. Do not disturb and Offline are never changed automatically.</source>
        <translation>Tu estado se restablece cuando vuelves. No molestar y Desconectado nunca se cambian automáticamente.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="610"/>
        <source>&lt;b&gt;General&lt;/b&gt;</source>
        <translation>&lt;b&gt;General&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="620"/>
        <source>&amp;Start Balcony when I log in</source>
        <translation>&amp;Iniciar Balcony al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="623"/>
        <source>Start Balcony when I log in</source>
        <translation>Iniciar Balcony al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="626"/>
        <source>Starts Balcony in the system tray when you log in to your desktop</source>
        <translation>Inicia Balcony en la bandeja del sistema cuando inicias sesión en tu escritorio</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="633"/>
        <source>&amp;Closing the window keeps Balcony running in the tray</source>
        <translation>&amp;Cerrar la ventana deja Balcony funcionando en la bandeja</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="636"/>
        <source>Closing the window keeps Balcony running in the tray</source>
        <translation>Cerrar la ventana deja Balcony funcionando en la bandeja</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="639"/>
        <source>Without a system tray, closing the window quits Balcony</source>
        <translation>Sin bandeja del sistema, al cerrar la ventana se sale de Balcony</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="651"/>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="661"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="670"/>
        <source>A new language is used from the next start of Balcony.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de Balcony.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="700"/>
        <source>&lt;b&gt;Local Network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Red local&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="710"/>
        <source>&amp;Chat with people on this network, without a server</source>
        <translation>&amp;Chatear con las personas de esta red, sin servidor</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="713"/>
        <source>Chat with people on this network, without a server</source>
        <translation>Chatear con las personas de esta red, sin servidor</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="716"/>
        <source>Serverless messaging (XEP-0174, as Bonjour chat in Pidgin and iChat): the people on this network who do the same appear under “Local network” in your contacts</source>
        <translation>Mensajería sin servidor (XEP-0174, como el chat Bonjour de Pidgin e iChat): las personas de esta red que hacen lo mismo aparecen en «Red local» en tus contactos</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="723"/>
        <source>While this is on, everyone on this network sees your name and status and can write to you, and these chats are not encrypted. Switch it on at home or at work, not on a public network.</source>
        <translation>Mientras esté activado, todos en esta red ven tu nombre y tu estado y pueden escribirte, y estos chats no están cifrados. Actívalo en casa o en el trabajo, no en una red pública.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="741"/>
        <source>&amp;Your name there:</source>
        <translation>&amp;Tu nombre allí:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="751"/>
        <source>Your name on the local network</source>
        <translation>Tu nombre en la red local</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="757"/>
        <source>A name without “@” or spaces; you appear as name@this-computer</source>
        <translation>Un nombre sin «@» ni espacios; apareces como nombre@este-equipo</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="9"/>
        <source>Add an Account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="14"/>
        <source>Welcome to Balcony</source>
        <translation>Bienvenido a Balcony</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="15"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="24"/>
        <source>Balcony is a messenger for XMPP (Jabber) accounts. Your address looks like an email address: name@example.org.</source>
        <translation>Balcony es un cliente de mensajería para cuentas XMPP (Jabber). Tu dirección tiene la forma de una dirección de correo electrónico: nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="30"/>
        <source>&amp;Sign in to an existing account</source>
        <translation>&amp;Iniciar sesión en una cuenta existente</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="31"/>
        <source>Use an address and password you already have.</source>
        <translation>Usa una dirección y una contraseña que ya tengas.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="32"/>
        <source>Sign in to an existing account</source>
        <translation>Iniciar sesión en una cuenta existente</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="37"/>
        <source>&amp;Create a new account</source>
        <translation>&amp;Crear una cuenta nueva</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="38"/>
        <source>On a server that lets you register from here.</source>
        <translation>En un servidor que permite registrarse desde aquí.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="39"/>
        <source>Create a new account</source>
        <translation>Crear una cuenta nueva</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="44"/>
        <source>Chat on the &amp;local network, without an account</source>
        <translation>Chatear en la red &amp;local, sin cuenta</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="45"/>
        <source>With the people on this network (at home, in the office), with no server. Everyone on the network sees your name and status while it is on.</source>
        <translation>Con las personas de esta red (en casa, en la oficina), sin servidor. Mientras esté activado, todos en la red ven tu nombre y tu estado.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="46"/>
        <source>Chat on the local network, without an account</source>
        <translation>Chatear en la red local, sin cuenta</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="61"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="67"/>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="68"/>
        <source>Your XMPP address</source>
        <translation>Tu dirección XMPP</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="69"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="77"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="84"/>
        <source>Your account&apos;s password</source>
        <translation>La contraseña de tu cuenta</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="85"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="98"/>
        <source>Which server should hold your account? Balcony asks it for its sign-up form; some servers only accept new accounts on their web page.</source>
        <translation>¿Qué servidor debe alojar tu cuenta? Balcony le pedirá su formulario de registro; algunos servidores solo aceptan cuentas nuevas en su página web.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="104"/>
        <source>&amp;Server:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="110"/>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="111"/>
        <source>The name of the server, without a user name</source>
        <translation>El nombre del servidor, sin nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="112"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="126"/>
        <source>The server&apos;s instructions</source>
        <translation>Las instrucciones del servidor</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="134"/>
        <source>Sign-up web page</source>
        <translation>Página web de registro</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="150"/>
        <source>Remember the password</source>
        <translation>Recordar la contraseña</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="154"/>
        <source>In the system &amp;keychain</source>
        <translation>En el &amp;llavero del sistema</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="155"/>
        <source>The desktop&apos;s keychain (Secret Service or KWallet) keeps it; Balcony never writes it to a file</source>
        <translation>La guarda el llavero del escritorio (Secret Service o KWallet); Balcony nunca la escribe en un archivo</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="156"/>
        <source>Remember in the system keychain</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="161"/>
        <source>Only until Balcony &amp;quits</source>
        <translation>Solo hasta que &amp;Balcony se cierre</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="162"/>
        <source>Kept in memory; asked again at the next start</source>
        <translation>Se guarda en memoria; se vuelve a pedir en el próximo inicio</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="163"/>
        <source>Remember until Balcony quits</source>
        <translation>Recordar hasta que Balcony se cierre</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="168"/>
        <source>&amp;Never: ask every time the account connects</source>
        <translation>&amp;Nunca: preguntar cada vez que la cuenta se conecte</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="169"/>
        <source>Not kept anywhere</source>
        <translation>No se guarda en ningún sitio</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="170"/>
        <source>Never remember the password</source>
        <translation>No recordar nunca la contraseña</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="176"/>
        <source>No keychain (Secret Service or KWallet) is available on this desktop, and Balcony never stores passwords in files. Choose whether it asks at every start or keeps the password until it quits.</source>
        <translation>No hay ningún llavero (Secret Service o KWallet) disponible en este escritorio y Balcony nunca guarda contraseñas en archivos. Elige si debe preguntarla en cada inicio o guardarla hasta que se cierre.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="201"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="206"/>
        <source>&amp;Trust…</source>
        <translation>Con&amp;fiar…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="207"/>
        <source>Look at the server&apos;s certificate and decide whether to trust it</source>
        <translation>Examina el certificado del servidor y decide si confías en él</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.ui" line="208"/>
        <source>Review the certificate</source>
        <translation>Revisar el certificado</translation>
    </message>
</context>
<context>
    <name>balcony</name>
    <message>
        <location filename="../src/core/Jid.cpp" line="110"/>
        <source>The local part of the address is empty.</source>
        <translation>La parte local de la dirección está vacía.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="112"/>
        <source>The domain of the address is empty.</source>
        <translation>El dominio de la dirección está vacío.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="114"/>
        <source>The resource of the address is empty.</source>
        <translation>El recurso de la dirección está vacío.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="120"/>
        <source>The local part is longer than 1023 bytes.</source>
        <translation>La parte local ocupa más de 1023 bytes.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="122"/>
        <source>The domain is longer than 1023 bytes.</source>
        <translation>El dominio ocupa más de 1023 bytes.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="124"/>
        <source>The resource is longer than 1023 bytes.</source>
        <translation>El recurso ocupa más de 1023 bytes.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="139"/>
        <source>The local part contains an invalid character.</source>
        <translation>La parte local contiene un carácter no válido.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="152"/>
        <source>The local part may not contain the character &apos;%1&apos;.</source>
        <translation>La parte local no puede contener el carácter «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="160"/>
        <source>The local part may not contain spaces or control characters.</source>
        <translation>La parte local no puede contener espacios ni caracteres de control.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="188"/>
        <source>The resource contains an invalid character.</source>
        <translation>El recurso contiene un carácter no válido.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="195"/>
        <source>The resource may not contain control characters.</source>
        <translation>El recurso no puede contener caracteres de control.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="249"/>
        <source>The domain is empty.</source>
        <translation>El dominio está vacío.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="252"/>
        <source>The domain contains an invalid character.</source>
        <translation>El dominio contiene un carácter no válido.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="259"/>
        <source>The IPv6 address is missing its closing bracket.</source>
        <translation>A la dirección IPv6 le falta el corchete de cierre.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="264"/>
        <source>The domain is not a valid IPv6 address.</source>
        <translation>El dominio no es una dirección IPv6 válida.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="273"/>
        <source>The domain may not contain spaces or control characters.</source>
        <translation>El dominio no puede contener espacios ni caracteres de control.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="279"/>
        <source>The domain is not a valid IPv4 address.</source>
        <translation>El dominio no es una dirección IPv4 válida.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="289"/>
        <source>The domain is not a valid domain name.</source>
        <translation>El dominio no es un nombre de dominio válido.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="293"/>
        <source>The domain contains an empty label.</source>
        <translation>El dominio contiene una etiqueta vacía.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="297"/>
        <source>A label of the domain is longer than 63 bytes.</source>
        <translation>Una etiqueta del dominio ocupa más de 63 bytes.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="332"/>
        <source>The local part before &apos;@&apos; is empty.</source>
        <translation>La parte local antes de «@» está vacía.</translation>
    </message>
    <message>
        <location filename="../src/core/Jid.cpp" line="336"/>
        <source>The resource after &apos;/&apos; is empty.</source>
        <translation>El recurso después de «/» está vacío.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="236"/>
        <source>Too much whitespace between stanzas.</source>
        <translation>Demasiado espacio en blanco entre las stanzas.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="241"/>
        <source>Data after the end of the stream.</source>
        <translation>Datos después del final del flujo.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="258"/>
        <source>Invalid UTF-8 or a character XML forbids.</source>
        <translation>UTF-8 no válido o un carácter que XML prohíbe.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="254"/>
        <source>Stanza larger than %1 bytes.</source>
        <translation>Stanza de más de %1 bytes.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="270"/>
        <source>An element with more than %1 attributes.</source>
        <translation>Un elemento con más de %1 atributos.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="275"/>
        <source>More than %1 namespace declarations in scope.</source>
        <translation>Más de %1 declaraciones de espacio de nombres vigentes.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="362"/>
        <source>Entity references other than the predefined ones are not allowed (RFC 6120 §11.1).</source>
        <translation>Solo se permiten las referencias de entidad predefinidas (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="373"/>
        <source>Malformed XML: %1</source>
        <translation>XML mal formado: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="381"/>
        <source>The stream element is not in the streams namespace.</source>
        <translation>El elemento stream no está en el espacio de nombres streams.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="386"/>
        <source>The streams namespace must use the prefix &apos;stream&apos;.</source>
        <translation>El espacio de nombres streams debe usar el prefijo «stream».</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="412"/>
        <source>Text outside of any stanza.</source>
        <translation>Texto fuera de cualquier stanza.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="84"/>
        <source>Elements nested deeper than %1 levels.</source>
        <translation>Elementos anidados en más de %1 niveles.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="471"/>
        <source>Unsupported encoding %1; only UTF-8 is allowed.</source>
        <translation>Codificación %1 no admitida; solo se permite UTF-8.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmlStreamParser.cpp" line="77"/>
        <source>Comments, DTDs, processing instructions and entity declarations are not allowed (RFC 6120 §11.1).</source>
        <translation>No se permiten comentarios, DTD, instrucciones de procesamiento ni declaraciones de entidad (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="45"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="49"/>
        <source>%1 is too large to be a list of trusted certificates</source>
        <translation>%1 es demasiado grande para ser una lista de certificados de confianza</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="60"/>
        <source>The list of trusted certificates in %1 is damaged; no certificate is trusted until it is replaced</source>
        <translation>La lista de certificados de confianza de %1 está dañada; no se confía en ningún certificado hasta que se sustituya</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="89"/>
        <source>There is no certificate to trust</source>
        <translation>No hay ningún certificado en el que confiar</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="100"/>
        <source>Invalid domain or certificate fingerprint</source>
        <translation>Dominio o huella del certificado no válidos</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="204"/>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="229"/>
        <location filename="../src/stream/CertificateTrust.cpp" line="237"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="27"/>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="29"/>
        <source>This account has been disabled on the server.</source>
        <translation>Esta cuenta se ha desactivado en el servidor.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="31"/>
        <source>The password has expired; change it with another client or on the server&apos;s website.</source>
        <translation>La contraseña ha caducado; cámbiala con otro cliente o en la web del servidor.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="34"/>
        <source>The server could not check the password right now; try again later.</source>
        <translation>El servidor no ha podido comprobar la contraseña en este momento; inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="38"/>
        <source>The server refused the authentication method (%1).</source>
        <translation>El servidor ha rechazado el método de autenticación (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="41"/>
        <source>Authentication failed (%1).</source>
        <translation>La autenticación ha fallado (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="44"/>
        <location filename="../src/stream/Negotiator.cpp" line="634"/>
        <location filename="../src/account/RegistrationError.cpp" line="67"/>
        <source>%1 The server said: %2</source>
        <translation>%1 El servidor ha respondido: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="168"/>
        <source>The server does not support XMPP 1.0 streams.</source>
        <translation>El servidor no admite flujos XMPP 1.0.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="175"/>
        <source>The server opened a stream of the wrong kind.</source>
        <translation>El servidor ha abierto un flujo de tipo incorrecto.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="238"/>
        <source>The server does not offer encryption (STARTTLS); Balcony never logs in without it.</source>
        <translation>El servidor no ofrece cifrado (STARTTLS); Balcony nunca inicia sesión sin él.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="251"/>
        <source>The server could not start encryption (STARTTLS failed).</source>
        <translation>El servidor no ha podido iniciar el cifrado (ha fallado STARTTLS).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="280"/>
        <location filename="../src/stream/Negotiator.cpp" line="300"/>
        <source>The server offers no authentication method Balcony supports (offered: %1).</source>
        <translation>El servidor no ofrece ningún método de autenticación que Balcony admita (ofrecidos: %1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="339"/>
        <source>The server failed to prove that it knows your password; it may be an impostor (%1).</source>
        <translation>El servidor no ha podido demostrar que conoce tu contraseña; podría ser un impostor (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="427"/>
        <source>The resource name cannot be used (%1).</source>
        <translation>No se puede usar el nombre del recurso (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="447"/>
        <source>The server does not offer resource binding.</source>
        <translation>El servidor no ofrece la vinculación de recursos.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="468"/>
        <source>The resource &quot;%1&quot; is in use; the next attempt lets the server choose one.</source>
        <translation>El recurso «%1» está en uso; en el próximo intento el servidor elegirá uno.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="478"/>
        <source>The server refused to bind a resource (%1).</source>
        <translation>El servidor se ha negado a vincular un recurso (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="486"/>
        <source>The server bound an invalid address (%1).</source>
        <translation>El servidor ha vinculado una dirección no válida (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="498"/>
        <source>The server refused to establish a session (%1).</source>
        <translation>El servidor se ha negado a establecer una sesión (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="551"/>
        <source>The server sent something unexpected while logging in (&lt;%1/&gt;).</source>
        <translation>El servidor ha enviado algo inesperado durante el inicio de sesión (&lt;%1/&gt;).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="611"/>
        <source>Another client logged in with the same resource and replaced this connection.</source>
        <translation>Otro cliente ha iniciado sesión con el mismo recurso y ha sustituido esta conexión.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="615"/>
        <source>The server is shutting down.</source>
        <translation>El servidor se está apagando.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="618"/>
        <source>The server does not host this domain.</source>
        <translation>El servidor no aloja este dominio.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="621"/>
        <source>The server closed the connection for a policy violation.</source>
        <translation>El servidor ha cerrado la conexión por incumplir sus normas.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="624"/>
        <source>The server redirected the connection more than once, or to an invalid address.</source>
        <translation>El servidor ha redirigido la conexión más de una vez o a una dirección no válida.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="628"/>
        <source>The server closed the stream (%1).</source>
        <translation>El servidor ha cerrado el flujo (%1).</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="598"/>
        <source>The answer carries no service discovery information.</source>
        <translation>La respuesta no contiene información de descubrimiento de servicios.</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="602"/>
        <source>No answer to the service discovery query.</source>
        <translation>No hay respuesta a la consulta de descubrimiento de servicios.</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="606"/>
        <location filename="../src/muc/RoomDirectory.cpp" line="49"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="92"/>
        <source>The connection was lost.</source>
        <translation>Se ha perdido la conexión.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="160"/>
        <source>The server refused to send the contact list (%1).</source>
        <translation>El servidor se ha negado a enviar la lista de contactos (%1).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="164"/>
        <source>The server did not send the contact list in time.</source>
        <translation>El servidor no ha enviado la lista de contactos a tiempo.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="364"/>
        <source>The server did not accept the contact %1: its name or a group name is not allowed (%2).</source>
        <translation>El servidor no ha aceptado el contacto %1: su nombre o el nombre de un grupo no está permitido (%2).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="368"/>
        <source>The server refused to change the contact %1 (%2).</source>
        <translation>El servidor se ha negado a cambiar el contacto %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="373"/>
        <source>The server did not confirm the change to the contact %1 in time.</source>
        <translation>El servidor no ha confirmado a tiempo el cambio del contacto %1.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="378"/>
        <source>The connection was lost before the server confirmed the change to the contact %1.</source>
        <translation>Se ha perdido la conexión antes de que el servidor confirmara el cambio del contacto %1.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="127"/>
        <source>No contact address was given.</source>
        <translation>No se ha indicado ninguna dirección de contacto.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="135"/>
        <source>Your server does not support approving %1 in advance; approve the request when it arrives.</source>
        <translation>Tu servidor no permite aprobar a %1 por adelantado; aprueba la solicitud cuando llegue.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="143"/>
        <source>Not connected: %1 could not be approved in advance.</source>
        <translation>Sin conexión: no se ha podido aprobar a %1 por adelantado.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="195"/>
        <source>Not sharing presence</source>
        <translation>Sin compartir la presencia</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="197"/>
        <source>Waiting for the contact to approve your request</source>
        <translation>Esperando a que el contacto apruebe tu solicitud</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="199"/>
        <source>Wants to see your presence</source>
        <translation>Quiere ver tu presencia</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="201"/>
        <source>Both of you asked; waiting for each other&apos;s approval</source>
        <translation>Los dos lo habéis pedido; cada uno espera la aprobación del otro</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="203"/>
        <source>You see their presence; they do not see yours</source>
        <translation>Tú ves su presencia; el contacto no ve la tuya</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="205"/>
        <source>You see their presence; they want to see yours</source>
        <translation>Tú ves su presencia; el contacto quiere ver la tuya</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="207"/>
        <source>They see your presence; you do not see theirs</source>
        <translation>El contacto ve tu presencia; tú no ves la suya</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="209"/>
        <source>They see your presence; waiting for them to approve your request</source>
        <translation>El contacto ve tu presencia; tu solicitud espera su aprobación</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="212"/>
        <source>Sharing presence both ways</source>
        <translation>Presencia compartida en ambos sentidos</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubError.cpp" line="26"/>
        <source>The server refused %1: %2.</source>
        <translation>El servidor ha rechazado la operación (%1): %2.</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubError.cpp" line="34"/>
        <source>The server did not answer %1 in time.</source>
        <translation>El servidor no ha respondido a tiempo (%1).</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubError.cpp" line="40"/>
        <source>The connection was lost before %1 completed.</source>
        <translation>Se ha perdido la conexión antes de terminar la operación (%1).</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubError.cpp" line="50"/>
        <source>The server sent an invalid answer to %1.</source>
        <translation>El servidor ha enviado una respuesta no válida (%1).</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="95"/>
        <source>creating the node “%1”</source>
        <translation>creación del nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="117"/>
        <source>changing the configuration of the node “%1”</source>
        <translation>cambio de la configuración del nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="129"/>
        <source>sending the configuration of the node “%1”</source>
        <translation>envío de la configuración del nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="176"/>
        <source>publishing to the node “%1”</source>
        <translation>publicación en el nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="311"/>
        <source>sending the items of the node “%1”</source>
        <translation>envío de los elementos del nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="347"/>
        <source>removing an item from the node “%1”</source>
        <translation>eliminación de un elemento del nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="360"/>
        <source>removing every item from the node “%1”</source>
        <translation>eliminación de todos los elementos del nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="372"/>
        <source>deleting the node “%1”</source>
        <translation>eliminación del nodo «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="11"/>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="13"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="15"/>
        <source>Securing the connection…</source>
        <translation>Protegiendo la conexión…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="17"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="19"/>
        <source>Starting the session…</source>
        <translation>Iniciando la sesión…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="21"/>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="23"/>
        <source>Signing out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionStateText.cpp" line="25"/>
        <source>Connection lost, retrying soon…</source>
        <translation>Conexión perdida; se reintentará en breve…</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="12"/>
        <source>No error.</source>
        <translation>Ningún error.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="15"/>
        <source>The encrypted-session form is malformed.</source>
        <translation>El formulario de la sesión cifrada está mal formado.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="18"/>
        <source>The encrypted-session form offers an unsupported key-exchange group.</source>
        <translation>El formulario de la sesión cifrada ofrece un grupo de intercambio de claves no admitido.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="21"/>
        <source>Offline encrypted-session options must not include iq stanzas.</source>
        <translation>Las opciones de sesión cifrada sin conexión no deben incluir stanzas iq.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="24"/>
        <source>The re-key frequency of the encrypted session is out of range.</source>
        <translation>La frecuencia de renovación de claves de la sesión cifrada está fuera de rango.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="27"/>
        <source>The contact offers no encryption options Balcony supports.</source>
        <translation>El contacto no ofrece ninguna opción de cifrado que Balcony admita.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="30"/>
        <source>The contact chose encryption options that were never offered.</source>
        <translation>El contacto ha elegido opciones de cifrado que nunca se ofrecieron.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="33"/>
        <source>The offline encryption options have expired.</source>
        <translation>Las opciones de cifrado sin conexión han caducado.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="36"/>
        <source>No trusted public key is known for this contact.</source>
        <translation>No se conoce ninguna clave pública de confianza para este contacto.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="39"/>
        <source>The offline encryption options are not signed by a trusted key of the contact.</source>
        <translation>Las opciones de cifrado sin conexión no están firmadas con una clave de confianza del contacto.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="43"/>
        <source>The key-exchange value is out of range.</source>
        <translation>El valor del intercambio de claves está fuera de rango.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="46"/>
        <source>The message belongs to offline options this client did not publish.</source>
        <translation>El mensaje corresponde a opciones sin conexión que este cliente no ha publicado.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="49"/>
        <source>The encrypted session was already started once: this is a replay.</source>
        <translation>La sesión cifrada ya se había iniciado una vez: se trata de un mensaje repetido.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="52"/>
        <source>The encrypted message was tampered with (bad MAC).</source>
        <translation>El mensaje cifrado ha sido manipulado (MAC incorrecto).</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="55"/>
        <source>The sender&apos;s encrypted identity is unreadable.</source>
        <translation>La identidad cifrada del remitente no se puede leer.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="58"/>
        <source>The sender&apos;s public key is not trusted for this contact.</source>
        <translation>La clave pública del remitente no es de confianza para este contacto.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="61"/>
        <source>The sender&apos;s signature does not verify.</source>
        <translation>La firma del remitente no es válida.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="64"/>
        <source>A cryptographic operation failed.</source>
        <translation>Ha fallado una operación criptográfica.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="67"/>
        <source>The contact asked for a four-message encrypted-session negotiation (hash commitment or short authentication string), which Balcony does not support.</source>
        <translation>El contacto ha pedido una negociación de sesión cifrada de cuatro mensajes (compromiso de hash o cadena corta de autenticación), que Balcony no admite.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="72"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="303"/>
        <source>The contact declined the encrypted session.</source>
        <translation>El contacto ha rechazado la sesión cifrada.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="75"/>
        <source>The reply does not belong to this encrypted-session negotiation.</source>
        <translation>La respuesta no corresponde a esta negociación de sesión cifrada.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionError.cpp" line="78"/>
        <source>This encrypted-session negotiation was already completed.</source>
        <translation>Esta negociación de sesión cifrada ya se completó.</translation>
    </message>
    <message>
        <location filename="../src/esession/StanzaCipher.cpp" line="107"/>
        <source>The message could not be encrypted.</source>
        <translation>No se ha podido cifrar el mensaje.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="60"/>
        <location filename="../src/esession/EsessionManager.cpp" line="157"/>
        <location filename="../src/esession/EsessionManager.cpp" line="365"/>
        <location filename="../src/esession/EsessionManager.cpp" line="493"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="183"/>
        <source>The encryption keys are locked.</source>
        <translation>Las claves de cifrado están bloqueadas.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="65"/>
        <source>The stored signing key cannot be read.</source>
        <translation>No se puede leer la clave de firma guardada.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="134"/>
        <source>A signing key could not be generated.</source>
        <translation>No se ha podido generar una clave de firma.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="136"/>
        <source>The new signing key could not be stored.</source>
        <translation>No se ha podido guardar la nueva clave de firma.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="199"/>
        <source>The offline encryption options could not be stored.</source>
        <translation>No se han podido guardar las opciones de cifrado sin conexión.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="402"/>
        <source>No encrypted session with this contact is known for this message.</source>
        <translation>No se conoce ninguna sesión cifrada con este contacto para este mensaje.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="436"/>
        <source>[Encrypted message that could not be read: %1]</source>
        <translation>[Mensaje cifrado que no se ha podido leer: %1]</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="531"/>
        <source>The contact has published no offline encryption options.</source>
        <translation>El contacto no ha publicado opciones de cifrado sin conexión.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="626"/>
        <source>The encrypted session could not be stored.</source>
        <translation>No se ha podido guardar la sesión cifrada.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionManager.cpp" line="677"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="821"/>
        <source>The message could not be stored.</source>
        <translation>No se ha podido guardar el mensaje.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="165"/>
        <source>The contact is not online.</source>
        <translation>El contacto no está conectado.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="170"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="304"/>
        <source>The contact&apos;s client does not support encrypted sessions.</source>
        <translation>El cliente del contacto no admite sesiones cifradas.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="214"/>
        <source>The contact&apos;s client did not answer the encrypted session request.</source>
        <translation>El cliente del contacto no ha respondido a la solicitud de sesión cifrada.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="312"/>
        <source>The contact could not read an encrypted message.</source>
        <translation>El contacto no ha podido leer un mensaje cifrado.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="450"/>
        <source>The encrypted session ended.</source>
        <translation>La sesión cifrada ha terminado.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="313"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="482"/>
        <source>The contact ended the encrypted session.</source>
        <translation>El contacto ha finalizado la sesión cifrada.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="547"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="549"/>
        <source>The contact went offline.</source>
        <translation>El contacto se ha desconectado.</translation>
    </message>
    <message>
        <location filename="../src/esession/OnlineSessions.cpp" line="576"/>
        <source>The encrypted session was ended.</source>
        <translation>Se ha finalizado la sesión cifrada.</translation>
    </message>
    <message>
        <location filename="../src/account/Account.cpp" line="157"/>
        <source>The account&apos;s stores are incomplete.</source>
        <translation>Los datos guardados de la cuenta están incompletos.</translation>
    </message>
    <message>
        <location filename="../src/account/ChatSender.cpp" line="105"/>
        <source>The message could not be stored: %1</source>
        <translation>No se ha podido guardar el mensaje: %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="79"/>
        <source>The profile of %1 cannot be opened.</source>
        <translation>No se puede abrir el perfil de %1.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="182"/>
        <location filename="../src/app/AccountController.cpp" line="241"/>
        <source>The account is not open.</source>
        <translation>La cuenta no está abierta.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="218"/>
        <location filename="../src/app/AccountController.cpp" line="276"/>
        <source>You are not in this room.</source>
        <translation>No está en esta sala.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="254"/>
        <source>The message could not be sent.</source>
        <translation>No se ha podido enviar el mensaje.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="268"/>
        <source>%1 is not in the room any more.</source>
        <translation>%1 ya no está en la sala.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="20"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="21"/>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="22"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="23"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="24"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="25"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="26"/>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="27"/>
        <source>Street address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="28"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="29"/>
        <source>State or region</source>
        <translation>Provincia o región</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="30"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="31"/>
        <source>Telephone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="32"/>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="33"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="34"/>
        <source>Other information</source>
        <translation>Otra información</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationQuery.cpp" line="35"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationManager.cpp" line="81"/>
        <source>The connection was lost before the server answered; whether the change was made is unknown.</source>
        <translation>Se ha perdido la conexión antes de que el servidor respondiera; no se sabe si se ha hecho el cambio.</translation>
    </message>
    <message>
        <location filename="../src/app/FreedesktopNotifier.cpp" line="106"/>
        <location filename="../src/app/FreedesktopNotifier.cpp" line="107"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../src/app/FreedesktopNotifier.cpp" line="126"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../src/app/FreedesktopNotifier.cpp" line="127"/>
        <source>Reply…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="223"/>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="228"/>
        <source>Only one value is allowed here.</source>
        <translation>Aquí solo se permite un valor.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="231"/>
        <source>Line breaks are not allowed here.</source>
        <translation>Aquí no se permiten saltos de línea.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="237"/>
        <source>Choose yes or no.</source>
        <translation>Elija sí o no.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="244"/>
        <source>Choose one of the offered options.</source>
        <translation>Elija una de las opciones ofrecidas.</translation>
    </message>
    <message>
        <location filename="../src/core/DataForm.cpp" line="250"/>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>«%1» no es una dirección válida.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="298"/>
        <location filename="../src/storage/Database.cpp" line="364"/>
        <location filename="../src/storage/Database.cpp" line="480"/>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="370"/>
        <source>the folder cannot be created</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="375"/>
        <source>the folder is not writable</source>
        <translation>no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="396"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="445"/>
        <source>The database %1 was written by a newer version of Balcony (schema %2; this version knows schema %3). It was left unchanged; please use a newer version of Balcony.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de Balcony (esquema %2; esta versión conoce el esquema %3). No se ha modificado; usa una versión más reciente de Balcony.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="492"/>
        <source>Could not update the database %1 to the current format; it was left as it was. %2</source>
        <translation>No se ha podido actualizar la base de datos %1 al formato actual; se ha dejado como estaba. %2</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="512"/>
        <source>The database %1 is damaged and could not be moved aside (%2). Nothing was changed.</source>
        <translation>La base de datos %1 está dañada y no se ha podido apartar (%2). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="524"/>
        <source>The database %1 was damaged and could not be read. It was kept as %2 and a new database was created; contacts and server information will be fetched again from the server.</source>
        <translation>La base de datos %1 estaba dañada y no se ha podido leer. Se ha conservado como %2 y se ha creado una base de datos nueva; los contactos y la información del servidor se volverán a obtener del servidor.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="607"/>
        <source>%1 did not take effect (%2)</source>
        <translation>%1 no ha surtido efecto (%2)</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="659"/>
        <location filename="../src/storage/Database.cpp" line="665"/>
        <source>schema version %1: %2</source>
        <translation>versión de esquema %1: %2</translation>
    </message>
    <message>
        <location filename="../src/crypto/DhKeyPair.cpp" line="124"/>
        <source>The peer&apos;s Diffie-Hellman public value is out of range.</source>
        <translation>El valor público Diffie-Hellman del interlocutor está fuera de rango.</translation>
    </message>
    <message>
        <location filename="../src/crypto/DhKeyPair.cpp" line="133"/>
        <source>Out of memory while computing the Diffie-Hellman secret.</source>
        <translation>Memoria insuficiente al calcular el secreto Diffie-Hellman.</translation>
    </message>
    <message>
        <location filename="../src/crypto/DhKeyPair.cpp" line="138"/>
        <source>The Diffie-Hellman computation failed.</source>
        <translation>El cálculo Diffie-Hellman ha fallado.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionChannel.cpp" line="151"/>
        <source>The encrypted session has ended.</source>
        <translation>La sesión cifrada ha terminado.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionChannel.cpp" line="155"/>
        <source>The encrypted session may not change its keys yet.</source>
        <translation>La sesión cifrada todavía no puede cambiar sus claves.</translation>
    </message>
    <message>
        <location filename="../src/esession/EsessionChannel.cpp" line="173"/>
        <source>New keys for the encrypted session could not be computed.</source>
        <translation>No se pudieron calcular nuevas claves para la sesión cifrada.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="22"/>
        <source>This user name is already taken on the server; choose another one.</source>
        <translation>Este nombre de usuario ya está en uso en el servidor; elige otro.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="29"/>
        <source>The server did not accept what was entered: some information is missing or not valid.</source>
        <translation>El servidor no ha aceptado los datos introducidos: falta información o hay datos no válidos.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="38"/>
        <source>This server does not allow changing the password from a client.</source>
        <translation>Este servidor no permite cambiar la contraseña desde un cliente.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="40"/>
        <source>This server does not allow removing the account from a client.</source>
        <translation>Este servidor no permite eliminar la cuenta desde un cliente.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="41"/>
        <source>This server does not allow creating accounts from a client.</source>
        <translation>Este servidor no permite crear cuentas desde un cliente.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="45"/>
        <source>The server wants more proof before it does this (for example the current password).</source>
        <translation>El servidor necesita más pruebas antes de hacerlo (por ejemplo, la contraseña actual).</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="50"/>
        <source>The server refused this under its rules (for example a password that is too weak or a name that is not allowed).</source>
        <translation>El servidor lo ha rechazado según sus normas (por ejemplo, una contraseña demasiado débil o un nombre no permitido).</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="56"/>
        <source>The server refuses more registrations from this network for now; try again later.</source>
        <translation>El servidor no acepta más registros desde esta red por ahora; inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="61"/>
        <source>The server refused the request (%1).</source>
        <translation>El servidor ha rechazado la solicitud (%1).</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="78"/>
        <source>The connection to the server failed.</source>
        <translation>Ha fallado la conexión con el servidor.</translation>
    </message>
    <message>
        <location filename="../src/account/RegistrationError.cpp" line="87"/>
        <source>The server did not answer in time; try again.</source>
        <translation>El servidor no ha respondido a tiempo; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="55"/>
        <source>The account list %1 cannot be read.</source>
        <translation>No se puede leer la lista de cuentas %1.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="99"/>
        <source>The account list %1 was written by a newer version of Balcony and is left as it is.</source>
        <translation>La lista de cuentas %1 la escribió una versión más reciente de Balcony y se deja como está.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="133"/>
        <source>The account list %1 cannot be written.</source>
        <translation>No se puede escribir la lista de cuentas %1.</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="26"/>
        <location filename="../src/app/PasswordStore.cpp" line="244"/>
        <source>No password is stored for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="31"/>
        <source>No keychain is available on this desktop (%1).</source>
        <translation>No hay ningún llavero disponible en este escritorio (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="38"/>
        <source>The keychain refused access (%1).</source>
        <translation>El llavero ha denegado el acceso (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="45"/>
        <source>The keychain failed: %1</source>
        <translation>Error del llavero: %1</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="161"/>
        <source>No keychain is available on this desktop (neither a Secret Service such as GNOME Keyring nor KWallet is running).</source>
        <translation>No hay ningún llavero disponible en este escritorio (no se está ejecutando ni un Secret Service como GNOME Keyring ni KWallet).</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="19"/>
        <source>Enter your address, like name@example.org.</source>
        <translation>Introduce tu dirección, como nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="22"/>
        <source>An address has a name and a server, like name@example.org.</source>
        <translation>Una dirección tiene un nombre y un servidor, como nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="27"/>
        <source>This address is not valid: %1</source>
        <translation>Esta dirección no es válida: %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="30"/>
        <source>An address has a name before the @, like name@example.org.</source>
        <translation>Una dirección tiene un nombre antes de la @, como nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="33"/>
        <source>Leave out the part after &quot;/&quot;; the resource goes under Advanced.</source>
        <translation>Omite la parte después de «/»; el recurso se indica en Avanzado.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="46"/>
        <source>Enter the server&apos;s name, like example.org.</source>
        <translation>Introduce el nombre del servidor, como example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="49"/>
        <source>Enter only the server&apos;s name, like example.org (the user name comes next).</source>
        <translation>Introduce solo el nombre del servidor, como example.org (el nombre de usuario viene después).</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="55"/>
        <source>This server name is not valid: %1</source>
        <translation>Este nombre de servidor no es válido: %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="65"/>
        <source>Enter the password.</source>
        <translation>Introduce la contraseña.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="71"/>
        <source>Enter the new password.</source>
        <translation>Introduce la nueva contraseña.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="74"/>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Las dos contraseñas no coinciden; escribe la misma dos veces.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="86"/>
        <source>Enter only a host name or an IP address (the port has its own field).</source>
        <translation>Introduce solo un nombre de host o una dirección IP (el puerto tiene su propio campo).</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="90"/>
        <source>This host name is not valid.</source>
        <translation>Este nombre de host no es válido.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountInput.cpp" line="102"/>
        <source>This resource name cannot be used.</source>
        <translation>No se puede usar este nombre de recurso.</translation>
    </message>
    <message>
        <location filename="../src/muc/RoomDirectory.cpp" line="47"/>
        <source>The server did not answer.</source>
        <translation>El servidor no respondió.</translation>
    </message>
    <message>
        <location filename="../src/muc/RoomDirectory.cpp" line="54"/>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
</context>
<context>
    <name>balcony::AesGcmLink</name>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="44"/>
        <source>The encrypted file&apos;s link is too long.</source>
        <translation>El enlace al archivo cifrado es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="61"/>
        <source>This is not a valid link to an encrypted file (aesgcm://).</source>
        <translation>No es un enlace válido a un archivo cifrado (aesgcm://).</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="66"/>
        <source>The link to the encrypted file carries no valid key (it needs 88 or 96 hex digits).</source>
        <translation>El enlace al archivo cifrado no contiene una clave válida (hacen falta 88 o 96 dígitos hexadecimales).</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="114"/>
        <source>The file could not be encrypted (no valid key).</source>
        <translation>No se pudo cifrar el archivo (no hay una clave válida).</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="121"/>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="129"/>
        <location filename="../src/files/AesGcmLink.cpp" line="140"/>
        <source>The file could not be encrypted.</source>
        <translation>No se pudo cifrar el archivo.</translation>
    </message>
    <message>
        <location filename="../src/files/AesGcmLink.cpp" line="133"/>
        <location filename="../src/files/AesGcmLink.cpp" line="143"/>
        <source>The encrypted file could not be written: %1</source>
        <translation>No se pudo escribir el archivo cifrado: %1</translation>
    </message>
</context>
<context>
    <name>balcony::ArchiveManager</name>
    <message>
        <location filename="../src/im/ArchiveManager.cpp" line="109"/>
        <location filename="../src/im/ArchiveManager.cpp" line="203"/>
        <source>The server did not answer the archive query.</source>
        <translation>El servidor no ha respondido a la consulta del archivo.</translation>
    </message>
    <message>
        <location filename="../src/im/ArchiveManager.cpp" line="167"/>
        <location filename="../src/im/ArchiveManager.cpp" line="217"/>
        <source>The archived messages could not be stored.</source>
        <translation>No se han podido guardar los mensajes archivados.</translation>
    </message>
</context>
<context>
    <name>balcony::AvatarManager</name>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="98"/>
        <source>the image is larger than %1 KiB</source>
        <translation>la imagen ocupa más de %1 KiB</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="111"/>
        <source>the data is not an image</source>
        <translation>los datos no son una imagen</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="112"/>
        <source>images of type %1 are not accepted</source>
        <translation>no se aceptan imágenes de tipo %1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="118"/>
        <source>the image has no valid size</source>
        <translation>la imagen no tiene un tamaño válido</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="123"/>
        <source>the image is %1×%2 pixels, more than %3 a side</source>
        <translation>la imagen mide %1×%2 píxeles, más de %3 por lado</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="131"/>
        <location filename="../src/avatar/AvatarImage.cpp" line="172"/>
        <source>the image cannot be decoded: %1</source>
        <translation>la imagen no se puede decodificar: %1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="145"/>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo ocupa más de %1 MiB</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="157"/>
        <source>the file is not an image Balcony can read</source>
        <translation>el archivo no es una imagen que Balcony pueda leer</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="162"/>
        <source>the image is %1×%2 pixels, too large to load</source>
        <translation>la imagen mide %1×%2 píxeles, demasiado grande para cargarla</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="188"/>
        <source>the image cannot be encoded as PNG: %1</source>
        <translation>la imagen no se puede codificar como PNG: %1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarImage.cpp" line="204"/>
        <source>the image does not fit into %1 KiB as PNG</source>
        <translation>la imagen no cabe en %1 KiB como PNG</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="216"/>
        <source>its type (%1) is not one of image/png, image/jpeg, image/gif, image/webp, or it is only on the web</source>
        <translation>su tipo (%1) no es image/png, image/jpeg, image/gif ni image/webp, o solo está en la web</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="221"/>
        <source>its id is not a SHA-1 hash</source>
        <translation>su id no es un hash SHA-1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="227"/>
        <source>its size is not a number</source>
        <translation>su tamaño no es un número</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="230"/>
        <source>it is %1 bytes, more than %2 KiB</source>
        <translation>ocupa %1 bytes, más de %2 KiB</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="261"/>
        <source>its photo hash is not a SHA-1 hash</source>
        <translation>el hash de su foto no es un hash SHA-1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="397"/>
        <source>the vCard request failed: %1</source>
        <translation>la solicitud de vCard falló: %1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="401"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="633"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="830"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="852"/>
        <source>the vCard request got no answer</source>
        <translation>la solicitud de vCard no obtuvo respuesta</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="420"/>
        <source>the contact&apos;s data node has no image with this id</source>
        <translation>el nodo de datos del contacto no tiene ninguna imagen con este id</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="431"/>
        <source>the contact&apos;s vCard has no photo</source>
        <translation>la vCard del contacto no tiene foto</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="447"/>
        <source>its type (%1) is not one of image/png, image/jpeg, image/gif, image/webp</source>
        <translation>su tipo (%1) no es image/png, image/jpeg, image/gif ni image/webp</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="452"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="462"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="655"/>
        <source>it is larger than %1 KiB</source>
        <translation>ocupa más de %1 KiB</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="458"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="661"/>
        <source>its data is not valid base64</source>
        <translation>sus datos no son base64 válido</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="466"/>
        <source>its SHA-1 does not match its id</source>
        <translation>su SHA-1 no coincide con su id</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="694"/>
        <location filename="../src/avatar/AvatarManager.cpp" line="777"/>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="829"/>
        <source>the vCard could not be read: %1</source>
        <translation>no se pudo leer la vCard: %1</translation>
    </message>
    <message>
        <location filename="../src/avatar/AvatarManager.cpp" line="851"/>
        <source>the vCard could not be saved: %1</source>
        <translation>no se pudo guardar la vCard: %1</translation>
    </message>
</context>
<context>
    <name>balcony::BoshTransport</name>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="104"/>
        <source>The BOSH connection manager left %1 requests unanswered for %2 seconds although it may hold only %3; the session is resumed.</source>
        <translation>El gestor de conexiones BOSH dejó %1 peticiones sin respuesta durante %2 segundos aunque solo puede retener %3; la sesión se reanuda.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="194"/>
        <source>The BOSH address %1 is not an https:// URL.</source>
        <translation>La dirección BOSH %1 no es una URL https://.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="220"/>
        <source>%1 announces no BOSH endpoint (XEP-0156); give its address with the BOSH URL setting.</source>
        <translation>%1 no anuncia ningún punto de acceso BOSH (XEP-0156); indica su dirección en el ajuste URL de BOSH.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="271"/>
        <source>STARTTLS is not available over BOSH.</source>
        <translation>STARTTLS no está disponible sobre BOSH.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="281"/>
        <source>Cannot frame the stream for BOSH: %1</source>
        <translation>No se puede encapsular el flujo para BOSH: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="702"/>
        <location filename="../src/stream/BoshTransport.cpp" line="736"/>
        <source>The BOSH connection manager sent a response larger than %1 MiB.</source>
        <translation>El gestor de conexiones BOSH envió una respuesta de más de %1 MiB.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="708"/>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>El certificado de %1 no es de confianza: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="710"/>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS con %1 falló: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="718"/>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="729"/>
        <source>The BOSH connection manager answered with HTTP status %1; the session is lost.</source>
        <translation>El gestor de conexiones BOSH respondió con el estado HTTP %1; la sesión se ha perdido.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="743"/>
        <source>The BOSH connection manager sent a malformed response: %1</source>
        <translation>El gestor de conexiones BOSH envió una respuesta mal formada: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="798"/>
        <source>The BOSH connection manager did not answer (%1); the session is lost.</source>
        <translation>El gestor de conexiones BOSH no respondió (%1); la sesión se ha perdido.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="839"/>
        <source>the XML declaration is not closed</source>
        <translation>la declaración XML no está cerrada</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="852"/>
        <source>the response is empty</source>
        <translation>la respuesta está vacía</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="853"/>
        <source>it must be exactly one &lt;body/&gt; element</source>
        <translation>debe ser exactamente un elemento &lt;body/&gt;</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="865"/>
        <source>markup declarations, comments and processing instructions are not allowed</source>
        <translation>no se permiten declaraciones de marcado, comentarios ni instrucciones de procesamiento</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="871"/>
        <source>the root element is &lt;%1 xmlns=&apos;%2&apos;/&gt;, not an XEP-0124 &lt;body/&gt;</source>
        <translation>el elemento raíz es &lt;%1 xmlns=&apos;%2&apos;/&gt;, no un &lt;body/&gt; de XEP-0124</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="882"/>
        <source>not well-formed XML (%1)</source>
        <translation>XML mal formado (%1)</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="887"/>
        <source>the &lt;body/&gt; start tag is not closed</source>
        <translation>la etiqueta de apertura de &lt;body/&gt; no está cerrada</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="898"/>
        <source>an element in the &lt;body/&gt; is not complete</source>
        <translation>un elemento del &lt;body/&gt; está incompleto</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="949"/>
        <source>The BOSH connection manager created no session (its answer has no valid sid).</source>
        <translation>El gestor de conexiones BOSH no creó ninguna sesión (su respuesta no tiene un sid válido).</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="1051"/>
        <source>The BOSH connection manager does not know this session or request any more (item-not-found).</source>
        <translation>El gestor de conexiones BOSH ya no conoce esta sesión o petición (item-not-found).</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="1053"/>
        <source>The BOSH connection manager redirected to another address, which is not followed.</source>
        <translation>El gestor de conexiones BOSH redirigió a otra dirección, que no se sigue.</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="1055"/>
        <source>The BOSH connection manager ended the session (%1).</source>
        <translation>El gestor de conexiones BOSH terminó la sesión (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/BoshTransport.cpp" line="1063"/>
        <source>The server sends faster than the client can handle.</source>
        <translation>El servidor envía más rápido de lo que el cliente puede procesar.</translation>
    </message>
</context>
<context>
    <name>balcony::Connection</name>
    <message>
        <location filename="../src/stream/Connection.cpp" line="91"/>
        <source>The BOSH address must be an https:// URL.</source>
        <translation>La dirección BOSH debe ser una URL https://.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="94"/>
        <source>The WebSocket address must be a wss:// URL.</source>
        <translation>La dirección WebSocket debe ser una URL wss://.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="100"/>
        <source>The server name is missing or invalid.</source>
        <translation>Falta el nombre del servidor o no es válido.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="102"/>
        <source>The account address must look like name@example.org.</source>
        <translation>La dirección de la cuenta debe tener la forma nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="104"/>
        <source>No password is set for this account.</source>
        <translation>No hay ninguna contraseña definida para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="368"/>
        <source>The server sent invalid data (%1); the connection was closed.</source>
        <translation>El servidor ha enviado datos no válidos (%1); se ha cerrado la conexión.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="383"/>
        <source>The server closed the connection.</source>
        <translation>El servidor ha cerrado la conexión.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="773"/>
        <source>The connection to the server was lost.</source>
        <translation>Se ha perdido la conexión con el servidor.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="802"/>
        <source>The server did not complete the login in time.</source>
        <translation>El servidor no ha completado el inicio de sesión a tiempo.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="214"/>
        <source>The server acknowledged messages it was never sent; the session was reset.</source>
        <translation>El servidor ha confirmado mensajes que nunca se le enviaron; se ha restablecido la sesión.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="332"/>
        <source>The server acknowledged messages it was never sent; the connection was closed.</source>
        <translation>El servidor ha confirmado mensajes que nunca se le enviaron; se ha cerrado la conexión.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="420"/>
        <source>The server stopped answering; reconnecting.</source>
        <translation>El servidor ha dejado de responder; reconectando.</translation>
    </message>
</context>
<context>
    <name>balcony::EventingManager</name>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="444"/>
        <source>Not connected, or not an address of a user.</source>
        <translation>Sin conexión, o no es la dirección de un usuario.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="549"/>
        <source>Presence by publish-subscribe (XEP-0207)</source>
        <translation>Presencia por publicación-suscripción (XEP-0207)</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="618"/>
        <source>No authorization request from %1.</source>
        <translation>No hay ninguna solicitud de autorización de %1.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="622"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1130"/>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="714"/>
        <source>No publish-subscribe service is set for eventing mode.</source>
        <translation>No hay ningún servicio de publicación-suscripción configurado para el modo eventing.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="718"/>
        <source>Not an address of another user.</source>
        <translation>No es la dirección de otro usuario.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="722"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1235"/>
        <source>The message is empty or longer than %1 characters.</source>
        <translation>El mensaje está vacío o tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="734"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1247"/>
        <source>The message could not be stored.</source>
        <translation>No se ha podido guardar el mensaje.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="797"/>
        <source>The publish-subscribe service refused %1: %2</source>
        <translation>El servicio de publicación-suscripción rechazó %1: %2</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="816"/>
        <source>creating the chat node</source>
        <translation>la creación del nodo de chat</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="829"/>
        <source>making the contact a publisher</source>
        <translation>añadir al contacto como publicador</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="844"/>
        <source>subscribing to the chat node</source>
        <translation>la suscripción al nodo de chat</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1118"/>
        <source>“%1” is not a usable room name, or no publish-subscribe service is set.</source>
        <translation>«%1» no es un nombre de sala válido, o no hay ningún servicio de publicación-suscripción configurado.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1122"/>
        <source>The nickname is empty or longer than %1 characters.</source>
        <translation>El apodo está vacío o tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1126"/>
        <source>Too many rooms in eventing mode (at most %1).</source>
        <translation>Demasiadas salas en modo eventing (como máximo %1).</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1193"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1202"/>
        <source>Could not join “%1”: %2</source>
        <translation>No se pudo entrar en «%1»: %2</translation>
    </message>
    <message>
        <location filename="../src/eventing/EventingManager.cpp" line="1210"/>
        <location filename="../src/eventing/EventingManager.cpp" line="1231"/>
        <source>Not in the room “%1”.</source>
        <translation>No estás en la sala «%1».</translation>
    </message>
</context>
<context>
    <name>balcony::HostMetaDiscovery</name>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="52"/>
        <source>The server&apos;s connection endpoints (host-meta) did not arrive in time.</source>
        <translation>Los puntos de conexión del servidor (host-meta) no llegaron a tiempo.</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="151"/>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="166"/>
        <source>The server&apos;s host-meta document is larger than %1 KiB.</source>
        <translation>El documento host-meta del servidor supera los %1 KiB.</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="156"/>
        <source>The server&apos;s certificate for %1 is not trusted (host-meta discovery).</source>
        <translation>El certificado del servidor para %1 no es de confianza (descubrimiento host-meta).</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="160"/>
        <source>The server&apos;s host-meta could not be fetched: %1</source>
        <translation>No se pudo obtener el host-meta del servidor: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="162"/>
        <source>The server answered host-meta with HTTP status %1.</source>
        <translation>El servidor respondió a host-meta con el estado HTTP %1.</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="170"/>
        <source>The server&apos;s host-meta.json is not a JSON resource descriptor.</source>
        <translation>El host-meta.json del servidor no es un descriptor de recursos JSON.</translation>
    </message>
    <message>
        <location filename="../src/stream/HostMetaDiscovery.cpp" line="171"/>
        <source>The server&apos;s host-meta is not an XRD document.</source>
        <translation>El host-meta del servidor no es un documento XRD.</translation>
    </message>
</context>
<context>
    <name>balcony::HttpUploadManager</name>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="154"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="251"/>
        <source>The server could not list its services: %1</source>
        <translation>El servidor no pudo enumerar sus servicios: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="252"/>
        <source>The server did not list its services.</source>
        <translation>El servidor no enumeró sus servicios.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="308"/>
        <source>The server offers no file upload service.</source>
        <translation>El servidor no ofrece ningún servicio de subida de archivos.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="344"/>
        <source>The upload service answered without a slot.</source>
        <translation>El servicio de subida respondió sin un espacio.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="352"/>
        <source>The upload service answered with a slot without valid URLs.</source>
        <translation>El servicio de subida ofreció un espacio sin direcciones válidas.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="377"/>
        <source>The upload service offered an address that is not https (%1): nothing was uploaded.</source>
        <translation>El servicio de subida ofreció una dirección que no es https (%1): no se subió nada.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="381"/>
        <source>The upload service offered an invalid address: nothing was uploaded.</source>
        <translation>El servicio de subida ofreció una dirección no válida: no se subió nada.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="387"/>
        <source>The upload service asked to send the file to another host (%1): nothing was uploaded.</source>
        <translation>El servicio de subida pidió enviar el archivo a otro servidor (%1): no se subió nada.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="406"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="454"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="474"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="661"/>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="413"/>
        <source>The conversation with %1 is encrypted, but the file would be uploaded unencrypted: the server and anyone with the link could read it. Confirm to send it anyway.</source>
        <translation>La conversación con %1 está cifrada, pero el archivo se subiría sin cifrar: el servidor y cualquiera con el enlace podrían leerlo. Confirma para enviarlo de todos modos.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="419"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="581"/>
        <source>Not connected: the file cannot be uploaded now.</source>
        <translation>Sin conexión: ahora no se puede subir el archivo.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="424"/>
        <source>The file %1 is empty.</source>
        <translation>El archivo %1 está vacío.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="429"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="553"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="609"/>
        <source>The file is too large to upload: %1, and the server accepts at most %2.</source>
        <translation>El archivo es demasiado grande para subirlo: %1, y el servidor acepta como máximo %2.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="450"/>
        <source>No key could be made to encrypt the file.</source>
        <translation>No se pudo crear una clave para cifrar el archivo.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="459"/>
        <source>The file cannot be encrypted: no temporary file (%1).</source>
        <translation>No se puede cifrar el archivo: no hay archivo temporal (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="481"/>
        <source>The file cannot be encrypted: %1</source>
        <translation>No se puede cifrar el archivo: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="535"/>
        <source>The file is too large to upload: %1 encrypted, and the server accepts at most %2.</source>
        <translation>El archivo es demasiado grande para subirlo: %1 cifrado, y el servidor acepta como máximo %2.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="573"/>
        <source>The upload service did not answer.</source>
        <translation>El servicio de subida no respondió.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="576"/>
        <source>The connection was lost before the upload started.</source>
        <translation>Se perdió la conexión antes de que empezara la subida.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="606"/>
        <source>The file is too large to upload: %1, and the server now says it accepts at most %2 (it advertised %3).</source>
        <translation>El archivo es demasiado grande para subirlo: %1, y el servidor dice ahora que acepta como máximo %2 (anunciaba %3).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="613"/>
        <source>The file is too large for the upload service (%1).</source>
        <translation>El archivo es demasiado grande para el servicio de subida (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="621"/>
        <source>The upload service accepts no more files from you for now; try again after %1.</source>
        <translation>El servicio de subida no acepta más archivos tuyos por ahora; vuelve a intentarlo después de %1.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="623"/>
        <source>The upload service accepts no more files from you for now; try again later.</source>
        <translation>El servicio de subida no acepta más archivos tuyos por ahora; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="626"/>
        <source>The upload service refused the file: %1</source>
        <translation>El servicio de subida rechazó el archivo: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="524"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="665"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="721"/>
        <source>The file %1 changed while it was being sent.</source>
        <translation>El archivo %1 cambió mientras se enviaba.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="712"/>
        <source>The upload failed: the server took nothing for %1 seconds.</source>
        <translation>La subida falló: el servidor no aceptó nada durante %1 segundos.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="715"/>
        <source>The upload server sent an oversized answer.</source>
        <translation>El servidor de subida envió una respuesta demasiado grande.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="718"/>
        <source>The upload server&apos;s answer is not HTTP.</source>
        <translation>La respuesta del servidor de subida no es HTTP.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="740"/>
        <source>The file was uploaded to %1, but the message could not be saved, so it was not sent.</source>
        <translation>El archivo se subió a %1, pero el mensaje no se pudo guardar, así que no se envió.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="751"/>
        <source>The upload server refused the file as too large (%1), although the service advertised a limit of %2.</source>
        <translation>El servidor de subida rechazó el archivo por demasiado grande (%1), aunque el servicio anunciaba un límite de %2.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="754"/>
        <source>The upload server refused the file as too large (%1).</source>
        <translation>El servidor de subida rechazó el archivo por demasiado grande (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="759"/>
        <source>The upload server answered with an error: %1 %2.</source>
        <translation>El servidor de subida respondió con un error: %1 %2.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="1013"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="1024"/>
        <source>The upload was cancelled.</source>
        <translation>Se canceló la subida.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="707"/>
        <source>The upload server&apos;s certificate is not trusted (%1).</source>
        <translation>El certificado del servidor de subida no es de confianza (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="724"/>
        <source>The upload failed: %1</source>
        <translation>La subida falló: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="782"/>
        <source>The encrypted file was uploaded, but its link could not be sent encrypted, so it was not sent: %1</source>
        <translation>El archivo cifrado se subió, pero su enlace no se pudo enviar cifrado, así que no se envió: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="795"/>
        <source>A file message needs a recipient and an https address.</source>
        <translation>Un mensaje de archivo necesita un destinatario y una dirección https.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="806"/>
        <source>The file message could not be saved, so it was not sent.</source>
        <translation>El mensaje de archivo no se pudo guardar, así que no se envió.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="829"/>
        <source>The link to the encrypted file carries no usable key.</source>
        <translation>El enlace al archivo cifrado no contiene una clave utilizable.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="836"/>
        <source>Files are downloaded over https only: %1 is refused.</source>
        <translation>Los archivos solo se descargan por https: se rechaza %1.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="850"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="976"/>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="869"/>
        <source>The file is too large to download: %1, more than the %2 allowed.</source>
        <translation>El archivo es demasiado grande para descargarlo: %1, más de los %2 permitidos.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="894"/>
        <source>The file is too large to download: more than the %1 allowed.</source>
        <translation>El archivo es demasiado grande para descargarlo: más de los %1 permitidos.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="909"/>
        <source>The encrypted file could not be decrypted: nothing was kept.</source>
        <translation>No se pudo descifrar el archivo cifrado: no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="918"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="941"/>
        <location filename="../src/files/HttpUploadManager.cpp" line="1020"/>
        <source>The download was cancelled.</source>
        <translation>Se canceló la descarga.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="946"/>
        <source>The file server&apos;s certificate is not trusted (%1).</source>
        <translation>El certificado del servidor de archivos no es de confianza (%1).</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="951"/>
        <source>The file server redirected to an address that is not https.</source>
        <translation>El servidor de archivos redirigió a una dirección que no es https.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="955"/>
        <source>The file server answered with an error: %1.</source>
        <translation>El servidor de archivos respondió con un error: %1.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="959"/>
        <source>The download failed: %1</source>
        <translation>La descarga falló: %1</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="965"/>
        <source>The download ended early: %1 of %2.</source>
        <translation>La descarga terminó antes de tiempo: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="972"/>
        <source>The encrypted file failed its integrity check (damaged or changed): it was not saved.</source>
        <translation>El archivo cifrado no superó la comprobación de integridad (dañado o modificado): no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../src/files/HttpUploadManager.cpp" line="1001"/>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>El certificado de %1 no es de confianza (%2).</translation>
    </message>
</context>
<context>
    <name>balcony::InBandRegistration</name>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="92"/>
        <source>This server creates accounts only on its web page: %1</source>
        <translation>Este servidor solo crea cuentas en su página web: %1</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="93"/>
        <source>The server&apos;s registration form has not arrived yet.</source>
        <translation>Todavía no ha llegado el formulario de registro del servidor.</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="105"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="114"/>
        <source>Choose a user name.</source>
        <translation>Elige un nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="185"/>
        <source>The connection to the server was lost.</source>
        <translation>Se ha perdido la conexión con el servidor.</translation>
    </message>
    <message>
        <location filename="../src/account/InBandRegistration.cpp" line="197"/>
        <source>The server sent no registration form.</source>
        <translation>El servidor no ha enviado ningún formulario de registro.</translation>
    </message>
</context>
<context>
    <name>balcony::MessageManager</name>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="111"/>
        <source>A message needs a recipient and a text.</source>
        <translation>Un mensaje necesita un destinatario y un texto.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="125"/>
        <source>The message could not be saved, so it was not sent.</source>
        <translation>No se ha podido guardar el mensaje, así que no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="440"/>
        <source>The correction could not be sent: not connected.</source>
        <translation>No se ha podido enviar la corrección: sin conexión.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="450"/>
        <source>There is no message of yours to correct.</source>
        <translation>No tienes ningún mensaje que corregir.</translation>
    </message>
</context>
<context>
    <name>balcony::MucError</name>
    <message>
        <location filename="../src/muc/MucError.cpp" line="40"/>
        <source>Someone in the room already uses this nickname.</source>
        <translation>Alguien en la sala ya usa este apodo.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="43"/>
        <source>The room is protected by a password, and none or a wrong one was given.</source>
        <translation>La sala está protegida con contraseña y no se indicó ninguna o se indicó una incorrecta.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="47"/>
        <source>Only members may enter this room, and you are not on its member list.</source>
        <translation>Solo los miembros pueden entrar en esta sala y usted no está en su lista de miembros.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="51"/>
        <source>You are banned from this room.</source>
        <translation>Tiene prohibida la entrada a esta sala.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="54"/>
        <source>The room is full, or the service is not available at the moment.</source>
        <translation>La sala está llena o el servicio no está disponible en este momento.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="58"/>
        <source>The room does not exist, or its owner has not finished setting it up.</source>
        <translation>La sala no existe o su propietario aún no ha terminado de configurarla.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="62"/>
        <source>The room does not exist, and this service does not let you create rooms.</source>
        <translation>La sala no existe y este servicio no le permite crear salas.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="66"/>
        <source>This nickname is reserved in the room, or the room requires your registered one.</source>
        <translation>Este apodo está reservado en la sala, o la sala exige el que usted tiene registrado.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="70"/>
        <source>The room does not accept this nickname.</source>
        <translation>La sala no acepta este apodo.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="73"/>
        <source>Not connected to the server.</source>
        <translation>No hay conexión con el servidor.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="76"/>
        <source>The room exists already; it was not created.</source>
        <translation>La sala ya existe; no se ha creado.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="79"/>
        <source>The room did not accept the configuration: %1</source>
        <translation>La sala no ha aceptado la configuración: %1</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="83"/>
        <source>The room refused: %1</source>
        <translation>La sala lo rechazó: %1</translation>
    </message>
    <message>
        <location filename="../src/muc/MucError.cpp" line="87"/>
        <source>(The room says: %1)</source>
        <translation>(La sala dice: %1)</translation>
    </message>
</context>
<context>
    <name>balcony::MucManager</name>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="47"/>
        <source>You were removed from the room.</source>
        <translation>Le han expulsado de la sala.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="48"/>
        <source>%1 removed you from the room.</source>
        <translation>%1 le ha expulsado de la sala.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="51"/>
        <source>You were banned from the room.</source>
        <translation>Le han prohibido la entrada a la sala.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="52"/>
        <source>%1 banned you from the room.</source>
        <translation>%1 le ha prohibido la entrada a la sala.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="55"/>
        <source>You were removed from the room because you are no longer a member.</source>
        <translation>Le han sacado de la sala porque ya no es miembro.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="58"/>
        <source>The room&apos;s service is shutting down.</source>
        <translation>El servicio de la sala se está apagando.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="61"/>
        <source>The room was closed by its owner.</source>
        <translation>El propietario ha cerrado la sala.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="63"/>
        <location filename="../src/muc/MucManager.cpp" line="68"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="176"/>
        <location filename="../src/muc/MucInvitations.cpp" line="81"/>
        <source>&quot;%1&quot; is not the address of a room.</source>
        <translation>«%1» no es la dirección de una sala.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="180"/>
        <location filename="../src/muc/MucManager.cpp" line="294"/>
        <location filename="../src/muc/MucManager.cpp" line="319"/>
        <location filename="../src/muc/MucManager.cpp" line="830"/>
        <location filename="../src/muc/MucModeration.cpp" line="72"/>
        <source>&quot;%1&quot; cannot be used as a nickname.</source>
        <translation>«%1» no se puede usar como apodo.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="314"/>
        <source>You are not in this room.</source>
        <translation>No está en esta sala.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="795"/>
        <location filename="../src/muc/MucManager.cpp" line="805"/>
        <location filename="../src/muc/MucManager.cpp" line="825"/>
        <location filename="../src/muc/MucInvitations.cpp" line="37"/>
        <location filename="../src/muc/MucModeration.cpp" line="68"/>
        <location filename="../src/muc/MucModeration.cpp" line="87"/>
        <source>You are not in the room %1.</source>
        <translation>No está en la sala %1.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="840"/>
        <source>A message needs a text.</source>
        <translation>Un mensaje necesita un texto.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucManager.cpp" line="867"/>
        <source>The message could not be saved, so it was not sent.</source>
        <translation>No se ha podido guardar el mensaje, así que no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucArchive.cpp" line="167"/>
        <source>The room did not answer the archive query.</source>
        <translation>La sala no ha respondido a la consulta del archivo.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucArchive.cpp" line="184"/>
        <source>The archived messages could not be stored.</source>
        <translation>No se han podido guardar los mensajes archivados.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucArchive.cpp" line="209"/>
        <source>The room&apos;s archive repeated a page.</source>
        <translation>El archivo de la sala ha repetido una página.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucInvitations.cpp" line="41"/>
        <location filename="../src/muc/MucModeration.cpp" line="91"/>
        <source>&quot;%1&quot; is not the address of a contact.</source>
        <translation>«%1» no es la dirección de un contacto.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="26"/>
        <source>The room did not answer.</source>
        <translation>La sala no ha respondido.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="34"/>
        <source>You are not allowed to do this in the room.</source>
        <translation>No tienes permiso para hacer esto en la sala.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="37"/>
        <source>The room does not allow this (an owner or admin cannot be changed this way).</source>
        <translation>La sala no lo permite (un propietario o administrador no se puede cambiar así).</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="40"/>
        <source>There is nobody with this nickname in the room.</source>
        <translation>No hay nadie con este apodo en la sala.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="43"/>
        <source>The room must keep at least one owner.</source>
        <translation>La sala debe conservar al menos un propietario.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="46"/>
        <source>The room refused: %1</source>
        <translation>La sala lo ha rechazado: %1</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="50"/>
        <source>(The room says: %1)</source>
        <translation>(La sala dice: %1)</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="161"/>
        <source>the room sent no configuration form.</source>
        <translation>la sala no ha enviado ningún formulario de configuración.</translation>
    </message>
    <message>
        <location filename="../src/muc/MucModeration.cpp" line="169"/>
        <source>the room has no setting &quot;%1&quot;.</source>
        <translation>la sala no tiene el ajuste «%1».</translation>
    </message>
</context>
<context>
    <name>balcony::Outbox</name>
    <message>
        <location filename="../src/im/Outbox.cpp" line="100"/>
        <source>The message could not be read back from storage.</source>
        <translation>No se ha podido volver a leer el mensaje del almacenamiento.</translation>
    </message>
</context>
<context>
    <name>balcony::TcpTransport</name>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="103"/>
        <source>No server address to connect to</source>
        <translation>No hay ninguna dirección de servidor a la que conectarse</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="173"/>
        <source>the host name was not found</source>
        <translation>no se ha encontrado el nombre del host</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="321"/>
        <location filename="../src/stream/TcpTransport.cpp" line="345"/>
        <source>The server closed the connection</source>
        <translation>El servidor ha cerrado la conexión</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="324"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>Se ha perdido la conexión con %1: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="348"/>
        <source>the server closed the connection</source>
        <translation>el servidor ha cerrado la conexión</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="439"/>
        <source>DNS lookup timed out</source>
        <translation>se ha agotado el tiempo de la consulta DNS</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="444"/>
        <source>connection timed out</source>
        <translation>se ha agotado el tiempo de conexión</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="449"/>
        <source>the TLS handshake timed out</source>
        <translation>se ha agotado el tiempo de la negociación TLS</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="469"/>
        <source>TLS cannot be started on this connection</source>
        <translation>no se puede iniciar TLS en esta conexión</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="669"/>
        <source>Secure connection to %1 failed: %2</source>
        <translation>Ha fallado la conexión segura con %1: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="687"/>
        <source>self-signed</source>
        <translation>autofirmado</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="690"/>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="693"/>
        <source>not valid yet</source>
        <translation>todavía no es válido</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="700"/>
        <source>issued for a different name</source>
        <translation>emitido para otro nombre</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="701"/>
        <source>issued for %1, not %2</source>
        <translation>emitido para %1, no para %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="710"/>
        <source>issued by an unknown authority</source>
        <translation>emitido por una autoridad desconocida</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="713"/>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="728"/>
        <source>The certificate of %1 is not trusted (%2). SHA-256 fingerprint: %3</source>
        <translation>El certificado de %1 no es de confianza (%2). Huella SHA-256: %3</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransportDns.cpp" line="86"/>
        <source>%1 does not offer an XMPP service</source>
        <translation>%1 no ofrece ningún servicio XMPP</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransportDns.cpp" line="191"/>
        <source>Cannot find the server of %1: %2</source>
        <translation>No se encuentra el servidor de %1: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransportDns.cpp" line="194"/>
        <source>Cannot connect to the server of %1: %2</source>
        <translation>No se puede conectar con el servidor de %1: %2</translation>
    </message>
</context>
<context>
    <name>balcony::WebSocketTransport</name>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="44"/>
        <source>The WebSocket connection to %1 did not open in time.</source>
        <translation>La conexión WebSocket con %1 no se abrió a tiempo.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="88"/>
        <source>The WebSocket address %1 is not a wss:// URL.</source>
        <translation>La dirección WebSocket %1 no es una URL wss://.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="115"/>
        <source>%1 announces no WebSocket endpoint (XEP-0156); give its address with the WebSocket URL setting.</source>
        <translation>%1 no anuncia ningún punto de acceso WebSocket (XEP-0156); indique su dirección en el ajuste URL de WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="138"/>
        <source>The server sent a binary WebSocket message (RFC 7395 needs text).</source>
        <translation>El servidor envió un mensaje WebSocket binario (RFC 7395 exige texto).</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="144"/>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>El certificado de %1 no es de confianza: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="153"/>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS con %1 falló: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="156"/>
        <source>The WebSocket to %1 could not be opened: %2</source>
        <translation>No se pudo abrir el WebSocket con %1: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="158"/>
        <source>The WebSocket connection was lost: %1</source>
        <translation>Se perdió la conexión WebSocket: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="197"/>
        <source>%1 is not an XMPP WebSocket endpoint (no &apos;xmpp&apos; subprotocol).</source>
        <translation>%1 no es un punto de acceso WebSocket de XMPP (sin subprotocolo «xmpp»).</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="246"/>
        <source>STARTTLS is not available over WebSocket.</source>
        <translation>STARTTLS no está disponible sobre WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="260"/>
        <source>Cannot frame the stream for WebSocket: %1</source>
        <translation>No se puede enmarcar el flujo para WebSocket: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="297"/>
        <source>a message must hold exactly one element</source>
        <translation>un mensaje debe contener exactamente un elemento</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="298"/>
        <source>The server sent a malformed WebSocket message: %1</source>
        <translation>El servidor envió un mensaje WebSocket mal formado: %1</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="304"/>
        <source>The server sent an &lt;open/&gt; or &lt;close/&gt; outside the framing namespace (RFC 7395).</source>
        <translation>El servidor envió un &lt;open/&gt; o &lt;close/&gt; fuera del espacio de nombres de encuadre (RFC 7395).</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="311"/>
        <source>The server opened the WebSocket stream twice.</source>
        <translation>El servidor abrió el flujo WebSocket dos veces.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="325"/>
        <source>The server redirected to %1, which is not a wss:// URL.</source>
        <translation>El servidor redirigió a %1, que no es una URL wss://.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="329"/>
        <source>The server redirected too many times.</source>
        <translation>El servidor redirigió demasiadas veces.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="343"/>
        <source>The server sent XML before opening the WebSocket stream.</source>
        <translation>El servidor envió XML antes de abrir el flujo WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="350"/>
        <source>The server sends faster than the client can handle.</source>
        <translation>El servidor envía más rápido de lo que el cliente puede procesar.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="424"/>
        <source>The server closed the WebSocket connection.</source>
        <translation>El servidor cerró la conexión WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/stream/WebSocketTransport.cpp" line="425"/>
        <source>The WebSocket to %1 could not be opened.</source>
        <translation>No se pudo abrir el WebSocket con %1.</translation>
    </message>
</context>
<context>
    <name>balcony::XmlElementSplitter</name>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="87"/>
        <source>Text outside of an element.</source>
        <translation>Texto fuera de un elemento.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="100"/>
        <source>Processing instructions are not allowed.</source>
        <translation>No se permiten instrucciones de procesamiento.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="128"/>
        <source>Elements are nested too deeply.</source>
        <translation>Los elementos están anidados demasiado profundamente.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="140"/>
        <source>A start tag is malformed.</source>
        <translation>Una etiqueta de apertura está mal formada.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="161"/>
        <source>An end tag has no start tag.</source>
        <translation>Una etiqueta de cierre no tiene etiqueta de apertura.</translation>
    </message>
    <message>
        <location filename="../src/stream/XmppFraming.cpp" line="172"/>
        <source>Comments, DTDs and markup declarations are not allowed.</source>
        <translation>No se permiten comentarios, DTD ni declaraciones de marcado.</translation>
    </message>
</context>
<context>
    <name>balcony::app::AccountController</name>
    <message>
        <location filename="../src/app/AccountController.cpp" line="758"/>
        <source>The password was changed on the server, but the encryption keys could not be re-sealed with it; encrypted sessions stay locked until the old password is entered again.</source>
        <translation>La contraseña se ha cambiado en el servidor, pero no se han podido volver a sellar con ella las claves de cifrado; las sesiones cifradas seguirán bloqueadas hasta que vuelvas a introducir la contraseña anterior.</translation>
    </message>
</context>
<context>
    <name>balcony::app::AccountListModel</name>
    <message>
        <location filename="../src/app/AccountListModel.cpp" line="115"/>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../src/app/AccountListModel.cpp" line="117"/>
        <source>Offline</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <location filename="../src/app/AccountListModel.cpp" line="119"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../src/app/AccountListModel.cpp" line="121"/>
        <source>Online</source>
        <translation>Conectada</translation>
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
        <translation>Una dirección de cuenta tiene la forma nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="179"/>
        <source>%1 is already in the list of accounts.</source>
        <translation>%1 ya está en la lista de cuentas.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="204"/>
        <location filename="../src/app/AccountManager.cpp" line="228"/>
        <location filename="../src/app/AccountManager.cpp" line="259"/>
        <source>%1 is not in the list of accounts.</source>
        <translation>%1 no está en la lista de cuentas.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="234"/>
        <source>The account could not be changed.</source>
        <translation>No se ha podido modificar la cuenta.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="346"/>
        <source>No password is stored for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="381"/>
        <source>There is no certificate to trust.</source>
        <translation>No hay ningún certificado en el que confiar.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="388"/>
        <source>Cannot record the decision in %1: %2</source>
        <translation>No se puede guardar la decisión en %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="404"/>
        <source>Enter the new password.</source>
        <translation>Introduce la nueva contraseña.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="410"/>
        <source>The account must be online to change its password on the server.</source>
        <translation>La cuenta debe estar conectada para cambiar su contraseña en el servidor.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="436"/>
        <location filename="../src/app/AccountManager.cpp" line="473"/>
        <source>The request could not be sent; try again.</source>
        <translation>No se ha podido enviar la solicitud; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="447"/>
        <source>The account must be online to remove it from the server.</source>
        <translation>La cuenta debe estar conectada para eliminarla del servidor.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="469"/>
        <source>The account was removed from the server, but not from this computer: %1</source>
        <translation>La cuenta se ha eliminado del servidor, pero no de este equipo: %1</translation>
    </message>
</context>
<context>
    <name>balcony::app::Autostart</name>
    <message>
        <location filename="../src/app/Autostart.cpp" line="87"/>
        <source>Cannot remove the autostart entry %1: %2</source>
        <translation>No se puede eliminar la entrada de inicio automático %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/Autostart.cpp" line="94"/>
        <source>Cannot create the folder for the autostart entry %1.</source>
        <translation>No se puede crear la carpeta para la entrada de inicio automático %1.</translation>
    </message>
    <message>
        <location filename="../src/app/Autostart.cpp" line="101"/>
        <source>Cannot write the autostart entry %1: %2</source>
        <translation>No se puede escribir la entrada de inicio automático %1: %2</translation>
    </message>
</context>
<context>
    <name>balcony::app::DraftStore</name>
    <message>
        <location filename="../src/app/DraftStore.cpp" line="129"/>
        <source>The drafts cannot be saved in %1.</source>
        <translation>No se pueden guardar los borradores en %1.</translation>
    </message>
</context>
<context>
    <name>balcony::app::LaunchOptions</name>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="17"/>
        <source>Balcony, a desktop XMPP messenger.</source>
        <translation>Balcony, un cliente de mensajería XMPP para el escritorio.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="21"/>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="23"/>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="25"/>
        <source>Start hidden in the system tray (used when starting on login).</source>
        <translation>Inicia oculto en la bandeja del sistema (se usa al iniciar sesión).</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="28"/>
        <source>Keep accounts, settings and message history in DIR instead of the standard location.</source>
        <translation>Guarda las cuentas, los ajustes y el historial de mensajes en CARPETA en lugar de la ubicación habitual.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="30"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="32"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="33"/>
        <source>xmpp: links to open, for example xmpp:alice@example.org?message.</source>
        <translation>Enlaces xmpp: que abrir, por ejemplo xmpp:alice@example.org?message.</translation>
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
        <translation>Prueba «balcony --help» para obtener más información.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="60"/>
        <source>--profile-root needs a folder.</source>
        <translation>--profile-root necesita una carpeta.</translation>
    </message>
    <message>
        <location filename="../src/app/LaunchOptions.cpp" line="72"/>
        <source>&quot;%1&quot; is not an xmpp: link.</source>
        <translation>«%1» no es un enlace xmpp:.</translation>
    </message>
</context>
<context>
    <name>balcony::app::LocalNetwork</name>
    <message>
        <location filename="../src/app/LocalNetwork.cpp" line="125"/>
        <source>Cannot open the profile database %1.</source>
        <translation>No se puede abrir la base de datos del perfil %1.</translation>
    </message>
    <message>
        <location filename="../src/app/LocalNetwork.cpp" line="208"/>
        <source>“%1” cannot be your name on the local network: use a name without “@” or spaces, at most 40 bytes.</source>
        <translation>«%1» no puede ser tu nombre en la red local: usa un nombre sin «@» ni espacios, de 40 bytes como máximo.</translation>
    </message>
    <message>
        <location filename="../src/app/LocalNetwork.cpp" line="229"/>
        <source>Cannot listen for chats: %1</source>
        <translation>No se puede esperar chats: %1</translation>
    </message>
</context>
<context>
    <name>balcony::app::NotificationCenter</name>
    <message numerus="yes">
        <location filename="../src/app/NotificationCenter.cpp" line="233"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/NotificationCenter.cpp" line="237"/>
        <source>%n new messages</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="238"/>
        <source>While you were offline: %1</source>
        <translation>Mientras estabas desconectado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/NotificationCenter.cpp" line="265"/>
        <location filename="../src/app/NotificationCenter.cpp" line="314"/>
        <source>%1 (%n messages)</source>
        <translation>
            <numerusform>%1 (%n mensaje)</numerusform>
            <numerusform>%1 (%n mensajes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="266"/>
        <location filename="../src/app/NotificationCenter.cpp" line="316"/>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="317"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="317"/>
        <source>%1 (privately): %2</source>
        <translation>%1 (en privado): %2</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="339"/>
        <source>Group chat invitation</source>
        <translation>Invitación a un chat en grupo</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="342"/>
        <source>%1 invites you to %2.</source>
        <translation>%1 le invita a %2.</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="343"/>
        <source>%1 invites you to %2: %3</source>
        <translation>%1 le invita a %2: %3</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="358"/>
        <source>Contact request</source>
        <translation>Solicitud de contacto</translation>
    </message>
    <message>
        <location filename="../src/app/NotificationCenter.cpp" line="359"/>
        <source>%1 wants to add you as a contact and see when you are online.</source>
        <translation>%1 quiere añadirte como contacto y ver cuándo estás conectado.</translation>
    </message>
</context>
<context>
    <name>balcony::app::SingleInstance</name>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="52"/>
        <source>Cannot create the runtime folder for %1.</source>
        <translation>No se puede crear la carpeta de ejecución para %1.</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="63"/>
        <source>Cannot create the lock file %1.</source>
        <translation>No se puede crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="72"/>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="137"/>
        <source>The arguments are too long to hand over to the running Balcony.</source>
        <translation>Los argumentos son demasiado largos para pasarlos al Balcony que ya está abierto.</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="154"/>
        <source>Balcony is already running but does not answer (%1).</source>
        <translation>Balcony ya está abierto, pero no responde (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/SingleInstance.cpp" line="166"/>
        <source>Balcony is already running but did not take the request.</source>
        <translation>Balcony ya está abierto, pero no ha aceptado la solicitud.</translation>
    </message>
</context>
<context>
    <name>balcony::app::SleepWatcher</name>
    <message>
        <location filename="../src/app/SleepWatcher.cpp" line="70"/>
        <source>Pausing the chat sessions before the machine sleeps</source>
        <translation>Pausando las sesiones de chat antes de que el equipo entre en suspensión</translation>
    </message>
</context>
<context>
    <name>balcony::app::XmppUri</name>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="100"/>
        <source>An address in the xmpp: link has an empty part.</source>
        <translation>Una dirección del enlace xmpp: tiene una parte vacía.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="107"/>
        <location filename="../src/app/XmppUri.cpp" line="203"/>
        <location filename="../src/app/XmppUri.cpp" line="216"/>
        <source>The xmpp: link contains an invalid percent-encoded character.</source>
        <translation>El enlace xmpp: contiene un carácter con codificación porcentual no válido.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="115"/>
        <source>&quot;%1&quot; in the xmpp: link is not a valid XMPP address.</source>
        <translation>«%1» en el enlace xmpp: no es una dirección XMPP válida.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="149"/>
        <source>This is not an xmpp: link.</source>
        <translation>Esto no es un enlace xmpp:.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="153"/>
        <source>The xmpp: link contains spaces or characters that are not allowed in a link.</source>
        <translation>El enlace xmpp: contiene espacios o caracteres que no se permiten en un enlace.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="175"/>
        <source>The account named in the xmpp: link has no user name.</source>
        <translation>La cuenta indicada en el enlace xmpp: no tiene nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="184"/>
        <source>The xmpp: link names no address after the account.</source>
        <translation>El enlace xmpp: no indica ninguna dirección después de la cuenta.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="188"/>
        <location filename="../src/app/XmppUri.cpp" line="234"/>
        <source>The xmpp: link names no address.</source>
        <translation>El enlace xmpp: no indica ninguna dirección.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="210"/>
        <source>A parameter in the xmpp: link is not written as key=value.</source>
        <translation>Un parámetro del enlace xmpp: no tiene la forma clave=valor.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="262"/>
        <source>Balcony does not support the &quot;%1&quot; action of xmpp: links yet.</source>
        <translation>Balcony todavía no admite la acción «%1» de los enlaces xmpp:.</translation>
    </message>
</context>
<context>
    <name>balcony::linklocal::AvahiBackend</name>
    <message>
        <location filename="../src/linklocal/AvahiBackend.cpp" line="54"/>
        <source>the Avahi service (avahi-daemon) is not running on this computer</source>
        <translation>el servicio Avahi (avahi-daemon) no está en marcha en este equipo</translation>
    </message>
    <message>
        <location filename="../src/linklocal/AvahiBackend.cpp" line="198"/>
        <source>the name “%1” and %2 alternatives are taken on this network</source>
        <translation>el nombre «%1» y %2 alternativas ya están ocupados en esta red</translation>
    </message>
</context>
<context>
    <name>balcony::omemo</name>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="99"/>
        <source>The device list is not an OMEMO device list.</source>
        <translation>La lista de dispositivos no es una lista OMEMO.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="117"/>
        <source>The device list names more than %1 devices; it is not accepted.</source>
        <translation>La lista nombra más de %1 dispositivos; no se acepta.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="149"/>
        <source>The key bundle is not an OMEMO bundle.</source>
        <translation>El paquete de claves no es un paquete OMEMO.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="169"/>
        <source>The key bundle lacks a valid signed pre-key, signature or identity key.</source>
        <translation>Al paquete de claves le falta una preclave firmada, una firma o una clave de identidad válida.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="174"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="691"/>
        <source>The key bundle has keys of an unknown type.</source>
        <translation>El paquete contiene claves de un tipo desconocido.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="196"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="673"/>
        <source>The key bundle has no usable pre-key.</source>
        <translation>El paquete no tiene ninguna preclave utilizable.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="237"/>
        <source>The message has no OMEMO content.</source>
        <translation>El mensaje no tiene contenido OMEMO.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="244"/>
        <source>The OMEMO header names no sending device.</source>
        <translation>La cabecera OMEMO no nombra ningún dispositivo emisor.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="257"/>
        <source>The OMEMO header has more than %1 keys.</source>
        <translation>La cabecera OMEMO contiene más de %1 claves.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="296"/>
        <source>The OMEMO payload is not valid Base64 or too large.</source>
        <translation>La carga OMEMO no es Base64 válido o es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoElements.cpp" line="303"/>
        <source>The OMEMO header has no valid IV.</source>
        <translation>La cabecera OMEMO no tiene un IV válido.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="100"/>
        <source>The message was received before (a replay).</source>
        <translation>El mensaje ya se había recibido (una repetición).</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="102"/>
        <source>A key is invalid or its signature does not match.</source>
        <translation>Una clave no es válida o su firma no coincide.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="104"/>
        <source>The message was built on a pre-key this device no longer has.</source>
        <translation>El mensaje se basa en una preclave que este dispositivo ya no tiene.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="109"/>
        <source>The encrypted key is damaged or was tampered with.</source>
        <translation>La clave cifrada está dañada o fue manipulada.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="111"/>
        <source>There is no session with the sending device.</source>
        <translation>No hay ninguna sesión con el dispositivo emisor.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="114"/>
        <source>The message uses an unsupported protocol version.</source>
        <translation>El mensaje usa una versión de protocolo no admitida.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="116"/>
        <source>The OMEMO library failed (error %1).</source>
        <translation>La biblioteca OMEMO falló (error %1).</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="458"/>
        <source>The OMEMO library could not start.</source>
        <translation>La biblioteca OMEMO no pudo iniciarse.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="461"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="600"/>
        <source>The encryption keys are locked.</source>
        <translation>Las claves de cifrado están bloqueadas.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="467"/>
        <source>The stored OMEMO identity is damaged.</source>
        <translation>La identidad OMEMO guardada está dañada.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="494"/>
        <source>The OMEMO identity could not be made.</source>
        <translation>No se pudo crear la identidad OMEMO.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="502"/>
        <source>The OMEMO keys could not be stored.</source>
        <translation>No se pudieron guardar las claves OMEMO.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="622"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="649"/>
        <source>The own OMEMO keys could not be read.</source>
        <translation>No se pudieron leer las claves OMEMO propias.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="699"/>
        <source>The key bundle could not be used.</source>
        <translation>No se pudo usar el paquete de claves.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="706"/>
        <location filename="../src/omemo/OmemoLibrary.cpp" line="732"/>
        <source>The OMEMO library failed.</source>
        <translation>La biblioteca OMEMO falló.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="40"/>
        <source>This message is encrypted with OMEMO, which your client does not seem to support.</source>
        <translation>Este mensaje está cifrado con OMEMO, que su cliente no parece admitir.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="550"/>
        <source>None of the contact&apos;s OMEMO devices is trusted: compare and accept their fingerprints first.</source>
        <translation>No se confía en ningún dispositivo OMEMO del contacto: compare y acepte antes sus huellas.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="553"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="589"/>
        <source>The contact has no OMEMO devices.</source>
        <translation>El contacto no tiene dispositivos OMEMO.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="590"/>
        <source>The contact&apos;s OMEMO devices could not be read: %1</source>
        <translation>No se pudieron leer los dispositivos OMEMO del contacto: %1</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="695"/>
        <source>The device has no key bundle.</source>
        <translation>El dispositivo no tiene paquete de claves.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="762"/>
        <source>The message could not be encrypted.</source>
        <translation>No se pudo cifrar el mensaje.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="784"/>
        <source>No session could be built with any device of the room&apos;s members (their key bundles are missing or invalid).</source>
        <translation>No se pudo establecer una sesión con ningún dispositivo de los miembros de la sala (sus paquetes de claves faltan o no son válidos).</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="787"/>
        <source>No session could be built with any of the contact&apos;s devices (their key bundles are missing or invalid).</source>
        <translation>No se pudo crear una sesión con ningún dispositivo del contacto (sus paquetes de claves faltan o no son válidos).</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="938"/>
        <source>The room did not tell who sent this message, so it cannot be decrypted.</source>
        <translation>La sala no indicó quién envió este mensaje, así que no se puede descifrar.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="941"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="949"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="960"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="974"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="1002"/>
        <location filename="../src/omemo/OmemoManager.cpp" line="1070"/>
        <source>An encrypted message could not be read: %1</source>
        <translation>No se pudo leer un mensaje cifrado: %1</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="972"/>
        <source>The message was not encrypted for this device.</source>
        <translation>El mensaje no se cifró para este dispositivo.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="1044"/>
        <source>The encrypted text was tampered with.</source>
        <translation>El texto cifrado fue manipulado.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="1053"/>
        <source>The decrypted content is not an envelope.</source>
        <translation>El contenido descifrado no es un sobre.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="1058"/>
        <source>The encrypted content names another sender than the message.</source>
        <translation>El contenido cifrado nombra a otro remitente que el mensaje.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoManager.cpp" line="1076"/>
        <source>An encrypted message came from a device you do not trust; it is not shown.</source>
        <translation>Un mensaje cifrado llegó de un dispositivo en el que no confía; no se muestra.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="34"/>
        <source>The room did not describe itself, so OMEMO cannot be used in it.</source>
        <translation>La sala no se describió, así que no se puede usar OMEMO en ella.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="41"/>
        <source>OMEMO works only in members-only rooms that show everyone&apos;s address; this room is open and hides the addresses.</source>
        <translation>OMEMO solo funciona en salas solo para miembros que muestran la dirección de todos; esta sala es abierta y oculta las direcciones.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="45"/>
        <source>OMEMO works only in members-only rooms: anyone can enter this one.</source>
        <translation>OMEMO solo funciona en salas solo para miembros: en esta puede entrar cualquiera.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="48"/>
        <source>OMEMO works only in rooms that show everyone&apos;s address: this room hides them, so nobody knows whom to encrypt for.</source>
        <translation>OMEMO solo funciona en salas que muestran la dirección de todos: esta sala las oculta, así que nadie sabe para quién cifrar.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="79"/>
        <source>Not connected: the room cannot be asked whether OMEMO can be used in it.</source>
        <translation>Sin conexión: no se puede preguntar a la sala si se puede usar OMEMO en ella.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="96"/>
        <source>The room could not be asked whether OMEMO can be used in it: %1</source>
        <translation>No se pudo preguntar a la sala si se puede usar OMEMO en ella: %1</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="99"/>
        <source>The room did not answer whether OMEMO can be used in it.</source>
        <translation>La sala no respondió si se puede usar OMEMO en ella.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="192"/>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="233"/>
        <source>You are not in the room %1.</source>
        <translation>No estás en la sala %1.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="212"/>
        <source>Nobody else is a member of the room: there is nobody to encrypt for.</source>
        <translation>Nadie más es miembro de la sala: no hay nadie para quien cifrar.</translation>
    </message>
    <message>
        <location filename="../src/omemo/OmemoGroupChat.cpp" line="257"/>
        <source>Not every member of the room can read OMEMO: %1 has no trusted device (of a format the others share). Nothing was sent.</source>
        <translation>No todos los miembros de la sala pueden leer OMEMO: %1 no tiene ningún dispositivo de confianza (en un formato que compartan los demás). No se envió nada.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AccountEditDialog</name>
    <message>
        <location filename="../ui/AccountEditDialog.cpp" line="17"/>
        <source>Settings of %1</source>
        <translation>Ajustes de %1</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.cpp" line="20"/>
        <source>In the system keychain</source>
        <translation>En el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.cpp" line="21"/>
        <source>Only until Balcony quits</source>
        <translation>Solo hasta que Balcony se cierre</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.cpp" line="22"/>
        <source>Never: ask every time</source>
        <translation>Nunca: preguntar cada vez</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="54"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="55"/>
        <source>Sign in to another account or create a new one</source>
        <translation>Inicia sesión en otra cuenta o crea una nueva</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="56"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="57"/>
        <source>Change the name, password storage and connection settings of the account</source>
        <translation>Cambia el nombre, el almacenamiento de la contraseña y los ajustes de conexión de la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="58"/>
        <source>Change &amp;Password…</source>
        <translation>Cambiar la &amp;contraseña…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="59"/>
        <location filename="../ui/AccountsDialog.cpp" line="127"/>
        <source>Change the account&apos;s password on its server</source>
        <translation>Cambia la contraseña de la cuenta en su servidor</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="60"/>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="61"/>
        <source>Remove the account from Balcony, and optionally from its server</source>
        <translation>Elimina la cuenta de Balcony y, opcionalmente, de su servidor</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="128"/>
        <source>Change the account&apos;s password on its server (it must be online)</source>
        <translation>Cambia la contraseña de la cuenta en su servidor (debe estar conectada)</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="158"/>
        <source>%1 was added.</source>
        <translation>Se ha añadido %1.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="193"/>
        <source>The password of %1 was changed.</source>
        <translation>Se ha cambiado la contraseña de %1.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.cpp" line="207"/>
        <source>%1 was removed.</source>
        <translation>Se ha eliminado %1.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AddContactDialog</name>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="22"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="23"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="24"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="113"/>
        <source>Enter the contact&apos;s address, like friend@example.org.</source>
        <translation>Introduce la dirección del contacto, como amigo@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="118"/>
        <source>This address is not valid: %1</source>
        <translation>Esta dirección no es válida: %1</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="121"/>
        <source>The address needs a name before the @, like friend@%1.</source>
        <translation>La dirección necesita un nombre antes de la @, como amigo@%1.</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="124"/>
        <source>Leave out the part after the /: contacts are added by their bare address.</source>
        <translation>Omite la parte después de la /: los contactos se añaden por su dirección sin recurso.</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="127"/>
        <source>This is your own account.</source>
        <translation>Esta es tu propia cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/AddContactDialog.cpp" line="130"/>
        <source>There is no account to add the contact to.</source>
        <translation>No hay ninguna cuenta a la que añadir el contacto.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AdvancedSettings</name>
    <message>
        <location filename="../ui/AdvancedSettings.cpp" line="113"/>
        <source>Enter an address like wss://example.org/xmpp-websocket, or leave it empty.</source>
        <translation>Escriba una dirección como wss://example.org/xmpp-websocket o deje el campo vacío.</translation>
    </message>
    <message>
        <location filename="../ui/AdvancedSettings.cpp" line="129"/>
        <source>Enter an address like https://example.org/http-bind, or leave it empty.</source>
        <translation>Escriba una dirección como https://example.org/http-bind o deje el campo vacío.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::AvatarSettings</name>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="26"/>
        <location filename="../ui/AvatarSettings.cpp" line="33"/>
        <source>Your picture</source>
        <translation>Tu imagen</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="29"/>
        <source>Set &amp;Avatar…</source>
        <translation>Establecer &amp;avatar…</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="30"/>
        <source>&amp;Remove Avatar</source>
        <translation>&amp;Quitar avatar</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="36"/>
        <source>Current picture</source>
        <translation>Imagen actual</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="38"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="39"/>
        <source>The account whose picture is shown and changed</source>
        <translation>La cuenta cuya imagen se muestra y se cambia</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="41"/>
        <source>Set avatar</source>
        <translation>Establecer avatar</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="42"/>
        <source>Choose an image: contacts see it next to your name</source>
        <translation>Elige una imagen: tus contactos la verán junto a tu nombre</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="44"/>
        <source>Remove avatar</source>
        <translation>Quitar avatar</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="45"/>
        <source>Stop showing a picture to your contacts</source>
        <translation>Dejar de mostrar una imagen a tus contactos</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="47"/>
        <source>Picture status</source>
        <translation>Estado de la imagen</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="68"/>
        <source>Choose Your Picture</source>
        <translation>Elige tu imagen</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="83"/>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="83"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="108"/>
        <location filename="../ui/AvatarSettings.cpp" line="109"/>
        <source>Sign in to change this account&apos;s picture.</source>
        <translation>Inicia sesión para cambiar la imagen de esta cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="129"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="132"/>
        <source>Publishing your picture…</source>
        <translation>Publicando tu imagen…</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="139"/>
        <source>Your picture was not changed: %1</source>
        <translation>Tu imagen no se cambió: %1</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="142"/>
        <source>Your picture was published; the copy in your vCard failed: %1</source>
        <translation>Tu imagen se publicó; la copia en tu vCard falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="144"/>
        <source>Your picture was published.</source>
        <translation>Tu imagen se publicó.</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="155"/>
        <source>Removing your picture…</source>
        <translation>Quitando tu imagen…</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="162"/>
        <source>Your picture was removed.</source>
        <translation>Tu imagen se quitó.</translation>
    </message>
    <message>
        <location filename="../ui/AvatarSettings.cpp" line="162"/>
        <source>Your picture was not removed: %1</source>
        <translation>Tu imagen no se quitó: %1</translation>
    </message>
</context>
<context>
    <name>balcony::ui::CertificateDialog</name>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="50"/>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>No se ha podido verificar el certificado del servidor.</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="51"/>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>No se ha podido verificar el certificado del servidor: %1</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="55"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="56"/>
        <source>Refuse the certificate</source>
        <translation>Rechazar el certificado</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="59"/>
        <source>&amp;Trust This Certificate Permanently</source>
        <translation>Con&amp;fiar siempre en este certificado</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="60"/>
        <source>Trust this certificate permanently</source>
        <translation>Confiar siempre en este certificado</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="73"/>
        <source>%1 (self-signed)</source>
        <translation>%1 (autofirmado)</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="77"/>
        <source>The server sent no certificate.</source>
        <translation>El servidor no ha enviado ningún certificado.</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="123"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="126"/>
        <source>from %1 until %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="133"/>
        <source>EXPIRED</source>
        <translation>CADUCADO</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="136"/>
        <source>NOT VALID YET</source>
        <translation>TODAVÍA NO ES VÁLIDO</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="143"/>
        <source>The server&apos;s certificate</source>
        <translation>El certificado del servidor</translation>
    </message>
    <message>
        <location filename="../ui/CertificateDialog.cpp" line="143"/>
        <source>Certificate %1 of the chain</source>
        <translation>Certificado %1 de la cadena</translation>
    </message>
</context>
<context>
    <name>balcony::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/ChangePasswordDialog.cpp" line="22"/>
        <source>The new password of &lt;b&gt;%1&lt;/b&gt; is set on the server; your other devices will need it too.</source>
        <translation>La nueva contraseña de &lt;b&gt;%1&lt;/b&gt; está establecida en el servidor; tus otros dispositivos también la necesitarán.</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.cpp" line="25"/>
        <source>&amp;Change Password</source>
        <translation>&amp;Cambiar la contraseña</translation>
    </message>
    <message>
        <location filename="../ui/ChangePasswordDialog.cpp" line="82"/>
        <source>Waiting for the server…</source>
        <translation>Esperando al servidor…</translation>
    </message>
</context>
<context>
    <name>balcony::ui::ChatHeader</name>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="44"/>
        <location filename="../ui/ChatHeader.cpp" line="174"/>
        <source>Contact&apos;s picture</source>
        <translation>Imagen del contacto</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="55"/>
        <location filename="../ui/ChatHeader.cpp" line="173"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="60"/>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="67"/>
        <source>via publish-subscribe (XEP-0207)</source>
        <translation>por publicación-suscripción (XEP-0207)</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="68"/>
        <source>Eventing mode</source>
        <translation>Modo eventing</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="69"/>
        <source>Your messages to this contact are published to a publish-subscribe node of the server (XEP-0207 eventing mode) instead of being sent as ordinary messages.</source>
        <translation>Tus mensajes a este contacto se publican en un nodo de publicación-suscripción del servidor (modo eventing XEP-0207) en lugar de enviarse como mensajes normales.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="78"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="88"/>
        <source>Show or hide the people in this room</source>
        <translation>Mostrar u ocultar las personas de esta sala</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="89"/>
        <source>People in the room</source>
        <translation>Personas en la sala</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="96"/>
        <source>Search in this conversation (Ctrl+F)</source>
        <translation>Buscar en esta conversación (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="97"/>
        <source>Search in conversation</source>
        <translation>Buscar en la conversación</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="103"/>
        <location filename="../ui/ChatHeader.cpp" line="176"/>
        <source>Close this chat (Esc)</source>
        <translation>Cerrar este chat (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="104"/>
        <location filename="../ui/ChatHeader.cpp" line="177"/>
        <source>Close chat</source>
        <translation>Cerrar chat</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="118"/>
        <source>Key warning</source>
        <translation>Aviso sobre la clave</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="119"/>
        <source>A new key can mean that the contact set up a new device or reinstalled, or that someone is impersonating them. Compare fingerprints over a channel you trust before you verify it.</source>
        <translation>Una clave nueva puede significar que el contacto ha configurado un dispositivo nuevo o ha reinstalado, o que alguien se está haciendo pasar por él. Compara las huellas por un canal de confianza antes de verificarla.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="123"/>
        <source>Verify Key…</source>
        <translation>Verificar clave…</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="124"/>
        <source>Verify the contact&apos;s new key</source>
        <translation>Verificar la nueva clave del contacto</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="173"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="174"/>
        <source>Room&apos;s picture</source>
        <translation>Imagen de la sala</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="176"/>
        <source>Leave this room and close it</source>
        <translation>Salir de esta sala y cerrarla</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="177"/>
        <source>Leave room</source>
        <translation>Salir de la sala</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="205"/>
        <source>typing…</source>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="207"/>
        <source>stopped typing</source>
        <translation>ha dejado de escribir</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="209"/>
        <source>left the conversation</source>
        <translation>ha abandonado la conversación</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="235"/>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="237"/>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="239"/>
        <source>Extended away</source>
        <translation>Ausencia extendida</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="241"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="243"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="245"/>
        <source>Free for chat</source>
        <translation>Disponible para charlar</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="345"/>
        <source>Your next message will be end-to-end encrypted with an encrypted session (the contact has no OMEMO device).</source>
        <translation>Su próximo mensaje irá cifrado de extremo a extremo con una sesión cifrada (el contacto no tiene dispositivo OMEMO).</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="347"/>
        <source>Your next message will be end-to-end encrypted with %1.</source>
        <translation>Su próximo mensaje irá cifrado de extremo a extremo con %1.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="348"/>
        <source>Your next message will be end-to-end encrypted.</source>
        <translation>Tu próximo mensaje estará cifrado de extremo a extremo.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="362"/>
        <source>Your next message in this room will be end-to-end encrypted with OMEMO, for every member&apos;s devices.</source>
        <translation>Tu próximo mensaje en esta sala estará cifrado de extremo a extremo con OMEMO, para los dispositivos de todos los miembros.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="364"/>
        <source>Your next message in this room will NOT be end-to-end encrypted.</source>
        <translation>Tu próximo mensaje en esta sala NO estará cifrado de extremo a extremo.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="369"/>
        <source>Click to turn OMEMO on or off for this room.</source>
        <translation>Haz clic para activar o desactivar OMEMO en esta sala.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="343"/>
        <source>Your next message will NOT be encrypted.</source>
        <translation>Tu próximo mensaje NO estará cifrado.</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="351"/>
        <source>Encryption policy: %1</source>
        <translation>Política de cifrado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatHeader.cpp" line="353"/>
        <source>Click to compare fingerprints and change the policy.</source>
        <translation>Pulsa para comparar huellas y cambiar la política.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::ChatSearchBar</name>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="27"/>
        <source>Search in this conversation</source>
        <translation>Buscar en esta conversación</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="28"/>
        <source>Search in conversation</source>
        <translation>Buscar en la conversación</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="32"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="33"/>
        <location filename="../ui/ChatSearchBar.cpp" line="85"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="37"/>
        <source>Older result (Enter)</source>
        <translation>Resultado más antiguo (Intro)</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="38"/>
        <source>Older result</source>
        <translation>Resultado más antiguo</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="43"/>
        <source>Newer result (Shift+Enter)</source>
        <translation>Resultado más reciente (Mayús+Intro)</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="44"/>
        <source>Newer result</source>
        <translation>Resultado más reciente</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="50"/>
        <source>Close the search (Esc)</source>
        <translation>Cerrar la búsqueda (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="51"/>
        <source>Close search</source>
        <translation>Cerrar búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/ChatSearchBar.cpp" line="83"/>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
</context>
<context>
    <name>balcony::ui::ChatWidget</name>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="85"/>
        <source>Chat with %1</source>
        <translation>Chat con %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="120"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="185"/>
        <location filename="../ui/ChatWidget.cpp" line="195"/>
        <location filename="../ui/ChatWidget.cpp" line="650"/>
        <source>Write to %1</source>
        <translation>Escribir a %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="657"/>
        <source>not in your contacts</source>
        <translation>no está en tus contactos</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="704"/>
        <source>%1&apos;s encryption key has changed. Messages are not encrypted to the new key until you verify it.</source>
        <translation>La clave de cifrado de %1 ha cambiado. Los mensajes no se cifrarán para la nueva clave hasta que la verifiques.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="527"/>
        <location filename="../ui/ChatWidget.cpp" line="836"/>
        <source>The message could not be sent.</source>
        <translation>No se ha podido enviar el mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="840"/>
        <source>Not sent: %1 Your encryption policy for this contact requires encryption.</source>
        <translation>No enviado: %1 Tu política de cifrado para este contacto exige cifrado.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="841"/>
        <source>Send Unencrypted</source>
        <translation>Enviar sin cifrar</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="848"/>
        <source>The message could not be sent: the account is not open.</source>
        <translation>No se ha podido enviar el mensaje: la cuenta no está abierta.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="537"/>
        <location filename="../ui/ChatWidget.cpp" line="853"/>
        <source>You are offline: the message is queued and goes out when you are online.</source>
        <translation>Estás desconectado: el mensaje queda en cola y se enviará cuando te conectes.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="85"/>
        <source>Room %1</source>
        <translation>Sala %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="195"/>
        <source>Write privately to %1</source>
        <translation>Escribir en privado a %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="301"/>
        <source>People in the room</source>
        <translation>Personas en la sala</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="306"/>
        <source>Double-click a name to address that person in your message.</source>
        <translation>Haga doble clic en un nombre para dirigirse a esa persona en su mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="348"/>
        <source>Mention in Message</source>
        <translation>Mencionar en el mensaje</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="353"/>
        <source>Address %1 in your message to the room</source>
        <translation>Dirigirse a %1 en su mensaje a la sala</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="356"/>
        <source>Send Private Message</source>
        <translation>Enviar mensaje privado</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="419"/>
        <source>Only you</source>
        <translation>Solo usted</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ChatWidget.cpp" line="419"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="427"/>
        <source>Joining…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="428"/>
        <source>Joins when you are online.</source>
        <translation>Entrará cuando esté en línea.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="430"/>
        <source>Leaving…</source>
        <translation>Saliendo…</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="432"/>
        <location filename="../ui/ChatWidget.cpp" line="502"/>
        <location filename="../ui/ChatWidget.cpp" line="1125"/>
        <source>You are not in this room.</source>
        <translation>No está en esta sala.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="457"/>
        <source>Enter Password…</source>
        <translation>Introducir contraseña…</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="457"/>
        <source>Join Again</source>
        <translation>Volver a entrar</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="472"/>
        <source>Room Password</source>
        <translation>Contraseña de la sala</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="472"/>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="517"/>
        <source>Not sent (OMEMO): %1</source>
        <translation>No enviado (OMEMO): %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="644"/>
        <source>Message %1</source>
        <translation>Mensaje a %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="707"/>
        <source>%1 has a new OMEMO device that you have not trusted yet. Messages are not encrypted for it until you compare its fingerprint.</source>
        <translation>%1 tiene un dispositivo OMEMO nuevo en el que aún no confía. Los mensajes no se cifran para él hasta que compare su huella.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="710"/>
        <source>%1 has %2 new OMEMO devices that you have not trusted yet. Messages are not encrypted for them until you compare their fingerprints.</source>
        <translation>%1 tiene %2 dispositivos OMEMO nuevos en los que aún no confía. Los mensajes no se cifran para ellos hasta que compare sus huellas.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="741"/>
        <source>Encrypt Messages in This Room with OMEMO</source>
        <translation>Cifrar los mensajes de esta sala con OMEMO</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="748"/>
        <source>Asking the room whether OMEMO can be used in it…</source>
        <translation>Preguntando a la sala si se puede usar OMEMO en ella…</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="755"/>
        <source>Members&apos; Devices and Fingerprints…</source>
        <translation>Dispositivos y huellas de los miembros…</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="870"/>
        <source>Messages in rooms cannot be corrected.</source>
        <translation>Los mensajes en salas no se pueden corregir.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="874"/>
        <source>Encrypted messages cannot be corrected.</source>
        <translation>Los mensajes cifrados no se pueden corregir.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="879"/>
        <source>Messages sent by publish-subscribe cannot be corrected.</source>
        <translation>Los mensajes enviados por publicación-suscripción no se pueden corregir.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="897"/>
        <source>The message could not be corrected.</source>
        <translation>No se ha podido corregir el mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="902"/>
        <source>Your newest message was corrected.</source>
        <translation>Se ha corregido tu mensaje más reciente.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="912"/>
        <source>This message cannot be sent again.</source>
        <translation>Este mensaje no se puede volver a enviar.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="919"/>
        <source>The message could not be removed.</source>
        <translation>No se ha podido eliminar el mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1028"/>
        <location filename="../ui/ChatWidget.cpp" line="1171"/>
        <source>Sending %1</source>
        <translation>Enviando %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1043"/>
        <source>%1 was uploaded encrypted but not sent: %2</source>
        <translation>%1 se subió cifrado pero no se envió: %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1050"/>
        <source>%1 was uploaded but not sent: %2</source>
        <translation>%1 se subió pero no se envió: %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1067"/>
        <source>Sending %1 was cancelled.</source>
        <translation>Se canceló el envío de %1.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1068"/>
        <location filename="../ui/ChatWidget.cpp" line="1174"/>
        <source>%1 was not sent: %2</source>
        <translation>%1 no se envió: %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1074"/>
        <location filename="../ui/ChatWidget.cpp" line="1213"/>
        <location filename="../ui/ChatWidget.cpp" line="1234"/>
        <source>Saving %1</source>
        <translation>Guardando %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1087"/>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1093"/>
        <location filename="../ui/ChatWidget.cpp" line="1210"/>
        <location filename="../ui/ChatWidget.cpp" line="1231"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 no se guardó: %2</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1113"/>
        <source>Send Files to %1</source>
        <translation>Enviar archivos a %1</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1145"/>
        <source>image-%1.png</source>
        <translation>imagen-%1.png</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1147"/>
        <source>The pasted image could not be saved for sending.</source>
        <translation>La imagen pegada no se pudo guardar para enviarla.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1185"/>
        <source>Wait until the current file transfer has finished.</source>
        <translation>Espera a que termine la transferencia de archivo en curso.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1201"/>
        <source>Save File</source>
        <translation>Guardar archivo</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1255"/>
        <source>%1 is not an image that can be shown.</source>
        <translation>%1 no es una imagen que se pueda mostrar.</translation>
    </message>
    <message>
        <location filename="../ui/ChatWidget.cpp" line="1265"/>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
</context>
<context>
    <name>balcony::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="60"/>
        <source>Correcting your last message. Enter replaces it, Esc cancels.</source>
        <translation>Corrigiendo tu último mensaje. Intro lo sustituye, Esc cancela.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="64"/>
        <source>Cancel Correction</source>
        <translation>Cancelar corrección</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="65"/>
        <source>Cancel the correction (Esc)</source>
        <translation>Cancelar la corrección (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="66"/>
        <source>Cancel correction</source>
        <translation>Cancelar corrección</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="82"/>
        <source>Write to Everyone</source>
        <translation>Escribir a todos</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="83"/>
        <source>Write to everyone in the room again (Esc)</source>
        <translation>Volver a escribir a todos en la sala (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="84"/>
        <source>Write to everyone in the room</source>
        <translation>Escribir a todos en la sala</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="100"/>
        <source>File transfer</source>
        <translation>Transferencia de archivo</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="101"/>
        <source>File transfer progress</source>
        <translation>Progreso de la transferencia de archivo</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="103"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="104"/>
        <source>Cancel the file transfer</source>
        <translation>Cancelar la transferencia de archivo</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="116"/>
        <source>Attach File…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="117"/>
        <source>Send a file (Ctrl+Shift+A); you can also drop files here or paste an image</source>
        <translation>Enviar un archivo (Ctrl+Mayús+A); también puedes soltar archivos aquí o pegar una imagen</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="118"/>
        <source>Attach file</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="125"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="136"/>
        <location filename="../ui/Composer.cpp" line="138"/>
        <location filename="../ui/Composer.cpp" line="206"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="137"/>
        <location filename="../ui/Composer.cpp" line="207"/>
        <source>Send the message (Enter); Shift+Enter starts a new line</source>
        <translation>Enviar el mensaje (Intro); Mayús+Intro empieza una línea nueva</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="195"/>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="196"/>
        <source>Replace your last message with this text (Enter)</source>
        <translation>Sustituir tu último mensaje por este texto (Intro)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="220"/>
        <source>Private message to %1: only they will see it.</source>
        <translation>Mensaje privado a %1: solo esa persona lo verá.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::DataFormWidget</name>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="55"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="86"/>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="94"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../ui/DataFormWidget.cpp" line="94"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
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
        <translation>No se ha podido abrir la cuenta</translation>
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
        <translation>No se han podido leer las cuentas</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="183"/>
        <source>Cannot open link</source>
        <translation>No se puede abrir el enlace</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="304"/>
        <source>Certificate not trusted</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="356"/>
        <source>Account not added</source>
        <translation>No se ha añadido la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="404"/>
        <source>Chat on the local network</source>
        <translation>Chatear en la red local</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="405"/>
        <source>Balcony will announce you as %1 to everyone on this network, with your status, and list the people who do the same. Chats on the local network are not encrypted.</source>
        <translation>Balcony te anunciará como %1 a todos en esta red, con tu estado, y mostrará a las personas que hacen lo mismo. Los chats en la red local no están cifrados.</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="409"/>
        <source>You can switch it off, or change your name there, in Settings → Local Network.</source>
        <translation>Puedes desactivarlo, o cambiar allí tu nombre, en Ajustes → Red local.</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="410"/>
        <source>&amp;Announce Me</source>
        <translation>&amp;Anunciarme</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="435"/>
        <location filename="../ui/DesktopApp.cpp" line="447"/>
        <location filename="../ui/DesktopApp.cpp" line="480"/>
        <source>Local network</source>
        <translation>Red local</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="436"/>
        <source>The local network cannot be used: %1</source>
        <translation>No se puede usar la red local: %1</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="448"/>
        <source>Balcony cannot announce you on the local network: %1.

You can switch the local network off in Settings → Local Network.</source>
        <translation>Balcony no puede anunciarte en la red local: %1.

Puedes desactivar la red local en Ajustes → Red local.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::FingerprintDialog</name>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="55"/>
        <location filename="../ui/FingerprintDialog.cpp" line="69"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="58"/>
        <source>Trusted on first use</source>
        <translation>De confianza desde el primer uso</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="60"/>
        <location filename="../ui/FingerprintDialog.cpp" line="71"/>
        <source>NEW: not trusted</source>
        <translation>NUEVA: no es de confianza</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="98"/>
        <source>Encryption with %1</source>
        <translation>Cifrado con %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="104"/>
        <source>Keys of %1 (%2)</source>
        <translation>Claves de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="105"/>
        <source>&amp;Compare: type or paste the fingerprint (or key id) that %1&apos;s client shows for their own key:</source>
        <translation>Co&amp;mparar: escribe o pega la huella (o el ID de clave) que muestra el cliente de %1 para su propia clave:</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="135"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="160"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="162"/>
        <source>When possible</source>
        <translation>Cuando sea posible</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="164"/>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="186"/>
        <source>Encryption is not available for this account.</source>
        <translation>El cifrado no está disponible para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="183"/>
        <location filename="../ui/FingerprintDialog.cpp" line="190"/>
        <source>Your keys are locked until you sign in.</source>
        <translation>Tus claves están bloqueadas hasta que inicies sesión.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="67"/>
        <source>Trusted (not verified)</source>
        <translation>De confianza (sin verificar)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="73"/>
        <source>Distrusted</source>
        <translation>Sin confianza</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="100"/>
        <source>Messages to %1 are end-to-end encrypted when the policy allows it: with OMEMO when %1 has OMEMO devices, else with encrypted sessions. To be sure nobody is in between, compare fingerprints with %1 in person or over a channel you trust.</source>
        <translation>Los mensajes a %1 se cifran de extremo a extremo cuando la política lo permite: con OMEMO si %1 tiene dispositivos OMEMO y, si no, con sesiones cifradas. Para asegurarse de que nadie se interpone, compare las huellas con %1 en persona o por un canal de confianza.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="180"/>
        <source>device %1
%2</source>
        <translation>dispositivo %1
%2</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="183"/>
        <source>Not available.</source>
        <translation>No disponible.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="195"/>
        <source>You have no key yet.</source>
        <translation>Todavía no tienes ninguna clave.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="220"/>
        <source>Creating your key…</source>
        <translation>Creando tu clave…</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="234"/>
        <source>A signing key could not be created.</source>
        <translation>No se ha podido crear una clave de firma.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="251"/>
        <source>Key id (XEP-0189): %1</source>
        <translation>ID de clave (XEP-0189): %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="263"/>
        <source>No key known yet</source>
        <translation>Todavía no se conoce ninguna clave</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="269"/>
        <source>Sign in to fetch the contact&apos;s published keys.</source>
        <translation>Inicia sesión para obtener las claves publicadas del contacto.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="280"/>
        <source>Fetching keys…</source>
        <translation>Obteniendo claves…</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="295"/>
        <source>The keys could not be fetched: %1</source>
        <translation>No se han podido obtener las claves: %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="297"/>
        <source>No new key.</source>
        <translation>Ninguna clave nueva.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FingerprintDialog.cpp" line="299"/>
        <source>%n new key(s).</source>
        <translation>
            <numerusform>%n clave nueva.</numerusform>
            <numerusform>%n claves nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="312"/>
        <source>✔ The fingerprints match: OMEMO device %1 is now verified.</source>
        <translation>✔ Las huellas coinciden: el dispositivo OMEMO %1 queda verificado.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="324"/>
        <source>✔ The fingerprints match: the key %1 is now verified.</source>
        <translation>✔ Las huellas coinciden: la clave %1 ya está verificada.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="330"/>
        <source>No key of this contact is known yet. Fetch the keys first.</source>
        <translation>Todavía no se conoce ninguna clave de este contacto. Obtén primero las claves.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="333"/>
        <source>✘ This matches none of the contact&apos;s keys. Nothing was marked. Check what you typed; if it is right, someone may be in between.</source>
        <translation>✘ No coincide con ninguna de las claves del contacto. No se ha marcado nada. Comprueba lo que has escrito; si es correcto, puede que haya alguien en medio.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="315"/>
        <location filename="../ui/FingerprintDialog.cpp" line="338"/>
        <source>The verification could not be stored.</source>
        <translation>No se ha podido guardar la verificación.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="360"/>
        <source>OMEMO device %1</source>
        <translation>Dispositivo OMEMO %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="361"/>
        <source>OMEMO 2 device %1</source>
        <translation>Dispositivo OMEMO 2 %1</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="363"/>
        <source>not known yet (fetch the keys)</source>
        <translation>aún desconocida (obtenga las claves)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="379"/>
        <source>No OMEMO device known</source>
        <translation>Ningún dispositivo OMEMO conocido</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="423"/>
        <source>The decision could not be stored.</source>
        <translation>No se pudo guardar la decisión.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="456"/>
        <source>Default (currently: %1)</source>
        <translation>Predeterminada (actualmente: %1)</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="463"/>
        <source>Never: always in the clear. When possible: encrypted when the contact&apos;s key is known. Always: encrypted or not sent at all.</source>
        <translation>Nunca: siempre sin cifrar. Cuando sea posible: cifrado cuando se conoce la clave del contacto. Siempre: cifrado o no se envía.</translation>
    </message>
    <message>
        <location filename="../ui/FingerprintDialog.cpp" line="473"/>
        <source>The policy could not be saved.</source>
        <translation>No se ha podido guardar la política.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::HistorySearchDialog</name>
    <message>
        <location filename="../ui/HistorySearchDialog.cpp" line="63"/>
        <source>You to %1</source>
        <translation>Tú a %1</translation>
    </message>
    <message>
        <location filename="../ui/HistorySearchDialog.cpp" line="147"/>
        <source>No message contains this.</source>
        <translation>Ningún mensaje contiene este texto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HistorySearchDialog.cpp" line="149"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::ImageThumbnails</name>
    <message>
        <location filename="../ui/ImageThumbnails.cpp" line="256"/>
        <source>Images cannot be fetched: the account is not open.</source>
        <translation>No se pueden obtener las imágenes: la cuenta no está abierta.</translation>
    </message>
    <message>
        <location filename="../ui/ImageThumbnails.cpp" line="360"/>
        <location filename="../ui/ImageThumbnails.cpp" line="376"/>
        <source>This file is not an image that can be shown.</source>
        <translation>Este archivo no es una imagen que se pueda mostrar.</translation>
    </message>
    <message>
        <location filename="../ui/ImageThumbnails.cpp" line="367"/>
        <source>This image is too large to show: %1 × %2 pixels.</source>
        <translation>Esta imagen es demasiado grande para mostrarla: %1 × %2 píxeles.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::JoinRoomDialog</name>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="44"/>
        <source>&amp;Join</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="144"/>
        <source>There is no account to join the room with.</source>
        <translation>No hay ninguna cuenta con la que entrar en la sala.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="148"/>
        <source>Enter the room&apos;s address, like room@conference.example.org.</source>
        <translation>Introduzca la dirección de la sala, como sala@conference.example.org.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="153"/>
        <source>This address is not valid: %1</source>
        <translation>Esta dirección no es válida: %1</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="156"/>
        <source>The address needs the room&apos;s name before the @, like room@%1.</source>
        <translation>La dirección necesita el nombre de la sala antes de la @, como sala@%1.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="159"/>
        <source>Leave out the part after the /: type your nickname below.</source>
        <translation>Omita la parte después de la /: escriba su apodo más abajo.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="162"/>
        <source>Choose a nickname: it is how the others in the room see you.</source>
        <translation>Elija un apodo: así le ven los demás en la sala.</translation>
    </message>
    <message>
        <location filename="../ui/JoinRoomDialog.cpp" line="165"/>
        <source>This nickname cannot be used: choose another one.</source>
        <translation>Este apodo no se puede usar: elija otro.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::LocalChatWidget</name>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="31"/>
        <source>Chat with %1 on the local network</source>
        <translation>Chat con %1 en la red local</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="40"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="55"/>
        <source>Chats on the local network are not encrypted: anyone on the network can read them.</source>
        <translation>Los chats en la red local no están cifrados: cualquiera en la red puede leerlos.</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="78"/>
        <source>Messages on the local network are sent again by themselves when %1 is back.</source>
        <translation>Los mensajes en la red local se reenvían solos cuando %1 vuelve.</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="131"/>
        <source>Write to %1</source>
        <translation>Escribir a %1</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="142"/>
        <source>not on the local network now</source>
        <translation>no está en la red local ahora</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="143"/>
        <source>you are not on the local network</source>
        <translation>no estás en la red local</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="154"/>
        <source>The message could not be stored; it was not sent.</source>
        <translation>No se pudo guardar el mensaje; no se envió.</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="162"/>
        <source>%1 is not on the local network now: the message is sent when they are back.</source>
        <translation>%1 no está en la red local ahora: el mensaje se enviará cuando vuelva.</translation>
    </message>
    <message>
        <location filename="../ui/LocalChatWidget.cpp" line="163"/>
        <source>You are not on the local network (your status is Offline): the message is sent when you and %1 are both there.</source>
        <translation>No estás en la red local (tu estado es Desconectado): el mensaje se enviará cuando tú y %1 estéis allí.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>No conversations yet. Open a chat from your contacts.</source>
        <translation>Todavía no hay conversaciones. Abre un chat desde tus contactos.</translation>
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
        <translation>%1 rechazó su invitación a %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>Invite to Room</source>
        <translation>Invitar a la sala</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>Address of the person to invite to %1:</source>
        <translation>Dirección de la persona a invitar a %1:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>&quot;%1&quot; is not an address such as name@example.org.</source>
        <translation>«%1» no es una dirección como nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>%1 could not be invited: %2</source>
        <translation>No se pudo invitar a %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="376"/>
        <source>Invitation to %1 sent to %2.</source>
        <translation>Invitación a %1 enviada a %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="409"/>
        <source>Group Chat Invitation</source>
        <translation>Invitación a un chat en grupo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410"/>
        <source>%1 invites you to the group chat %2.</source>
        <translation>%1 le invita al chat en grupo %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="418"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="420"/>
        <source>&amp;Join…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="421"/>
        <source>Join the group chat</source>
        <translation>Entrar en el chat en grupo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="422"/>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Decline the invitation</source>
        <translation>Rechazar la invitación</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="426"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="427"/>
        <source>Answer the invitation later</source>
        <translation>Responder a la invitación más tarde</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="472"/>
        <source>&lt;p&gt;&lt;b&gt;No chat open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pick a conversation or a contact on the left, or add a contact with Ctrl+N.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ningún chat abierto&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Elige una conversación o un contacto a la izquierda, o añade un contacto con Ctrl+N.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>&lt;p&gt;&lt;b&gt;No chat open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;People on your local network appear on the left under “Local network”: double-click one to chat.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ningún chat abierto&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Las personas de tu red local aparecen a la izquierda en «Red local»: haz doble clic en una para chatear.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="476"/>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Balcony&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add your XMPP account on the left to start chatting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bienvenido a Balcony&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Añade tu cuenta XMPP a la izquierda para empezar a chatear.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>No conversation matches.</source>
        <translation>Ninguna conversación coincide.</translation>
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
        <translation>%1 (red local)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="560"/>
        <source>Room %1 (account %2)</source>
        <translation>Sala %1 (cuenta %2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="572"/>
        <source>%1 (account %2)</source>
        <translation>%1 (cuenta %2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="832"/>
        <source>Local network</source>
        <translation>Red local</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1054"/>
        <location filename="../ui/MainWindow.cpp" line="1058"/>
        <location filename="../ui/MainWindow.cpp" line="1071"/>
        <source>Cannot open link</source>
        <translation>No se puede abrir el enlace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1058"/>
        <source>The link names no contact to open.</source>
        <translation>El enlace no indica ningún contacto que abrir.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1073"/>
        <source>Add an account first: the link to %1 needs one to open.</source>
        <translation>Añade primero una cuenta: el enlace a %1 necesita una para abrirse.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1074"/>
        <source>The link is meant for the account %1, which is not set up here.</source>
        <translation>El enlace está pensado para la cuenta %1, que no está configurada aquí.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1085"/>
        <source>Choose an account</source>
        <translation>Elige una cuenta</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1086"/>
        <source>Several of your accounts know %1. Open the link with:</source>
        <translation>Varias de tus cuentas conocen a %1. Abrir el enlace con:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1133"/>
        <source>Add Contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1134"/>
        <source>%1 could not be added: the account is not connected. Try again once it is online.</source>
        <translation>No se ha podido añadir a %1: la cuenta no está conectada. Inténtalo de nuevo cuando esté conectada.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1138"/>
        <source>Added %1.</source>
        <translation>Se ha añadido a %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1180"/>
        <source>Join Group Chat</source>
        <translation>Unirse a un chat de grupo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1181"/>
        <source>%1 could not be joined: %2</source>
        <translation>No se pudo entrar en %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1182"/>
        <source>the account is not open.</source>
        <translation>la cuenta no está abierta.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1198"/>
        <source>The room could not be saved as a bookmark: %1</source>
        <translation>No se pudo guardar la sala como marcador: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1220"/>
        <location filename="../ui/MainWindow.cpp" line="1254"/>
        <source>&amp;Open Chat</source>
        <translation>&amp;Abrir chat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1254"/>
        <source>Write to this contact</source>
        <translation>Escribir a este contacto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1265"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1265"/>
        <source>Change the name this contact is shown by</source>
        <translation>Cambiar el nombre con el que se muestra este contacto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1268"/>
        <source>Edit &amp;Groups…</source>
        <translation>Editar &amp;grupos…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1268"/>
        <source>Put this contact in groups</source>
        <translation>Poner este contacto en grupos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1283"/>
        <source>&amp;Approve Their Request</source>
        <translation>Apro&amp;bar su solicitud</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1283"/>
        <location filename="../ui/MainWindow.cpp" line="1290"/>
        <source>Let them see when you are online</source>
        <translation>Permitirle ver cuándo estás conectado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1286"/>
        <source>&amp;Deny Their Request</source>
        <translation>&amp;Denegar su solicitud</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1286"/>
        <source>Refuse to share your presence</source>
        <translation>Negarse a compartir tu presencia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1290"/>
        <source>S&amp;hare My Presence</source>
        <translation>C&amp;ompartir mi presencia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1294"/>
        <source>Stop Sharing My &amp;Presence</source>
        <translation>Dejar de compartir mi &amp;presencia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1295"/>
        <source>They will no longer see when you are online</source>
        <translation>Ya no verá cuándo estás conectado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1300"/>
        <source>&amp;Withdraw My Request</source>
        <translation>Re&amp;tirar mi solicitud</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1300"/>
        <source>Stop asking to see their presence</source>
        <translation>Dejar de pedir ver su presencia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1304"/>
        <source>As&amp;k to See Their Presence</source>
        <translation>Ped&amp;ir ver su presencia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1304"/>
        <source>Send a subscription request</source>
        <translation>Enviar una solicitud de suscripción</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1308"/>
        <source>Stop &amp;Seeing Their Presence</source>
        <translation>Dejar de &amp;ver su presencia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1308"/>
        <source>Unsubscribe from their presence</source>
        <translation>Cancelar la suscripción a su presencia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1313"/>
        <source>Show &amp;Fingerprints…</source>
        <translation>Mostrar &amp;huellas…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1314"/>
        <source>Compare and verify encryption keys with this contact</source>
        <translation>Comparar y verificar las claves de cifrado con este contacto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1318"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1318"/>
        <source>Remove this contact and both subscriptions</source>
        <translation>Eliminar este contacto y ambas suscripciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1323"/>
        <source>Changes need a connection to %1</source>
        <translation>Los cambios necesitan una conexión con %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1333"/>
        <location filename="../ui/MainWindow.cpp" line="1336"/>
        <source>Rename Contact</source>
        <translation>Renombrar contacto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1333"/>
        <source>Name for %1:</source>
        <translation>Nombre para %1:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1336"/>
        <location filename="../ui/MainWindow.cpp" line="1358"/>
        <location filename="../ui/MainWindow.cpp" line="1374"/>
        <source>The account is not connected; nothing was changed.</source>
        <translation>La cuenta no está conectada; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1344"/>
        <location filename="../ui/MainWindow.cpp" line="1358"/>
        <source>Edit Groups</source>
        <translation>Editar grupos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1345"/>
        <source>Groups of %1, separated by commas (existing: %2):</source>
        <translation>Grupos de %1, separados por comas (existentes: %2):</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1364"/>
        <location filename="../ui/MainWindow.cpp" line="1374"/>
        <source>Remove Contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1365"/>
        <source>Remove %1 from your contacts? You will no longer see each other&apos;s presence. The chat history stays.</source>
        <translation>¿Eliminar a %1 de tus contactos? Ninguno de los dos verá ya la presencia del otro. El historial del chat se conserva.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1369"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1380"/>
        <source>About Balcony</source>
        <translation>Acerca de Balcony</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1381"/>
        <source>&lt;h3&gt;Balcony %1&lt;/h3&gt;&lt;p&gt;A desktop XMPP messenger.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Balcony %1&lt;/h3&gt;&lt;p&gt;Un cliente de mensajería XMPP para el escritorio.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1391"/>
        <source>Don&apos;t show this again</source>
        <translation>No volver a mostrar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1430"/>
        <source>Balcony keeps running</source>
        <translation>Balcony sigue funcionando</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1431"/>
        <source>Balcony stays connected in the system tray, so you still get messages. Use Quit in the tray menu or Ctrl+Q to end it.</source>
        <translation>Balcony sigue conectado en la bandeja del sistema, así que seguirás recibiendo mensajes. Usa Salir en el menú de la bandeja o Ctrl+Q para cerrarlo.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1445"/>
        <source>Balcony quits</source>
        <translation>Balcony se cierra</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1446"/>
        <source>There is no system tray on this desktop, so closing the window signs you out and quits Balcony.</source>
        <translation>No hay bandeja del sistema en este escritorio, así que al cerrar la ventana se cierra la sesión y se sale de Balcony.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::MessageDelegate</name>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="162"/>
        <source>Queued: it goes out as soon as you are online.</source>
        <translation>En cola: se enviará en cuanto te conectes.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="164"/>
        <source>Sent; the server has not confirmed it yet.</source>
        <translation>Enviado; el servidor aún no lo ha confirmado.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="166"/>
        <source>Acknowledged by the server.</source>
        <translation>Confirmado por el servidor.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="168"/>
        <source>Delivered to %1.</source>
        <translation>Entregado a %1.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="170"/>
        <source>Displayed by %1.</source>
        <translation>Visto por %1.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="172"/>
        <source>Not delivered.</source>
        <translation>No entregado.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="172"/>
        <source>Not delivered: %1</source>
        <translation>No entregado: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="183"/>
        <source>Encrypted (online session)</source>
        <translation>Cifrado (sesión en línea)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="185"/>
        <source>Encrypted (offline session)</source>
        <translation>Cifrado (sesión sin conexión)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="187"/>
        <source>Encrypted (OMEMO)</source>
        <translation>Cifrado (OMEMO)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="189"/>
        <source>Encrypted (OMEMO 2)</source>
        <translation>Cifrado (OMEMO 2)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="193"/>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="207"/>
        <location filename="../ui/MessageDelegate.cpp" line="951"/>
        <source>Could not be decrypted.</source>
        <translation>No se ha podido descifrar.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="207"/>
        <location filename="../ui/MessageDelegate.cpp" line="951"/>
        <source>Could not be decrypted: %1</source>
        <translation>No se ha podido descifrar: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="257"/>
        <source>private message to %1</source>
        <translation>mensaje privado a %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="312"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="316"/>
        <source>via PubSub</source>
        <translation>por PubSub</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="323"/>
        <source>send it again to retry</source>
        <translation>vuelve a enviarlo para reintentarlo</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="326"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="438"/>
        <location filename="../ui/MessageDelegate.cpp" line="468"/>
        <location filename="../ui/MessageDelegate.cpp" line="585"/>
        <location filename="../ui/MessageDelegate.cpp" line="665"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="941"/>
        <source>End-to-end encrypted with OMEMO (XEP-0384, version 0.3).</source>
        <translation>Cifrado de extremo a extremo con OMEMO (XEP-0384, versión 0.3).</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="942"/>
        <source>End-to-end encrypted with OMEMO 2 (XEP-0384).</source>
        <translation>Cifrado de extremo a extremo con OMEMO 2 (XEP-0384).</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="946"/>
        <source>From a device you have not verified.</source>
        <translation>De un dispositivo que no ha verificado.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="962"/>
        <source>Carried by publish-subscribe (XEP-0207 eventing mode), not as an ordinary message.</source>
        <translation>Transmitido por publicación-suscripción (modo eventing XEP-0207), no como un mensaje normal.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="970"/>
        <source>%1: click to open the image</source>
        <translation>%1: haz clic para abrir la imagen</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="260"/>
        <source>private message</source>
        <translation>mensaje privado</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="452"/>
        <location filename="../ui/MessageDelegate.cpp" line="670"/>
        <source>Show Image</source>
        <translation>Mostrar imagen</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="622"/>
        <source>Waiting to load the image…</source>
        <translation>Esperando para cargar la imagen…</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="625"/>
        <source>Loading the image… %1%</source>
        <translation>Cargando la imagen… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="627"/>
        <source>Loading the image…</source>
        <translation>Cargando la imagen…</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="629"/>
        <source>The image could not be shown.</source>
        <translation>No se pudo mostrar la imagen.</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="701"/>
        <source>Image %1, shown; press Enter to open it</source>
        <translation>Imagen %1, mostrada; pulsa Intro para abrirla</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="704"/>
        <source>Image %1, loading</source>
        <translation>Imagen %1, cargando</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="706"/>
        <source>Image %1, not shown: %2</source>
        <translation>Imagen %1, no mostrada: %2</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="708"/>
        <source>Image %1, not shown; press Enter to show it</source>
        <translation>Imagen %1, no mostrada; pulsa Intro para mostrarla</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="759"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="761"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="929"/>
        <source>Delayed: written %1</source>
        <translation>Con retraso: escrito %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="932"/>
        <source>Sender&apos;s clock: %1</source>
        <translation>Reloj del remitente: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="940"/>
        <source>End-to-end encrypted in an online session (XEP-0116).</source>
        <translation>Cifrado de extremo a extremo en una sesión en línea (XEP-0116).</translation>
    </message>
    <message>
        <location filename="../ui/MessageDelegate.cpp" line="943"/>
        <source>End-to-end encrypted in an offline session (XEP-0187).</source>
        <translation>Cifrado de extremo a extremo en una sesión sin conexión (XEP-0187).</translation>
    </message>
</context>
<context>
    <name>balcony::ui::MessageView</name>
    <message>
        <location filename="../ui/MessageView.cpp" line="74"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="77"/>
        <location filename="../ui/MessageView.cpp" line="257"/>
        <source>New messages</source>
        <translation>Mensajes nuevos</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="80"/>
        <location filename="../ui/MessageView.cpp" line="81"/>
        <source>Jump to the newest message</source>
        <translation>Saltar al mensaje más reciente</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="87"/>
        <source>Older messages</source>
        <translation>Mensajes anteriores</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MessageView.cpp" line="257"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="270"/>
        <source>Loading older messages from the server…</source>
        <translation>Cargando mensajes anteriores desde el servidor…</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="275"/>
        <source>Older messages could not be loaded. Try again</source>
        <translation>No se han podido cargar los mensajes anteriores. Inténtalo de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="475"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="508"/>
        <source>Download File…</source>
        <translation>Descargar archivo…</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="515"/>
        <location filename="../ui/MessageView.cpp" line="519"/>
        <source>Show Image</source>
        <translation>Mostrar imagen</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="515"/>
        <source>Open Image</source>
        <translation>Abrir imagen</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="527"/>
        <source>Open Link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="529"/>
        <source>Copy Link Address</source>
        <translation>Copiar dirección del enlace</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="536"/>
        <source>Reply Privately</source>
        <translation>Responder en privado</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="542"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="542"/>
        <source>Copy Message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="545"/>
        <source>Retry Sending</source>
        <translation>Reintentar el envío</translation>
    </message>
    <message>
        <location filename="../ui/MessageView.cpp" line="549"/>
        <source>Remove Message</source>
        <translation>Eliminar mensaje</translation>
    </message>
</context>
<context>
    <name>balcony::ui::OccupantDelegate</name>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="35"/>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="37"/>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="43"/>
        <source>moderator</source>
        <translation>moderador</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="45"/>
        <source>visitor (cannot speak)</source>
        <translation>visitante (no puede hablar)</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="45"/>
        <source>visitor</source>
        <translation>visitante</translation>
    </message>
    <message>
        <location filename="../ui/OccupantDelegate.cpp" line="51"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
</context>
<context>
    <name>balcony::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="22"/>
        <source>Balcony needs the password of &lt;b&gt;%1&lt;/b&gt; to sign in.</source>
        <translation>Balcony necesita la contraseña de &lt;b&gt;%1&lt;/b&gt; para iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="28"/>
        <source>&amp;Remember it in the system keychain</source>
        <translation>&amp;Recordarla en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="32"/>
        <source>&amp;Remember it until Balcony quits</source>
        <translation>&amp;Recordarla hasta que Balcony se cierre</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="40"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>balcony::ui::RemoveAccountDialog</name>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="22"/>
        <source>Remove &lt;b&gt;%1&lt;/b&gt; from Balcony? Its password is forgotten as well.</source>
        <translation>¿Eliminar &lt;b&gt;%1&lt;/b&gt; de Balcony? También se olvidará su contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="27"/>
        <source>Deleting the account on the server needs it to be online.</source>
        <translation>Para borrar la cuenta en el servidor, debe estar conectada.</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="29"/>
        <location filename="../ui/RemoveAccountDialog.cpp" line="36"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="30"/>
        <source>Remove the account</source>
        <translation>Eliminar la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="36"/>
        <source>&amp;Delete Everywhere</source>
        <translation>&amp;Borrar en todas partes</translation>
    </message>
    <message>
        <location filename="../ui/RemoveAccountDialog.cpp" line="84"/>
        <source>Waiting for the server…</source>
        <translation>Esperando al servidor…</translation>
    </message>
</context>
<context>
    <name>balcony::ui::RoomBrowserDialog</name>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="34"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="34"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="44"/>
        <source>&amp;Choose</source>
        <translation>&amp;Elegir</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="46"/>
        <source>conference.example.org</source>
        <translation>conference.example.org</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="83"/>
        <source>The room did not say more about itself: %1</source>
        <translation>La sala no dijo nada más sobre sí misma: %1</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="86"/>
        <source>Looking for the group chat services of %1…</source>
        <translation>Buscando los servicios de chat en grupo de %1…</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="89"/>
        <source>The account is not signed in.</source>
        <translation>La cuenta no ha iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="115"/>
        <source>The server could not be asked for its group chat services: %1</source>
        <translation>No se pudo preguntar al servidor por sus servicios de chat en grupo: %1</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="117"/>
        <source>Your server lists no group chat service. Type the address of one above.</source>
        <translation>Su servidor no indica ningún servicio de chat en grupo. Escriba arriba la dirección de uno.</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="137"/>
        <source>Listing the rooms of %1…</source>
        <translation>Listando las salas de %1…</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="159"/>
        <source>%1 did not list its rooms: %2</source>
        <translation>%1 no listó sus salas: %2</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="161"/>
        <source>%1 has no public rooms.</source>
        <translation>%1 no tiene salas públicas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="164"/>
        <source>%1 has more rooms than shown here: the list stops at %n rooms.</source>
        <translation>
            <numerusform>%1 tiene más salas de las que se muestran: la lista se detiene en %n sala.</numerusform>
            <numerusform>%1 tiene más salas de las que se muestran: la lista se detiene en %n salas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="180"/>
        <source>One room</source>
        <translation>Una sala</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="180"/>
        <source>%n rooms</source>
        <translation>
            <numerusform>%n sala</numerusform>
            <numerusform>%n salas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="182"/>
        <source>%1 of one room</source>
        <translation>%1 de una sala</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="182"/>
        <source>%1 of %n rooms</source>
        <translation>
            <numerusform>%1 de %n sala</numerusform>
            <numerusform>%1 de %n salas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="209"/>
        <source>%1 · one person</source>
        <translation>%1 · una persona</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="210"/>
        <source>%1 · %n people</source>
        <translation>
            <numerusform>%1 · %n persona</numerusform>
            <numerusform>%1 · %n personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="218"/>
        <source>needs a password</source>
        <translation>requiere contraseña</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="221"/>
        <source>members only</source>
        <translation>solo miembros</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="224"/>
        <source>moderated</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="227"/>
        <source>everyone there sees your address</source>
        <translation>todos allí ven su dirección</translation>
    </message>
    <message>
        <location filename="../ui/RoomBrowserDialog.cpp" line="230"/>
        <source>keeps an archive</source>
        <translation>guarda un archivo</translation>
    </message>
</context>
<context>
    <name>balcony::ui::RoomKeysDialog</name>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="50"/>
        <source>Encryption in %1</source>
        <translation>Cifrado en %1</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="52"/>
        <source>OMEMO messages in %1 are encrypted for every device of these members that you trust. To be sure nobody is in between, compare fingerprints with a member: select them and choose Compare Fingerprints.</source>
        <translation>Los mensajes OMEMO en %1 se cifran para cada dispositivo de estos miembros en el que confías. Para asegurarte de que nadie se interpone, compara las huellas con un miembro: selecciónalo y elige Comparar huellas.</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="59"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="161"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="165"/>
        <source>No OMEMO device: cannot read encrypted messages</source>
        <translation>Ningún dispositivo OMEMO: no puede leer mensajes cifrados</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="168"/>
        <source>%n device(s) NOT trusted yet</source>
        <translation>
            <numerusform>%n dispositivo aún NO es de confianza</numerusform>
            <numerusform>%n dispositivos aún NO son de confianza</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="171"/>
        <source>Every device distrusted</source>
        <translation>Todos los dispositivos rechazados</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="174"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="176"/>
        <source>%1 verified, %2 trusted without verification</source>
        <translation>%1 verificado(s), %2 de confianza sin verificar</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="178"/>
        <source>Trusted (not verified)</source>
        <translation>De confianza (sin verificar)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="181"/>
        <source>%n distrusted</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
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
            <numerusform>%n dispositivo OMEMO</numerusform>
            <numerusform>%n dispositivos OMEMO</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="205"/>
        <source>Fetching the members&apos; devices…</source>
        <translation>Obteniendo los dispositivos de los miembros…</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="207"/>
        <source>The room has no other members.</source>
        <translation>La sala no tiene otros miembros.</translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="209"/>
        <source>Nothing encrypted can be sent to the room until every member has a trusted device. Without one: %1.</source>
        <translation>No se puede enviar nada cifrado a la sala hasta que cada miembro tenga un dispositivo de confianza. Sin ninguno: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="213"/>
        <source>Your messages are encrypted for %n trusted device(s) of %1, and for your own other devices.</source>
        <translation>
            <numerusform>Tus mensajes se cifran para %n dispositivo de confianza de %1, y para tus otros dispositivos.</numerusform>
            <numerusform>Tus mensajes se cifran para %n dispositivos de confianza de %1, y para tus otros dispositivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="215"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RoomKeysDialog.cpp" line="217"/>
        <source>Devices not trusted yet get nothing: %1.</source>
        <translation>Los dispositivos que aún no son de confianza no reciben nada: %1.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="34"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="35"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="38"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="39"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="40"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="41"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="42"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="43"/>
        <source>Local Network</source>
        <translation>Red local</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="65"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="87"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="88"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="89"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="167"/>
        <source>You appear as %1.</source>
        <translation>Apareces como %1.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="168"/>
        <source>Use a name without “@” or spaces.</source>
        <translation>Usa un nombre sin «@» ni espacios.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="222"/>
        <source>Start on login</source>
        <translation>Iniciar con la sesión</translation>
    </message>
</context>
<context>
    <name>balcony::ui::SubscriptionRequestsBar</name>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="35"/>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="53"/>
        <source>Contact requests</source>
        <translation>Solicitudes de contacto</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="123"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to see when you are online (%2).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; quiere ver cuándo estás conectado (%2).</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="125"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to see when you are online.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; quiere ver cuándo estás conectado.</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="138"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="139"/>
        <source>Approve request from %1</source>
        <translation>Aprobar la solicitud de %1</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="141"/>
        <source>Let them subscribe to your presence by publish-subscribe (XEP-0207 eventing mode)</source>
        <translation>Permitir que se suscriban a tu presencia por publicación-suscripción (modo eventing XEP-0207)</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="142"/>
        <source>Let them see your presence, and ask to see theirs</source>
        <translation>Permitirle ver tu presencia y pedir ver la suya</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="143"/>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="144"/>
        <source>Deny request from %1</source>
        <translation>Denegar la solicitud de %1</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="145"/>
        <source>Refuse: they will not see when you are online</source>
        <translation>Rechazar: no verá cuándo estás conectado</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="146"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="147"/>
        <source>Decide later about %1</source>
        <translation>Decidir más tarde sobre %1</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="148"/>
        <source>Hide until Balcony starts again</source>
        <translation>Ocultar hasta que Balcony se vuelva a iniciar</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="152"/>
        <source>Available once %1 is connected</source>
        <translation>Disponible cuando la cuenta %1 esté conectada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="183"/>
        <source>%n more request(s): answer the ones above, or put them off with Later, to see them.</source>
        <translation>
            <numerusform>%n solicitud más: responde a las de arriba, o déjalas para después con «Más tarde», para verla.</numerusform>
            <numerusform>%n solicitudes más: responde a las de arriba, o déjalas para después con «Más tarde», para verlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="189"/>
        <source>Contact requests: %n</source>
        <translation>
            <numerusform>Solicitudes de contacto: %n</numerusform>
            <numerusform>Solicitudes de contacto: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::TrayIcon</name>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="19"/>
        <source>&amp;Open Balcony</source>
        <translation>&amp;Abrir Balcony</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="20"/>
        <source>Show the main window</source>
        <translation>Mostrar la ventana principal</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="22"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="34"/>
        <source>Sign out and quit Balcony</source>
        <translation>Cierra la sesión y sale de Balcony</translation>
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
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="45"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="46"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="47"/>
        <source>Go back one step</source>
        <translation>Volver un paso atrás</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="48"/>
        <location filename="../ui/WelcomeDialog.cpp" line="133"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="50"/>
        <source>Close without adding an account</source>
        <translation>Cerrar sin añadir ninguna cuenta</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="102"/>
        <source>Welcome to Balcony</source>
        <translation>Bienvenido a Balcony</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="106"/>
        <source>Sign in to your account</source>
        <translation>Inicia sesión en tu cuenta</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="111"/>
        <source>Create a new account</source>
        <translation>Crear una cuenta nueva</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="116"/>
        <source>Create an account on %1</source>
        <translation>Crear una cuenta en %1</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="134"/>
        <source>Check the address and password with the server, then add the account</source>
        <translation>Comprobar la dirección y la contraseña con el servidor y luego añadir la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="137"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="138"/>
        <source>Ask the server for its sign-up form</source>
        <translation>Pedir al servidor su formulario de registro</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="141"/>
        <source>&amp;Create Account</source>
        <translation>&amp;Crear cuenta</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="142"/>
        <source>Send the form to the server and sign in with the new account</source>
        <translation>Enviar el formulario al servidor e iniciar sesión con la nueva cuenta</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="236"/>
        <source>%1 is already one of your accounts.</source>
        <translation>%1 ya es una de tus cuentas.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="280"/>
        <source>Signing in as %1…</source>
        <translation>Iniciando sesión como %1…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="362"/>
        <source>Asking %1 for its sign-up form…</source>
        <translation>Pidiendo a %1 su formulario de registro…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="382"/>
        <source>%1 creates new accounts only on its web page: %2</source>
        <translation>%1 solo crea cuentas nuevas en su página web: %2</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="386"/>
        <source>%1 does not let clients create accounts.</source>
        <translation>%1 no permite que los clientes creen cuentas.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="388"/>
        <source>You can also sign up on the server&apos;s web page: %1</source>
        <translation>También puedes registrarte en la página web del servidor: %1</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="413"/>
        <source>Creating your account on %1…</source>
        <translation>Creando tu cuenta en %1…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="450"/>
        <source>The account %1 was created; signing in…</source>
        <translation>Se ha creado la cuenta %1; iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="468"/>
        <source>%1 Its SHA-256 fingerprint is %2.</source>
        <translation>%1 Su huella SHA-256 es %2.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="508"/>
        <source>Cannot record the decision to trust the certificate in %1: %2</source>
        <translation>No se puede guardar en %1 la decisión de confiar en el certificado: %2</translation>
    </message>
</context>
</TS>
