"""Trường THPT Nguyễn Huệ (Tuy Hòa, Phú Yên) on Liferay Portal 6.2 CE, news kept as Dynamic Data Lists records.

Platform
    Liferay Portal 6.2 CE GA5 (build 6205), the classic theme recoloured by the school's contractor
    (``nguyenhue_WAR_nguyenhuetheme``). The contractor did not use Web Content for news: he made a
    DDM structure "Tin tức" (fields Tiêu đề, Ngày đăng, Tóm tắt, Ảnh đại diện, Nội dung, Tác giả)
    and three record sets from it, each shown on its own page by a Dynamic Data List Display
    portlet (``169_INSTANCE_<12 chars>``) with a list template (cards) and a hooked record view that
    renders a display template. A fourth DDL Display instance on the home page shows the four
    newest records of the "Tin tức" set. Web Content Display portlets (56) carry the welcome, the
    notices box, the intro and contact pages; a Documents and Media portlet (20) the files. The
    theme embeds runtime portlets on every page (search, "Văn bản mới", links, poll, counter).

URL scheme (group friendly URL ``/web/thpt-nguyenhue``)
    start/home      /web/thpt-nguyenhue/trang-chu (the logo and breadcrumb link /web/thpt-nguyenhue,
                    which serves the same home page)
    lists           /web/thpt-nguyenhue/tin-tuc (page 1) and
                    /web/thpt-nguyenhue/tin-tuc?p_p_id=169_INSTANCE_<id>&p_p_lifecycle=0
                    &_169_INSTANCE_<id>_cur=<n>&_169_INSTANCE_<id>_delta=<6|12|24>;
                    /web/thpt-nguyenhue/hoat-dong-chuyen-mon, /web/thpt-nguyenhue/doan-thanh-nien
    record          <layout>?p_p_id=169_INSTANCE_<id>&p_p_lifecycle=0&p_p_state=maximized
                    &_169_INSTANCE_<id>_struts_action=%2Fdynamic_data_list_display%2Fview_record
                    &_169_INSTANCE_<id>_recordId=<n>  [&_169_INSTANCE_<id>_redirect=<encoded list URL>]
    record (home)   /web/thpt-nguyenhue/trang-chu?p_p_id=169_INSTANCE_hT3mN8wQz1Rc&p_p_lifecycle=0
                    &p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=2&…_recordId=<n>
    print           same record params with p_p_state=pop_up&p_p_mode=view&viewMode=print
    file entry      /web/thpt-nguyenhue/van-ban?p_p_id=20&p_p_lifecycle=0&p_p_state=maximized
                    &p_p_mode=view&_20_struts_action=%2Fdocument_library%2Fview_file_entry&_20_fileEntryId=<n>
    files           /documents/20182/<folderId>/<title>/<uuid>[?t=…|?imageThumbnail=1|?version=1.0&download=true]
    static          /nguyenhue-theme/…, /html/…, /image/layout_set_logo?img_id=…, /image/journal/article?img_id=…

Page templates
    home (columns-2: welcome WCD + "Tin mới" DDL cards | notices WCD), record-set pages (columns-1:
    DDL cards + search-container pager), record view (maximized portlet: Liferay header "Xem Tin tức"
    with a back link, then the contractor's display template, then "Các tin khác"), pop-up print
    view, WCD pages (intro, structure, contact), Documents and Media list and file-entry view,
    search results (portlet 3).

Records (letters used below; recordId, Ngày đăng)
    Tin tức: A 31257 HSG cấp tỉnh (03/12), B 31249 notice on the HK I tests (field 01/12, letterhead
    30/11), C 31236 Sở's inspection (field empty, created 26/11 15:40), D 31218 Lễ 20/11 (20/11),
    E 31203 HỘI THAO (14/11), F 31188 tư vấn tuyển sinh (06/11), G 31154 ATGT (22/10),
    H 31120 Hội nghị viên chức (09/10). Hoạt động chuyên môn: I 31229 (12/11), J 31241 (24/11),
    K 31162 (16/10). Đoàn Thanh niên: L 31108 (02/10), M 31252 (01/12).

How the gold articles are reached
    "Tin tức" (8 records, newest first): page 1 of the cards holds A B C D E F, page 2 (or the
    12/24-per-page views) G H; the home page's "Tin mới" shows A B C D; "Các tin khác" on a record
    view lists the four newest others, so G and H (the two oldest) are reached only through
    page 2 of the pager or the items-per-page links. "Hoạt động chuyên môn" (I J K) and "Đoàn
    Thanh niên" (L M) have one page each, reached from the menu's drop-down under "Tin tức".

Traps
    1. (new kind: where the headline is) Every record view's ``<title>`` is the layout's "Tin tức -
       Trường THPT Nguyễn Huệ" (6.2 does not let a DDL record set the page title), the portlet
       header is ``<h1 class="portlet-title">Tin tức</h1>``, and the view_record header prints
       ``<h3 class="header-title">Xem Tin tức</h3>`` (the structure's name) with a "Quay lại" link.
       The record's headline is only the Tiêu đề field in ``<h4 class="nh-ct-td">`` below those.
       Gold title = the Tiêu đề field as printed.
    2. (new kind: metadata that points elsewhere) ``<link rel="canonical">`` and the hreflang
       alternates of a record view point at the layout (the listing /web/thpt-nguyenhue/tin-tuc, or
       /trang-chu for the home instance's view): 6.2 prints the page's canonical URL, not the
       portlet's. The meta description is the site's. Gold canonical_path = the record's clean
       maximized URL (no redirect); the listing is not an article.
    3. (new kind: form-field labels printed with the values) The display template prints the DDL
       labels: "Ngày đăng:" in a ``<dl>``, "Tóm tắt:" inside the same box as the sapo, "Tác giả:"
       before the byline field (whose value itself says "Tin, ảnh: …"). Labels are no text: the
       summary is the value after "Tóm tắt:", the authors come from the value after "Tác giả:".
       For records whose Tóm tắt field is empty the template still prints the box with the label
       and an empty ``<strong></strong>``: summary null (B, G, M), unless the Nội dung opens with a
       bold lead paragraph (C, J: that paragraph is the sapo).
    4. (new kind: listing text is not the record's) The cards print a teaser: the Tóm tắt cut at
       150 characters with " ...", or, when Tóm tắt is empty, the first 150 characters of the
       stripped Nội dung (the notice's teaser begins with its letterhead "SỞ GD&ĐT PHÚ YÊN …").
       The card's teaser is never the summary; summary comes from the record view only.
    5. (duplicates) One record, many URLs: a card's headline and thumbnail link the clean URL but
       its "Xem tiếp »" links the record with ``_redirect=`` carrying the list view the card sits
       on (/tin-tuc, cur=1&delta=6, cur=2&delta=6, delta=12, delta=24), "Các tin khác" links the
       clean URL, the home page's own DDL instance serves the same record on
       /trang-chu in p_p_state=normal (with the home page's welcome text and notices around it),
       the notices box links the notice through a redirect URL an editor pasted, and the portlet's
       print icon (a ``javascript:location.href = '…'`` link) opens p_p_state=pop_up&viewMode=print.
       Gold path = clean maximized URL on the record set's own page; all the others in alt_paths.
    6. (pagination) The 6.2 search-container pager: "Trang 1 / 2" is a drop-down toggle
       (``href="javascript:;"``) whose menu holds the page links; "Đầu"/"Trước" on page 1 and
       "Tiếp"/"Cuối" on the last page are ``javascript:;``; "6 Mục mỗi Trang" opens links to
       delta=12 and delta=24 views. G and H appear only on page 2 or the 12/24 views.
    7. (dates) A record view prints: the Ngày đăng field as a day with its weekday ("Thứ Năm,
       03/12/2026" -> "2026-12-03"), "Cập nhật lần cuối: dd/mm/yyyy HH:MM" (the record's modified
       date, later, with a time: not the publication), the header's today "Thứ Bảy, 05/12/2026".
       Record C's Ngày đăng was left empty and the template falls back to the record's create
       date with a time ("26/11/2026 15:40" -> "2026-11-26T15:40:00+07:00"). The notice B carries
       Ngày đăng 01/12/2026 but is an official document dated by its letterhead ("Tuy Hòa, ngày 30
       tháng 11 năm 2026" -> "2026-11-30", per the house convention).
    8. (new kind: a CMS account next to the byline) "Người nhập: nh.quantri" (the record's user) is
       printed after every record: nobody. The Tác giả field holds what the editor typed: "Tin,
       ảnh: Trần Minh Khoa" (author and photographer), "Tin: Nguyễn Thị Mỹ Duyên - Ảnh: Võ Quốc
       Bảo", "ThS. Lê Thị Thu Hà - Tổ trưởng Tổ Ngữ văn" (-> "Lê Thị Thu Hà"), "Phan Thị Kim Oanh
       (GVCN lớp 12A5)" (-> "Phan Thị Kim Oanh"), units ("Tổ Văn phòng", "Công đoàn trường", "Tổ Ngữ
       văn", "Tổ Toán - Tin", "Đoàn trường") as printed. Where the field is empty the byline may sit
       in the Nội dung as a right-aligned bold line (J: "ThS. Nguyễn Văn Hiếu, Phó Hiệu trưởng" ->
       "Nguyễn Văn Hiếu"; not body).
    9. (captions) Nội dung images come four ways: a two-row table (image, then an italic caption
       cell: caption, not a table row of text), an italic centred line under the image in
       parentheses (caption without them), a ``<br>`` then "Ảnh: Võ Quốc Bảo" (a credit: caption
       None, photographer), or alt/title attributes only (nothing printed: caption None).
       The Word-pasted record K puts the caption in an ``<i>`` MsoNormal paragraph.
   10. (encodings / markup) D and K were pasted from Word (MsoNormal spans, ``<o:p>``, empty
       ``<o:p>&nbsp;</o:p>`` spacers, ``mso-list:Ignore`` bullets "·" that are no text); A and E
       were saved by CKEditor with ``entities_latin`` (``&agrave;``, ``&ecirc;`` … mixed with raw
       ư/ơ/ạ); G (title and text) was typed on a Mac and stored decomposed (NFD): gold is NFC.
   11. (boundaries) The home-instance view of a record sits in column 1 under the welcome WCD
       ("Chào mừng quý thầy cô …") and beside the notices box; the maximized view ends with
       "Người nhập … Cập nhật lần cuối …", tools (In bài, Gửi email, Chia sẻ) and "Các tin khác"
       inside the same portlet body; the notice B ends with a "File đính kèm:" line linking a PDF.
       None of these is body. G ends with "Theo Trang thông tin điện tử Công an tỉnh Phú Yên"
       (source), while its sentence "Theo thống kê của cơ quan chức năng, …" is body.
   12. (notice) B is printed as an official document inside Nội dung (letterhead table, "THÔNG
       BÁO", "Về việc …", "Nơi nhận" table with the signer): only the text between is body; its
       signer Phạm Văn Thành is the author.

Gold decisions on ambiguous points
    - category = the record set's page as the breadcrumb/menu prints it ("Tin tức", "Hoạt động
      chuyên môn", "Đoàn Thanh niên"), also for the home-instance duplicates whose breadcrumb says
      "Trang chủ".
    - A table inside the text whose rows are data (A's prize list, J's lesson list) is body, one
      paragraph per row with cells joined by " | " (header row included); the letterhead and the
      "Nơi nhận" tables of B and the two-row image tables are not.
    - The Ảnh đại diện field is used only for the cards' thumbnails (``?imageThumbnail=1``); the
      record view does not print it, so images = the Nội dung's photos in order. The emoji drawn
      as ``<img alt="👉">`` at the start of one line of M is that line's bullet (no text, no image);
      M's typed "👉 " lines keep it.
    - The print (pop-up) URLs sit only in ``javascript:`` links; they are listed in alt_paths all
      the same (they serve the same record).
    - published_at of a day-only field is the day; the create-date fallback of C prints a time,
      so C keeps it.
"""

from __future__ import annotations

import hashlib
import html as _html
import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from html.entities import codepoint2name
from urllib.parse import quote, quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "liferay62_ddl_records_thpt"
PLATFORM = "Liferay Portal 6.2 CE (Dynamic Data Lists display, recoloured classic theme)"
START_PATH = "/web/thpt-nguyenhue/trang-chu"

