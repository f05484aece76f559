<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BenchCli</name>
    <message>
        <location filename="../bench/main.cpp" line="60"/>
        <source>Measures ShmChat&apos;s shared-memory transport against QLocalSocket: throughput without loss (1 to 1 and 1 to 8 readers), one-way latency per poll interval, CPU use of an idle member, and event-loop stalls of the chat window and of a bare reader under a flood. Targets are reported, never asserted.</source>
        <translation>Mesure le transport par mémoire partagée de ShmChat face à QLocalSocket : débit sans perte (1 vers 1 et 1 vers 8 lecteurs), latence aller simple selon l&apos;intervalle d&apos;interrogation, charge CPU d&apos;un membre inactif, et blocages de la boucle d&apos;événements de la fenêtre de discussion et d&apos;un simple lecteur sous un déluge de messages. Les objectifs sont rapportés, jamais imposés.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="65"/>
        <source>Shorter runs; finishes in under a minute.</source>
        <translation>Exécutions plus courtes ; se termine en moins d&apos;une minute.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="66"/>
        <source>Print one JSON object per result line instead of a table.</source>
        <translation>Afficher un objet JSON par ligne de résultat au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="68"/>
        <source>Run only these scenarios (comma-separated): throughput, latency, idle, flood, costs.</source>
        <translation>N&apos;exécuter que ces scénarios (séparés par des virgules) : throughput, latency, idle, flood, costs.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="69"/>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="71"/>
        <source>Also write the JSON lines to this file, so one run gives both forms.</source>
        <translation>Écrire aussi les lignes JSON dans ce fichier, pour obtenir les deux formes en une seule exécution.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="72"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="368"/>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="369"/>
        <source>Change &amp;Nickname…</source>
        <translation>Changer de &amp;pseudo…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="370"/>
        <source>Switch &amp;Room…</source>
        <translation>Changer de &amp;salon…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="371"/>
        <source>New &amp;Window</source>
        <translation>Nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="372"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="373"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="374"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="375"/>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="376"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="377"/>
        <source>&amp;About ShmChat</source>
        <translation>À &amp;propos de ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="381"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="382"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="383"/>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="384"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="385"/>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="386"/>
        <source>Write a message… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>Écrivez un message… (Entrée envoie, Maj+Entrée ajoute une ligne)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="387"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="388"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="389"/>
        <source>New messages ↓</source>
        <translation>Nouveaux messages ↓</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="390"/>
        <source>Scroll to new messages</source>
        <translation>Aller aux nouveaux messages</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="392"/>
        <source>&amp;Members</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="393"/>
        <source>Members</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="394"/>
        <source>Send error</source>
        <translation>Erreur d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="395"/>
        <source>Remaining message length</source>
        <translation>Longueur restante du message</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="508"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="510"/>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2 : %3</translation>
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
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="553"/>
        <source>Members: %1</source>
        <translation>Participants : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="573"/>
        <source>Bytes left: %1</source>
        <translation>Octets restants : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="574"/>
        <source>Bytes over the limit: %1</source>
        <translation>Octets en trop : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="585"/>
        <source>Room: %1</source>
        <translation>Salon : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="585"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="620"/>
        <location filename="../app/gui/chatwindow.cpp" line="627"/>
        <source>Change Nickname</source>
        <translation>Changer de pseudo</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="620"/>
        <source>New nickname:</source>
        <translation>Nouveau pseudo :</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="639"/>
        <location filename="../app/gui/chatwindow.cpp" line="647"/>
        <source>Switch Room</source>
        <translation>Changer de salon</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="639"/>
        <source>Room to join:</source>
        <translation>Salon à rejoindre :</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="659"/>
        <source>Could not start a new window.</source>
        <translation>Impossible d&apos;ouvrir une nouvelle fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="664"/>
        <source>About ShmChat</source>
        <translation>À propos de ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="665"/>
        <source>ShmChat %1

Chat between programs on this computer through shared memory.</source>
        <translation>ShmChat %1

Discussion entre programmes de cet ordinateur par mémoire partagée.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="159"/>
        <source>timed out after %1 s with %2 messages</source>
        <translation>délai dépassé après %1 s avec %2 messages</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="211"/>
        <source>Talk to a ShmChat room from a terminal.

Commands:
  send --room R --name N TEXT...   post one message
  listen --room R [--name N]       print messages as JSON lines
  who --room R                     print the members as JSON lines</source>
        <translation>Discuter dans un salon ShmChat depuis un terminal.

