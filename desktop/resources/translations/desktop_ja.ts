<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About this app</source>
        <translation>このアプリについて</translation>
    </message>
    <message>
        <source>Sorakumo Desk %1</source>
        <translation>Sorakumo Desk %1</translation>
    </message>
    <message>
        <source>Practice records for a solo counsellor, kept encrypted on this computer. It never connects to the internet.</source>
        <translation>個人で開業するカウンセラーのための記録管理ソフトです。記録はこのパソコンの中に暗号化して保管し、インターネットには一切接続しません。</translation>
    </message>
    <message>
        <source>The diagnostics log is kept in %1.</source>
        <translation>診断ログの保存場所：%1</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>診断情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the version, the system and the end of the diagnostics log, for support. The log holds no client data.</source>
        <translation>サポートへのお問い合わせ用に、バージョン、システムの情報、診断ログの末尾をコピーします。ログにご利用者の情報は含まれません。</translation>
    </message>
    <message>
        <source>This program uses Qt %1 through PySide6 under the GNU Lesser General Public License version 3 (LGPL-3.0). Qt is a product of The Qt Company; its source code is available from the Qt Project, and you may replace the Qt libraries shipped with this program with your own build of the same version.</source>
        <translation>このプログラムは、Qt %1 を PySide6 を通じて GNU 劣等一般公衆利用許諾書 第3版（LGPL-3.0）のもとで使用しています。Qt は The Qt Company の製品です。そのソースコードは Qt Project から入手でき、このプログラムに同梱された Qt ライブラリを、同じバージョンをご自身でビルドしたものに置き換えることができます。</translation>
    </message>
    <message>
        <source>Components shipped with this program</source>
        <translation>このプログラムに同梱されているコンポーネント</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to support.</source>
        <translation>コピーしました。サポートへのメッセージに貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <source>%1–%2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>%1  %2
%3 · %4</source>
        <translation>%1  %2
%3・%4</translation>
    </message>
    <message>
        <source>No sessions on this day. Click a free time in the calendar to book one.</source>
        <translation>この日のセッションはありません。カレンダーの空いている時間をクリックすると、ご予約を入れられます。</translation>
    </message>
</context>
<context>
    <name>AgendaPrint</name>
    <message>
        <source>Agenda for %1</source>
        <translation>%1の予定</translation>
    </message>
    <message>
        <source>No bookings on this day.</source>
        <translation>この日のご予約はありません。</translation>
    </message>
</context>
<context>
    <name>AnnualReportPdf</name>
    <message>
        <source>Disclosures in %1</source>
        <translation>%1年の第三者提供の記録</translation>
    </message>
    <message>
        <source>Produced on %1 by %2. Corrected records are shown as corrected.</source>
        <translation>%2が%1に作成しました。訂正された記録は、訂正後の内容で記載しています。</translation>
    </message>
    <message>
        <source>By basis</source>
        <translation>根拠別の件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Every disclosure</source>
        <translation>提供の一覧</translation>
    </message>
    <message>
        <source>Nothing was disclosed that year.</source>
        <translation>この年に第三者へ提供した記録はありません。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Vault created</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>保管庫のロックを解除</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>パスフレーズを変更</translation>
    </message>
    <message>
        <source>Passphrase reset with the recovery code</source>
        <translation>回復コードでパスフレーズを再設定</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>設定を変更</translation>
    </message>
    <message>
        <source>Session added to the menu</source>
        <translation>メニューにセッションを追加</translation>
    </message>
    <message>
        <source>Session on the menu changed</source>
        <translation>メニューのセッションを変更</translation>
    </message>
    <message>
        <source>Session taken off the menu</source>
        <translation>メニューからセッションを外す</translation>
    </message>
    <message>
        <source>Client record created</source>
        <translation>ご利用者の記録を作成</translation>
    </message>
    <message>
        <source>Client record changed</source>
        <translation>ご利用者の記録を変更</translation>
    </message>
    <message>
        <source>Client record opened</source>
        <translation>ご利用者の記録を表示</translation>
    </message>
    <message>
        <source>Client record exported</source>
        <translation>ご利用者の記録を書き出し</translation>
    </message>
    <message>
        <source>Client record erased</source>
        <translation>ご利用者の記録を消去</translation>
    </message>
    <message>
        <source>Day&apos;s agenda printed</source>
        <translation>一日の予定を印刷</translation>
    </message>
    <message>
        <source>Consultation note written</source>
        <translation>相談記録を作成</translation>
    </message>
    <message>
        <source>Client list imported</source>
        <translation>ご利用者の一覧を取り込み</translation>
    </message>
    <message>
        <source>Bookings exported for a phone calendar</source>
        <translation>スマートフォンのカレンダー用にご予約を書き出し</translation>
    </message>
    <message>
        <source>Whole practice exported</source>
        <translation>すべてのデータを書き出し</translation>
    </message>
    <message>
        <source>Consultation note revised</source>
        <translation>相談記録を修正</translation>
    </message>
    <message>
        <source>Consultation note linked to its session</source>
        <translation>相談記録をセッションに関連付け</translation>
    </message>
    <message>
        <source>Booking created</source>
        <translation>ご予約を作成</translation>
    </message>
    <message>
        <source>Booking request refused</source>
        <translation>ご予約のお申し込みをお断り</translation>
    </message>
    <message>
        <source>Booking opened</source>
        <translation>ご予約を表示</translation>
    </message>
    <message>
        <source>How the request arrived recorded</source>
        <translation>お申し込みの経路を記録</translation>
    </message>
    <message>
        <source>Booking moved to another channel</source>
        <translation>ご予約の連絡手段を変更</translation>
    </message>
    <message>
        <source>Client&apos;s own wish confirmed</source>
        <translation>ご本人のご意思を確認</translation>
    </message>
    <message>
        <source>Call cut short before the first meeting</source>
        <translation>初回面談前のお電話を切り上げ</translation>
    </message>
    <message>
        <source>Mail exchange counted</source>
        <translation>メールのやり取りを数える</translation>
    </message>
    <message>
        <source>Booking moved</source>
        <translation>ご予約を移動</translation>
    </message>
    <message>
        <source>Booking point agreed</source>
        <translation>ご予約の確認項目に合意</translation>
    </message>
    <message>
        <source>Booking back in negotiation</source>
        <translation>ご予約を調整中に戻す</translation>
    </message>
    <message>
        <source>Booking confirmed</source>
        <translation>ご予約を確定</translation>
    </message>
    <message>
        <source>Session completed</source>
        <translation>セッションを実施</translation>
    </message>
    <message>
        <source>Client did not come</source>
        <translation>ご来談なし（無断キャンセル）</translation>
    </message>
    <message>
        <source>Booking postponed</source>
        <translation>ご予約を延期</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>ご予約をキャンセル</translation>
    </message>
    <message>
        <source>Confirmation text prepared</source>
        <translation>確認文を作成</translation>
    </message>
    <message>
        <source>Request made for someone else refused</source>
        <translation>ご本人以外からのお申し込みをお断り</translation>
    </message>
    <message>
        <source>Mail sent outside the app listed</source>
        <translation>アプリの外で送ったメールを表示</translation>
    </message>
    <message>
        <source>Consent kept when the client was erased</source>
        <translation>ご利用者の消去時に同意の記録を保存</translation>
    </message>
    <message>
        <source>Consent record removed after retention</source>
        <translation>保存期間の終了した同意の記録を削除</translation>
    </message>
    <message>
        <source>Disclosure kept when the client was erased</source>
        <translation>ご利用者の消去時に第三者提供の記録を保存</translation>
    </message>
    <message>
        <source>Disclosure record removed after retention</source>
        <translation>保存期間の終了した第三者提供の記録を削除</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>デモ用のデータを追加</translation>
    </message>
    <message>
        <source>Charge recorded</source>
        <translation>請求を記録</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>入金を記録</translation>
    </message>
    <message>
        <source>Refund recorded</source>
        <translation>返金を記録</translation>
    </message>
    <message>
        <source>Receipt voided</source>
        <translation>領収書を取消</translation>
    </message>
    <message>
        <source>Receipt numbers lost in a restore</source>
        <translation>復元により欠番となった領収書番号</translation>
    </message>
    <message>
        <source>Income exported</source>
        <translation>収入を書き出し</translation>
    </message>
    <message>
        <source>Books purged after retention</source>
        <translation>保存期間を過ぎた帳簿を削除</translation>
    </message>
    <message>
        <source>Demo books added</source>
        <translation>デモの帳簿を追加</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Views of a list: a run of the same one (a filter typed, dates changed) is one event in the trail. Each detail an event may carry, as the counsellor reads its name.</extracomment>
        <translation>日付</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>取り込み済み</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル数</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>印</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>残すバックアップの数</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>残した数</translation>
    </message>
    <message>
        <source>Records kept</source>
        <translation>保存した記録</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Messages linked</source>
        <translation>関連付けたメッセージ</translation>
    </message>
    <message>
        <source>Sessions on the menu</source>
        <translation>メニューのセッション</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>確認項目</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>延期したご予約</translation>
    </message>
    <message>
        <source>New prospective client</source>
        <translation>新しくお問い合わせの方</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Recorded late</source>
        <translation>後から記録</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>控え番号</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>取り込めなかったもの</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>ご請求</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>ご請求</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>改訂</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>改訂</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規程</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード値</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>数えた元</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>印</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>ひな形</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation>ご感想</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>ご感想</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>確認項目</translation>
    </message>
    <message>
        <source>Points unticked</source>
        <translation>外れた確認項目</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Fee waived</source>
        <translation>キャンセル料の免除</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年数</translation>
    </message>
    <message>
        <source>Amount (yen)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Duplicates imported</source>
        <translation>重複として取り込んだ件数</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>First</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>Books kept</source>
        <translation>保存する帳簿</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最後</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>入金</translation>
    </message>
    <message>
        <source>PDFs</source>
        <translation>PDF の件数</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>提供の記録</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>領収書</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>Re-issue</source>
        <translation>再発行</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>重複として飛ばした件数</translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation>取り込めなかった行</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Imported with a defect</source>
        <translation>不備があるまま取り込んだ件数</translation>
    </message>
    <message>
        <source>Vault restored from a backup</source>
        <translation>バックアップから保管庫を復元</translation>
    </message>
    <message>
        <source>Backup written and verified</source>
        <translation>バックアップを作成・検証</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>バックアップに失敗</translation>
    </message>
    <message>
        <source>Older backups removed</source>
        <translation>古いバックアップを削除</translation>
    </message>
    <message>
        <source>Backup settings changed</source>
        <translation>バックアップ設定を変更</translation>
    </message>
    <message>
        <source>All events</source>
        <extracomment>The choices of the &quot;Events&quot; filter: an action prefix and its label, &quot;all&quot; first.</extracomment>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>Client records</source>
        <translation>ご利用者の記録</translation>
    </message>
    <message>
        <source>Client records opened</source>
        <translation>ご利用者の記録の表示</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Consultation notes</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>Vault and passphrase</source>
        <translation>保管庫とパスフレーズ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>緊急事態</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ご利用者</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>同意を記録</translation>
    </message>
    <message>
        <source>Consent withdrawal recorded</source>
        <translation>同意の撤回を記録</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>第三者提供を記録</translation>
    </message>
    <message>
        <source>Disclosure record corrected</source>
        <translation>提供記録を訂正</translation>
    </message>
    <message>
        <source>Disclosure record deleted after retention</source>
        <translation>保存期間を過ぎた提供記録を削除</translation>
    </message>
    <message>
        <source>Records of erased clients purged after retention</source>
        <translation>消去済みご利用者の記録を保存期間後に削除</translation>
    </message>
    <message>
        <source>Annual disclosure report saved</source>
        <translation>年間の提供記録報告を保存</translation>
    </message>
    <message>
        <source>Client&apos;s request registered</source>
        <translation>ご利用者からの請求を受付</translation>
    </message>
    <message>
        <source>Client&apos;s request answered</source>
        <translation>ご利用者からの請求に回答</translation>
    </message>
    <message>
        <source>Testimonial marked</source>
        <translation>ご感想として登録</translation>
    </message>
    <message>
        <source>Testimonial taken down</source>
        <translation>ご感想の掲載を取り下げ</translation>
    </message>
    <message>
        <source>Demo consents and disclosures added</source>
        <translation>デモ用の同意と提供記録を追加</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>バックアップの作成日時</translation>
    </message>
    <message>
        <source>Backup&apos;s schema</source>
        <translation>バックアップのスキーマ</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>ご予約</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>ご予約</translation>
    </message>
    <message>
        <source>Cancelled by</source>
        <translation>キャンセルした方</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>お電話</translation>
    </message>
    <message>
        <source>Cancellation record</source>
        <translation>キャンセルの記録</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしたご予約</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>連絡手段</translation>
    </message>
    <message>
        <source>Marks cleared</source>
        <translation>外した印</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>ご利用者</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Corrects disclosure</source>
        <translation>訂正した第三者提供</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>やり取りの回数</translation>
    </message>
    <message>
        <source>Marked for checking</source>
        <translation>要確認の印</translation>
    </message>
    <message>
        <source>No longer confirmed</source>
        <translation>確定を解除</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>第三者提供</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>第三者提供</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Clients&apos; requests</source>
        <translation>ご利用者からの請求</translation>
    </message>
    <message>
        <source>Message triage opened</source>
        <translation>メッセージの仕分けを表示</translation>
    </message>
    <message>
        <source>After-follow trigger tagged</source>
        <translation>アフターフォローの確認項目に印</translation>
    </message>
    <message>
        <source>After-follow trigger removed</source>
        <translation>アフターフォローの確認項目の印を解除</translation>
    </message>
    <message>
        <source>Reply held</source>
        <translation>返信を保留</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>保留を解除</translation>
    </message>
    <message>
        <source>In-person session proposed</source>
        <translation>対面セッションを提案</translation>
    </message>
    <message>
        <source>Reply drafted</source>
        <translation>返信文を作成</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>連絡を記録</translation>
    </message>
    <message>
        <source>Contact prepared</source>
        <translation>連絡を準備</translation>
    </message>
    <message>
        <source>Prepared contact made</source>
        <translation>準備した連絡を実施</translation>
    </message>
    <message>
        <source>Contact log viewed</source>
        <translation>連絡記録を表示</translation>
    </message>
    <message>
        <source>Client&apos;s messages listed for a reply</source>
        <translation>返信先としてご利用者のメッセージを表示</translation>
    </message>
    <message>
        <source>Bookings of an emergency period listed</source>
        <translation>緊急事態の期間のご予約を表示</translation>
    </message>
    <message>
        <source>Emergency declared</source>
        <translation>緊急事態への対応を記録</translation>
    </message>
    <message>
        <source>Emergencies listed</source>
        <translation>緊急事態の一覧を表示</translation>
    </message>
    <message>
        <source>Demo holds and contacts added</source>
        <translation>デモの保留と連絡を追加</translation>
    </message>
    <message>
        <source>Mail imported</source>
        <translation>メールの取り込み</translation>
    </message>
    <message>
        <source>Conversation opened</source>
        <translation>やり取りの閲覧</translation>
    </message>
    <message>
        <source>Sender linked to a client</source>
        <translation>差出人をご利用者に結び付け</translation>
    </message>
    <message>
        <source>Phone call logged</source>
        <translation>電話の記録</translation>
    </message>
    <message>
        <source>Danger marks re-checked</source>
        <translation>危険語の印の再確認</translation>
    </message>
    <message>
        <source>Demo mail added</source>
        <translation>デモ用メールの追加</translation>
    </message>
    <message>
        <source>The client</source>
        <extracomment>Codes the policy does not label itself (who cancelled, a language, who an export was for).</extracomment>
        <translation>ご利用者</translation>
    </message>
    <message>
        <source>The counsellor</source>
        <translation>カウンセラー</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>The client (their own copy)</source>
        <translation>ご本人（ご本人用の写し）</translation>
    </message>
    <message>
        <source>A third party</source>
        <translation>第三者</translation>
    </message>
    <message>
        <source>Records of disclosures</source>
        <translation>第三者提供の記録</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>How a detail, the details and the items of a list are joined (Japanese: 形式：PDF、点：日付・開始時刻).</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> · </source>
        <translation>、</translation>
    </message>
    <message>
        <source>, </source>
        <translation>・</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>For each detail whose value is a code: the code&apos;s label as (context, English source). Details holding a moment or a day, shown in the counsellor&apos;s calendar and clock. Details that name the client: the table shows them in its own column.</extracomment>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <extracomment>The earliest date the period filters offer; at this value they read &quot;Any&quot;.</extracomment>
        <translation>操作記録</translation>
    </message>
    <message>
        <source>Every opening, change and export of a client record is recorded here, with the time. Entries cannot be edited or removed; the check below shows whether any were.</source>
        <translation>ご利用者の記録を開いた・変更した・書き出した操作は、すべて日時とともにここに記録されます。記録は編集も削除もできません。下の検査で、改ざんがないかを確かめられます。</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>操作:</translation>
    </message>
    <message>
        <source>Client no.:</source>
        <translation>ご利用者番号:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始日:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>終了日:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>操作記録を検査しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown, newest first.</source>
        <translation>
            <numerusform>%n 件を新しい順に表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit trail is intact: all %n event(s) verified.</source>
        <translation>
            <numerusform>✔ 操作記録に異常はありません。%n 件すべてを確認しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The audit trail is broken at event %1: entries were removed or altered. Make a copy of the vault folder and restore it from a backup.</source>
        <translation>✖ 操作記録の %1 件目で不整合が見つかりました。記録が削除されたか、書き換えられています。保管庫フォルダーを複製してから、バックアップから戻してください。</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>バックアップ先フォルダー:</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>残すバックアップ数:</translation>
    </message>
    <message>
        <source>For example a folder on a USB drive</source>
        <translation>例:USB メモリー内のフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <source> newest</source>
        <translation> 件(新しいものから)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>まだバックアップがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Last good backup: %1 (verified %2, %n row(s))
%3</source>
        <translation>
            <numerusform>最新の正常なバックアップ:%1(%2 に検証済み、%n 行)
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>バックアップ先フォルダーを選ぶ</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>The backup was written and verified.</source>
        <translation>バックアップを書き込み、検証しました。</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>The backup could not be written or did not pass its check.</source>
        <translation>バックアップを書き込めなかったか、検証で問題が見つかりました。</translation>
    </message>
    <message>
        <source>Backup failed (%1): %2</source>
        <translation>バックアップに失敗しました(%1):%2</translation>
    </message>
    <message>
        <source>Backups are off: choose a backup folder in Settings.</source>
        <translation>バックアップは停止中です。設定でバックアップ先フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>No backup since %1.</source>
        <translation>%1 以降、バックアップがありません。</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>まだバックアップがありません。</translation>
    </message>
</context>
<context>
    <name>BookingChecklist</name>
    <message>
        <source>Four points to agree with the client</source>
        <translation>ご本人さまと合意する4つの確認事項</translation>
    </message>
    <message>
        <source>%1. %2:</source>
        <translation>%1. %2:</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>合意済み</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>電車</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>自家用車</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>バス</translation>
    </message>
    <message>
        <source>Taxi</source>
        <translation>タクシー</translation>
    </message>
    <message>
        <source>On foot</source>
        <translation>徒歩</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>ビデオ通話</translation>
    </message>
    <message>
        <source>Pick-up at %1 needed</source>
        <translation>%1への送迎が必要</translation>
    </message>
    <message>
        <source>(choose a session)</source>
        <translation>(セッションを選んでください)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 min, ¥%4</source>
        <translation>%1 — %2・%3分・%4円</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Booking</source>
        <extracomment>Move the booking once the checklist&apos;s date, time or session has rested this long. The counsellor asked to open Settings (to add sessions to an empty menu); the dialog closes. P-CONFIRM needs a session of the menu: an empty menu says where sessions come from. P-CANCEL: a cancelled booking shows its cancellation record wherever it is opened. P-EMERGENCY: a booking on a day a declared emergency covers says so.</extracomment>
        <translation>ご予約</translation>
    </message>
    <message>
        <source>Record the request</source>
        <translation>お申し込みを記録</translation>
    </message>
    <message>
        <source>The session menu is empty, so no booking can be confirmed yet. Add the sessions you offer, with their length and price, in Settings.</source>
        <translation>セッションのメニューが空のため、まだご予約を確定できません。設定で、提供するセッションを所要時間と料金とともに追加してください。</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>%1 has declared an emergency covering this day. Think first of the client&apos;s safety: the booking may be cancelled or postponed with no fee.</source>
        <translation>この日は%1が緊急事態を宣言している期間にあたります。ご本人さまの安全を第一にお考えください。このご予約はキャンセル料なしで取り消し・延期できます。</translation>
    </message>
    <message>
        <source>Choose the client from the list first.</source>
        <translation>先に一覧からご利用者を選んでください。</translation>
    </message>
</context>
<context>
    <name>BookingMover</name>
    <message>
        <source>There is no move to take back.</source>
        <translation>元に戻せる移動はありません。</translation>
    </message>
    <message>
        <source>Move a confirmed booking</source>
        <translation>確定済みのご予約の移動</translation>
    </message>
    <message>
        <source>Move %1&apos;s confirmed booking from %2 to %3?</source>
        <translation>%1さまの確定済みのご予約を、%2から%3へ移動しますか？</translation>
    </message>
    <message>
        <source>The client agreed to the present time. After the move, the booking goes back to negotiation until the new time is agreed and confirmed again. Ctrl+Z takes the move back.</source>
        <translation>ご本人さまとは今の日時で合意しています。移動すると、新しい日時を合意して確定し直すまで、ご予約は調整中に戻ります。Ctrl+Z で移動を元に戻せます。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動する</translation>
    </message>
    <message>
        <source>Keep it where it is</source>
        <translation>移動しない</translation>
    </message>
    <message>
        <source>The booking was moved. It needs the changed points agreed and confirming again (Ctrl+Z takes the move back).</source>
        <translation>ご予約を移動しました。変更した事項を合意し、改めて確定してください（Ctrl+Z で移動を元に戻せます）。</translation>
    </message>
    <message>
        <source>The move was taken back.</source>
        <translation>移動を元に戻しました。</translation>
    </message>
