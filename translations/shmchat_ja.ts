<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../app/gui/announcer.cpp" line="19"/>
        <source>%1 says: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/announcer.cpp" line="32"/>
        <source>New messages: %1</source>
        <translation>新着メッセージ：%1 件</translation>
    </message>
</context>
<context>
    <name>BenchCli</name>
    <message>
        <location filename="../bench/main.cpp" line="61"/>
        <source>Measures ShmChat&apos;s shared-memory transport against QLocalSocket: throughput without loss (1 to 1 and 1 to 8 readers), one-way latency per poll interval, CPU use of an idle member, and event-loop stalls of the chat window and of a bare reader under a flood. Targets are reported, never asserted.</source>
        <translation>ShmChat の共有メモリ転送を QLocalSocket と比較して測定します：損失のないスループット（1 対 1 と 1 対 8 の読み手）、ポーリング間隔ごとの片道レイテンシ、待機中のメンバーの CPU 使用率、大量のメッセージを受けたときのチャットウィンドウと単純な読み手のイベントループの停止時間。目標値は報告するだけで、検証はしません。</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="66"/>
        <source>Shorter runs; finishes in under a minute.</source>
        <translation>短い実行。1 分以内に終わります。</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="67"/>
        <source>Print one JSON object per result line instead of a table.</source>
        <translation>表の代わりに、結果 1 行ごとに JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="69"/>
        <source>Run only these scenarios (comma-separated): throughput, latency, idle, flood, costs, picture.</source>
        <translation>これらのシナリオだけを実行します（カンマ区切り）：throughput, latency, idle, flood, costs, picture。</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="70"/>
        <source>list</source>
        <translation>一覧</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="72"/>
        <source>Also write the JSON lines to this file, so one run gives both forms.</source>
        <translation>JSON 行をこのファイルにも書き込みます。1 回の実行で両方の形式が得られます。</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="73"/>
        <source>path</source>
        <translation>パス</translation>
    </message>
