"""Client lists as Excel on a Japanese system saves them, for the import tests."""

from __future__ import annotations

HEADINGS = "氏名,フリガナ,電話番号,携帯電話,メールアドレス,生年月日,性別"

#: Row 3 has a mobile number that is no mobile number: the form's own sentence must name it.
ROWS = (
    "山田 花子,ヤマダ ハナコ,055-987-6543,090-1111-2222,hanako@example.jp,1980/4/2,女",
    "佐藤 次郎,サトウ ジロウ,,0800-123-4567,jiro@example.jp,昭和50年1月3日,男性",
    "鈴木 一郎,スズキ イチロウ,03-1234-5678,,ichiro@example.jp,,",
)
BAD_MOBILE_ROW = 3


def client_list(*rows: str, headings: str = HEADINGS) -> str:
    return "\r\n".join((headings, *rows)) + "\r\n"


def excel_cp932(*rows: str, headings: str = HEADINGS) -> bytes:
    """What "CSV (comma delimited)" writes on a Japanese Windows: CP932 and CRLF."""
    return client_list(*(rows or ROWS), headings=headings).encode("cp932")
