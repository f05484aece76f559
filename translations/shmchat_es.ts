<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../app/gui/announcer.cpp" line="19"/>
        <source>%1 says: %2</source>
        <translation>%1 dice: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/announcer.cpp" line="32"/>
        <source>New messages: %1</source>
        <translation>Mensajes nuevos: %1</translation>
    </message>
</context>
<context>
    <name>BenchCli</name>
    <message>
        <location filename="../bench/main.cpp" line="61"/>
        <source>Measures ShmChat&apos;s shared-memory transport against QLocalSocket: throughput without loss (1 to 1 and 1 to 8 readers), one-way latency per poll interval, CPU use of an idle member, and event-loop stalls of the chat window and of a bare reader under a flood. Targets are reported, never asserted.</source>
        <translation>Mide el transporte por memoria compartida de ShmChat frente a QLocalSocket: rendimiento sin pérdidas (1 a 1 y 1 a 8 lectores), latencia de ida por intervalo de sondeo, uso de CPU de un miembro inactivo y bloqueos del bucle de eventos de la ventana de chat y de un lector simple bajo una avalancha de mensajes. Los objetivos se informan, nunca se imponen.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="66"/>
        <source>Shorter runs; finishes in under a minute.</source>
        <translation>Ejecuciones más cortas; termina en menos de un minuto.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="67"/>
        <source>Print one JSON object per result line instead of a table.</source>
        <translation>Imprimir un objeto JSON por línea de resultado en lugar de una tabla.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="69"/>
        <source>Run only these scenarios (comma-separated): throughput, latency, idle, flood, costs, picture.</source>
        <translation>Ejecutar solo estos escenarios (separados por comas): throughput, latency, idle, flood, costs, picture.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="70"/>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="72"/>
        <source>Also write the JSON lines to this file, so one run gives both forms.</source>
        <translation>Escribir también las líneas JSON en este archivo, para obtener ambas formas en una sola ejecución.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="73"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
