<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BenchCli</name>
    <message>
        <location filename="../bench/main.cpp" line="60"/>
        <source>Measures ShmChat&apos;s shared-memory transport against QLocalSocket: throughput without loss (1 to 1 and 1 to 8 readers), one-way latency per poll interval, CPU use of an idle member, and event-loop stalls of the chat window and of a bare reader under a flood. Targets are reported, never asserted.</source>
        <translation>Misst den Shared-Memory-Transport von ShmChat im Vergleich zu QLocalSocket: verlustfreier Durchsatz (1 zu 1 und 1 zu 8 Leser), Latenz in eine Richtung je Abfrageintervall, CPU-Last eines untätigen Mitglieds sowie Hänger der Ereignisschleife des Chatfensters und eines einfachen Lesers bei einer Nachrichtenflut. Ziele werden berichtet, nie erzwungen.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="65"/>
        <source>Shorter runs; finishes in under a minute.</source>
        <translation>Kürzere Läufe; fertig in weniger als einer Minute.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="66"/>
        <source>Print one JSON object per result line instead of a table.</source>
        <translation>Statt einer Tabelle ein JSON-Objekt pro Ergebniszeile ausgeben.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="68"/>
        <source>Run only these scenarios (comma-separated): throughput, latency, idle, flood, costs.</source>
        <translation>Nur diese Szenarien ausführen (durch Kommas getrennt): throughput, latency, idle, flood, costs.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="69"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="71"/>
        <source>Also write the JSON lines to this file, so one run gives both forms.</source>
        <translation>Die JSON-Zeilen zusätzlich in diese Datei schreiben, damit ein Lauf beide Formen liefert.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="72"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="368"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="369"/>
        <source>Change &amp;Nickname…</source>
        <translation>&amp;Spitznamen ändern…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="370"/>
        <source>Switch &amp;Room…</source>
        <translation>&amp;Raum wechseln…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="371"/>
        <source>New &amp;Window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="372"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="373"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="374"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="375"/>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="376"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="377"/>
        <source>&amp;About ShmChat</source>
        <translation>&amp;Über ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="381"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="382"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="383"/>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="384"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="385"/>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="386"/>
        <source>Write a message… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>Nachricht schreiben… (Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="387"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="388"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="389"/>
        <source>New messages ↓</source>
        <translation>Neue Nachrichten ↓</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="390"/>
        <source>Scroll to new messages</source>
        <translation>Zu den neuen Nachrichten blättern</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="392"/>
        <source>&amp;Members</source>
        <translation>&amp;Teilnehmer</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="393"/>
        <source>Members</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="394"/>
        <source>Send error</source>
        <translation>Sendefehler</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="395"/>
        <source>Remaining message length</source>
        <translation>Verbleibende Nachrichtenlänge</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="508"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="510"/>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="526"/>
        <source>ShmChat — %1 — %2</source>
        <comment>window title: room, nickname</comment>
        <translation>ShmChat — %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="528"/>
        <source>(%1) %2</source>
        <comment>window title: unread count, title</comment>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="544"/>
        <source>%1 (you)</source>
        <translation>%1 (du)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="553"/>
        <source>Members: %1</source>
        <translation>Teilnehmer: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="573"/>
        <source>Bytes left: %1</source>
        <translation>Verbleibende Bytes: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="574"/>
        <source>Bytes over the limit: %1</source>
        <translation>Bytes über dem Limit: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="585"/>
        <source>Room: %1</source>
        <translation>Raum: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="585"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="620"/>
        <location filename="../app/gui/chatwindow.cpp" line="627"/>
        <source>Change Nickname</source>
        <translation>Spitznamen ändern</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="620"/>
        <source>New nickname:</source>
        <translation>Neuer Spitzname:</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="639"/>
        <location filename="../app/gui/chatwindow.cpp" line="647"/>
        <source>Switch Room</source>
        <translation>Raum wechseln</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="639"/>
        <source>Room to join:</source>
        <translation>Raum, dem du beitreten möchtest:</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="659"/>
        <source>Could not start a new window.</source>
        <translation>Es konnte kein neues Fenster gestartet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="664"/>
        <source>About ShmChat</source>
        <translation>Über ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="665"/>
        <source>ShmChat %1

Chat between programs on this computer through shared memory.</source>
        <translation>ShmChat %1

Chatten zwischen Programmen auf diesem Computer über gemeinsamen Speicher.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="159"/>
        <source>timed out after %1 s with %2 messages</source>
        <translation>Zeitüberschreitung nach %1 s mit %2 Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="211"/>
        <source>Talk to a ShmChat room from a terminal.

Commands:
  send --room R --name N TEXT...   post one message
  listen --room R [--name N]       print messages as JSON lines
  who --room R                     print the members as JSON lines</source>
        <translation>Von einem Terminal aus in einem ShmChat-Raum schreiben.

Befehle:
  send --room R --name N TEXT...   eine Nachricht senden
  listen --room R [--name N]       Nachrichten als JSON-Zeilen ausgeben
  who --room R                     die Teilnehmer als JSON-Zeilen ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="218"/>
        <source>The room to use.</source>
        <translation>Der zu verwendende Raum.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="218"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="219"/>
        <source>Your nickname (listen: join as a member under this name).</source>
        <translation>Dein Spitzname (listen: unter diesem Namen als Teilnehmer beitreten).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="219"/>
        <source>nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="220"/>
        <source>listen: exit 0 after this many text messages (received or reported missed).</source>
        <translation>listen: nach so vielen Textnachrichten (empfangen oder als verpasst gemeldet) mit 0 beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="220"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="221"/>
        <source>listen: exit 1 if the count is not reached after this many seconds.</source>
        <translation>listen: mit 1 beenden, wenn die Anzahl nach so vielen Sekunden nicht erreicht ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="221"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="222"/>
        <source>listen: print the room&apos;s recent history first.</source>
        <translation>listen: zuerst den jüngsten Verlauf des Raums ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="223"/>
        <source>listen: poll every this many milliseconds (default %1).</source>
        <translation>listen: alle so vielen Millisekunden nachsehen (Vorgabe %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="223"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="225"/>
        <source>send, listen or who.</source>
        <translation>send, listen oder who.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="226"/>
        <source>send: the message.</source>
        <translation>send: die Nachricht.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="226"/>
        <source>[TEXT...]</source>
        <translation>[TEXT...]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="241"/>
        <source>--count takes a whole number of 0 or more.</source>
        <translation>--count erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="248"/>
        <source>--timeout takes a number of seconds between 0 and 86400.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden zwischen 0 und 86400.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="255"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval erwartet eine Anzahl Millisekunden von 1 bis 1000.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="260"/>
        <source>--room is required.</source>
        <translation>--room ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="266"/>
        <source>send needs --name.</source>
        <translation>send braucht --name.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="270"/>
        <source>send needs the message text.</source>
        <translation>send braucht den Nachrichtentext.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="276"/>
        <source>unexpected arguments: %1</source>
        <translation>unerwartete Argumente: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="283"/>
        <source>unknown command &quot;%1&quot;; use send, listen or who (see --help).</source>
        <translation>unbekannter Befehl „%1“; verwende send, listen oder who (siehe --help).</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Chat with other ShmChat windows on this computer.</source>
        <translation>Mit anderen ShmChat-Fenstern auf diesem Computer chatten.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>Your nickname (default: the last one you chose, else your user name).</source>
        <translation>Dein Spitzname (Vorgabe: der zuletzt gewählte, sonst dein Benutzername).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>The room to join (default: %1).</source>
        <translation>Der Raum, dem beigetreten wird (Vorgabe: %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>The language of the user interface, such as de or ja (default: the system&apos;s).</source>
        <translation>Die Sprache der Benutzeroberfläche, etwa de oder ja (Vorgabe: die des Systems).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Look for new messages every this many milliseconds (default %1).</source>
        <translation>Alle so vielen Millisekunden nach neuen Nachrichten sehen (Vorgabe %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval erwartet eine Anzahl Millisekunden von 1 bis 1000.</translation>
    </message>
</context>
<context>
    <name>IpcChannel</name>
    <message>
        <location filename="../core/ipcchannel.cpp" line="119"/>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="120"/>
        <source>The room name is empty.</source>
        <translation>Der Raumname ist leer.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="121"/>
        <source>The nickname is empty.</source>
        <translation>Der Spitzname ist leer.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="123"/>
        <source>The message is too long: at most %1 bytes of UTF-8 can be sent.</source>
        <translation>Die Nachricht ist zu lang: Es können höchstens %1 Bytes UTF-8 gesendet werden.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="124"/>
        <source>The room name is too long: at most %1 bytes of UTF-8.</source>
        <translation>Der Raumname ist zu lang: höchstens %1 Bytes UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="125"/>
        <source>The nickname is too long: at most %1 bytes of UTF-8.</source>
        <translation>Der Spitzname ist zu lang: höchstens %1 Bytes UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="127"/>
        <source>The message contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>Die Nachricht enthält defekte Zeichen (ungepaarte UTF-16-Surrogate).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="128"/>
        <source>The room name contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>Der Raumname enthält defekte Zeichen (ungepaarte UTF-16-Surrogate).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="129"/>
        <source>The nickname contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>Der Spitzname enthält defekte Zeichen (ungepaarte UTF-16-Surrogate).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="131"/>
        <source>The message contains control characters (such as NUL) that cannot be sent.</source>
        <translation>Die Nachricht enthält Steuerzeichen (etwa NUL), die nicht gesendet werden können.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="132"/>
        <source>The room name may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>Der Raumname darf keine Zeilenumbrüche, Steuerzeichen oder Leerzeichen am Anfang oder Ende enthalten.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="133"/>
        <source>The nickname may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>Der Spitzname darf keine Zeilenumbrüche, Steuerzeichen oder Leerzeichen am Anfang oder Ende enthalten.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="210"/>
        <source>Cannot join room &quot;%1&quot;: it is busy (%2). Try again in a few seconds.</source>
        <translation>Dem Raum „%1“ kann nicht beigetreten werden: Er ist belegt (%2). Versuche es in ein paar Sekunden erneut.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="213"/>
        <source>Cannot join room &quot;%1&quot;: %2 Refusing to use it; another user may be squatting its name. Choose another room name.</source>
        <translation>Dem Raum „%1“ kann nicht beigetreten werden: %2 Er wird nicht verwendet; möglicherweise hat ein anderer Benutzer den Namen besetzt. Wähle einen anderen Raumnamen.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="219"/>
        <source>Cannot join room &quot;%1&quot;: %2</source>
        <translation>Dem Raum „%1“ kann nicht beigetreten werden: %2</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="263"/>
        <source>Not in a room: join one before sending.</source>
        <translation>Nicht in einem Raum: Tritt vor dem Senden einem Raum bei.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="293"/>
        <source>The room is busy; the nickname was not changed. Try again.</source>
        <translation>Der Raum ist belegt; der Spitzname wurde nicht geändert. Versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="367"/>
        <source>Cannot join room &quot;%1&quot;: another program holds its lock. Try again in a few seconds.</source>
        <translation>Dem Raum „%1“ kann nicht beigetreten werden: Ein anderes Programm hält seine Sperre. Versuche es in ein paar Sekunden erneut.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="379"/>
        <source>Cannot join room &quot;%1&quot;: it is full (%2 members).</source>
        <translation>Dem Raum „%1“ kann nicht beigetreten werden: Er ist voll (%2 Teilnehmer).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="392"/>
        <source>You left the room before the message could be sent.</source>
        <translation>Du hast den Raum verlassen, bevor die Nachricht gesendet werden konnte.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="419"/>
        <source>The room is busy: another program has held its lock for too long. The message was not sent.</source>
        <translation>Der Raum ist belegt: Ein anderes Programm hält seine Sperre schon zu lange. Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="527"/>
        <source>The room was reset by another program; earlier messages are gone.</source>
        <translation>Der Raum wurde von einem anderen Programm zurückgesetzt; frühere Nachrichten sind verloren.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="536"/>
        <source>Damaged data in the room&apos;s shared memory was skipped. Another program may be writing into it.</source>
        <translation>Beschädigte Daten im gemeinsamen Speicher des Raums wurden übersprungen. Möglicherweise schreibt ein anderes Programm hinein.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="595"/>
        <source>The room&apos;s shared memory was overwritten with data this program cannot read; it was reset.</source>
        <translation>Der gemeinsame Speicher des Raums wurde mit Daten überschrieben, die dieses Programm nicht lesen kann; er wurde zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="18"/>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="20"/>
        <source>%1 left</source>
        <translation>%1 ist gegangen</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="22"/>
        <source>%1 left (not responding)</source>
        <translation>%1 ist gegangen (reagiert nicht mehr)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="24"/>
        <source>%1 is now known as %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="26"/>
        <source>Messages missed: %1 (they were overwritten before this window could read them)</source>
        <translation>Verpasste Nachrichten: %1 (sie wurden überschrieben, bevor dieses Fenster sie lesen konnte)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="29"/>
        <source>Earlier messages, from before you joined:</source>
        <translation>Frühere Nachrichten, von vor deinem Beitritt:</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RoomSegment</name>
    <message>
        <location filename="../core/roomsegment.cpp" line="172"/>
        <source>unknown contents</source>
        <translation>unbekannter Inhalt</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="174"/>
        <source>layout version %1, this program uses %2</source>
        <translation>Layoutversion %1, dieses Programm verwendet %2</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="176"/>
        <source>inconsistent sizes</source>
        <translation>widersprüchliche Größen</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="244"/>
        <source>The room&apos;s shared memory or its lock belongs to another user.</source>
        <translation>Der gemeinsame Speicher des Raums oder seine Sperre gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="277"/>
        <source>The room&apos;s shared memory was too small for this version and was replaced.</source>
        <translation>Der gemeinsame Speicher des Raums war für diese Version zu klein und wurde ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="280"/>
        <source>The room is in use by an incompatible version of ShmChat.</source>
        <translation>Der Raum wird von einer inkompatiblen ShmChat-Version verwendet.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="297"/>
        <source>Another program holds the room&apos;s lock and does not release it.</source>
        <translation>Ein anderes Programm hält die Sperre des Raums und gibt sie nicht frei.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="307"/>
        <source>The room&apos;s shared memory held data this version cannot read (%1); it was reset.</source>
        <translation>Der gemeinsame Speicher des Raums enthielt Daten, die diese Version nicht lesen kann (%1); er wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="313"/>
        <source>The room had been left behind by instances that did not exit cleanly; it was reset.</source>
        <translation>Der Raum war von Instanzen zurückgelassen worden, die nicht sauber beendet wurden; er wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="349"/>
        <source>The room&apos;s key file %1 belongs to another user.</source>
        <translation>Die Schlüsseldatei %1 des Raums gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="357"/>
        <source>The room&apos;s shared memory could not be inspected.</source>
        <translation>Der gemeinsame Speicher des Raums konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="361"/>
        <source>The room&apos;s shared memory belongs to another user or is open to other users.</source>
        <translation>Der gemeinsame Speicher des Raums gehört einem anderen Benutzer oder ist für andere Benutzer offen.</translation>
    </message>
</context>
</TS>
