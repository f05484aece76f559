<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../app/gui/announcer.cpp" line="19"/>
        <source>%1 says: %2</source>
        <translation>%1 sagt: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/announcer.cpp" line="32"/>
        <source>New messages: %1</source>
        <translation>Neue Nachrichten: %1</translation>
    </message>
</context>
<context>
    <name>BenchCli</name>
    <message>
        <location filename="../bench/main.cpp" line="61"/>
        <source>Measures ShmChat&apos;s shared-memory transport against QLocalSocket: throughput without loss (1 to 1 and 1 to 8 readers), one-way latency per poll interval, CPU use of an idle member, and event-loop stalls of the chat window and of a bare reader under a flood. Targets are reported, never asserted.</source>
        <translation>Misst den Shared-Memory-Transport von ShmChat im Vergleich zu QLocalSocket: verlustfreier Durchsatz (1 zu 1 und 1 zu 8 Leser), Latenz in eine Richtung je Abfrageintervall, CPU-Last eines untätigen Mitglieds sowie Hänger der Ereignisschleife des Chatfensters und eines einfachen Lesers bei einer Nachrichtenflut. Ziele werden berichtet, nie erzwungen.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="66"/>
        <source>Shorter runs; finishes in under a minute.</source>
        <translation>Kürzere Läufe; fertig in weniger als einer Minute.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="67"/>
        <source>Print one JSON object per result line instead of a table.</source>
        <translation>Statt einer Tabelle ein JSON-Objekt pro Ergebniszeile ausgeben.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="69"/>
        <source>Run only these scenarios (comma-separated): throughput, latency, idle, flood, costs, picture.</source>
        <translation>Nur diese Szenarien ausführen (durch Kommas getrennt): throughput, latency, idle, flood, costs, picture.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="70"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="72"/>
        <source>Also write the JSON lines to this file, so one run gives both forms.</source>
        <translation>Die JSON-Zeilen zusätzlich in diese Datei schreiben, damit ein Lauf beide Formen liefert.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="73"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>BridgeCli</name>
    <message>
        <location filename="../app/bridge/main.cpp" line="42"/>
        <source>Joins a ShmChat room on this machine to the same room on other machines through a NATS JetStream cluster.</source>
        <translation>Verbindet einen ShmChat-Raum auf diesem Rechner über einen NATS-JetStream-Cluster mit demselben Raum auf anderen Rechnern.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="45"/>
        <source>The room to join.</source>
        <translation>Der Raum, dem beigetreten wird.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="47"/>
        <source>NATS servers, comma-separated (nats://HOST:PORT or tls://HOST:PORT).</source>
        <translation>NATS-Server, durch Kommas getrennt (nats://HOST:PORT oder tls://HOST:PORT).</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="50"/>
        <source>A file holding &quot;user:password&quot;, a token, or a NATS .creds file.</source>
        <translation>Eine Datei mit „Benutzer:Passwort“, einem Token oder eine NATS-.creds-Datei.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="53"/>
        <source>Use TLS, trusting the certificate authority in FILE.</source>
        <translation>TLS verwenden und der Zertifizierungsstelle in FILE vertrauen.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="55"/>
        <source>This machine&apos;s name as other machines show it (default: the host name).</source>
        <translation>Der Name dieses Rechners, wie andere Rechner ihn zeigen (Vorgabe: der Hostname).</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="58"/>
        <source>How many messages the room&apos;s stream keeps, when the bridge creates it.</source>
        <translation>Wie viele Nachrichten der Stream des Raums behält, wenn die Brücke ihn anlegt.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="61"/>
        <source>Copies of the room&apos;s stream in the cluster, when the bridge creates it.</source>
        <translation>Kopien des Streams des Raums im Cluster, wenn die Brücke ihn anlegt.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="73"/>
        <source>--server is required (nats://HOST:PORT, several separated by commas).</source>
        <translation>--server ist nötig (nats://HOST:PORT, mehrere durch Kommas getrennt).</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="79"/>
        <source>&quot;%1&quot; cannot be a machine name: at most %2 bytes, one line, visible characters (choose one with --machine).</source>
        <translation>„%1“ kann kein Rechnername sein: höchstens %2 Bytes, eine Zeile, sichtbare Zeichen (wählen Sie einen mit --machine).</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="87"/>
        <source>--stream-max-messages takes a whole number of 1 or more.</source>
        <translation>--stream-max-messages erwartet eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="90"/>
        <source>--replicas takes a number from 1 to 5.</source>
        <translation>--replicas erwartet eine Zahl von 1 bis 5.</translation>
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
        <translation>&amp;Spitznamen ändern…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="254"/>
        <source>Switch &amp;Room…</source>
        <translation>&amp;Raum wechseln…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="262"/>
        <source>New &amp;Window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="267"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="230"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="235"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="275"/>
        <source>&amp;About ShmChat</source>
        <translation>&amp;Über ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="38"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="45"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="10"/>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="110"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="107"/>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="98"/>
        <source>Write a message… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>Nachricht schreiben… (Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="95"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="80"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="191"/>
        <source>&amp;Members</source>
        <translation>&amp;Teilnehmer</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="204"/>
        <source>Members</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="153"/>
        <source>Send error</source>
        <translation>Sendefehler</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="123"/>
        <source>Remaining message length</source>
        <translation>Verbleibende Nachrichtenlänge</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="148"/>
        <source>&amp;Find in Messages…</source>
        <translation>In Nachrichten &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="149"/>
        <source>Send &amp;Picture…</source>
        <translation>&amp;Bild senden…</translation>
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
        <translation>Spitznamen ändern</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="335"/>
        <source>New nickname:</source>
        <translation>Neuer Spitzname:</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="363"/>
        <source>Switch Room</source>
        <translation>Raum wechseln</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="372"/>
        <source>New Window</source>
        <translation>Neues Fenster</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="372"/>
        <source>Nickname for the new window:</source>
        <translation>Spitzname für das neue Fenster:</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="386"/>
        <source>Could not start a new window.</source>
        <translation>Es konnte kein neues Fenster gestartet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="391"/>
        <source>About ShmChat</source>
        <translation>Über ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="392"/>
        <source>ShmChat %1

Chat between programs on this computer through shared memory.</source>
        <translation>ShmChat %1

Chatten zwischen Programmen auf diesem Computer über gemeinsamen Speicher.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowextras.cpp" line="80"/>
        <source>Could not open %1: no web browser or other program for links is set up.</source>
        <translation>%1 konnte nicht geöffnet werden: Es ist kein Webbrowser und kein anderes Programm für Links eingerichtet.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="47"/>
        <source>&amp;Direct Message…</source>
        <translation>&amp;Direktnachricht…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="80"/>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="82"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="84"/>
        <source>Several people are typing…</source>
        <translation>Mehrere Leute schreiben…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="152"/>
        <source>member %1</source>
        <translation>Teilnehmer %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="166"/>
        <source>%1 sent you a direct message.</source>
        <translation>%1 hat dir eine Direktnachricht geschickt.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="212"/>
        <source>Nobody called &quot;%1&quot; is in the room besides you: /msg takes a member&apos;s name, then the message.</source>
        <translation>Außer dir ist niemand namens „%1“ im Raum: /msg erwartet den Namen eines Teilnehmers, dann die Nachricht.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowpictures.cpp" line="71"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowpictures.cpp" line="80"/>
        <source>Send Picture</source>
        <translation>Bild senden</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowpictures.cpp" line="81"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="280"/>
        <source>timed out after %1 s with %2 messages</source>
        <translation>Zeitüberschreitung nach %1 s mit %2 Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="213"/>
        <source>nobody called &quot;%1&quot; is in room &quot;%2&quot; (see who).</source>
        <translation>niemand namens „%1“ ist im Raum „%2“ (siehe who).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="324"/>
        <source>this system offers no list of rooms.</source>
        <translation>dieses System bietet keine Liste der Räume.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="358"/>
        <source>The room to use.</source>
        <translation>Der zu verwendende Raum.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="358"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="359"/>
        <source>Your nickname (listen: join as a member under this name).</source>
        <translation>Dein Spitzname (listen: unter diesem Namen als Teilnehmer beitreten).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="359"/>
        <location filename="../app/cli/main.cpp" line="363"/>
        <source>nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="361"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="362"/>
        <source>listen: exit 1 if the count is not reached after this many seconds.</source>
        <translation>listen: mit 1 beenden, wenn die Anzahl nach so vielen Sekunden nicht erreicht ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="362"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="363"/>
        <source>send: a direct message to this member alone (not secret: any program of your user can read the room).</source>
        <translation>send: eine Direktnachricht nur an diesen Teilnehmer (nicht geheim: jedes Programm deines Benutzers kann den Raum lesen).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="364"/>
        <source>listen: print the room&apos;s recent history first.</source>
        <translation>listen: zuerst den jüngsten Verlauf des Raums ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="365"/>
        <source>listen: poll every this many milliseconds (default %1).</source>
        <translation>listen: alle so vielen Millisekunden nachsehen (Vorgabe %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="365"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="367"/>
        <source>send, listen, who or rooms.</source>
        <translation>send, listen, who oder rooms.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="454"/>
        <source>unknown command &quot;%1&quot;; use send, listen, who or rooms (see --help).</source>
        <translation>unbekannter Befehl „%1“; verwende send, listen, who oder rooms (siehe --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="368"/>
        <source>send: the message.</source>
        <translation>send: die Nachricht.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="170"/>
        <location filename="../app/cli/main.cpp" line="175"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
        <translation>Von einem Terminal aus in einem ShmChat-Raum schreiben.

Befehle:
  send --room R --name N TEXT...   eine Nachricht senden
  send ... --to MEMBER TEXT...     sie nur an diesen Teilnehmer senden
  send --room R --name N --image FILE   ein Bild senden (PNG, JPEG, GIF)
  listen --room R [--name N]       Nachrichten als JSON-Zeilen ausgeben
  who --room R                     die Teilnehmer als JSON-Zeilen ausgeben
  rooms                            deine Räume, in denen gerade jemand ist, als JSON-Zeilen ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="360"/>
        <source>send: post this picture file (PNG, JPEG or GIF) instead of text.</source>
        <translation>send: diese Bilddatei (PNG, JPEG oder GIF) statt Text senden.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="360"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="361"/>
        <source>listen: exit 0 after this many text messages and pictures (received or reported missed).</source>
        <translation>listen: nach so vielen Textnachrichten und Bildern (empfangen oder als verpasst gemeldet) mit 0 beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="368"/>
        <source>[TEXT...]</source>
        <translation>[TEXT...]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="385"/>
        <source>--count takes a whole number of 0 or more.</source>
        <translation>--count erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="392"/>
        <source>--timeout takes a number of seconds between 0 and 86400.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden zwischen 0 und 86400.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="399"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval erwartet eine Anzahl Millisekunden von 1 bis 1000.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="405"/>
        <source>rooms takes no room, name or text.</source>
        <translation>rooms nimmt keinen Raum, Namen oder Text.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="411"/>
        <source>--room is required.</source>
        <translation>--room ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="417"/>
        <source>send needs --name.</source>
        <translation>send braucht --name.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="422"/>
        <source>--image needs a file name.</source>
        <translation>--image braucht einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="426"/>
        <source>send --image takes no message text.</source>
        <translation>send --image nimmt keinen Nachrichtentext.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="431"/>
        <source>--to cannot be used with --image: pictures go to the whole room.</source>
        <translation>--to kann nicht mit --image verwendet werden: Bilder gehen an den ganzen Raum.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="437"/>
        <source>send needs the message text.</source>
        <translation>send braucht den Nachrichtentext.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="443"/>
        <source>--to belongs to send.</source>
        <translation>--to gehört zu send.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="447"/>
        <source>unexpected arguments: %1</source>
        <translation>unerwartete Argumente: %1</translation>
    </message>
</context>
<context>
    <name>DirectConversation</name>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="90"/>
        <source>%1 wrote from outside the room (a program that is not a member): there is nobody to answer.</source>
        <translation>%1 hat von außerhalb des Raums geschrieben (ein Programm, das kein Teilnehmer ist): Es gibt niemanden, dem du antworten könntest.</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="95"/>
        <source>%1 has left the room: the message was not sent.</source>
        <translation>%1 hat den Raum verlassen: Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="124"/>
        <source>Direct messages with %1 — ShmChat</source>
        <translation>Direktnachrichten mit %1 — ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="126"/>
        <source>Only you and %1 see these messages in ShmChat. They are not secret: any program running as your user can read the room&apos;s shared memory.</source>
        <translation>Nur du und %1 sehen diese Nachrichten in ShmChat. Sie sind nicht geheim: Jedes Programm, das unter deinem Benutzer läuft, kann den gemeinsamen Speicher des Raums lesen.</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="129"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="130"/>
        <source>Write to %1 alone…</source>
        <translation>Nur an %1 schreiben…</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="131"/>
        <source>Direct message to %1</source>
        <translation>Direktnachricht an %1</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="132"/>
        <source>Direct messages with %1</source>
        <translation>Direktnachrichten mit %1</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="64"/>
        <source>Chat with other ShmChat windows on this computer.</source>
        <translation>Mit anderen ShmChat-Fenstern auf diesem Computer chatten.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Your nickname (default: the last one you chose, else your user name).</source>
        <translation>Dein Spitzname (Vorgabe: der zuletzt gewählte, sonst dein Benutzername).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>The room to join (default: the last one this nickname was in, else %1).</source>
        <translation>Der Raum, dem beigetreten wird (Standard: der letzte Raum dieses Spitznamens, sonst %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>The language of the user interface, such as de or ja (default: the system&apos;s).</source>
        <translation>Die Sprache der Benutzeroberfläche, etwa de oder ja (Vorgabe: die des Systems).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>Look for new messages every this many milliseconds (default %1).</source>
        <translation>Alle so vielen Millisekunden nach neuen Nachrichten sehen (Vorgabe %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>Place the window in column I of N side by side, e.g. 2/3.</source>
        <translation>Das Fenster in Spalte I von N nebeneinander platzieren, z. B. 2/3.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>I/N</source>
        <translation>I/N</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval erwartet eine Anzahl Millisekunden von 1 bis 1000.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="123"/>
        <source>--tile takes a column and a count, such as 2/3.</source>
        <translation>--tile erwartet eine Spalte und eine Anzahl, etwa 2/3.</translation>
    </message>
</context>
<context>
    <name>IpcChannel</name>
    <message>
        <location filename="../core/ipcchannel.cpp" line="111"/>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="112"/>
        <source>The room name is empty.</source>
        <translation>Der Raumname ist leer.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="113"/>
        <source>The nickname is empty.</source>
        <translation>Der Spitzname ist leer.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="115"/>
        <source>The message is too long: at most %1 bytes of UTF-8 can be sent.</source>
        <translation>Die Nachricht ist zu lang: Es können höchstens %1 Bytes UTF-8 gesendet werden.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="116"/>
        <source>The room name is too long: at most %1 bytes of UTF-8.</source>
        <translation>Der Raumname ist zu lang: höchstens %1 Bytes UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="117"/>
        <source>The nickname is too long: at most %1 bytes of UTF-8.</source>
        <translation>Der Spitzname ist zu lang: höchstens %1 Bytes UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="119"/>
        <source>The message contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>Die Nachricht enthält defekte Zeichen (ungepaarte UTF-16-Surrogate).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="120"/>
        <source>The room name contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>Der Raumname enthält defekte Zeichen (ungepaarte UTF-16-Surrogate).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="121"/>
        <source>The nickname contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>Der Spitzname enthält defekte Zeichen (ungepaarte UTF-16-Surrogate).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="123"/>
        <source>The message contains control characters (such as NUL) that cannot be sent.</source>
        <translation>Die Nachricht enthält Steuerzeichen (etwa NUL), die nicht gesendet werden können.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="124"/>
        <source>The room name may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>Der Raumname darf keine Zeilenumbrüche, Steuerzeichen oder Leerzeichen am Anfang oder Ende enthalten.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="125"/>
        <source>The nickname may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>Der Spitzname darf keine Zeilenumbrüche, Steuerzeichen oder Leerzeichen am Anfang oder Ende enthalten.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="127"/>
        <source>The room name must contain a visible character and may not begin with a combining mark.</source>
        <translation>Der Raumname muss ein sichtbares Zeichen enthalten und darf nicht mit einem kombinierenden Zeichen beginnen.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="128"/>
        <source>The nickname must contain a visible character and may not begin with a combining mark.</source>
        <translation>Der Spitzname muss ein sichtbares Zeichen enthalten und darf nicht mit einem kombinierenden Zeichen beginnen.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="130"/>
        <source>The room name may not contain invisible or direction-changing characters (such as zero-width spaces, bidi controls, line or paragraph separators, or blank fillers).</source>
        <translation>Der Raumname darf keine unsichtbaren oder die Schreibrichtung ändernden Zeichen enthalten (etwa Leerzeichen ohne Breite, Bidi-Steuerzeichen, Zeilen- oder Absatztrenner oder leere Füllzeichen).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="132"/>
        <source>The nickname may not contain invisible or direction-changing characters (such as zero-width spaces, bidi controls, line or paragraph separators, or blank fillers).</source>
        <translation>Der Spitzname darf keine unsichtbaren oder die Schreibrichtung ändernden Zeichen enthalten (etwa Leerzeichen ohne Breite, Bidi-Steuerzeichen, Zeilen- oder Absatztrenner oder leere Füllzeichen).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="178"/>
        <source>The direct message is too long: at most %1 bytes of UTF-8 can be sent.</source>
        <translation>Die Direktnachricht ist zu lang: Es können höchstens %1 Bytes UTF-8 gesendet werden.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="221"/>
        <source>The picture is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="226"/>
        <source>This is not a picture ShmChat can send: only PNG, JPEG and GIF files can be sent.</source>
        <translation>Das ist kein Bild, das ShmChat senden kann: Nur PNG-, JPEG- und GIF-Dateien können gesendet werden.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="228"/>
        <source>The picture is too large (%1 MiB): at most %2 MiB can be sent.</source>
        <translation>Das Bild ist zu groß (%1 MiB): höchstens %2 MiB können gesendet werden.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="232"/>
        <source>The picture has too many pixels (%1 x %2): at most %3 megapixels, and %4 on a side, can be sent.</source>
        <translation>Das Bild hat zu viele Pixel (%1 x %2): höchstens %3 Megapixel und %4 pro Seite können gesendet werden.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="390"/>
        <source>A direct message goes to another member of the room.</source>
        <translation>Eine Direktnachricht geht an einen anderen Teilnehmer des Raums.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="396"/>
        <source>That member is no longer in the room: the direct message was not sent.</source>
        <translation>Dieser Teilnehmer ist nicht mehr im Raum: Die Direktnachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="792"/>
        <source>Newcomers can no longer find room &quot;%1&quot;: another program removed its folder in %2. Those already here can go on chatting.</source>
        <translation>Neue Teilnehmer können den Raum „%1“ nicht mehr finden: Ein anderes Programm hat seinen Ordner in %2 entfernt. Wer schon hier ist, kann weiterchatten.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="96"/>
        <source>Cannot join room &quot;%1&quot;: %2</source>
        <translation>Dem Raum „%1“ kann nicht beigetreten werden: %2</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="277"/>
        <location filename="../core/ipcchannel.cpp" line="367"/>
        <location filename="../core/ipcchannel.cpp" line="386"/>
        <source>Not in a room: join one before sending.</source>
        <translation>Nicht in einem Raum: Tritt vor dem Senden einem Raum bei.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="361"/>
        <location filename="../core/shmsession.cpp" line="369"/>
        <source>The room is busy; the nickname was not changed. Try again.</source>
        <translation>Der Raum ist belegt; der Spitzname wurde nicht geändert. Versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="214"/>
        <source>Cannot join room &quot;%1&quot;: it is full (%2 members).</source>
        <translation>Dem Raum „%1“ kann nicht beigetreten werden: Er ist voll (%2 Teilnehmer).</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="117"/>
        <source>another program holds the room&apos;s lock</source>
        <translation>Ein anderes Programm hält die Sperre des Raums</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="140"/>
        <source>Cannot join room &quot;%1&quot;: %2. It stayed so for %3 seconds; try again later.</source>
        <translation>Dem Raum „%1“ kann nicht beigetreten werden: %2. Dieser Zustand hielt %3 Sekunden lang an; versuche es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="219"/>
        <source>The nickname &quot;%1&quot; is already taken in room &quot;%2&quot; (names are compared ignoring case and look-alike forms). Choose another one.</source>
        <translation>Der Spitzname „%1“ ist im Raum „%2“ schon vergeben (Namen werden ohne Rücksicht auf Groß- und Kleinschreibung und gleich aussehende Formen verglichen). Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="284"/>
        <source>You left the room before the message could be sent.</source>
        <translation>Du hast den Raum verlassen, bevor die Nachricht gesendet werden konnte.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="396"/>
        <source>The room stayed busy for too long: the message was not sent.</source>
        <translation>Der Raum war zu lange belegt: Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="585"/>
        <source>The room was reset by another program; earlier messages are gone.</source>
        <translation>Der Raum wurde von einem anderen Programm zurückgesetzt; frühere Nachrichten sind verloren.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="603"/>
        <source>Damaged data in the room&apos;s shared memory was skipped. Another program may be writing into it.</source>
        <translation>Beschädigte Daten im gemeinsamen Speicher des Raums wurden übersprungen. Möglicherweise schreibt ein anderes Programm hinein.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="710"/>
        <source>The room&apos;s shared memory was overwritten with data this program cannot read; it was reset.</source>
        <translation>Der gemeinsame Speicher des Raums wurde mit Daten überschrieben, die dieses Programm nicht lesen kann; er wurde zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="90"/>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../app/gui/memberlist.cpp" line="41"/>
        <source>%1 (you)</source>
        <translation>%1 (du)</translation>
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
        <translation>Doppelklicken oder Eingabe drücken, um nur diesem Teilnehmer zu schreiben.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="70"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="72"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="249"/>
        <source>Loading picture…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="254"/>
        <source>Picture no longer available</source>
        <translation>Bild nicht mehr verfügbar</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="259"/>
        <source>Picture could not be shown</source>
        <translation>Bild kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="31"/>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="33"/>
        <source>%1 left</source>
        <translation>%1 ist gegangen</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="35"/>
        <source>%1 left (not responding)</source>
        <translation>%1 ist gegangen (reagiert nicht mehr)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="37"/>
        <source>%1 is now known as %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="39"/>
        <source>Messages missed: %1 (why? see the tooltip)</source>
        <translation>Verpasste Nachrichten: %1 (warum? siehe Tooltip)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="41"/>
        <source>Earlier messages, from before you joined:</source>
        <translation>Frühere Nachrichten, von vor deinem Beitritt:</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="43"/>
        <source>You joined. Messages below are new.</source>
        <translation>Du bist beigetreten. Die Nachrichten darunter sind neu.</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="45"/>
        <source>New since you were away</source>
        <translation>Neu, seit du weg warst</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="69"/>
        <source>Picture (%1 x %2, %3, %4)</source>
        <translation>Bild (%1 x %2, %3, %4)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="71"/>
        <source>Picture %1 (%2 x %3, %4, %5)</source>
        <translation>Bild %1 (%2 x %3, %4, %5)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="77"/>
        <source>The room keeps only its newest messages. These were overwritten before this window could read them, because the room was very busy or this program was paused.</source>
        <translation>Der Raum behält nur seine neuesten Nachrichten. Diese wurden überschrieben, bevor dieses Fenster sie lesen konnte, weil im Raum sehr viel los war oder dieses Programm angehalten war.</translation>
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
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="171"/>
        <source>New messages ↓</source>
        <translation>Neue Nachrichten ↓</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="172"/>
        <source>Scroll to new messages</source>
        <translation>Zu den neuen Nachrichten blättern</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="207"/>
        <source>&amp;Select Text…</source>
        <translation>Text &amp;auswählen…</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="224"/>
        <source>Open Link %1</source>
        <translation>Link öffnen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="225"/>
        <source>Copy Link %1</source>
        <translation>Link kopieren: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="253"/>
        <source>Message from %1</source>
        <translation>Nachricht von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="260"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../app/gui/notifier.cpp" line="121"/>
        <source>%1 mentioned you in %2</source>
        <translation>%1 hat dich in %2 erwähnt</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="122"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="125"/>
        <source>(and %1 more)</source>
        <translation>(und %1 weitere)</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="140"/>
        <source>ShmChat — %1</source>
        <translation>ShmChat — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="164"/>
        <source>ShmChat — %1 — unread: %2</source>
        <translation>ShmChat — %1 — ungelesen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="176"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="177"/>
        <source>&amp;All Messages</source>
        <translation>&amp;Alle Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="178"/>
        <source>&amp;Mentions Only</source>
        <translation>Nur &amp;Erwähnungen</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="179"/>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
</context>
<context>
    <name>PictureStore</name>
    <message>
        <location filename="../app/gui/picturestore.cpp" line="96"/>
        <source>Picture no longer available: the room has reused its space for newer pictures.</source>
        <translation>Bild nicht mehr verfügbar: Der Raum hat seinen Platz für neuere Bilder verwendet.</translation>
    </message>
    <message>
        <location filename="../app/gui/picturestore.cpp" line="99"/>
        <source>Picture could not be shown: its data in the room is damaged.</source>
        <translation>Bild kann nicht angezeigt werden: Seine Daten im Raum sind beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/gui/picturestore.cpp" line="110"/>
        <source>Picture could not be shown: it is not a valid picture of the kind and size it claims to be.</source>
        <translation>Bild kann nicht angezeigt werden: Es ist kein gültiges Bild der angegebenen Art und Größe.</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="22"/>
        <source>Picture from %1</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="22"/>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="33"/>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="47"/>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="54"/>
        <source>Could not save the picture to %1: %2</source>
        <translation>Das Bild konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="62"/>
        <location filename="../app/gui/pictureviewer.cpp" line="67"/>
        <source>Save Picture As</source>
        <translation>Bild speichern unter</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="234"/>
        <source>not UTF-8</source>
        <translation>kein UTF-8</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="235"/>
        <source>not a message</source>
        <translation>keine Nachricht</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="236"/>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="237"/>
        <source>bad sender name</source>
        <translation>ungültiger Absendername</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="238"/>
        <source>bad text</source>
        <translation>ungültiger Text</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="239"/>
        <source>bad machine name</source>
        <translation>ungültiger Rechnername</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="240"/>
        <source>wrong room</source>
        <translation>falscher Raum</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="241"/>
        <source>forged origin</source>
        <translation>gefälschte Herkunft</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="242"/>
        <source>unknown kind</source>
        <translation>unbekannte Art</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="244"/>
        <source>dropped a message from the network (%1); %2 dropped so far</source>
        <translation>eine Nachricht aus dem Netz verworfen (%1); bisher %2 verworfen</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="269"/>
        <source>another shmchat-bridge (pid %1) already joins room &quot;%2&quot; on this machine; only one may run per room and machine.</source>
        <translation>ein anderer shmchat-bridge (PID %1) verbindet Raum „%2“ auf diesem Rechner bereits; pro Raum und Rechner darf nur einer laufen.</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="278"/>
        <source>could not claim room &quot;%1&quot; for the bridge.</source>
        <translation>Raum „%1“ konnte nicht für die Brücke belegt werden.</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="306"/>
        <source>connected to other machines through %1</source>
        <translation>mit anderen Rechnern verbunden über %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="308"/>
        <source>not connected to other machines; local chat goes on, and what is written meanwhile is sent once a server answers</source>
        <translation>nicht mit anderen Rechnern verbunden; der Chat auf diesem Rechner geht weiter, und was inzwischen geschrieben wird, wird gesendet, sobald ein Server antwortet</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="323"/>
        <source>bad --server list: %1</source>
        <translation>ungültige --server-Liste: %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="335"/>
        <source>cannot read the credentials file %1</source>
        <translation>die Zugangsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="347"/>
        <source>the credentials file %1 is empty</source>
        <translation>die Zugangsdatei %1 ist leer</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="355"/>
        <source>cannot use the credentials file %1: %2</source>
        <translation>die Zugangsdatei %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="363"/>
        <source>cannot load the TLS certificate authority %1: %2</source>
        <translation>die TLS-Zertifizierungsstelle %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="369"/>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="419"/>
        <source>cannot create the room&apos;s stream: %1</source>
        <translation>der Stream des Raums kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="429"/>
        <source>cannot subscribe to the room&apos;s stream: %1</source>
        <translation>der Stream des Raums kann nicht abonniert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="445"/>
        <source>cannot open the room&apos;s presence bucket: %1</source>
        <translation>der Anwesenheitsspeicher des Raums kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="473"/>
        <source>%1 local messages were overwritten before they could be sent to other machines</source>
        <translation>%1 lokale Nachrichten wurden überschrieben, bevor sie an andere Rechner gesendet werden konnten</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="527"/>
        <source>could not write to room &quot;%1&quot;: its lock stayed busy</source>
        <translation>in Raum „%1“ konnte nicht geschrieben werden: seine Sperre blieb belegt</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="559"/>
        <source>%1 messages from other machines were no longer held by the stream</source>
        <translation>%1 Nachrichten anderer Rechner waren nicht mehr im Stream</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="735"/>
        <source>joined room &quot;%1&quot; as machine &quot;%2&quot;</source>
        <translation>Raum „%1“ als Rechner „%2“ beigetreten</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="765"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>RemainingLabel</name>
    <message>
        <location filename="../app/gui/remaininglabel.cpp" line="35"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../app/gui/remaininglabel.cpp" line="35"/>
        <source>Too long by %1: shorten it to send</source>
        <translation>%1 zu lang: zum Senden kürzen</translation>
    </message>
    <message>
        <location filename="../app/gui/remaininglabel.cpp" line="36"/>
        <source>A message may take %1 bytes. Most letters take one, accented letters two, Chinese, Japanese and Korean characters three and emoji four.</source>
        <translation>Eine Nachricht darf %1 Bytes belegen. Die meisten Buchstaben belegen eines, Buchstaben mit Akzent zwei, chinesische, japanische und koreanische Zeichen drei und Emoji vier.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="19"/>
        <source>Switch Room</source>
        <translation>Raum wechseln</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="20"/>
        <source>Room to join:</source>
        <translation>Raum, dem du beitreten möchtest:</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="24"/>
        <source>Your rooms with members now:</source>
        <translation>Deine Räume, in denen gerade jemand ist:</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="32"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/roomdialog.cpp" line="76"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n Teilnehmer)</numerusform>
            <numerusform>%1 (%n Teilnehmer)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="81"/>
        <source>This system offers no list of rooms: type the name of the room to join.</source>
        <translation>Dieses System bietet keine Liste der Räume: Gib den Namen des Raums ein, dem du beitreten möchtest.</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="83"/>
        <source>None of your rooms has members right now.</source>
        <translation>Gerade ist in keinem deiner Räume jemand.</translation>
    </message>
</context>
<context>
    <name>RoomSegment</name>
    <message>
        <location filename="../core/roomsegment.cpp" line="98"/>
        <source>%1, where ShmChat keeps its rooms, exists but is not a folder of its own (a file or a link). Remove it, then try again.</source>
        <translation>%1, wo ShmChat seine Räume ablegt, existiert, ist aber kein eigener Ordner (sondern eine Datei oder ein Link). Entferne den Eintrag und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="100"/>
        <source>%1, where ShmChat keeps its rooms, belongs to another user (user id %2). Someone may be squatting it; remove it or ask the administrator.</source>
        <translation>%1, wo ShmChat seine Räume ablegt, gehört einem anderen Benutzer (Benutzer-ID %2). Möglicherweise hält jemand den Ordner absichtlich besetzt; entferne ihn oder wende dich an den Administrator.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="102"/>
        <source>ShmChat may not create or use %1, where it keeps its rooms (permission denied).</source>
        <translation>ShmChat darf %1, wo es seine Räume ablegt, weder anlegen noch verwenden (keine Berechtigung).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="104"/>
        <source>ShmChat cannot create %1, where it keeps its rooms: the file system is read-only.</source>
        <translation>ShmChat kann %1, wo es seine Räume ablegt, nicht anlegen: Das Dateisystem ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="106"/>
        <source>ShmChat cannot create %1, where it keeps its rooms: no space is left on that file system.</source>
        <translation>ShmChat kann %1, wo es seine Räume ablegt, nicht anlegen: Auf diesem Dateisystem ist kein Platz mehr frei.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="108"/>
        <source>ShmChat cannot create %1, where it keeps its rooms: its parent folder does not exist.</source>
        <translation>ShmChat kann %1, wo es seine Räume ablegt, nicht anlegen: Der übergeordnete Ordner existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="110"/>
        <source>ShmChat cannot use %1, where it keeps its rooms (system error %2).</source>
        <translation>ShmChat kann %1, wo es seine Räume ablegt, nicht verwenden (Systemfehler %2).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="120"/>
        <source>the system does not allow a shared memory segment of %1 bytes (its limit on segment size, kern.sysv.shmmax, is lower; the default is 4 MB). Raise it with sysctl, or ask the administrator to.</source>
        <translation>Das System erlaubt kein Segment gemeinsamen Speichers von %1 Bytes (seine Grenze für die Segmentgröße, kern.sysv.shmmax, ist niedriger; der Standardwert ist 4 MB). Hebe sie mit sysctl an oder bitte den Administrator darum.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="124"/>
        <source>the system does not allow a shared memory segment of %1 bytes (its limit on segment size, kernel.shmmax, is lower). Ask the administrator to raise it.</source>
        <translation>Das System erlaubt kein Segment gemeinsamen Speichers von %1 Bytes (seine Grenze für die Segmentgröße, kernel.shmmax, ist niedriger). Bitte den Administrator, sie anzuheben.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="133"/>
        <source>the system&apos;s limits on shared memory are reached: kern.sysv.shmall (all segments together, 4 MiB by default, about 2 rooms), kern.sysv.shmmni (segments, 32 by default) or kern.sysv.shmseg (segments one program may use, 8 by default). Leave a room, close programs that use shared memory, or raise the limits with sysctl.</source>
        <translation>Die Grenzen des Systems für gemeinsamen Speicher sind erreicht: kern.sysv.shmall (alle Segmente zusammen, standardmäßig 4 MiB, etwa 2 Räume), kern.sysv.shmmni (Segmente, standardmäßig 32) oder kern.sysv.shmseg (Segmente, die ein Programm verwenden darf, standardmäßig 8). Verlasse einen Raum, schließe Programme, die gemeinsamen Speicher verwenden, oder hebe die Grenzen mit sysctl an.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="136"/>
        <source>the system&apos;s limits on shared memory are reached (the number of segments, kernel.shmmni, the total size, kernel.shmall, or, with Qt 6.6 and later, the number of semaphores, kernel.sem). Close programs that use shared memory, or ask the administrator to raise the limits.</source>
        <translation>Die Grenzen des Systems für gemeinsamen Speicher sind erreicht (die Anzahl der Segmente, kernel.shmmni, die Gesamtgröße, kernel.shmall, oder, ab Qt 6.6, die Anzahl der Semaphoren, kernel.sem). Schließe Programme, die gemeinsamen Speicher verwenden, oder bitte den Administrator, die Grenzen anzuheben.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="149"/>
        <source>the room&apos;s shared memory changed while joining</source>
        <translation>Der gemeinsame Speicher des Raums hat sich während des Beitritts geändert</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="152"/>
        <source>the system refused to create the room&apos;s shared memory (permission denied).</source>
        <translation>Das System hat es abgelehnt, den gemeinsamen Speicher des Raums anzulegen (keine Berechtigung).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="153"/>
        <source>the system refused access to the room&apos;s shared memory (permission denied).</source>
        <translation>Das System hat den Zugriff auf den gemeinsamen Speicher des Raums abgelehnt (keine Berechtigung).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="157"/>
        <source>the system refused the room&apos;s shared memory.</source>
        <translation>Das System hat den gemeinsamen Speicher des Raums abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="215"/>
        <source>ShmChat cannot open rooms inside the macOS App Sandbox: sandboxed programs may not use System V shared memory, which ShmChat&apos;s rooms are made of. Use a build of ShmChat that is not sandboxed.</source>
        <translation>ShmChat kann innerhalb der macOS App Sandbox keine Räume öffnen: Programme in der Sandbox dürfen keinen System-V-Gemeinspeicher verwenden, aus dem die Räume von ShmChat bestehen. Verwende einen ShmChat-Build ohne Sandbox.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="229"/>
        <source>another ShmChat program of yours is joining or leaving a room</source>
        <translation>Ein anderes ShmChat-Programm von dir tritt gerade einem Raum bei oder verlässt ihn</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="260"/>
        <source>every key tried for the room leads to shared memory of another user or program.</source>
        <translation>Jeder für den Raum versuchte Schlüssel führt zu gemeinsamem Speicher eines anderen Benutzers oder Programms.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="271"/>
        <source>the room&apos;s key folder was removed meanwhile</source>
        <translation>Der Schlüsselordner des Raums wurde inzwischen entfernt</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="280"/>
        <source>the system refused to look at the room&apos;s shared memory (system error %1).</source>
        <translation>Das System hat es abgelehnt, den gemeinsamen Speicher des Raums zu prüfen (Systemfehler %1).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="307"/>
        <source>the room&apos;s name is taken by shared memory of another user or program.</source>
        <translation>Der Name des Raums ist durch gemeinsamen Speicher eines anderen Benutzers oder Programms belegt.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="311"/>
        <source>the room is in use by an incompatible version of ShmChat (layout %1; this program uses %2). Close that version&apos;s windows, or use another room name.</source>
        <translation>Der Raum wird von einer inkompatiblen Version von ShmChat verwendet (Layout %1; dieses Programm verwendet %2). Schließe die Fenster dieser Version oder verwende einen anderen Raumnamen.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="316"/>
        <source>the room is in use by an incompatible version of ShmChat.</source>
        <translation>Der Raum wird von einer inkompatiblen Version von ShmChat verwendet.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="330"/>
        <source>The room had been left behind by instances that did not exit cleanly; it was reset.</source>
        <translation>Der Raum war von Instanzen zurückgelassen worden, die nicht sauber beendet wurden; er wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="335"/>
        <source>the room is in use by programs in another container (another PID or time namespace). ShmChat cannot tell whether they are alive, so it does not share a room with them.</source>
        <translation>Der Raum wird von Programmen in einem anderen Container verwendet (anderer PID- oder Zeit-Namensraum). ShmChat kann nicht feststellen, ob sie noch laufen, und teilt deshalb keinen Raum mit ihnen.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="337"/>
        <source>The room had been left behind by programs in another container; it was reset.</source>
        <translation>Der Raum war von Programmen in einem anderen Container zurückgelassen worden; er wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="340"/>
        <source>The room&apos;s shared memory held data this version cannot read (layout version %1, this program uses %2); it was reset.</source>
        <translation>Der gemeinsame Speicher des Raums enthielt Daten, die diese Version nicht lesen kann (Layoutversion %1, dieses Programm verwendet %2); er wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="350"/>
        <source>the room&apos;s shared memory is being repaired</source>
        <translation>Der gemeinsame Speicher des Raums wird gerade repariert</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="352"/>
        <source>The room&apos;s shared memory held data this version cannot read; it was reset.</source>
        <translation>Der gemeinsame Speicher des Raums enthielt Daten, die diese Version nicht lesen kann; er wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="362"/>
        <source>another program holds the room&apos;s lock</source>
        <translation>Ein anderes Programm hält die Sperre des Raums</translation>
    </message>
</context>
<context>
    <name>RoomStatusBar</name>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="50"/>
        <source>Room: %1</source>
        <translation>Raum: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="53"/>
        <source>Joining room %1…</source>
        <translation>Beitritt zu Raum %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="56"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="59"/>
        <source>Members: %1</source>
        <translation>Teilnehmer: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="66"/>
        <source>Linked to other machines</source>
        <translation>Mit anderen Rechnern verbunden</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="69"/>
        <source>Not connected to other machines</source>
        <translation>Nicht mit anderen Rechnern verbunden</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="140"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="142"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="177"/>
        <location filename="../app/gui/searchbar.cpp" line="178"/>
        <source>Find in messages</source>
        <translation>In Nachrichten suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="179"/>
        <source>Older match (Enter)</source>
        <translation>Älterer Treffer (Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="180"/>
        <source>Older match</source>
        <translation>Älterer Treffer</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="181"/>
        <source>Newer match (Shift+Enter)</source>
        <translation>Neuerer Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="182"/>
        <source>Newer match</source>
        <translation>Neuerer Treffer</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="183"/>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="184"/>
        <source>Close search</source>
        <translation>Suche schließen</translation>
    </message>
</context>
</TS>