</context>
<context>
    <name>BridgeCli</name>
    <message>
        <location filename="../app/bridge/main.cpp" line="42"/>
        <source>Joins a ShmChat room on this machine to the same room on other machines through a NATS JetStream cluster.</source>
        <translation>Une una sala de ShmChat de esta máquina con la misma sala en otras máquinas a través de un clúster NATS JetStream.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="45"/>
        <source>The room to join.</source>
        <translation>La sala a la que unirse.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="47"/>
        <source>NATS servers, comma-separated (nats://HOST:PORT or tls://HOST:PORT).</source>
        <translation>Servidores NATS, separados por comas (nats://HOST:PUERTO o tls://HOST:PUERTO).</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="50"/>
        <source>A file holding &quot;user:password&quot;, a token, or a NATS .creds file.</source>
        <translation>Un archivo con «usuario:contraseña», un token o un archivo .creds de NATS.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="53"/>
        <source>Use TLS, trusting the certificate authority in FILE.</source>
        <translation>Usar TLS, confiando en la autoridad de certificación de FILE.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="55"/>
        <source>This machine&apos;s name as other machines show it (default: the host name).</source>
        <translation>El nombre de esta máquina tal como lo muestran las demás (por defecto: el nombre del host).</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="58"/>
        <source>How many messages the room&apos;s stream keeps, when the bridge creates it.</source>
        <translation>Cuántos mensajes conserva el flujo de la sala, cuando el puente lo crea.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="61"/>
        <source>Copies of the room&apos;s stream in the cluster, when the bridge creates it.</source>
        <translation>Copias del flujo de la sala en el clúster, cuando el puente lo crea.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="73"/>
        <source>--server is required (nats://HOST:PORT, several separated by commas).</source>
        <translation>--server es obligatorio (nats://HOST:PUERTO, varios separados por comas).</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="79"/>
        <source>&quot;%1&quot; cannot be a machine name: at most %2 bytes, one line, visible characters (choose one with --machine).</source>
        <translation>«%1» no puede ser un nombre de máquina: como mucho %2 bytes, una línea, caracteres visibles (elija uno con --machine).</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="87"/>
        <source>--stream-max-messages takes a whole number of 1 or more.</source>
        <translation>--stream-max-messages admite un número entero de 1 o más.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="90"/>
        <source>--replicas takes a number from 1 to 5.</source>
        <translation>--replicas admite un número del 1 al 5.</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="220"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="246"/>
        <location filename="../app/gui/chatwindow.cpp" line="147"/>
        <source>Change &amp;Nickname…</source>
        <translation>Cambiar &amp;apodo…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="254"/>
        <source>Switch &amp;Room…</source>
        <translation>Cambiar de sa&amp;la…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="262"/>
        <source>New &amp;Window</source>
        <translation>Nueva &amp;ventana</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="267"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="230"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="235"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="275"/>
        <source>&amp;About ShmChat</source>
        <translation>&amp;Acerca de ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="38"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="45"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="10"/>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="110"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="107"/>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="98"/>
        <source>Write a message… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>Escribe un mensaje… (Intro lo envía, Mayús+Intro añade una línea)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="95"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="80"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="191"/>
        <source>&amp;Members</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="204"/>
        <source>Members</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="153"/>
        <source>Send error</source>
        <translation>Error de envío</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="123"/>
        <source>Remaining message length</source>
        <translation>Longitud restante del mensaje</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="148"/>
        <source>&amp;Find in Messages…</source>
        <translation>&amp;Buscar en los mensajes…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="149"/>
        <source>Send &amp;Picture…</source>
        <translation>Enviar &amp;imagen…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="285"/>
        <source>ShmChat — %1 — %2</source>
        <comment>window title: room, nickname</comment>
        <translation>ShmChat — %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="287"/>
        <source>(%1) %2</source>
        <comment>window title: unread count, title</comment>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="335"/>
        <location filename="../app/gui/chatwindow.cpp" line="342"/>
        <source>Change Nickname</source>
        <translation>Cambiar apodo</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="335"/>
        <source>New nickname:</source>
        <translation>Nuevo apodo:</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="363"/>
        <source>Switch Room</source>
        <translation>Cambiar de sala</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="372"/>
        <source>New Window</source>
        <translation>Nueva ventana</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="372"/>
        <source>Nickname for the new window:</source>
        <translation>Apodo para la nueva ventana:</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="386"/>
        <source>Could not start a new window.</source>
        <translation>No se pudo abrir una ventana nueva.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="391"/>
        <source>About ShmChat</source>
        <translation>Acerca de ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="392"/>
        <source>ShmChat %1

Chat between programs on this computer through shared memory.</source>
        <translation>ShmChat %1

Chat entre programas de este equipo mediante memoria compartida.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowextras.cpp" line="80"/>
        <source>Could not open %1: no web browser or other program for links is set up.</source>
        <translation>No se pudo abrir %1: no hay ningún navegador web ni otro programa para enlaces configurado.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="47"/>
        <source>&amp;Direct Message…</source>
        <translation>Mensaje &amp;directo…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="80"/>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="82"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 y %2 están escribiendo…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="84"/>
        <source>Several people are typing…</source>
        <translation>Varias personas están escribiendo…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="152"/>
        <source>member %1</source>
        <translation>participante %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="166"/>
        <source>%1 sent you a direct message.</source>
        <translation>%1 te ha enviado un mensaje directo.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="212"/>
        <source>Nobody called &quot;%1&quot; is in the room besides you: /msg takes a member&apos;s name, then the message.</source>
        <translation>Aparte de ti, nadie llamado «%1» está en la sala: /msg espera el nombre de un participante y luego el mensaje.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowpictures.cpp" line="71"/>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowpictures.cpp" line="80"/>
        <source>Send Picture</source>
        <translation>Enviar imagen</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowpictures.cpp" line="81"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="280"/>
        <source>timed out after %1 s with %2 messages</source>
        <translation>tiempo agotado tras %1 s con %2 mensajes</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="213"/>
        <source>nobody called &quot;%1&quot; is in room &quot;%2&quot; (see who).</source>
        <translation>nadie llamado «%1» está en la sala «%2» (consulta who).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="324"/>
        <source>this system offers no list of rooms.</source>
        <translation>este sistema no ofrece una lista de salas.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="358"/>
        <source>The room to use.</source>
        <translation>La sala que se usará.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="358"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="359"/>
        <source>Your nickname (listen: join as a member under this name).</source>
        <translation>Tu apodo (listen: unirse como participante con este nombre).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="359"/>
        <location filename="../app/cli/main.cpp" line="363"/>
        <source>nickname</source>
        <translation>apodo</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="361"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="362"/>
        <source>listen: exit 1 if the count is not reached after this many seconds.</source>
        <translation>listen: salir con 1 si no se alcanza el número tras estos segundos.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="362"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="363"/>
        <source>send: a direct message to this member alone (not secret: any program of your user can read the room).</source>
        <translation>send: un mensaje directo solo para este participante (no es secreto: cualquier programa de tu usuario puede leer la sala).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="364"/>
        <source>listen: print the room&apos;s recent history first.</source>
        <translation>listen: mostrar primero el historial reciente de la sala.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="365"/>
        <source>listen: poll every this many milliseconds (default %1).</source>
        <translation>listen: consultar cada tantos milisegundos (por defecto %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="365"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="367"/>
        <source>send, listen, who or rooms.</source>
        <translation>send, listen, who o rooms.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="454"/>
        <source>unknown command &quot;%1&quot;; use send, listen, who or rooms (see --help).</source>
        <translation>orden «%1» desconocida; usa send, listen, who o rooms (consulta --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="368"/>
        <source>send: the message.</source>
        <translation>send: el mensaje.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="170"/>
        <location filename="../app/cli/main.cpp" line="175"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="348"/>
        <source>Talk to a ShmChat room from a terminal.

Commands:
  send --room R --name N TEXT...   post one message
  send ... --to MEMBER TEXT...     post it to that member alone
  send --room R --name N --image FILE   post one picture (PNG, JPEG, GIF)
  listen --room R [--name N]       print messages as JSON lines
  who --room R                     print the members as JSON lines
  rooms                            print your rooms with members now, as JSON lines</source>
        <translation>Habla en una sala de ShmChat desde una terminal.

Órdenes:
  send --room R --name N TEXT...   envía un mensaje
  send ... --to MEMBER TEXT...     lo envía solo a ese participante
  send --room R --name N --image FILE   enviar una imagen (PNG, JPEG, GIF)
  listen --room R [--name N]       muestra los mensajes como líneas JSON
  who --room R                     muestra los participantes como líneas JSON
  rooms                            muestra tus salas con participantes ahora, como líneas JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="360"/>
        <source>send: post this picture file (PNG, JPEG or GIF) instead of text.</source>
        <translation>send: enviar este archivo de imagen (PNG, JPEG o GIF) en lugar de texto.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="360"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="361"/>
        <source>listen: exit 0 after this many text messages and pictures (received or reported missed).</source>
        <translation>listen: salir con 0 tras este número de mensajes de texto e imágenes (recibidos o notificados como perdidos).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="368"/>
        <source>[TEXT...]</source>
        <translation>[TEXTO...]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="385"/>
        <source>--count takes a whole number of 0 or more.</source>
        <translation>--count requiere un número entero igual o mayor que 0.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="392"/>
        <source>--timeout takes a number of seconds between 0 and 86400.</source>
        <translation>--timeout requiere un número de segundos entre 0 y 86400.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="399"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval requiere un número de milisegundos entre 1 y 1000.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="405"/>
        <source>rooms takes no room, name or text.</source>
        <translation>rooms no admite sala, nombre ni texto.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="411"/>
        <source>--room is required.</source>
        <translation>--room es obligatorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="417"/>
        <source>send needs --name.</source>
        <translation>send necesita --name.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="422"/>
        <source>--image needs a file name.</source>
        <translation>--image necesita un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="426"/>
        <source>send --image takes no message text.</source>
        <translation>send --image no admite texto de mensaje.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="431"/>
        <source>--to cannot be used with --image: pictures go to the whole room.</source>
        <translation>--to no se puede usar con --image: las imágenes van a toda la sala.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="437"/>
        <source>send needs the message text.</source>
        <translation>send necesita el texto del mensaje.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="443"/>
        <source>--to belongs to send.</source>
        <translation>--to va con send.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="447"/>
        <source>unexpected arguments: %1</source>
        <translation>argumentos inesperados: %1</translation>
    </message>
</context>
<context>
    <name>DirectConversation</name>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="90"/>
        <source>%1 wrote from outside the room (a program that is not a member): there is nobody to answer.</source>
        <translation>%1 escribió desde fuera de la sala (un programa que no es participante): no hay nadie a quien responder.</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="95"/>
        <source>%1 has left the room: the message was not sent.</source>
        <translation>%1 ha salido de la sala: el mensaje no se envió.</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="124"/>
        <source>Direct messages with %1 — ShmChat</source>
        <translation>Mensajes directos con %1 — ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="126"/>
        <source>Only you and %1 see these messages in ShmChat. They are not secret: any program running as your user can read the room&apos;s shared memory.</source>
        <translation>Solo tú y %1 veis estos mensajes en ShmChat. No son secretos: cualquier programa que se ejecute con tu usuario puede leer la memoria compartida de la sala.</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="129"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="130"/>
        <source>Write to %1 alone…</source>
        <translation>Escribir solo a %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="131"/>
        <source>Direct message to %1</source>
        <translation>Mensaje directo a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="132"/>
        <source>Direct messages with %1</source>
        <translation>Mensajes directos con %1</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="64"/>
        <source>Chat with other ShmChat windows on this computer.</source>
        <translation>Chatea con otras ventanas de ShmChat en este equipo.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Your nickname (default: the last one you chose, else your user name).</source>
        <translation>Tu apodo (por defecto: el último que elegiste o, si no, tu nombre de usuario).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>nickname</source>
        <translation>apodo</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>The room to join (default: the last one this nickname was in, else %1).</source>
        <translation>La sala a la que unirse (por defecto: la última de este apodo; si no, %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>The language of the user interface, such as de or ja (default: the system&apos;s).</source>
        <translation>El idioma de la interfaz, como de o ja (por defecto: el del sistema).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>Look for new messages every this many milliseconds (default %1).</source>
        <translation>Buscar mensajes nuevos cada tantos milisegundos (por defecto %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>Place the window in column I of N side by side, e.g. 2/3.</source>
        <translation>Colocar la ventana en la columna I de N, una junto a otra, p. ej. 2/3.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>I/N</source>
        <translation>I/N</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval requiere un número de milisegundos entre 1 y 1000.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="123"/>
        <source>--tile takes a column and a count, such as 2/3.</source>
        <translation>--tile espera una columna y un número, como 2/3.</translation>
    </message>
</context>
<context>
    <name>IpcChannel</name>
    <message>
        <location filename="../core/ipcchannel.cpp" line="111"/>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="112"/>
        <source>The room name is empty.</source>
        <translation>El nombre de la sala está vacío.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="113"/>
        <source>The nickname is empty.</source>
        <translation>El apodo está vacío.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="115"/>
        <source>The message is too long: at most %1 bytes of UTF-8 can be sent.</source>
        <translation>El mensaje es demasiado largo: se pueden enviar como máximo %1 bytes de UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="116"/>
        <source>The room name is too long: at most %1 bytes of UTF-8.</source>
        <translation>El nombre de la sala es demasiado largo: como máximo %1 bytes de UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="117"/>
        <source>The nickname is too long: at most %1 bytes of UTF-8.</source>
        <translation>El apodo es demasiado largo: como máximo %1 bytes de UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="119"/>
        <source>The message contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>El mensaje contiene caracteres dañados (sustitutos UTF-16 sin pareja).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="120"/>
        <source>The room name contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>El nombre de la sala contiene caracteres dañados (sustitutos UTF-16 sin pareja).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="121"/>
        <source>The nickname contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>El apodo contiene caracteres dañados (sustitutos UTF-16 sin pareja).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="123"/>
        <source>The message contains control characters (such as NUL) that cannot be sent.</source>
        <translation>El mensaje contiene caracteres de control (como NUL) que no se pueden enviar.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="124"/>
        <source>The room name may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>El nombre de la sala no puede contener saltos de línea, caracteres de control ni espacios al principio o al final.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="125"/>
        <source>The nickname may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>El apodo no puede contener saltos de línea, caracteres de control ni espacios al principio o al final.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="127"/>
        <source>The room name must contain a visible character and may not begin with a combining mark.</source>
        <translation>El nombre de la sala debe contener un carácter visible y no puede empezar por una marca combinante.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="128"/>
        <source>The nickname must contain a visible character and may not begin with a combining mark.</source>
        <translation>El apodo debe contener un carácter visible y no puede empezar por una marca combinante.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="130"/>
        <source>The room name may not contain invisible or direction-changing characters (such as zero-width spaces, bidi controls, line or paragraph separators, or blank fillers).</source>
        <translation>El nombre de la sala no puede contener caracteres invisibles ni que cambien la dirección del texto (como espacios de ancho cero, controles bidireccionales, separadores de línea o de párrafo o caracteres de relleno en blanco).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="132"/>
        <source>The nickname may not contain invisible or direction-changing characters (such as zero-width spaces, bidi controls, line or paragraph separators, or blank fillers).</source>
        <translation>El apodo no puede contener caracteres invisibles ni que cambien la dirección del texto (como espacios de ancho cero, controles bidireccionales, separadores de línea o de párrafo o caracteres de relleno en blanco).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="178"/>
        <source>The direct message is too long: at most %1 bytes of UTF-8 can be sent.</source>
        <translation>El mensaje directo es demasiado largo: se pueden enviar como máximo %1 bytes de UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="221"/>
        <source>The picture is empty.</source>
        <translation>La imagen está vacía.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="226"/>
        <source>This is not a picture ShmChat can send: only PNG, JPEG and GIF files can be sent.</source>
        <translation>Esta no es una imagen que ShmChat pueda enviar: solo se pueden enviar archivos PNG, JPEG y GIF.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="228"/>
        <source>The picture is too large (%1 MiB): at most %2 MiB can be sent.</source>
        <translation>La imagen es demasiado grande (%1 MiB): se pueden enviar como máximo %2 MiB.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="232"/>
        <source>The picture has too many pixels (%1 x %2): at most %3 megapixels, and %4 on a side, can be sent.</source>
        <translation>La imagen tiene demasiados píxeles (%1 x %2): se pueden enviar como máximo %3 megapíxeles, y %4 por lado.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="390"/>
        <source>A direct message goes to another member of the room.</source>
        <translation>Un mensaje directo va dirigido a otro participante de la sala.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="396"/>
        <source>That member is no longer in the room: the direct message was not sent.</source>
        <translation>Ese participante ya no está en la sala: el mensaje directo no se envió.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="792"/>
        <source>Newcomers can no longer find room &quot;%1&quot;: another program removed its folder in %2. Those already here can go on chatting.</source>
        <translation>Los recién llegados ya no pueden encontrar la sala «%1»: otro programa eliminó su carpeta en %2. Quienes ya están en ella pueden seguir chateando.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="96"/>
        <source>Cannot join room &quot;%1&quot;: %2</source>
        <translation>No se puede entrar en la sala «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="277"/>
        <location filename="../core/ipcchannel.cpp" line="367"/>
        <location filename="../core/ipcchannel.cpp" line="386"/>
        <source>Not in a room: join one before sending.</source>
        <translation>No estás en ninguna sala: únete a una antes de enviar.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="361"/>
        <location filename="../core/shmsession.cpp" line="369"/>
        <source>The room is busy; the nickname was not changed. Try again.</source>
        <translation>La sala está ocupada; el apodo no se ha cambiado. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="214"/>
        <source>Cannot join room &quot;%1&quot;: it is full (%2 members).</source>
        <translation>No se puede entrar en la sala «%1»: está llena (%2 participantes).</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="117"/>
        <source>another program holds the room&apos;s lock</source>
        <translation>otro programa tiene el bloqueo de la sala</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="140"/>
        <source>Cannot join room &quot;%1&quot;: %2. It stayed so for %3 seconds; try again later.</source>
        <translation>No se puede entrar en la sala «%1»: %2. La situación persistió durante %3 segundos; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="219"/>
        <source>The nickname &quot;%1&quot; is already taken in room &quot;%2&quot; (names are compared ignoring case and look-alike forms). Choose another one.</source>
        <translation>El apodo «%1» ya está en uso en la sala «%2» (los nombres se comparan sin distinguir mayúsculas ni formas de aspecto idéntico). Elija otro.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="284"/>
        <source>You left the room before the message could be sent.</source>
        <translation>Saliste de la sala antes de que se pudiera enviar el mensaje.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="396"/>
        <source>The room stayed busy for too long: the message was not sent.</source>
        <translation>La sala ha estado ocupada demasiado tiempo: el mensaje no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="585"/>
        <source>The room was reset by another program; earlier messages are gone.</source>
        <translation>Otro programa ha reiniciado la sala; los mensajes anteriores se han perdido.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="603"/>
        <source>Damaged data in the room&apos;s shared memory was skipped. Another program may be writing into it.</source>
        <translation>Se han omitido datos dañados en la memoria compartida de la sala. Puede que otro programa esté escribiendo en ella.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="710"/>
        <source>The room&apos;s shared memory was overwritten with data this program cannot read; it was reset.</source>
        <translation>La memoria compartida de la sala se sobrescribió con datos que este programa no puede leer; se ha reiniciado.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="90"/>
        <source>System Default</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../app/gui/memberlist.cpp" line="41"/>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <location filename="../app/gui/memberlist.cpp" line="43"/>
        <source>%1 (%2)</source>
        <comment>member on another machine</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/memberlist.cpp" line="50"/>
        <source>Double-click or press Enter to write to this member alone.</source>
        <translation>Haz doble clic o pulsa Intro para escribir solo a este participante.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="70"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="72"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="249"/>
        <source>Loading picture…</source>
        <translation>Cargando imagen…</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="254"/>
        <source>Picture no longer available</source>
        <translation>La imagen ya no está disponible</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="259"/>
        <source>Picture could not be shown</source>
        <translation>No se puede mostrar la imagen</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="31"/>
        <source>%1 joined</source>
        <translation>%1 se ha unido</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="33"/>
        <source>%1 left</source>
        <translation>%1 se ha ido</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="35"/>
        <source>%1 left (not responding)</source>
        <translation>%1 se ha ido (no responde)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="37"/>
        <source>%1 is now known as %2</source>
        <translation>%1 ahora se llama %2</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="39"/>
        <source>Messages missed: %1 (why? see the tooltip)</source>
        <translation>Mensajes perdidos: %1 (¿por qué? véase la descripción emergente)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="41"/>
        <source>Earlier messages, from before you joined:</source>
        <translation>Mensajes anteriores, de antes de que te unieras:</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="43"/>
        <source>You joined. Messages below are new.</source>
        <translation>Te has unido. Los mensajes de abajo son nuevos.</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="45"/>
        <source>New since you were away</source>
        <translation>Nuevo desde que te ausentaste</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="69"/>
        <source>Picture (%1 x %2, %3, %4)</source>
        <translation>Imagen (%1 x %2, %3, %4)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="71"/>
        <source>Picture %1 (%2 x %3, %4, %5)</source>
        <translation>Imagen %1 (%2 x %3, %4, %5)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="77"/>
        <source>The room keeps only its newest messages. These were overwritten before this window could read them, because the room was very busy or this program was paused.</source>
        <translation>La sala solo guarda sus mensajes más recientes. Estos se sobrescribieron antes de que esta ventana pudiera leerlos, porque la sala tenía mucha actividad o este programa estaba en pausa.</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="132"/>
        <location filename="../app/gui/messagemodel.cpp" line="152"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="247"/>
        <source>%1 (%2)</source>
        <comment>sender on another machine</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../app/gui/messageview.cpp" line="97"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="99"/>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="170"/>
        <location filename="../app/gui/messageview.cpp" line="205"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="171"/>
        <source>New messages ↓</source>
        <translation>Mensajes nuevos ↓</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="172"/>
        <source>Scroll to new messages</source>
        <translation>Ir a los mensajes nuevos</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="207"/>
        <source>&amp;Select Text…</source>
        <translation>&amp;Seleccionar texto…</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="224"/>
        <source>Open Link %1</source>
        <translation>Abrir el enlace %1</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="225"/>
        <source>Copy Link %1</source>
        <translation>Copiar el enlace %1</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="253"/>
        <source>Message from %1</source>
        <translation>Mensaje de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="260"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../app/gui/notifier.cpp" line="121"/>
        <source>%1 mentioned you in %2</source>
        <translation>%1 te mencionó en %2</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="122"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="125"/>
        <source>(and %1 more)</source>
        <translation>(y %1 más)</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="140"/>
        <source>ShmChat — %1</source>
        <translation>ShmChat — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="164"/>
        <source>ShmChat — %1 — unread: %2</source>
        <translation>ShmChat — %1 — sin leer: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="176"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="177"/>
        <source>&amp;All Messages</source>
        <translation>&amp;Todos los mensajes</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="178"/>
        <source>&amp;Mentions Only</source>
        <translation>Solo &amp;menciones</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="179"/>
        <source>&amp;None</source>
        <translation>&amp;Ninguna</translation>
    </message>
</context>
<context>
    <name>PictureStore</name>
    <message>
        <location filename="../app/gui/picturestore.cpp" line="96"/>
        <source>Picture no longer available: the room has reused its space for newer pictures.</source>
        <translation>La imagen ya no está disponible: la sala ha reutilizado su espacio para imágenes más recientes.</translation>
    </message>
    <message>
        <location filename="../app/gui/picturestore.cpp" line="99"/>
        <source>Picture could not be shown: its data in the room is damaged.</source>
        <translation>No se puede mostrar la imagen: sus datos en la sala están dañados.</translation>
    </message>
    <message>
        <location filename="../app/gui/picturestore.cpp" line="110"/>
        <source>Picture could not be shown: it is not a valid picture of the kind and size it claims to be.</source>
        <translation>No se puede mostrar la imagen: no es una imagen válida del tipo y tamaño que declara.</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="22"/>
        <source>Picture from %1</source>
        <translation>Imagen de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="22"/>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="33"/>
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="47"/>
        <source>picture</source>
        <translation>imagen</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="54"/>
        <source>Could not save the picture to %1: %2</source>
        <translation>No se pudo guardar la imagen en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="62"/>
        <location filename="../app/gui/pictureviewer.cpp" line="67"/>
        <source>Save Picture As</source>
        <translation>Guardar imagen como</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="234"/>
        <source>not UTF-8</source>
        <translation>no es UTF-8</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="235"/>
        <source>not a message</source>
        <translation>no es un mensaje</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="236"/>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="237"/>
        <source>bad sender name</source>
        <translation>nombre de remitente no válido</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="238"/>
        <source>bad text</source>
        <translation>texto no válido</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="239"/>
        <source>bad machine name</source>
        <translation>nombre de máquina no válido</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="240"/>
        <source>wrong room</source>
        <translation>sala equivocada</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="241"/>
        <source>forged origin</source>
        <translation>origen falsificado</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="242"/>
        <source>unknown kind</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="244"/>
        <source>dropped a message from the network (%1); %2 dropped so far</source>
        <translation>se descartó un mensaje de la red (%1); %2 descartados hasta ahora</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="269"/>
        <source>another shmchat-bridge (pid %1) already joins room &quot;%2&quot; on this machine; only one may run per room and machine.</source>
        <translation>otro shmchat-bridge (pid %1) ya une la sala «%2» en esta máquina; solo puede ejecutarse uno por sala y máquina.</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="278"/>
        <source>could not claim room &quot;%1&quot; for the bridge.</source>
        <translation>no se pudo reservar la sala «%1» para el puente.</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="306"/>
        <source>connected to other machines through %1</source>
        <translation>conectado a otras máquinas a través de %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="308"/>
        <source>not connected to other machines; local chat goes on, and what is written meanwhile is sent once a server answers</source>
        <translation>sin conexión con otras máquinas; el chat local sigue, y lo que se escriba mientras tanto se enviará en cuanto responda un servidor</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="323"/>
        <source>bad --server list: %1</source>
        <translation>lista --server no válida: %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="335"/>
        <source>cannot read the credentials file %1</source>
        <translation>no se puede leer el archivo de credenciales %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="347"/>
        <source>the credentials file %1 is empty</source>
        <translation>el archivo de credenciales %1 está vacío</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="355"/>
        <source>cannot use the credentials file %1: %2</source>
        <translation>no se puede usar el archivo de credenciales %1: %2</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="363"/>
        <source>cannot load the TLS certificate authority %1: %2</source>
        <translation>no se puede cargar la autoridad de certificación TLS %1: %2</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="369"/>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="419"/>
        <source>cannot create the room&apos;s stream: %1</source>
        <translation>no se puede crear el flujo de la sala: %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="429"/>
        <source>cannot subscribe to the room&apos;s stream: %1</source>
        <translation>no se puede suscribir al flujo de la sala: %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="445"/>
        <source>cannot open the room&apos;s presence bucket: %1</source>
        <translation>no se puede abrir el almacén de presencia de la sala: %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="473"/>
        <source>%1 local messages were overwritten before they could be sent to other machines</source>
        <translation>%1 mensajes locales se sobrescribieron antes de poder enviarse a otras máquinas</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="527"/>
        <source>could not write to room &quot;%1&quot;: its lock stayed busy</source>
        <translation>no se pudo escribir en la sala «%1»: su bloqueo siguió ocupado</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="559"/>
        <source>%1 messages from other machines were no longer held by the stream</source>
        <translation>%1 mensajes de otras máquinas ya no estaban en el flujo</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="735"/>
        <source>joined room &quot;%1&quot; as machine &quot;%2&quot;</source>
        <translation>unido a la sala «%1» como máquina «%2»</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="765"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
</context>
<context>
    <name>RemainingLabel</name>
    <message>
        <location filename="../app/gui/remaininglabel.cpp" line="35"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location filename="../app/gui/remaininglabel.cpp" line="35"/>
        <source>Too long by %1: shorten it to send</source>
        <translation>Sobran %1: acórtalo para enviarlo</translation>
    </message>
    <message>
        <location filename="../app/gui/remaininglabel.cpp" line="36"/>
        <source>A message may take %1 bytes. Most letters take one, accented letters two, Chinese, Japanese and Korean characters three and emoji four.</source>
        <translation>Un mensaje puede ocupar %1 bytes. La mayoría de las letras ocupan uno, las acentuadas dos, los caracteres chinos, japoneses y coreanos tres y los emojis cuatro.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="19"/>
        <source>Switch Room</source>
        <translation>Cambiar de sala</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="20"/>
        <source>Room to join:</source>
        <translation>Sala a la que unirte:</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="24"/>
        <source>Your rooms with members now:</source>
        <translation>Tus salas con participantes ahora:</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="32"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/roomdialog.cpp" line="76"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n participante)</numerusform>
            <numerusform>%1 (%n participantes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="81"/>
        <source>This system offers no list of rooms: type the name of the room to join.</source>
        <translation>Este sistema no ofrece una lista de salas: escribe el nombre de la sala a la que unirte.</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="83"/>
        <source>None of your rooms has members right now.</source>
        <translation>Ninguna de tus salas tiene participantes ahora mismo.</translation>
    </message>
</context>
<context>
    <name>RoomSegment</name>
    <message>
        <location filename="../core/roomsegment.cpp" line="98"/>
        <source>%1, where ShmChat keeps its rooms, exists but is not a folder of its own (a file or a link). Remove it, then try again.</source>
        <translation>%1, donde ShmChat guarda sus salas, existe pero no es una carpeta propiamente dicha (es un archivo o un enlace). Elimínalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="100"/>
        <source>%1, where ShmChat keeps its rooms, belongs to another user (user id %2). Someone may be squatting it; remove it or ask the administrator.</source>
        <translation>%1, donde ShmChat guarda sus salas, pertenece a otro usuario (id. de usuario %2). Puede que alguien lo esté ocupando a propósito; elimínalo o consulta al administrador.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="102"/>
        <source>ShmChat may not create or use %1, where it keeps its rooms (permission denied).</source>
        <translation>ShmChat no puede crear ni usar %1, donde guarda sus salas (permiso denegado).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="104"/>
        <source>ShmChat cannot create %1, where it keeps its rooms: the file system is read-only.</source>
        <translation>ShmChat no puede crear %1, donde guarda sus salas: el sistema de archivos es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="106"/>
        <source>ShmChat cannot create %1, where it keeps its rooms: no space is left on that file system.</source>
        <translation>ShmChat no puede crear %1, donde guarda sus salas: no queda espacio en ese sistema de archivos.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="108"/>
        <source>ShmChat cannot create %1, where it keeps its rooms: its parent folder does not exist.</source>
        <translation>ShmChat no puede crear %1, donde guarda sus salas: la carpeta que lo contiene no existe.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="110"/>
        <source>ShmChat cannot use %1, where it keeps its rooms (system error %2).</source>
        <translation>ShmChat no puede usar %1, donde guarda sus salas (error del sistema %2).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="120"/>
        <source>the system does not allow a shared memory segment of %1 bytes (its limit on segment size, kern.sysv.shmmax, is lower; the default is 4 MB). Raise it with sysctl, or ask the administrator to.</source>
        <translation>el sistema no permite un segmento de memoria compartida de %1 bytes (su límite de tamaño de segmento, kern.sysv.shmmax, es menor; por defecto es de 4 MB). Auméntalo con sysctl o pídeselo al administrador.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="124"/>
        <source>the system does not allow a shared memory segment of %1 bytes (its limit on segment size, kernel.shmmax, is lower). Ask the administrator to raise it.</source>
        <translation>el sistema no permite un segmento de memoria compartida de %1 bytes (su límite de tamaño de segmento, kernel.shmmax, es menor). Pide al administrador que lo aumente.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="133"/>
        <source>the system&apos;s limits on shared memory are reached: kern.sysv.shmall (all segments together, 4 MiB by default, about 2 rooms), kern.sysv.shmmni (segments, 32 by default) or kern.sysv.shmseg (segments one program may use, 8 by default). Leave a room, close programs that use shared memory, or raise the limits with sysctl.</source>
        <translation>se han alcanzado los límites del sistema para la memoria compartida: kern.sysv.shmall (todos los segmentos juntos, 4 MiB por defecto, unas 2 salas), kern.sysv.shmmni (segmentos, 32 por defecto) o kern.sysv.shmseg (segmentos que puede usar un programa, 8 por defecto). Sal de una sala, cierra programas que usen memoria compartida o aumenta los límites con sysctl.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="136"/>
        <source>the system&apos;s limits on shared memory are reached (the number of segments, kernel.shmmni, the total size, kernel.shmall, or, with Qt 6.6 and later, the number of semaphores, kernel.sem). Close programs that use shared memory, or ask the administrator to raise the limits.</source>
        <translation>se han alcanzado los límites del sistema para la memoria compartida (el número de segmentos, kernel.shmmni, el tamaño total, kernel.shmall, o, con Qt 6.6 y posteriores, el número de semáforos, kernel.sem). Cierra programas que usen memoria compartida o pide al administrador que aumente los límites.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="149"/>
        <source>the room&apos;s shared memory changed while joining</source>
        <translation>la memoria compartida de la sala cambió mientras se entraba en ella</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="152"/>
        <source>the system refused to create the room&apos;s shared memory (permission denied).</source>
        <translation>el sistema se negó a crear la memoria compartida de la sala (permiso denegado).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="153"/>
        <source>the system refused access to the room&apos;s shared memory (permission denied).</source>
        <translation>el sistema denegó el acceso a la memoria compartida de la sala (permiso denegado).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="157"/>
        <source>the system refused the room&apos;s shared memory.</source>
        <translation>el sistema rechazó la memoria compartida de la sala.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="215"/>
        <source>ShmChat cannot open rooms inside the macOS App Sandbox: sandboxed programs may not use System V shared memory, which ShmChat&apos;s rooms are made of. Use a build of ShmChat that is not sandboxed.</source>
        <translation>ShmChat no puede abrir salas dentro del App Sandbox de macOS: los programas en el sandbox no pueden usar memoria compartida System V, de la que están hechas las salas de ShmChat. Usa una compilación de ShmChat que no esté en el sandbox.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="229"/>
        <source>another ShmChat program of yours is joining or leaving a room</source>
        <translation>otro programa ShmChat tuyo está entrando en una sala o saliendo de ella</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="260"/>
        <source>every key tried for the room leads to shared memory of another user or program.</source>
        <translation>todas las claves probadas para la sala llevan a memoria compartida de otro usuario o programa.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="271"/>
        <source>the room&apos;s key folder was removed meanwhile</source>
        <translation>la carpeta de la clave de la sala se eliminó mientras tanto</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="280"/>
        <source>the system refused to look at the room&apos;s shared memory (system error %1).</source>
        <translation>el sistema se negó a examinar la memoria compartida de la sala (error del sistema %1).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="307"/>
        <source>the room&apos;s name is taken by shared memory of another user or program.</source>
        <translation>el nombre de la sala está ocupado por memoria compartida de otro usuario o programa.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="311"/>
        <source>the room is in use by an incompatible version of ShmChat (layout %1; this program uses %2). Close that version&apos;s windows, or use another room name.</source>
        <translation>la sala la está usando una versión incompatible de ShmChat (formato %1; este programa usa %2). Cierra las ventanas de esa versión o usa otro nombre de sala.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="316"/>
        <source>the room is in use by an incompatible version of ShmChat.</source>
        <translation>la sala la está usando una versión incompatible de ShmChat.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="330"/>
        <source>The room had been left behind by instances that did not exit cleanly; it was reset.</source>
        <translation>La sala había quedado abandonada por instancias que no terminaron correctamente; se ha reiniciado.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="335"/>
        <source>the room is in use by programs in another container (another PID or time namespace). ShmChat cannot tell whether they are alive, so it does not share a room with them.</source>
        <translation>la sala la están usando programas de otro contenedor (otro espacio de nombres de PID o de tiempo). ShmChat no puede saber si siguen activos, así que no comparte una sala con ellos.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="337"/>
        <source>The room had been left behind by programs in another container; it was reset.</source>
        <translation>La sala había quedado abandonada por programas de otro contenedor; se ha reiniciado.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="340"/>
        <source>The room&apos;s shared memory held data this version cannot read (layout version %1, this program uses %2); it was reset.</source>
        <translation>La memoria compartida de la sala contenía datos que esta versión no puede leer (versión de formato %1, este programa usa %2); se ha reiniciado.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="350"/>
        <source>the room&apos;s shared memory is being repaired</source>
        <translation>la memoria compartida de la sala se está reparando</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="352"/>
        <source>The room&apos;s shared memory held data this version cannot read; it was reset.</source>
        <translation>La memoria compartida de la sala contenía datos que esta versión no puede leer; se ha reiniciado.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="362"/>
        <source>another program holds the room&apos;s lock</source>
        <translation>otro programa tiene el bloqueo de la sala</translation>
    </message>
</context>
<context>
    <name>RoomStatusBar</name>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="50"/>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="53"/>
        <source>Joining room %1…</source>
        <translation>Entrando en la sala %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="56"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="59"/>
        <source>Members: %1</source>
        <translation>Participantes: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="66"/>
        <source>Linked to other machines</source>
        <translation>Enlazado con otras máquinas</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="69"/>
        <source>Not connected to other machines</source>
        <translation>Sin conexión con otras máquinas</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="140"/>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="142"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="177"/>
        <location filename="../app/gui/searchbar.cpp" line="178"/>
        <source>Find in messages</source>
        <translation>Buscar en los mensajes</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="179"/>
        <source>Older match (Enter)</source>
        <translation>Coincidencia anterior (Intro)</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="180"/>
        <source>Older match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="181"/>
        <source>Newer match (Shift+Enter)</source>
        <translation>Coincidencia posterior (Mayús+Intro)</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="182"/>
        <source>Newer match</source>
        <translation>Coincidencia posterior</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="183"/>
        <source>Close (Escape)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="184"/>
        <source>Close search</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
</context>
</TS>