</context>
<context>
    <name>BookingRecord</name>
    <message>
        <source>no session time was set</source>
        <translation>セッションの日時は未設定でした</translation>
    </message>
    <message>
        <source>after the session had begun</source>
        <translation>セッション開始後</translation>
    </message>
    <message>
        <source>%1 h before the session</source>
        <translation>セッションの%1時間前</translation>
    </message>
    <message>
        <source>no fee: waived for an emergency declared for that day</source>
        <translation>なし（その日を対象とする緊急事態の発出により免除）</translation>
    </message>
    <message>
        <source>no fee: waived (%1)</source>
        <translation>なし（免除：%1）</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>fee %1 yen (%2% of the session price)</source>
        <translation>%1円（セッション料金の%2%）</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>ご本人さま</translation>
    </message>
    <message>
        <source>the counsellor</source>
        <translation>カウンセラー</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Cancelled on %1 at the request of %2. Reason: %3. Notice: %4. Fee: %5.</source>
        <translation>%1、%2のお申し出によりキャンセル。理由：%3。連絡の時期：%4。キャンセル料：%5。</translation>
    </message>
    <message>
        <source>No email exchange counted yet.</source>
        <translation>数えたメールのやり取りはまだありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>BookingRequestBox</name>
    <message>
        <source>Request</source>
        <extracomment>The client the name field names now (an id, or None). P-ROUNDTRIPS: what the count is made of, and where each exchange was counted.</extracomment>
        <translation>お申し込み</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>ご利用者:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>お申し込みの方:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>連絡手段:</translation>
    </message>
    <message>
        <source>Client&apos;s own will:</source>
        <translation>ご本人さまの意思:</translation>
    </message>
    <message>
        <source>Email round trips:</source>
        <translation>メールの往復:</translation>
    </message>
    <message>
        <source>Type a name or reading to search</source>
        <translation>氏名かふりがなを入力して検索</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>ご本人さま</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>ご本人さま以外</translation>
    </message>
    <message>
        <source>Relation to the client, e.g. mother</source>
        <translation>ご本人さまとの関係(例: 母)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Via the website form</source>
        <translation>ホームページのフォームから</translation>
    </message>
    <message>
        <source>Clear wish to book</source>
        <translation>ご予約の明確な意思あり</translation>
    </message>
    <message>
        <source>All consents agreed</source>
        <translation>すべての同意事項に同意あり</translation>
    </message>
    <message>
        <source>Client&apos;s own will confirmed</source>
        <translation>ご本人さまの意思を確認した</translation>
    </message>
    <message>
        <source>+1 exchange</source>
        <translation>往復を1回追加</translation>
    </message>
    <message>
        <source>Confirmed %1 by %2</source>
        <translation>%1に%2で確認済み</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>まだ確認していません</translation>
    </message>
    <message>
        <source>This was the last email exchange the limit allows.</source>
        <translation>上限で認められる最後のメールの往復です。</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メール</translation>
    </message>
</context>
<context>
    <name>BookingSettings</name>
    <message>
        <source>Bookings</source>
        <translation>ご予約</translation>
    </message>
    <message>
        <source>Session menu</source>
        <translation>セッションのメニュー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>時間(分)</translation>
    </message>
    <message>
        <source>Price (yen)</source>
        <translation>料金(円)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>提供中</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>所要時間:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>料金:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source> yen</source>
        <translation> 円</translation>
    </message>
    <message>
        <source>On the menu (active)</source>
        <translation>メニューに載せる(提供中)</translation>
    </message>
    <message>
        <source>Add as new item</source>
        <translation>新しい項目として追加</translation>
    </message>
    <message>
        <source>Save changes to selected</source>
        <translation>選んだ項目に変更を保存</translation>
    </message>
    <message>
        <source>Take off the menu</source>
        <translation>メニューから外す</translation>
    </message>
    <message>
        <source>Cancellation fees (from hours of notice: percent of the price)</source>
        <translation>キャンセル料(ご連絡からの時間ごとに、料金に対する割合)</translation>
    </message>
    <message>
        <source>Notice from (hours)</source>
        <translation>ご連絡の時期(時間前から)</translation>
    </message>
    <message>
        <source>Fee (%)</source>
        <translation>キャンセル料(%)</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>段階を追加</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>段階を削除</translation>
    </message>
    <message>
        <source>Save fees</source>
        <translation>キャンセル料を保存</translation>
    </message>
    <message>
        <source>Minutes kept free between sessions:</source>
        <translation>セッション間の空き時間:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The session menu was saved.</source>
        <translation>セッションのメニューを保存しました。</translation>
    </message>
    <message>
        <source>The cancellation fees were saved.</source>
        <translation>キャンセル料を保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) are kept free between sessions.</source>
        <translation>
            <numerusform>セッションの間を %n 分空けます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingStepBar</name>
    <message>
        <source>Start negotiating</source>
        <translation>調整を始める</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確定する</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>実施済みにする</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>無断欠席にする</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>延期する</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>キャンセル…</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新しいお申し込み</translation>
    </message>
</context>
<context>
    <name>CalendarLook</name>
    <message>
        <source>In person</source>
        <extracomment>Fill and edge of a booking block, by status, in the light scheme: live bookings strong, past ones quiet. The same in the dark scheme: deep fills under light text, brighter edges. Short names for narrow columns; the full names are the policy&apos;s FORMAT_LABELS.</extracomment>
        <translation>対面</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <source>Session not chosen</source>
        <extracomment>Statuses the month view does not count: the slot is free again.</extracomment>
        <translation>セッション未定</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>送迎</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Print agenda…</source>
        <translation>予定を印刷…</translation>
    </message>
    <message>
        <source>Print the chosen day&apos;s bookings (Ctrl+P)</source>
        <translation>選んだ日のご予約を印刷します（Ctrl+P）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Previous (Alt+Left)</source>
        <translation>前へ(Alt+←)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Next (Alt+Right)</source>
        <translation>次へ(Alt+→)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>今日へ移動(Ctrl+T)</translation>
    </message>
    <message>
        <source>Export for phone…</source>
        <translation>スマートフォン用に書き出す…</translation>
    </message>
    <message>
        <source>Save the bookings as a calendar file for your phone, without names</source>
        <translation>ご予約を、お名前を含めずにスマートフォンのカレンダー用ファイルとして保存します</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Bookings of the selected day</source>
        <translation>選んだ日のご予約</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month title format</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>The agenda was sent to the printer.</source>
        <translation>予定をプリンターに送りました。</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log a phone call</source>
        <translation>電話の記録</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>日時：</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>通話時間（分）：</translation>
    </message>
    <message>
        <source>Who called:</source>
        <translation>相手：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>要旨：</translation>
    </message>
    <message>
        <source>What was asked and what you answered, briefly</source>
        <translation>ご用件と、お答えした内容を簡潔に</translation>
    </message>
    <message>
        <source>Add to the conversation “%1”</source>
        <translation>やり取り「%1」に加える</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>記録する</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <source>Cancel booking</source>
        <translation>ご予約のキャンセル</translation>
    </message>
    <message>
        <source>Who asked:</source>
        <translation>キャンセルのお申し出:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>キャンセル料:</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>ご本人さま</translation>
    </message>
    <message>
        <source>The counsellor</source>
        <translation>カウンセラー</translation>
    </message>
    <message>
        <source>e.g. emergency, illness (required to waive the fee)</source>
        <translation>例: 緊急事態、体調不良(キャンセル料を頂かない場合は必須)</translation>
    </message>
    <message>
        <source>Emergency: waive the fee (give the reason)</source>
        <translation>緊急事態のためキャンセル料を頂かない(理由を入力)</translation>
    </message>
    <message>
        <source>Working out the fee…</source>
        <translation>キャンセル料を計算しています…</translation>
    </message>
    <message>
        <source>No fee: waived (¥0)</source>
        <translation>キャンセル料なし:免除(0円)</translation>
    </message>
    <message>
        <source>No fee (¥0)</source>
        <translation>キャンセル料なし(0円)</translation>
    </message>
    <message>
        <source>%1 % of the price: ¥%2</source>
        <translation>料金の %1%:%2円</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>パスフレーズの変更</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>現在のパスフレーズ:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Sorakumo Desk tasks</source>
        <translation>Sorakumo Desk のコマンド</translation>
    </message>
    <message>
        <source>show debug records and tracebacks on stderr (and in the log)</source>
        <translation>デバッグ用の記録とトレースバックを標準エラーに（ログにも）表示します</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>vault folder (default: the user data folder)</source>
        <translation>保管庫のフォルダー（省略時：ユーザーのデータフォルダー）</translation>
    </message>
    <message>
        <source>read the passphrase from one line of standard input</source>
        <translation>パスフレーズを標準入力の1行から読み取ります</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断しました</translation>
    </message>
    <message>
        <source>unexpected failure (%1); please report it</source>
        <translation>予期しない問題が起きました（%1）。お手数ですがご報告ください</translation>
    </message>
    <message>
        <source>%1: the details are in %2</source>
        <translation>%1：詳しい内容は %2 にあります</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>ファイルまたはフォルダーが見つかりません</translation>
    </message>
    <message>
        <source>access to the file or folder was denied</source>
        <translation>ファイルまたはフォルダーへのアクセスが拒否されました</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ディスクが読み取り専用です</translation>
    </message>
    <message>
        <source>a folder was given where a file was expected</source>
        <translation>ファイルを指定するところにフォルダーが指定されました</translation>
    </message>
    <message>
        <source>a file was given where a folder was expected</source>
        <translation>フォルダーを指定するところにファイルが指定されました</translation>
    </message>
    <message>
        <source>the file system refused the operation</source>
        <translation>ファイルシステムが操作を受け付けませんでした</translation>
    </message>
    <message>
        <source>%1 in %2, made %3 by version %4 (schema %5)</source>
        <translation>%2・計 %1（%3 にバージョン %4 で作成、スキーマ %5）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>テーブル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>パスフレーズ: </translation>
    </message>
    <message>
        <source>%1 is already there; a backup never replaces a file</source>
        <translation>%1 はすでにあります。バックアップが既存のファイルを上書きすることはありません</translation>
    </message>
    <message>
        <source>Backed up %1 in %2 to %3; verified.</source>
        <translation>%2・計 %1 を %3 にバックアップし、検証しました。</translation>
    </message>
    <message>
        <source>there is no readable vault in %1 to compare with</source>
        <translation>%1 に照合できる保管庫がありません</translation>
    </message>
    <message>
        <source>ok: %1; every page, the structure and the row counts check out</source>
        <translation>問題ありません: %1。すべてのページ、構造、件数を確認しました。</translation>
    </message>
    <message>
        <source>ok: %1; every page, the structure and the row counts check out, and it is a backup of this vault</source>
        <translation>問題ありません: %1。すべてのページ、構造、件数を確認し、この保管庫のバックアップであることも確かめました。</translation>
    </message>
    <message>
        <source>note: the vault did not open with this passphrase (it may have changed since this backup), so the backup was not compared with the vault&apos;s last change</source>
        <translation>お知らせ: このパスフレーズでは保管庫を開けなかったため（バックアップ後に変更された可能性があります）、保管庫の最終変更日時とは照合していません</translation>
    </message>
    <message>
        <source>warning: this backup was made on %1, before the vault&apos;s last change (%2); restoring it would lose what changed since</source>
        <translation>ご注意: このバックアップは %1 に作成されたもので、保管庫の最終変更（%2）より前のものです。復元するとそれ以降の変更が失われます</translation>
    </message>
    <message>
        <source>name the folder to restore into with --vault DIR</source>
        <translation>復元先のフォルダーを --vault DIR で指定してください</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>バックアップのパスフレーズ: </translation>
    </message>
    <message>
        <source>Restored %1 into %2</source>
        <translation>%1 を %2 に復元しました</translation>
    </message>
    <message>
        <source>The vault that was there is kept aside in %1</source>
        <translation>もとの保管庫は %1 に退避してあります</translation>
    </message>
    <message>
        <source>The passphrase is the backup&apos;s. New recovery code (write it down; it is shown only once):</source>
        <translation>パスフレーズはバックアップ時のものです。新しい回復コード（表示は一度きりです。書き留めてください）:</translation>
    </message>
    <message>
        <source>write an encrypted, verified backup of the vault</source>
        <translation>保管庫の暗号化バックアップを作成し、検証します</translation>
    </message>
    <message>
        <source>backup file (or folder) to write</source>
        <translation>作成するバックアップのファイル（またはフォルダー）</translation>
    </message>
    <message>
        <source>check a backup with its passphrase (and against --vault, if given)</source>
        <translation>バックアップをパスフレーズで検証します（--vault を指定した場合はその保管庫とも照合します）</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>バックアップのファイル</translation>
    </message>
    <message>
        <source>build a vault from a backup, with a new recovery code</source>
        <translation>バックアップから保管庫を復元し、新しい回復コードを発行します</translation>
    </message>
    <message>
        <source>replace a vault already in the folder (it is kept aside, renamed)</source>
        <translation>フォルダーにある保管庫と置き換えます（もとの保管庫は名前を変えて退避します）</translation>
    </message>
    <message>
        <source>there is no standard input to read the passphrase from</source>
        <extracomment>The command line&apos;s translation context: ``Cli.tr(&quot;...&quot;)`` is collected by ``pyside6-lupdate``. ``build_parser``&apos;s ``add``: registers a command with the options every command takes.</extracomment>
        <translation>パスフレーズを読み取る標準入力がありません</translation>
    </message>
    <message>
        <source>there is no passphrase on standard input</source>
        <translation>標準入力にパスフレーズがありません</translation>
    </message>
    <message>
        <source>there is no terminal to ask for the passphrase; use --passphrase-stdin</source>
        <translation>パスフレーズを尋ねる端末がありません。--passphrase-stdin をお使いください</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>パスフレーズをもう一度: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>2回入力したパスフレーズが一致しません</translation>
    </message>
    <message>
        <source>no passphrase was given</source>
        <translation>パスフレーズが入力されませんでした</translation>
    </message>
    <message>
        <source>the passphrase is not valid text in the input&apos;s encoding (%1)</source>
        <translation>パスフレーズが入力の文字コード（%1）の文字として読み取れません</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新しいパスフレーズ: </translation>
    </message>
    <message>
        <source>Created a vault in %1</source>
        <translation>%1 に保管庫を作成しました</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it safe; it is shown only once):</source>
        <translation>回復コード（表示は一度きりです。書き留めて大切に保管してください）:</translation>
    </message>
    <message>
        <source>--clients must be between 0 and %1</source>
        <translation>--clients には 0 から %1 までの数を指定してください</translation>
    </message>
    <message>
        <source>--years must be between 1 and %1</source>
        <translation>--years には 1 から %1 までの数を指定してください</translation>
    </message>
    <message>
        <source>Added %1 with %2 (%3) and %4 (%5) over %6 (seed %7)</source>
        <translation>%6分のデモとして、%1、%2（%3）、%4（%5）を追加しました（シード値 %7）</translation>
    </message>
    <message numerus="yes">
        <source>%n demo client(s)</source>
        <translation>
            <numerusform>ご利用者 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation note(s)</source>
        <translation>
            <numerusform>相談記録 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>改訂 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>ご予約 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s)</source>
        <translation>
            <numerusform>うちキャンセル %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>fill the vault with a reproducible demo practice in Japanese (creating the vault if needed)</source>
        <translation>再現できる日本語のデモデータを保管庫に入れます（保管庫がなければ作成します）</translation>
    </message>
    <message>
        <source>clients to add (default 200)</source>
        <translation>追加するご利用者の人数（省略時 200）</translation>
    </message>
    <message>
        <source>years of history (default 5)</source>
        <translation>記録の年数（省略時 5）</translation>
    </message>
    <message>
        <source>the same seed gives the same data</source>
        <translation>同じシード値からは同じデータができます</translation>
    </message>
    <message>
        <source>add the session menu and years of bookings in every state (default: yes)</source>
        <translation>セッションのメニューと、あらゆる状態のご予約を数年分追加します（省略時：追加する）</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported</source>
        <translation>
            <numerusform>%n 件を取り込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault</source>
        <translation>
            <numerusform>%n 件は取り込み済み</numerusform>
        </translation>
    </message>
    <message>
        <source>message %1 not imported: %2</source>
        <translation>%1 通目は取り込めませんでした（%2）</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>取り込めませんでした（%1）</translation>
    </message>
    <message>
        <source>message %1 imported with a defect: %2</source>
        <translation>%1通目は不備があるまま取り込みました：%2</translation>
    </message>
    <message>
        <source>imported with a defect: %1</source>
        <translation>不備があるまま取り込みました：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>%2から%1を取り込みました。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>ファイル %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault were skipped.</source>
        <translation>
            <numerusform>保管庫にすでにある %n 件は取り込みませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or message(s) could not be imported.</source>
        <translation>
            <numerusform>%n 件は取り込めませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or message(s) could not be imported (see above)</source>
        <translation>
            <numerusform>%n 件のファイルまたはメッセージを取り込めませんでした（上記をご覧ください）</numerusform>
        </translation>
    </message>
    <message>
        <source>import .eml files and mbox mailboxes into the vault&apos;s inbox (duplicates are skipped)</source>
        <translation>.eml ファイルと mbox 形式のメールボックスを保管庫の受信箱に取り込みます（重複は取り込みません）</translation>
    </message>
    <message>
        <source>.eml or mbox file</source>
        <translation>.eml または mbox のファイル</translation>
    </message>
    <message>
        <source>%1 [%2]: </source>
        <extracomment>The starter menu&apos;s names when ``init`` is not told others (Japanese, like the practice&apos;s default).</extracomment>
        <translation>%1 [%2]：</translation>
    </message>
    <message>
        <source>Please type a whole number.</source>
        <translation>整数で入力してください。</translation>
    </message>
    <message>
        <source>Minutes of an in-person session</source>
        <translation>対面セッションの時間（分）</translation>
    </message>
    <message>
        <source>Price of an in-person session in yen</source>
        <translation>対面セッションの料金（円）</translation>
    </message>
    <message>
        <source>Minutes of an online session</source>
        <translation>オンラインセッションの時間（分）</translation>
    </message>
    <message>
        <source>Price of an online session in yen</source>
        <translation>オンラインセッションの料金（円）</translation>
    </message>
    <message>
        <source>Session menu (change it in Settings):</source>
        <translation>セッションメニュー（設定で変更できます）：</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2, %3 yen</source>
        <translation>  %1：%2、%3円</translation>
    </message>
    <message>
        <source>note: the disk is full, so the vault was opened read-only and this unlock could not be recorded; free some space on the disk</source>
        <translation>お知らせ: ディスクがいっぱいのため保管庫を読み取り専用で開き、今回のロック解除は記録できませんでした。ディスクの空きを増やしてください</translation>
    </message>
    <message numerus="yes">
        <source>records: all %n consent and disclosure row(s) match their sealed events</source>
        <translation>
            <numerusform>記録: 同意と第三者提供の記録（%n 件）は、すべて封印したイベントと一致しています</numerusform>
        </translation>
    </message>
    <message>
        <source>records: %1: %2</source>
        <translation>記録: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n do not match</source>
        <translation>
            <numerusform>%n 件が一致しません</numerusform>
        </translation>
    </message>
    <message>
        <source>a check failed (%1); make a copy of the vault folder and restore from a backup</source>
        <translation>検査で問題が見つかりました（%1）。保管庫のフォルダーを複製してから、バックアップから復元してください</translation>
    </message>
    <message>
        <source>ok: cipher_integrity_check, integrity_check, the audit chain and the sealed records all hold</source>
        <translation>問題ありません: 暗号の整合性（cipher_integrity_check）、データベースの整合性（integrity_check）、監査記録の連鎖、封印した記録をすべて確認しました</translation>
    </message>
    <message>
        <source>create a new vault and print its recovery code</source>
        <translation>新しい保管庫を作成し、回復コードを表示します</translation>
    </message>
    <message>
        <source>practice name</source>
        <translation>相談室の名前</translation>
    </message>
    <message>
        <source>counsellor name</source>
        <translation>カウンセラーの名前</translation>
    </message>
    <message>
        <source>in-person session&apos;s name</source>
        <translation>対面セッションの名前</translation>
    </message>
    <message>
        <source>online (video) session&apos;s name</source>
        <translation>オンライン（ビデオ通話）セッションの名前</translation>
    </message>
    <message>
        <source>in-person session&apos;s length (asked)</source>
        <translation>対面セッションの時間（未指定なら確認します）</translation>
    </message>
    <message>
        <source>in-person session&apos;s price (asked)</source>
        <translation>対面セッションの料金（未指定なら確認します）</translation>
    </message>
    <message>
        <source>online session&apos;s length (asked)</source>
        <translation>オンラインセッションの時間（未指定なら確認します）</translation>
    </message>
    <message>
        <source>online session&apos;s price (asked)</source>
        <translation>オンラインセッションの料金（未指定なら確認します）</translation>
    </message>
    <message>
        <source>unlock and check the vault&apos;s integrity; print every table&apos;s row count</source>
        <translation>保管庫のロックを解除して整合性を検査し、各テーブルの件数を表示します</translation>
    </message>
    <message>
        <source>the demo needs Faker: pip install &apos;sorakumo-desk[demo]&apos; (or pip install faker)</source>
        <extracomment>Every date of the demo practice counts back from here, so a seed gives the same data on any day. Clients per transaction (and per ``demo.generated`` audit event). Said to whoever installed the app (a wheel or a bundle), not only to a developer in the source tree.</extracomment>
        <translation>デモには Faker が必要です：pip install &apos;sorakumo-desk[demo]&apos;（または pip install faker）を実行してください</translation>
    </message>
    <message numerus="yes">
        <source>%n client record(s)</source>
        <translation>
            <numerusform>ご利用者の記録%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 (%2) and %3</source>
        <translation>%1（%2）と%3を書き出しました</translation>
    </message>
    <message>
        <source>  into %1</source>
        <translation>  書き出し先：%1</translation>
    </message>
    <message>
        <source>  (the window draws the records as PDFs: Settings, Take everything with you)</source>
        <translation>  （記録の PDF はウィンドウで作成されます：設定の「すべてを持ち出す」）</translation>
    </message>
    <message>
        <source>WARNING: these files are NOT encrypted; keep them on an encrypted disk and delete them when done</source>
        <translation>注意：これらのファイルは暗号化されていません。暗号化されたディスクに保管し、用が済んだら削除してください</translation>
    </message>
    <message>
        <source>export every table (JSON and CSV) and every client&apos;s record (JSON) into a new folder under DIR, for leaving the app; the files are not encrypted</source>
        <translation>アプリの利用をやめるときのために、すべての表（JSON と CSV）とご利用者ごとの記録（JSON）を DIR の中の新しいフォルダーに書き出します。ファイルは暗号化されません</translation>
    </message>
    <message>
        <source>the folder to put the export&apos;s own folder in</source>
        <translation>書き出し用のフォルダーを作る場所</translation>
    </message>
    <message>
        <source>--map: unknown field %1; the fields are %2</source>
        <translation>--map：%1 という項目はありません。項目は %2 です</translation>
    </message>
    <message>
        <source>--map: no column %1 in the file</source>
        <translation>--map：ファイルに %1 という列はありません</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>%1 として読み込みました</translation>
    </message>
    <message>
        <source>  %1 &lt;- column %2 (%3)</source>
        <translation>  %1 ← %2列目（%3）</translation>
    </message>
    <message>
        <source>row %1: %2: %3</source>
        <translation>%1行目：%2：%3</translation>
    </message>
    <message>
        <source>client no. %1 in the vault</source>
        <translation>保管庫のご利用者 No.%1</translation>
    </message>
    <message>
        <source>row %1 of the file</source>
        <translation>ファイルの%1行目</translation>
    </message>
    <message>
        <source>row %1: likely the same person as %2 (same name and phone or email)</source>
        <translation>%1行目：%2 と同じ方の可能性があります（氏名と電話番号またはメールが一致）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import</source>
        <translation>
            <numerusform>取り込む行%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem (not imported)</source>
        <translation>
            <numerusform>問題のある行%n件（取り込みません）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>重複の可能性%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3 (%4 chosen with --import-duplicate)</source>
        <translation>%1、%2、%3（--import-duplicate で指定したもの%4件）</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Run again with --confirm to import.</source>
        <translation>確認のみのため、何も書き込んでいません。取り込むには --confirm を付けてもう一度実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>ご利用者%n名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem</source>
        <translation>
            <numerusform>問題のある行%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1; %2 and %3 were not imported</source>
        <translation>%1を取り込みました。%2と%3は取り込んでいません</translation>
    </message>
    <message>
        <source>import a client list from a CSV file (Excel&apos;s CP932 or UTF-8); a dry run unless --confirm</source>
        <translation>CSV ファイル（Excel の CP932 または UTF-8）からご利用者の一覧を取り込みます。--confirm を付けない限り確認のみです</translation>
    </message>
    <message>
        <source>the CSV file; its first row holds the column headings</source>
        <translation>CSV ファイル（1行目が列の見出し）</translation>
    </message>
    <message>
        <source>show what would be imported (the default)</source>
        <translation>取り込まれる内容を表示します（既定）</translation>
    </message>
    <message>
        <source>import the rows that pass the checks</source>
        <translation>確認を通った行を取り込みます</translation>
    </message>
    <message>
        <source>which column fills a field (a heading or a number from 1); FIELD= leaves it out. Fields: %1</source>
        <translation>項目に入れる列（見出し、または1からの番号）。FIELD= とするとその項目を使いません。項目：%1</translation>
    </message>
    <message>
        <source>import this row although it looks like a client already known (repeatable)</source>
        <translation>登録済みの方と同じに見えても、この行を取り込みます（複数指定できます）</translation>
    </message>