G = "/web/thpt-nguyenhue"
GROUP_ID = 20182
THEME = "/nguyenhue-theme"
STRUTS_VIEW = "%2Fdynamic_data_list_display%2Fview_record"
HOME_INST = "169_INSTANCE_hT3mN8wQz1Rc"
DELTAS = (6, 12, 24)
PHOTO_FOLDER = 31405
DOC_FOLDER = 31561
TODAY_LINE = "Thứ Bảy, 05/12/2026"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


# --- files ------------------------------------------------------------------------------------

#: raw request path -> (content type, bytes) of the Documents and Media files
FILES: dict[str, tuple[str, bytes]] = {}
_JPEG = static_file("x.jpg").body  # type: ignore[union-attr]


def uuid_of(seed: str) -> str:
    h = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def dl_path(folder: int, title: str) -> str:
    """A 6.2 Documents and Media URL: /documents/<groupId>/<folderId>/<title>/<uuid>."""
    path = f"/documents/{GROUP_ID}/{folder}/{quote_plus(title)}/{uuid_of(title)}"
    FILES[path] = ("application/pdf", PDF) if title.lower().endswith(".pdf") else ("image/jpeg", _JPEG)
    return path


def photo(title: str, day: str) -> str:
    """A photo inserted by CKEditor's document browser: the DL URL with ``?t=<upload ms>``."""
    stamp = int(datetime.fromisoformat(day).timestamp() * 1000)
    return f"{dl_path(PHOTO_FOLDER, title)}?t={stamp}"


LEGACY_UUID = uuid_of("hoi-nghi-vc-2026")
LEGACY_SRC = f"/c/document_library/get_file?uuid={LEGACY_UUID}&groupId={GROUP_ID}"


# --- layouts, record sets ---------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    slug: str
    name: str
    parent: str | None
    plid: int
    layout_id: int


LAYOUTS = {
    lay.slug: lay
    for lay in (
        Layout("trang-chu", "Trang chủ", None, 20405, 1),
        Layout("gioi-thieu", "Giới thiệu", None, 20407, 2),
        Layout("co-cau-to-chuc", "Cơ cấu tổ chức", "gioi-thieu", 20409, 3),
        Layout("tin-tuc", "Tin tức", None, 20411, 4),
        Layout("hoat-dong-chuyen-mon", "Hoạt động chuyên môn", "tin-tuc", 20413, 5),
        Layout("doan-thanh-nien", "Đoàn Thanh niên", "tin-tuc", 20415, 6),
        Layout("van-ban", "Văn bản", None, 20417, 7),
        Layout("lien-he", "Liên hệ", None, 20419, 8),
    )
}


@dataclass(frozen=True)
class RecordSet:
    key: str
    layout: str
    inst: str
    record_set_id: int


SETS = {
    "tt": RecordSet("tt", "tin-tuc", "169_INSTANCE_Vx4RkT9qLmZa", 30911),
    "cm": RecordSet("cm", "hoat-dong-chuyen-mon", "169_INSTANCE_pL2wY8nHc3Ud", 30925),
    "dtn": RecordSet("dtn", "doan-thanh-nien", "169_INSTANCE_Qe6sJ1bFo7Kg", 30938),
}


# --- URLs ---------------------------------------------------------------------------------------


def list_url(rs: RecordSet, cur: int | None = None, delta: int = 6) -> str:
    if cur is None:
        return f"{G}/{rs.layout}"
    i = rs.inst
    return f"{G}/{rs.layout}?p_p_id={i}&p_p_lifecycle=0&_{i}_cur={cur}&_{i}_delta={delta}"


def record_url(layout: str, inst: str, rid: int, redirect_to: str | None = None) -> str:
    url = (
        f"{G}/{layout}?p_p_id={inst}&p_p_lifecycle=0&p_p_state=maximized"
        f"&_{inst}_struts_action={STRUTS_VIEW}&_{inst}_recordId={rid}"
    )
    if redirect_to:
        url += f"&_{inst}_redirect={quote(redirect_to, safe='')}"
    return url


def home_record_url(rid: int) -> str:
    i = HOME_INST
    return (
        f"{G}/trang-chu?p_p_id={i}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-1&p_p_col_count=2&_{i}_struts_action={STRUTS_VIEW}&_{i}_recordId={rid}"
    )


def print_url(layout: str, inst: str, rid: int) -> str:
    return (
        f"{G}/{layout}?p_p_id={inst}&p_p_lifecycle=0&p_p_state=pop_up&p_p_mode=view&viewMode=print"
        f"&_{inst}_struts_action={STRUTS_VIEW}&_{inst}_recordId={rid}"
    )


def file_entry_url(fid: int) -> str:
    return (
        f"{G}/van-ban?p_p_id=20&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
        f"&_20_struts_action=%2Fdocument_library%2Fview_file_entry&_20_fileEntryId={fid}"
    )


def a(url: str) -> str:
    """An href value: ``&`` as ``&amp;``."""
    return esc(url)


# --- the stories ----------------------------------------------------------------------------


def _s(sid, slug, title, cat, published_at, blocks, *, opts, **kw) -> Story:
    return Story(sid, slug, title, cat, published_at, blocks, opts=opts, **kw)


_A_PHOTO = photo("HSG-tinh-2026-doi-tuyen-hoa.jpg", "2026-12-03T09:40:00+07:00")
_C_PHOTO = photo("kiem-dinh-chat-luong-25-11.jpg", "2026-11-26T15:20:00+07:00")
_D_PHOTO1 = photo("Le ky niem 20-11 (3).jpg", "2026-11-20T14:05:00+07:00")
_D_PHOTO2 = photo("DSC_0457.JPG", "2026-11-20T14:06:00+07:00")
_E_PHOTO = photo("hoi-thao-bong-chuyen-hoi.jpg", "2026-11-14T08:30:00+07:00")
_F_PHOTO1 = photo("ngay-hoi-tuyen-sinh-2026-01.jpg", "2026-11-06T07:45:00+07:00")
_F_PHOTO2 = photo("ngay-hoi-tuyen-sinh-2026-02.jpg", "2026-11-06T07:46:00+07:00")
_G_PHOTO = photo("tuyen-truyen-atgt-2026.jpg", "2026-10-22T10:00:00+07:00")
_I_PHOTO = photo("chuyen-de-ngu-van-11A4.jpg", "2026-11-12T16:10:00+07:00")
_K_PHOTO1 = photo("NCBH toan 11A3.jpg", "2026-10-16T15:00:00+07:00")
_K_PHOTO2 = photo("NCBH toan 11A3 (2).jpg", "2026-10-16T15:01:00+07:00")
_L_PHOTO = photo("dai-hoi-doan-XXV.jpg", "2026-10-02T09:15:00+07:00")
_M_PHOTO = photo("ao-am-cho-em-2026.jpg", "2026-12-01T17:20:00+07:00")
EMOJI_SRC = f"{THEME}/images/emoji/1f449.png"
NO_IMAGE = f"{THEME}/images/custom/nh-no-image.png"

_B_LETTERHEAD = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody>'
    '<tr><td style="text-align: center; width: 40%;">SỞ GD&amp;ĐT PHÚ YÊN<br />'
    "<strong>TRƯỜNG THPT NGUYỄN HUỆ</strong><br />-------</td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align: center;">Số: 215/TB-THPTNH</td>'
    '<td style="text-align: right;"><em>Tuy Hòa, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027</strong></p>'
)
_B_CLOSING = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các tổ chuyên môn;<br />- GVCN các lớp;<br />- Website trường;<br />- Lưu: VT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br /><br />'
    "<em>(Đã ký)</em><br /><br /><strong>Phạm Văn Thành</strong></td></tr></tbody></table>"
)
_B_FILE = dl_path(DOC_FOLDER, "Lich kiem tra HKI 2026-2027.pdf")
_B_ATTACH = Raw(
    f'<p>File đính kèm: <a href="{_B_FILE}?version=1.0&amp;download=true" target="_blank">'
    "Lich kiem tra HKI 2026-2027.pdf</a> (118 KB)</p>"
)
_WORD_SPACER = Raw('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')

