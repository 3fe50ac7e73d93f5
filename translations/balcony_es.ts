<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="21"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="27"/>
        <source>you@example.org</source>
        <translation>tu@example.org</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="32"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="51"/>
        <source>found automatically</source>
        <translation>detectado automáticamente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="56"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="65"/>
        <source>Use &amp;direct TLS on this port</source>
        <translation>Usar TLS di&amp;recto en este puerto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="81"/>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="91"/>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="112"/>
        <source>Review and &amp;trust this certificate…</source>
        <translation>Revisar este certificado y con&amp;fiar en él…</translation>
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
        <location filename="../src/stream/CertificateTrust.cpp" line="41"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="45"/>
        <source>%1 is too large to be a list of trusted certificates</source>
        <translation>%1 es demasiado grande para ser una lista de certificados de confianza</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="56"/>
        <source>The list of trusted certificates in %1 is damaged; no certificate is trusted until it is replaced</source>
        <translation>La lista de certificados de confianza de %1 está dañada; no se confía en ningún certificado hasta que se sustituya</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="85"/>
        <source>There is no certificate to trust</source>
        <translation>No hay ningún certificado en el que confiar</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="96"/>
        <source>Invalid domain or certificate fingerprint</source>
        <translation>Dominio o huella del certificado no válidos</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="200"/>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../src/stream/CertificateTrust.cpp" line="225"/>
        <location filename="../src/stream/CertificateTrust.cpp" line="233"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="32"/>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="34"/>
        <source>This account has been disabled on the server.</source>
        <translation>Esta cuenta se ha desactivado en el servidor.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="36"/>
        <source>The password has expired; change it with another client or on the server&apos;s website.</source>
        <translation>La contraseña ha caducado; cámbiala con otro cliente o en la web del servidor.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="38"/>
        <source>The server could not check the password right now; try again later.</source>
        <translation>El servidor no ha podido comprobar la contraseña en este momento; inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="41"/>
        <source>The server refused the authentication method (%1).</source>
        <translation>El servidor ha rechazado el método de autenticación (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="43"/>
        <source>Authentication failed (%1).</source>
        <translation>La autenticación ha fallado (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="46"/>
        <source>%1 The server said: %2</source>
        <translation>%1 El servidor respondió: %2</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="592"/>
        <source>The answer carries no service discovery information.</source>
        <translation>La respuesta no contiene información de descubrimiento de servicios.</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="596"/>
        <source>No answer to the service discovery query.</source>
        <translation>No hay respuesta a la consulta de descubrimiento de servicios.</translation>
    </message>
    <message>
        <location filename="../src/disco/DiscoManager.cpp" line="600"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="92"/>
        <source>The connection was lost.</source>
        <translation>Se ha perdido la conexión.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="158"/>
        <source>The server refused to send the contact list (%1).</source>
        <translation>El servidor se ha negado a enviar la lista de contactos (%1).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="162"/>
        <source>The server did not send the contact list in time.</source>
        <translation>El servidor no ha enviado la lista de contactos a tiempo.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="362"/>
        <source>The server did not accept the contact %1: its name or a group name is not allowed (%2).</source>
        <translation>El servidor no ha aceptado el contacto %1: su nombre o el nombre de un grupo no está permitido (%2).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="366"/>
        <source>The server refused to change the contact %1 (%2).</source>
        <translation>El servidor se ha negado a cambiar el contacto %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="371"/>
        <source>The server did not confirm the change to the contact %1 in time.</source>
        <translation>El servidor no ha confirmado a tiempo el cambio del contacto %1.</translation>
    </message>
    <message>
        <location filename="../src/im/RosterManager.cpp" line="376"/>
        <source>The connection was lost before the server confirmed the change to the contact %1.</source>
        <translation>Se ha perdido la conexión antes de que el servidor confirmara el cambio del contacto %1.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="125"/>
        <source>No contact address was given.</source>
        <translation>No se ha indicado ninguna dirección de contacto.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="133"/>
        <source>Your server does not support approving %1 in advance; approve the request when it arrives.</source>
        <translation>Tu servidor no permite aprobar a %1 por adelantado; aprueba la solicitud cuando llegue.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="141"/>
        <source>Not connected: %1 could not be approved in advance.</source>
        <translation>Sin conexión: no se ha podido aprobar a %1 por adelantado.</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="193"/>
        <source>Not sharing presence</source>
        <translation>No compartís el estado</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="195"/>
        <source>Waiting for the contact to approve your request</source>
        <translation>Esperando a que el contacto apruebe tu solicitud</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="197"/>
        <source>Wants to see your presence</source>
        <translation>Quiere ver tu estado</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="199"/>
        <source>Both of you asked; waiting for each other&apos;s approval</source>
        <translation>Los dos lo habéis pedido; cada uno espera la aprobación del otro</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="201"/>
        <source>You see their presence; they do not see yours</source>
        <translation>Tú ves su estado; el contacto no ve el tuyo</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="203"/>
        <source>You see their presence; they want to see yours</source>
        <translation>Tú ves su estado; el contacto quiere ver el tuyo</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="205"/>
        <source>They see your presence; you do not see theirs</source>
        <translation>El contacto ve tu estado; tú no ves el suyo</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="207"/>
        <source>They see your presence; waiting for them to approve your request</source>
        <translation>El contacto ve tu estado; tu solicitud espera su aprobación</translation>
    </message>
    <message>
        <location filename="../src/im/SubscriptionManager.cpp" line="210"/>
        <source>Sharing presence both ways</source>
        <translation>Compartís el estado mutuamente</translation>
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
        <location filename="../src/pubsub/PubSubManager.cpp" line="93"/>
        <source>creating the node “%1”</source>
        <translation>creación del nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="115"/>
        <source>changing the configuration of the node “%1”</source>
        <translation>cambio de la configuración del nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="127"/>
        <source>sending the configuration of the node “%1”</source>
        <translation>envío de la configuración del nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="174"/>
        <source>publishing to the node “%1”</source>
        <translation>publicación en el nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="309"/>
        <source>sending the items of the node “%1”</source>
        <translation>envío de los elementos del nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="345"/>
        <source>removing an item from the node “%1”</source>
        <translation>eliminación de un elemento del nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="358"/>
        <source>removing every item from the node “%1”</source>
        <translation>eliminación de todos los elementos del nodo «%1»</translation>
    </message>
    <message>
        <location filename="../src/pubsub/PubSubManager.cpp" line="370"/>
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
        <translation>La sesión cifrada ya se inició una vez: esto es una repetición.</translation>
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
        <location filename="../src/esession/PublicKeyManager.cpp" line="55"/>
        <location filename="../src/esession/EsessionManager.cpp" line="157"/>
        <location filename="../src/esession/EsessionManager.cpp" line="365"/>
        <location filename="../src/esession/EsessionManager.cpp" line="493"/>
        <location filename="../src/esession/OnlineSessions.cpp" line="183"/>
        <source>The encryption keys are locked.</source>
        <translation>Las claves de cifrado están bloqueadas.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="60"/>
        <source>The stored signing key cannot be read.</source>
        <translation>No se puede leer la clave de firma guardada.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="68"/>
        <source>A signing key could not be generated.</source>
        <translation>No se ha podido generar una clave de firma.</translation>
    </message>
    <message>
        <location filename="../src/esession/PublicKeyManager.cpp" line="72"/>
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
        <location filename="../src/account/Account.cpp" line="145"/>
        <source>The account&apos;s stores are incomplete.</source>
        <translation>Los almacenes de la cuenta están incompletos.</translation>
    </message>
    <message>
        <location filename="../src/account/ChatSender.cpp" line="79"/>
        <source>The message could not be stored: %1</source>
        <translation>No se pudo guardar el mensaje: %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountController.cpp" line="52"/>
        <source>The profile of %1 cannot be opened.</source>
        <translation>No se puede abrir el perfil de %1.</translation>
    </message>
</context>
<context>
    <name>balcony::ArchiveManager</name>
    <message>
        <location filename="../src/im/ArchiveManager.cpp" line="108"/>
        <location filename="../src/im/ArchiveManager.cpp" line="202"/>
        <source>The server did not answer the archive query.</source>
        <translation>El servidor no ha respondido a la consulta del archivo.</translation>
    </message>
    <message>
        <location filename="../src/im/ArchiveManager.cpp" line="166"/>
        <location filename="../src/im/ArchiveManager.cpp" line="216"/>
        <source>The archived messages could not be stored.</source>
        <translation>No se han podido guardar los mensajes archivados.</translation>
    </message>
</context>
<context>
    <name>balcony::Connection</name>
    <message>
        <location filename="../src/stream/Connection.cpp" line="86"/>
        <source>The account address must look like name@example.org.</source>
        <translation>La dirección de la cuenta debe tener la forma nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="88"/>
        <source>No password is set for this account.</source>
        <translation>No hay ninguna contraseña definida para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="323"/>
        <source>The server sent invalid data (%1); the connection was closed.</source>
        <translation>El servidor ha enviado datos no válidos (%1); se ha cerrado la conexión.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="338"/>
        <source>The server closed the connection.</source>
        <translation>El servidor ha cerrado la conexión.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="706"/>
        <source>The connection to the server was lost.</source>
        <translation>Se ha perdido la conexión con el servidor.</translation>
    </message>
    <message>
        <location filename="../src/stream/Connection.cpp" line="729"/>
        <source>The server did not complete the login in time.</source>
        <translation>El servidor no ha completado el inicio de sesión a tiempo.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="199"/>
        <source>The server acknowledged messages it was never sent; the session was reset.</source>
        <translation>El servidor ha confirmado mensajes que nunca se le enviaron; se ha restablecido la sesión.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="316"/>
        <source>The server acknowledged messages it was never sent; the connection was closed.</source>
        <translation>El servidor ha confirmado mensajes que nunca se le enviaron; se ha cerrado la conexión.</translation>
    </message>
    <message>
        <location filename="../src/stream/ConnectionSession.cpp" line="404"/>
        <source>The server stopped answering; reconnecting.</source>
        <translation>El servidor ha dejado de responder; reconectando.</translation>
    </message>
</context>
<context>
    <name>balcony::Database</name>
    <message>
        <location filename="../src/storage/Database.cpp" line="190"/>
        <location filename="../src/storage/Database.cpp" line="244"/>
        <location filename="../src/storage/Database.cpp" line="346"/>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="249"/>
        <source>the folder cannot be created</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="254"/>
        <source>the folder is not writable</source>
        <translation>no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="275"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="322"/>
        <source>The database %1 was written by a newer version of Balcony (schema %2; this version knows schema %3). It was left unchanged; please use a newer version of Balcony.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de Balcony (esquema %2; esta versión conoce el esquema %3). No se ha modificado; usa una versión más reciente de Balcony.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="357"/>
        <source>Could not update the database %1 to the current format; it was left as it was. %2</source>
        <translation>No se ha podido actualizar la base de datos %1 al formato actual; se ha dejado como estaba. %2</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="376"/>
        <source>The database %1 is damaged and could not be moved aside (%2). Nothing was changed.</source>
        <translation>La base de datos %1 está dañada y no se ha podido apartar (%2). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="387"/>
        <source>The database %1 was damaged and could not be read. It was kept as %2 and a new database was created; contacts and server information will be fetched again from the server.</source>
        <translation>La base de datos %1 estaba dañada y no se ha podido leer. Se ha conservado como %2 y se ha creado una base de datos nueva; los contactos y la información del servidor se volverán a obtener del servidor.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="469"/>
        <source>%1 did not take effect (%2)</source>
        <translation>%1 no ha surtido efecto (%2)</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="520"/>
        <location filename="../src/storage/Database.cpp" line="524"/>
        <source>schema version %1: %2</source>
        <translation>versión de esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>balcony::MessageManager</name>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="109"/>
        <source>A message needs a recipient and a text.</source>
        <translation>Un mensaje necesita un destinatario y un texto.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="123"/>
        <source>The message could not be saved, so it was not sent.</source>
        <translation>No se ha podido guardar el mensaje, así que no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="428"/>
        <source>The correction could not be sent: not connected.</source>
        <translation>No se pudo enviar la corrección: sin conexión.</translation>
    </message>
    <message>
        <location filename="../src/im/MessageManager.cpp" line="438"/>
        <source>There is no message of yours to correct.</source>
        <translation>No tienes ningún mensaje que corregir.</translation>
    </message>
</context>
<context>
    <name>balcony::Negotiator</name>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="162"/>
        <source>The server does not support XMPP 1.0 streams.</source>
        <translation>El servidor no admite flujos XMPP 1.0.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="168"/>
        <source>The server opened a stream of the wrong kind.</source>
        <translation>El servidor ha abierto un flujo de tipo incorrecto.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="231"/>
        <source>The server does not offer encryption (STARTTLS); Balcony never logs in without it.</source>
        <translation>El servidor no ofrece cifrado (STARTTLS); Balcony nunca inicia sesión sin él.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="242"/>
        <source>The server could not start encryption (STARTTLS failed).</source>
        <translation>El servidor no ha podido iniciar el cifrado (ha fallado STARTTLS).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="263"/>
        <location filename="../src/stream/Negotiator.cpp" line="282"/>
        <source>The server offers no authentication method Balcony supports (offered: %1).</source>
        <translation>El servidor no ofrece ningún método de autenticación que Balcony admita (ofrecidos: %1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="320"/>
        <source>The server failed to prove that it knows your password; it may be an impostor (%1).</source>
        <translation>El servidor no ha podido demostrar que conoce tu contraseña; podría ser un impostor (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="406"/>
        <source>The resource name cannot be used (%1).</source>
        <translation>No se puede usar el nombre del recurso (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="425"/>
        <source>The server does not offer resource binding.</source>
        <translation>El servidor no ofrece la vinculación de recursos.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="446"/>
        <source>The resource &quot;%1&quot; is in use; the next attempt lets the server choose one.</source>
        <translation>El recurso «%1» está en uso; en el próximo intento el servidor elegirá uno.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="455"/>
        <source>The server refused to bind a resource (%1).</source>
        <translation>El servidor se ha negado a vincular un recurso (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="461"/>
        <source>The server bound an invalid address (%1).</source>
        <translation>El servidor ha vinculado una dirección no válida (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="473"/>
        <source>The server refused to establish a session (%1).</source>
        <translation>El servidor se ha negado a establecer una sesión (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="525"/>
        <source>The server sent something unexpected while logging in (&lt;%1/&gt;).</source>
        <translation>El servidor ha enviado algo inesperado durante el inicio de sesión (&lt;%1/&gt;).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="583"/>
        <source>Another client logged in with the same resource and replaced this connection.</source>
        <translation>Otro cliente ha iniciado sesión con el mismo recurso y ha sustituido esta conexión.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="586"/>
        <source>The server is shutting down.</source>
        <translation>El servidor se está apagando.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="589"/>
        <source>The server does not host this domain.</source>
        <translation>El servidor no aloja este dominio.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="592"/>
        <source>The server closed the connection for a policy violation.</source>
        <translation>El servidor ha cerrado la conexión por incumplir sus normas.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="595"/>
        <source>The server redirected the connection more than once, or to an invalid address.</source>
        <translation>El servidor ha redirigido la conexión más de una vez o a una dirección no válida.</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="598"/>
        <source>The server closed the stream (%1).</source>
        <translation>El servidor ha cerrado el flujo (%1).</translation>
    </message>
    <message>
        <location filename="../src/stream/Negotiator.cpp" line="602"/>
        <source>%1 The server said: %2</source>
        <translation>%1 El servidor respondió: %2</translation>
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
        <location filename="../src/stream/TcpTransport.cpp" line="110"/>
        <source>No server address to connect to</source>
        <translation>No hay ninguna dirección de servidor a la que conectarse</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="180"/>
        <source>the host name was not found</source>
        <translation>no se ha encontrado el nombre del host</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="336"/>
        <location filename="../src/stream/TcpTransport.cpp" line="360"/>
        <source>The server closed the connection</source>
        <translation>El servidor ha cerrado la conexión</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="339"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>Se ha perdido la conexión con %1: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="363"/>
        <source>the server closed the connection</source>
        <translation>el servidor ha cerrado la conexión</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="454"/>
        <source>DNS lookup timed out</source>
        <translation>se ha agotado el tiempo de la consulta DNS</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="459"/>
        <source>connection timed out</source>
        <translation>se ha agotado el tiempo de conexión</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="464"/>
        <source>the TLS handshake timed out</source>
        <translation>se ha agotado el tiempo de la negociación TLS</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="484"/>
        <source>TLS cannot be started on this connection</source>
        <translation>no se puede iniciar TLS en esta conexión</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="679"/>
        <source>Secure connection to %1 failed: %2</source>
        <translation>Ha fallado la conexión segura con %1: %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="697"/>
        <source>self-signed</source>
        <translation>autofirmado</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="700"/>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="703"/>
        <source>not valid yet</source>
        <translation>todavía no es válido</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="710"/>
        <source>issued for a different name</source>
        <translation>emitido para otro nombre</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="711"/>
        <source>issued for %1, not %2</source>
        <translation>emitido para %1, no para %2</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="720"/>
        <source>issued by an unknown authority</source>
        <translation>emitido por una autoridad desconocida</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="723"/>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <location filename="../src/stream/TcpTransport.cpp" line="738"/>
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
    <name>balcony::app::AccountList</name>
    <message>
        <location filename="../src/app/AccountList.cpp" line="60"/>
        <source>The account list %1 cannot be read.</source>
        <translation>No se puede leer la lista de cuentas %1.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="92"/>
        <source>The account list %1 was written by a newer version of Balcony and is left as it is.</source>
        <translation>La lista de cuentas %1 la escribió una versión más reciente de Balcony y se deja como está.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountList.cpp" line="118"/>
        <source>The account list %1 cannot be written.</source>
        <translation>No se puede escribir la lista de cuentas %1.</translation>
    </message>
</context>
<context>
    <name>balcony::app::AccountManager</name>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="141"/>
        <source>An account address looks like name@example.org.</source>
        <translation>Una dirección de cuenta tiene la forma nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="147"/>
        <source>%1 is already in the list of accounts.</source>
        <translation>%1 ya está en la lista de cuentas.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="172"/>
        <location filename="../src/app/AccountManager.cpp" line="196"/>
        <location filename="../src/app/AccountManager.cpp" line="227"/>
        <source>%1 is not in the list of accounts.</source>
        <translation>%1 no está en la lista de cuentas.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="202"/>
        <source>The account could not be changed.</source>
        <translation>No se pudo modificar la cuenta.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="291"/>
        <source>No password is stored for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="327"/>
        <source>There is no certificate to trust.</source>
        <translation>No hay ningún certificado en el que confiar.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountManager.cpp" line="334"/>
        <source>Cannot record the decision in %1: %2</source>
        <translation>No se puede guardar la decisión en %1: %2</translation>
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
    <name>balcony::app::KeychainPasswordStore</name>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="110"/>
        <source>No keychain is available on this desktop (neither a Secret Service such as GNOME Keyring nor KWallet is running).</source>
        <translation>No hay ningún llavero disponible en este escritorio (no se está ejecutando ni un Secret Service como GNOME Keyring ni KWallet).</translation>
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
        <translation>Pruebe «balcony --help» para obtener más información.</translation>
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
    <name>balcony::app::MemoryPasswordStore</name>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="165"/>
        <source>No password is stored for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
</context>
<context>
    <name>balcony::app::PasswordStore</name>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="29"/>
        <source>No password is stored for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="34"/>
        <source>No keychain is available on this desktop (%1).</source>
        <translation>No hay ningún llavero disponible en este escritorio (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="39"/>
        <source>The keychain refused access (%1).</source>
        <translation>El llavero ha denegado el acceso (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/PasswordStore.cpp" line="46"/>
        <source>The keychain failed: %1</source>
        <translation>Error del llavero: %1</translation>
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
        <location filename="../src/app/XmppUri.cpp" line="232"/>
        <source>The xmpp: link names no address.</source>
        <translation>El enlace xmpp: no indica ninguna dirección.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="210"/>
        <source>A parameter in the xmpp: link is not written as key=value.</source>
        <translation>Un parámetro del enlace xmpp: no tiene la forma clave=valor.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="261"/>
        <source>Balcony does not support group chats yet, so it cannot join %1.</source>
        <translation>Balcony todavía no admite chats de grupo, así que no puede unirse a %1.</translation>
    </message>
    <message>
        <location filename="../src/app/XmppUri.cpp" line="265"/>
        <source>Balcony does not support the &quot;%1&quot; action of xmpp: links yet.</source>
        <translation>Balcony todavía no admite la acción «%1» de los enlaces xmpp:.</translation>
    </message>
</context>
<context>
    <name>balcony::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>Enter your full address, like you@example.org.</source>
        <translation>Escribe tu dirección completa, por ejemplo tu@example.org.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>This address is not valid: %1</source>
        <translation>Esta dirección no es válida: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Signed in as %1 via %2 (%3, %4); ready in %5 ms.</source>
        <translation>Sesión iniciada como %1 a través de %2 (%3, %4); lista en %5 ms.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>&lt;p&gt;Balcony could not verify the identity of &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Issued to: %2&lt;br&gt;Issued by: %3&lt;br&gt;Valid: %4 to %5&lt;br&gt;SHA-256 fingerprint:&lt;br&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Only trust this certificate if you have checked the fingerprint with the server&apos;s administrator. Anyone able to intercept your connection could otherwise read your messages.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Balcony no ha podido verificar la identidad de &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Emitido para: %2&lt;br&gt;Emitido por: %3&lt;br&gt;Válido: del %4 al %5&lt;br&gt;Huella SHA-256:&lt;br&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Confía en este certificado solo si has comprobado la huella con el administrador del servidor. De lo contrario, cualquiera que pueda interceptar tu conexión podría leer tus mensajes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Could not save the trust decision in %1.</source>
        <translation>No se ha podido guardar la decisión de confianza en %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="51"/>
        <location filename="../ui/main.cpp" line="54"/>
        <source>Cannot open link</source>
        <translation>No se puede abrir el enlace</translation>
    </message>
</context>
</TS>