</context>
<context>
    <name>ClientBookings</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Bookings of this client</source>
        <translation>このご利用者のご予約</translation>
    </message>
    <message>
        <source>New booking…</source>
        <translation>新しいご予約…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Attach to the chosen session</source>
        <translation>選んだセッションに紐づける</translation>
    </message>
    <message>
        <source>Note to attach</source>
        <translation>紐づける記録</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>日時未定</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>ご予約 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n session(s) held</source>
        <translation>
            <numerusform>、実施済み %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>No bookings yet.</source>
        <translation>ご予約はまだありません。</translation>
    </message>
    <message>
        <source>The note is attached to the session.</source>
        <translation>記録をセッションに紐づけました。</translation>
    </message>
</context>
<context>
    <name>ClientChecks</name>
    <message>
        <source>Write the date as year-month-day, like 1985-04-02.</source>
        <extracomment>The fields checked as typed, with the policy&apos;s check of each (the birth date has its own).</extracomment>
        <translation>日付は 1985-04-02 のように、年-月-日の順で入力してください。</translation>
    </message>
    <message>
        <source>There is no month %1: a month is 1 to 12.</source>
        <translation>%1月という月はありません。月は1〜12で入力してください。</translation>
    </message>
    <message>
        <source>That day does not exist: %2 %1 has %3 days.</source>
        <translation>その日付はありません。%1年%2は%3日までです。</translation>
    </message>
</context>
<context>
    <name>ClientConsentsPanel</name>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>同意を記録…</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2(%3)</translation>
    </message>
    <message>
        <source>%1 (only %2)</source>
        <translation>%1(%2のみ)</translation>
    </message>
    <message>
        <source>%1 — to %2: %3</source>
        <translation>%1 — 提供先 %2:%3</translation>
    </message>
    <message>
        <source>%1 — withdrawn %2</source>
        <translation>%1 — %2に撤回</translation>
    </message>
    <message>
        <source>Intake consent to hold sensitive data: given.</source>
        <translation>要配慮個人情報の取得への同意:あり</translation>
    </message>
    <message>
        <source>No intake consent to hold sensitive data is on record.</source>
        <translation>要配慮個人情報の取得への同意が記録されていません。</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>記録された同意はありません。</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Full name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>ふりがな:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>生年月日:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性別:</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>職業:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状況:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>郵便番号:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住所:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>携帯電話:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>In hiragana or katakana</source>
        <translation>ひらがなかカタカナで</translation>
    </message>
    <message>
        <source>e.g. 1985-04-02 (may stay empty)</source>
        <translation>例: 1985-04-02(空欄でも構いません)</translation>
    </message>
    <message>
        <source>e.g. 411-0036</source>
        <translation>例: 411-0036</translation>
    </message>
    <message>
        <source>e.g. 090-1234-5678</source>
        <translation>例: 090-1234-5678</translation>
    </message>
    <message>
        <source>Private notes:</source>
        <translation>覚え書き:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1(%2歳)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Nothing was saved: check the marked fields.</source>
        <translation>保存していません。印の付いた項目をご確認ください。</translation>
    </message>
</context>
<context>
    <name>ClientImport</name>
    <message>
        <source>Name</source>
        <extracomment>The client-record fields, labelled as the counsellor knows them.</extracomment>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Counsellor&apos;s notes</source>
        <translation>カウンセラーのメモ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行全体</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <source>Import clients</source>
        <translation>ご利用者の取り込み</translation>
    </message>
    <message>
        <source>Import a client list from a CSV file</source>
        <translation>CSV ファイルからご利用者の一覧を取り込む</translation>
    </message>
    <message>
        <source>Save the list from Excel as “CSV UTF-8” or “CSV (comma delimited)”, with the column headings in the first row. Each row is checked as the client form checks it; nothing is imported until you press Import.</source>
        <translation>一覧は Excel で「CSV UTF-8」または「CSV (コンマ区切り)」として、1行目に列の見出しを入れて保存してください。各行はご利用者の入力画面と同じ確認を行います。「取り込む」を押すまでは何も取り込まれません。</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>CSV ファイルの場所</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(取り込まない)</translation>
    </message>
    <message>
        <source>Choose a client list</source>
        <translation>ご利用者の一覧を選ぶ</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1 列目</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>%1 として読み込みました。</translation>
    </message>
    <message>
        <source>Checking the rows again…</source>
        <translation>各行をもう一度確認しています…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n client(s)</source>
        <translation>
            <numerusform>%n 件を取り込む</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file</source>
        <translation>
            <numerusform>ファイルの行数 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem (not imported)</source>
        <translation>
            <numerusform>確認が必要な行 %n(取り込みません)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>重複の可能性 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1、%2、%3。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <extracomment>Role that gives a row&apos;s client id. Whether every matching row is held (no page follows). The search the rows answer (query, status): the next page continues it.</extracomment>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>ClientListPane</name>
    <message>
        <source>Clients</source>
        <translation>ご利用者</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新しいご利用者</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>取り込み…</translation>
    </message>
    <message>
        <source>Import a client list from a CSV file</source>
        <translation>CSV ファイルからご利用者の一覧を取り込みます</translation>
    </message>
    <message>
        <source>Search name, reading, phone, email or notes</source>
        <translation>氏名・ふりがな・電話番号・メール・記録の内容で検索</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>ご利用者を検索</translation>
    </message>
    <message>
        <source>Show clients with status</source>
        <translation>表示する状況</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>No client matches this search.</source>
        <translation>検索に一致するご利用者はいません。</translation>
    </message>
    <message>
        <source>No clients yet. Add the first one with “New client”.</source>
        <translation>まだご利用者が登録されていません。「新しいご利用者」から登録してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n 名</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientMoneyPanel</name>
    <message>
        <source>Record payment…</source>
        <translation>入金を記録…</translation>
    </message>
    <message>
        <source>Add charge…</source>
        <translation>請求を追加…</translation>
    </message>
    <message>
        <source>Refund the chosen payment…</source>
        <translation>選んだ入金を返金…</translation>
    </message>
    <message>
        <source>Issue receipt for the chosen payment…</source>
        <translation>選んだ入金の領収書を発行…</translation>
    </message>
    <message>
        <source>Re-issue…</source>
        <translation>再発行…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>ご請求</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未収</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>お支払い方法</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>領収書</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>宛名：%1</translation>
    </message>
    <message>
        <source>Re-issued (再発行)</source>
        <translation>再発行</translation>
    </message>
    <message>
        <source>Voided (取消)</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Issued after the restored backup; copy lost</source>
        <translation>復元したバックアップより後に発行（控えなし）</translation>
    </message>
    <message>
        <source>%1 — needs a revenue stamp</source>
        <translation>%1 — 収入印紙が必要です</translation>
    </message>
    <message>
        <source>Balance: %1 owed</source>
        <translation>残高：未収 %1</translation>
    </message>
    <message>
        <source>Balance: %1 in credit</source>
        <translation>残高：お預かり %1</translation>
    </message>
    <message>
        <source>Balance: %1 — nothing owed</source>
        <translation>残高：%1（未収はありません）</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>返金：%1</translation>
    </message>
    <message>
        <source>The charge was added.</source>
        <translation>請求を追加しました。</translation>
    </message>
    <message>
        <source>Choose the payment to refund.</source>
        <translation>返金する入金を選んでください。</translation>
    </message>
    <message>
        <source>The refund was recorded.</source>
        <translation>返金を記録しました。</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>領収書の保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 It is ¥50,000 or more: put a revenue stamp (収入印紙) on it.</source>
        <translation>%1 5万円以上の領収書です。収入印紙を貼ってください。</translation>
    </message>
    <message>
        <source>Choose the payment the receipt is for.</source>
        <translation>領収書を発行する入金を選んでください。</translation>
    </message>
    <message>
        <source>The receipt was saved. Hand it to the client.</source>
        <translation>領収書を保存しました。ご利用者さまにお渡しください。</translation>
    </message>
    <message>
        <source>The receipt was saved again with its number, marked 再発行.</source>
        <translation>同じ番号で「再発行」と記した領収書を保存しました。</translation>
    </message>
    <message>
        <source>Void the receipt</source>
        <translation>領収書の取消</translation>
    </message>
    <message>
        <source>Why is it voided?</source>
        <translation>取消の理由をご記入ください。</translation>
    </message>
    <message>
        <source>The receipt is voided; it stays in the list and its number is not used again.</source>
        <translation>領収書を取り消しました。一覧には残り、その番号は再び使われません。</translation>
    </message>
</context>
<context>
    <name>ClientRecordPane</name>
    <message>
        <source>Export the record…</source>
        <translation>記録を書き出す…</translation>
    </message>
    <message>
        <source>A copy for the client at their request, or for someone else on a disclosure record</source>
        <translation>ご本人さまのご請求による写し、または提供記録にもとづく第三者への写しを書き出します</translation>
    </message>
    <message>
        <source>Erase client…</source>
        <translation>ご利用者を消去…</translation>
    </message>
    <message>
        <source>Consultation notes</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>ご予約</translation>
    </message>
    <message>
        <source>Fees and payments</source>
        <translation>料金・お支払い</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新しいご利用者</translation>
    </message>
    <message>
        <source>Choose a client, or add one.</source>
        <translation>ご利用者を選ぶか、追加してください</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>Wait this long after the last keystroke before searching. Open the client the list selection has rested on for this long (arrow keys).</extracomment>
        <translation>保存していない変更</translation>
    </message>
    <message>
        <source>Some of what you typed for this client is not saved yet.</source>
        <translation>このご利用者について入力した内容に、まだ保存していないものがあります。</translation>
    </message>
    <message>
        <source>Save it before you move on?</source>
        <translation>移る前に保存しますか?</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存する</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄する</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <source>Check the recovery code</source>
        <translation>回復コードの確認</translation>
    </message>
    <message>
        <source>Type two groups from what you wrote down.</source>
        <translation>書き留めたコードから、指定の2つのグループを入力してください。</translation>
    </message>
    <message>
        <source>When both groups match, Sorakumo Desk creates your vault. This takes a few seconds.</source>
        <translation>2つとも一致すると、保管庫を作成します。数秒かかります。</translation>
    </message>
</context>
<context>
    <name>ConfirmationPanel</name>
    <message>
        <source>Confirmation message</source>
        <translation>ご予約確認のご案内</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>ご案内の言語</translation>
    </message>
    <message>
        <source>Copied and logged in Contacts. Paste it into your mail or read it out on the phone.</source>
        <translation>コピーし、連絡記録に残しました。メールに貼り付けるか、お電話で読み上げてください。</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>同意の記録</translation>
    </message>
    <message>
        <source>Consent given by %1</source>
        <translation>%1さまからいただいた同意</translation>
    </message>
    <message>
        <source>Allows:</source>
        <translation>同意の内容:</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>同意日:</translation>
    </message>
    <message>
        <source>Holds until:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>How it was given:</source>
        <translation>同意の方法:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>提供先:</translation>
    </message>
    <message>
        <source>Named recipient:</source>
        <translation>提供先の名前:</translation>
    </message>
    <message>
        <source>Data items:</source>
        <translation>提供する項目:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>同意の証跡:</translation>
    </message>
    <message>
        <source>Limited by the client, last day:</source>
        <translation>ご本人さまが期限を指定（最終日）:</translation>
    </message>
    <message>
        <source>Optional: only this person or body</source>
        <translation>任意:この方・この機関に限る場合</translation>
    </message>
    <message>
        <source>Where the consent is on record, e.g. signed form kept in file</source>
        <translation>同意の記録の所在(例:署名済みの同意書をファイルに保管)</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>同意を記録</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>連絡記録</translation>
    </message>
    <message>
        <source>You contact a client only in answer to their own message or call, or for one of the reasons the practice&apos;s policy allows. Every contact is listed here with its basis.</source>
        <translation>ご利用者へのご連絡は、ご本人からのメールやお電話へのお返事か、当相談室の方針が認める理由がある場合に限ります。すべての連絡を、その根拠とともにここに記録しています。</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>新しい連絡…</translation>
    </message>
    <message>
        <source>Declare emergency…</source>
        <translation>緊急事態への対応…</translation>
    </message>
    <message>
        <source>Every basis</source>
        <translation>すべての根拠</translation>
    </message>
    <message>
        <source>Still to be made only</source>
        <translation>未連絡のみ</translation>
    </message>
    <message>
        <source>Search name, subject or note</source>
        <translation>氏名・件名・メモで検索</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ご利用者</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>By</source>
        <translation>手段</translation>
    </message>
    <message>
        <source>Subject or note</source>
        <translation>件名またはメモ</translation>
    </message>
    <message>
        <source>Mark as made</source>
        <translation>連絡済みにする</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>本文をコピー</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>メールソフトで開く</translation>
    </message>
    <message>
        <source>No contacts to show. Replies, calls and notices you make are listed here; “New contact…” logs one made outside the app.</source>
        <translation>表示する連絡はありません。返信・お電話・お知らせなど、こちらからの連絡はここに一覧されます。アプリの外で行った連絡は「新しい連絡…」から記録します。</translation>
    </message>
    <message>
        <source>%1 (to be made)</source>
        <translation>%1（未連絡）</translation>
    </message>
    <message>
        <source>No mail program answered; copy the text into your mail program instead.</source>
        <translation>メールソフトが起動しませんでした。本文をコピーしてメールソフトに貼り付けてください。</translation>
    </message>
    <message>
        <source>Handed to your mail program.</source>
        <translation>メールソフトに渡しました。</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
</context>
<context>
    <name>DangerSettings</name>
    <message>
        <source>Danger phrases (an aid)</source>
        <translation>危険を示す語句（補助機能）</translation>
    </message>
    <message>
        <source>Messages that contain one of these phrases are pinned to the top of every inbox list and marked. One phrase per line; full- and half-width, hiragana and katakana, and capitals are treated alike. This is only an aid: read every message.</source>
        <translation>これらの語句を含むメッセージは、受信箱のどの一覧でも先頭に固定され、印が付きます。1行に1語句を入力してください。全角・半角、ひらがな・カタカナ、大文字・小文字は区別しません。あくまで補助機能ですので、すべてのメッセージに目を通してください。</translation>
    </message>
    <message>
        <source>Restore the default list</source>
        <translation>既定の一覧に戻す</translation>
    </message>
    <message>
        <source>Save phrases</source>
        <translation>語句を保存</translation>
    </message>
    <message>
        <source>Default list restored; save to use it.</source>
        <translation>既定の一覧に戻しました。使うには保存してください。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n phrase(s); every message was checked again.</source>
        <translation>
            <numerusform>%n 件の語句を保存し、すべてのメッセージを確認し直しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Sorakumo Desk</source>
        <extracomment>How long after the unlock dialog appears the services start loading. Another window was started on this vault and this one came to the front instead. This window found the vault open in another and will not open it (the counsellor is told). The screen lock and sleep, as the platform reports them; watched from the first unlock on. One sentence in the status bar while the vault is open read-only (a full disk). One window per vault: the folder&apos;s lock, and the channel a second window knocks on. The whole-file check after unlocking, and a damaged page&apos;s sentence.</extracomment>
        <translation>Sorakumo Desk</translation>
    </message>
    <message>
        <source>This vault is already open in another Sorakumo Desk window, which has been brought to the front. Only one window at a time can hold a vault.</source>
        <translation>この保管庫はすでに別の Sorakumo Desk のウィンドウで開かれています。そちらのウィンドウを前面に表示しました。一つの保管庫を開けるウィンドウは一度に一つだけです。</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Correct a disclosure record</source>
        <translation>提供記録の訂正</translation>
    </message>
    <message>
        <source>Record a disclosure</source>
        <translation>第三者提供の記録</translation>
    </message>
    <message>
        <source>Disclosure about %1</source>
        <translation>%1さまの情報の提供</translation>
    </message>
    <message>
        <source>A correction is added to the log; the record it corrects stays as it was.</source>
        <translation>訂正は新しい記録として追加されます。訂正前の記録はそのまま残ります。</translation>
    </message>
    <message>
        <source>Anything handed to someone other than the client is recorded here first, with its basis.</source>
        <translation>ご本人さま以外へ情報をお渡しするときは、必ず先にここで根拠とともに記録します。</translation>
    </message>
    <message>
        <source>Disclosed on:</source>
        <translation>提供日:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>提供先:</translation>
    </message>
    <message>
        <source>Relation to the client:</source>
        <translation>ご利用者との関係:</translation>
    </message>
    <message>
        <source>Recipient&apos;s contact:</source>
        <translation>提供先の連絡先:</translation>
    </message>
    <message>
        <source>Data items:</source>
        <translation>提供した項目:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>同意:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Requesting body:</source>
        <translation>要請した機関:</translation>
    </message>
    <message>
        <source>Its reference:</source>
        <translation>要請の文書番号等:</translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation>提供の方法:</translation>
    </message>
    <message>
        <source>Record kept as:</source>
        <translation>記録の種類:</translation>
    </message>
    <message>
        <source>Reason for the correction:</source>
        <translation>訂正の理由:</translation>
    </message>
    <message>
        <source>Person or body that receives the data</source>
        <translation>情報を受け取る方または機関</translation>
    </message>
    <message>
        <source>Why this basis applies</source>
        <translation>この根拠にあたる理由</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>訂正を記録</translation>
    </message>
    <message>
        <source>Record disclosure</source>
        <translation>提供を記録</translation>
    </message>
    <message>
        <source>%1 (only %2)</source>
        <translation>%1(%2のみ)</translation>
    </message>
    <message>
        <source>%1 — to %2: %3</source>
        <translation>%1 — 提供先 %2:%3</translation>
    </message>
    <message>
        <source>No consent of this client is in force on that day</source>
        <translation>その日に有効な、このご利用者の同意はありません</translation>
    </message>
</context>
<context>
    <name>DisclosureFilters</name>
    <message>
        <source>Client:</source>
        <extracomment>The earliest date of the period filter reads as &quot;no limit&quot;.</extracomment>
        <translation>ご利用者:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>All clients — type a name to choose one</source>
        <translation>すべてのご利用者(名前を入力して絞り込み)</translation>
    </message>
    <message>
        <source>All bases</source>
        <translation>すべての根拠</translation>
    </message>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
</context>
<context>
    <name>DisclosureLabels</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>DisclosurePdfSaver</name>
    <message>
        <source>Save PDF</source>
        <translation>PDFを保存</translation>
    </message>
    <message>
        <source>The PDF is not encrypted, so it cannot go in the vault folder. Choose another place.</source>
        <translation>このPDFは暗号化されないため、保管庫のフォルダーには保存できません。別の場所を選んでください。</translation>
    </message>
    <message>
        <source>Saved to %1. The export is recorded in the audit trail.</source>
        <translation>%1 に保存しました。この書き出しは操作記録に残りました。</translation>
    </message>