STORIES: list[Story] = [
    _s(
        1, "hsg-tinh-lop-12",
        "Học sinh Trường THPT Nguyễn Huệ đạt 19 giải tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        "Tin tức", "2026-12-03",
        [
            P("Kỳ thi được tổ chức trong hai ngày 25 và 26/11/2026 tại Hội đồng thi Trường THPT Lương Văn "
              "Chánh, với 11 môn thi gồm Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
              "Tiếng Anh, Giáo dục kinh tế và pháp luật, Công nghệ. Trường THPT Nguyễn Huệ có 42 học sinh "
              "dự thi ở cả 11 môn."),
            P("Kết quả, nhà trường có 19 học sinh đạt giải, tăng 4 giải so với năm học trước; xếp thứ ba "
              "toàn tỉnh về tổng số giải và đứng đầu khối các trường THPT không chuyên. Hai giải Nhất thuộc "
              "về các em:"),
            P("TT | Họ và tên | Lớp | Môn thi | Giải", "tr"),
            P("1 | Nguyễn Hoàng Bảo Ngọc | 12A1 | Hóa học | Nhất", "tr"),
            P("2 | Lê Trần Gia Huy | 12A2 | Tin học | Nhất", "tr"),
            Img(_A_PHOTO, "Em Nguyễn Hoàng Bảo Ngọc (thứ hai từ trái sang) cùng các bạn trong đội tuyển Hóa học",
                "Em Nguyễn Hoàng Bảo Ngọc (thứ hai từ trái sang) cùng các bạn trong đội tuyển Hóa học", "table"),
            P("Đặc biệt, em Lê Trần Gia Huy là học sinh duy nhất của tỉnh đạt giải Nhất môn Tin học năm nay "
              "và được chọn vào đội tuyển của tỉnh tham dự Kỳ thi chọn học sinh giỏi quốc gia năm 2027."),
            P("Để có kết quả này, ngay từ đầu năm học nhà trường đã thành lập các đội tuyển, phân công giáo "
              "viên có kinh nghiệm bồi dưỡng, tổ chức ôn luyện vào các buổi chiều thứ Ba, thứ Năm và sáng "
              "Chủ nhật. Ban đại diện cha mẹ học sinh cũng hỗ trợ kinh phí mua tài liệu và tổ chức thi thử "
              "cho các em."),
            P("Phát biểu chúc mừng đội tuyển, thầy Phạm Văn Thành, Hiệu trưởng nhà trường ghi nhận sự nỗ lực "
              "của học sinh và đội ngũ giáo viên bồi dưỡng, đồng thời đề nghị các tổ chuyên môn sớm rút kinh "
              "nghiệm, chuẩn bị lực lượng cho kỳ thi học sinh giỏi lớp 11 vào tháng 3/2027."),
        ],
        authors=["Trần Minh Khoa"], photographers=["Trần Minh Khoa"],
        summary="Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027 do Sở GD&ĐT Phú Yên tổ "
                "chức, đội tuyển của Trường THPT Nguyễn Huệ đạt 19 giải, trong đó có 02 giải Nhất, 05 giải "
                "Nhì, 07 giải Ba và 05 giải Khuyến khích.",
        sapo_outside=True,
        opts={"set": "tt", "rid": 31257, "ngay": "2026-12-03", "tao": "2026-12-03 09:52",
              "sua": "2026-12-04 08:17", "tacgia": "Tin, ảnh: Trần Minh Khoa", "form": "ent",
              "thumb": _A_PHOTO.split("?")[0]},
    ),
    _s(
        2, "thong-bao-kiem-tra-hk1",
        "Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027",
        "Tin tức", "2026-11-30",
        [
            _B_LETTERHEAD,
            P("Căn cứ Kế hoạch số 98/KH-THPTNH ngày 08/9/2026 của Trường THPT Nguyễn Huệ về thực hiện nhiệm "
              "vụ năm học 2026-2027;"),
            P("Căn cứ Công văn số 2135/SGDĐT-GDTrH ngày 24/11/2026 của Sở GD&ĐT Phú Yên về việc kiểm tra, "
              "đánh giá cuối học kỳ I;"),
            P("Nhà trường thông báo kế hoạch tổ chức kiểm tra cuối học kỳ I như sau:"),
            P("1. Thời gian: từ ngày 21/12/2026 đến hết ngày 26/12/2026 (theo lịch chi tiết đính kèm)."),
            P("2. Hình thức: các môn Toán, Ngữ văn, Tiếng Anh kiểm tra tập trung theo khối, đề chung toàn "
              "trường; các môn còn lại kiểm tra tại lớp theo thời khóa biểu."),
            P("3. Tổ chức thực hiện: các tổ chuyên môn nộp ma trận, đề kiểm tra và hướng dẫn chấm về Phó "
              "Hiệu trưởng phụ trách chuyên môn trước ngày 12/12/2026; giáo viên chủ nhiệm phổ biến lịch "
              "kiểm tra đến học sinh và cha mẹ học sinh."),
            P("Học sinh vắng kiểm tra có lý do chính đáng được bố trí kiểm tra bù trong tuần từ 28/12/2026 "
              "đến 31/12/2026."),
            P("Đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực hiện./."),
            _B_CLOSING,
            _B_ATTACH,
        ],
        authors=["Phạm Văn Thành"],
        opts={"set": "tt", "rid": 31249, "ngay": "2026-12-01", "tao": "2026-12-01 07:35",
              "sua": "2026-12-01 07:41", "tacgia": "", "form": "ck", "thumb": None},
    ),
    _s(
        3, "kiem-tra-kiem-dinh",
        "Đoàn kiểm tra của Sở GD&ĐT làm việc với nhà trường về công tác kiểm định chất lượng giáo dục",
        "Tin tức", "2026-11-26T15:40:00+07:00",
        [
            P("Ngày 25/11/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo Phú Yên do ông Nguyễn Đức Tâm, Phó "
              "Trưởng phòng Giáo dục Trung học làm trưởng đoàn đã đến làm việc với Trường THPT Nguyễn Huệ về "
              "công tác tự đánh giá, kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia.",
              "lead"),
            P("Tiếp đoàn có thầy Phạm Văn Thành, Hiệu trưởng; các Phó Hiệu trưởng, tổ trưởng chuyên môn và "
              "thành viên Hội đồng tự đánh giá của nhà trường."),
            P("Tại buổi làm việc, nhà trường đã báo cáo kết quả tự đánh giá theo 5 tiêu chuẩn với 28 tiêu "
              "chí; trong đó 26 tiêu chí đạt mức 3, 2 tiêu chí đạt mức 2. Hồ sơ minh chứng được số hóa, sắp "
              "xếp khoa học theo từng tiêu chuẩn."),
            Img(_C_PHOTO, "(Đoàn kiểm tra làm việc với Hội đồng tự đánh giá của nhà trường)",
                "Đoàn kiểm tra làm việc với Hội đồng tự đánh giá của nhà trường", "em"),
            P("Đoàn đã kiểm tra thực tế cơ sở vật chất, phòng học bộ môn, thư viện, nhà đa năng; dự giờ 6 "
              "tiết dạy và trao đổi với đại diện giáo viên, học sinh, cha mẹ học sinh."),
            P("Kết luận buổi kiểm tra, trưởng đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường, đồng thời "
              "đề nghị tiếp tục cải tạo khu vệ sinh học sinh, bổ sung thiết bị dạy học môn Công nghệ và hoàn "
              "thiện kế hoạch cải tiến chất lượng sau tự đánh giá."),
        ],
        authors=["Tổ Văn phòng"],
        summary="Ngày 25/11/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo Phú Yên do ông Nguyễn Đức Tâm, Phó "
                "Trưởng phòng Giáo dục Trung học làm trưởng đoàn đã đến làm việc với Trường THPT Nguyễn Huệ về "
                "công tác tự đánh giá, kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia.",
        opts={"set": "tt", "rid": 31236, "ngay": None, "tao": "2026-11-26 15:40",
              "sua": "2026-11-27 08:05", "tacgia": "Tổ Văn phòng", "form": "ck",
              "thumb": _C_PHOTO.split("?")[0]},
    ),
    _s(
        4, "ky-niem-20-11",
        "Long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "Tin tức", "2026-11-20",
        [
            P("Đến dự buổi lễ có đại diện lãnh đạo Thành ủy, UBND thành phố Tuy Hòa, Ban đại diện cha mẹ học "
              "sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và hơn "
              "1.300 học sinh của trường."),
            _WORD_SPACER,
            P("Trong diễn văn kỷ niệm, thầy Phạm Văn Thành, Hiệu trưởng nhà trường ôn lại truyền thống vẻ "
              "vang của ngành giáo dục Việt Nam và chặng đường 50 năm xây dựng, phát triển của Trường THPT "
              "Nguyễn Huệ. Năm học 2025-2026, nhà trường có tỉ lệ học sinh tốt nghiệp THPT đạt 99,8%, 46 học "
              "sinh đạt giải học sinh giỏi cấp tỉnh, 3 học sinh đạt giải quốc gia."),
            Img(_D_PHOTO1, "Thầy Phạm Văn Thành, Hiệu trưởng nhà trường đọc diễn văn kỷ niệm",
                "Thầy Phạm Văn Thành, Hiệu trưởng nhà trường đọc diễn văn kỷ niệm", "table"),
            P("Tại buổi lễ, nhà trường đã trao giấy khen cho 4 tổ chuyên môn và 27 giáo viên có thành tích "
              "xuất sắc trong đợt thi đua chào mừng ngày 20/11; trao 45 suất học bổng “Tiếp bước đến trường” "
              "với tổng trị giá 67,5 triệu đồng do các nhà hảo tâm và cựu học sinh tài trợ."),
            Img(_D_PHOTO2, "Ảnh: Võ Quốc Bảo", None, "credit"),
            P("Thay mặt các thế hệ học sinh, em Trần Ngọc Khánh Linh, lớp 12A3 bày tỏ lòng biết ơn sâu sắc "
              "đến các thầy cô giáo và hứa sẽ tiếp tục phấn đấu học tập, rèn luyện xứng đáng với truyền "
              "thống của nhà trường."),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các lớp dàn dựng, với nhiều "
              "tiết mục ca ngợi tình thầy trò và quê hương Phú Yên."),
            _WORD_SPACER,
        ],
        authors=["Lê Thị Thu Hà"], photographers=["Võ Quốc Bảo"],
        summary="Sáng 20/11/2026, Trường THPT Nguyễn Huệ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam và tuyên dương các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "
                "“Dạy tốt - Học tốt”.",
        sapo_outside=True,
        opts={"set": "tt", "rid": 31218, "ngay": "2026-11-20", "tao": "2026-11-20 14:12",
              "sua": "2026-11-21 10:03", "tacgia": "ThS. Lê Thị Thu Hà - Tổ trưởng Tổ Ngữ văn",
              "form": "word", "thumb": _D_PHOTO1.split("?")[0]},
    ),
    _s(
        5, "hoi-thao-20-11",
        "HỘI THAO CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11",
        "Tin tức", "2026-11-14",
        [
            P("Hội thao nhằm thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tạo sân chơi lành "
              "mạnh, tăng cường sự đoàn kết, gắn bó giữa các tổ chuyên môn trong nhà trường."),
            P("Tham gia hội thao có 96 vận động viên đến từ 8 tổ công đoàn. Các trận đấu diễn ra sôi nổi, "
              "hấp dẫn vào các buổi chiều sau giờ dạy, thu hút đông đảo học sinh đến cổ vũ."),
            Img(_E_PHOTO, "(Trận chung kết bóng chuyền hơi nam giữa tổ Toán - Tin và tổ Thể dục - QPAN)",
                "Trận chung kết bóng chuyền hơi nam giữa tổ Toán - Tin và tổ Thể dục - QPAN", "em"),
            P("Kết quả chung cuộc:"),
            P("Bóng chuyền hơi nam: Nhất tổ Thể dục - QPAN, Nhì tổ Toán - Tin, Ba tổ Vật lí - Công nghệ.", "li"),
            P("Bóng chuyền hơi nữ: Nhất tổ Ngữ văn, Nhì tổ Ngoại ngữ, Ba tổ Sinh - Hóa.", "li"),
            P("Cầu lông đôi nam nữ: Nhất thầy Đặng Văn Quý - cô Lê Thị Thu Hà, Nhì thầy Võ Thành Nhân - cô "
              "Đinh Thị Hồng.", "li"),
            P("Kéo co: Nhất tổ Văn phòng, Nhì tổ Lịch sử - Địa lí - GDKT&PL.", "li"),
            P("Ban Chấp hành Công đoàn đã trao giấy chứng nhận và phần thưởng cho các đội, cá nhân đạt giải. "
              "Toàn đoàn, tổ Thể dục - QPAN xếp thứ nhất, tổ Toán - Tin xếp thứ nhì."),
        ],
        authors=["Nguyễn Thị Mỹ Duyên"], photographers=["Võ Quốc Bảo"],
        summary="Từ ngày 10 đến 13/11/2026, Công đoàn Trường THPT Nguyễn Huệ tổ chức Hội thao dành cho cán bộ, "
                "giáo viên, nhân viên với các môn bóng chuyền hơi, cầu lông, kéo co và cờ tướng.",
        sapo_outside=True,
        opts={"set": "tt", "rid": 31203, "ngay": "2026-11-14", "tao": "2026-11-14 08:41",
              "sua": "2026-11-14 09:02", "tacgia": "Tin: Nguyễn Thị Mỹ Duyên - Ảnh: Võ Quốc Bảo",
              "form": "ent", "thumb": _E_PHOTO.split("?")[0]},
    ),
    _s(
        6, "ngay-hoi-tuyen-sinh",
        "Học sinh khối 12 tham gia Ngày hội tư vấn tuyển sinh, hướng nghiệp năm 2026",
        "Tin tức", "2026-11-06",
        [
            P("Tham gia tư vấn có đại diện Trường Đại học Phú Yên, Trường Cao đẳng Công Thương miền Trung, "
              "Trường Cao đẳng Y tế Phú Yên và Trung tâm Dịch vụ việc làm tỉnh."),
            P("Các chuyên gia đã giới thiệu những điểm mới trong quy chế tuyển sinh đại học năm 2027, phương "
              "thức xét tuyển sớm, cách đăng ký nguyện vọng trên hệ thống của Bộ GD&ĐT và nhu cầu nhân lực "
              "của tỉnh trong các ngành du lịch, chế biến thủy sản, năng lượng tái tạo."),
            Img(_F_PHOTO1, None, None, "none"),
            P("Nhiều câu hỏi của học sinh được các chuyên gia giải đáp cặn kẽ:", "br"),
            P("Học ngành sư phạm có còn được miễn học phí? Chọn ngành theo sở thích hay theo nhu cầu xã hội? "
              "Học trường nghề có được liên thông lên đại học?"),
            P("Em Nguyễn Thị Thanh Trúc, lớp 12A5 chia sẻ: “Qua buổi tư vấn, em hiểu rõ hơn về các phương "
              "thức xét tuyển và đã có định hướng chọn ngành Điều dưỡng phù hợp với năng lực của mình”."),
            Img(_F_PHOTO2, None, None, "alt|Học sinh đặt câu hỏi cho ban tư vấn tuyển sinh"),
            P("Dịp này, Trường Đại học Phú Yên trao 10 suất học bổng cho học sinh có hoàn cảnh khó khăn, học "
              "tập tốt của nhà trường."),
        ],
        authors=["Phan Thị Kim Oanh"],
        summary="Ngày 05/11/2026, gần 430 học sinh khối 12 của trường đã tham gia Ngày hội tư vấn tuyển sinh, "
                "hướng nghiệp do Trường Đại học Phú Yên phối hợp với nhà trường tổ chức.",
        sapo_outside=True,
        opts={"set": "tt", "rid": 31188, "ngay": "2026-11-06", "tao": "2026-11-06 07:58",
              "sua": "2026-11-09 15:26", "tacgia": "Phan Thị Kim Oanh (GVCN lớp 12A5)", "form": "ck",
              "thumb": _F_PHOTO1.split("?")[0]},
    ),
    _s(
        7, "tuyen-truyen-atgt",
        "Tuyên truyền pháp luật về an toàn giao thông và phòng, chống ma túy cho học sinh",
        "Tin tức", "2026-10-22",
        [
            P("Sáng 21/10/2026, Phòng Cảnh sát giao thông Công an tỉnh Phú Yên phối hợp với Trường THPT "
              "Nguyễn Huệ tổ chức buổi tuyên truyền pháp luật về an toàn giao thông và phòng, chống ma túy "
              "cho hơn 1.200 học sinh của trường."),
            P("Tại buổi tuyên truyền, báo cáo viên đã thông tin về tình hình tai nạn giao thông liên quan đến "
              "học sinh trên địa bàn tỉnh, phổ biến các quy định của Luật Trật tự, an toàn giao thông đường bộ "
              "năm 2024, đặc biệt là quy định về độ tuổi điều khiển xe máy, đội mũ bảo hiểm và xử phạt hành "
              "vi giao xe cho người chưa đủ điều kiện."),
            P("Theo thống kê của cơ quan chức năng, 10 tháng năm 2026, toàn tỉnh xảy ra 14 vụ tai nạn giao "
              "thông có liên quan đến người dưới 18 tuổi, làm chết 5 người, bị thương 16 người."),
            Img(_G_PHOTO, "(Báo cáo viên Phòng Cảnh sát giao thông trao đổi với học sinh)",
                "Báo cáo viên Phòng Cảnh sát giao thông trao đổi với học sinh", "em"),
            P("Bên cạnh đó, học sinh được trang bị kiến thức nhận biết các loại ma túy tổng hợp trá hình dưới "
              "dạng kẹo, nước uống, thuốc lá điện tử và kỹ năng từ chối khi bị rủ rê, lôi kéo."),
            P("Kết thúc buổi tuyên truyền, 100% học sinh ký cam kết chấp hành pháp luật về an toàn giao "
              "thông, không sử dụng và tàng trữ trái phép chất ma túy."),
            Raw('<p style="text-align: right;"><em>Theo Trang thông tin điện tử Công an tỉnh Phú Yên</em></p>'),
        ],
        source="Trang thông tin điện tử Công an tỉnh Phú Yên",
        opts={"set": "tt", "rid": 31154, "ngay": "2026-10-22", "tao": "2026-10-22 10:14",
              "sua": "2026-10-22 10:14", "tacgia": "", "form": "nfd", "thumb": _G_PHOTO.split("?")[0]},
    ),
    _s(
        8, "hoi-nghi-vien-chuc",
        "Hội nghị cán bộ, viên chức và người lao động năm học 2026-2027",
        "Tin tức", "2026-10-09",
        [
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025-2026 và phương hướng nhiệm vụ năm học "
              "2026-2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân và thảo "
              "luận, sửa đổi Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở."),
            P("Những chỉ tiêu chủ yếu năm học 2026-2027", "h"),
            P("Tỉ lệ học sinh tốt nghiệp THPT đạt từ 99,5% trở lên.", "li"),
            P("Có từ 45 giải học sinh giỏi cấp tỉnh trở lên, phấn đấu có giải cấp quốc gia.", "li"),
            P("100% giáo viên đạt chuẩn nghề nghiệp, trong đó trên 70% đạt mức khá trở lên.", "li"),
            Img(LEGACY_SRC, "(Đại biểu biểu quyết thông qua Nghị quyết hội nghị)",
                "Đại biểu biểu quyết thông qua Nghị quyết hội nghị", "em"),
            P("Phát biểu chỉ đạo, đại diện Công đoàn ngành Giáo dục tỉnh ghi nhận những kết quả nhà trường đạt "
              "được, đề nghị tập thể sư phạm tiếp tục đổi mới phương pháp dạy học, kiểm tra đánh giá theo "
              "Chương trình giáo dục phổ thông 2018."),
            P("Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành và phát động phong trào "
              "thi đua năm học mới."),
        ],
        authors=["Công đoàn trường"],
        summary="Chiều 08/10/2026, Trường THPT Nguyễn Huệ tổ chức Hội nghị cán bộ, viên chức và người lao động "
                "năm học 2026-2027 với sự tham dự của 86 đại biểu.",
        sapo_outside=True,
        opts={"set": "tt", "rid": 31120, "ngay": "2026-10-09", "tao": "2026-10-09 16:30",
              "sua": "2026-10-12 07:50", "tacgia": "Công đoàn trường", "form": "ck", "thumb": None},
    ),
    _s(
        9, "chuyen-de-ngu-van-11",
        "Chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận” môn Ngữ văn lớp 11",
        "Hoạt động chuyên môn", "2026-11-12",
        [
            P("Tiết dạy minh họa bài “Chiếu cầu hiền” của Ngô Thì Nhậm do cô Đinh Thị Hồng thực hiện. Thông "
              "qua các phiếu học tập, sơ đồ tư duy và hoạt động thảo luận nhóm, học sinh được hướng dẫn nhận "
              "diện luận đề, hệ thống luận điểm, lí lẽ và bằng chứng của văn bản."),
            Img(_I_PHOTO, "Cô Đinh Thị Hồng hướng dẫn học sinh lớp 11A4 thảo luận nhóm",
                "Cô Đinh Thị Hồng hướng dẫn học sinh lớp 11A4 thảo luận nhóm", "table"),
            P("Trong phần trao đổi, các giáo viên thống nhất quy trình dạy đọc hiểu văn bản nghị luận gồm bốn "
              "bước: khởi động, hình thành kiến thức, luyện tập và vận dụng; chú trọng để học sinh tự đọc, tự "
              "phát hiện thay vì ghi chép thụ động."),
            P("“Dạy đọc hiểu không phải là giảng cho học sinh hiểu văn bản, mà là dạy cho các em cách đọc để "
              "tự hiểu bất kỳ văn bản nào cùng loại.”", "quote"),
            P("Đó là chia sẻ của ThS. Lê Thị Thu Hà, Tổ trưởng Tổ Ngữ văn khi tổng kết chuyên đề. Tổ sẽ tiếp "
              "tục triển khai chuyên đề ở khối 10 và khối 12 trong học kỳ II."),
        ],
        authors=["Tổ Ngữ văn"],
        summary="Nhằm đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, ngày 11/11/2026, "
                "Tổ Ngữ văn tổ chức chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận” với "
                "tiết dạy minh họa tại lớp 11A4.",
        sapo_outside=True,
        opts={"set": "cm", "rid": 31229, "ngay": "2026-11-12", "tao": "2026-11-12 16:25",
              "sua": "2026-11-13 07:12", "tacgia": "Tổ Ngữ văn", "form": "ck",
              "thumb": _I_PHOTO.split("?")[0]},
    ),
    _s(
        10, "tong-ket-hoi-giang",
        "Tổng kết Hội giảng chào mừng Ngày Nhà giáo Việt Nam: 12 tiết dạy xếp loại Giỏi",
        "Hoạt động chuyên môn", "2026-11-24",
        [
            P("Sau hơn ba tuần tổ chức, Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11 năm học 2026-2027 "
              "của Trường THPT Nguyễn Huệ đã khép lại với 12 tiết dạy xếp loại Giỏi, 6 tiết xếp loại Khá.",
              "lead"),
            P("Hội giảng có 18 giáo viên thuộc 8 tổ chuyên môn tham gia. Các tiết dạy được chuẩn bị công phu, "
              "vận dụng linh hoạt các phương pháp, kĩ thuật dạy học tích cực và ứng dụng công nghệ thông tin, "
              "trong đó nhiều tiết sử dụng học liệu số, phần mềm mô phỏng thí nghiệm."),
            P("Các tiết dạy xếp loại Giỏi tiêu biểu:"),
            P("Giáo viên | Tổ | Bài dạy | Lớp", "tr"),
            P("Võ Thành Nhân | Vật lí - Công nghệ | Sóng dừng | 11A1", "tr"),
            P("Nguyễn Thị Mỹ Duyên | Ngoại ngữ | Unit 5: Global warming | 11A6", "tr"),
            P("Trần Quốc Việt | Toán - Tin | Cấp số nhân | 11A2", "tr"),
            P("Ban tổ chức đã khen thưởng 12 giáo viên có tiết dạy xếp loại Giỏi và chọn 4 tiết dạy tiêu biểu "
              "để quay video, đưa lên kho học liệu số của nhà trường."),
            Raw('<p style="text-align: right;"><strong>ThS. Nguyễn Văn Hiếu, Phó Hiệu trưởng</strong></p>'),
        ],
        authors=["Nguyễn Văn Hiếu"],
        summary="Sau hơn ba tuần tổ chức, Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11 năm học 2026-2027 "
                "của Trường THPT Nguyễn Huệ đã khép lại với 12 tiết dạy xếp loại Giỏi, 6 tiết xếp loại Khá.",
        opts={"set": "cm", "rid": 31241, "ngay": "2026-11-24", "tao": "2026-11-24 10:05",
              "sua": "2026-11-24 10:05", "tacgia": "", "form": "ck", "thumb": None},
    ),
    _s(
        11, "ncbh-toan-tin",
        "Tổ Toán - Tin sinh hoạt chuyên môn theo nghiên cứu bài học",
        "Hoạt động chuyên môn", "2026-10-16",
        [
            P("Buổi sinh hoạt được tổ chức theo đúng quy trình: giáo viên dạy minh họa, các thành viên trong "
              "tổ dự giờ, quan sát hoạt động học của học sinh và sau đó cùng phân tích, thảo luận."),
            P("Thay vì đánh giá, xếp loại tiết dạy, các giáo viên tập trung vào những câu hỏi:"),
            P("Học sinh học như thế nào, gặp khó khăn ở đâu?", "wordli"),
            P("Nguyên nhân nào dẫn đến khó khăn đó?", "wordli"),
            P("Cần điều chỉnh nhiệm vụ học tập như thế nào để mọi học sinh đều tham gia?", "wordli"),
            _WORD_SPACER,
            Img(_K_PHOTO1, "Giáo viên Tổ Toán - Tin quan sát học sinh lớp 11A3 hoạt động nhóm",
                "Giáo viên Tổ Toán - Tin quan sát học sinh lớp 11A3 hoạt động nhóm", "wordcap"),
            P("Qua buổi sinh hoạt, tổ thống nhất điều chỉnh phiếu học tập số 2, tăng thời gian cho hoạt động "
              "khám phá đồ thị hàm số bằng phần mềm GeoGebra và giảm bớt bài tập tính toán thuần túy."),
            Img(_K_PHOTO2, "Ảnh: Trần Quốc Việt", None, "credit"),
            P("Tổ Toán - Tin sẽ duy trì sinh hoạt chuyên môn theo nghiên cứu bài học định kỳ hai lần mỗi tháng "
              "trong năm học 2026-2027."),
        ],
        authors=["Tổ Toán - Tin"], photographers=["Trần Quốc Việt"],
        summary="Ngày 15/10/2026, Tổ Toán - Tin tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với "
                "bài “Hàm số lượng giác” (Toán 11) tại lớp 11A3.",
        sapo_outside=True,
        opts={"set": "cm", "rid": 31162, "ngay": "2026-10-16", "tao": "2026-10-16 15:18",
              "sua": "2026-10-17 09:40", "tacgia": "Tổ Toán - Tin", "form": "word",
              "thumb": _K_PHOTO1.split("?")[0]},
    ),
    _s(
        12, "dai-hoi-doan-xxv",
        "Đại hội Đoàn TNCS Hồ Chí Minh Trường THPT Nguyễn Huệ lần thứ XXV, nhiệm kỳ 2026-2027",
        "Đoàn Thanh niên", "2026-10-02",
        [
            P("Đại hội đã đánh giá kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2025-2026. Trong nhiệm kỳ "
              "qua, Đoàn trường đã tổ chức 24 hoạt động tình nguyện, vận động quyên góp được hơn 85 triệu đồng "
              "giúp đỡ học sinh khó khăn, giới thiệu 12 đoàn viên ưu tú tham gia lớp bồi dưỡng nhận thức về "
              "Đảng."),
            P("Nhiệm kỳ 2026-2027, Đoàn trường đặt mục tiêu 100% chi đoàn đăng ký và thực hiện công trình "
              "thanh niên; tổ chức ít nhất 4 hoạt động ngoại khóa, trải nghiệm; đẩy mạnh phong trào “Thanh "
              "niên tình nguyện”, “Tuổi trẻ sáng tạo” và chuyển đổi số trong công tác Đoàn."),
            Img(_L_PHOTO, "(Ban Chấp hành Đoàn trường nhiệm kỳ 2026-2027 ra mắt Đại hội)",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026-2027 ra mắt Đại hội", "em"),
            P("Đại hội đã bầu Ban Chấp hành Đoàn trường khóa XXV gồm 15 đồng chí. Đồng chí Huỳnh Tấn Lộc tiếp "
              "tục được tín nhiệm bầu giữ chức Bí thư Đoàn trường."),
        ],
        authors=["Đoàn trường"],
        summary="Ngày 01/10/2026, Đoàn TNCS Hồ Chí Minh Trường THPT Nguyễn Huệ tổ chức Đại hội đại biểu lần "
                "thứ XXV, nhiệm kỳ 2026-2027 với sự tham dự của 150 đại biểu đại diện cho hơn 1.100 đoàn viên.",
        sapo_outside=True,
        opts={"set": "dtn", "rid": 31108, "ngay": "2026-10-02", "tao": "2026-10-02 09:30",
              "sua": "2026-10-02 09:30", "tacgia": "Đoàn trường", "form": "ck",
              "thumb": _L_PHOTO.split("?")[0]},
    ),
    _s(
        13, "ao-am-cho-em",
        "Đoàn trường phát động chương trình “Áo ấm cho em” năm 2026",
        "Đoàn Thanh niên", "2026-12-01",
        [
            P("Nhằm chung tay hỗ trợ học sinh có hoàn cảnh khó khăn ở các xã miền núi của tỉnh vượt qua mùa "
              "đông, Ban Chấp hành Đoàn trường phát động chương trình “Áo ấm cho em” năm 2026 trong toàn thể "
              "đoàn viên, thanh niên và cán bộ, giáo viên nhà trường."),
            P("👉 Thời gian tiếp nhận: từ ngày 01/12/2026 đến hết ngày 20/12/2026."),
            P("Địa điểm: Văn phòng Đoàn trường (tầng 1, dãy nhà A) hoặc qua bí thư các chi đoàn.", "emoji"),
            P("👉 Hiện vật: áo ấm, chăn mền, sách vở, đồ dùng học tập còn sử dụng tốt; khuyến khích các chi "
              "đoàn góp tiền mua áo ấm mới."),
            P("Toàn bộ số quà được Đoàn trường phối hợp với Đoàn xã Phú Mỡ, huyện Đồng Xuân trao tận tay các "
              "em học sinh vào dịp Tết Dương lịch 2027."),
            P("Ngay trong buổi phát động, các chi đoàn đã đăng ký ủng hộ 320 áo ấm và 6,5 triệu đồng."),
            Img(_M_PHOTO, "(Đại diện các chi đoàn đăng ký ủng hộ tại buổi phát động)",
                "Đại diện các chi đoàn đăng ký ủng hộ tại buổi phát động", "em"),
        ],
        authors=["Huỳnh Tấn Lộc"], photographers=["Huỳnh Tấn Lộc"],
        opts={"set": "dtn", "rid": 31252, "ngay": "2026-12-01", "tao": "2026-12-01 17:26",
              "sua": "2026-12-02 06:55", "tacgia": "Tin, ảnh: Huỳnh Tấn Lộc", "form": "ck",
              "thumb": _M_PHOTO.split("?")[0]},
    ),
]