</context>
<context>
    <name>BridgeCli</name>
    <message>
        <location filename="../app/bridge/main.cpp" line="42"/>
        <source>Joins a ShmChat room on this machine to the same room on other machines through a NATS JetStream cluster.</source>
        <translation>このマシンの ShmChat ルームを、NATS JetStream クラスター経由で他のマシンの同じルームにつなぎます。</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="45"/>
        <source>The room to join.</source>
        <translation>参加するルーム。</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="47"/>
        <source>NATS servers, comma-separated (nats://HOST:PORT or tls://HOST:PORT).</source>
        <translation>NATS サーバー(カンマ区切り。nats://HOST:PORT または tls://HOST:PORT)。</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="50"/>
        <source>A file holding &quot;user:password&quot;, a token, or a NATS .creds file.</source>
        <translation>「ユーザー:パスワード」かトークンを書いたファイル、または NATS の .creds ファイル。</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="53"/>
        <source>Use TLS, trusting the certificate authority in FILE.</source>
        <translation>TLS を使い、FILE の認証局を信頼します。</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="55"/>
        <source>This machine&apos;s name as other machines show it (default: the host name).</source>
        <translation>他のマシンに表示されるこのマシンの名前(既定: ホスト名)。</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="58"/>
        <source>How many messages the room&apos;s stream keeps, when the bridge creates it.</source>
        <translation>ブリッジがルームのストリームを作るときに保持するメッセージ数。</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="61"/>
        <source>Copies of the room&apos;s stream in the cluster, when the bridge creates it.</source>
        <translation>ブリッジがルームのストリームを作るときの、クラスター内のコピー数。</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="73"/>
        <source>--server is required (nats://HOST:PORT, several separated by commas).</source>
        <translation>--server が必要です(nats://HOST:PORT。複数はカンマ区切り)。</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="79"/>
        <source>&quot;%1&quot; cannot be a machine name: at most %2 bytes, one line, visible characters (choose one with --machine).</source>
        <translation>「%1」はマシン名にできません: 最大 %2 バイト、1 行、目に見える文字のみです(--machine で指定してください)。</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="87"/>
        <source>--stream-max-messages takes a whole number of 1 or more.</source>
        <translation>--stream-max-messages には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="90"/>
        <source>--replicas takes a number from 1 to 5.</source>
        <translation>--replicas には 1 から 5 の数を指定してください。</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="220"/>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="246"/>
        <location filename="../app/gui/chatwindow.cpp" line="147"/>
        <source>Change &amp;Nickname…</source>
        <translation>ニックネームを変更(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="254"/>
        <source>Switch &amp;Room…</source>
        <translation>ルームを切り替え(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="262"/>
        <source>New &amp;Window</source>
        <translation>新しいウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="267"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="230"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="235"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="275"/>
        <source>&amp;About ShmChat</source>
        <translation>ShmChat について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="38"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="45"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="10"/>
        <source>Connection problem</source>
        <translation>接続の問題</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="110"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="107"/>
        <source>Send message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="98"/>
        <source>Write a message… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>メッセージを入力…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="95"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="80"/>
        <source>Messages</source>
        <translation>メッセージ一覧</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="191"/>
        <source>&amp;Members</source>
        <translation>メンバー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="204"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="153"/>
        <source>Send error</source>
        <translation>送信エラー</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="123"/>
        <source>Remaining message length</source>
        <translation>メッセージの残り長さ</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="148"/>
        <source>&amp;Find in Messages…</source>
        <translation>メッセージを検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="149"/>
        <source>Send &amp;Picture…</source>
        <translation>画像を送信(&amp;P)…</translation>
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
        <translation>ニックネームの変更</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="335"/>
        <source>New nickname:</source>
        <translation>新しいニックネーム:</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="363"/>
        <source>Switch Room</source>
        <translation>ルームの切り替え</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="372"/>
        <source>New Window</source>
        <translation>新しいウィンドウ</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="372"/>
        <source>Nickname for the new window:</source>
        <translation>新しいウィンドウのニックネーム：</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="386"/>
        <source>Could not start a new window.</source>
        <translation>新しいウィンドウを起動できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="391"/>
        <source>About ShmChat</source>
        <translation>ShmChat について</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="392"/>
        <source>ShmChat %1

Chat between programs on this computer through shared memory.</source>
        <translation>ShmChat %1

共有メモリを使って、このコンピューター上のプログラム同士でチャットします。</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowextras.cpp" line="80"/>
        <source>Could not open %1: no web browser or other program for links is set up.</source>
        <translation>%1 を開けませんでした。Web ブラウザーなど、リンクを開くプログラムが設定されていません。</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="47"/>
        <source>&amp;Direct Message…</source>
        <translation>ダイレクトメッセージ(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="80"/>
        <source>%1 is typing…</source>
        <translation>%1 が入力中…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="82"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 と %2 が入力中…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="84"/>
        <source>Several people are typing…</source>
        <translation>複数の人が入力中…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="152"/>
        <source>member %1</source>
        <translation>メンバー %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="166"/>
        <source>%1 sent you a direct message.</source>
        <translation>%1 からダイレクトメッセージが届きました。</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="212"/>
        <source>Nobody called &quot;%1&quot; is in the room besides you: /msg takes a member&apos;s name, then the message.</source>
        <translation>あなた以外に「%1」という名前の人はルームにいません。/msg にはメンバーの名前、続けてメッセージを指定します。</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowpictures.cpp" line="71"/>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowpictures.cpp" line="80"/>
        <source>Send Picture</source>
        <translation>画像を送信</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowpictures.cpp" line="81"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="280"/>
        <source>timed out after %1 s with %2 messages</source>
        <translation>%1 秒でタイムアウトしました（メッセージ %2 件）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="213"/>
        <source>nobody called &quot;%1&quot; is in room &quot;%2&quot; (see who).</source>
        <translation>ルーム「%2」に「%1」という人はいません（who を参照）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="324"/>
        <source>this system offers no list of rooms.</source>
        <translation>このシステムではルームの一覧を取得できません。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="358"/>
        <source>The room to use.</source>
        <translation>使用するルーム。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="358"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="359"/>
        <source>Your nickname (listen: join as a member under this name).</source>
        <translation>ニックネーム（listen: この名前でメンバーとして参加）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="359"/>
        <location filename="../app/cli/main.cpp" line="363"/>
        <source>nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="361"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="362"/>
        <source>listen: exit 1 if the count is not reached after this many seconds.</source>
        <translation>listen: この秒数が経っても件数に達しなければ終了コード 1 で終了。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="362"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="363"/>
        <source>send: a direct message to this member alone (not secret: any program of your user can read the room).</source>
        <translation>send: このメンバーだけに送るダイレクトメッセージ（秘密ではありません。同じユーザーのどのプログラムもルームを読めます）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="364"/>
        <source>listen: print the room&apos;s recent history first.</source>
        <translation>listen: 最初にルームの最近の履歴を出力。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="365"/>
        <source>listen: poll every this many milliseconds (default %1).</source>
        <translation>listen: このミリ秒ごとにポーリング（既定 %1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="365"/>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="367"/>
        <source>send, listen, who or rooms.</source>
        <translation>send、listen、who、rooms のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="454"/>
        <source>unknown command &quot;%1&quot;; use send, listen, who or rooms (see --help).</source>
        <translation>不明なコマンド「%1」です。send、listen、who、rooms のいずれかを使ってください（--help を参照）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="368"/>
        <source>send: the message.</source>
        <translation>send: メッセージ本文。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="170"/>
        <location filename="../app/cli/main.cpp" line="175"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
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
        <translation>ターミナルから ShmChat のルームで会話します。

コマンド:
  send --room R --name N TEXT...   メッセージを 1 件送信
  send ... --to MEMBER TEXT...     そのメンバーだけに送信
  send --room R --name N --image FILE   画像を 1 枚送信 (PNG、JPEG、GIF)
  listen --room R [--name N]       メッセージを JSON 行で出力
  who --room R                     メンバーを JSON 行で出力
  rooms                            現在メンバーがいるあなたのルームを JSON 行で出力</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="360"/>
        <source>send: post this picture file (PNG, JPEG or GIF) instead of text.</source>
        <translation>send: テキストの代わりにこの画像ファイル (PNG、JPEG、GIF) を送信します。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="360"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="361"/>
        <source>listen: exit 0 after this many text messages and pictures (received or reported missed).</source>
        <translation>listen: この数のテキストメッセージと画像 (受信または取りこぼしとして報告) の後、0 で終了します。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="368"/>
        <source>[TEXT...]</source>
        <translation>[テキスト...]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="385"/>
        <source>--count takes a whole number of 0 or more.</source>
        <translation>--count には 0 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="392"/>
        <source>--timeout takes a number of seconds between 0 and 86400.</source>
        <translation>--timeout には 0 から 86400 までの秒数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="399"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval には 1 から 1000 までのミリ秒数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="405"/>
        <source>rooms takes no room, name or text.</source>
        <translation>rooms にはルーム、名前、テキストを指定できません。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="411"/>
        <source>--room is required.</source>
        <translation>--room は必須です。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="417"/>
        <source>send needs --name.</source>
        <translation>send には --name が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="422"/>
        <source>--image needs a file name.</source>
        <translation>--image にはファイル名が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="426"/>
        <source>send --image takes no message text.</source>
        <translation>send --image にはメッセージのテキストを指定できません。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="431"/>
        <source>--to cannot be used with --image: pictures go to the whole room.</source>
        <translation>--to は --image と一緒に使えません: 画像はルーム全体に送られます。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="437"/>
        <source>send needs the message text.</source>
        <translation>send にはメッセージ本文が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="443"/>
        <source>--to belongs to send.</source>
        <translation>--to は send で使います。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="447"/>
        <source>unexpected arguments: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
</context>
<context>
    <name>DirectConversation</name>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="90"/>
        <source>%1 wrote from outside the room (a program that is not a member): there is nobody to answer.</source>
        <translation>%1 はルームの外（メンバーではないプログラム）から書き込みました。返信する相手がいません。</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="95"/>
        <source>%1 has left the room: the message was not sent.</source>
        <translation>%1 はルームを退出しました。メッセージは送信されませんでした。</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="124"/>
        <source>Direct messages with %1 — ShmChat</source>
        <translation>%1 とのダイレクトメッセージ — ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="126"/>
        <source>Only you and %1 see these messages in ShmChat. They are not secret: any program running as your user can read the room&apos;s shared memory.</source>
        <translation>ShmChat でこれらのメッセージを見られるのはあなたと %1 だけです。ただし秘密ではありません。あなたのユーザーで動くどのプログラムもルームの共有メモリを読めます。</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="129"/>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="130"/>
        <source>Write to %1 alone…</source>
        <translation>%1 だけに書く…</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="131"/>
        <source>Direct message to %1</source>
        <translation>%1 へのダイレクトメッセージ</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="132"/>
        <source>Direct messages with %1</source>
        <translation>%1 とのダイレクトメッセージ</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="64"/>
        <source>Chat with other ShmChat windows on this computer.</source>
        <translation>このコンピューター上の他の ShmChat ウィンドウとチャットします。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Your nickname (default: the last one you chose, else your user name).</source>
        <translation>ニックネーム（既定: 前回選んだもの、なければユーザー名）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>The room to join (default: the last one this nickname was in, else %1).</source>
        <translation>参加するルーム（既定：このニックネームで最後にいたルーム、なければ %1）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>The language of the user interface, such as de or ja (default: the system&apos;s).</source>
        <translation>ユーザーインターフェースの言語。de や ja など（既定: システムの言語）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>Look for new messages every this many milliseconds (default %1).</source>
        <translation>このミリ秒ごとに新着メッセージを確認（既定 %1）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>Place the window in column I of N side by side, e.g. 2/3.</source>
        <translation>ウィンドウを N 列中の I 列目に並べて配置します（例：2/3）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>I/N</source>
        <translation>I/N</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval には 1 から 1000 までのミリ秒数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="123"/>
        <source>--tile takes a column and a count, such as 2/3.</source>
        <translation>--tile には列と列数を指定します（例：2/3）。</translation>
    </message>
</context>
<context>
    <name>IpcChannel</name>
    <message>
        <location filename="../core/ipcchannel.cpp" line="111"/>
        <source>The message is empty.</source>
        <translation>メッセージが空です。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="112"/>
        <source>The room name is empty.</source>
        <translation>ルーム名が空です。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="113"/>
        <source>The nickname is empty.</source>
        <translation>ニックネームが空です。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="115"/>
        <source>The message is too long: at most %1 bytes of UTF-8 can be sent.</source>
        <translation>メッセージが長すぎます。送信できるのは UTF-8 で最大 %1 バイトです。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="116"/>
        <source>The room name is too long: at most %1 bytes of UTF-8.</source>
        <translation>ルーム名が長すぎます。UTF-8 で最大 %1 バイトです。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="117"/>
        <source>The nickname is too long: at most %1 bytes of UTF-8.</source>
        <translation>ニックネームが長すぎます。UTF-8 で最大 %1 バイトです。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="119"/>
        <source>The message contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>メッセージに壊れた文字（対になっていない UTF-16 サロゲート）が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="120"/>
        <source>The room name contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>ルーム名に壊れた文字（対になっていない UTF-16 サロゲート）が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="121"/>
        <source>The nickname contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>ニックネームに壊れた文字（対になっていない UTF-16 サロゲート）が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="123"/>
        <source>The message contains control characters (such as NUL) that cannot be sent.</source>
        <translation>メッセージに送信できない制御文字（NUL など）が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="124"/>
        <source>The room name may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>ルーム名には改行、制御文字、先頭または末尾の空白を含められません。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="125"/>
        <source>The nickname may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>ニックネームには改行、制御文字、先頭または末尾の空白を含められません。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="127"/>
        <source>The room name must contain a visible character and may not begin with a combining mark.</source>
        <translation>ルーム名には目に見える文字が必要で、結合文字で始めることはできません。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="128"/>
        <source>The nickname must contain a visible character and may not begin with a combining mark.</source>
        <translation>ニックネームには目に見える文字が必要で、結合文字で始めることはできません。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="130"/>
        <source>The room name may not contain invisible or direction-changing characters (such as zero-width spaces, bidi controls, line or paragraph separators, or blank fillers).</source>
        <translation>ルーム名には、見えない文字や文字の向きを変える文字（ゼロ幅スペース、双方向制御文字、行区切り・段落区切り、空白の埋め草文字など）を含められません。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="132"/>
        <source>The nickname may not contain invisible or direction-changing characters (such as zero-width spaces, bidi controls, line or paragraph separators, or blank fillers).</source>
        <translation>ニックネームには、見えない文字や文字の向きを変える文字（ゼロ幅スペース、双方向制御文字、行区切り・段落区切り、空白の埋め草文字など）を含められません。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="178"/>
        <source>The direct message is too long: at most %1 bytes of UTF-8 can be sent.</source>
        <translation>ダイレクトメッセージが長すぎます。送信できるのは UTF-8 で最大 %1 バイトです。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="221"/>
        <source>The picture is empty.</source>
        <translation>画像が空です。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="226"/>
        <source>This is not a picture ShmChat can send: only PNG, JPEG and GIF files can be sent.</source>
        <translation>ShmChat が送信できる画像ではありません。送信できるのは PNG、JPEG、GIF ファイルだけです。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="228"/>
        <source>The picture is too large (%1 MiB): at most %2 MiB can be sent.</source>
        <translation>画像が大きすぎます (%1 MiB)。送信できるのは最大 %2 MiB です。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="232"/>
        <source>The picture has too many pixels (%1 x %2): at most %3 megapixels, and %4 on a side, can be sent.</source>
        <translation>画像のピクセル数が多すぎます (%1 x %2)。送信できるのは最大 %3 メガピクセル、一辺 %4 ピクセルまでです。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="390"/>
        <source>A direct message goes to another member of the room.</source>
        <translation>ダイレクトメッセージはルームの他のメンバーに送るものです。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="396"/>
        <source>That member is no longer in the room: the direct message was not sent.</source>
        <translation>そのメンバーはもうルームにいません。ダイレクトメッセージは送信されませんでした。</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="792"/>
        <source>Newcomers can no longer find room &quot;%1&quot;: another program removed its folder in %2. Those already here can go on chatting.</source>
        <translation>新しく参加する人はルーム「%1」を見つけられなくなりました。別のプログラムが %2 にあるルームのフォルダーを削除しました。すでに参加している人はこのままチャットを続けられます。</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="96"/>
        <source>Cannot join room &quot;%1&quot;: %2</source>
        <translation>ルーム「%1」に参加できません: %2</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="277"/>
        <location filename="../core/ipcchannel.cpp" line="367"/>
        <location filename="../core/ipcchannel.cpp" line="386"/>
        <source>Not in a room: join one before sending.</source>
        <translation>ルームに参加していません。送信する前にルームに参加してください。</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="361"/>
        <location filename="../core/shmsession.cpp" line="369"/>
        <source>The room is busy; the nickname was not changed. Try again.</source>
        <translation>ルームがビジー状態のため、ニックネームは変更されませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="214"/>
        <source>Cannot join room &quot;%1&quot;: it is full (%2 members).</source>
        <translation>ルーム「%1」に参加できません: 満員です（メンバー %2 人）。</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="117"/>
        <source>another program holds the room&apos;s lock</source>
        <translation>別のプログラムがルームのロックを保持しています</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="140"/>
        <source>Cannot join room &quot;%1&quot;: %2. It stayed so for %3 seconds; try again later.</source>
        <translation>ルーム「%1」に参加できません: %2。この状態が %3 秒間続きました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="219"/>
        <source>The nickname &quot;%1&quot; is already taken in room &quot;%2&quot; (names are compared ignoring case and look-alike forms). Choose another one.</source>
        <translation>ニックネーム「%1」はルーム「%2」ですでに使われています（名前は大文字・小文字や見た目が同じ表記の違いを区別せずに比べます）。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="284"/>
        <source>You left the room before the message could be sent.</source>
        <translation>メッセージを送信する前にルームから退出しました。</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="396"/>
        <source>The room stayed busy for too long: the message was not sent.</source>
        <translation>ルームが長時間ビジー状態のままでした。メッセージは送信されませんでした。</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="585"/>
        <source>The room was reset by another program; earlier messages are gone.</source>
        <translation>ルームが別のプログラムによってリセットされました。以前のメッセージは失われました。</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="603"/>
        <source>Damaged data in the room&apos;s shared memory was skipped. Another program may be writing into it.</source>
        <translation>ルームの共有メモリ内の破損したデータをスキップしました。別のプログラムが書き込んでいる可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="710"/>
        <source>The room&apos;s shared memory was overwritten with data this program cannot read; it was reset.</source>
        <translation>ルームの共有メモリがこのプログラムで読めないデータで上書きされていたため、リセットしました。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="90"/>
        <source>System Default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../app/gui/memberlist.cpp" line="41"/>
        <source>%1 (you)</source>
        <translation>%1（あなた）</translation>
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
        <translation>ダブルクリックまたは Enter でこのメンバーだけに書きます。</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="70"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="72"/>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="249"/>
        <source>Loading picture…</source>
        <translation>画像を読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="254"/>
        <source>Picture no longer available</source>
        <translation>画像はもう利用できません</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="259"/>
        <source>Picture could not be shown</source>
        <translation>画像を表示できません</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="31"/>
        <source>%1 joined</source>
        <translation>%1 が参加しました</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="33"/>
        <source>%1 left</source>
        <translation>%1 が退出しました</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="35"/>
        <source>%1 left (not responding)</source>
        <translation>%1 が退出しました（応答なし）</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="37"/>
        <source>%1 is now known as %2</source>
        <translation>%1 は %2 に名前を変更しました</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="39"/>
        <source>Messages missed: %1 (why? see the tooltip)</source>
        <translation>受け取れなかったメッセージ：%1 件（理由はツールチップを参照）</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="41"/>
        <source>Earlier messages, from before you joined:</source>
        <translation>参加する前のメッセージ:</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="43"/>
        <source>You joined. Messages below are new.</source>
        <translation>参加しました。ここから下が新しいメッセージです。</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="45"/>
        <source>New since you were away</source>
        <translation>離れている間の新着</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="69"/>
        <source>Picture (%1 x %2, %3, %4)</source>
        <translation>画像 (%1 x %2、%3、%4)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="71"/>
        <source>Picture %1 (%2 x %3, %4, %5)</source>
        <translation>画像 %1 (%2 x %3、%4、%5)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="77"/>
        <source>The room keeps only its newest messages. These were overwritten before this window could read them, because the room was very busy or this program was paused.</source>
        <translation>ルームは最新のメッセージだけを保持します。ルームが非常に混雑していたか、このプログラムが一時停止していたため、このウィンドウが読む前に上書きされました。</translation>
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
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="171"/>
        <source>New messages ↓</source>
        <translation>新着メッセージ ↓</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="172"/>
        <source>Scroll to new messages</source>
        <translation>新着メッセージまでスクロール</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="207"/>
        <source>&amp;Select Text…</source>
        <translation>テキストを選択(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="224"/>
        <source>Open Link %1</source>
        <translation>リンクを開く：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="225"/>
        <source>Copy Link %1</source>
        <translation>リンクをコピー：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="253"/>
        <source>Message from %1</source>
        <translation>%1 からのメッセージ</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="260"/>
        <source>Message text</source>
        <translation>メッセージの本文</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../app/gui/notifier.cpp" line="121"/>
        <source>%1 mentioned you in %2</source>
        <translation>%1 が %2 であなたに言及しました</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="122"/>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="125"/>
        <source>(and %1 more)</source>
        <translation>（ほか %1 件）</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="140"/>
        <source>ShmChat — %1</source>
        <translation>ShmChat — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="164"/>
        <source>ShmChat — %1 — unread: %2</source>
        <translation>ShmChat — %1 — 未読：%2 件</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="176"/>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="177"/>
        <source>&amp;All Messages</source>
        <translation>すべてのメッセージ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="178"/>
        <source>&amp;Mentions Only</source>
        <translation>自分への言及のみ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="179"/>
        <source>&amp;None</source>
        <translation>なし(&amp;N)</translation>
    </message>
</context>
<context>
    <name>PictureStore</name>
    <message>
        <location filename="../app/gui/picturestore.cpp" line="96"/>
        <source>Picture no longer available: the room has reused its space for newer pictures.</source>
        <translation>画像はもう利用できません。ルームがその領域を新しい画像に再利用しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/picturestore.cpp" line="99"/>
        <source>Picture could not be shown: its data in the room is damaged.</source>
        <translation>画像を表示できません。ルーム内のデータが壊れています。</translation>
    </message>
    <message>
        <location filename="../app/gui/picturestore.cpp" line="110"/>
        <source>Picture could not be shown: it is not a valid picture of the kind and size it claims to be.</source>
        <translation>画像を表示できません。宣言された形式とサイズの有効な画像ではありません。</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="22"/>
        <source>Picture from %1</source>
        <translation>%1 からの画像</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="22"/>
        <source>%1 from %2</source>
        <translation>%2 からの %1</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="33"/>
        <source>&amp;Save As…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="47"/>
        <source>picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="54"/>
        <source>Could not save the picture to %1: %2</source>
        <translation>画像を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="62"/>
        <location filename="../app/gui/pictureviewer.cpp" line="67"/>
        <source>Save Picture As</source>
        <translation>画像に名前を付けて保存</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="234"/>
        <source>not UTF-8</source>
        <translation>UTF-8 ではない</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="235"/>
        <source>not a message</source>
        <translation>メッセージではない</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="236"/>
        <source>too long</source>
        <translation>長すぎる</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="237"/>
        <source>bad sender name</source>
        <translation>送信者名が不正</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="238"/>
        <source>bad text</source>
        <translation>本文が不正</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="239"/>
        <source>bad machine name</source>
        <translation>マシン名が不正</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="240"/>
        <source>wrong room</source>
        <translation>ルームが違う</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="241"/>
        <source>forged origin</source>
        <translation>送信元の偽装</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="242"/>
        <source>unknown kind</source>
        <translation>不明な種類</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="244"/>
        <source>dropped a message from the network (%1); %2 dropped so far</source>
        <translation>ネットワークからのメッセージを破棄しました(%1)。これまでに %2 件破棄</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="269"/>
        <source>another shmchat-bridge (pid %1) already joins room &quot;%2&quot; on this machine; only one may run per room and machine.</source>
        <translation>別の shmchat-bridge(pid %1)がこのマシンでルーム「%2」を既につないでいます。ルームとマシンごとに 1 つしか動かせません。</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="278"/>
        <source>could not claim room &quot;%1&quot; for the bridge.</source>
        <translation>ルーム「%1」をブリッジ用に確保できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="306"/>
        <source>connected to other machines through %1</source>
        <translation>%1 経由で他のマシンに接続しました</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="308"/>
        <source>not connected to other machines; local chat goes on, and what is written meanwhile is sent once a server answers</source>
        <translation>他のマシンに接続していません。このマシン内のチャットは続き、その間に書かれたものはサーバーが応答ししだい送られます</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="323"/>
        <source>bad --server list: %1</source>
        <translation>--server の一覧が不正です: %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="335"/>
        <source>cannot read the credentials file %1</source>
        <translation>認証情報ファイル %1 を読めません</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="347"/>
        <source>the credentials file %1 is empty</source>
        <translation>認証情報ファイル %1 は空です</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="355"/>
        <source>cannot use the credentials file %1: %2</source>
        <translation>認証情報ファイル %1 を使えません: %2</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="363"/>
        <source>cannot load the TLS certificate authority %1: %2</source>
        <translation>TLS 認証局 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="369"/>
        <source>cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="419"/>
        <source>cannot create the room&apos;s stream: %1</source>
        <translation>ルームのストリームを作れません: %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="429"/>
        <source>cannot subscribe to the room&apos;s stream: %1</source>
        <translation>ルームのストリームを購読できません: %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="445"/>
        <source>cannot open the room&apos;s presence bucket: %1</source>
        <translation>ルームの在室情報バケットを開けません: %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="473"/>
        <source>%1 local messages were overwritten before they could be sent to other machines</source>
        <translation>%1 件のローカルメッセージが他のマシンへ送られる前に上書きされました</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="527"/>
        <source>could not write to room &quot;%1&quot;: its lock stayed busy</source>
        <translation>ルーム「%1」に書き込めませんでした: ロックが使用中のままでした</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="559"/>
        <source>%1 messages from other machines were no longer held by the stream</source>
        <translation>他のマシンからの %1 件のメッセージはストリームにもう残っていませんでした</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="735"/>
        <source>joined room &quot;%1&quot; as machine &quot;%2&quot;</source>
        <translation>マシン「%2」としてルーム「%1」に参加しました</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="765"/>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
</context>
<context>
    <name>RemainingLabel</name>
    <message>
        <location filename="../app/gui/remaininglabel.cpp" line="35"/>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <location filename="../app/gui/remaininglabel.cpp" line="35"/>
        <source>Too long by %1: shorten it to send</source>
        <translation>%1 長すぎます。短くすると送信できます</translation>
    </message>
    <message>
        <location filename="../app/gui/remaininglabel.cpp" line="36"/>
        <source>A message may take %1 bytes. Most letters take one, accented letters two, Chinese, Japanese and Korean characters three and emoji four.</source>
        <translation>1 通のメッセージは %1 バイトまでです。ほとんどの英字は 1 バイト、アクセント付きの文字は 2 バイト、中国語・日本語・韓国語の文字は 3 バイト、絵文字は 4 バイトです。</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="19"/>
        <source>Switch Room</source>
        <translation>ルームの切り替え</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="20"/>
        <source>Room to join:</source>
        <translation>参加するルーム:</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="24"/>
        <source>Your rooms with members now:</source>
        <translation>現在メンバーがいるあなたのルーム:</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="32"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/roomdialog.cpp" line="76"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1（メンバー %n 人）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="81"/>
        <source>This system offers no list of rooms: type the name of the room to join.</source>
        <translation>このシステムではルームの一覧を取得できません。参加するルームの名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="83"/>
        <source>None of your rooms has members right now.</source>
        <translation>現在メンバーがいるルームはありません。</translation>
    </message>
</context>
<context>
    <name>RoomSegment</name>
    <message>
        <location filename="../core/roomsegment.cpp" line="98"/>
        <source>%1, where ShmChat keeps its rooms, exists but is not a folder of its own (a file or a link). Remove it, then try again.</source>
        <translation>ShmChat がルームを保管する %1 は存在しますが、通常のフォルダーではありません（ファイルまたはリンクです）。削除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="100"/>
        <source>%1, where ShmChat keeps its rooms, belongs to another user (user id %2). Someone may be squatting it; remove it or ask the administrator.</source>
        <translation>ShmChat がルームを保管する %1 は別のユーザー（ユーザー ID %2）が所有しています。誰かが意図的に占有している可能性があります。削除するか、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="102"/>
        <source>ShmChat may not create or use %1, where it keeps its rooms (permission denied).</source>
        <translation>ShmChat は、ルームを保管する %1 を作成することも使用することもできません（権限がありません）。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="104"/>
        <source>ShmChat cannot create %1, where it keeps its rooms: the file system is read-only.</source>
        <translation>ShmChat はルームを保管する %1 を作成できません。ファイルシステムが読み取り専用です。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="106"/>
        <source>ShmChat cannot create %1, where it keeps its rooms: no space is left on that file system.</source>
        <translation>ShmChat はルームを保管する %1 を作成できません。そのファイルシステムに空き容量がありません。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="108"/>
        <source>ShmChat cannot create %1, where it keeps its rooms: its parent folder does not exist.</source>
        <translation>ShmChat はルームを保管する %1 を作成できません。親フォルダーが存在しません。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="110"/>
        <source>ShmChat cannot use %1, where it keeps its rooms (system error %2).</source>
        <translation>ShmChat はルームを保管する %1 を使用できません（システムエラー %2）。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="120"/>
        <source>the system does not allow a shared memory segment of %1 bytes (its limit on segment size, kern.sysv.shmmax, is lower; the default is 4 MB). Raise it with sysctl, or ask the administrator to.</source>
        <translation>システムが %1 バイトの共有メモリセグメントを許可していません（セグメントサイズの上限 kern.sysv.shmmax がそれより小さいためです。既定値は 4 MB です）。sysctl で上限を引き上げるか、管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="124"/>
        <source>the system does not allow a shared memory segment of %1 bytes (its limit on segment size, kernel.shmmax, is lower). Ask the administrator to raise it.</source>
        <translation>システムが %1 バイトの共有メモリセグメントを許可していません（セグメントサイズの上限 kernel.shmmax がそれより小さいためです）。上限を引き上げるよう管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="133"/>
        <source>the system&apos;s limits on shared memory are reached: kern.sysv.shmall (all segments together, 4 MiB by default, about 2 rooms), kern.sysv.shmmni (segments, 32 by default) or kern.sysv.shmseg (segments one program may use, 8 by default). Leave a room, close programs that use shared memory, or raise the limits with sysctl.</source>
        <translation>システムの共有メモリの上限に達しています：kern.sysv.shmall（全セグメントの合計、既定値 4 MiB、約 2 ルーム分）、kern.sysv.shmmni（セグメント数、既定値 32）、または kern.sysv.shmseg（1 つのプログラムが使えるセグメント数、既定値 8）。ルームを退出するか、共有メモリを使うプログラムを終了するか、sysctl で上限を引き上げてください。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="136"/>
        <source>the system&apos;s limits on shared memory are reached (the number of segments, kernel.shmmni, the total size, kernel.shmall, or, with Qt 6.6 and later, the number of semaphores, kernel.sem). Close programs that use shared memory, or ask the administrator to raise the limits.</source>
        <translation>システムの共有メモリの上限に達しています（セグメント数 kernel.shmmni、合計サイズ kernel.shmall、または Qt 6.6 以降ではセマフォ数 kernel.sem）。共有メモリを使うプログラムを終了するか、上限を引き上げるよう管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="149"/>
        <source>the room&apos;s shared memory changed while joining</source>
        <translation>参加中にルームの共有メモリが変更されました</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="152"/>
        <source>the system refused to create the room&apos;s shared memory (permission denied).</source>
        <translation>システムがルームの共有メモリの作成を拒否しました（権限がありません）。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="153"/>
        <source>the system refused access to the room&apos;s shared memory (permission denied).</source>
        <translation>システムがルームの共有メモリへのアクセスを拒否しました（権限がありません）。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="157"/>
        <source>the system refused the room&apos;s shared memory.</source>
        <translation>システムがルームの共有メモリを拒否しました。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="215"/>
        <source>ShmChat cannot open rooms inside the macOS App Sandbox: sandboxed programs may not use System V shared memory, which ShmChat&apos;s rooms are made of. Use a build of ShmChat that is not sandboxed.</source>
        <translation>ShmChat は macOS の App Sandbox の中ではルームを開けません。サンドボックス内のプログラムは System V 共有メモリを使えませんが、ShmChat のルームはそれでできています。サンドボックス化されていない ShmChat のビルドを使ってください。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="229"/>
        <source>another ShmChat program of yours is joining or leaving a room</source>
        <translation>あなたの別の ShmChat プログラムがルームに参加または退出している最中です</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="260"/>
        <source>every key tried for the room leads to shared memory of another user or program.</source>
        <translation>ルーム用に試したキーがすべて、別のユーザーまたはプログラムの共有メモリにつながっています。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="271"/>
        <source>the room&apos;s key folder was removed meanwhile</source>
        <translation>その間にルームのキーフォルダーが削除されました</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="280"/>
        <source>the system refused to look at the room&apos;s shared memory (system error %1).</source>
        <translation>システムがルームの共有メモリの確認を拒否しました（システムエラー %1）。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="307"/>
        <source>the room&apos;s name is taken by shared memory of another user or program.</source>
        <translation>ルームの名前が、別のユーザーまたはプログラムの共有メモリに使われています。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="311"/>
        <source>the room is in use by an incompatible version of ShmChat (layout %1; this program uses %2). Close that version&apos;s windows, or use another room name.</source>
        <translation>ルームは互換性のないバージョンの ShmChat で使用中です（レイアウト %1、このプログラムは %2 を使用）。そのバージョンのウィンドウを閉じるか、別のルーム名を使ってください。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="316"/>
        <source>the room is in use by an incompatible version of ShmChat.</source>
        <translation>ルームは互換性のないバージョンの ShmChat で使用中です。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="330"/>
        <source>The room had been left behind by instances that did not exit cleanly; it was reset.</source>
        <translation>ルームは正常に終了しなかったインスタンスによって残されていたため、リセットしました。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="335"/>
        <source>the room is in use by programs in another container (another PID or time namespace). ShmChat cannot tell whether they are alive, so it does not share a room with them.</source>
        <translation>ルームは別のコンテナー（別の PID 名前空間または時間名前空間）のプログラムによって使用中です。ShmChat はそれらが動作しているかどうかを判断できないため、ルームを共有しません。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="337"/>
        <source>The room had been left behind by programs in another container; it was reset.</source>
        <translation>ルームは別のコンテナーのプログラムによって残されていたため、リセットしました。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="340"/>
        <source>The room&apos;s shared memory held data this version cannot read (layout version %1, this program uses %2); it was reset.</source>
        <translation>ルームの共有メモリにこのバージョンで読めないデータがあったため（レイアウトバージョン %1、このプログラムは %2 を使用）、リセットしました。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="350"/>
        <source>the room&apos;s shared memory is being repaired</source>
        <translation>ルームの共有メモリを修復中です</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="352"/>
        <source>The room&apos;s shared memory held data this version cannot read; it was reset.</source>
        <translation>ルームの共有メモリにこのバージョンで読めないデータがあったため、リセットしました。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="362"/>
        <source>another program holds the room&apos;s lock</source>
        <translation>別のプログラムがルームのロックを保持しています</translation>
    </message>
</context>
<context>
    <name>RoomStatusBar</name>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="50"/>
        <source>Room: %1</source>
        <translation>ルーム: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="53"/>
        <source>Joining room %1…</source>
        <translation>ルーム「%1」に参加しています…</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="56"/>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="59"/>
        <source>Members: %1</source>
        <translation>メンバー: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="66"/>
        <source>Linked to other machines</source>
        <translation>他のマシンとつながっています</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="69"/>
        <source>Not connected to other machines</source>
        <translation>他のマシンに接続していません</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="140"/>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="142"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="177"/>
        <location filename="../app/gui/searchbar.cpp" line="178"/>
        <source>Find in messages</source>
        <translation>メッセージを検索</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="179"/>
        <source>Older match (Enter)</source>
        <translation>古い一致（Enter）</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="180"/>
        <source>Older match</source>
        <translation>古い一致</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="181"/>
        <source>Newer match (Shift+Enter)</source>
        <translation>新しい一致（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="182"/>
        <source>Newer match</source>
        <translation>新しい一致</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="183"/>
        <source>Close (Escape)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="184"/>
        <source>Close search</source>
        <translation>検索を閉じる</translation>
    </message>
</context>
</TS>