</context>
<context>
    <name>DisclosureSettings</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclosures and requests</source>
        <translation>第三者提供とご利用者からの請求</translation>
    </message>
    <message>
        <source>Keep provision records for:</source>
        <translation>提供記録の保存期間:</translation>
    </message>
    <message>
        <source>When a contract document is the record:</source>
        <translation>契約書等を記録とする場合:</translation>
    </message>
    <message>
        <source>Answer a client&apos;s request within:</source>
        <translation>ご利用者からの請求への回答期限:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>DisclosuresPage</name>
    <message>
        <source>Disclosures &amp; consents</source>
        <extracomment>Counts readings of the registers, so a page that arrives after a newer reading is dropped. The vault whose expired records were purged in this unlock (once, after the first screenful).</extracomment>
        <translation>開示と同意</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation>提供記録</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>ご感想</translation>
    </message>
    <message>
        <source>Record disclosure…</source>
        <translation>提供を記録…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>訂正…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>対象年:</translation>
    </message>
    <message>
        <source>Annual report (PDF)…</source>
        <translation>年間報告(PDF)…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>同意を記録…</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>撤回を記録…</translation>
    </message>
    <message>
        <source>Register request…</source>
        <translation>請求を受け付ける…</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>回答を記録…</translation>
    </message>
    <message>
        <source>Provision records (PDF)…</source>
        <translation>提供記録(PDF)…</translation>
    </message>
    <message>
        <source>Mark testimonial…</source>
        <translation>ご感想として登録…</translation>
    </message>
    <message>
        <source>Take down</source>
        <translation>掲載を取り下げる</translation>
    </message>
    <message>
        <source>No disclosures recorded. Before anything about a client is handed to a third party, record it with “Record disclosure…”.</source>
        <translation>提供の記録はありません。ご利用者の情報を第三者へお渡しする前に、「提供を記録…」で記録してください。</translation>
    </message>
    <message>
        <source>No consents recorded. Add one with “Record consent…”.</source>
        <translation>同意の記録はありません。「同意を記録…」から追加してください。</translation>
    </message>
    <message>
        <source>No requests from clients. When a client asks, use “Register request…”.</source>
        <translation>ご利用者からの請求はありません。請求があったときは「請求を受け付ける…」を使います。</translation>
    </message>
    <message>
        <source>No testimonials. Once a client has agreed, use “Mark testimonial…”.</source>
        <translation>ご感想の登録はありません。ご本人さまの同意を得てから「ご感想として登録…」を使います。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) kept after an erasure reached the end of retention and were removed.</source>
        <translation>
            <numerusform>消去後も保存していた記録のうち、保存期間を終えた%n件を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the client first, in the Client field above.</source>
        <translation>先に、上の「ご利用者」欄でご利用者を選んでください。</translation>
    </message>
    <message>
        <source>Choose the record to correct in the log.</source>
        <translation>訂正する記録を一覧から選んでください。</translation>
    </message>
    <message>
        <source>The client of this record was erased; it can no longer be corrected.</source>
        <translation>この記録のご利用者は消去済みのため、訂正できません。</translation>
    </message>
    <message>
        <source>Choose the consent the client withdrew.</source>
        <translation>撤回された同意を選んでください。</translation>
    </message>
    <message>
        <source>Choose the request to answer.</source>
        <translation>回答する請求を選んでください。</translation>
    </message>
    <message>
        <source>Choose the testimonial to take down.</source>
        <translation>取り下げるご感想を選んでください。</translation>
    </message>
    <message>
        <source>Testimonial of %1 taken down on %2; it stays on record.</source>
        <translation>%1さまのご感想の掲載を%2に取り下げました。記録は残ります。</translation>
    </message>
    <message>
        <source>Choose a client&apos;s request to see their provision records.</source>
        <translation>提供記録の開示請求を選んでください。</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Declare emergency</source>
        <extracomment>The bookings the question lists itself; a longer list is shown in full under its Details.</extracomment>
        <translation>緊急事態への対応</translation>
    </message>
    <message>
        <source>When a public body has declared an emergency, every booking in its period can be cancelled or postponed at once, with no fee. Each client then gets a ready message to send, under Contacts.</source>
        <translation>公的機関が緊急事態を発表したときは、その期間のご予約をまとめて、キャンセル料なしでキャンセルまたは延期できます。各ご利用者へのお知らせ文は「連絡記録」に用意されます。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類：</translation>
    </message>
    <message>
        <source>Declared by:</source>
        <translation>発表した機関：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始日：</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>終了日：</translation>
    </message>
    <message>
        <source>Bookings:</source>
        <translation>ご予約の扱い：</translation>
    </message>
    <message>
        <source>e.g. Japan Meteorological Agency, Mishima City</source>
        <translation>例：気象庁、三島市</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>No bookings in this period.</source>
        <translation>この期間にご予約はありません。</translation>
    </message>
    <message>
        <source>Bookings in this period: %1, of %2 clients. No fee is charged; a message is prepared for each client.</source>
        <translation>この期間のご予約：%1 件（ご利用者 %2 名）。キャンセル料はかからず、ご利用者ごとにお知らせ文を用意します。</translation>
    </message>
    <message>
        <source>Cancel all without fee</source>
        <translation>すべてキャンセル（料金なし）</translation>
    </message>
    <message>
        <source>Postpone all without fee</source>
        <translation>すべて延期（料金なし）</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s) without fee?</source>
        <translation>
            <numerusform>%n 件のご予約を料金なしでキャンセルしますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Postpone %n booking(s) without fee?</source>
        <translation>
            <numerusform>%n 件のご予約を料金なしで延期しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more booking(s).</source>
        <translation>
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Each client gets a message to send, under Contacts.</source>
        <translation>%1

ご利用者ごとに、お送りするご案内文を「連絡記録」に用意します。</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n booking(s) cancelled without fee.</source>
        <translation>
            <numerusform>完了：%n 件のご予約を料金なしでキャンセルしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n booking(s) postponed without fee.</source>
        <translation>
            <numerusform>完了：%n 件のご予約を料金なしで延期しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are ready to send, under Contacts.</source>
        <translation>
            <numerusform>お送りするご案内文 %n 件を「連絡記録」に用意しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <source>Erase client</source>
        <translation>ご利用者の消去</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>This cannot be undone. Records the law requires the practice to keep, such as the log of disclosures to third parties, are kept until their retention period ends.</source>
        <translation>この操作は取り消せません。第三者への開示の記録など、法律で保存が義務づけられている記録は、保存期間が終わるまで残ります。</translation>
    </message>
    <message>
        <source>Looking up what the erasure would remove…</source>
        <translation>消去される内容を確認しています…</translation>
    </message>
    <message>
        <source>To confirm, type the client&apos;s name:</source>
        <translation>確認のため、ご利用者の氏名を入力してください:</translation>
    </message>
    <message>
        <source>Erase %1 and everything held about them?</source>
        <translation>%1さんについてお預かりしているすべての情報を消去しますか?</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation note(s)</source>
        <translation>
            <numerusform>相談記録 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of their text in all</source>
        <translation>
            <numerusform>(修正前の版を含め計 %n 版)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>ご予約 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and call(s)</source>
        <translation>
            <numerusform>メールとお電話の記録 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in the contact log</source>
        <translation>
            <numerusform>連絡記録 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>On the client&apos;s own request, this permanently deletes the client record of %1 (every field), %2 with %3, %4, %5, %6, and their entry in the search index.</source>
        <translation>ご本人さまのご請求により、%1さんの記録(すべての項目)、%2%3、%4、%5、%6、検索用の索引を完全に削除します。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the books (charges, payments, receipt copies)</source>
        <translation>
            <numerusform>帳簿の記録 %n 件（請求・入金・領収書の控え）</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. Records the law requires the practice to keep stay until their retention ends: the log of disclosures to third parties, and %1, which tax law requires kept until %2 (without the client&apos;s name, except where a receipt printed it); they are then removed.</source>
        <translation>この操作は取り消せません。法令で保存が求められる記録は保存期間が終わるまで残ります：第三者提供の記録と、税法上%2まで保存が必要な%1（領収書に記載した宛名を除き、お名前は残りません）。期間が終われば削除されます。</translation>
    </message>
    <message>
        <source>To confirm, type the client&apos;s name, %1:</source>
        <translation>確認のため、ご利用者の氏名「%1」を入力してください:</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>消去しています…</translation>
    </message>
    <message>
        <source>This client&apos;s record no longer exists.</source>
        <translation>このご利用者の記録はすでにありません。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The key file (keys.json) is missing from the vault folder. Restore it from a backup of the folder; without it the records cannot be opened.</source>
        <extracomment>``QCoreApplication.translate(context, source)`` or :func:`desktop.i18n.translate`.</extracomment>
        <translation>保管庫フォルダーに鍵ファイル(keys.json)がありません。フォルダーのバックアップから戻してください。鍵ファイルがないと記録を開くことはできません。</translation>
    </message>
    <message>
        <source>The key file (keys.json) is incomplete or not a key file. Nothing was changed; restore the folder from a backup.</source>
        <translation>鍵ファイル(keys.json)が途中で切れているか、鍵ファイルではありません。何も変更していません。フォルダーをバックアップから戻してください。</translation>
    </message>
    <message>
        <source>The key file (keys.json) has been changed or damaged. Nothing was changed; restore the folder from a backup.</source>
        <translation>鍵ファイル(keys.json)が書き換えられたか、破損しています。何も変更していません。フォルダーをバックアップから戻してください。</translation>
    </message>
    <message>
        <source>The key file (keys.json) and the database (vault.db) do not belong to the same vault. Nothing was changed.</source>
        <translation>鍵ファイル(keys.json)とデータベース(vault.db)が別々の保管庫のものです。何も変更していません。</translation>
    </message>
    <message>
        <source>The database (vault.db) is missing from the vault folder.</source>
        <translation>保管庫フォルダーにデータベース(vault.db)がありません。</translation>
    </message>
    <message>
        <source>The file vault.db is not an encrypted Sorakumo Desk database. Nothing was changed.</source>
        <translation>vault.db は Sorakumo Desk の暗号化データベースではありません。何も変更していません。</translation>
    </message>
    <message>
        <source>The database (vault.db) is damaged or has been altered. Nothing was changed; restore it from a backup.</source>
        <translation>データベース(vault.db)が破損しているか、書き換えられています。何も変更していません。バックアップから戻してください。</translation>
    </message>
    <message>
        <source>The backup file does not exist or cannot be read.</source>
        <translation>バックアップファイルが見つからないか、読み込めません。</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup. Use the passphrase that was in use when the backup was made (or the file is not an encrypted backup).</source>
        <translation>このパスフレーズではバックアップを開けません。バックアップを作成した時点のパスフレーズを入力してください(暗号化されたバックアップではないファイルの可能性もあります)。</translation>
    </message>
    <message>
        <source>This file is not a backup made by Sorakumo Desk. Nothing was restored.</source>
        <translation>このファイルは Sorakumo Desk のバックアップではありません。何も復元していません。</translation>
    </message>
    <message>
        <source>The backup is incomplete: the end of the file is missing. Nothing was restored.</source>
        <translation>バックアップが不完全です。ファイルの末尾が欠けています。何も復元していません。</translation>
    </message>
    <message>
        <source>The backup has unexpected data added after its end. Nothing was restored.</source>
        <translation>バックアップの末尾に余分なデータが付け加えられています。何も復元していません。</translation>
    </message>
    <message>
        <source>The backup is damaged at page %1. Nothing was restored; use another backup.</source>
        <translation>バックアップの %1 ページ目が破損しています。何も復元していません。別のバックアップをお使いください。</translation>
    </message>
    <message>
        <source>The backup is damaged. Nothing was restored; use another backup.</source>
        <translation>バックアップが破損しています。何も復元していません。別のバックアップをお使いください。</translation>
    </message>
    <message>
        <source>Rows are missing from the backup or were added to it since it was made. Nothing was restored.</source>
        <translation>作成後にバックアップから行が削除されたか、追加されています。何も復元していません。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Sorakumo Desk. Install that version to restore it.</source>
        <translation>このバックアップは新しいバージョンの Sorakumo Desk で作成されています。復元するには、そのバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>This is a backup of a different vault. Nothing was restored or replaced.</source>
        <translation>別の保管庫のバックアップです。何も復元・置き換えしていません。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be written. Nothing was lost; free some space on the disk and try again.</source>
        <translation>ディスクがいっぱいのため、何も書き込めませんでした。失われたものはありません。ディスクの空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk is full, so the backup was not written. Free some space on the backup drive and back up again.</source>
        <translation>ディスクがいっぱいのため、バックアップは書き込まれませんでした。バックアップ先のドライブの空き容量を増やしてから、もう一度バックアップしてください。</translation>
    </message>
    <message>
        <source>The backup was written and verified, but the disk holding the vault is full, so the vault could not record it yet. Free some space on the disk.</source>
        <translation>バックアップは書き込まれ、確認も済みましたが、保管庫のあるディスクがいっぱいのため、まだ保管庫に記録できていません。ディスクの空き容量を増やしてください。</translation>
    </message>
    <message>
        <source>The disk is full, so the vault is open read-only: you can read everything, but nothing can be saved, and the unlock is not recorded yet. Free some space on the disk.</source>
        <translation>ディスクがいっぱいのため、保管庫を読み取り専用で開きました。すべての記録を読むことはできますが、保存はできません。また、今回のロック解除はまだ記録されていません。ディスクの空き容量を増やしてください。</translation>
    </message>
    <message>
        <source>The backup folder is missing or cannot be written to (is the drive plugged in?). No backup was written.</source>
        <translation>バックアップ先フォルダーが見つからないか、書き込めません(ドライブは接続されていますか?)。バックアップは書き込んでいません。</translation>
    </message>
    <message>
        <source>Backups need the passphrase once: lock the vault and unlock it with the passphrase.</source>
        <translation>バックアップには一度パスフレーズが必要です。保管庫をロックし、パスフレーズでロックを解除してください。</translation>
    </message>
    <message>
        <source>That passphrase is not correct. Please try again.</source>
        <translation>パスフレーズが正しくありません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>That recovery code is not correct. Check each group and try again.</source>
        <translation>回復コードが正しくありません。各グループを確かめて、もう一度入力してください。</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>このフォルダーに保管庫はありません。</translation>
    </message>
    <message>
        <source>A vault already exists in this folder. It was left untouched.</source>
        <translation>このフォルダーにはすでに保管庫があります。既存の保管庫には手を加えていません。</translation>
    </message>
    <message>
        <source>The vault folder cannot be written to: it is read-only or access is denied. Nothing was changed.</source>
        <translation>保管庫フォルダーに書き込めません。読み取り専用か、アクセスが許可されていません。何も変更していません。</translation>
    </message>
    <message>
        <source>A file with that name is already there. A backup never replaces a file.</source>
        <translation>同じ名前のファイルがすでにあります。バックアップが既存のファイルを置き換えることはありません。</translation>
    </message>
    <message>
        <source>The vault is busy with another task, such as a mail import. Nothing was changed; please try again when it has finished.</source>
        <translation>保管庫は別の作業（メールの取り込みなど）を行っています。何も変更していません。作業が終わってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>保管庫はロックされています。続けるにはロックを解除してください。</translation>
    </message>
    <message>
        <source>The vault is open in another Sorakumo Desk window. Close that window first; nothing was changed.</source>
        <translation>保管庫は別の Sorakumo Desk のウィンドウで開かれています。先にそのウィンドウを閉じてください。何も変更されていません。</translation>
    </message>
    <message>
        <source>A setting you changed was changed elsewhere meanwhile; your changes were not saved. The current values are shown now: make your changes again.</source>
        <translation>変更しようとした設定が、その間に別の場所で変更されていたため、今回の変更は保存されませんでした。現在の値を表示しましたので、もう一度変更してください。</translation>
    </message>
    <message>
        <source>This client was changed elsewhere; your edit was not saved. Reopen the client to see the current record.</source>
        <translation>このご利用者の記録は別の場所で変更されていたため、今回の編集は保存されませんでした。ご利用者を開き直して、最新の記録をご確認ください。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was lost; please try again.</source>
        <translation>予期しない問題が起きました。データは失われていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Sorakumo Desk</source>
        <translation>Sorakumo Desk</translation>
    </message>
</context>
<context>
    <name>ExportPdf</name>
    <message>
        <source>Personal data disclosed with the client&apos;s basis on record</source>
        <translation>ご本人さまの同意など記録された根拠に基づいて提供する個人情報</translation>
    </message>
    <message>
        <source>Your personal data held by %1</source>
        <translation>%1がお預かりしているご本人さまの個人情報</translation>
    </message>
    <message>
        <source>Your personal data held by the practice</source>
        <translation>当方がお預かりしているご本人さまの個人情報</translation>
    </message>
    <message>
        <source>Produced on %1. It holds only the data items the disclosure record names.</source>
        <translation>%1に作成しました。提供記録に記載された項目のみを収めています。</translation>
    </message>
    <message>
        <source>Produced on %1 at your own request. This is everything the practice holds about you.</source>
        <translation>ご本人さまのご請求により%1に作成しました。当方がお預かりしているご本人さまの情報のすべてです。</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>照合番号：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>FailureReporter</name>
    <message>
        <source>Something went wrong on this screen; it was recorded in the diagnostics log, which Help ▸ About Sorakumo Desk ▸ Copy diagnostics copies for support.</source>
        <translation>この画面で問題が起きたため、診断ログに記録しました（サポートへお送りいただく際は、ヘルプ ▸ Sorakumo Desk について ▸ 診断情報をコピー をお使いください）。</translation>
    </message>
    <message>
        <source>Sorakumo Desk</source>
        <translation>Sorakumo Desk</translation>
    </message>
</context>
<context>
    <name>GroupCheck</name>
    <message>
        <source>Group %1 of %2:</source>
        <translation>%2 グループ中の第 %1 グループ:</translation>
    </message>
    <message>
        <source>Groups %1 and %2 do not match the code shown. Check what you wrote down.</source>
        <translation>第 %1 グループと第 %2 グループが、表示した回復コードと一致しません。書き留めた内容をご確認ください。</translation>
    </message>
    <message>
        <source>Group %1 does not match the code shown. Check what you wrote down.</source>
        <translation>第 %1 グループが、表示した回復コードと一致しません。書き留めた内容をご確認ください。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewTable</name>
    <message>
        <source>Row</source>
        <extracomment>Rows measured for wrapped sentences; a longer list keeps one line per row (the tooltip has it all).</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <source>Rows of the client list</source>
        <translation>ご利用者一覧の各行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Likely the same person as %1, already in the vault (same name and phone or email).</source>
        <translation>保管庫にすでにある %1 さまと同じ方の可能性があります(氏名と電話番号またはメールアドレスが一致)。</translation>
    </message>
    <message>
        <source>Likely the same person as %1 in row %2 of this file (same name and phone or email).</source>
        <translation>このファイルの %2 行目の %1 さまと同じ方の可能性があります(氏名と電話番号またはメールアドレスが一致)。</translation>
    </message>
    <message>
        <source>Tick Import to add it anyway.</source>
        <translation>それでも追加する場合は「取り込む」に印を付けてください。</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>取り込めます。</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>⚠ Check first (aid)</source>
        <translation>⚠ 先に確認（補助）</translation>
    </message>
    <message>
        <source>A phrase from your danger list appears in this thread. It is an aid to reading, not a judgement: read the message itself.</source>
        <translation>危険語リストの語句がこのやり取りに含まれています。読み落としを防ぐための補助であり、判断ではありません。メッセージ本文をお読みください。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>%1 (calls: %2)</source>
        <translation>%1（電話 %2）</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>保留中：%1</translation>
    </message>
    <message>
        <source>Round trips %1/%2</source>
        <translation>往復 %1/%2</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>未照合</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Booking</source>
        <extracomment>The views in the switcher&apos;s order, with their labels (the service&apos;s ``InboxView`` values).</extracomment>
        <translation>予約</translation>
    </message>
    <message>
        <source>After-follow</source>
        <translation>アフターフォロー</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>未照合</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <source>Import mail…</source>
        <translation>メールを取り込む…</translation>
    </message>
    <message>
        <source>Log phone call…</source>
        <translation>電話を記録…</translation>
    </message>
    <message>
        <source>Drop .eml files or mailboxes (mbox) here, or use “Import mail…”. Mail is kept only inside the encrypted vault; nothing is sent from this program.</source>
        <translation>.eml ファイルやメールボックス（mbox）をここにドロップするか、「メールを取り込む…」をお使いください。メールは暗号化された保管庫の中にだけ保存され、このプログラムから送信されることはありません。</translation>
    </message>
    <message>
        <source>%1 marks conversations where a phrase from your danger list appears; they stay at the top of every list. It is an aid to reading, not a judgement: a message without the mark may still be serious.</source>
        <translation>%1 は危険語リストの語句を含むやり取りの印で、どの一覧でも先頭に表示されます。読み落としを防ぐための補助であり、判断ではありません。印のないメッセージにも深刻なものがありえます。</translation>
    </message>
    <message>
        <source>Import mail</source>
        <translation>メールの取り込み</translation>
    </message>
    <message>
        <source>Mail files (*.eml *.mbox *.mbx *.txt);;All files (*)</source>
        <translation>メールファイル (*.eml *.mbox *.mbx *.txt);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n 個のファイルを取り込んでいます…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s).</source>
        <translation>
            <numerusform>%n 件のメッセージを取り込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s);</source>
        <translation>
            <numerusform>%n 件のメッセージを取り込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault were skipped.</source>
        <translation>
            <numerusform>保管庫にすでにある %n 件は取り込みませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1, message %2 — %3.</source>
        <translation>取り込めませんでした：%1 の %2 通目 — %3。</translation>
    </message>
    <message>
        <source>Not imported: %1 — %2.</source>
        <translation>取り込めませんでした：%1 — %2。</translation>
    </message>
    <message>
        <source>Imported, but check it: %1, message %2 — %3.</source>
        <translation>取り込みましたが、内容をご確認ください：%1 の %2 通目 — %3。</translation>
    </message>
    <message>
        <source>Imported, but check it: %1 — %2.</source>
        <translation>取り込みましたが、内容をご確認ください：%1 — %2。</translation>
    </message>