BY_RID = {s.opts["rid"]: s for s in STORIES}


# --- dates ------------------------------------------------------------------------------------


def dmy(day: str) -> str:
    d = date.fromisoformat(day[:10])
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def stamp_line(stamp: str) -> str:
    """'2026-11-26 15:40' -> '26/11/2026 15:40'."""
    return f"{dmy(stamp[:10])} {stamp[11:16]}"


def weekday_line(day: str) -> str:
    return f"{WEEKDAYS[date.fromisoformat(day).weekday()]}, {dmy(day)}"


def shown_date(s: Story) -> str:
    """What orders the cards: the Ngày đăng field, else the record's create date."""
    return s.opts["ngay"] or s.opts["tao"][:10]


def records_of(rs: RecordSet) -> list[Story]:
    return sorted(
        (s for s in STORIES if s.opts["set"] == rs.key),
        key=lambda s: (shown_date(s), s.opts["tao"]),
        reverse=True,
    )


def home_records() -> list[Story]:
    return records_of(SETS["tt"])[:4]


@dataclass(frozen=True)
class ListView:
    rs: RecordSet
    cur: int
    delta: int
    url: str  # the view's own URL (what the cards carry as redirect)
    records: tuple[Story, ...]
    pages: int


def make_view(rs: RecordSet, cur: int, delta: int, plain: bool = False) -> ListView | None:
    recs = records_of(rs)
    pages = max(1, math.ceil(len(recs) / delta))
    if delta not in DELTAS or not 1 <= cur <= pages:
        return None
    url = list_url(rs) if plain else list_url(rs, cur, delta)
    return ListView(rs, cur, delta, url, tuple(recs[(cur - 1) * delta: cur * delta]), pages)