Commandes :
  send --room R --name N TEXT...   envoyer un message
  listen --room R [--name N]       afficher les messages en lignes JSON
  who --room R                     afficher les participants en lignes JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="218"/>
        <source>The room to use.</source>
        <translation>Le salon à utiliser.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="218"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="219"/>
        <source>Your nickname (listen: join as a member under this name).</source>
        <translation>Votre pseudo (listen : rejoindre le salon comme participant sous ce nom).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="219"/>
        <source>nickname</source>
        <translation>pseudo</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="220"/>
        <source>listen: exit 0 after this many text messages (received or reported missed).</source>
        <translation>listen : quitter avec 0 après ce nombre de messages texte (reçus ou signalés manqués).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="220"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="221"/>
        <source>listen: exit 1 if the count is not reached after this many seconds.</source>
        <translation>listen : quitter avec 1 si le nombre n&apos;est pas atteint après ce nombre de secondes.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="221"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="222"/>
        <source>listen: print the room&apos;s recent history first.</source>
        <translation>listen : afficher d&apos;abord l&apos;historique récent du salon.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="223"/>
        <source>listen: poll every this many milliseconds (default %1).</source>
        <translation>listen : interroger toutes les N millisecondes (par défaut %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="223"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="225"/>
        <source>send, listen or who.</source>
        <translation>send, listen ou who.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="226"/>
        <source>send: the message.</source>
        <translation>send : le message.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="226"/>
        <source>[TEXT...]</source>
        <translation>[TEXTE...]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="241"/>
        <source>--count takes a whole number of 0 or more.</source>
        <translation>--count attend un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="248"/>
        <source>--timeout takes a number of seconds between 0 and 86400.</source>
        <translation>--timeout attend un nombre de secondes entre 0 et 86400.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="255"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval attend un nombre de millisecondes entre 1 et 1000.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="260"/>
        <source>--room is required.</source>
        <translation>--room est obligatoire.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="266"/>
        <source>send needs --name.</source>
        <translation>send nécessite --name.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="270"/>
        <source>send needs the message text.</source>
        <translation>send nécessite le texte du message.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="276"/>
        <source>unexpected arguments: %1</source>
        <translation>arguments inattendus : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="283"/>
        <source>unknown command &quot;%1&quot;; use send, listen or who (see --help).</source>
        <translation>commande « %1 » inconnue ; utilisez send, listen ou who (voir --help).</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Chat with other ShmChat windows on this computer.</source>
        <translation>Discuter avec d&apos;autres fenêtres ShmChat sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>Your nickname (default: the last one you chose, else your user name).</source>
        <translation>Votre pseudo (par défaut : le dernier choisi, sinon votre nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>nickname</source>
        <translation>pseudo</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>The room to join (default: %1).</source>
        <translation>Le salon à rejoindre (par défaut : %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>The language of the user interface, such as de or ja (default: the system&apos;s).</source>
        <translation>La langue de l&apos;interface, par exemple de ou ja (par défaut : celle du système).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Look for new messages every this many milliseconds (default %1).</source>
        <translation>Chercher de nouveaux messages toutes les N millisecondes (par défaut %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval attend un nombre de millisecondes entre 1 et 1000.</translation>
    </message>
</context>
<context>
    <name>IpcChannel</name>
    <message>
        <location filename="../core/ipcchannel.cpp" line="119"/>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="120"/>
        <source>The room name is empty.</source>
        <translation>Le nom du salon est vide.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="121"/>
        <source>The nickname is empty.</source>
        <translation>Le pseudo est vide.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="123"/>
        <source>The message is too long: at most %1 bytes of UTF-8 can be sent.</source>
        <translation>Le message est trop long : au plus %1 octets en UTF-8 peuvent être envoyés.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="124"/>
        <source>The room name is too long: at most %1 bytes of UTF-8.</source>
        <translation>Le nom du salon est trop long : au plus %1 octets en UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="125"/>
        <source>The nickname is too long: at most %1 bytes of UTF-8.</source>
        <translation>Le pseudo est trop long : au plus %1 octets en UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="127"/>
        <source>The message contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>Le message contient des caractères invalides (substituts UTF-16 non appariés).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="128"/>
        <source>The room name contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>Le nom du salon contient des caractères invalides (substituts UTF-16 non appariés).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="129"/>
        <source>The nickname contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>Le pseudo contient des caractères invalides (substituts UTF-16 non appariés).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="131"/>
        <source>The message contains control characters (such as NUL) that cannot be sent.</source>
        <translation>Le message contient des caractères de contrôle (comme NUL) qui ne peuvent pas être envoyés.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="132"/>
        <source>The room name may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>Le nom du salon ne doit contenir ni saut de ligne, ni caractère de contrôle, ni espace au début ou à la fin.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="133"/>
        <source>The nickname may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>Le pseudo ne doit contenir ni saut de ligne, ni caractère de contrôle, ni espace au début ou à la fin.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="210"/>
        <source>Cannot join room &quot;%1&quot;: it is busy (%2). Try again in a few seconds.</source>
        <translation>Impossible de rejoindre le salon « %1 » : il est occupé (%2). Réessayez dans quelques secondes.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="213"/>
        <source>Cannot join room &quot;%1&quot;: %2 Refusing to use it; another user may be squatting its name. Choose another room name.</source>
        <translation>Impossible de rejoindre le salon « %1 » : %2 Il ne sera pas utilisé ; un autre utilisateur occupe peut-être ce nom. Choisissez un autre nom de salon.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="219"/>
        <source>Cannot join room &quot;%1&quot;: %2</source>
        <translation>Impossible de rejoindre le salon « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="263"/>
        <source>Not in a room: join one before sending.</source>
        <translation>Vous n&apos;êtes dans aucun salon : rejoignez-en un avant d&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="293"/>
        <source>The room is busy; the nickname was not changed. Try again.</source>
        <translation>Le salon est occupé ; le pseudo n&apos;a pas été changé. Réessayez.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="367"/>
        <source>Cannot join room &quot;%1&quot;: another program holds its lock. Try again in a few seconds.</source>
        <translation>Impossible de rejoindre le salon « %1 » : un autre programme détient son verrou. Réessayez dans quelques secondes.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="379"/>
        <source>Cannot join room &quot;%1&quot;: it is full (%2 members).</source>
        <translation>Impossible de rejoindre le salon « %1 » : il est complet (%2 participants).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="392"/>
        <source>You left the room before the message could be sent.</source>
        <translation>Vous avez quitté le salon avant que le message puisse être envoyé.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="419"/>
        <source>The room is busy: another program has held its lock for too long. The message was not sent.</source>
        <translation>Le salon est occupé : un autre programme détient son verrou depuis trop longtemps. Le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="527"/>
        <source>The room was reset by another program; earlier messages are gone.</source>
        <translation>Le salon a été réinitialisé par un autre programme ; les messages précédents sont perdus.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="536"/>
        <source>Damaged data in the room&apos;s shared memory was skipped. Another program may be writing into it.</source>
        <translation>Des données endommagées dans la mémoire partagée du salon ont été ignorées. Un autre programme y écrit peut-être.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="595"/>
        <source>The room&apos;s shared memory was overwritten with data this program cannot read; it was reset.</source>
        <translation>La mémoire partagée du salon a été écrasée par des données que ce programme ne sait pas lire ; elle a été réinitialisée.</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="18"/>
        <source>%1 joined</source>
        <translation>%1 a rejoint le salon</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="20"/>
        <source>%1 left</source>
        <translation>%1 a quitté le salon</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="22"/>
        <source>%1 left (not responding)</source>
        <translation>%1 a quitté le salon (ne répond plus)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="24"/>
        <source>%1 is now known as %2</source>
        <translation>%1 s&apos;appelle désormais %2</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="26"/>
        <source>Messages missed: %1 (they were overwritten before this window could read them)</source>
        <translation>Messages manqués : %1 (ils ont été écrasés avant que cette fenêtre ne puisse les lire)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="29"/>
        <source>Earlier messages, from before you joined:</source>
        <translation>Messages précédents, d&apos;avant votre arrivée :</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="47"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>RoomSegment</name>
    <message>
        <location filename="../core/roomsegment.cpp" line="172"/>
        <source>unknown contents</source>
        <translation>contenu inconnu</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="174"/>
        <source>layout version %1, this program uses %2</source>
        <translation>version de format %1, ce programme utilise la %2</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="176"/>
        <source>inconsistent sizes</source>
        <translation>tailles incohérentes</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="244"/>
        <source>The room&apos;s shared memory or its lock belongs to another user.</source>
        <translation>La mémoire partagée du salon ou son verrou appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="277"/>
        <source>The room&apos;s shared memory was too small for this version and was replaced.</source>
        <translation>La mémoire partagée du salon était trop petite pour cette version et a été remplacée.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="280"/>
        <source>The room is in use by an incompatible version of ShmChat.</source>
        <translation>Le salon est utilisé par une version incompatible de ShmChat.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="297"/>
        <source>Another program holds the room&apos;s lock and does not release it.</source>
        <translation>Un autre programme détient le verrou du salon et ne le libère pas.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="307"/>
        <source>The room&apos;s shared memory held data this version cannot read (%1); it was reset.</source>
        <translation>La mémoire partagée du salon contenait des données que cette version ne sait pas lire (%1) ; elle a été réinitialisée.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="313"/>
        <source>The room had been left behind by instances that did not exit cleanly; it was reset.</source>
        <translation>Le salon avait été laissé par des instances qui ne se sont pas terminées proprement ; il a été réinitialisé.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="349"/>
        <source>The room&apos;s key file %1 belongs to another user.</source>
        <translation>Le fichier clé %1 du salon appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="357"/>
        <source>The room&apos;s shared memory could not be inspected.</source>
        <translation>La mémoire partagée du salon n&apos;a pas pu être examinée.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="361"/>
        <source>The room&apos;s shared memory belongs to another user or is open to other users.</source>
        <translation>La mémoire partagée du salon appartient à un autre utilisateur ou est ouverte à d&apos;autres utilisateurs.</translation>
    </message>
</context>
</TS>