</context>
<context>
    <name>IncomePage</name>
    <message>
        <source>Income</source>
        <translation>収入</translation>
    </message>
    <message>
        <source>Still owed, oldest first</source>
        <translation>未収金（古い順）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ご利用者</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>ご請求</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未収</translation>
    </message>
    <message>
        <source>The CSV and the PDF hold no client names: receipt numbers, dates, amounts, tax classes and methods only. Add names only if your accountant needs them; the file then gives each client&apos;s name to the accountant, and a disclosure record is made for each client first.</source>
        <translation>CSVとPDFにはご利用者のお名前は含まれません（領収書番号・日付・金額・税区分・支払方法のみ）。税理士さんがお名前を必要とする場合だけ追加してください。その場合はお一人ずつのお名前を税理士さんに提供することになるため、先に各ご利用者の第三者提供の記録を作成します。</translation>
    </message>
    <message>
        <source>Include client names in the CSV (a disclosure to the accountant)</source>
        <translation>CSVにお名前を含める（税理士さんへの第三者提供）</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>税理士</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Requesting body (law)</source>
        <translation>求めた機関（法令）</translation>
    </message>
    <message>
        <source>Their reference (law)</source>
        <translation>先方の文書番号（法令）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSVを書き出す…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDFを書き出す…</translation>
    </message>
    <message>
        <source>Save the year&apos;s income</source>
        <translation>年間の収入の保存</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation>%2 に %1 行を保存しました。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>LeavingSettings</name>
    <message>
        <source>Take everything with you</source>
        <translation>すべてのデータの持ち出し</translation>
    </message>
    <message>
        <source>For leaving the app or handing the practice on: every table as JSON and CSV, and each client&apos;s whole record as JSON and PDF, in a new folder inside the one you choose. The export is recorded in the audit trail.</source>
        <translation>このアプリの利用をやめるときや、業務を引き継ぐときのために、すべての表を JSON と CSV で、ご利用者ごとの記録すべてを JSON と PDF で、選んだフォルダーの中の新しいフォルダーに書き出します。書き出しは操作記録に残ります。</translation>
    </message>
    <message>
        <source>The exported files are not encrypted. Choose a folder on an encrypted disk, and delete the files once they are no longer needed.</source>
        <translation>書き出したファイルは暗号化されていません。暗号化されたディスク上のフォルダーを選び、不要になったらファイルを削除してください。</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>書き出し先のフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>すべて書き出す</translation>
    </message>
    <message>
        <source>Choose the folder to export into</source>
        <translation>書き出し先のフォルダーを選ぶ</translation>
    </message>
    <message>
        <source>Exporting everything… (this takes a while with many clients)</source>
        <translation>すべて書き出しています…(ご利用者が多いと時間がかかります)</translation>
    </message>
    <message>
        <source>Exported %1 tables (%2 rows) and %3 client records into %4. They are not encrypted.</source>
        <translation>%1 個の表(%2 行)と %3 件のご利用者の記録を %4 に書き出しました。これらのファイルは暗号化されていません。</translation>
    </message>
</context>
<context>
    <name>LinkSenderDialog</name>
    <message>
        <source>Link to a client</source>
        <extracomment>Milliseconds the search waits after the last keystroke. The client the sender now belongs to.</extracomment>
        <translation>ご利用者に結び付ける</translation>
    </message>
    <message>
        <source>Mail from %1 will belong to the client you choose.</source>
        <translation>%1 からのメールを、選んだご利用者のものとして扱います。</translation>
    </message>
    <message>
        <source>Search by name, reading or number</source>
        <translation>氏名・よみがな・番号で検索</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>結び付ける</translation>
    </message>
    <message>
        <source>Choose a client from the list first.</source>
        <translation>先に一覧からご利用者を選んでください。</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>The records are encrypted and nothing from them is on screen.</source>
        <translation>記録は暗号化されており、画面には何も表示していません。</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>ロックを解除…</translation>
    </message>
</context>
<context>
    <name>MailDefect</name>
    <message>
        <source>the message has no closing MIME boundary, so its end may be missing</source>
        <translation>MIME の終わりの区切りがないため、メールの末尾が欠けている可能性があります</translation>
    </message>