def linked_views(rs: RecordSet) -> list[ListView]:
    """Every list view a visitor can reach by links (the pager shows only when there are > 6)."""
    views = [make_view(rs, 1, 6, plain=True)]
    if len(records_of(rs)) > 6:
        pages = math.ceil(len(records_of(rs)) / 6)
        views += [make_view(rs, c, 6) for c in range(1, pages + 1)]
        views += [make_view(rs, 1, d) for d in DELTAS[1:]]
    return [v for v in views if v]


# --- rendering the Nội dung --------------------------------------------------------------------


def latin_entities(markup: str) -> str:
    """CKEditor's ``entities_latin``: Latin-1 letters as named entities, the rest left raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if 0xA0 <= ord(ch) <= 0xFF else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _img_tag(src: str, alt: str = "", extra: str = "") -> str:
    return f'<img alt="{esc(alt)}" src="{a(src)}" style="width: 600px; height: 400px;"{extra} />'


def render_image(img: Img, tx) -> str:
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="2" cellspacing="0" style="width: 600px;"><tbody>'
            f"<tr><td>{_img_tag(img.src)}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{tx(img.printed)}</em>'
            "</span></td></tr></tbody></table>"
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{_img_tag(img.src)}</p>\n'
            f'<p style="text-align: center;"><em>{tx(img.printed)}</em></p>'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;">{_img_tag(img.src)}<br />'
            f'<em><span style="font-size:11px;">{tx(img.printed)}</span></em></p>'
        )
    if img.style == "wordcap":
        return (
            '<p align="center" class="MsoNormal" style="text-align:center"><span style="mso-no-proof:yes">'
            f'<img height="400" src="{a(img.src)}" width="600" /></span></p>\n'
            '<p align="center" class="MsoNormal" style="text-align:center"><i><span lang="VI" '
            f'style="font-size:12.0pt">{tx(img.printed)}</span></i><o:p></o:p></p>'
        )
    if img.style.startswith("alt|"):
        alt = img.style.split("|", 1)[1]
        return f'<p style="text-align: center;">{_img_tag(img.src, alt, f" title={chr(34)}{esc(alt)}{chr(34)}")}</p>'
    return f'<p style="text-align: center;">{_img_tag(img.src)}</p>'


def render_noidung(s: Story) -> str:
    form = s.opts["form"]

    def tx(value: str) -> str:
        return text(value, nfd=(form == "nfd"))

    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_image(b, tx))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{tx(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{tx(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: '
                'collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;">{tx(b.text)}<br />\n{tx(nxt.text)}</p>')
            i += 2
            continue
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{tx(b.text)}</strong></p>')
        elif b.style == "h":
            out.append(f'<h4><span style="color:#800000;">{tx(b.text)}</span></h4>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{tx(b.text)}</em></p></blockquote>")
        elif b.style == "emoji":
            out.append(
                f'<p style="text-align: justify;"><img alt="👉" class="emoji" height="16" src="{EMOJI_SRC}" '
                f'width="16" /> {tx(b.text)}</p>'
            )
        elif b.style == "wordli":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt;'
                'mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="font-family:Symbol;'
                'mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">·'
                '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                '</span></span></span><!--[endif]--><span lang="VI" style="font-size:13.0pt;font-family:'
                f'&quot;Times New Roman&quot;,serif">{tx(b.text)}<o:p></o:p></span></p>'
            )
        elif form == "word":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
                'line-height:115%"><span lang="VI" style="font-size:13.0pt;line-height:115%;font-family:'
                f'&quot;Times New Roman&quot;,serif">{tx(b.text)}<o:p></o:p></span></p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{tx(b.text)}</p>')
        i += 1
    markup = "\n".join(out)
    return latin_entities(markup) if form == "ent" else markup


def title_html(s: Story) -> str:
    return text(s.title, nfd=(s.opts["form"] == "nfd"))


def teaser(s: Story) -> str:
    """The card's line: the Tóm tắt, or the stripped Nội dung, cut at 150 characters."""
    if s.summary and s.sapo_outside:
        raw = s.summary
    else:
        stripped = re.sub(r"<[^>]+>", " ", render_noidung(s))
        raw = re.sub(r"\s+", " ", _html.unescape(stripped).replace("\xa0", " ")).strip()
    if len(raw) > 150:
        raw = raw[:150].rsplit(" ", 1)[0] + " ..."
    return text(raw, nfd=(s.opts["form"] == "nfd"))


# --- chrome -------------------------------------------------------------------------------------


def head(req: Request, title: str, canonical: str, plid: int, layout_id: int) -> str:
    b = base_url(req)
    js_url = req.target.replace("/", "\\x2f").replace("&", "\\x26").replace("=", "\\x3d").replace("?", "\\x3f")
    q = "browserId=other&amp;themeId=nguyenhue_WAR_nguyenhuetheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205"
    return f"""<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="vi-VN">

<head>
	<title>{esc(title)}</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="Cổng thông tin điện tử Trường THPT Nguyễn Huệ - thành phố Tuy Hòa, tỉnh Phú Yên" lang="vi-VN" name="description" />
<meta content="THPT Nguyễn Huệ, Tuy Hòa, Phú Yên, tin tức, thông báo" lang="vi-VN" name="keywords" />

<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />

<link href="{b}{canonical}" rel="canonical" />
<link href="{b}{canonical}" hreflang="x-default" rel="alternate" />
<link href="{b}{canonical}" hreflang="vi-VN" rel="alternate" />

<link class="lfr-css-file" href="{b}{THEME}/css/aui.css?{q}&amp;t=1764316800000" rel="stylesheet" type="text/css" />
<link href="/html/css/main.css?{q}&amp;t=1763961600000" rel="stylesheet" type="text/css" />
<link href="{b}/html/portlet/dynamic_data_lists/css/main.css?{q}&amp;t=1763961600000" rel="stylesheet" type="text/css" />
<link href="{b}/html/portlet/journal_content/css/main.css?{q}&amp;t=1763961600000" rel="stylesheet" type="text/css" />

<script type="text/javascript">
	// <![CDATA[
		var Liferay = {{
			Browser: {{ acceptsGzip: function() {{ return true; }}, getMajorVersion: function() {{ return 0; }} }},
			Data: {{ NAV_SELECTOR: '#navigation', isCustomizationView: function() {{ return false; }}, notices: [null] }},
			ThemeDisplay: {{
				getLayoutId: function() {{ return '{layout_id}'; }},
				getLayoutURL: function() {{ return '{b}{canonical}'; }},
				getParentLayoutId: function() {{ return '0'; }},
				isPrivateLayout: function() {{ return 'false'; }},
				isVirtualLayout: function() {{ return false; }},
				getBCP47LanguageId: function() {{ return 'vi-VN'; }},
				getCompanyId: function() {{ return '20155'; }},
				getCompanyGroupId: function() {{ return '20195'; }},
				getDefaultLanguageId: function() {{ return 'vi_VN'; }},
				getDoAsUserIdEncoded: function() {{ return ''; }},
				getLanguageId: function() {{ return 'vi_VN'; }},
				getParentGroupId: function() {{ return '{GROUP_ID}'; }},
				getPathContext: function() {{ return ''; }},
				getPathImage: function() {{ return '/image'; }},
				getPathJavaScript: function() {{ return '/html/js'; }},
				getPathMain: function() {{ return '/c'; }},
				getPathThemeImages: function() {{ return '{b}{THEME}/images'; }},
				getPathThemeRoot: function() {{ return '{THEME}'; }},
				getPlid: function() {{ return '{plid}'; }},
				getPortalURL: function() {{ return '{b}'; }},
				getScopeGroupId: function() {{ return '{GROUP_ID}'; }},
				getSessionId: function() {{ return ''; }},
				getSiteGroupId: function() {{ return '{GROUP_ID}'; }},
				getURLHome: function() {{ return '{b}/web/guest'; }},
				getUserId: function() {{ return '20159'; }},
				getUserName: function() {{ return ''; }},
				isAddSessionIdToURL: function() {{ return false; }},
				isFreeformLayout: function() {{ return false; }},
				isImpersonated: function() {{ return false; }},
				isSignedIn: function() {{ return false; }},
				isStateExclusive: function() {{ return false; }},
				isStateMaximized: function() {{ return false; }},
				isStatePopUp: function() {{ return false; }}
			}},
			PropsValues: {{ NTLM_AUTH_ENABLED: false }}
		}};
		var themeDisplay = Liferay.ThemeDisplay;
		Liferay.AUI = {{ getFilter: function() {{ return 'min'; }} }};
		Liferay.authToken = 'kM3vPq8R';
		Liferay.currentURL = '{js_url}';
	// ]]>
</script>

<script src="{b}/html/js/barebone.jsp?browserId=other&amp;themeId=nguyenhue_WAR_nguyenhuetheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1763961600000" type="text/javascript"></script>

<link class="lfr-css-file" href="{b}{THEME}/css/main.css?{q}&amp;t=1764316800000" rel="stylesheet" type="text/css" />

<style type="text/css">
	#banner {{ background: #7a1f1f url({THEME}/images/custom/nh-banner-bg.png) repeat-x; }}
	#navigation {{ background: #a52a2a; }}
	#navigation li a span {{ color: #fff8dc; }}
	.nh-ct-td {{ color: #7a1f1f; font-size: 18px; font-weight: bold; }}
	.nh-nhan {{ color: #777; font-size: 12px; }}
	#footer {{ background: #5c1616; color: #f5f5f5; }}
</style>
</head>
"""


