"""Bytes of mail as text: the declared charset, then the superset senders really used.

Mail programs label text with the standard charset and write it with the
vendor's superset: "Shift_JIS" written by Windows (CP932: circled digits, the
wave dash as U+FF5E), "GB2312" written as GBK or GB18030, "EUC-KR" written as
CP949 (Unified Hangul), "Big5" written as CP950 or with Hong Kong's
characters (Big5-HKSCS). Every supported mail program reads the superset, so
the counsellor must see what they would see: each label is tried first and
then its supersets, widest last, and only as a last resort a text gets
replacement characters. Nothing here ever raises.
"""

from __future__ import annotations

#: Declared charset (after :data:`_ALIASES`) -> codecs tried after it, widest last.
_SUPERSETS: dict[str, tuple[str, ...]] = {
    "iso-2022-jp": ("iso2022_jp_2004", "iso2022_jp_ext", "iso2022_jp_2"),
    "cp932": ("shift_jis_2004",),
    "euc-jp": ("euc_jis_2004", "euc_jisx0213"),
    "gb2312": ("gbk", "gb18030"),
    "gbk": ("gb18030",),
    "euc-kr": ("cp949",),
    "big5": ("cp950", "big5hkscs"),
    "us-ascii": ("utf-8", "cp932", "euc_jp"),
}
_ALIASES = {
    "iso2022-jp": "iso-2022-jp",
    "iso-2022-jp-ms": "iso-2022-jp",
    "csiso2022jp": "iso-2022-jp",
    # Mail that says Shift_JIS is nearly always written by Windows' superset (①, ～ as U+FF5E).
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "euc_jp": "euc-jp",
    "x-euc-jp": "euc-jp",
    "euc-cn": "gb2312",
    "x-euc-cn": "gb2312",
    "csgb2312": "gb2312",
    "x-gbk": "gbk",
    "cp936": "gbk",
    "windows-936": "gbk",
    "euc_kr": "euc-kr",
    "cseuckr": "euc-kr",
    "ks_c_5601-1987": "euc-kr",  # Outlook's label for what it writes as CP949
    "big-5": "big5",
    "x-big5": "big5",
    "csbig5": "big5",
    "ascii": "us-ascii",
    "utf8": "utf-8",
}


def canonical(charset: str) -> str:
    """The charset name the tables above use: lower case, aliases resolved, a language tag dropped."""
    name = charset.split("*")[0].strip().strip('"').lower()
    return _ALIASES.get(name, name)


def decode_text(data: bytes, charset: str) -> str:
    """``data`` as text: the declared charset, then its supersets, then UTF-8, never an exception."""
    charset = canonical(charset)
    for codec in (charset, *_SUPERSETS.get(charset, ()), "utf-8"):
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError):  # UnicodeError: codecs such as "idna" raise it bare
            continue
    try:
        return data.decode(charset, errors="replace")
    except (UnicodeError, LookupError):
        return data.decode("utf-8", errors="replace")


def decode_raw(data: bytes, charset: str) -> str:
    """Raw 8-bit header bytes: UTF-8 first (RFC 6532 allows it in headers), then the body's charset."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_text(data, charset)