</context>
<context>
    <name>MailProblem</name>
    <message>
        <source>the file does not exist</source>
        <extracomment>Longest Message-ID kept as is; longer ones are stored as their SHA-256 (the column holds 255). Defects that mean the file is broken, not just written by a careless program. Base64 that stops inside a group of four: the part was cut short.</extracomment>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>the file cannot be read (access denied or not a file)</source>
        <translation>ファイルを読み込めません（アクセスが拒否されたか、ファイルではありません）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file is not an email message or a mailbox</source>
        <translation>メールでもメールボックスでもないファイルです</translation>
    </message>
    <message>
        <source>the message is damaged or cut short</source>
        <translation>メールが壊れているか、途中で切れています</translation>
    </message>
    <message>
        <source>the message could not be stored (an unexpected error); the others were imported</source>
        <translation>このメッセージは予期しないエラーのため保存できませんでした（ほかのメッセージは取り込みました）</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault now (%1)</source>
        <translation>今すぐ保管庫をロックします(%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Sorakumo Desk</source>
        <translation>Sorakumo Desk について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Declare emergency…</source>
        <extracomment>A section that shows vault data. Pages that show vault data: given the vault on unlock, cleared on lock.</extracomment>
        <translation>緊急事態への対応…</translation>
    </message>
    <message>
        <source>Declare emergency</source>
        <translation>緊急事態への対応</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>ロックを解除しました</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>No longer after-follow? Tag what you see</source>
        <translation>アフターフォローの範囲を超えていませんか？&#x3000;当てはまるものに印を付けてください</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>返信…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>保留…</translation>
    </message>
    <message>
        <source>Propose in-person session…</source>
        <translation>対面セッションを提案…</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>保留を解除</translation>
    </message>
    <message>
        <source>Held: %1 (since %2)</source>
        <translation>保留中：%1（%2 から）</translation>
    </message>
    <message>
        <source>Sent by you; nothing to triage.</source>
        <translation>こちらから送ったメッセージです。仕分けの必要はありません。</translation>
    </message>
    <message>
        <source>After-follow: this client has had an in-person session.</source>
        <translation>アフターフォロー対象：対面セッションを受けたご利用者です。</translation>
    </message>
    <message>
        <source>A booking inquiry was opened for this client; write the proposal in the reply.</source>
        <translation>このご利用者の予約お問い合わせを作成しました。返信で対面セッションをご提案ください。</translation>
    </message>
</context>
<context>
    <name>MoneySettingsPanel</name>
    <message>
        <source>Receipts and the books</source>
        <translation>領収書と帳簿</translation>
    </message>
    <message>
        <source>Practice address (on receipts):</source>
        <translation>所在地（領収書に記載）：</translation>
    </message>
    <message>
        <source>Practice contact (on receipts):</source>
        <translation>連絡先（領収書に記載）：</translation>
    </message>
    <message>
        <source>Invoice registration number:</source>
        <translation>適格請求書発行事業者の登録番号：</translation>
    </message>
    <message>
        <source>Keep the books for:</source>
        <translation>帳簿の保存期間：</translation>
    </message>
    <message>
        <source>The practice is a corporation (the number is its corporate number)</source>
        <translation>法人である（登録番号の数字は法人番号）</translation>
    </message>
    <message>
        <source>Allow receipts made out to 上様</source>
        <translation>宛名「上様」の領収書を認める</translation>
    </message>
    <message>
        <source> years after the tax year</source>
        <translation> 年（その年分の後）</translation>
    </message>
    <message>
        <source>Leave empty unless the practice is a registered invoice issuer (適格請求書発行事業者).</source>
        <translation>適格請求書発行事業者として登録している場合のみご入力ください。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>新しい連絡</translation>
    </message>
    <message>
        <source>Basis of mail sent outside the app</source>
        <translation>アプリの外で送ったメールの理由</translation>
    </message>
    <message>
        <source>Find client:</source>
        <translation>ご利用者検索：</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>ご利用者：</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>根拠：</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>手段：</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>返信先：</translation>
    </message>
    <message>
        <source>Reply with:</source>
        <translation>返信の内容:</translation>
    </message>
    <message>
        <source>Booking:</source>
        <translation>ご予約：</translation>
    </message>
    <message>
        <source>Why now:</source>
        <translation>急ぎの理由：</translation>
    </message>
    <message>
        <source>Type a name or reading to search</source>
        <translation>氏名またはふりがなを入力して検索</translation>
    </message>
    <message>
        <source>Choose the basis of this contact…</source>
        <translation>この連絡の根拠を選んでください…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>連絡を記録</translation>
    </message>
    <message>
        <source>No booking</source>
        <translation>ご予約なし</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>No basis, no contact.</source>
        <translation>根拠がなければ連絡はできません。</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation>相談記録の履歴</translation>
    </message>
    <message>
        <source>Revision %1 — written %2</source>
        <translation>第 %1 版 — %2 に記入</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Consultation notes</source>
        <extracomment>Text typed but not saved, by note id (None: the new note), kept while the counsellor looks at another note of the same client, so nothing typed is lost. APPI Art. 20(2): shown on a new note while the client&apos;s intake consent is missing.</extracomment>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>記録を追加</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <source>No intake consent to hold sensitive data is on record for this client. Record it under Consents before keeping consultation notes.</source>
        <translation>このご利用者について、要配慮個人情報の取得への同意が記録されていません。相談記録を残す前に「同意」欄で記録してください。</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>記録を保存</translation>
    </message>
    <message>
        <source>What the client brought, what you noticed, what comes next.</source>
        <translation>ご相談の内容、気づいたこと、次に向けてのことなど。</translation>
    </message>
    <message>
        <source>New note, dated:</source>
        <translation>新しい記録の日付:</translation>
    </message>
    <message numerus="yes">
        <source>Note with %n revision(s), dated:</source>
        <translation>
            <numerusform>記録(%n 版)の日付:</numerusform>
        </translation>
    </message>
    <message>
        <source>Write something first: a note needs some text.</source>
        <translation>記録の内容を入力してください。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>PageCheckNotice</name>
    <message>
        <source>A page of the database (vault.db) is damaged: records stored on it cannot be read. Restore the vault from your latest good backup (Settings, Backups).</source>
        <extracomment>After unlocking, the window paints and the sections load first; the check waits this long.</extracomment>
        <translation>データベース（vault.db）の一部のページが破損しています。そのページにある記録は読み出せません。設定の「バックアップ」から、最新の正常なバックアップで復元してください。</translation>
    </message>
    <message>
        <source>Every page of the vault was checked; none is damaged.</source>
        <translation>保管庫のすべてのページを確認しました。破損はありません。</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Very weak</source>
        <translation>とても弱い</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ふつう</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>強い</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>とても強い</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <extracomment>How many hints (what was found, what would help) go under the refusal; more would be a wall of text.</extracomment>
        <translation>新しいパスフレーズ:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>もう一度入力:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>強度:</translation>
    </message>
    <message>
        <source>A long phrase only you know</source>
        <translation>ご自身だけが知っている長めの文</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 10 characters; a short sentence works well.</source>
        <translation>10文字以上のパスフレーズを決めてください。短い文にすると覚えやすくなります。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>2つのパスフレーズがまだ一致していません。</translation>
    </message>
    <message>
        <source>Now type it once more to be sure.</source>
        <translation>確認のため、もう一度入力してください。</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>パスフレーズが一致しました。</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>パスフレーズを決める</translation>
    </message>
    <message>
        <source>You will type it each time you open Sorakumo Desk.</source>
        <translation>Sorakumo Desk を開くたびに入力します。</translation>
    </message>
    <message>
        <source>Nobody can recover the records without this passphrase or the recovery code that follows. A short sentence that means something only to you is easy to remember and hard to guess.</source>
        <translation>このパスフレーズか、次の画面で表示する回復コードがなければ、誰も記録を開くことはできません。ご自身にだけ意味のある短い文にすると、覚えやすく推測されにくくなります。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>入金の記録</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>受け取った金額</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>お支払い方法</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>記録する</translation>
    </message>
</context>
<context>
    <name>PhoneCalendarDialog</name>
    <message>
        <source>Export to a phone calendar</source>
        <extracomment>The bases a calendar service&apos;s receiving names can rest on (law and public-health requests never arrive as a calendar).</extracomment>
        <translation>スマートフォンのカレンダーへの書き出し</translation>
    </message>
    <message>
        <source>Bookings for your phone&apos;s calendar</source>
        <translation>スマートフォンのカレンダー用のご予約</translation>
    </message>
    <message>
        <source>The file holds the confirmed and tentative bookings from today on, each with the session&apos;s title and time, and no client&apos;s name. A phone&apos;s calendar is usually copied to a cloud service, which is someone other than your clients: a name there is personal data handed to a third party.</source>
        <translation>ファイルには、本日以降の確定済みと調整中のご予約を、セッション名と日時だけで書き出し、ご利用者のお名前は含めません。スマートフォンのカレンダーは通常クラウドのサービスに同期されます。そこはご利用者以外の第三者にあたるため、お名前を載せると個人情報を第三者に渡すことになります。</translation>
    </message>
    <message>
        <source>Where to save the .ics file</source>
        <translation>.ics ファイルの保存先</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <source>Include the clients&apos; names</source>
        <translation>ご利用者のお名前を含める</translation>
    </message>
    <message>
        <source>Names go to the calendar&apos;s service: each client named gets a provision record in the disclosure log, on the basis you give, before the file is written.</source>
        <translation>お名前はカレンダーのサービスに渡ります。ファイルを書き出す前に、お名前を載せるご利用者ごとに、入力した根拠で第三者提供の記録を作成します。</translation>
    </message>
    <message>
        <source>Calendar service:</source>
        <translation>カレンダーのサービス:</translation>
    </message>
    <message>
        <source>For example Google Calendar or iCloud</source>
        <translation>例:Google カレンダー、iCloud</translation>
    </message>
    <message>
        <source>How to reach it:</source>
        <translation>連絡先:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>Why this basis applies:</source>
        <translation>この根拠にあたる理由:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>カレンダーを保存</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダーファイル (*.ics)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <source>Counselling session</source>
        <translation>カウンセリング</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not available yet</source>
        <translation>まだご利用いただけません</translation>
    </message>
    <message>
        <source>%1 This section arrives in a later version of Sorakumo Desk.</source>
        <translation>%1この画面は今後のバージョンでご利用いただけるようになります。</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Welcome to Sorakumo Desk</source>
        <translation>Sorakumo Desk へようこそ</translation>
    </message>
    <message>
        <source>Let us set up your practice&apos;s encrypted vault.</source>
        <translation>相談室の記録を守る、暗号化された保管庫を準備します。</translation>
    </message>
    <message>
        <source>Every client record stays on this computer, encrypted. These names appear on confirmations and can be changed later in Settings.</source>
        <translation>ご利用者の記録はすべて、暗号化してこのパソコンの中だけに保管します。ここで入力する名前はご予約確認の文面などに使われ、あとから「設定」で変更できます。</translation>
    </message>
    <message>
        <source>Practice name:</source>
        <translation>相談室の名前:</translation>
    </message>
    <message>
        <source>Counsellor name:</source>
        <translation>カウンセラーの名前:</translation>
    </message>
    <message>
        <source>The vault will be kept in: %1</source>
        <translation>保管庫の場所: %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print %1</source>
        <extracomment>Japanese-capable faces, most preferred first (Linux, macOS, Windows); then any sans-serif.</extracomment>
        <translation>%1を印刷</translation>
    </message>
</context>
<context>
    <name>ProspectDialog</name>
    <message>
        <source>Create a prospect</source>
        <translation>新しいご利用者として登録</translation>
    </message>
    <message>
        <source>A new client record with the status “Not yet met” and the address %1.</source>
        <translation>状態「まだお会いしていない」、メールアドレス %1 で新しいご利用者の記録を作成します。</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成する</translation>
    </message>
</context>
<context>
    <name>ProvisionRecordsPdf</name>
    <message>
        <source>Records of your personal data provided to others</source>
        <translation>あなたの個人情報の第三者提供記録</translation>
    </message>
    <message>
        <source>Produced on %1 by %2 at the request of %3. Each row is a time the practice provided your personal data to someone else, with the basis it rested on.</source>
        <translation>%3さまのご請求により、%2が%1に作成いたしました。当相談室があなたの個人情報を第三者に提供した記録を、その根拠とともに一件ずつ記載しております。</translation>
    </message>
    <message>
        <source>Provision records</source>
        <translation>提供記録</translation>
    </message>
    <message>
        <source>The practice has not provided your data to anyone.</source>
        <translation>当相談室は、あなたの個人情報をどなたにも提供しておりません。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>Qt&apos;s own file-dialog texts that ``qtbase_ja`` lacks (renamed in Qt 6.11); ``desktop_ja`` carries them, and Qt asks every installed translator in turn, so they are found there.</extracomment>
        <translation>ファイルの場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>(erased client)</source>
        <translation>(消去済みのご利用者)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1, requested by %2</source>
        <translation>%1(%2からの要請)</translation>
    </message>
    <message>
        <source>Recorded late: consent withdrawn on %1</source>
        <translation>同意撤回後の記録（%1に撤回）</translation>
    </message>
    <message>
        <source>Corrected %1×</source>
        <translation>訂正 %1 回</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>パスワード付き</translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation>パスワードなし</translation>
    </message>
    <message>
        <source>Exported (%1, %2)</source>
        <translation>書き出し済み(%1・%2)</translation>
    </message>
    <message>
        <source>Kept until %1</source>
        <translation>%1まで保存</translation>
    </message>
    <message>
        <source> · </source>
        <translation>・</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ご利用者</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>%1 (only %2)</source>
        <translation>%1(%2のみ)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Allows</source>
        <translation>同意の内容</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Holds until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回日</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1(期限超過)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>請求の内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Consent no.</source>
        <translation>同意番号</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>ご感想</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>取り下げ日</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Write down your recovery code</source>
        <translation>回復コードを書き留めてください</translation>
    </message>
    <message>
        <source>It is shown only this once.</source>
        <translation>このコードが表示されるのは今回だけです。</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this code is the only way back into your records. Write it on paper and keep it somewhere safe, away from this computer. Do not save it in a file or send it by email.</source>
        <translation>パスフレーズを忘れたとき、記録を開く手段はこのコードだけです。紙に書き写し、このパソコンとは別の安全な場所に保管してください。ファイルに保存したり、メールで送ったりしないでください。</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>回復コードを書き留めました</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名：</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>メールソフトで開く</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>本文をコピー</translation>
    </message>
    <message>
        <source>Your mail program opens with this reply; the app itself sends nothing.</source>
        <translation>この返信を入れた状態でメールソフトが開きます。このアプリ自体は何も送信しません。</translation>
    </message>
    <message>
        <source>(no email address: reply by phone)</source>
        <translation>（メールアドレスがありません。お電話でお返事ください）</translation>
    </message>
    <message>
        <source>No mail program answered; copy the text into your mail program instead.</source>
        <translation>メールソフトが起動しませんでした。本文をコピーしてメールソフトに貼り付けてください。</translation>
    </message>
    <message>
        <source>Handed to your mail program and logged as a reply.</source>
        <translation>メールソフトに渡し、返信として記録しました。</translation>
    </message>
    <message>
        <source>Copied and logged as a reply.</source>
        <translation>コピーし、返信として記録しました。</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Answer a request</source>
        <translation>請求への回答</translation>
    </message>
    <message>
        <source>Register a request</source>
        <translation>請求の受付</translation>
    </message>
    <message>
        <source>Request from %1</source>
        <translation>%1さまからの請求</translation>
    </message>
    <message>
        <source>%1, received %2, due %3.</source>
        <translation>%1(%2受付、回答期限 %3)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>対応:</translation>
    </message>
    <message>
        <source>Response given:</source>
        <translation>回答の内容:</translation>
    </message>
    <message>
        <source>Reason for refusal:</source>
        <translation>お断りの理由:</translation>
    </message>
    <message>
        <source>The client asks to:</source>
        <translation>請求の内容:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>受付日:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>詳細:</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>回答を記録</translation>
    </message>
    <message>
        <source>Register request</source>
        <translation>請求を受け付ける</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <extracomment>The backup already compared with the vault it replaces (and, if older, warned about).</extracomment>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Restore the records from a backup</source>
        <translation>バックアップから記録を復元します</translation>
    </message>
    <message>
        <source>Choose a backup file and type the passphrase that was in use when it was made. The backup is checked first; the restored vault goes to %1.</source>
        <translation>バックアップファイルを選び、作成した時点のパスフレーズを入力してください。先にバックアップを検証してから、%1 に保管庫を復元します。</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>バックアップファイル:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Replace the vault in this folder (it is kept aside, renamed, not deleted)</source>
        <translation>このフォルダーの保管庫を置き換える(元の保管庫は削除せず、名前を変えて残します)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Then type two groups from what you wrote down:</source>
        <translation>続けて、書き留めたコードから次の 2 つのグループを入力してください:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message numerus="yes">
        <source>The backup of %1 passed every check and was restored (%n row(s)). It opens with the passphrase you just typed. Write down the new recovery code below: it is shown only once, and the old one no longer works.</source>
        <translation>
            <numerusform>%1 のバックアップはすべての検証に合格し、復元しました(%n 行)。いま入力したパスフレーズで開けます。下の新しい回復コードを書き留めてください。表示はこの一度だけで、以前の回復コードはもう使えません。</numerusform>
        </translation>
    </message>
    <message>
        <source>I have written the new recovery code down</source>
        <translation>新しい回復コードを書き留めました</translation>
    </message>
    <message>
        <source>Open the records</source>
        <translation>記録を開く</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>それでも復元する</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>バックアップを選ぶ</translation>
    </message>
    <message>
        <source>Backups (%1)</source>
        <translation>バックアップ (%1)</translation>
    </message>
    <message>
        <source>Checking the backup and restoring…</source>
        <translation>バックアップを検証し、復元しています…</translation>
    </message>
    <message>
        <source>This backup was made %1, before the vault&apos;s last change (%2): restoring it would lose what changed since. The vault is kept aside, renamed; press “Restore anyway” to restore this backup all the same.</source>
        <translation>このバックアップは %1 に作成されたもので、保管庫の最後の変更（%2）より前のものです。復元すると、それ以降の変更は失われます。今の保管庫は名前を変えて残されます。それでもこのバックアップを復元する場合は「それでも復元する」を押してください。</translation>
    </message>
    <message>
        <source>The vault that was replaced is kept in %1 until you delete it.</source>
        <translation>置き換えた元の保管庫は、削除されるまで %1 に残してあります。</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Calendar</source>
        <extracomment>The sidebar&apos;s icon in ``desktop/resources/icons`` (Lucide, ISC licence; see LICENSE-lucide.txt).</extracomment>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Bookings by week, day and month, with the four-point booking checklist.</source>
        <translation>週・日・月ごとのご予約と、ご予約確定の4項目チェックリストを扱います。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>ご利用者</translation>
    </message>
    <message>
        <source>Client records and dated consultation notes.</source>
        <translation>ご利用者の情報と、日付付きの相談記録を扱います。</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <source>Imported email and phone calls, and after-follow replies.</source>
        <translation>取り込んだメールと電話の記録、アフターフォローの返信を扱います。</translation>
    </message>
    <message>
        <source>Disclosures &amp; consents</source>
        <translation>開示と同意</translation>
    </message>
    <message>
        <source>Clients&apos; consents and the record of anything disclosed to others.</source>
        <translation>ご利用者からいただいた同意と、第三者への開示の記録を扱います。</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>収入</translation>
    </message>
    <message>
        <source>The year&apos;s income per month, what is still owed, and the books.</source>
        <translation>月ごと・年ごとの収入、未収金、帳簿。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡記録</translation>
    </message>
    <message>
        <source>Every contact you made, with its reason.</source>
        <translation>こちらから差し上げた連絡を、その理由とともに記録します。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作記録</translation>
    </message>
    <message>
        <source>Every opening, change and export of a record, checked for tampering.</source>
        <translation>記録を開いた・変更した・書き出した操作のすべてを、改ざんの検査とともに一覧します。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The practice, the language and security.</source>
        <translation>相談室の情報、表示言語、セキュリティを設定します。</translation>
    </message>
</context>
<context>
    <name>SentOutsideBox</name>
    <message>
        <source>Sent outside the app, basis not recorded</source>
        <translation>アプリの外で送信（ご連絡の理由が未記録）</translation>
    </message>
    <message>
        <source>Mail from the practice&apos;s own address that matches no logged contact: give each its basis.</source>
        <translation>当方のアドレスから送られ、記録されたご連絡のどれにも当たらないメールです。それぞれにご連絡の理由を記録してください。</translation>
    </message>
    <message>
        <source>Give basis…</source>
        <translation>理由を記録…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>相談室</translation>
    </message>
    <message>
        <source>Practice name:</source>
        <translation>相談室の名前:</translation>
    </message>
    <message>
        <source>Counsellor name:</source>
        <translation>カウンセラーの名前:</translation>
    </message>
    <message>
        <source>Pick-up station:</source>
        <translation>送迎する駅:</translation>
    </message>
    <message>
        <source>Time zone of the practice:</source>
        <translation>相談室のタイムゾーン:</translation>
    </message>
    <message>
        <source>The practice&apos;s email addresses:</source>
        <translation>当方のメールアドレス:</translation>
    </message>
    <message>
        <source>Email round-trip limit:</source>
        <translation>メール往復の上限:</translation>
    </message>
    <message>
        <source>Lock when idle for:</source>
        <translation>操作がないときにロックするまで:</translation>
    </message>
    <message>
        <source>Working hours in the calendar:</source>
        <translation>カレンダーの営業時間:</translation>
    </message>
    <message>
        <source>Separated by commas. Imported mail from these addresses is mail the practice sent.</source>
        <translation>カンマで区切って入力します。取り込んだメールのうち、これらのアドレスからのものは当方が送ったメールとして扱います。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message numerus="yes">
        <source>%n round trip(s)</source>
        <translation>
            <numerusform>%n 往復</numerusform>
        </translation>
    </message>
    <message>
        <source>:00</source>
        <translation>時</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムの設定に合わせる</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>表示言語:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>パスフレーズを変更…</translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>保管庫を検査</translation>
    </message>
    <message>
        <source>Remember the vault key on this device</source>
        <translation>このパソコンで保管庫の鍵を記憶する</translation>
    </message>
    <message>
        <source>Not available: this computer has no secure keyring. You will be asked for the passphrase each time.</source>
        <translation>ご利用いただけません。このパソコンには安全なキーリングがないため、毎回パスフレーズをお尋ねします。</translation>
    </message>
    <message>
        <source>Off by default. When on, the system keyring unlocks the vault for you, so anyone signed in to this computer can open the records. The passphrase itself is never stored.</source>
        <translation>初期設定ではオフです。オンにするとシステムのキーリングが保管庫のロックを解除するため、このパソコンにサインインできる人は誰でも記録を開けるようになります。パスフレーズそのものは保存しません。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>パスフレーズを変更しました。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>検査しています…</translation>
    </message>
    <message numerus="yes">
        <source>All checks passed: encryption, database structure and the audit trail (%n event(s)).</source>
        <translation>
            <numerusform>暗号化、データベース構造、監査記録(%n 件)のすべての検査に合格しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>A check failed. Make a copy of the vault folder and restore from a backup.</source>
        <translation>検査で問題が見つかりました。保管庫フォルダーを複製してから、バックアップから戻してください。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>First set-up</source>
        <translation>はじめての設定</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>暗号化された保管庫を作成しています…</translation>
    </message>
</context>
<context>
    <name>StarterMenuPage</name>
    <message>
        <source>Your sessions</source>
        <translation>セッションのメニュー</translation>
    </message>
    <message>
        <source>A booking is confirmed for a session of the menu, with its length and fee.</source>
        <translation>ご予約は、メニューのセッションを所要時間・料金とともに合意して確定します。</translation>
    </message>
    <message>
        <source>Sorakumo Desk starts your menu with one session in person and one online (video). Check the names, the minutes and the price of each.</source>
        <translation>はじめに、対面とオンライン（ビデオ通話）のセッションを1つずつ用意します。それぞれの名称・所要時間・料金をご確認ください。</translation>
    </message>
    <message>
        <source>You can add sessions (for example by phone) and change these later in Settings.</source>
        <translation>電話によるセッションなどの追加や変更は、あとから設定で行えます。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>料金</translation>
    </message>
    <message>
        <source>In-person counselling</source>
        <translation>対面カウンセリング</translation>
    </message>
    <message>
        <source>Online counselling</source>
        <translation>オンラインカウンセリング</translation>
    </message>
    <message>
        <source> yen</source>
        <translation> 円</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Export for the client</source>
        <translation>ご本人さま用の書き出し</translation>
    </message>
    <message>
        <source>Export the record for the client</source>
        <translation>ご本人さまにお渡しする記録の書き出し</translation>
    </message>
    <message>
        <source>Use this when the client asks for the personal data the practice holds about them. The export is for the client themself, so it is not a disclosure to a third party; it is recorded in the audit trail as given to the client.</source>
        <translation>ご利用者ご本人さまから、お預かりしている個人情報の開示を求められたときにお使いください。ご本人さまへのお渡しなので第三者への開示にはあたらず、操作記録には「ご本人さまへの提供」として残ります。</translation>
    </message>
    <message>
        <source>The file is not encrypted. Save it where only you can reach it, hand it to the client, then delete your copy.</source>
        <translation>書き出したファイルは暗号化されません。ご自身だけが扱える場所に保存し、ご本人さまにお渡ししたら、手元の複製は削除してください。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>PDF, to read and print</source>
        <translation>PDF(読む・印刷する)</translation>
    </message>
    <message>
        <source>JSON, for another program</source>
        <translation>JSON(他のソフトで使う)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>保存先を選ぶ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Print the client&apos;s copy on paper, to hand to the client</source>
        <translation>ご利用者にお渡しする控えを紙に印刷します</translation>
    </message>
    <message>
        <source>Export for a third party</source>
        <translation>第三者への書き出し</translation>
    </message>
    <message>
        <source>The file is not encrypted unless you seal it. Save it where only you can reach it, hand it to the recipient the disclosure record names, then delete your copy.</source>
        <translation>パスワードで保護しない限り、ファイルは暗号化されません。ご自身だけが開ける場所に保存し、提供記録に記した提供先にお渡ししたうえで、お手元の写しは削除してください。</translation>
    </message>
    <message>
        <source>Export the record for someone else</source>
        <translation>ご本人以外にお渡しする記録の書き出し</translation>
    </message>
    <message>
        <source>Anything exported for someone other than the client rests on a disclosure record with its basis. The export is recorded in the audit trail together with that record.</source>
        <translation>ご本人以外へお渡しする書き出しは、根拠を記した提供記録にもとづいて行います。書き出しはその提供記録とともに操作記録に残ります。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose another place.</source>
        <translation>そのフォルダーはありません。別の場所を選んでください。</translation>
    </message>
    <message>
        <source>The export is not encrypted, so it cannot be saved in the vault folder. Choose another place.</source>
        <translation>書き出すファイルは暗号化されないため、保管庫フォルダーには保存できません。別の場所を選んでください。</translation>
    </message>
    <message>
        <source>That is a folder. Add a file name.</source>
        <translation>フォルダーが指定されています。ファイル名を付けてください。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <source>Preparing the record…</source>
        <translation>記録を準備しています…</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>印刷は行われませんでした。</translation>
    </message>
    <message>
        <source>Sent to the printer. The printed copy is recorded in the audit trail as given to the client.</source>
        <translation>プリンターに送りました。印刷した控えは、ご利用者にお渡ししたものとして操作記録に残しました。</translation>
    </message>
    <message>
        <source>Saved to %1. The export is recorded in the audit trail with disclosure record no. %2.</source>
        <translation>%1 に保存しました。この書き出しは提供記録 %2 番とともに操作記録に残りました。</translation>
    </message>
    <message>
        <source>Saved to %1. The export is recorded in the audit trail.</source>
        <translation>%1 に保存しました。この書き出しは操作記録に残りました。</translation>
    </message>
</context>
<context>
    <name>TestimonialDialog</name>
    <message>
        <source>Mark a testimonial</source>
        <translation>ご感想としての登録</translation>
    </message>
    <message>
        <source>Testimonial from %1</source>
        <translation>%1さまのご感想</translation>
    </message>
    <message>
        <source>The client&apos;s own words, as they agreed to their use. Their testimonial consent is required.</source>
        <translation>ご利用者ご本人が使用に同意された言葉をそのまま記入します。ご感想の掲載への同意が必要です。</translation>
    </message>
    <message>
        <source>Mark as testimonial</source>
        <translation>ご感想として登録</translation>
    </message>
</context>
<context>
    <name>ThirdPartyBox</name>
    <message>
        <source>For whom</source>
        <translation>お渡しする相手</translation>
    </message>
    <message>
        <source>The client themself, at their own request</source>
        <translation>ご本人さま(ご本人からのご請求による)</translation>
    </message>
    <message>
        <source>Someone else (a third party), on a disclosure record</source>
        <translation>ご本人以外(第三者)— 提供記録にもとづく</translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation>提供を記録…</translation>
    </message>
    <message>
        <source>Seal the PDF with a password</source>
        <translation>PDFにパスワードをかける</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>10文字以上</translation>
    </message>
    <message>
        <source>Only the data items the record names are exported. Give the password to the recipient another way, by phone or in person, never with the file.</source>
        <translation>提供記録に記載した項目だけを書き出します。パスワードはファイルと一緒に送らず、電話や対面など別の方法で提供先にお伝えください。</translation>
    </message>
    <message>
        <source>No. %1, %2 — %3 (%4): %5</source>
        <translation>%1番 %2 — %3(%4):%5</translation>
    </message>
    <message>
        <source>No disclosure record awaits an export; record one first</source>
        <translation>書き出しを待つ提供記録がありません。先に提供を記録してください</translation>
    </message>
</context>
<context>
    <name>ThreadList</name>
    <message>
        <source>No mail in this view. Import .eml or .mbox files with “Import mail…”, or drop them on this page.</source>
        <translation>この表示にメールはありません。.eml や .mbox のファイルを「メールを取り込む…」で取り込むか、このページにドロップしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>やり取り %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadReader</name>
    <message>
        <source>Link to client…</source>
        <translation>ご利用者に結び付ける…</translation>
    </message>
    <message>
        <source>Create prospect…</source>
        <translation>新しいご利用者として登録…</translation>
    </message>
    <message>
        <source>This sender is not matched to a client yet.</source>
        <translation>この差出人はまだどのご利用者とも照合されていません。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>Call, %1 min</source>
        <translation>電話 %1 分</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>a phrase from your danger list appears here; read the whole message.</source>
        <translation>危険語リストの語句が含まれています。メッセージ全体をお読みください。</translation>
    </message>
    <message>
        <source>Reply held since %1.</source>
        <translation>%1 から返信を保留しています。</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>差出人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日時：</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>ご利用者：</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先：</translation>
    </message>
    <message>
        <source>This mail had no plain-text part; shown as text.</source>
        <translation>このメールにはテキスト形式の本文がないため、HTML を文字だけにして表示しています。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Attachments (kept in the vault):</source>
        <translation>添付ファイル（保管庫内に保存）：</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the vault</source>
        <translation>保管庫のロック解除</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>保管庫はロックされています</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>保管庫: %1</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロックを解除</translation>
    </message>
    <message>
        <source>Forgot it? Use the recovery code…</source>
        <translation>お忘れの場合は回復コードを使う…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down at set-up, then choose a new passphrase.</source>
        <translation>準備のときに書き留めた回復コードを入力し、新しいパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>回復コード:</translation>
    </message>
    <message>
        <source>Unlock and set passphrase</source>
        <translation>ロックを解除してパスフレーズを設定</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>ロックを解除しています…</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1・%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>M/d</source>
        <comment>day header date format</comment>
        <translation>M/d</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1〜%2</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>Record withdrawal</source>
        <translation>撤回を記録</translation>
    </message>
    <message>
        <source>%1 withdraws their consent of %2 (%3). It stays on record, marked withdrawn.</source>
        <translation>%1さまが%2にいただいた同意(%3)を撤回されます。同意の記録は「撤回済み」として残ります。</translation>
    </message>
    <message>
        <source>Withdrawn on:</source>
        <translation>撤回日:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>How the client said so, e.g. by phone</source>
        <translation>撤回のお申し出の方法(例:お電話で)</translation>
    </message>
    <message>
        <source>The client withdrew their consent to testimonials. Take these down wherever they are used:
%1</source>
        <translation>ご本人さまがご感想の掲載への同意を撤回されました。掲載している場所から、次のご感想を取り下げてください：
%1</translation>
    </message>
</context>
<context>
    <name>_LogColumns</name>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>提供日</translation>
    </message>
    <message>
        <source>About</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>提供した項目</translation>
    </message>
    <message>
        <source>Basis and grounds</source>
        <translation>根拠と理由</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Consent no. %1</source>
        <translation>同意番号 %1</translation>
    </message>
    <message>
        <source>Requested by %1 (%2)</source>
        <translation>%1からの要請(%2)</translation>
    </message>
    <message>
        <source>Corrects record no. %1: %2</source>
        <translation>記録 %1 番の訂正:%2</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s sentences a counsellor can meet (its programming errors are left as they are).</extracomment>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了します</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <extracomment>``--version``&apos;s help: argparse gives it as plain text, not through ``_``, so the parser passes it in.</extracomment>
        <translation>バージョンを表示して終了します</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: エラー: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数があります: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r は選べません（%(choices)s から選んでください）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r は %(type)s の値として正しくありません</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>値を1つ指定してください</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>値を1つ以上指定してください</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>値は1つまでです</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>値を %s 個指定してください</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>値を %s 個指定してください</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>オプション %(option)s があいまいです（候補: %(matches)s）</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と一緒には使えません</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>指定された値 %r は使われません</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; を開けません: %(error)s</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Your details</source>
        <translation>ご登録内容</translation>
    </message>
    <message>
        <source>Consultation notes</source>
        <translation>ご相談の記録</translation>
    </message>
    <message>
        <source>Versions of the note</source>
        <translation>記録の改訂履歴</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>ご予約</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Mail and calls</source>
        <translation>メールとお電話</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Contacts from the practice</source>
        <translation>当方からのご連絡</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Disclosures to third parties</source>
        <translation>第三者への提供</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>ご本人さまからのご請求</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>ご感想</translation>
    </message>
    <message>
        <source>Disclosed data</source>
        <translation>提供した個人情報</translation>
    </message>
    <message>
        <source>Provision records</source>
        <translation>提供記録</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Labels of the fields the window shows; a field without one is shown by its key.</extracomment>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ご住所</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>ご職業</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>お電話番号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Counsellor&apos;s notes</source>
        <translation>カウンセラーの覚え書き</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>記入日時</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>ご利用日</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Price (yen)</source>
        <translation>料金（円）</translation>
    </message>
    <message>
        <source>Cancellation fee (yen)</source>
        <translation>キャンセル料（円）</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>キャンセル日時</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日</translation>
    </message>
    <message>
        <source>Holds until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>提供日</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>How to reach the recipient</source>
        <translation>提供先の連絡先</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>提供した項目</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Disclosure record no.</source>
        <translation>提供記録番号</translation>
    </message>
    <message>
        <source>Consent no.</source>
        <translation>同意番号</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Consultation content</source>
        <translation>ご相談の内容</translation>
    </message>
    <message>
        <source>Recorded late: consent withdrawn on</source>
        <translation>同意撤回後の記録（撤回日）</translation>
    </message>
</context>
<context>
    <name>inbox</name>
    <message>
        <source>A call lasts from 1 to %1 minutes.</source>
        <translation>通話時間は 1 分から %1 分の間で入力してください。</translation>
    </message>
    <message>
        <source>Say who called, or choose the client.</source>
        <translation>相手のお名前を入力するか、ご利用者を選んでください。</translation>
    </message>
    <message>
        <source>Write a short summary of the call.</source>
        <translation>通話の要旨を簡潔にご記入ください。</translation>
    </message>
    <message>
        <source>The summary can be at most %1 characters.</source>
        <translation>要旨は %1 文字以内でご記入ください。</translation>
    </message>
    <message>
        <source>Choose the client the call was made to.</source>
        <translation>お電話をおかけしたクライアントを選んでください。</translation>
    </message>
    <message>
        <source>A call can only be logged once it has happened.</source>
        <translation>電話は、通話のあとにのみ記録できます。</translation>
    </message>
</context>
<context>
    <name>income</name>
    <message>
        <source>Sessions</source>
        <translation>カウンセリング料</translation>
    </message>
    <message>
        <source>Cancellation fees (not taxed)</source>
        <translation>キャンセル料（不課税）</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>その他の請求</translation>
    </message>
    <message>
        <source>Consumption tax (10%, included)</source>
        <translation>消費税（10%・内税）</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Paid by transfer</source>
        <translation>銀行振込</translation>
    </message>
    <message>
        <source>Paid by card or QR</source>
        <translation>カード・QR決済</translation>
    </message>
    <message>
        <source>Paid otherwise</source>
        <translation>その他の支払</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未収</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年計</translation>
    </message>
    <message>
        <source>Income %1</source>
        <translation>%1年の収入</translation>
    </message>
    <message>
        <source>Amounts in yen, tax included; the tax is rounded down. No client names.</source>
        <translation>金額は円・税込、消費税は切り捨て。ご利用者のお名前は含みません。</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <source>Session</source>
        <extracomment>P-MONEY-TAX: the standard consumption-tax rate, in percent (counselling is not reduced-rate). P-MONEY-STAMP: a receipt for this much or more needs a revenue stamp. P-MONEY-RETAIN: years the books are kept after the tax year (blue-return filer); stricter only. The addressee a receipt may carry instead of the client&apos;s name, where Settings allow it. The largest single amount the ledger accepts (a typo guard, not a law).</extracomment>
        <translation>カウンセリング</translation>
    </message>
    <message>
        <source>Cancellation fee</source>
        <translation>キャンセル料</translation>
    </message>
    <message>
        <source>Other charge</source>
        <translation>その他の請求</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>銀行振込</translation>
    </message>
    <message>
        <source>Card or QR payment</source>
        <translation>カード・QR決済</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Cancelled by the counsellor: no fee</source>
        <translation>カウンセラー都合のキャンセル：料金なし</translation>
    </message>
    <message>
        <source>Declared emergency: no fee</source>
        <translation>緊急事態の宣言による：料金なし</translation>
    </message>
    <message>
        <source>Fee waived by the counsellor</source>
        <translation>カウンセラーの判断で免除</translation>
    </message>
    <message>
        <source>Booking was not yet confirmed: no fee</source>
        <translation>ご予約の確定前：料金なし</translation>
    </message>
    <message>
        <source>Cancelled with enough notice: no fee</source>
        <translation>十分前のご連絡：料金なし</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>Use at least %1 characters for the passphrase.</source>
        <translation>パスフレーズは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The passphrase must not begin or end with a space.</source>
        <translation>パスフレーズの最初と最後に空白は使えません。</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: add more words, or mix in digits, symbols or Japanese characters.</source>
        <translation>このパスフレーズは推測されやすいものです。言葉を足すか、数字・記号・日本語を混ぜてください。</translation>
    </message>
    <message>
        <source>Not yet met</source>
        <translation>まだお会いしていない</translation>
    </message>
    <message>
        <source>Last session online</source>
        <translation>直近はオンライン</translation>
    </message>
    <message>
        <source>After-follow</source>
        <translation>アフターフォロー</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>依存</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>危険</translation>
    </message>
    <message>
        <source>Others affected</source>
        <translation>他者への影響</translation>
    </message>
    <message>
        <source>In person is better</source>
        <translation>対面が望ましい</translation>
    </message>
    <message>
        <source>The client wants the counsellor to act or decide for them.</source>
        <translation>ご利用者が、カウンセラーに直接の手助けや判断を求めています。</translation>
    </message>
    <message>
        <source>There may be serious harm to life, health or property.</source>
        <translation>生命・身体・財産に重大な危害が及ぶおそれがあります。</translation>
    </message>
    <message>
        <source>Other people may be affected psychologically.</source>
        <translation>周囲の人に心理的な影響が及ぶおそれがあります。</translation>
    </message>
    <message>
        <source>An in-person session would serve the client&apos;s safety and growth better.</source>
        <translation>対面セッションのほうが、ご利用者の安全と成長のためになります。</translation>
    </message>
    <message>
        <source>Wish to book unclear</source>
        <translation>予約のご意思が不十分</translation>
    </message>
    <message>
        <source>Consultation by email</source>
        <translation>メールでのご相談</translation>
    </message>
    <message>
        <source>No longer after-follow</source>
        <translation>アフターフォローの範囲外</translation>
    </message>
    <message>
        <source>Booking confirmation (four points)</source>
        <translation>ご予約の確認（4項目）</translation>
    </message>
    <message>
        <source>Reply about the booking (four points)</source>
        <translation>ご予約についての返信（4点の確認）</translation>
    </message>
    <message>
        <source>Proposal to settle the booking by phone</source>
        <translation>お電話でのご予約確定のご提案</translation>
    </message>
    <message>
        <source>Proposal of an in-person session</source>
        <translation>対面セッションのご提案</translation>
    </message>
    <message>
        <source>Notice that the reply is held</source>
        <translation>お返事を控える旨のお知らせ</translation>
    </message>
    <message>
        <source>After-follow reply</source>
        <translation>アフターフォローの返信</translation>
    </message>
    <message>
        <source>Not yet met: before the first meeting, replies cover the four booking points only; hold a consultation or an unclear wish to book.</source>
        <translation>まだお会いしていない方です。初回面談までの返信はご予約の4項目に限ります。ご相談の内容や、予約のご意思がはっきりしないものは保留にしてください。</translation>
    </message>
    <message>
        <source>Not eligible for after-follow: the most recent session was online, and after-follow follows in-person sessions only: propose an in-person session.</source>
        <translation>規定「対面カウンセリングご利用後のアフターフォローサービス」により、直近のセッションがオンラインのため、アフターフォローの対象外です。対面カウンセリングをご提案ください。</translation>
    </message>
    <message>
        <source>This client has already been met; tag what makes the message no longer after-follow, then hold it for that reason.</source>
        <translation>すでにお会いしたご利用者です。アフターフォローの範囲を超える点に印を付けてから、その理由で保留にしてください。</translation>
    </message>
    <message>
        <source>This person has not been met yet; hold the message as a consultation or as an unclear wish to book.</source>
        <translation>まだお会いしていない方です。「メールでのご相談」または「予約のご意思が不十分」として保留にしてください。</translation>
    </message>
    <message>
        <source>Tag at least one trigger before holding the reply for it.</source>
        <translation>この理由で保留にする前に、当てはまる項目に少なくとも一つ印を付けてください。</translation>
    </message>
    <message>
        <source>This message is held: answer it only with the hold notice or an in-person proposal.</source>
        <translation>このメッセージは保留中です。お返事は、保留のお知らせか対面セッションのご提案に限ります。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ご利用中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>回答なし</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>APPI Art. 29 and its rules: a provision record is kept three years, one year when a contract document serves as the record. Settings may lengthen these, never shorten them. APPI Arts. 33–35 ask for an answer &quot;without delay&quot;; the practice sets how many days that means.</extracomment>
        <translation>お名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ご住所</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>ご職業</translation>
    </message>
    <message>
        <source>Telephone numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Consultation content</source>
        <translation>ご相談の内容</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>ご家族</translation>
    </message>
    <message>
        <source>Friend or acquaintance</source>
        <translation>ご友人・お知り合い</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>勤務先</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>行政機関</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>裁判所</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>警察</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>The client&apos;s consent</source>
        <translation>ご本人の同意</translation>
    </message>
    <message>
        <source>Required by law</source>
        <translation>法令に基づく</translation>
    </message>
    <message>
        <source>To protect life, health or property</source>
        <translation>生命・身体・財産の保護のため</translation>
    </message>
    <message>
        <source>Public health request</source>
        <translation>公衆衛生のための要請</translation>
    </message>
    <message>
        <source>To protect rights</source>
        <translation>権利の保護のため</translation>
    </message>
    <message>
        <source>Disclosure to others</source>
        <translation>第三者への提供</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation>ご感想の掲載</translation>
    </message>
    <message>
        <source>Holding sensitive data (intake)</source>
        <translation>要配慮個人情報の取得(初回時)</translation>
    </message>
    <message>
        <source>The client withdrew this consent on %1; under “Disclosure of personal data to third parties” nothing may be disclosed without the client&apos;s own direct will.</source>
        <translation>ご本人さまは%1にこの同意を撤回されています。「個人情報の第三者（家族・知人も含む）への開示について」のとおり、ご本人さまからの直接の意思表示をいただくことなく開示することはできません。</translation>
    </message>
    <message>
        <source>This consent held only until %1; under “Disclosure of personal data to third parties” an expired consent is no basis for a disclosure.</source>
        <translation>この同意の有効期限は%1まででした。「個人情報の第三者（家族・知人も含む）への開示について」のとおり、期限の切れた同意にもとづいて開示することはできません。</translation>
    </message>
    <message>
        <source>The client&apos;s consent to testimonials is not in force; under “Purposes of use of personal data” (improving the service, such as testimonials) their words cannot be used as one.</source>
        <translation>ご感想の掲載へのご本人さまの同意が有効ではありません。「個人情報の利用目的」（サービスの改善と向上（体験談など））のとおり、ご本人さまの同意なくお言葉をご感想として使うことはできません。</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>The exceptions that concern someone *considering a booking*: the booking is named.</extracomment>
        <translation>返信</translation>
    </message>
    <message>
        <source>Disaster or disrupted transport</source>
        <translation>災害・交通機関の乱れ</translation>
    </message>
    <message>
        <source>Counsellor unavailable</source>
        <translation>カウンセラーの事情</translation>
    </message>
    <message>
        <source>Fair bookings (urgent check of intent)</source>
        <translation>予約の公平（ご意思の至急確認）</translation>
    </message>
    <message>
        <source>Change in the booking situation</source>
        <translation>予約状況の変化</translation>
    </message>
    <message>
        <source>An answer to a message or call the person sent first.</source>
        <translation>ご本人からのメールやお電話へのお返事です。</translation>
    </message>
    <message>
        <source>A disaster, disrupted transport or the like needs urgent contact.</source>
        <translation>災害や交通機関の乱れなどで、至急のご連絡が必要です。</translation>
    </message>
    <message>
        <source>The counsellor&apos;s sudden illness or circumstances.</source>
        <translation>カウンセラーの急な病気や事情によるものです。</translation>
    </message>
    <message>
        <source>To keep bookings fair, an urgent check of intent with someone considering a booking.</source>
        <translation>予約の公平を保つため、ご予約を検討中の方へ至急ご意思を確認します。</translation>
    </message>
    <message>
        <source>The booking situation changed and someone considering a booking must know soon.</source>
        <translation>予約状況が変わり、ご予約を検討中の方へ早めにお伝えする必要があります。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Under “Contact from the practice”, the practice contacts a client only in answer to their own wish: a reply must answer a message or call the client sent first.</source>
        <translation>規定「当方からのご連絡」により、ご連絡はご本人さまの意思表示にお応えする形でのみ差し上げます。返信は、ご本人さまから先に届いたメールまたはお電話に対するものにしてください。</translation>
    </message>
    <message>
        <source>A contact is made by email or by phone.</source>
        <translation>ご連絡はメールかお電話で行います。</translation>
    </message>
    <message>
        <source>The counsellor does not contact anyone unprompted: choose the basis of this contact.</source>
        <translation>カウンセラーから理由なくご連絡することはありません。この連絡の根拠を選んでください。</translation>
    </message>
    <message>
        <source>The note can be at most %1 characters.</source>
        <translation>メモは %1 文字までです。</translation>
    </message>
    <message>
        <source>Under “Contact from the practice”, a reply answers the client&apos;s wish once: this message has already been answered.</source>
        <translation>規定「当方からのご連絡」により、返信はご本人さまの意思表示に一度お応えするものです。このメッセージにはすでに返信しています。</translation>
    </message>
    <message>
        <source>Under “Contact from the practice”, this exception is for someone considering a booking: name an upcoming open booking of this client.</source>
        <translation>規定「当方からのご連絡」により、この例外は「ご予約検討中の方」へのご連絡に限られます。このクライアントの、これからの有効なご予約を選んでください。</translation>
    </message>
    <message>
        <source>Under “Contact from the practice”, an urgent notice names the client&apos;s upcoming bookings it concerns; a completed, cancelled or past booking is no basis.</source>
        <translation>規定「当方からのご連絡」により、至急のご連絡には、関係するこれからのご予約をすべて挙げてください。完了済み・キャンセル済み、または日にちの過ぎたご予約は理由になりません。</translation>
    </message>
    <message>
        <source>Write a note saying why this contact cannot wait.</source>
        <translation>この連絡を急ぐ理由をメモに書いてください。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Written form</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Exported file</source>
        <translation>書き出したファイル</translation>
    </message>
    <message>
        <source>Standard record</source>
        <translation>通常の記録</translation>
    </message>
    <message>
        <source>Contract document serves as the record</source>
        <translation>契約書等を記録とするもの</translation>
    </message>
    <message>
        <source>See their data</source>
        <translation>保有個人データの開示</translation>
    </message>
    <message>
        <source>See provision records</source>
        <translation>第三者提供記録の開示</translation>
    </message>
    <message>
        <source>Correct their data</source>
        <translation>内容の訂正</translation>
    </message>
    <message>
        <source>Stop use</source>
        <translation>利用の停止</translation>
    </message>
    <message>
        <source>Erase their data</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <source>The chosen consent is not this client&apos;s consent to a disclosure.</source>
        <extracomment>Bases that need the requesting body and its reference besides a justification.</extracomment>
        <translation>選ばれた同意は、このご利用者の第三者提供への同意ではありません。</translation>
    </message>
    <message>
        <source>This consent was given on %1, after the day of the disclosure.</source>
        <translation>この同意は%1にいただいたもので、提供日より後です。</translation>
    </message>
    <message>
        <source>The client&apos;s consent does not cover this recipient; record a consent that does.</source>
        <translation>ご本人の同意がこの提供先を含んでいません。この提供先を含む同意を記録してください。</translation>
    </message>
    <message>
        <source>The client&apos;s consent does not cover “%1”; record a consent that covers it.</source>
        <translation>ご本人の同意に「%1」が含まれていません。この項目を含む同意を記録してください。</translation>
    </message>
    <message>
        <source>Name the recipient.</source>
        <translation>提供先を入力してください。</translation>
    </message>
    <message>
        <source>Write how to reach the recipient (address, telephone or email): a record of “Disclosure of personal data to third parties” must say who received the data.</source>
        <translation>提供先の連絡先（ご住所・お電話番号・メールアドレスのいずれか）を入力してください。「個人情報の第三者（家族・知人も含む）への開示について」の記録には、どなたに提供したかを残す必要があります。</translation>
    </message>
    <message>
        <source>Choose the data items that were disclosed.</source>
        <translation>提供した項目を選んでください。</translation>
    </message>
    <message>
        <source>Nothing may be disclosed without a basis: choose the client&apos;s recorded consent, or another basis with its justification.</source>
        <translation>根拠のない提供はできません。記録済みのご本人の同意を選ぶか、別の根拠とその理由を入力してください。</translation>
    </message>
    <message>
        <source>Write why this basis applies: a justification is required.</source>
        <translation>この根拠にあたる理由を入力してください。</translation>
    </message>
    <message>
        <source>Name the body that requested the information and the reference of its request.</source>
        <translation>情報を要請した機関と、その要請の文書番号等を入力してください。</translation>
    </message>
    <message>
        <source>The law requires this record to be kept until %1; it cannot be deleted before then.</source>
        <translation>この記録は法令により%1まで保存が必要なため、それまでは削除できません。</translation>
    </message>
    <message>
        <source>Write the response given to the client.</source>
        <translation>ご本人にお伝えした回答を入力してください。</translation>
    </message>
    <message>
        <source>A refusal needs its reason, as the client must be told it.</source>
        <translation>お断りする場合は、ご本人にお伝えする理由を入力してください。</translation>
    </message>
    <message>
        <source>Enter the client&apos;s full name.</source>
        <translation>ご利用者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Write the reading in hiragana or katakana.</source>
        <extracomment>The vowel a kana ends in, as the hiragana vowel (from the character&apos;s Unicode name: KA -&gt; あ).</extracomment>
        <translation>ふりがなは、ひらがなかカタカナで入力してください。</translation>
    </message>
    <message>
        <source>A postal code has seven digits, like 411-0036.</source>
        <translation>郵便番号は 411-0036 のような7桁の数字です。</translation>
    </message>
    <message>
        <source>Use digits and hyphens only, starting with 0, like 055-123-4567.</source>
        <translation>055-123-4567 のように、0 から始まる数字とハイフンだけで入力してください。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 070, 080 or 090.</source>
        <translation>携帯電話番号は 070・080・090 で始まる11桁の番号です。</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, or 11 for mobiles and 050 numbers.</source>
        <translation>電話番号は10桁です(携帯電話と 050 で始まる番号は11桁)。</translation>
    </message>
    <message>
        <source>An email address looks like name@example.jp.</source>
        <translation>メールアドレスは name@example.jp のような形式です。</translation>
    </message>
    <message>
        <source>The date of birth must be in the past.</source>
        <extracomment>Japanese eras a birth date on an intake form may be written in, with the year before their first.</extracomment>
        <translation>生年月日には今日より前の日付を入力してください。</translation>
    </message>
    <message>
        <source>Check the year of birth.</source>
        <translation>生まれた年をご確認ください。</translation>
    </message>
    <message>
        <source>Choose one of the listed statuses.</source>
        <extracomment>The reading folded for gojūon order: with ``id``, where the next page of the list starts.</extracomment>
        <translation>一覧にある状況から選んでください。</translation>
    </message>
    <message>
        <source>Choose one of the listed genders.</source>
        <translation>一覧にある性別から選んでください。</translation>
    </message>
    <message>
        <source>A consultation note needs some text.</source>
        <translation>相談記録には内容を入力してください。</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <extracomment>P-FORMAT: minutes kept free between two sessions unless Settings says otherwise. A session menu item lasts between these many minutes. What set-up proposes for each session of the starter menu (in person, online) until changed. How long a booking blocks the calendar before its menu item is known. The client&apos;s mail, imported while their email booking was open. A reply the app handed to the counsellor&apos;s mail program. Mail written outside the app, counted by hand. Reason code that forces a cancellation fee of zero (P-EMERGENCY). Statuses a booking only reaches after leaving the inquiry stage (P-WHO: own will confirmed). A session that took place (or was missed) ends the client&apos;s negotiation: the next starts at 0. Bookings that hold a slot in the counsellor&apos;s calendar (an inquiry only when it has a time). The state machine. Confirmed -&gt; negotiating happens only when an agreed value changes.</extracomment>
        <translation>お問い合わせ</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>調整中</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>無断欠席</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>お断り</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>対面</translation>
    </message>
    <message>
        <source>Online (phone)</source>
        <translation>オンライン(電話)</translation>
    </message>
    <message>
        <source>Online (video)</source>
        <translation>オンライン(ビデオ通話)</translation>
    </message>
    <message>
        <source>Client&apos;s mail imported</source>
        <translation>ご本人さまからのメール（取り込み）</translation>
    </message>
    <message>
        <source>Reply sent from the app</source>
        <translation>アプリから送った返信</translation>
    </message>
    <message>
        <source>Mail outside the app, counted by hand</source>
        <translation>アプリ外のメール（手動で加算）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ご利用日</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>How the client comes</source>
        <translation>ご来訪の手段</translation>
    </message>
    <message>
        <source>How the call is made</source>
        <extracomment>P-CONFIRM point 4 of an online session: nobody comes to the office, the call is arranged.</extracomment>
        <translation>通話の方法</translation>
    </message>
    <message>
        <source>The date has not been agreed with the client yet.</source>
        <translation>ご利用日がまだご本人さまと合意されていません。</translation>
    </message>
    <message>
        <source>The start time has not been agreed with the client yet.</source>
        <translation>開始時刻がまだご本人さまと合意されていません。</translation>
    </message>
    <message>
        <source>The session (menu item) has not been agreed with the client yet.</source>
        <translation>ご利用セッションがまだご本人さまと合意されていません。</translation>
    </message>
    <message>
        <source>How the client comes (travel, pick-up or call means) has not been agreed yet.</source>
        <translation>ご来訪の手段(交通手段・送迎の要否、または通話の方法)がまだ合意されていません。</translation>
    </message>
    <message>
        <source>Enter the date before ticking it.</source>
        <translation>日付を入力してから確認の印を付けてください。</translation>
    </message>
    <message>
        <source>Enter the start time before ticking it.</source>
        <translation>開始時刻を入力してから確認の印を付けてください。</translation>
    </message>
    <message>
        <source>Choose the session (menu item) before ticking it.</source>
        <translation>セッションを選んでから確認の印を付けてください。</translation>
    </message>
    <message>
        <source>This booking is finished (completed, missed, cancelled, postponed or refused); it cannot change.</source>
        <translation>このご予約は終了しています(実施済み・無断欠席・キャンセル・延期・お断り)。変更はできません。</translation>
    </message>
    <message>
        <source>A booking never goes back to the inquiry stage.</source>
        <translation>ご予約をお問い合わせの段階に戻すことはできません。</translation>
    </message>
    <message>
        <source>Only an inquiry moves on to negotiation.</source>
        <translation>調整に進めるのはお問い合わせの段階のご予約だけです。</translation>
    </message>
    <message>
        <source>Only a booking under negotiation can be confirmed; start the negotiation first.</source>
        <translation>確定できるのは調整中のご予約だけです。先に調整を始めてください。</translation>
    </message>
    <message>
        <source>Only a confirmed session can be marked completed.</source>
        <translation>実施済みにできるのは確定したご予約だけです。</translation>
    </message>
    <message>
        <source>Only a confirmed session can be marked as missed.</source>
        <translation>無断欠席にできるのは確定したご予約だけです。</translation>
    </message>
    <message>
        <source>Only a booking under negotiation or confirmed can be postponed.</source>
        <translation>延期できるのは調整中または確定したご予約だけです。</translation>
    </message>
    <message>
        <source>A request is refused when it is recorded, if someone other than the client made it.</source>
        <translation>ご本人さま以外からのお申し込みは、記録した時点でお断りとなります。</translation>
    </message>
    <message>
        <source>Sessions are one to one, in person or online (phone or video); “%1” is not offered.</source>
        <translation>ポリシーの「提供するカウンセリング方式」のとおり、セッションは1対1の対面またはオンライン（電話・ビデオ通話）のみです。「%1」は提供していません。</translation>
    </message>
    <message>
        <source>The counsellor already has a session from %1 to %2; keep %3 minutes between sessions.</source>
        <translation>ポリシーの「提供するカウンセリング方式」は1人対1人の面談のみのため、時間を重ねられません。%1から%2まで別のセッションが入っています。セッションの間は %3 分空けてください。</translation>
    </message>
    <message>
        <source>Only the client may book, by their own will; a request made by anyone else (family, friend or acquaintance) is refused, whatever the client&apos;s age.</source>
        <translation>ポリシーの「ご予約頂ける方」のとおり、ご予約はご本人さまの意思によるものに限ります。ご家族・ご友人・お知り合いなど、ご本人さま以外からのお申し込みは、ご年齢にかかわらずお断りします。</translation>
    </message>
    <message>
        <source>The request is recorded as the client&apos;s own, so it has no requester relation (“%1”); the written policy accepts a booking only from the client themself. Record who really asked.</source>
        <translation>ご本人さまからのお申し込みとして記録されているため、申込者の続柄（「%1」）は持てません。ポリシーの「ご予約頂ける方」のとおり、ご予約はご本人さまからのみお受けします。実際にどなたからのお申し込みかを記録してください。</translation>
    </message>
    <message>
        <source>Record when and how the client&apos;s own will to book was confirmed directly.</source>
        <translation>ポリシーの「ご予約頂ける方」のとおり、ご予約はご本人さまの意思を直接確認できた場合のみお受けします。いつ、どの方法で確認したかを記録してください。</translation>
    </message>
    <message>
        <source>An email booking must come through the practice&apos;s website form; settle it by phone.</source>
        <translation>ポリシーの「電子メールでのご予約確定」のとおり、メールでのご予約はホームページの送信フォームからの受付に限ります。お電話で調整してください。</translation>
    </message>
    <message>
        <source>The form message does not show a clear wish to book; it cannot be settled by email.</source>
        <translation>ポリシーの「電子メールでのご予約確定」では、ご予約の明確な意思表示が必要です。フォームの内容からは確認できないため、メールでは調整できません。</translation>
    </message>
    <message>
        <source>Not every consent item of the website form was agreed; it cannot be settled by email.</source>
        <translation>ポリシーの「電子メールでのご予約確定」では、各同意事項への同意が必要です。すべてに同意いただけていないため、メールでは調整できません。</translation>
    </message>
    <message>
        <source>The written policy settles an email booking within %1 round trips, and they are used up; propose settling the booking by phone instead.</source>
        <extracomment>P-ROUNDTRIPS: the phone proposal, past the limit (``%1`` is the limit).</extracomment>
        <translation>ポリシーの「電子メールでのご予約確定」では、メールでのご予約は%1往復以内に確定します。その回数を使い切りましたので、お電話での確定をご提案ください。</translation>
    </message>
    <message>
        <source>Round trips are counted for email bookings only.</source>
        <translation>往復の回数を数えるのはメールでのご予約だけです。</translation>
    </message>
    <message>
        <source>Choose the session first; how the client comes depends on it.</source>
        <translation>先にセッションを選んでください。ご来訪の手段はセッションによって決まります。</translation>
    </message>
    <message>
        <source>Online sessions have no pick-up at the station.</source>
        <translation>オンラインのセッションには駅への送迎はありません。</translation>
    </message>
    <message>
        <source>This session is a phone call; agree phone as the call means.</source>
        <translation>このセッションは電話で行います。通話の方法は電話として合意してください。</translation>
    </message>
    <message>
        <source>This session is a video call; agree video as the call means.</source>
        <translation>このセッションはビデオ通話で行います。通話の方法はビデオ通話として合意してください。</translation>
    </message>
    <message>
        <source>For an in-person session, agree the travel means and whether pick-up is needed.</source>
        <translation>対面のセッションでは、交通手段と送迎の要否を合意してください。</translation>
    </message>
    <message>
        <source>An in-person session has no call means.</source>
        <translation>対面のセッションに通話の方法はありません。</translation>
    </message>
    <message>
        <source>Points can be agreed only while the booking is being negotiated.</source>
        <translation>確認事項を合意できるのは、ご予約の調整中だけです。</translation>
    </message>
    <message>
        <source>The session has not started yet; it cannot be completed or missed.</source>
        <translation>セッションの開始前のため、実施済みや無断欠席にはできません。</translation>
    </message>
    <message>
        <source>The client has already been met; the pre-meeting rule no longer applies.</source>
        <translation>すでにお会いしたご利用者のため、初回面談前の決まりは当てはまりません。</translation>
    </message>
    <message>
        <source>Give each tier a different notice period in hours, and one tier from 0 hours.</source>
        <translation>各段階には異なる時間数を指定し、0 時間からの段階を1つ含めてください。</translation>
    </message>
    <message>
        <source>A fee is between 0 and 100 percent.</source>
        <translation>キャンセル料は 0〜100% の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Give the reason the cancellation fee is waived.</source>
        <translation>キャンセル料を頂かない理由を入力してください。</translation>
    </message>
    <message>
        <source>This session is no longer on the menu.</source>
        <extracomment>The longest session the menu allows bounds the index range scanned for overlaps. P-CONFIRM point 3 as agreed (kept on the booking; a later menu edit does not change it). P-ROUNDTRIPS: what the negotiation&apos;s count is made of, oldest first. P-CANCEL: the cancellation record of a cancelled booking. P-EMERGENCY: who declared the emergency whose period covers a live booking&apos;s day (&quot;&quot; if none). P-EMERGENCY: the declaration a fee waived as an emergency stands on.</extracomment>
        <translation>このセッションは現在メニューにありません。</translation>
    </message>
    <message>
        <source>Only a confirmed booking has a confirmation message.</source>
        <translation>確認のご案内文を作れるのは、確定したご予約だけです。</translation>
    </message>
    <message>
        <source>A note can only be attached to a session of the same client.</source>
        <translation>相談記録は、同じご利用者のセッションにのみ結び付けられます。</translation>
    </message>
    <message>
        <source>A note can only be attached to a completed session.</source>
        <translation>相談記録は、実施済みのセッションにのみ結び付けられます。</translation>
    </message>
    <message>
        <source>A consent cannot be dated in the future.</source>
        <translation>同意日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>A consent cannot end before the day it was given.</source>
        <translation>同意の有効期限を、同意をいただいた日より前にすることはできません。</translation>
    </message>
    <message>
        <source>Choose at least one kind of recipient the client agreed to.</source>
        <translation>同意いただいた提供先の種類を一つ以上選んでください。</translation>
    </message>
    <message>
        <source>Choose at least one data item the client agreed to disclose.</source>
        <translation>提供に同意いただいた項目を一つ以上選んでください。</translation>
    </message>
    <message>
        <source>A withdrawal cannot be dated in the future.</source>
        <translation>撤回日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on %1.</source>
        <translation>この同意は%1にすでに撤回されています。</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before the day it was given.</source>
        <translation>同意をいただいた日より前の日付で撤回することはできません。</translation>
    </message>
    <message>
        <source>A disclosure cannot be dated in the future.</source>
        <extracomment>The consent&apos;s withdrawal day when this record was made after it (dated before it): recorded late.</extracomment>
        <translation>提供日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>The justification is too long.</source>
        <translation>理由が長すぎます。</translation>
    </message>
    <message>
        <source>Say what the correction corrects.</source>
        <translation>何を訂正するのかを入力してください。</translation>
    </message>
    <message>
        <source>The client of this record was erased; it can no longer be corrected.</source>
        <translation>この記録のご利用者は消去済みのため、訂正できません。</translation>
    </message>
    <message>
        <source>A request cannot have arrived in the future.</source>
        <translation>受付日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>Write the words to use as the testimonial.</source>
        <translation>ご感想として使う言葉を入力してください。</translation>
    </message>
    <message>
        <source>An export for someone else needs its own disclosure record, handed over as an exported file and not used by another export (“Disclosure of personal data to third parties”).</source>
        <extracomment>The client-record fields each data item covers; consultation content is the notes, as they stand.</extracomment>
        <translation>ご本人さま以外の方へ書き出すには、「書き出したファイルで渡す」とした提供記録が、書き出し1回ごとに必要です（「個人情報の第三者（家族・知人も含む）への開示について」）。</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>パスワードは10文字以上にしてください。</translation>
    </message>
    <message>
        <source>Only a PDF export can be sealed with a password.</source>
        <translation>パスワードをかけられるのはPDFの書き出しだけです。</translation>
    </message>
    <message>
        <source>The record changed while the export was drawn; export it again.</source>
        <translation>書き出しの作成中に記録が変更されました。もう一度書き出してください。</translation>
    </message>
    <message>
        <source>The danger phrase list can hold at most %1 phrases.</source>
        <extracomment>Longest phrase the Settings page accepts; longer lines are almost certainly pasted text. Most phrases a list may hold (each message is checked against every one). Katakana to hiragana, as one ``str.translate`` table.</extracomment>
        <translation>危険を示す語句は %1 件まで登録できます。</translation>
    </message>
    <message>
        <source>A danger phrase can be at most %1 characters: “%2…”.</source>
        <translation>危険を示す語句は %1 文字までです：「%2…」</translation>
    </message>
    <message>
        <source>Typhoon</source>
        <extracomment>The longest period one declaration may cover; a longer one is declared again when it is extended. The cancellation reason recorded on each booking, which waives the fee.</extracomment>
        <translation>台風</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>地震</translation>
    </message>
    <message>
        <source>Epidemic</source>
        <translation>感染症の流行</translation>
    </message>
    <message>
        <source>Terrorism</source>
        <translation>テロ</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>紛争</translation>
    </message>
    <message>
        <source>Other emergency</source>
        <translation>その他の緊急事態</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Choose the kind of emergency.</source>
        <translation>緊急事態の種類を選んでください。</translation>
    </message>
    <message>
        <source>Name the government body that declared the emergency.</source>
        <translation>緊急事態を発表した公的機関を入力してください。</translation>
    </message>
    <message>
        <source>The issuing body can be at most %1 characters.</source>
        <translation>発表した機関は %1 文字までです。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>One declaration covers at most %1 days.</source>
        <translation>一度に扱える期間は %1 日までです。</translation>
    </message>
    <message>
        <source>There is no confirmed booking of this client to confirm.</source>
        <translation>このご利用者には確認すべき確定済みのご予約がありません。</translation>
    </message>
    <message>
        <source>Link the sender to a client first, so that the reply can be logged.</source>
        <translation>返信を記録できるよう、先に差出人をご利用者に紐づけてください。</translation>
    </message>
    <message>
        <source>Only a message the person sent can be triaged.</source>
        <translation>仕分けできるのは、相手から届いたメッセージだけです。</translation>
    </message>
    <message>
        <source>Link the sender to a client (or a prospect) before proposing a session.</source>
        <translation>セッションをご提案する前に、差出人をご利用者（まだお会いしていない方を含みます）に紐づけてください。</translation>
    </message>
    <message>
        <source>Under the written policy&apos;s section “Who may book”, the own will is confirmed with the client themself: name a call or mail from this client.</source>
        <translation>ポリシーの「ご予約頂ける方」のとおり、意思の確認はご本人さまと直接行います。このご本人さまからのお電話かメールを指定してください。</translation>
    </message>
    <message>
        <source>The written policy&apos;s section “Confirming a booking” needs the session agreed with its name, length and price; choose the session again and agree it.</source>
        <translation>ポリシーの「ご予約の確定」では、ご利用セッションを名称・時間・料金とともに合意する必要があります。セッションを選び直して合意してください。</translation>
    </message>
    <message>
        <source>Under the written policy&apos;s rule for disasters and emergencies, a fee is waived as an emergency only while a public body&apos;s declaration covers the day; no declaration recorded here covers %1. Declare the emergency first, or give another reason.</source>
        <translation>ポリシーの「災害、緊急事態時におけるカウンセリングの中止・延期規定」により、緊急事態としてキャンセル料を頂かないのは、行政の発出がその日を対象としている場合に限ります。%1を対象とする発出は記録されていません。先に緊急事態を登録するか、別の理由を記入してください。</translation>
    </message>
    <message>
        <source>Under “Who may book”, only the client themself may ask: this message comes from someone else with the client in copy, so its sender cannot be linked to the client.</source>
        <translation>規定「ご予約頂ける方」により、ご予約はご本人さまの直接の意思表示によるものに限られます。このメッセージはご本人さまを宛先に含めた別の方からのものですので、送信者をクライアントに結び付けることはできません。</translation>
    </message>
    <message>
        <source>Choose what the reply says.</source>
        <translation>返信の内容を選んでください。</translation>
    </message>
    <message>
        <source>The export could not be drawn as a PDF; nothing was written.</source>
        <extracomment>The year&apos;s sums in one statement, each part read from its covering index alone (migration 0010): charges by month, kind and tax class; payments by month and method; what was paid of each month&apos;s charges. One round trip, so a year of a twenty-year vault is shown within a frame. The CSV&apos;s columns, in Japanese for a Japanese accountant or accounting software.</extracomment>
        <translation>書き出しをPDFとして作成できませんでした。ファイルは保存されていません。</translation>
    </message>
    <message>
        <source>The file drawn is not the record the export gate built from the vault; under “Disclosure of personal data to third parties” nothing else may leave, so nothing was written.</source>
        <translation>作成されたファイルが、保管庫から作った記録と一致しません。「個人情報の第三者（家族・知人も含む）への開示について」のとおり、それ以外の情報を外に出すことはできないため、ファイルは保存されていません。</translation>
    </message>
    <message>
        <source>A PDF export needs the window to draw it.</source>
        <translation>PDFでの書き出しは、画面から行ってください。</translation>
    </message>
    <message>
        <source>A straight row of keys is easy to guess.</source>
        <extracomment>zxcvbn&apos;s feedback sentence -&gt; ours (context &quot;policy&quot;), warnings first, then suggestions.</extracomment>
        <translation>キーボードの一列をそのまま並べたものは推測されやすくなります。</translation>
    </message>
    <message>
        <source>A short pattern on the keyboard is easy to guess.</source>
        <translation>キーボード上の短い並びは推測されやすくなります。</translation>
    </message>
    <message>
        <source>A character typed again and again (like “aaa”) is easy to guess.</source>
        <translation>同じ文字の繰り返し（「aaa」など）は推測されやすくなります。</translation>
    </message>
    <message>
        <source>Repeating a group (like “abcabc”) adds little to the group itself.</source>
        <translation>同じまとまりを繰り返しても（「abcabc」など）、強さはほとんど増しません。</translation>
    </message>
    <message>
        <source>A run such as “abc” or “6543” is easy to guess.</source>
        <translation>「abc」や「6543」のような連続は推測されやすくなります。</translation>
    </message>
    <message>
        <source>A recent year is easy to guess.</source>
        <translation>最近の年は推測されやすくなります。</translation>
    </message>
    <message>
        <source>A date is often easy to guess.</source>
        <translation>日付は推測されやすいことが多くあります。</translation>
    </message>
    <message>
        <source>This is one of the ten most used passwords.</source>
        <translation>これは最もよく使われているパスワード上位10件の一つです。</translation>
    </message>
    <message>
        <source>This is one of the hundred most used passwords.</source>
        <translation>これは最もよく使われているパスワード上位100件の一つです。</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>これは非常によく使われているパスワードです。</translation>
    </message>
    <message>
        <source>This is close to a commonly used password.</source>
        <translation>これはよく使われているパスワードによく似ています。</translation>
    </message>
    <message>
        <source>A single word on its own is easy to guess.</source>
        <translation>単語一つだけでは推測されやすくなります。</translation>
    </message>
    <message>
        <source>A name on its own is easy to guess.</source>
        <translation>名前だけでは推測されやすくなります。</translation>
    </message>
    <message>
        <source>Common given names and family names are easy to guess.</source>
        <translation>よくある名前や名字は推測されやすくなります。</translation>
    </message>
    <message>
        <source>Use several words, not a well-known phrase.</source>
        <translation>よく知られた言い回しではなく、いくつかの言葉を組み合わせてください。</translation>
    </message>
    <message>
        <source>Symbols, digits and capitals are not needed.</source>
        <translation>記号・数字・大文字は必須ではありません。</translation>
    </message>
    <message>
        <source>Add a word or two more; unusual words are best.</source>
        <translation>言葉をもう一つ二つ加えてください。あまり使われない言葉ほど効果的です。</translation>
    </message>
    <message>
        <source>Avoid patterns on the keyboard.</source>
        <translation>キーボード上の並びは避けてください。</translation>
    </message>
    <message>
        <source>Avoid repeating words and characters.</source>
        <translation>言葉や文字の繰り返しは避けてください。</translation>
    </message>
    <message>
        <source>Avoid runs of letters or digits.</source>
        <translation>文字や数字の連続は避けてください。</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>最近の年は避けてください。</translation>
    </message>
    <message>
        <source>Avoid years that have to do with you.</source>
        <translation>ご自身に関係のある年は避けてください。</translation>
    </message>
    <message>
        <source>Avoid dates and years that have to do with you.</source>
        <translation>ご自身に関係のある日付や年は避けてください。</translation>
    </message>
    <message>
        <source>Capital letters add little.</source>
        <translation>大文字にしても強さはほとんど増しません。</translation>
    </message>
    <message>
        <source>All capitals are almost as easy to guess as all small letters.</source>
        <translation>すべて大文字にしても、すべて小文字の場合とほとんど変わらず推測されやすいままです。</translation>
    </message>
    <message>
        <source>A word written backwards is hardly harder to guess.</source>
        <translation>言葉を逆から書いても、推測の難しさはほとんど変わりません。</translation>
    </message>
    <message>
        <source>Swaps such as “@” for “a” or “0” for “o” add little.</source>
        <translation>「a」を「@」に、「o」を「0」に置き換えるような工夫では、強さはほとんど増しません。</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB; that is not a client list.</source>
        <extracomment>Longer than any field of a client record, even a long note: a longer cell is a broken file.</extracomment>
        <translation>ファイルが 20 MB を超えています。ご利用者の一覧ではないようです。</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with a byte-order mark (Excel&apos;s “CSV UTF-8”)</source>
        <translation>BOM 付き UTF-8(Excel の「CSV UTF-8」)</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932, as Excel saves CSV in Japanese)</source>
        <translation>Shift_JIS(CP932、日本語版 Excel の CSV 形式)</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it exists and is not open elsewhere.</source>
        <extracomment>The client-record fields a column can fill, in the order the mapping shows them. Headings (folded: NFKC, lower case, no spaces) each field is recognised by. Exact matches are tried first; then a heading containing one of the words, in this order, so that 氏名（カナ） is the reading before 氏名 is the name, and 携帯電話 the mobile before 電話. Cells past the last heading that hold something: the row does not fit the headings. A cell longer than :data:`MAX_CELL_CHARS`.</extracomment>
        <translation>ファイルを読み込めませんでした。ファイルがあること、ほかのアプリで開いていないことを確かめてください。</translation>
    </message>
    <message>
        <source>The file is not a CSV text file (it holds NUL bytes, as a spreadsheet or “Unicode text” does). Save the list from Excel as “CSV UTF-8” or “CSV (comma delimited)”.</source>
        <translation>このファイルは CSV のテキストファイルではありません(表計算ファイルや「Unicode テキスト」のように NUL バイトを含んでいます)。Excel で「CSV UTF-8」または「CSV (コンマ区切り)」として保存し直してください。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Shift_JIS text. Save the list from Excel as “CSV UTF-8” and choose it again.</source>
        <translation>このファイルは UTF-8 でも Shift_JIS でもありません。Excel で「CSV UTF-8」として保存し直して、もう一度選んでください。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file is not a well-formed CSV file (a quotation mark is not closed, or a cell is far too long). Save it again from the spreadsheet as CSV.</source>
        <translation>CSV ファイルとして正しく読み取れません(引用符が閉じていないか、極端に長いセルがあります)。表計算ソフトから CSV として保存し直してください。</translation>
    </message>
    <message>
        <source>The file has column headings but no rows of clients under them.</source>
        <translation>列の見出しはありますが、その下にご利用者の行がありません。</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, like 1985-04-02.</source>
        <extracomment>The key of a problem with the row as a whole rather than one field. Every field a column can fill, in the order a mapping is shown.</extracomment>
        <translation>日付は 1985-04-02 のように、年-月-日の順で入力してください。</translation>
    </message>
    <message>
        <source>This row has more cells than the file has column headings; check its commas.</source>
        <translation>この行には見出しより多くのセルがあります。コンマの位置を確かめてください。</translation>
    </message>
    <message>
        <source>A cell of this row is too long for a client record.</source>
        <translation>この行には、ご利用者の記録に入りきらないほど長いセルがあります。</translation>
    </message>
    <message>
        <source>The column mapping does not fit this file.</source>
        <translation>列の割り当てがこのファイルに合っていません。</translation>
    </message>
    <message>
        <source>Each column can fill only one field.</source>
        <translation>1つの列は1つの項目にだけ割り当てられます。</translation>
    </message>
    <message>
        <source>Not every client in the calendar has consented to their name going to this calendar&apos;s service; export without names, or record their consents first.</source>
        <extracomment>Bookings a phone calendar should hold: agreed ones, and those still being agreed (tentative). The disclosure records made for the named clients (empty without names).</extracomment>
        <translation>カレンダーに載るご利用者の中に、このカレンダーのサービスにお名前を渡すことへの同意がない方がいます。お名前を含めずに書き出すか、先に同意を記録してください。</translation>
    </message>
    <message>
        <source>An export made this very second is already there; try again.</source>
        <extracomment>Tables left out, and why (said in the manifest).</extracomment>
        <translation>同じ時刻の書き出しがすでにあります。もう一度お試しください。</translation>
    </message>
    <message>
        <source>A registration number is the letter T and 13 digits, for example T1234567890123.</source>
        <translation>登録番号は「T」と13桁の数字です（例：T1234567890123）。</translation>
    </message>
    <message>
        <source>The 13 digits are not a corporate number: its first digit does not match the others. Check the number on the registration notice.</source>
        <translation>13桁が法人番号になっていません（先頭のチェック用数字が合いません）。登録通知書の番号をご確認ください。</translation>
    </message>
    <message>
        <source>Receipts made out to 上様 are not allowed in Settings; use the client&apos;s name.</source>
        <translation>設定で宛名「上様」は認められていません。ご利用者のお名前をお使いください。</translation>
    </message>
    <message>
        <source>A receipt is made out to the client&apos;s own name.</source>
        <translation>領収書の宛名はご利用者ご本人のお名前です。</translation>
    </message>
    <message>
        <source>Give an amount in yen between 1 and 10,000,000.</source>
        <translation>金額は1円から10,000,000円の間でご入力ください。</translation>
    </message>
    <message>
        <source>A refund is entered as a refund, not a payment.</source>
        <translation>返金は入金ではなく返金として記録してください。</translation>
    </message>
    <message>
        <source>Give the reason for the refund.</source>
        <translation>返金の理由をご記入ください。</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>訂正の理由をご記入ください。</translation>
    </message>
    <message>
        <source>A correction changes the charge and cannot take it below zero.</source>
        <translation>訂正は請求額を変えるもので、0円未満にはできません。</translation>
    </message>
    <message>
        <source>The books are kept at least %1 years (tax law) and at most %2 years.</source>
        <extracomment>P-MONEY-INVOICE: what a 適格請求書 must show (消費税法 57条の4), as the receipt&apos;s field keys. P-MONEY-INVOICE: ``T`` + 13 digits when the practice is a registered issuer, else empty. Whether the 13 digits are a corporate number (verified by its check digit). P-MONEY-RECEIPT: whether a receipt may be made out to 上様 instead of the client&apos;s name. P-MONEY-RETAIN: years the books are kept after the tax year; may be lengthened, never shortened.</extracomment>
        <translation>帳簿の保存期間は%1年以上（税法）、%2年以下です。</translation>
    </message>
    <message>
        <source>Say what the charge is for.</source>
        <translation>何の請求かをご記入ください。</translation>
    </message>
    <message>
        <source>At most ¥%1 of this payment can still be refunded.</source>
        <translation>この入金から返金できるのは、あと¥%1までです。</translation>
    </message>
    <message>
        <source>This payment already has a receipt (or is a refund); re-issue that receipt instead.</source>
        <extracomment>What a receipt is for, in Japanese whatever the window&apos;s language (the receipt is a Japanese document).</extracomment>
        <translation>この入金には領収書が発行済みです（または返金です）。その領収書を再発行してください。</translation>
    </message>
    <message>
        <source>This receipt was voided; issue a new one instead.</source>
        <translation>この領収書は取り消されています。新しく発行してください。</translation>
    </message>
    <message>
        <source>Give the reason the receipt is voided.</source>
        <translation>領収書を取り消す理由をご記入ください。</translation>
    </message>
    <message>
        <source>The booking has changed since it was moved, so the move cannot be taken back; open the booking and change it there.</source>
        <translation>移動のあとにご予約が変更されているため、移動を元に戻せません。ご予約を開いて、そこで変更してください。</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Practice name</source>
        <translation>相談室の名前</translation>
    </message>
    <message>
        <source>Counsellor name</source>
        <translation>カウンセラーの名前</translation>
    </message>
    <message>
        <source>Pick-up station</source>
        <translation>送迎する駅</translation>
    </message>
    <message>
        <source>Time zone of the practice</source>
        <translation>相談室のタイムゾーン</translation>
    </message>
    <message>
        <source>Email round-trip limit</source>
        <translation>メール往復の上限</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>自動ロックまでの分数</translation>
    </message>
    <message>
        <source>Start of the working day</source>
        <translation>営業開始時刻</translation>
    </message>
    <message>
        <source>End of the working day</source>
        <translation>営業終了時刻</translation>
    </message>
    <message>
        <source>The practice&apos;s own email addresses</source>
        <translation>当方のメールアドレス</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>「%1」を入力してください。</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters.</source>
        <translation>「%1」は %2 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>%1 is not a known time zone (for example Asia/Tokyo).</source>
        <translation>「%1」は認識できるタイムゾーンではありません（例：Asia/Tokyo）。</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>営業終了時刻は開始時刻より後にしてください。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <extracomment>Automatic backups while the vault stays open. The error class of the newest failure since the last good backup, or ``&quot;&quot;``. Whether the vault could be read to compare (the backup&apos;s passphrase opened it too). When the backup is older than the vault&apos;s last change: that change&apos;s time (UTC), else ``&quot;&quot;``.</extracomment>
        <translation>「%1」は %2 から %3 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>残すバックアップ数</translation>
    </message>
    <message>
        <source>Minutes between sessions</source>
        <translation>セッション間の空き時間(分)</translation>
    </message>
    <message>
        <source>A menu item needs a name of at most %1 characters.</source>
        <translation>メニューの名前は %1 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>所要時間(分)</translation>
    </message>
    <message>
        <source>Price (yen)</source>
        <translation>料金(円)</translation>
    </message>
    <message>
        <source>Years provision records are kept</source>
        <translation>提供記録の保存年数</translation>
    </message>
    <message>
        <source>Years kept when a contract document is the record</source>
        <translation>契約書等を記録とする場合の保存年数</translation>
    </message>
    <message>
        <source>Days to answer a client&apos;s request</source>
        <translation>請求への回答期限(日数)</translation>
    </message>
    <message>
        <source>%1 can be made stricter, never looser: at most %2, as the written policy or the law sets.</source>
        <translation>%1は厳しくすることはできますが、緩めることはできません。ポリシーまたは法律の定めにより、%2以下にしてください。</translation>
    </message>
    <message>
        <source>%1 can be made stricter, never looser: at least %2, as the written policy or the law sets.</source>
        <translation>%1は厳しくすることはできますが、緩めることはできません。ポリシーまたは法律の定めにより、%2以上にしてください。</translation>
    </message>
    <message>
        <source>This can be at most %1 characters.</source>
        <translation>%1文字以内でご入力ください。</translation>
    </message>
</context>
</TS>