def nav(req: Request, current: str) -> str:
    b = base_url(req)
    top = [lay for lay in LAYOUTS.values() if lay.parent is None]
    sel_top = LAYOUTS[current].parent or current
    items = []
    for lay in top:
        kids = [k for k in LAYOUTS.values() if k.parent == lay.slug]
        cls = "selected" if lay.slug == sel_top else ""
        aria = ' aria-selected="true"' if cls else ""
        popup = "true" if kids else "false"
        sub = ""
        if kids:
            sub = '\n<ul class="child-menu" role="menu">\n' + "\n".join(
                f'<li class="{"selected" if k.slug == current else ""}" id="layout_{k.layout_id}" role="presentation">'
                f'<a aria-labelledby="layout_{k.layout_id}" href="{b}{G}/{k.slug}" role="menuitem">{esc(k.name)}</a></li>'
                for k in kids
            ) + "\n</ul>"
        items.append(
            f'<li class="{cls}" id="layout_{lay.layout_id}"{aria} role="presentation">'
            f'<a aria-labelledby="layout_{lay.layout_id}" aria-haspopup="{popup}" href="{b}{G}/{lay.slug}" '
            f'role="menuitem"><span> {esc(lay.name)}</span></a>{sub}</li>'
        )
    return (
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation">\n'
        '<h1 class="hide-accessible">Điều hướng</h1>\n'
        '<ul aria-label="Trang web" role="menubar">\n' + "\n".join(items) + "\n</ul>\n</nav>"
    )


def breadcrumb(req: Request, current: str) -> str:
    b = base_url(req)
    chain = []
    lay = LAYOUTS[current]
    while lay:
        chain.insert(0, lay)
        lay = LAYOUTS.get(lay.parent) if lay.parent else None
    items = [
        f'<li class="first breadcrumb-truncate"><a href="{b}{G}" >Trường THPT Nguyễn Huệ</a>'
        '<span class="divider">/</span></li>'
    ]
    for n, lay in enumerate(chain):
        last = n == len(chain) - 1
        cls = "active last breadcrumb-truncate" if last else "current-parent breadcrumb-truncate"
        div = "" if last else '<span class="divider">/</span>'
        items.append(f'<li class="{cls}"><a href="{b}{G}/{lay.slug}" >{esc(lay.name)}</a>{div}</li>')
    return (
        '<nav id="breadcrumbs"><h1><span>Bạn đang ở đây</span></h1>'
        '<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">'
        + "".join(items) + "</ul></nav>"
    )


def search_form(req: Request) -> str:
    b = base_url(req)
    return (
        f'<form action="{b}{G}/trang-chu" class="form-search" method="get" name="_3_fm" onSubmit="_3_search(); return false;">'
        '<input name="p_p_id" type="hidden" value="3" /><input name="p_p_lifecycle" type="hidden" value="0" />'
        '<input name="p_p_state" type="hidden" value="maximized" /><input name="p_p_mode" type="hidden" value="view" />'
        '<input name="_3_struts_action" type="hidden" value="/search/search" />'
        '<input name="_3_groupId" type="hidden" value="0" />'
        '<input class="search-query span9" id="_3_keywords" name="_3_keywords" placeholder="Tìm kiếm..." '
        'size="20" title="Tìm kiếm" type="text" value="" />'
        f'<input align="absmiddle" border="0" class="search-button" src="{THEME}/images/common/search.png" '
        'title="Tìm kiếm" type="image" /></form>'
    )


DOCS = {
    31520: ("Lịch kiểm tra cuối học kỳ I năm học 2026-2027", "Lich kiem tra HKI 2026-2027.pdf",
            "Lịch kiểm tra tập trung các môn Toán, Ngữ văn, Tiếng Anh khối 10, 11, 12.", "118 KB",
            "2026-11-30 16:05"),
    31533: ("Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm 2027", "KH HKPD cap truong 2027.pdf",
            "Kế hoạch số 121/KH-THPTNH về tổ chức Hội khỏe Phù Đổng cấp trường.", "204 KB",
            "2026-11-18 10:22"),
    31547: ("Quy chế chi tiêu nội bộ năm 2026 (sửa đổi)", "Quy che chi tieu noi bo 2026.pdf",
            "Ban hành kèm theo Quyết định số 87/QĐ-THPTNH ngày 12/10/2026 của Hiệu trưởng.", "356 KB",
            "2026-10-12 14:40"),
}
DOC_PATHS = {fid: dl_path(DOC_FOLDER, d[1]) for fid, d in DOCS.items()}


def sidebar(req: Request) -> str:
    docs = "\n".join(
        f'<li><a href="{a(file_entry_url(fid))}">{esc(d[0])}</a> <span class="nh-ngaynho">({dmy(d[4][:10])})</span></li>'
        for fid, d in sorted(DOCS.items(), key=lambda kv: kv[1][4], reverse=True)
    )
    return f"""
<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-borderless portlet-journal-content" id="p_p_id_56_INSTANCE_sbVbM0iXq2Lp_">
<div class="portlet-borderless-container" style=""><div class="portlet-body">
<div class="nh-khoi-td">Văn bản mới</div>
<div class="journal-content-article"><ul class="nh-vbmoi">
{docs}
</ul><p class="nh-xemthem"><a href="{G}/van-ban">Xem tất cả văn bản »</a></p></div>
</div></div></div>

<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-borderless portlet-journal-content" id="p_p_id_56_INSTANCE_lkWeb7Hd3NaQ_">
<div class="portlet-borderless-container" style=""><div class="portlet-body">
<div class="nh-khoi-td">Liên kết website</div>
<div class="journal-content-article">
<p><a href="https://www.moet.gov.vn" target="_blank"><img alt="Bộ Giáo dục và Đào tạo" src="/image/journal/article?img_id=31902&amp;t=1762012800000" style="width: 100%;" /></a></p>
<p><a href="https://phuyen.edu.vn" target="_blank"><img alt="Sở Giáo dục và Đào tạo Phú Yên" src="/image/journal/article?img_id=31904&amp;t=1762012800000" style="width: 100%;" /></a></p>
<select onchange="if (this.value) window.open(this.value);" style="width: 100%;">
<option value="">-- Liên kết khác --</option>
<option value="https://thisinh.thitotnghiepthpt.edu.vn">Cổng thông tin thi tốt nghiệp THPT</option>
<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option>
<option value="https://www.phuyen.gov.vn">Cổng TTĐT tỉnh Phú Yên</option>
</select>
</div></div></div></div>

<div class="portlet-boundary portlet-boundary_59_ portlet-static portlet-static-end portlet-polls-display" id="p_p_id_59_INSTANCE_pOlLk4Re8sTu_">
<section class="portlet" id="portlet_59_INSTANCE_pOlLk4Re8sTu"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Thăm dò ý kiến</span></h1></header>
<div class="portlet-content"><div class=" portlet-content-container" style=""><div class="portlet-body">
<form action="{G}/trang-chu?p_auth=kM3vPq8R&amp;p_p_id=59_INSTANCE_pOlLk4Re8sTu&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_59_INSTANCE_pOlLk4Re8sTu_struts_action=%2Fpolls_display%2Fview" method="post" name="_59_INSTANCE_pOlLk4Re8sTu_fm">
<input name="_59_INSTANCE_pOlLk4Re8sTu_questionId" type="hidden" value="31310" />
<p><strong>Bạn quan tâm nhất đến thông tin nào trên website?</strong></p>
<label class="radio"><input name="_59_INSTANCE_pOlLk4Re8sTu_choiceId" type="radio" value="31311" /> a. Tin tức - sự kiện</label>
<label class="radio"><input name="_59_INSTANCE_pOlLk4Re8sTu_choiceId" type="radio" value="31312" /> b. Thông báo, lịch kiểm tra</label>
<label class="radio"><input name="_59_INSTANCE_pOlLk4Re8sTu_choiceId" type="radio" value="31313" /> c. Văn bản, biểu mẫu</label>
<button class="btn" type="submit">Bình chọn</button>
</form>
</div></div></div></section></div>

<div class="nh-thongke" id="nh-thongke">
<div class="nh-khoi-td">Thống kê truy cập</div>
<ul><li>Đang online: <b>23</b></li><li>Hôm nay: <b>418</b></li><li>Tháng này: <b>2.906</b></li><li>Tổng truy cập: <b>1.286.905</b></li></ul>
</div>
"""


def footer() -> str:
    return """<footer id="footer" role="contentinfo">
<div class="nh-chanttrang">
<p><strong>TRƯỜNG THPT NGUYỄN HUỆ - THÀNH PHỐ TUY HÒA - TỈNH PHÚ YÊN</strong></p>
<p>Địa chỉ: Số 64 Nguyễn Huệ, Phường 5, thành phố Tuy Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: 0257.3823.416 - Fax: 0257.3823.417 - Email: thptnguyenhue.tuyhoa@phuyen.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Phạm Văn Thành</p>
<p>© 2014 - 2026 Trường THPT Nguyễn Huệ. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>
<p class="powered-by">Thiết kế bởi Công ty TNHH Giải pháp phần mềm Sao Việt | Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</footer>"""


def page(req: Request, layout: str, main: str, *, title: str | None = None, canonical: str | None = None,
         portlet_ids: tuple[str, ...] = ()) -> Response:
    lay = LAYOUTS[layout]
    b = base_url(req)
    onload = "\n".join(
        f"\tLiferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', "
        f"namespacedId: 'p_p_id_{pid}_', portletId: '{pid}', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet"
        f"\\x3fp_l_id\\x3d{lay.plid}\\x26p_p_id\\x3d{pid}\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0"
        f"\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_isolated\\x3d1'}});"
        for pid in portlet_ids
    )
    body = f"""{head(req, title or f"{lay.name} - Trường THPT Nguyễn Huệ", canonical or f"{G}/{layout}", lay.plid, lay.layout_id)}
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">

<a href="#main-content" id="skip-to-content">Bỏ qua tới nội dung</a>

<div class="container-fluid" id="wrapper">
	<header id="banner" role="banner">
		<div class="nh-dongtren">
			<span class="nh-ngayht"><i class="icon-calendar"></i> {TODAY_LINE}</span>
			<span class="nh-hotline">Đường dây nóng: 0257.3823.416</span>
			<div class="nh-timkiem portlet-search" id="p_p_id_3_">{search_form(req)}</div>
		</div>
		<div id="heading">
			<h1 class="site-title">
				<a class="logo custom-logo" href="{b}{G}" title="Đi tới Trường THPT Nguyễn Huệ">
					<img alt="Trường THPT Nguyễn Huệ" height="120" src="/image/layout_set_logo?img_id=20907&amp;t=1764316800000" width="980" />
				</a>
				<span class="site-name" title="Đi tới Trường THPT Nguyễn Huệ">Trường THPT Nguyễn Huệ</span>
			</h1>
		</div>
		{nav(req, layout)}
	</header>

	<div id="content">
		{breadcrumb(req, layout)}
		<div class="row-fluid">
			<div class="span9" id="nh-cottrai">
{main}
			</div>
			<aside class="span3" id="nh-cotphai">
{sidebar(req)}
			</aside>
		</div>
	</div>

{footer()}
</div>

<script type="text/javascript">
// <![CDATA[
	Liferay.Util.addInputFocus();
	Liferay.Portlet.runtimePortletIds = ['3', '56_INSTANCE_sbVbM0iXq2Lp', '56_INSTANCE_lkWeb7Hd3NaQ', '59_INSTANCE_pOlLk4Re8sTu'];
{onload}
	AUI().use('aui-base', 'liferay-menu', 'liferay-navigation-interaction', 'liferay-poller', function(A) {{
		new Liferay.Menu();
		Liferay.Poller.init({{encryptedUserId: '', supportsComet: false}});
	}});
// ]]>
</script>
<script src="{b}{THEME}/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6205&amp;t=1764316800000" type="text/javascript"></script>
</body>

</html>"""
    return html(body)


def portlet(pid: str, title: str, body: str, klass: str, icons: str = "") -> str:
    base = pid.split("_INSTANCE_")[0]
    return f"""<div class="portlet-boundary portlet-boundary_{base}_ portlet-static portlet-static-end portlet-{klass} " id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<header class="portlet-topper">
<h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1>
<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar">{icons}</menu>
</header>
<div class="portlet-content"><div class=" portlet-content-container" style=""><div class="portlet-body">
{body}
</div></div></div>
</section>
</div>"""


def wcd(pid: str, inner: str) -> str:
    return f"""<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-borderless portlet-journal-content " id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<div class="portlet-borderless-container" style=""><div class="portlet-body">
<div class="journal-content-article">
{inner}
</div>
<div class="entry-links"></div>
</div></div>
</div>"""


def columns_1(portlets: str, maximized: bool = False) -> str:
    cls = "columns-max" if maximized else "columns-1"
    return f"""<div class="{cls}" id="main-content" role="main">
<div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-only span12" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">
{portlets}
</div></div></div>
</div>"""


# --- DDL pieces ---------------------------------------------------------------------------------


def card(s: Story, url: str, more: str) -> str:
    """A card: the title and thumbnail link the record's bare URL (the contractor typed it in the
    template), "Xem tiếp" the portlet URL that carries the list view as ``_redirect``."""
    thumb = f"{s.opts['thumb']}?imageThumbnail=1" if s.opts["thumb"] else NO_IMAGE
    d = shown_date(s)
    return f"""<div class="row-fluid nh-the" data-rid="{s.opts['rid']}">
	<div class="span4 nh-the-anh"><a href="{a(url)}"><img alt="" src="{a(thumb)}" /></a></div>
	<div class="span8 nh-the-nd">
		<h4 class="nh-the-td"><a href="{a(url)}">{title_html(s)}</a></h4>
		<div class="nh-the-ngay"><i class="icon-time"></i> <b>{d[8:10]}</b>/{d[5:7]}/{d[:4]}</div>
		<p class="nh-the-mota">{teaser(s)}</p>
		<a class="nh-the-xt" href="{a(more)}">Xem tiếp &raquo;</a>
	</div>
</div>"""


def pager(view: ListView) -> str:
    rs, ns = view.rs, f"_{view.rs.inst}_"
    total = len(records_of(rs))
    first, last = (view.cur - 1) * view.delta + 1, min(total, view.cur * view.delta)

    def link(label: str, cur: int | None, cls: str) -> str:
        href = "javascript:;" if cur is None else a(list_url(rs, cur, view.delta))
        dis = " disabled" if cur is None else ""
        return f'<li class="{cls}{dis}"><a href="{href}">{label}</a></li>'

    pages = "\n".join(
        f'<li class="" role="presentation"><a href="{a(list_url(rs, p, view.delta))}" class="taglib-icon" '
        f'id="{ns}kldx_menu_page_{p}" role="menuitem"><span class="taglib-text-icon">{p}</span></a></li>'
        for p in range(1, view.pages + 1)
    )
    deltas = "\n".join(
        f'<li class="" role="presentation"><a href="{a(list_url(rs, 1, d))}" class="taglib-icon" '
        f'id="{ns}kldx_menu_delta_{d}" role="menuitem"><span class="taglib-text-icon">{d}</span></a></li>'
        for d in DELTAS if d != view.delta
    )
    cur = view.cur
    return f"""<div class="taglib-page-iterator" id="{ns}ocerSearchContainerPageIterator">
<div class="clearfix lfr-pagination">
<div class="lfr-pagination-config">
<div class="lfr-pagination-page-selector">
<div class="btn-group lfr-icon-menu current-page-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" id="{ns}kldx_menu_page" title="Trang {cur} / {view.pages}"><span class="lfr-icon-menu-text">Trang {cur} / {view.pages}</span> <i class="caret"></i></a>
<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">
{pages}
</ul></div>
</div>
<div class="lfr-pagination-delta-selector">
<div class="btn-group lfr-icon-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" id="{ns}kldx_menu_delta" title="{view.delta} Mục mỗi Trang"><span class="lfr-icon-menu-text">{view.delta} Mục mỗi Trang</span> <i class="caret"></i></a>
<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">
{deltas}
</ul></div>
</div>
</div>
<small class="search-results">Hiển thị {first} - {last} trong {total} kết quả.</small>
<ul class="pager lfr-pagination-buttons">
{link("&larr; Đầu", 1 if cur > 1 else None, "first")}
{link("Trước", cur - 1 if cur > 1 else None, "")}
{link("Tiếp", cur + 1 if cur < view.pages else None, "")}
{link("Cuối &rarr;", view.pages if cur < view.pages else None, "last")}
</ul>
</div>
</div>"""


def list_body(view: ListView) -> str:
    rs = view.rs
    cards = "\n".join(
        card(s, record_url(rs.layout, rs.inst, s.opts["rid"]), record_url(rs.layout, rs.inst, s.opts["rid"], view.url))
        for s in view.records
    )
    total = len(records_of(rs))
    foot = pager(view) if total > 6 else (
        f'<div class="taglib-page-iterator"><small class="search-results">Hiển thị {total} kết quả.</small></div>'
    )
    return f"""<div class="nh-ds-tin" id="_{rs.inst}_nhDanhSach">
{cards}
</div>
{foot}"""


def record_body(req: Request, s: Story, layout: str, inst: str, back: str) -> str:
    o = s.opts
    date_line = weekday_line(o["ngay"]) if o["ngay"] else stamp_line(o["tao"])
    tomtat = text(s.summary) if (s.summary and s.sapo_outside) else ""
    tacgia = (
        f'<p class="nh-ct-tg" style="text-align: right;"><span class="nh-nhan">Tác giả:</span> '
        f"<strong>{text(o['tacgia'])}</strong></p>" if o["tacgia"] else ""
    )
    rs = SETS[o["set"]]
    others = [x for x in records_of(rs) if x is not s][:4]
    tinkhac = "\n".join(
        f'<li><a href="{a(record_url(rs.layout, rs.inst, x.opts["rid"]))}">{title_html(x)}</a> '
        f'<span class="nh-ngaynho">({dmy(shown_date(x))})</span></li>'
        for x in others
    )
    share = quote(base_url(req) + record_url(rs.layout, rs.inst, o["rid"]), safe="")
    ns = f"_{inst}_"
    return f"""<div class="taglib-header ">
<span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{a(back)}" id="{ns}TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>
<h3 class="header-title"><span>Xem Tin tức</span></h3>
</div>
<div class="nh-ddl-hienthi" id="{ns}nhRecord{o['rid']}">
<h4 class="nh-ct-td">{title_html(s)}</h4>
<dl class="nh-ct-tt dl-horizontal">
<dt>Ngày đăng:</dt><dd>{date_line}</dd>
</dl>
<div class="nh-ct-tomtat well well-small"><span class="nh-nhan">Tóm tắt:</span> <strong>{tomtat}</strong></div>
<div class="nh-ct-nd">
{render_noidung(s)}
</div>
{tacgia}
<div class="nh-ct-cc">
<span class="nh-nguoinhap">Người nhập: nh.quantri</span> - <span class="nh-capnhat">Cập nhật lần cuối: {stamp_line(o['sua'])}</span>
<span class="nh-congcu"><a href="javascript:window.print();"><i class="icon-print"></i> In bài</a> |
<a href="mailto:?subject={quote(s.title)}&amp;body={share}"><i class="icon-envelope"></i> Gửi email</a> |
<a class="nh-fb" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank"><i class="icon-facebook"></i> Chia sẻ</a></span>
</div>
</div>
<div class="nh-tinkhac">
<h4 class="nh-tk-td">Các tin khác</h4>
<ul>
{tinkhac}
</ul>
</div>"""


def print_icon(req: Request, layout: str, inst: str, rid: int) -> str:
    url = base_url(req) + print_url(layout, inst, rid)
    return (
        f'<span class="portlet-icons"><a class="taglib-icon" href="javascript:location.href = &#39;{a(url)}&#39;;" '
        f'id="_{inst}_print" title="In"><i class="icon-print"></i> '
        '<span class="taglib-text hide-accessible">In</span></a></span>'
    )


# --- page builders -----------------------------------------------------------------------------

WELCOME = wcd("56_INSTANCE_wLc0mE4nH9uE", """<p style="text-align: justify;"><strong>Chào mừng quý thầy cô, quý phụ huynh và các em học sinh đến với Cổng thông tin điện tử Trường THPT Nguyễn Huệ!</strong></p>
<p style="text-align: justify;">Trải qua 50 năm xây dựng và phát triển, Trường THPT Nguyễn Huệ luôn là một trong những địa chỉ giáo dục tin cậy của thành phố Tuy Hòa. Trang thông tin là nơi nhà trường cập nhật hoạt động dạy và học, thông báo và văn bản đến cán bộ, giáo viên, học sinh và cha mẹ học sinh.</p>""")


def notices_box() -> str:
    b_rec = BY_RID[31249]
    tt = SETS["tt"]
    return wcd("56_INSTANCE_tB4oK7nQs2Wd", f"""<div class="nh-khoi-td">Thông báo</div>
<marquee direction="up" height="150" onmouseout="this.start()" onmouseover="this.stop()" scrollamount="2">
<p><img alt="" src="{THEME}/images/custom/new.gif" /> <a href="{a(record_url(tt.layout, tt.inst, 31249, list_url(tt)))}">{esc(b_rec.title)}</a></p>
<p><img alt="" src="{THEME}/images/custom/new.gif" /> <a href="{a(file_entry_url(31533))}">Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm 2027</a></p>
<p>Lịch tiếp công dân của Hiệu trưởng: sáng thứ Hai hằng tuần, tại phòng Hiệu trưởng.</p>
<p>Cha mẹ học sinh tra cứu điểm tại <a href="https://vnedu.vn" target="_blank">vnEdu</a>.</p>
</marquee>""")


def home_page(req: Request, record: Story | None = None) -> Response:
    if record is None:
        latest = home_records()
        first, rest = latest[0], latest[1:]
        thumb = f"{first.opts['thumb']}?imageThumbnail=1" if first.opts["thumb"] else NO_IMAGE
        body = f"""<div class="nh-tinmoi">
<div class="nh-tm-noibat"><a href="{a(home_record_url(first.opts['rid']))}"><img alt="" src="{a(thumb)}" /></a>
<h3 class="nh-tm-td"><a href="{a(home_record_url(first.opts['rid']))}">{title_html(first)}</a></h3>
<p>{teaser(first)}</p></div>
<ul class="nh-tm-ds">
""" + "\n".join(
            f'<li><a href="{a(home_record_url(s.opts["rid"]))}">{title_html(s)}</a> '
            f'<span class="nh-ngaynho">{dmy(shown_date(s))}</span></li>'
            for s in rest
        ) + f"""
</ul>
<p class="nh-xemtatca"><a href="{G}/tin-tuc">Xem tất cả &raquo;</a></p>
</div>"""
        icons = ""
    else:
        body = record_body(req, record, "trang-chu", HOME_INST, f"{G}/trang-chu")
        icons = print_icon(req, "trang-chu", HOME_INST, record.opts["rid"])
    ddl = portlet(HOME_INST, "Tin mới", body, "dynamic-data-list-display", icons)
    main = f"""<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{WELCOME}
{ddl}
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{notices_box()}
</div></div>
</div>
</div>"""
    return page(req, "trang-chu", main, portlet_ids=("56_INSTANCE_wLc0mE4nH9uE", HOME_INST, "56_INSTANCE_tB4oK7nQs2Wd"))


SET_TITLES = {"tt": "Tin tức", "cm": "Hoạt động chuyên môn", "dtn": "Đoàn Thanh niên"}


def list_page(req: Request, view: ListView) -> Response:
    rs = view.rs
    p = portlet(rs.inst, SET_TITLES[rs.key], list_body(view), "dynamic-data-list-display")
    return page(req, rs.layout, columns_1(p), portlet_ids=(rs.inst,))


def record_page(req: Request, rs: RecordSet, s: Story, state: str, back: str | None) -> Response:
    body = record_body(req, s, rs.layout, rs.inst, back or f"{G}/{rs.layout}")
    if state == "pop_up":
        lay = LAYOUTS[rs.layout]
        markup = f"""{head(req, f"{lay.name} - Trường THPT Nguyễn Huệ", f"{G}/{rs.layout}", lay.plid, lay.layout_id)}
<body class="portal-popup yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div class="portlet-boundary portlet-boundary_169_ portlet-static portlet-static-end portlet-dynamic-data-list-display " id="p_p_id_{rs.inst}_">
<div class="portlet-body">
{body}
</div></div>
<script type="text/javascript">
// <![CDATA[
	print();
// ]]>
</script>
</body>
</html>"""
        return html(markup)
    icons = print_icon(req, rs.layout, rs.inst, s.opts["rid"])
    p = portlet(rs.inst, SET_TITLES[rs.key], body, "dynamic-data-list-display", icons)
    return page(req, rs.layout, columns_1(p, maximized=state == "maximized"), portlet_ids=(rs.inst,))


INTRO = """<h2 style="text-align: center;">TRƯỜNG THPT NGUYỄN HUỆ - 50 NĂM XÂY DỰNG VÀ PHÁT TRIỂN</h2>
<p style="text-align: justify;">Trường THPT Nguyễn Huệ được thành lập năm 1976 trên cơ sở Trường cấp III Tuy Hòa, là một trong những trường trung học phổ thông đầu tiên của tỉnh Phú Yên sau ngày giải phóng. Trường mang tên người anh hùng áo vải Tây Sơn - Quang Trung Nguyễn Huệ.</p>
<p style="text-align: justify;">Năm học 2026-2027, nhà trường có 36 lớp với 1.342 học sinh; 96 cán bộ, giáo viên, nhân viên, trong đó 38 thạc sĩ. Trường đạt chuẩn quốc gia mức độ 1 năm 2019 và được Chủ tịch nước tặng Huân chương Lao động hạng Nhì năm 2016.</p>
<p style="text-align: justify;">Sứ mệnh của nhà trường: xây dựng môi trường học tập thân thiện, kỷ cương, chất lượng; giúp mỗi học sinh phát triển toàn diện và có năng lực thích ứng với cuộc sống.</p>"""

STRUCTURE = """<h2>Cơ cấu tổ chức</h2>
<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>
<tr><th>Chức vụ</th><th>Họ và tên</th><th>Điện thoại</th></tr>
<tr><td>Hiệu trưởng</td><td>Phạm Văn Thành</td><td>0905.412.338</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>Nguyễn Văn Hiếu</td><td>0914.226.570</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>Trần Thị Bích Ngọc</td><td>0983.115.642</td></tr>
<tr><td>Chủ tịch Công đoàn</td><td>Đặng Văn Quý</td><td>0935.807.219</td></tr>
<tr><td>Bí thư Đoàn trường</td><td>Huỳnh Tấn Lộc</td><td>0388.540.117</td></tr>
</tbody></table>
<p>Các tổ chuyên môn: Toán - Tin; Vật lí - Công nghệ; Sinh - Hóa; Ngữ văn; Lịch sử - Địa lí - GDKT&amp;PL; Ngoại ngữ; Thể dục - QPAN; Văn phòng.</p>"""

CONTACT = """<h2>Liên hệ</h2>
<p><strong>TRƯỜNG THPT NGUYỄN HUỆ</strong></p>
<p>Địa chỉ: Số 64 Nguyễn Huệ, Phường 5, thành phố Tuy Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: 0257.3823.416 (Văn phòng) - 0257.3823.417 (Fax)</p>
<p>Email: <a href="mailto:thptnguyenhue.tuyhoa@phuyen.edu.vn">thptnguyenhue.tuyhoa@phuyen.edu.vn</a></p>
<p>Giờ làm việc: sáng 7h00 - 11h00, chiều 13h30 - 17h00 các ngày trong tuần (trừ Chủ nhật).</p>
<p><iframe frameborder="0" height="320" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3902.1!2d109.3!3d13.09" style="border:0" width="100%"></iframe></p>"""


def wcd_page(req: Request, layout: str, inner: str) -> Response:
    pid = {"gioi-thieu": "56_INSTANCE_gT1oQ8hMv3Xe", "co-cau-to-chuc": "56_INSTANCE_cC9aU2tZo4Lk",
           "lien-he": "56_INSTANCE_lH5eN6pRw1Ys"}[layout]
    return page(req, layout, columns_1(wcd(pid, inner)), portlet_ids=(pid,))


def docs_page(req: Request) -> Response:
    rows = "\n".join(
        f"""<tr class="lfr-entry"><td class="table-cell first"><a href="{a(file_entry_url(fid))}"><img alt="" src="/html/themes/classic/images/file_system/small/pdf.png" /> {esc(d[0])}</a></td>
<td class="table-cell">{d[3]}</td><td class="table-cell">{stamp_line(d[4])}</td>
<td class="table-cell last"><a href="{a(DOC_PATHS[fid])}?version=1.0&amp;download=true">Tải về</a></td></tr>"""
        for fid, d in sorted(DOCS.items(), key=lambda kv: kv[1][4], reverse=True)
    )
    body = f"""<div class="lfr-search-container"><div class="results-grid">
<table class="table table-bordered table-hover table-striped"><thead class="table-columns"><tr>
<th class="table-first-header">Tiêu đề</th><th>Kích thước</th><th>Ngày tải lên</th><th class="table-last-header">Tải về</th></tr></thead>
<tbody class="table-data">
{rows}
</tbody></table></div>
<div class="taglib-page-iterator"><small class="search-results">Hiển thị {len(DOCS)} kết quả.</small></div></div>"""
    p = portlet("20", "Văn bản - Biểu mẫu", body, "document-library")
    return page(req, "van-ban", columns_1(p), portlet_ids=("20",))


def file_entry_page(req: Request, fid: int) -> Response:
    title, fname, desc, size, uploaded = DOCS[fid]
    path = DOC_PATHS[fid]
    body = f"""<div class="taglib-header ">
<span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{G}/van-ban" id="_20_TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>
<h3 class="header-title"><span>{esc(title)}</span></h3>
</div>
<div class="view"><div class="body-row">
<div class="lfr-asset-summary"><span class="user-date">Tải lên bởi nh.quantri, {stamp_line(uploaded)}</span></div>
<div class="lfr-asset-description">{esc(desc)}</div>
<div class="file-entry-preview"><img alt="" class="preview-file" src="{a(path)}?version=1.0&amp;previewFileIndex=1" /></div>
<div class="lfr-asset-panels"><dl><dt>Tên tệp</dt><dd>{esc(fname)}</dd><dt>Phiên bản</dt><dd>1.0</dd><dt>Kích thước</dt><dd>{size}</dd></dl></div>
<p><a class="btn btn-primary" href="{a(path)}?version=1.0&amp;download=true"><i class="icon-download"></i> Tải về ({size})</a></p>
</div></div>"""
    p = portlet("20", "Văn bản - Biểu mẫu", body, "document-library")
    return page(req, "van-ban", columns_1(p, maximized=True), portlet_ids=("20",))


def search_page(req: Request, layout: str, keywords: str) -> Response:
    body = f"""<div class="search-results"><p class="portlet-msg-info alert alert-info">Không tìm thấy kết quả nào phù hợp với <strong>{esc(keywords)}</strong>.</p>
<p>Gợi ý: kiểm tra lại chính tả hoặc thử từ khóa khác.</p></div>"""
    p = portlet("3", "Tìm kiếm", body, "search")
    return page(req, layout, columns_1(p, maximized=True), portlet_ids=("3",))


# --- the site -----------------------------------------------------------------------------------


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class Site:
    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path == "/":
            return redirect(START_PATH)
        if path in FILES:
            ctype, data = FILES[path]
            if any(k in req.params for k in ("imageThumbnail", "previewFileIndex", "imagePreview")):
                ctype, data = "image/jpeg", _JPEG
            return Response(200, data, {"Content-Type": ctype, "Cache-Control": "max-age=86400"})
        if path == "/c/document_library/get_file":
            if req.params.get("uuid") == LEGACY_UUID:
                return Response(200, _JPEG, {"Content-Type": "image/jpeg"})
            return None
        if path in ("/image/layout_set_logo", "/image/journal/article", "/image/company_logo"):
            return Response(200, _JPEG, {"Content-Type": "image/png"})
        if path.startswith((THEME + "/", "/html/")):
            if path.endswith(".jsp"):
                return Response(200, b"/* barebone */", {"Content-Type": "application/javascript"})
            return static_file(path)
        if path == G:
            return home_page(req)
        if not path.startswith(G + "/"):
            return None
        layout = path[len(G) + 1:]
        if layout not in LAYOUTS:
            return None
        return self.layout(req, layout)

    def layout(self, req: Request, layout: str) -> Response | None:
        params = req.params
        pid = params.get("p_p_id")
        if not pid:
            if req.query and any(k.startswith("_") for k in params):
                return None
            return self.default(req, layout)
        if pid.startswith("59_INSTANCE_") and params.get("p_p_lifecycle") == "1":
            return redirect(f"{G}/{layout}")
        if pid == "3" and params.get("_3_struts_action") == "/search/search":
            return search_page(req, layout, params.get("_3_keywords", ""))
        if pid == "20" and layout == "van-ban":
            if params.get("_20_struts_action") == "/document_library/view_file_entry":
                fid = _int(params.get("_20_fileEntryId"))
                return file_entry_page(req, fid) if fid in DOCS else None
            return None
        rs = next((r for r in SETS.values() if r.inst == pid and r.layout == layout), None)
        if pid == HOME_INST and layout == "trang-chu":
            rs = SETS["tt"]
        if rs is None:
            return None
        ns = f"_{pid}_"
        action = params.get(ns + "struts_action")
        state = params.get("p_p_state", "normal")
        if action == "/dynamic_data_list_display/view_record":
            s = BY_RID.get(_int(params.get(ns + "recordId")) or 0)
            if s is None or s.opts["set"] != rs.key or state not in ("normal", "maximized", "pop_up"):
                return None
            if pid == HOME_INST:
                if state == "pop_up":
                    return record_page(req, rs, s, "pop_up", f"{G}/trang-chu")
                return home_page(req, s)
            return record_page(req, rs, s, state, params.get(ns + "redirect"))
        if action or pid == HOME_INST:
            return None if action else home_page(req)
        cur, delta = _int(params.get(ns + "cur", "1")), _int(params.get(ns + "delta", "6"))
        view = make_view(rs, cur or 0, delta or 0)
        return list_page(req, view) if view else None

    def default(self, req: Request, layout: str) -> Response | None:
        if layout == "trang-chu":
            return home_page(req)
        rs = next((r for r in SETS.values() if r.layout == layout), None)
        if rs:
            return list_page(req, make_view(rs, 1, 6, plain=True))
        if layout == "van-ban":
            return docs_page(req)
        inner = {"gioi-thieu": INTRO, "co-cau-to-chuc": STRUCTURE, "lien-he": CONTACT}[layout]
        return wcd_page(req, layout, inner)


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def alt_paths_of(s: Story) -> list[str]:
    rs, rid = SETS[s.opts["set"]], s.opts["rid"]
    alts = [record_url(rs.layout, rs.inst, rid, v.url) for v in linked_views(rs) if s in v.records]
    alts.append(print_url(rs.layout, rs.inst, rid))
    if rs.key == "tt" and s in home_records():
        alts += [home_record_url(rid), print_url("trang-chu", HOME_INST, rid)]
    return alts


def _gold(s: Story) -> dict:
    rs = SETS[s.opts["set"]]
    clean = record_url(rs.layout, rs.inst, s.opts["rid"])
    return gold_record(s, clean, s.cat, canonical_path=clean, alt_paths=alt_paths_of(s))


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    f"{G}/gioi-thieu",
    f"{G}/co-cau-to-chuc",
    f"{G}/lien-he",
    file_entry_url(31520),
    file_entry_url(31533),
    file_entry_url(31547),
]
