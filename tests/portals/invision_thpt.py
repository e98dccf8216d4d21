"""Invision Community 4 (IPS 4.7) as an upper-secondary school's community site: the Pages
application's "Tin tức" database is the news section, the Forums application beside it hosts the
discussions (each commented article has a forum topic that holds its comments).

Institution: "Cộng đồng THPT Hoàng Hoa Thám" — the community site of Trường THPT Hoàng Hoa Thám,
phường Nha Trang, tỉnh Khánh Hòa (fictional). Today is Thứ Bảy, 05/12/2026, 11:05 (+07:00).

URL scheme (IPS friendly URLs, absolute links built from the Host header, trailing slashes)
- ``/``                                   Pages home page built from blocks (featured carousel,
                                          newest records, notices, newest forum topics)
- ``/tin-tuc/``  ``?page=N``              database index, blog-style rows with truncated text,
                                          5 records a page (3 pages)
- ``/tin-tuc/<category>/`` ``?page=N``    category listing, ``ipsDataList`` rows, 3 a page
- ``/tin-tuc/<category>/<id>-<slug>/``    one record (article); ``?page=2`` = its comments'
                                          second page (the whole article again);
                                          ``?do=getLastComment`` 302 -> ``#comments``;
                                          wrong slug/category or no trailing slash -> 301
- ``/index.php?/tin-tuc/...``             the un-rewritten form an old forum post links to -> 301
- ``/forums/``, ``/forums/forum/<id>-<slug>/``, ``/forums/topic/<id>-<slug>/``
- ``/tags/<tag>/`` (tags may be Vietnamese, percent-encoded in links), ``/profile/<id>-<name>/``
- ``/files/``, ``/files/file/<id>-<slug>/`` (Downloads: document entries), ``?do=download``
- ``/gallery/``, ``/gallery/album/<id>-<slug>/``, ``/video/``, ``/gioi-thieu/``, ``/contact/``
- ``/login/``, ``/register/``, ``/search/``, ``/rss/1-tin-tuc-moi.xml/``
- ``/uploads/...`` images, ``/applications/core/interface/file/attachment.php?id=N`` (PDF)

Page templates: every HTML page has the IPS chrome (``#ipsLayout_header`` with a theme top bar
printing today's date, ``ipsNavBar_primary`` with ``data-ipsmenu`` drop-downs, ``ipsBreadcrumb``
top and bottom, ``#ipsLayout_sidebar`` widgets: announcement, newest records, most-read, poll,
links, visitor counter, footer with address). A record page: ``h1.ipsType_pageTitle``, the
"Bởi <account>, <time> trong <category>" line, the record image field, an optional "Mô tả ngắn"
field, ``section.ipsType_richText`` with the text, custom fields ("Người viết", "Nguồn tin"),
tags, reactions/share bar, then the comment feed (5 a page) and the reply box.

How each gold article is reached (hoat-dong-nha-truong has 5 records, 3 a page)
- 140, 138, 137, 135, 133, 131: home "Tin mới nhất", /tin-tuc/ page 1-2, their category page 1
- 128, 127, 124, 121, 119: /tin-tuc/ page 2-3 and their category page 1 (127 also on the home
  notices block, 124/128 in the most-read widget)
- 117, 109: only /tin-tuc/?page=3 and /tin-tuc/hoat-dong-nha-truong/?page=2

Traps
1. UTC ``<time>``: every date is ``<time datetime='…Z' title='dd/mm/yyyy HH:MM'>`` with a
   relative or year-less visible text ("2 giờ trước", "Thứ Năm lúc 19:30", "20 Tháng 11").
   Record 131 was posted 20/11 06:40 local = 19/11 23:40Z, so the UTC day is the day before.
   Gold: the local time with +07:00 ("2026-11-20T06:40:00+07:00").
2. Midnight set by hand: record 109's date picker gave 09/10/2026 00:00 (17:00Z on 08/10).
   Gold: the day alone, "2026-10-09" (not 10-08, not a time).
3. JSON-LD ``Article`` (and ``og:updated_time``) in the head names the CMS account
   ("bientap_hht", "vanphong_hht") as author, gives "+0000" dates and a ``text`` that is the
   whole content stripped of tags (bylines, captions, letterhead included). Gold: authors come
   from the printed byline / "Người viết" field / signer; the account is nobody.
4. Lazy-loaded photos: ``src`` is ``/applications/core/interface/js/spacer.png``, the photo is
   in ``data-src`` (the ``.thumb.`` file) inside an ``ipsAttachLink_image`` to the full-size file.
   Gold: one image per photo, its path the ``data-src``; spacer, avatars, the listing thumbnail
   of the record image and the sidebar thumbnails are no article images.
5. Forum mirror: each commented record has a topic in "Bình luận bài viết" with the same title
   (135's under its old title), whose first post repeats the opening paragraphs and first photo
   with "Xem toàn bộ bài viết". Gold: topics are not articles (topic 58 is in NON_ARTICLES).
6. Comments under the record are printed with the very markup of the text
   (``div[data-role=commentContent].ipsType_richText``, quotes with ``ipsQuote``). Gold: the body
   ends with the section; comments, "Tham gia cuộc thảo luận" and reactions are not body.
7. Comment pages: 131 has 6 comments, 5 a page: ``?page=2`` prints the whole article again with
   its own canonical (``…/?page=2``) and "Trang 2" in the <title>. Gold: an alt_path of 131.
8. Custom fields after the text: "Người viết: ThS. Nguyễn Đức Thịnh", "Tác giả: ThS. Phạm Thị
   Thu Hà – Tổ trưởng tổ Ngữ văn", "Nguồn tin: Báo Khánh Hòa điện tử". Gold: authors without
   degree and post, source from "Nguồn tin"; "Đơn vị" field is no author.
9. Spoiler and quote boxes in the text: ``ipsSpoiler`` ("Nội dung ẩn" header, contents hidden
   until clicked) holds 124's results; ``ipsQuote`` ("Trích dẫn" citation) holds quotations.
   Gold: their paragraphs are body, the header/citation words are not.
10. Official notice (137): letterhead table, "THÔNG BÁO / Về việc …", a "Nơi nhận" / signer
    table and a PDF attachment line; the record was posted 01/12 07:45. Gold: date = the
    letterhead day "2026-11-30", author = the signer "Lê Thị Ngọc Hân", none of those lines body.
11. Word paste (127): ``MsoNormal`` paragraphs, ``mso-list:Ignore`` markers ("1.", "a)") that are
    no text, "- " typed by the editor that is text; ``<o:p>`` tags.
12. Decomposed Unicode (133 typed with a "Unicode tổ hợp" keyboard): body, captions and byline
    in NFD, title in NFC. Gold: NFC text.
13. Text that looks like chrome and chrome that looks like text: 121 has a body sentence "Theo
    đồng chí Bí thư Đoàn trường, …" before the real closing "Theo Báo Khánh Hòa"; 124 ends with
    IPS's edit note "Sửa lần cuối <time> bởi bientap_hht / Bổ sung kết quả môn kéo co" inside the
    content section; 128 prints "Cập nhật <time>" beside its date; 138 a "Xem thêm:" line.
    Gold: 121's sentence is body and source "Báo Khánh Hòa"; the edit note and "Cập nhật" date
    are neither body nor date; "Xem thêm:" is not body.

Gold decisions on ambiguous points
- The record image field ("ảnh đại diện", printed above the text in full size, its ``.thumb.``
  variant used in listings) is the article's first photo, without caption (131, 124, 117).
- An image's path is its ``data-src`` (what the ``<img>`` shows), not the lightbox target.
- "Tin: ThS. Trần Thị Lan – Ảnh: Đặng Minh Khôi" -> [Trần Thị Lan] / [Đặng Minh Khôi];
  "Tin: Lê Bảo Ngọc (lớp 11A3) – Ảnh: CLB Truyền thông HHT" -> [Lê Bảo Ngọc] / [CLB Truyền
  thông HHT]; "Tin, ảnh: Nguyễn Hoàng Phúc (Bí thư Đoàn trường)" -> the name in both; photos
  each credited "Ảnh: Hoàng Vũ" (124) -> photographers [Hoàng Vũ], captions None; "BBT" (109)
  -> nobody; a unit signing alone ("Tổ Văn phòng", "Tổ Khoa học Tự nhiên") is the author.
- 135's "Mô tả ngắn" field printed in bold italics above the text is the sapo (summary and
  first body paragraph); bold first paragraphs (138, 131, 117, 109) are sapos too.
- A table row is a paragraph with its cells joined by " | "; a cell spanning two columns is
  one cell ("Cộng | 34 | 2 | 6 | 9 | 10").
- Footnote calls printed "[1]" in a ``<sup>`` stay glued in their sentence; the "Chú thích"
  heading and its entries are body (128).
- Emoji typed in titles, text and comments are kept as printed.
- Category = the breadcrumb's category name ("Đoàn – Hội" with its en dash).
- Not articles: forum topics, tag pages, profiles, the Downloads entry, the gallery album, the
  video page, the intro and contact pages, listings, RSS.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from urllib.parse import quote, unquote

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

NAME = "invision_thpt"
PLATFORM = "Invision Community 4 (IPS 4.7): Pages database as news, Forums for comments"
START_PATH = "/"

TZ = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 12, 5, 11, 5, tzinfo=TZ)
SITE = "Cộng đồng THPT Hoàng Hoa Thám"
SCHOOL = "Trường THPT Hoàng Hoa Thám"
CSRF = "7c1e04a9f3b25d86e0a4c9d2b1f7e358"
SPACER = "/applications/core/interface/js/spacer.png"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _t(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=TZ)


def _hash(name: str) -> str:
    return hashlib.md5(name.encode("utf-8")).hexdigest()


def _up(month: str, name: str, ext: str = "jpg", thumb: bool = True) -> str:
    """An IPS upload path: ``/uploads/monthly_2026_11/NAME.thumb.jpg.<md5>.jpg``."""
    mid = f".thumb.{ext}" if thumb else f".{ext}"
    return f"/uploads/monthly_{month}/{name}{mid}.{_hash(name)}.{ext}"


def _full(path: str) -> str:
    return path.replace(".thumb.", ".")


def _thumb(path: str) -> str:
    head, _, rest = path.partition(".jpg.")
    return f"{head}.thumb.jpg.{rest}" if rest else path


# --- categories, accounts ---------------------------------------------------------------------

CATEGORIES = {
    "hoat-dong-nha-truong": (
        1,
        "Hoạt động nhà trường",
        "Tin tức về các hoạt động giáo dục, phong trào thi đua của nhà trường.",
    ),
    "doan-hoi": (2, "Đoàn – Hội", "Hoạt động của Đoàn Thanh niên và Hội Học sinh."),
    "chuyen-mon": (4, "Chuyên môn – Học tập", "Chuyên đề, kết quả học tập, thi học sinh giỏi."),
    "thong-bao": (3, "Thông báo", "Thông báo, kế hoạch của nhà trường gửi học sinh, phụ huynh."),
}
CAT_PER_PAGE = 3
INDEX_PER_PAGE = 5
COMMENTS_PER_PAGE = 5

ACCOUNTS = {
    "bientap_hht": (3, "Ban biên tập", 412, _t(2019, 8, 20)),
    "vanphong_hht": (7, "Ban biên tập", 96, _t(2019, 9, 3)),
    "minhkhoa_11a3": (214, "Thành viên", 38, _t(2025, 9, 12)),
    "thuylinh_12a1": (251, "Thành viên", 57, _t(2024, 10, 2)),
}


def _profile(name: str) -> str:
    return f"/profile/{ACCOUNTS[name][0]}-{name.replace('_', '')}/"


# --- the articles -------------------------------------------------------------------------------


def _byline(inner: str) -> Raw:
    return Raw(f'<p style="text-align:right;"><strong>{inner}</strong></p>')


S140 = Story(
    id=140,
    slug="lop-11a3-gianh-ngoi-vo-dich-chung-ket-rung-chuong-vang-khoi-11-nam-2026",
    title="🎉 Lớp 11A3 giành ngôi vô địch Chung kết “Rung chuông vàng” khối 11 năm 2026",
    cat="doan-hoi",
    published_at="2026-12-05T08:20:00+07:00",
    blocks=[
        P(
            "Sáng 04/12, tại sân trường, Đoàn trường THPT Hoàng Hoa Thám đã tổ chức vòng chung kết "
            "cuộc thi “Rung chuông vàng” dành cho học sinh khối 11 với chủ đề “Tự hào tuổi trẻ "
            "Khánh Hòa” 🔔. Tham gia vòng chung kết có 100 thí sinh đến từ 10 lớp, được chọn ra qua "
            "vòng loại tổ chức trong các tiết sinh hoạt lớp."
        ),
        Img(
            _up("2026_12", "IMG_4521"),
            "Các thí sinh tập trung trả lời câu hỏi trên sân trường.",
            "Các thí sinh tập trung trả lời câu hỏi trên sân trường.",
            "ips",
        ),
        P(
            "Bộ câu hỏi gồm 25 câu thuộc các lĩnh vực lịch sử, địa lí địa phương, pháp luật, an toàn "
            "giao thông và kiến thức xã hội. Sau mỗi câu hỏi, thí sinh trả lời sai phải rời sàn thi; "
            "ban tổ chức dành hai lần “cứu trợ” bằng các bạn cổ động viên của các lớp."
        ),
        P(
            "Trải qua hơn 2 giờ tranh tài sôi nổi, em Trần Gia Huy, lớp 11A3 là thí sinh duy nhất "
            "vượt qua câu hỏi số 25 và rung tiếng chuông vàng, mang về danh hiệu vô địch cho tập thể "
            "lớp 😍. Giải Nhì thuộc về em Nguyễn Thảo My (11A1), giải Ba thuộc về em Phạm Quốc Bảo "
            "(11A5)."
        ),
        Img(
            _up("2026_12", "IMG_4588"),
            "Thầy Hiệu trưởng Nguyễn Văn Hòa trao giải Nhất cho em Trần Gia Huy (lớp 11A3).",
            "Thầy Hiệu trưởng Nguyễn Văn Hòa trao giải Nhất cho em Trần Gia Huy (lớp 11A3).",
            "ips",
        ),
        P(
            "Phát biểu bế mạc, đồng chí Bí thư Đoàn trường ghi nhận tinh thần học tập nghiêm túc của "
            "các em và mong muốn cuộc thi tiếp tục được tổ chức cho khối 10 trong học kì II."
        ),
        _byline("Tin: Lê Bảo Ngọc (lớp 11A3) – Ảnh: CLB Truyền thông HHT"),
    ],
    authors=["Lê Bảo Ngọc"],
    photographers=["CLB Truyền thông HHT"],
    opts={
        "posted": _t(2026, 12, 5, 8, 20),
        "account": "bientap_hht",
        "tags": ["đoàn viên"],
        "topic": 63,
    },
)

S138 = Story(
    id=138,
    slug="hoi-nghi-cha-me-hoc-sinh-giua-hoc-ki-i-nam-hoc-2026-2027",
    title="Hội nghị cha mẹ học sinh giữa học kì I năm học 2026 – 2027",
    cat="hoat-dong-nha-truong",
    published_at="2026-12-03T19:30:00+07:00",
    blocks=[
        P(
            "Tối 02/12/2026, Trường THPT Hoàng Hoa Thám tổ chức hội nghị cha mẹ học sinh giữa học kì "
            "I tại 36 lớp học, nhằm thông tin kết quả học tập, rèn luyện của học sinh và thống nhất "
            "các biện pháp phối hợp giữa nhà trường và gia đình.",
            "lead",
        ),
        P("Kết quả giữa học kì I", "h"),
        P(
            "Theo báo cáo của Ban Giám hiệu, sau nửa học kì, tỉ lệ học sinh có kết quả học tập từ "
            "mức Khá trở lên đạt 78,6%; không có học sinh bị kỉ luật. Một số lớp còn tình trạng học "
            "sinh đi học muộn, sử dụng điện thoại trong giờ học không đúng mục đích."
        ),
        P("Khối | Số học sinh | Tốt | Khá | Đạt | Chưa đạt", "tr"),
        P("Khối 10 | 512 | 142 | 251 | 113 | 6", "tr"),
        P("Khối 11 | 498 | 151 | 239 | 104 | 4", "tr"),
        P("Khối 12 | 476 | 173 | 212 | 91 | 0", "tr"),
        P("Một số nội dung phối hợp", "h"),
        P("Thực hiện nghiêm quy định về sử dụng điện thoại di động trong trường học;", "ul"),
        P("Phụ huynh theo dõi kết quả học tập của con qua ứng dụng vnEdu Connect;", "ul"),
        P(
            "Tăng cường phối hợp phòng, chống tai nạn thương tích, đuối nước và bạo lực học đường.",
            "ul",
        ),
        P(
            "Các ý kiến của phụ huynh được giáo viên chủ nhiệm tổng hợp, gửi về Văn phòng trước ngày "
            "06/12/2026.",
            "br",
        ),
        P("Ban Giám hiệu sẽ trả lời bằng văn bản tại hội nghị cuối học kì I."),
        Img(
            _up("2026_12", "hoi-nghi-cmhs-10a2"),
            "Cô Nguyễn Thị Mai, giáo viên chủ nhiệm lớp 10A2 trao đổi với phụ huynh",
            "Cô Nguyễn Thị Mai, giáo viên chủ nhiệm lớp 10A2 trao đổi với phụ huynh",
            "ips-grey",
        ),
        Raw("@@XEMTHEM:137@@"),
        Raw('<p style="text-align:right;"><em><strong>Tổ Văn phòng</strong></em></p>'),
    ],
    authors=["Tổ Văn phòng"],
    summary=(
        "Tối 02/12/2026, Trường THPT Hoàng Hoa Thám tổ chức hội nghị cha mẹ học sinh giữa học kì "
        "I tại 36 lớp học, nhằm thông tin kết quả học tập, rèn luyện của học sinh và thống nhất "
        "các biện pháp phối hợp giữa nhà trường và gia đình."
    ),
    opts={"posted": _t(2026, 12, 3, 19, 30), "account": "vanphong_hht"},
)

_LETTERHEAD_137 = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">
<tbody>
<tr>
<td style="width:42%;text-align:center;vertical-align:top;"><span style="font-size:13px;">SỞ GIÁO DỤC VÀ ĐÀO TẠO KHÁNH HÒA</span><br>
<strong><span style="font-size:13px;">TRƯỜNG THPT HOÀNG HOA THÁM</span></strong><br>
<span style="font-size:13px;">Số: 412/TB-THPTHHT</span></td>
<td style="width:58%;text-align:center;vertical-align:top;"><strong><span style="font-size:13px;">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span></strong><br>
<strong><u><span style="font-size:13px;">Độc lập - Tự do - Hạnh phúc</span></u></strong><br>
<em><span style="font-size:13px;">Khánh Hòa, ngày 30 tháng 11 năm 2026</span></em></td>
</tr>
</tbody>
</table>
<p style="text-align:center;">&nbsp;</p>
<p style="text-align:center;"><strong><span style="font-size:16px;">THÔNG BÁO</span></strong><br>
<strong>Về việc tổ chức kiểm tra cuối học kì I năm học 2026 – 2027</strong></p>"""

_CLOSING_137 = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">
<tbody>
<tr>
<td style="width:50%;vertical-align:top;"><strong><em><span style="font-size:12px;">Nơi nhận:</span></em></strong><br>
<span style="font-size:11px;">- Các tổ chuyên môn;<br>
- GVCN các lớp;<br>
- Website trường;<br>
- Lưu: VT.</span></td>
<td style="width:50%;text-align:center;vertical-align:top;"><strong>KT. HIỆU TRƯỞNG<br>
PHÓ HIỆU TRƯỞNG</strong><br>
<br>
<em>(Đã ký)</em><br>
<br>
<strong>Lê Thị Ngọc Hân</strong></td>
</tr>
</tbody>
</table>
<p><a class="ipsAttachLink" data-fileext="pdf" data-fileid="532" href="@@BASE@@/applications/core/interface/file/attachment.php?id=532" rel="">TB_412_KiemTraCuoiHKI_2026-2027.pdf</a></p>"""

S137 = Story(
    id=137,
    slug="thong-bao-ve-viec-to-chuc-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức kiểm tra cuối học kì I năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD_137),
        P(
            "Căn cứ Kế hoạch số 215/KH-THPTHHT ngày 05/9/2026 của Trường THPT Hoàng Hoa Thám về kế "
            "hoạch giáo dục nhà trường năm học 2026 – 2027;",
            "j",
        ),
        P(
            "Căn cứ Công văn số 2871/SGDĐT-GDTrH ngày 20/11/2026 của Sở Giáo dục và Đào tạo về việc "
            "hướng dẫn kiểm tra, đánh giá cuối học kì I;",
            "j",
        ),
        P("Nhà trường thông báo lịch kiểm tra cuối học kì I năm học 2026 – 2027 như sau:", "j"),
        P("1. Thời gian, hình thức", "h"),
        P(
            "- Kiểm tra tập trung các môn Ngữ văn, Toán, Tiếng Anh theo đề chung của trường từ ngày "
            "21/12 đến ngày 24/12/2026.",
            "j",
        ),
        P(
            "- Các môn còn lại do tổ chuyên môn tổ chức kiểm tra trong tiết học theo thời khóa biểu, "
            "hoàn thành trước ngày 19/12/2026.",
            "j",
        ),
        P("2. Lịch kiểm tra tập trung", "h"),
        P("Ngày | Buổi sáng | Buổi chiều", "tr"),
        P("21/12/2026 | Ngữ văn khối 12 (90 phút) | Ngữ văn khối 10, 11 (90 phút)", "tr"),
        P("22/12/2026 | Toán khối 12 (90 phút) | Toán khối 10, 11 (90 phút)", "tr"),
        P("23/12/2026 | Tiếng Anh khối 12 (60 phút) | Tiếng Anh khối 10, 11 (60 phút)", "tr"),
        P("24/12/2026 | Dự phòng | Dự phòng", "tr"),
        P("3. Tổ chức thực hiện", "h"),
        P(
            "Giáo viên chủ nhiệm phổ biến thông báo này đến học sinh và cha mẹ học sinh; học sinh có "
            "mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút, mang theo thẻ học sinh.",
            "j",
        ),
        P(
            "Trong quá trình thực hiện, nếu có vướng mắc, các bộ phận báo cáo về Phó Hiệu trưởng phụ "
            "trách chuyên môn để được hướng dẫn./.",
            "j",
        ),
        Raw(_CLOSING_137),
    ],
    authors=["Lê Thị Ngọc Hân"],
    opts={"posted": _t(2026, 12, 1, 7, 45), "account": "vanphong_hht"},
)

S135 = Story(
    id=135,
    slug="truong-thpt-hoang-hoa-tham-co-27-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
    title=(
        "Trường THPT Hoàng Hoa Thám có 27 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh "
        "lớp 12"
    ),
    cat="chuyen-mon",
    published_at="2026-11-27T16:00:00+07:00",
    summary=(
        "Với 2 giải Nhất, 6 giải Nhì, 9 giải Ba và 10 giải Khuyến khích, nhà trường đứng thứ ba "
        "toàn tỉnh trong khối các trường THPT không chuyên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027 diễn ra trong hai ngày 12 "
            "và 13/11/2026 với 1.146 thí sinh dự thi ở 11 môn. Ngày 26/11, Sở Giáo dục và Đào tạo "
            "đã công bố kết quả chính thức."
        ),
        P(
            "Trường THPT Hoàng Hoa Thám có 34 học sinh dự thi, 27 em đạt giải, tỉ lệ 79,4%. Các môn "
            "có thành tích nổi bật là Toán, Hóa học và Ngữ văn."
        ),
        P("TT | Môn | Số dự thi | Nhất | Nhì | Ba | KK", "tr"),
        P("1 | Toán | 5 | 1 | 2 | 1 | 1", "tr"),
        P("2 | Hóa học | 4 | 1 | 1 | 1 | 1", "tr"),
        P("3 | Ngữ văn | 5 | 0 | 2 | 2 | 1", "tr"),
        P("4 | Tiếng Anh | 6 | 0 | 1 | 2 | 2", "tr"),
        P("5 | Vật lí | 4 | 0 | 0 | 1 | 2", "tr"),
        P("6 | Lịch sử | 5 | 0 | 0 | 1 | 2", "tr"),
        P("7 | Tin học | 5 | 0 | 0 | 1 | 1", "tr"),
        P("Cộng | 34 | 2 | 6 | 9 | 10", "tr"),
        P(
            "Hai em đạt giải Nhất là Võ Ngọc Minh Thư (12A1, môn Toán) và Lê Hoàng Nam (12A2, môn "
            "Hóa học). Đây là năm thứ ba liên tiếp nhà trường có học sinh đạt giải Nhất môn Toán."
        ),
        Img(
            _up("2026_11", "doi-tuyen-hsg-12"),
            "Đội tuyển học sinh giỏi lớp 12 chụp ảnh lưu niệm cùng Ban Giám hiệu",
            "Đội tuyển học sinh giỏi lớp 12 chụp ảnh lưu niệm cùng Ban Giám hiệu",
            "ips",
        ),
        P(
            "Nhà trường sẽ tổ chức tuyên dương, khen thưởng các em học sinh đạt giải và giáo viên "
            "bồi dưỡng vào tiết chào cờ ngày 07/12/2026."
        ),
    ],
    authors=["Nguyễn Đức Thịnh"],
    opts={
        "posted": _t(2026, 11, 27, 16, 0),
        "account": "bientap_hht",
        "fields": [("Người viết", "ThS. Nguyễn Đức Thịnh"), ("Đơn vị", "Tổ Toán – Tin")],
        "topic": 60,
    },
)

S133 = Story(
    id=133,
    slug="tuoi-tre-hoang-hoa-tham-ra-quan-chu-nhat-xanh-lam-sach-bai-bien-hon-chong",
    title="Tuổi trẻ Hoàng Hoa Thám ra quân “Chủ nhật xanh” làm sạch bãi biển Hòn Chồng",
    cat="doan-hoi",
    published_at="2026-11-22T15:10:00+07:00",
    blocks=[
        P(
            "Hưởng ứng Chiến dịch “Chủ nhật xanh” do Tỉnh đoàn phát động, sáng Chủ nhật 22/11/2026, "
            "Đoàn trường THPT Hoàng Hoa Thám đã tổ chức cho hơn 300 đoàn viên, thanh niên ra quân "
            "làm sạch bãi biển khu vực Hòn Chồng, phường Bắc Nha Trang.",
            "j",
        ),
        Img(
            _up("2026_11", "chu-nhat-xanh-01"),
            "(Đoàn viên chi đoàn 12A4 thu gom rác thải nhựa dọc bờ biển)",
            "Đoàn viên chi đoàn 12A4 thu gom rác thải nhựa dọc bờ biển",
            "ips",
        ),
        P(
            "Các chi đoàn được phân công phụ trách từng đoạn bờ biển dài khoảng 50 mét, thu gom rác "
            "thải, phân loại rác nhựa để chuyển đến điểm tập kết của phường. Sau hơn 3 giờ làm việc, "
            "các bạn đã thu gom gần 1,2 tấn rác các loại.",
            "j",
        ),
        P(
            "Bên cạnh hoạt động ra quân, Đoàn trường tổ chức trò chơi “Đổi rác lấy cây” và phát 500 "
            "tờ rơi tuyên truyền người dân, du khách không xả rác xuống biển.",
            "j",
        ),
        Img(
            _up("2026_11", "chu-nhat-xanh-02"),
            "Các đoàn viên trao cây xanh cho người dân trong trò chơi “Đổi rác lấy cây”",
            "Các đoàn viên trao cây xanh cho người dân trong trò chơi “Đổi rác lấy cây”",
            "table",
        ),
        P(
            "Hoạt động được duy trì định kì vào Chủ nhật cuối cùng mỗi tháng, góp phần xây dựng thói "
            "quen sống xanh, bảo vệ môi trường cho đoàn viên, thanh niên nhà trường.",
            "j",
        ),
        _byline("Tin, ảnh: Nguyễn Hoàng Phúc (Bí thư Đoàn trường)"),
    ],
    authors=["Nguyễn Hoàng Phúc"],
    photographers=["Nguyễn Hoàng Phúc"],
    opts={
        "posted": _t(2026, 11, 22, 15, 10),
        "account": "bientap_hht",
        "tags": ["đoàn viên"],
        "nfd": True,
    },
)

S131 = Story(
    id=131,
    slug="trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20111982-20112026",
    title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-20T06:40:00+07:00",
    blocks=[
        Img(_up("2026_11", "le-ky-niem-20-11-cover", thumb=False), None, None, "cover"),
        P(
            "Sáng 19/11, Trường THPT Hoàng Hoa Thám long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam và tổng kết đợt thi đua chào mừng ngày 20/11, với sự tham dự của đại diện "
            "lãnh đạo Sở Giáo dục và Đào tạo, Ban đại diện cha mẹ học sinh cùng toàn thể giáo viên, "
            "học sinh nhà trường.",
            "lead",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Văn Hòa, Hiệu trưởng nhà trường ôn lại truyền thống "
            "vẻ vang của ngành Giáo dục Việt Nam và những thành tích nổi bật của tập thể sư phạm nhà "
            "trường trong năm học 2025 – 2026: tỉ lệ tốt nghiệp THPT đạt 99,8%, 41 học sinh đạt giải "
            "học sinh giỏi cấp tỉnh, 2 đề tài nghiên cứu khoa học kĩ thuật đạt giải cấp quốc gia.",
            "j",
        ),
        Img(
            _up("2026_11", "DSC_0912"),
            "Thầy Nguyễn Văn Hòa, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "Thầy Nguyễn Văn Hòa, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "ips",
        ),
        P(
            "Trong đợt thi đua, toàn trường đã có 42 tiết dạy tốt được Hội đồng chuyên môn đánh giá "
            "xếp loại Giỏi, 36 chuyên đề ngoại khóa và hàng trăm bài báo tường của học sinh gửi tặng "
            "thầy cô.",
            "j",
        ),
        P("Thầy Hiệu trưởng nhấn mạnh:", "j"),
        P(
            "Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để các em học sinh "
            "noi theo.",
            "quote",
        ),
        P(
            "Dịp này, Công đoàn nhà trường đã trao Giấy khen cho 12 giáo viên có thành tích xuất sắc "
            "trong đợt thi đua; Ban đại diện cha mẹ học sinh trao 20 suất học bổng “Tiếp bước đến "
            "trường” cho học sinh có hoàn cảnh khó khăn vượt khó học tốt.",
            "j",
        ),
        Img(
            _up("2026_11", "DSC_0987"),
            "Ban đại diện cha mẹ học sinh trao học bổng cho học sinh có hoàn cảnh khó khăn",
            "Ban đại diện cha mẹ học sinh trao học bổng cho học sinh có hoàn cảnh khó khăn",
            "ips",
        ),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các chi đoàn dàn dựng, gửi gắm "
            "lòng biết ơn sâu sắc của các thế hệ học sinh đến thầy cô giáo.",
            "j",
        ),
        _byline("Tin: ThS. Trần Thị Lan – Ảnh: Đặng Minh Khôi"),
    ],
    authors=["Trần Thị Lan"],
    photographers=["Đặng Minh Khôi"],
    summary=(
        "Sáng 19/11, Trường THPT Hoàng Hoa Thám long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam và tổng kết đợt thi đua chào mừng ngày 20/11, với sự tham dự của đại diện "
        "lãnh đạo Sở Giáo dục và Đào tạo, Ban đại diện cha mẹ học sinh cùng toàn thể giáo viên, "
        "học sinh nhà trường."
    ),
    opts={
        "posted": _t(2026, 11, 20, 6, 40),
        "account": "bientap_hht",
        "tags": ["20-11", "nhà giáo"],
        "topic": 58,
        "featured": True,
    },
)

S128 = Story(
    id=128,
    slug="chuyen-de-day-hoc-doc-hieu-van-ban-theo-the-loai-trong-mon-ngu-van-lop-10",
    title="Chuyên đề: Dạy học đọc hiểu văn bản theo thể loại trong môn Ngữ văn lớp 10",
    cat="chuyen-mon",
    published_at="2026-11-14T10:20:00+07:00",
    blocks=[
        P("1. Đặt vấn đề", "h3"),
        P(
            "Chương trình giáo dục phổ thông môn Ngữ văn năm 2018 tổ chức nội dung dạy học theo các "
            "thể loại văn bản, yêu cầu học sinh nắm được cách đọc từng kiểu văn bản thay vì ghi nhớ "
            "nội dung tác phẩm.[1] Đây là thay đổi căn bản so với chương trình trước đây.",
            "fn",
        ),
        P(
            "Qua dự giờ, tổ Ngữ văn nhận thấy nhiều tiết học vẫn nặng về giảng bình, học sinh ít "
            "được tự đọc và trình bày cách hiểu của mình.",
            "fn",
        ),
        P("2. Một số biện pháp", "h3"),
        P(
            "Xây dựng phiếu học tập theo đặc trưng thể loại (truyện, thơ, kí, văn bản nghị luận) để "
            "học sinh chuẩn bị trước ở nhà;",
            "ol",
        ),
        P(
            "Tổ chức cho học sinh đọc mở rộng văn bản cùng thể loại ngoài sách giáo khoa, trình bày "
            "trong “Câu lạc bộ đọc”;",
            "ol",
        ),
        P(
            "Sử dụng câu hỏi phân hóa theo ba mức: nhận biết, thông hiểu và vận dụng.[2]",
            "ol",
        ),
        P("3. Kết quả bước đầu", "h3"),
        P(
            "Sau một năm áp dụng tại 6 lớp khối 10, tỉ lệ học sinh đạt điểm từ 6,5 trở lên ở phần "
            "đọc hiểu trong bài kiểm tra cuối kì tăng 14% so với các lớp đối chứng.",
            "fn",
        ),
        Raw('<hr style="width:33%;text-align:left;margin-left:0;">'),
        P("Chú thích", "h"),
        P(
            "[1] Bộ Giáo dục và Đào tạo, Chương trình giáo dục phổ thông môn Ngữ văn (ban hành kèm "
            "theo Thông tư số 32/2018/TT-BGDĐT), tr. 5.",
            "fnnote",
        ),
        P(
            "[2] Theo thang đánh giá của Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020.",
            "fnnote",
        ),
    ],
    authors=["Phạm Thị Thu Hà"],
    opts={
        "posted": _t(2026, 11, 14, 10, 20),
        "updated": _t(2026, 11, 16, 8, 5),
        "account": "bientap_hht",
        "fields": [("Tác giả", "ThS. Phạm Thị Thu Hà – Tổ trưởng tổ Ngữ văn")],
        "tags": ["nhà giáo"],
    },
)

S127 = Story(
    id=127,
    slug="ke-hoach-to-chuc-ngay-hoi-stem-nam-hoc-2026-2027",
    title="Kế hoạch tổ chức “Ngày hội STEM” năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-11-12T09:00:00+07:00",
    blocks=[
        P(
            "Nhằm tạo môi trường cho học sinh vận dụng kiến thức liên môn Toán, Vật lí, Hóa học, "
            "Sinh học, Tin học và Công nghệ vào giải quyết các vấn đề thực tiễn, nhà trường xây dựng "
            "kế hoạch tổ chức “Ngày hội STEM” năm học 2026 – 2027 như sau:",
            "word",
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", "wordh"),
        P(
            "Phát triển năng lực tự học, làm việc nhóm và tư duy sáng tạo của học sinh.",
            "wordli:1.",
        ),
        P(
            "Lựa chọn các sản phẩm tiêu biểu tham dự Cuộc thi khoa học kĩ thuật cấp tỉnh.",
            "wordli:2.",
        ),
        P("II. NỘI DUNG VÀ THỜI GIAN", "wordh"),
        P("- Thời gian: từ 7 giờ 30 ngày 19/12/2026 (thứ Bảy) tại nhà đa năng.", "word"),
        P(
            "- Mỗi lớp đăng kí tối thiểu 01 sản phẩm STEM, gửi bản mô tả về tổ Khoa học Tự nhiên "
            "trước ngày 10/12/2026.",
            "word",
        ),
        P(
            "- Sản phẩm được đánh giá theo 4 tiêu chí: tính mới, tính khoa học, tính ứng dụng và "
            "khả năng trình bày.",
            "word",
        ),
        P("III. KHEN THƯỞNG", "wordh"),
        P("01 giải Nhất, 02 giải Nhì, 03 giải Ba và các giải Khuyến khích.", "wordli:a)"),
        P(
            "Giải “Sản phẩm được yêu thích nhất” do học sinh bình chọn trực tiếp tại ngày hội.",
            "wordli:b)",
        ),
        Img(_up("2026_11", "poster-ngay-hoi-STEM-2026", "png", thumb=False), None, None, "plain"),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><i><span '
            'style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">Tổ Khoa học Tự '
            "nhiên<o:p></o:p></span></i></b></p>"
        ),
    ],
    authors=["Tổ Khoa học Tự nhiên"],
    opts={
        "posted": _t(2026, 11, 12, 9, 0),
        "account": "vanphong_hht",
        "pinned": True,
    },
)

_RESULTS_124 = [
    "Bóng đá nam: Nhất 12A2, Nhì 11A6, Ba 10A1.",
    "Bóng chuyền nữ: Nhất 11A3, Nhì 12A5, Ba 12A1.",
    "Cầu lông đôi nam nữ: Nhất Nguyễn Minh Đức – Trần Khánh Linh (12A1), Nhì Lê Văn Tài – Phan "
    "Thu Trang (11A2).",
    "Kéo co: Nhất 10A4, Nhì 12A3, Ba 11A1.",
]

S124 = Story(
    id=124,
    slug="soi-noi-hoi-khoe-phu-dong-cap-truong-nam-2026",
    title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm 2026",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-08T07:05:00+07:00",
    blocks=[
        Img(_up("2026_11", "hkpd-2026-cover", thumb=False), None, None, "cover"),
        P(
            "Từ ngày 02 đến ngày 07/11/2026, Trường THPT Hoàng Hoa Thám tổ chức Hội khỏe Phù Đổng "
            "cấp trường với 4 môn thi đấu: bóng đá nam, bóng chuyền nữ, cầu lông và kéo co, thu hút "
            "gần 600 vận động viên là học sinh của 36 lớp tham gia."
        ),
        Img(_up("2026_11", "IMG_20261103_081522"), "Ảnh: Hoàng Vũ", None, "ips"),
        P(
            "Các trận đấu diễn ra trong tinh thần fair-play, đoàn kết. Trận chung kết bóng đá nam "
            "giữa 12A2 và 11A6 thu hút đông đảo cổ động viên với tỉ số chung cuộc 2 – 1 nghiêng về "
            "các anh chị khối 12."
        ),
        Img(_up("2026_11", "IMG_20261105_153040"), "Ảnh: Hoàng Vũ", None, "ips"),
        P("Kết quả chi tiết các môn thi đấu:"),
        *[P(line, "spoiler") for line in _RESULTS_124],
        P(
            "Qua hội thao, nhà trường lựa chọn 28 vận động viên tiêu biểu để thành lập đội tuyển "
            "tham dự Hội khỏe Phù Đổng tỉnh Khánh Hòa lần thứ XI năm 2027."
        ),
        Raw("@@EDITNOTE@@"),
    ],
    authors=["Võ Thành Trung"],
    photographers=["Hoàng Vũ"],
    opts={
        "posted": _t(2026, 11, 8, 7, 5),
        "account": "bientap_hht",
        "fields": [("Người viết", "Võ Thành Trung")],
        "edit": (_t(2026, 11, 9, 16, 20), "bientap_hht", "Bổ sung kết quả môn kéo co"),
        "featured": True,
    },
)

S121 = Story(
    id=121,
    slug="hoi-thi-thu-linh-thanh-nien-nam-2026-noi-doan-vien-the-hien-ban-linh",
    title="Hội thi “Thủ lĩnh thanh niên” năm 2026: Nơi đoàn viên thể hiện bản lĩnh",
    cat="doan-hoi",
    published_at="2026-11-03T20:45:00+07:00",
    blocks=[
        P(
            "Tối 01/11, Đoàn trường THPT Hoàng Hoa Thám tổ chức vòng chung kết Hội thi “Thủ lĩnh "
            "thanh niên” năm 2026 với sự tham gia của 6 thí sinh là bí thư, phó bí thư chi đoàn xuất "
            "sắc nhất qua hai vòng sơ khảo."
        ),
        P(
            "Các thí sinh lần lượt trải qua ba phần thi: giới thiệu bản thân, xử lí tình huống trong "
            "công tác Đoàn và hùng biện về vai trò của thanh niên trong chuyển đổi số. Nhiều phần thi "
            "gây ấn tượng với ban giám khảo nhờ cách nêu vấn đề sắc sảo, giàu cảm xúc."
        ),
        Img(
            _up("2026_11", "thu-linh-thanh-nien-2026", thumb=False),
            "Thí sinh Đặng Thùy Linh trong phần thi hùng biện",
            "Thí sinh Đặng Thùy Linh trong phần thi hùng biện",
            "plain",
        ),
        Raw(
            '<div class="ipsEmbeddedVideo" contenteditable="false"><div><iframe allowfullscreen="" '
            'frameborder="0" height="270" src="https://www.youtube-nocookie.com/embed/q3Xb7hKp0Ts?'
            'feature=oembed" width="480"></iframe></div></div>'
        ),
        P("Em Đặng Thùy Linh, Bí thư chi đoàn 12A1, người giành giải Nhất chia sẻ:"),
        P(
            "Em mong mỗi đoàn viên đều dám nghĩ, dám làm, biến những ý tưởng nhỏ trong lớp học "
            "thành các công trình thanh niên có ích cho cộng đồng.",
            "quote",
        ),
        P(
            "Giải Nhì thuộc về em Hồ Minh Quân (11A2), giải Ba thuộc về em Ngô Phương Anh (12A3). "
            "Ban tổ chức cũng trao giải “Thủ lĩnh được yêu thích” cho em Trần Nhật Hào (10A5) qua "
            "bình chọn trực tuyến."
        ),
        P(
            "Theo đồng chí Bí thư Đoàn trường, hội thi là dịp để phát hiện, bồi dưỡng những cán bộ "
            "Đoàn trẻ có năng lực, bổ sung nguồn cán bộ kế cận cho Đoàn trường."
        ),
        Raw('<p style="text-align:right;"><strong>Hải Lăng</strong></p>'),
        Raw('<p style="text-align:right;"><em>Theo Báo Khánh Hòa</em></p>'),
    ],
    authors=["Hải Lăng"],
    source="Báo Khánh Hòa",
    opts={
        "posted": _t(2026, 11, 3, 20, 45),
        "account": "bientap_hht",
        "tags": ["đoàn viên"],
    },
)

S119 = Story(
    id=119,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-vat-li-dong-nang-the-nang",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Vật lí: “Động năng. Thế năng”",
    cat="chuyen-mon",
    published_at="2026-10-29T14:00:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học, chiều 28/10/2026, tổ "
            "Vật lí – Công nghệ tổ chức dự giờ tiết dạy minh họa bài “Động năng. Thế năng” (Vật lí "
            "10, bộ sách Kết nối tri thức với cuộc sống) do cô Huỳnh Thị Kim Chi thực hiện tại lớp "
            "10A6.",
            "j",
        ),
        Img(
            _up("2026_10", "ncbh-vat-li-10a6"),
            "Học sinh lớp 10A6 làm thí nghiệm khảo sát sự chuyển hóa giữa động năng và thế năng",
            "Học sinh lớp 10A6 làm thí nghiệm khảo sát sự chuyển hóa giữa động năng và thế năng",
            "table",
        ),
        P(
            "Tiết dạy được thiết kế theo mô hình 5E, học sinh làm việc theo nhóm với bộ thí nghiệm "
            "con lắc và máng nghiêng, tự rút ra mối liên hệ giữa độ cao, vận tốc và năng lượng của "
            "vật.",
            "j",
        ),
        P(
            "Trong phần thảo luận, các giáo viên dự giờ tập trung quan sát hoạt động học của học sinh "
            "thay vì đánh giá giáo viên: nhóm nào gặp khó khăn, vì sao; câu hỏi nào giúp học sinh "
            "tiến bộ. Từ đó, tổ thống nhất điều chỉnh phiếu học tập và thời lượng hoạt động thực "
            "nghiệm.",
            "j",
        ),
        P(
            "Thông qua buổi sinh hoạt, các thành viên trong tổ có thêm kinh nghiệm tổ chức dạy học "
            "phát triển năng lực, tạo không khí cởi mở, tin tưởng trong sinh hoạt chuyên môn.",
            "j",
        ),
    ],
    authors=["Đỗ Minh Tuấn"],
    opts={
        "posted": _t(2026, 10, 29, 14, 0),
        "account": "bientap_hht",
        "fields": [("Người viết", "Đỗ Minh Tuấn"), ("Đơn vị", "Tổ Vật lí – Công nghệ")],
    },
)

S117 = Story(
    id=117,
    slug="tap-huan-ky-nang-phong-chay-chua-chay-va-cuu-nan-cuu-ho-cho-hon-1400-hoc-sinh",
    title="Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho hơn 1.400 học sinh",
    cat="hoat-dong-nha-truong",
    published_at="2026-10-24T10:30:00+07:00",
    blocks=[
        Img(_up("2026_10", "pccc-2026-cover", thumb=False), None, None, "cover"),
        P(
            "Sáng 23/10, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Khánh "
            "Hòa phối hợp với Trường THPT Hoàng Hoa Thám tổ chức buổi tập huấn, thực hành kỹ năng "
            "phòng cháy, chữa cháy và thoát nạn cho hơn 1.400 học sinh và 96 cán bộ, giáo viên, nhân "
            "viên nhà trường.",
            "lead",
        ),
        P(
            "Tại buổi tập huấn, cán bộ Công an tỉnh đã phổ biến các kiến thức cơ bản về nguyên nhân "
            "gây cháy, nổ; cách sử dụng bình chữa cháy xách tay; kỹ năng thoát nạn khi xảy ra cháy "
            "tại nhà cao tầng và cách sơ cứu người bị nạn."
        ),
        Img(
            _up("2026_10", "pccc-thuc-hanh"),
            "Học sinh thực hành sử dụng bình chữa cháy xách tay",
            "Học sinh thực hành sử dụng bình chữa cháy xách tay",
            "ips-grey",
        ),
        P(
            "Học sinh được trực tiếp thực hành dập lửa bằng bình bột, bình khí CO2, sử dụng khăn ướt "
            "che mũi, miệng và di chuyển theo lối thoát hiểm."
        ),
        P(
            "Dịp này, nhà trường ra mắt đội phòng cháy, chữa cháy cơ sở gồm 25 thành viên là giáo "
            "viên, nhân viên và đoàn viên thanh niên."
        ),
    ],
    authors=["Thu Hiền"],
    source="Báo Khánh Hòa điện tử",
    summary=(
        "Sáng 23/10, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Khánh "
        "Hòa phối hợp với Trường THPT Hoàng Hoa Thám tổ chức buổi tập huấn, thực hành kỹ năng "
        "phòng cháy, chữa cháy và thoát nạn cho hơn 1.400 học sinh và 96 cán bộ, giáo viên, nhân "
        "viên nhà trường."
    ),
    opts={
        "posted": _t(2026, 10, 24, 10, 30),
        "account": "bientap_hht",
        "fields": [("Người viết", "Thu Hiền"), ("Nguồn tin", "Báo Khánh Hòa điện tử")],
    },
)

S109 = Story(
    id=109,
    slug="truong-thpt-hoang-hoa-tham-don-nhan-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
    title=("Trường THPT Hoàng Hoa Thám đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2"),
    cat="hoat-dong-nha-truong",
    published_at="2026-10-09",
    blocks=[
        P(
            "Ngày 08/10/2026, Trường THPT Hoàng Hoa Thám tổ chức Lễ đón nhận Bằng công nhận trường "
            "đạt chuẩn quốc gia mức độ 2 và Giấy chứng nhận kiểm định chất lượng giáo dục cấp độ 3 "
            "theo Quyết định của Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa.",
            "lead",
        ),
        P(
            "Để đạt được kết quả này, trong giai đoạn 2021 – 2026, nhà trường đã huy động hơn 18 tỷ "
            "đồng từ ngân sách nhà nước và xã hội hóa để xây mới khu phòng học bộ môn, nhà đa năng, "
            "thư viện điện tử và cải tạo khuôn viên xanh – sạch – đẹp.",
            "j",
        ),
        Img(
            _up("2026_10", "bang-cong-nhan-chuan-quoc-gia"),
            "Lãnh đạo UBND tỉnh trao Bằng công nhận trường đạt chuẩn quốc gia cho nhà trường",
            "Lãnh đạo UBND tỉnh trao Bằng công nhận trường đạt chuẩn quốc gia cho nhà trường",
            "ips",
        ),
        P(
            "Đội ngũ nhà trường hiện có 96 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt "
            "chuẩn, 32 giáo viên có trình độ thạc sĩ. Chất lượng giáo dục toàn diện được giữ vững; "
            "nhiều năm liền nhà trường được tặng danh hiệu Tập thể lao động xuất sắc.",
            "j",
        ),
        P(
            "Phát biểu tại buổi lễ, lãnh đạo Sở Giáo dục và Đào tạo đề nghị nhà trường tiếp tục duy "
            "trì, nâng cao các tiêu chuẩn đã đạt, đẩy mạnh chuyển đổi số và đổi mới phương pháp dạy "
            "học, xứng đáng là địa chỉ tin cậy của phụ huynh và học sinh.",
            "j",
        ),
        _byline("BBT"),
    ],
    summary=(
        "Ngày 08/10/2026, Trường THPT Hoàng Hoa Thám tổ chức Lễ đón nhận Bằng công nhận trường "
        "đạt chuẩn quốc gia mức độ 2 và Giấy chứng nhận kiểm định chất lượng giáo dục cấp độ 3 "
        "theo Quyết định của Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa."
    ),
    opts={"posted": _t(2026, 10, 9, 0, 0), "account": "bientap_hht"},
)

STORIES = [S140, S138, S137, S135, S133, S131, S128, S127, S124, S121, S119, S117, S109]
BY_ID = {s.id: s for s in STORIES}
assert [s.opts["posted"] for s in STORIES] == sorted(
    (s.opts["posted"] for s in STORIES), reverse=True
)


def record_path(story: Story) -> str:
    return f"/tin-tuc/{story.cat}/{story.id}-{story.slug}/"


# --- comments and forum topics -------------------------------------------------------------------

# (post id, account or None, guest name, local time, content html)
COMMENTS: dict[int, list[tuple[int, str | None, str, dt.datetime, str]]] = {
    131: [
        (
            1203,
            "minhkhoa_11a3",
            "",
            _t(2026, 11, 20, 7, 12),
            "<p>Chúc mừng thầy cô nhân ngày 20/11! Em cảm ơn thầy cô đã luôn tận tâm với lớp "
            "11A3 ạ 💐</p>",
        ),
        (
            1207,
            None,
            "Cựu HS khóa 2012 – 2015",
            _t(2026, 11, 20, 9, 30),
            "<p>Xem ảnh mà nhớ trường quá. Kính chúc thầy Hòa và các thầy cô luôn mạnh khỏe, "
            "hạnh phúc.</p>",
        ),
        (
            1210,
            None,
            "Phụ huynh Ngọc Anh (12A5)",
            _t(2026, 11, 20, 12, 45),
            "<p>Cảm ơn nhà trường và Ban đại diện đã trao học bổng cho các cháu. Mong chương trình "
            "được duy trì hằng năm.</p>",
        ),
        (
            1215,
            "thuylinh_12a1",
            "",
            _t(2026, 11, 21, 20, 5),
            "<p>Tiết mục múa của chi đoàn 12A1 được lên ảnh rồi kìa mọi người 😆</p>",
        ),
        (
            1222,
            "minhkhoa_11a3",
            "",
            _t(2026, 11, 22, 8, 40),
            '<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" '
            'data-ipsquote-contentclass="forums_Topic" data-ipsquote-contentcommentid="1215" '
            'data-ipsquote-contentid="58" data-ipsquote-username="thuylinh_12a1" '
            'data-ipsquote-timestamp="1795266300"><div class="ipsQuote_citation">thuylinh_12a1 đã '
            'nói:</div><div class="ipsQuote_contents ipsClearfix" data-gramm="false"><p>Tiết mục '
            "múa của chi đoàn 12A1 được lên ảnh rồi kìa mọi người 😆</p></div></blockquote><p>Đẹp "
            "lắm chị ơi, năm sau khối 11 phải phục thù 😁</p>",
        ),
        (
            1230,
            None,
            "Nguyễn Thanh Tùng",
            _t(2026, 11, 25, 14, 10),
            "<p>Cho em hỏi video buổi văn nghệ có đăng lên kênh YouTube của trường không ạ?</p>",
        ),
    ],
    135: [
        (
            1244,
            "thuylinh_12a1",
            "",
            _t(2026, 11, 27, 19, 20),
            "<p>Chúc mừng Minh Thư và Hoàng Nam!! Đội tuyển Hóa năm nay quá đỉnh 👏</p>",
        ),
        (
            1251,
            None,
            "Phụ huynh lớp 12A2",
            _t(2026, 11, 28, 6, 55),
            "<p>Cảm ơn thầy cô đội tuyển đã vất vả bồi dưỡng các cháu suốt mấy tháng hè.</p>",
        ),
    ],
    140: [
        (
            1266,
            "minhkhoa_11a3",
            "",
            _t(2026, 12, 5, 9, 40),
            "<p>11A3 vô địch!!! Cảm ơn Huy đã gánh team 🔔🔔🔔</p>",
        ),
    ],
}

FORUMS = {
    7: (
        "binh-luan-bai-viet",
        "Bình luận bài viết",
        "Thảo luận về các bài viết trên trang Tin tức của trường.",
    ),
    3: (
        "hoi-dap-hoc-tap",
        "Hỏi đáp học tập",
        "Nơi học sinh đặt câu hỏi, thầy cô và các anh chị giải đáp.",
    ),
}

# topic id -> (forum, slug, title, record id or None, first post id)
TOPICS: dict[int, tuple[int, str, str, int | None, int]] = {
    58: (7, S131.slug, S131.title, 131, 1201),
    60: (7, "ket-qua-thi-hsg-cap-tinh-lop-12", "Kết quả thi HSG cấp tỉnh lớp 12", 135, 1240),
    61: (
        3,
        "hoi-cach-tinh-diem-xet-tot-nghiep-thpt-nam-2027",
        "Hỏi cách tính điểm xét tốt nghiệp THPT năm 2027",
        None,
        1246,
    ),
    63: (7, S140.slug, S140.title, 140, 1262),
}
QA_POSTS = [
    (
        1246,
        "thuylinh_12a1",
        "",
        _t(2026, 11, 28, 21, 10),
        "<p>Thầy cô và các anh chị cho em hỏi: năm 2027 điểm xét tốt nghiệp THPT tính theo công "
        "thức nào ạ? Điểm trung bình lớp 10, 11, 12 có được tính hết không?</p>",
    ),
    (
        1249,
        "vanphong_hht",
        "",
        _t(2026, 11, 29, 8, 15),
        "<p>Chào em, theo Quy chế thi tốt nghiệp THPT hiện hành, điểm xét tốt nghiệp gồm điểm các "
        "bài thi và điểm trung bình cả năm của 3 năm học THPT theo tỉ lệ 50% – 50%, cộng điểm ưu "
        'tiên, khuyến khích (nếu có). Em xem thêm văn bản trong mục <a href="@@BASE@@/files/">Văn '
        "bản – Tài liệu</a> nhé.</p>",
    ),
]


def topic_path(tid: int) -> str:
    return f"/forums/topic/{tid}-{TOPICS[tid][1]}/"


def forum_path(fid: int) -> str:
    return f"/forums/forum/{fid}-{FORUMS[fid][0]}/"


TAGS = ["20-11", "nhà giáo", "đoàn viên"]


def tag_path(tag: str) -> str:
    return "/tags/" + quote(tag) + "/"


FILE_PATH = "/files/file/17-ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027/"
ALBUM_PATH = "/gallery/album/5-le-khai-giang-nam-hoc-2026-2027/"


# --- time -----------------------------------------------------------------------------------------


def _relative(local: dt.datetime) -> tuple[str, str]:
    delta = NOW - local
    hm = local.strftime("%H:%M")
    if delta < dt.timedelta(hours=1):
        m = max(1, int(delta.total_seconds() // 60))
        return f"{m} phút trước", f"{m} phút"
    if local.date() == NOW.date():
        h = int(delta.total_seconds() // 3600)
        return f"{h} giờ trước", f"{h} giờ"
    days = (NOW.date() - local.date()).days
    if days == 1:
        return f"Hôm qua lúc {hm}", "1 ngày"
    if days < 7:
        return f"{WEEKDAYS[local.weekday()]} lúc {hm}", f"{days} ngày"
    short = f"{days // 7} tuần" if days < 30 else f"{days // 30} tháng"
    if local.year == NOW.year:
        return f"{local.day} Tháng {local.month}", short
    return f"{local.day} Tháng {local.month}, {local.year}", short


def _utc(local: dt.datetime) -> dt.datetime:
    return local.astimezone(dt.UTC)


def tm(local: dt.datetime) -> str:
    """IPS's ``<time>``: UTC in ``datetime``, local in ``title``, relative words shown."""
    shown, short = _relative(local)
    iso = _utc(local).strftime("%Y-%m-%dT%H:%M:%SZ")
    title = local.strftime("%d/%m/%Y %H:%M")
    return f"<time datetime='{iso}' title='{title}' data-short='{short}'>{shown}</time>"


def _iso0000(local: dt.datetime) -> str:
    return _utc(local).strftime("%Y-%m-%dT%H:%M:%S+0000")


# --- article text ------------------------------------------------------------------------------


def _img(img: Img, base: str, nfd: bool) -> str:
    fileid = 300 + int(_hash(img.src)[:4], 16) % 600
    name = img.src.rsplit("/", 1)[1].split(".")[0]
    ext = img.src.rsplit(".", 1)[1]
    cap = text(img.printed, nfd=nfd) if img.printed else ""
    if img.style in ("ips", "ips-grey"):
        tag = (
            f'<p style="text-align:center;"><a class="ipsAttachLink ipsAttachLink_image" '
            f'data-fileext="{ext}" data-fileid="{fileid}" href="{base}{_full(img.src)}" rel="">'
            f'<img alt="{name}.{ext}" class="ipsImage ipsImage_thumbnailed" data-fileid="{fileid}" '
            f'data-ratio="66.67" data-unique="{_hash(name)[:9]}" style="width:800px;height:auto;" '
            f'width="800" data-src="{base}{img.src}" src="{base}{SPACER}"></a></p>'
        )
        if not cap:
            return tag
        if img.style == "ips-grey":
            return (
                tag
                + f'\n<p style="text-align:center;"><span style="color:#7f8c8d;">{cap}</span></p>'
            )
        return tag + f'\n<p style="text-align:center;"><em>{cap}</em></p>'
    if img.style == "plain":
        tag = (
            f'<p style="text-align:center;"><img alt="" class="ipsImage" src="{base}{img.src}" '
            'style="width:640px;height:auto;" loading="lazy"></p>'
        )
        if not cap:
            return tag
        return tag + (
            f'\n<p style="text-align:center;"><span style="font-size:12px;"><span '
            f'style="color:#808080;"><em>{cap}</em></span></span></p>'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:90%;">'
            "<tbody><tr><td>"
            f'<a class="ipsAttachLink ipsAttachLink_image" data-fileid="{fileid}" '
            f'href="{base}{_full(img.src)}" rel=""><img alt="{name}.{ext}" class="ipsImage '
            f'ipsImage_thumbnailed" data-fileid="{fileid}" style="width:100%;height:auto;" '
            f'data-src="{base}{img.src}" src="{base}{SPACER}"></a></td></tr>'
            f'<tr><td style="text-align:center;background-color:#f2f2f2;"><span '
            f'style="font-size:12px;">{cap}</span></td></tr></tbody></table>'
        )
    raise ValueError(img.style)


def _footnotes(s: str) -> str:
    return re.sub(
        r"\[(\d)\]",
        r'<sup><a href="#_ftn\1" name="_ftnref\1" title="">[\1]</a></sup>',
        s,
    )


_WORD_SPAN = (
    '<span style="font-size:13.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">'
)


def _para(b: P, t) -> str:
    s = t(b.text)
    style = b.style
    if style == "":
        return f"<p>{s}</p>"
    if style == "j":
        return f'<p style="text-align:justify;">{s}</p>'
    if style == "lead":
        return f'<p style="text-align:justify;"><strong>{s}</strong></p>'
    if style == "h":
        return f'<p><strong><span style="color:#1a5276;">{s}</span></strong></p>'
    if style == "h3":
        return f"<h3>{s}</h3>"
    if style == "fn":
        return f'<p style="text-align:justify;">{_footnotes(s)}</p>'
    if style == "fnnote":
        m = re.match(r"\[(\d)\] (.*)", s)
        assert m
        n, rest = m.groups()
        return (
            f'<p><span style="font-size:12px;"><a href="#_ftnref{n}" name="_ftn{n}" title="">[{n}]'
            f"</a> {rest}</span></p>"
        )
    if style == "word":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:115%">'
            f"{_WORD_SPAN}{s.replace(' ', '&nbsp;', 1)}<o:p></o:p></span></p>"
        )
    if style == "wordh":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:115%">'
            f"<b>{_WORD_SPAN}{s}<o:p></o:p></span></b></p>"
        )
    if style.startswith("wordli:"):
        marker = style.split(":", 1)[1]
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:.5in;text-indent:-.25in;'
            'line-height:115%;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
            f'{_WORD_SPAN}<span style="mso-list:Ignore">{marker}<span style="font:7.0pt &quot;Times '
            'New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->'
            f"{_WORD_SPAN}{s}<o:p></o:p></span></p>"
        )
    raise ValueError(style)


def _group(kind: str, items: list[P], t) -> str:
    if kind in ("ul", "ol"):
        lis = "\n".join(f"<li>{_footnotes(t(b.text))}</li>" for b in items)
        return f"<{kind}>\n{lis}\n</{kind}>"
    if kind == "tr":
        ncols = len(items[0].text.split(" | "))
        rows = []
        for n, b in enumerate(items):
            cells = b.text.split(" | ")
            tds = []
            for k, cell in enumerate(cells):
                span = ncols - len(cells) + 1 if k == 0 and len(cells) < ncols else 0
                attr = f' colspan="{span}"' if span > 1 else ""
                inner = f"<strong>{t(cell)}</strong>" if n == 0 or span > 1 else t(cell)
                tds.append(f'<td{attr} style="border:1px solid #999;padding:4px;">{inner}</td>')
            rows.append("<tr>" + "".join(tds) + "</tr>")
        return (
            '<table border="1" cellpadding="1" cellspacing="0" style="width:100%;border-collapse:'
            'collapse;"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
        )
    if kind == "spoiler":
        ps = "".join(f"<p>{t(b.text)}</p>" for b in items)
        return (
            '<div class="ipsSpoiler" data-ipsspoiler=""><div class="ipsSpoiler_header"><span>Nội '
            'dung ẩn</span></div><div class="ipsSpoiler_contents ipsClearfix" data-gramm="false">'
            f"{ps}</div></div>"
        )
    if kind == "quote":
        ps = "".join(f"<p>{t(b.text)}</p>" for b in items)
        return (
            '<blockquote class="ipsQuote" data-ipsquote=""><div class="ipsQuote_citation">Trích '
            f'dẫn</div><div class="ipsQuote_contents ipsClearfix" data-gramm="false">{ps}</div>'
            "</blockquote>"
        )
    raise ValueError(kind)


GROUPED = ("ul", "ol", "tr", "spoiler", "quote")


def _xem_them(story_id: int, base: str) -> str:
    other = BY_ID[story_id]
    return f'<p><em>Xem thêm: <a href="{base}{record_path(other)}" rel="">{esc(other.title)}</a></em></p>'


def _edit_note(story: Story) -> str:
    when, who, reason = story.opts["edit"]
    return (
        '<p class="ipsType_reset ipsType_medium ipsType_light" data-excludequote="">'
        f"<strong>Sửa lần cuối {tm(when)} bởi {who}</strong><br>{esc(reason)}</p>"
    )


def content_html(story: Story, base: str) -> str:
    nfd = bool(story.opts.get("nfd"))

    def t(s: str) -> str:
        return text(s, nfd=nfd)

    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "cover")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            raw = b.html
            if raw.startswith("@@XEMTHEM:"):
                raw = _xem_them(int(raw[10:-2]), base)
            elif raw == "@@EDITNOTE@@":
                raw = _edit_note(story)
            else:
                raw = raw.replace("@@BASE@@", base)
                if nfd:
                    raw = unicodedata.normalize("NFD", raw)
            out.append(raw)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img(b, base, nfd))
            i += 1
            continue
        if b.style in GROUPED:
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            out.append(_group(b.style, group, t))
            continue
        if b.style == "br":
            nxt = blocks[i + 1]
            assert isinstance(nxt, P)
            out.append(f"<p>{t(b.text)}<br>\n{t(nxt.text)}</p>")
            i += 2
            continue
        out.append(_para(b, t))
        i += 1
    return "\n".join(out)


def _plain(markup: str) -> str:
    import html as _h

    s = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    s = re.sub(r"<[^>]+>", " ", s)
    return re.sub(r"\s+", " ", _h.unescape(s).replace("\xa0", " ")).strip()  # no NFC: as stored


def excerpt(story: Story, size: int = 260) -> str:
    paras = story.paragraphs
    s = " ".join(p for p in paras if " | " not in p)
    if len(s) > size:
        s = s[:size].rsplit(" ", 1)[0] + "…"
    return text(s, nfd=bool(story.opts.get("nfd")))


def cover(story: Story) -> str | None:
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "cover":
            return b.src
    return None


# --- chrome ---------------------------------------------------------------------------------------


def _nav(base: str, active: str) -> str:
    def item(nid: int, href: str, label: str, key: str, sub: list[tuple[str, str]] | None = None):
        cls = ' class="ipsNavBar_active" data-active' if key == active else ""
        if not sub:
            return (
                f'<li id="elNavSecondary_{nid}" data-role="navBarItem" data-navapp="core" '
                f'data-navext="CustomItem"{cls}><a href="{base}{href}" data-navitem-id="{nid}">'
                f'{label}<span class="ipsNavBar_active__identifier"></span></a></li>'
            )
        subs = "".join(
            f'<li class="ipsMenu_item"><a href="{base}{h}">{lab}</a></li>' for h, lab in sub
        )
        return (
            f'<li id="elNavSecondary_{nid}" data-role="navBarItem" data-navapp="cms" '
            f'data-navext="Pages"{cls}><a href="{base}{href}" id="elNavigation_{nid}" data-ipsmenu '
            f'data-ipsmenu-appendto="#elNavSecondary_{nid}" data-ipsmenu-activeclass="ipsNavActive_menu" '
            f'data-navitem-id="{nid}">{label} <i class="fa fa-caret-down"></i>'
            f'<span class="ipsNavBar_active__identifier"></span></a>'
            f'<ul id="elNavigation_{nid}_menu" class="ipsMenu ipsMenu_auto ipsHide">{subs}</ul></li>'
        )

    cats = [(f"/tin-tuc/{slug}/", name) for slug, (_i, name, _d) in CATEGORIES.items()]
    items = [
        item(1, "/", "Trang chủ", "home"),
        item(2, "/gioi-thieu/", "Giới thiệu", "intro"),
        item(14, "/tin-tuc/", "Tin tức", "news", cats),
        item(3, "/forums/", "Diễn đàn", "forums"),
        item(9, "/files/", "Văn bản – Tài liệu", "files"),
        item(
            11,
            "/gallery/",
            "Thư viện",
            "gallery",
            [("/gallery/", "Thư viện ảnh"), ("/video/", "Video clip")],
        ),
        item(12, "/contact/", "Liên hệ", "contact"),
    ]
    return (
        '<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars '
        'ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container '
        'ipsNavBar_noSubBars"><ul data-role="primaryNavBar" class="ipsClearfix">'
        + "".join(items)
        + '<li class="ipsHide" id="elNavigationMore" data-role="navMore"><a href="#" '
        'data-ipsmenu data-ipsmenu-appendto="#elNavigationMore" id="elNavigationMore_dropdown">'
        'Thêm</a></li></ul><div id="elSearchWrapper"><div id="elSearch" '
        'data-controller="core.front.core.quickSearch"><form accept-charset="utf-8" '
        f'action="{base}/search/?do=quicksearch" method="post"><input type="search" '
        'id="elSearchField" placeholder="Tìm kiếm..." name="q" autocomplete="off" '
        'aria-label="Tìm kiếm"><details class="cSearchFilter"><summary class="cSearchFilter__text">'
        'Mọi nơi</summary></details><button class="cSearchSubmit" type="submit" '
        'aria-label="Tìm kiếm"><i class="fa fa-search"></i></button></form></div></div></div></nav>'
    )


def _breadcrumb(base: str, trail: list[tuple[str | None, str]], where: str) -> str:
    lis = [
        f'<li itemprop="itemListElement"><a title="Trang chủ" href="{base}/"><span><i '
        'class="fa fa-home"></i> Trang chủ <i class="fa fa-angle-right"></i></span></a></li>'
    ]
    for href, label in trail:
        if href:
            lis.append(
                f'<li itemprop="itemListElement"><a href="{base}{href}"><span>{esc(label)} <i '
                'class="fa fa-angle-right" aria-hidden="true"></i></span></a></li>'
            )
        else:
            lis.append(f'<li aria-current="location">{esc(label)}</li>')
    return (
        f'<nav class="ipsBreadcrumb ipsBreadcrumb_{where} ipsFaded_withHover"><ul '
        'class="ipsList_inline ipsPos_right"><li><a data-action="defaultStream" '
        'class="ipsType_light" href="#"><i class="fa fa-newspaper-o"></i> <span>Tất cả hoạt '
        f'động</span></a></li></ul><ul data-role="breadcrumbList">{"".join(lis)}</ul></nav>'
    )


def _thumb_img(base: str, story: Story, size: str = "ipsThumb_small") -> str:
    c = cover(story)
    if c:
        return (
            f'<a href="{base}{record_path(story)}" class="ipsThumb {size}" title="{esc(story.title)}">'
            f'<img src="{base}{_thumb(c)}" alt="" loading="lazy"></a>'
        )
    return (
        f'<a href="{base}{record_path(story)}" class="ipsThumb ipsThumb_bg {size} '
        'ipsNoThumb ipsNoThumb_record" title=""></a>'
    )


def _sidebar(base: str) -> str:
    newest = "".join(
        f'<li class="ipsDataItem"><div class="ipsDataItem_main"><a href="{base}{record_path(s)}" '
        f'class="ipsDataItem_title ipsType_break">{esc(s.title)}</a><br><span class="ipsType_light '
        f'ipsType_small">{tm(s.opts["posted"])}</span></div></li>'
        for s in STORIES[:5]
    )
    most = "".join(
        f'<li class="ipsDataItem"><div class="ipsDataItem_icon ipsPos_top">'
        f'{_thumb_img(base, BY_ID[i], "ipsThumb_tiny")}</div><div class="ipsDataItem_main">'
        f'<a href="{base}{record_path(BY_ID[i])}" class="ipsDataItem_title ipsType_break">'
        f'{esc(BY_ID[i].title)}</a><br><span class="ipsType_light ipsType_small">'
        f"{BY_ID[i].views() + 1500:,} lượt xem</span></div></li>".replace(",", ".")
        for i in (131, 124, 135, 128)
    )
    return f"""<div id="ipsLayout_sidebar" class="ipsLayout_sidebarright" data-controller="core.front.widgets.sidebar">
<div class="cWidgetContainer" data-role="widgetReceiver" data-orientation="vertical" data-widgetarea="sidebar">
<ul class="ipsList_reset">
<li class="ipsWidget ipsWidget_vertical ipsBox" data-blockid="app_core_announcements_k8m2x1" data-blocktitle="Thông báo">
<h3 class="ipsWidget_title ipsType_reset">Thông báo</h3>
<div class="ipsWidget_inner ipsPad_half"><ul class="ipsDataList"><li class="ipsDataItem"><div class="ipsDataItem_main">
<i class="fa fa-bullhorn"></i> <a href="{base}{record_path(S137)}" class="ipsType_blendLinks">Lịch kiểm tra cuối học kì I đã được công bố</a>
</div></li></ul></div></li>
<li class="ipsWidget ipsWidget_vertical ipsBox" data-blockid="app_cms_Blocks_9c1d2e" data-blocktitle="Bài viết mới">
<h3 class="ipsWidget_title ipsType_reset">Bài viết mới</h3>
<div class="ipsWidget_inner"><ul class="ipsDataList ipsDataList_reducedSpacing">{newest}</ul></div></li>
<li class="ipsWidget ipsWidget_vertical ipsBox" data-blockid="app_cms_Blocks_4f7a0b" data-blocktitle="Xem nhiều">
<h3 class="ipsWidget_title ipsType_reset">Xem nhiều</h3>
<div class="ipsWidget_inner"><ul class="ipsDataList ipsDataList_reducedSpacing">{most}</ul></div></li>
<li class="ipsWidget ipsWidget_vertical ipsBox" data-blockid="app_core_pollWidget_7k2p1q" data-blocktitle="Thăm dò ý kiến">
<h3 class="ipsWidget_title ipsType_reset">Thăm dò ý kiến</h3>
<div class="ipsWidget_inner ipsPad_half"><form accept-charset="utf-8" method="post" action="{base}/login/">
<p class="ipsType_reset ipsType_medium"><strong>Em thích hình thức ôn tập cuối kì nào nhất?</strong></p>
<ul class="ipsList_reset"><li><input type="radio" name="poll_1" value="1"> Ôn theo đề cương của tổ</li>
<li><input type="radio" name="poll_1" value="2"> Làm đề thi thử trên LMS</li>
<li><input type="radio" name="poll_1" value="3"> Học nhóm có thầy cô hướng dẫn</li></ul>
<p class="ipsType_light ipsType_small">Đăng nhập để bình chọn · 214 lượt bình chọn</p>
<button type="submit" class="ipsButton ipsButton_primary ipsButton_verySmall" disabled>Bình chọn</button></form></div></li>
<li class="ipsWidget ipsWidget_vertical ipsBox" data-blockid="app_cms_Blocks_lienket" data-blocktitle="Liên kết">
<h3 class="ipsWidget_title ipsType_reset">Liên kết</h3>
<div class="ipsWidget_inner ipsPad_half"><ul class="ipsList_reset">
<li><a href="https://moet.gov.vn/" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://khanhhoa.edu.vn/" target="_blank" rel="noopener">Sở GD&amp;ĐT Khánh Hòa</a></li>
<li><a href="https://vnedu.vn/" target="_blank" rel="noopener">Sổ liên lạc điện tử vnEdu</a></li>
<li><a href="https://www.facebook.com/thpthoanghoatham.kh" target="_blank" rel="noopener">Fanpage Đoàn trường</a></li>
</ul></div></li>
<li class="ipsWidget ipsWidget_vertical ipsBox" data-blockid="app_core_whosOnline_x1" data-blocktitle="Thống kê truy cập">
<h3 class="ipsWidget_title ipsType_reset">Thống kê truy cập</h3>
<div class="ipsWidget_inner ipsPad_half"><table class="hht-tk" style="width:100%"><tbody>
<tr><td>Đang online</td><td style="text-align:right"><b>31</b></td></tr>
<tr><td>Hôm nay</td><td style="text-align:right"><b>412</b></td></tr>
<tr><td>Tổng truy cập</td><td style="text-align:right"><b>1.284.905</b></td></tr>
</tbody></table><p class="ipsType_reset ipsType_small ipsType_light">3 thành viên, 0 ẩn danh, 28 khách</p></div></li>
</ul></div></div>"""


def _head_ld(base: str, trail: list[tuple[str | None, str]]) -> str:
    website = {
        "@context": "http://schema.org",
        "@type": "WebSite",
        "url": f"{base}/",
        "name": SITE,
        "potentialAction": {
            "type": "SearchAction",
            "query-input": "required name=query",
            "target": f"{base}/search/?q={{query}}",
        },
        "inLanguage": [{"@type": "Language", "name": "Tiếng Việt", "alternateName": "vi-VN"}],
    }
    crumbs = [
        {"@type": "ListItem", "position": 1, "item": {"@id": f"{base}/", "name": "Trang chủ"}}
    ]
    for n, (href, label) in enumerate(trail, 2):
        if href:
            crumbs.append(
                {"@type": "ListItem", "position": n, "item": {"@id": base + href, "name": label}}
            )
    bl = {"@context": "http://schema.org", "@type": "BreadcrumbList", "itemListElement": crumbs}
    return "\n".join(
        f'<script type="application/ld+json">\n{json.dumps(d, ensure_ascii=False, indent=4)}\n</script>'
        for d in (website, bl)
    )


def page(
    request: Request,
    *,
    title: str,
    body: str,
    trail: list[tuple[str | None, str]],
    active: str,
    canonical: str | None = None,
    description: str = "",
    extra_head: str = "",
    page_app: str = "cms",
    page_id: int = 1,
    sidebar: bool = True,
) -> Response:
    base = base_url(request)
    canon = base + (canonical if canonical is not None else request.target)
    desc = esc(
        description
        or "Cộng đồng học sinh, cựu học sinh và thầy cô Trường THPT Hoàng Hoa Thám, Khánh Hòa"
    )
    side = _sidebar(base) if sidebar else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi-VN" dir="ltr">
	<head>
		<meta charset="utf-8">
		<title>{esc(title)}</title>
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta name="description" content="{desc}">
		<meta property="og:title" content="{esc(title.split(" - ")[0])}">
		<meta property="og:site_name" content="{SITE}">
		<meta property="og:locale" content="vi_VN">
		<meta property="og:url" content="{canon}">
		<meta property="og:description" content="{desc}">
		<meta name="theme-color" content="#1b4f8a">
		<link rel="canonical" href="{canon}">
		<link rel="alternate" type="application/rss+xml" title="Tin tức mới" href="{base}/rss/1-tin-tuc-moi.xml/">
		<link rel="manifest" href="{base}/manifest.webmanifest/">
		<link rel="icon" sizes="192x192" href="{base}/uploads/monthly_2024_08/icon-192.png">
		<link rel="stylesheet" href="{base}/uploads/css_built_1/341e4a57816af3ba440d891ca87450ff_framework.css?v=8a2b1cd7e91733309012" media="all">
		<link rel="stylesheet" href="{base}/uploads/css_built_1/05e81b71abe4f22d6eb8d1a929494829_responsive.css?v=8a2b1cd7e91733309012" media="all">
		<link rel="stylesheet" href="{base}/uploads/css_built_1/258adbb6e4f3e83cd3b355f84e3fa002_custom.css?v=8a2b1cd7e91733309012" media="all">
		{extra_head}
		{_head_ld(base, trail)}
		<script type="text/javascript">var ipsDebug=false;var ipsSettings={{cookie_path:"/",cookie_prefix:"ips4_",cookie_ssl:false,upload_imgURL:"",message_imgURL:"",notification_imgURL:"",baseURL:"{base}/",jsURL:"{base}/applications/core/interface/js/js.php",csrfKey:"{CSRF}",antiCache:"8a2b1cd7e91733309012",disableNotificationSounds:true,useCompiledFiles:true,links_external:true,memberID:0,lazyLoadEnabled:true,blankImg:"{base}{SPACER}"}};</script>
		<script type="text/javascript" src="{base}/uploads/javascript_global/root_library.js?v=8a2b1cd7e91733309012" data-ips></script>
	</head>
	<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-message="" data-pageapp="{page_app}" data-pagelocation="front" data-pagemodule="pages" data-pagecontroller="page" data-pageid="{page_id}">
		<a href="#ipsLayout_mainArea" class="ipsHide" title="Chuyển đến nội dung chính" accesskey="m">Chuyển đến nội dung</a>
		<div id="ipsLayout_header" class="ipsClearfix">
			<div class="hht_thanhtren"><div class="ipsLayout_container"><span class="hht_ngay"><i class="fa fa-calendar"></i> Thứ Bảy, 05/12/2026</span>
			<span class="ipsPos_right">Hotline: 0258 3822 468 · <a href="mailto:c3hoanghoatham.kh@khanhhoa.edu.vn">c3hoanghoatham.kh@khanhhoa.edu.vn</a></span></div></div>
			<header><div class="ipsLayout_container">
				<a href="{base}/" id="elLogo" accesskey="1"><img src="{base}/uploads/monthly_2024_08/logo-hht.png.6f1c0e2ab4d9e7f3a2b5c8d1e0f4a7b9.png" alt="{SITE}"></a>
				<ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop">
					<li id="elSignInLink"><a href="{base}/login/" id="elUserSignIn">Đã có tài khoản? Đăng nhập &nbsp;<i class="fa fa-caret-down"></i></a></li>
					<li><a href="{base}/register/" class="ipsButton ipsButton_normal ipsButton_primary">Đăng ký</a></li>
				</ul>
			</div></header>
			{_nav(base, active)}
		</div>
		<main id="ipsLayout_body" class="ipsLayout_container">
			<div id="ipsLayout_contentArea">
				<div id="ipsLayout_contentWrapper">
					{_breadcrumb(base, trail, "top")}
					<div id="ipsLayout_mainArea">
{body}
					</div>
					{side}
					{_breadcrumb(base, trail, "bottom")}
				</div>
			</div>
		</main>
		<footer id="ipsLayout_footer" class="ipsClearfix">
			<div class="ipsLayout_container">
				<div class="hht_chantrang ipsType_center">
					<p><strong>TRƯỜNG TRUNG HỌC PHỔ THÔNG HOÀNG HOA THÁM</strong></p>
					<p>Địa chỉ: 02 Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa · Điện thoại: 0258 3822 468 · Email: c3hoanghoatham.kh@khanhhoa.edu.vn</p>
					<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Hòa – Hiệu trưởng</p>
				</div>
				<ul class="ipsList_inline ipsType_center ipsSpacer_top" id="elFooterLinks">
					<li><a href="{base}/contact/">Liên hệ</a></li>
					<li><a href="https://www.facebook.com/thpthoanghoatham.kh" rel="noopener" target="_blank">Facebook</a></li>
				</ul>
				<p id="elCopyright"><span id="elCopyright_userLine">© 2019 – 2026 {SCHOOL}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</span> <a rel="nofollow" title="Invision Community" href="https://invisioncommunity.com/">Powered by Invision Community</a></p>
			</div>
		</footer>
		<div id="elMobileDrawer" class="ipsDrawer ipsHide"></div>
	</body>
</html>"""
    return html(doc)


# --- templates: records ---------------------------------------------------------------------------


def _account_link(base: str, name: str) -> str:
    return (
        f"<a href='{base}{_profile(name)}' data-ipshover data-ipshover-target='{base}"
        f"{_profile(name)}?do=hovercard' title='Xem hồ sơ {name}' class=\"ipsType_break\">{name}</a>"
    )


def _avatar(base: str, name: str | None, size: str = "tiny") -> str:
    if name is None:
        return (
            f'<span class="ipsUserPhoto ipsUserPhoto_{size}"><img src="{base}/uploads/set_resources_1/'
            '84c1e40ea0e759e3f1505eb1788ddf3c_default_photo.png" alt="Khách" loading="lazy"></span>'
        )
    uid = ACCOUNTS[name][0]
    src = _up("2024_08", f"avatar_{uid}", "png")
    return (
        f'<a href="{base}{_profile(name)}" class="ipsUserPhoto ipsUserPhoto_{size}" '
        f'title="Xem hồ sơ {name}"><img src="{base}{src}" alt="{name}" loading="lazy"></a>'
    )


def _pagination(base: str, path: str, current: int, pages: int, anchor: str = "") -> str:
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        return f"{base}{path}" + (f"?page={n}" if n > 1 else "") + anchor

    lis = []
    first_cls = " ipsPagination_inactive" if current == 1 else ""
    lis.append(
        f'<li class="ipsPagination_first{first_cls}"><a href="{url(1)}" rel="first" data-page="1" '
        'data-ipstooltip title="Trang đầu"><i class="fa fa-angle-double-left"></i></a></li>'
    )
    lis.append(
        f'<li class="ipsPagination_prev{first_cls}"><a href="{url(max(1, current - 1))}" '
        f'rel="prev" data-page="{current - 1}" data-ipstooltip title="Trang trước">Trước</a></li>'
    )
    for n in range(1, pages + 1):
        cls = " ipsPagination_active" if n == current else ""
        lis.append(
            f'<li class="ipsPagination_page{cls}"><a href="{url(n)}" data-page="{n}">{n}</a></li>'
        )
    last_cls = " ipsPagination_inactive" if current == pages else ""
    lis.append(
        f'<li class="ipsPagination_next{last_cls}"><a href="{url(min(pages, current + 1))}" '
        f'rel="next" data-page="{current + 1}" data-ipstooltip title="Trang sau">Tiếp</a></li>'
    )
    lis.append(
        f'<li class="ipsPagination_last{last_cls}"><a href="{url(pages)}" rel="last" '
        f'data-page="{pages}" data-ipstooltip title="Trang cuối"><i class="fa fa-angle-double-right">'
        "</i></a></li>"
    )
    lis.append(
        f'<li class="ipsPagination_pageJump"><a href="#" data-ipsmenu data-ipsmenu-closeonclick="false" '
        f'data-ipsmenu-appendto="#elPagination_{_hash(path)[:8]}" id="elPagination_{_hash(path)[:8]}_jump">'
        f'Trang {current} / {pages} &nbsp;<i class="fa fa-caret-down"></i></a>'
        f'<div class="ipsMenu ipsMenu_narrow ipsPadding ipsHide" id="elPagination_{_hash(path)[:8]}_jump_menu">'
        f'<form accept-charset="utf-8" method="post" action="{base}{path}" data-role="pageJump" '
        f'data-baseurl=\'{base}{path}\' data-bypassvalidation="true"><ul class="ipsForm ipsForm_horizontal">'
        f'<li class="ipsFieldRow"><input type="number" min="1" max="{pages}" placeholder="Số trang" '
        'class="ipsField_fullWidth" name="page"></li><li class="ipsFieldRow ipsFieldRow_fullWidth">'
        '<input type="submit" class="ipsButton_fullWidth ipsButton ipsButton_verySmall '
        'ipsButton_primary" value="Đi"></li></ul></form></div></li>'
    )
    return (
        f'<ul class="ipsPagination" id="elPagination_{_hash(path)[:8]}" data-ipspagination-seotitle="page" '
        f'data-pages="{pages}" data-ipspagination data-ipspagination-pages="{pages}">'
        + "".join(lis)
        + "</ul>"
    )


def _comment(base: str, c: tuple, anchor_prefix: str = "comment") -> str:
    pid, account, guest, when, content = c
    if account:
        who = f"<strong>{_account_link(base, account)}</strong>"
        group = f'<li class="ipsType_light">{ACCOUNTS[account][1]}</li>'
    else:
        who = f"<strong>{esc(guest)}</strong>"
        group = '<li class="ipsType_light">Khách</li>'
    return f"""<article id="elComment_{pid}" class="ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">
<a id="{anchor_prefix}-{pid}"></a>
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">
<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break">{who}</h3>
<ul class="cAuthorPane_info ipsList_reset"><li class="cAuthorPane_photo">{_avatar(base, account, "small")}</li>{group}</ul>
</aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none">
<div id="comment-{pid}_wrap" data-controller="core.front.core.comment" data-commentid="{pid}" class="ipsComment_content ipsType_medium">
<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse">
<div class="ipsType_light ipsType_blendLinks ipsFlex-flex:11"><a href="#{anchor_prefix}-{pid}" class="ipsType_blendLinks">Đã đăng {tm(when)}</a></div>
</div>
<div class="cPost_contentWrap ipsPad_half">
<div data-role="commentContent" class="ipsType_normal ipsType_richText ipsContained" data-controller="core.front.core.lightboxedImages">
{content.replace("@@BASE@@", base)}
</div>
<div class="ipsItemControls"><div class="ipsReact ipsPos_right"><div class="ipsReact_blurb ipsHide" data-role="reactionBlurb"></div><div class="ipsReact_types"><span class="ipsReact_button"><i class="fa fa-heart"></i> Thích</span></div></div></div>
</div>
</div>
</div>
</article>"""


def _reply_box(base: str) -> str:
    return f"""<div class="ipsAreaBackground ipsPad ipsSpacer_top" data-role="replyArea">
<h2 class="ipsType_sectionHead">Tham gia cuộc thảo luận</h2>
<p class="ipsType_normal ipsType_reset">Bạn có thể đăng bình luận ngay bây giờ và đăng ký sau. Nếu bạn đã có tài khoản, hãy <a href="{base}/login/">đăng nhập</a> để bình luận bằng tài khoản của mình.</p>
<form accept-charset="utf-8" class="ipsForm" action="{base}/login/" method="post"><textarea name="comment_value" placeholder="Viết bình luận..." rows="3" class="ipsField_fullWidth"></textarea>
<input type="text" name="guest_name" placeholder="Tên hiển thị"><button type="submit" class="ipsButton ipsButton_primary" disabled>Gửi bình luận</button></form>
</div>"""


def _share_bar(base: str, url: str) -> str:
    u = quote(url, safe="")
    return f"""<div class="ipsItemControls ipsClearfix">
<div class="ipsReact ipsPos_left" data-controller="core.front.core.reaction"><div class="ipsReact_reactions"><span class="ipsReact_reactCount"><img src="{base}/uploads/reactions/react_like.png" alt="Thích" loading="lazy"> 12</span> <span class="ipsReact_reactCount"><img src="{base}/uploads/reactions/react_thanks.png" alt="Cảm ơn" loading="lazy"> 5</span></div></div>
<ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls">
<li><a href="#elShareItem_menu" id="elShareItem" data-ipsmenu class="ipsButton ipsButton_verySmall ipsButton_light"><i class="fa fa-share-alt"></i> Chia sẻ</a></li>
<li><a href="{base}/login/" class="ipsButton ipsButton_verySmall ipsButton_light" title="Đăng nhập để theo dõi"><i class="fa fa-bell"></i> Theo dõi</a></li>
</ul>
<div id="elShareItem_menu" class="ipsMenu ipsMenu_auto ipsHide"><ul class="ipsList_inline ipsList_noSpacing ipsClearfix" data-controller="core.front.core.sharelink">
<li><a href="https://www.facebook.com/sharer/sharer.php?u={u}" class="cShareLink cShareLink_facebook" target="_blank" data-role="shareLink" title="Chia sẻ lên Facebook" data-ipstooltip rel="noopener nofollow"><i class="fa fa-facebook"></i></a></li>
<li><a href="https://twitter.com/share?url={u}" class="cShareLink cShareLink_twitter" target="_blank" data-role="shareLink" title="Chia sẻ lên X" data-ipstooltip rel="nofollow noopener"><i class="fa fa-twitter"></i></a></li>
<li><a href="https://zalo.me/share?u={u}" class="cShareLink cShareLink_zalo" target="_blank" rel="nofollow noopener" title="Chia sẻ qua Zalo">Zalo</a></li>
</ul><input type="text" value="{url}" class="ipsField_fullWidth" readonly></div>
</div>"""


def _record_ld(base: str, story: Story, body_html: str) -> str:
    posted = story.opts["posted"]
    account = story.opts["account"]
    d = {
        "@context": "http://schema.org",
        "@type": "Article",
        "url": base + record_path(story),
        "discussionUrl": base + record_path(story) + "#comments",
        "mainEntityOfPage": base + record_path(story),
        "name": story.title,
        "headline": story.title,
        "text": _plain(body_html),
        "dateCreated": _iso0000(posted),
        "datePublished": _iso0000(posted),
        "dateModified": _iso0000(story.opts.get("updated") or posted),
        "pageStart": 1,
        "pageEnd": 1,
        "author": {
            "@type": "Person",
            "name": account,
            "url": base + _profile(account),
            "image": base + _up("2024_08", f"avatar_{ACCOUNTS[account][0]}", "png"),
        },
        "publisher": {
            "@id": f"{base}/#organization",
            "@type": "Organization",
            "name": SITE,
            "logo": {"@type": "ImageObject", "url": f"{base}/uploads/monthly_2024_08/logo-hht.png"},
        },
        "interactionStatistic": [
            {
                "@type": "InteractionCounter",
                "interactionType": "http://schema.org/ViewAction",
                "userInteractionCount": story.views() + 1500,
            },
            {
                "@type": "InteractionCounter",
                "interactionType": "http://schema.org/CommentAction",
                "userInteractionCount": len(COMMENTS.get(story.id, [])),
            },
        ],
        "commentCount": len(COMMENTS.get(story.id, [])),
    }
    c = cover(story)
    if c:
        d["image"] = {"@type": "ImageObject", "url": base + c}
    return (
        f'<meta property="og:type" content="website">\n\t\t<meta property="og:updated_time" '
        f'content="{_utc(story.opts.get("updated") or posted).strftime("%Y-%m-%dT%H:%M:%SZ")}">\n'
        '\t\t<script type="application/ld+json">\n'
        + json.dumps(d, ensure_ascii=False, indent=4)
        + "\n</script>"
    )


def record_page(request: Request, story: Story, cpage: int) -> Response:
    base = base_url(request)
    path = record_path(story)
    cat_id, cat_name, _ = CATEGORIES[story.cat]
    posted = story.opts["posted"]
    account = story.opts["account"]
    body_html = content_html(story, base)
    comments = COMMENTS.get(story.id, [])
    npages = max(1, -(-len(comments) // COMMENTS_PER_PAGE))
    views = f"{story.views() + 1500:,}".replace(",", ".")

    pinned = ""
    if story.opts.get("pinned"):
        pinned = (
            '<span><span class="ipsBadge ipsBadge_icon ipsBadge_positive" data-ipstooltip '
            'title="Đã ghim"><i class="fa fa-thumb-tack"></i></span></span> '
        )
    meta_items = [f'<li><i class="fa fa-eye"></i> {views} lượt xem</li>']
    if comments:
        meta_items.append(
            f'<li><a href="#comments"><i class="fa fa-comment"></i> {len(comments)} bình luận</a></li>'
        )
    if story.opts.get("updated"):
        meta_items.append(f'<li class="ipsType_light">Cập nhật {tm(story.opts["updated"])}</li>')

    c = cover(story)
    cover_html = ""
    if c:
        cover_html = (
            '<div class="ipsPad_half ipsAreaBackground_reset cCmsRecord_image ipsSpacer_top">'
            f'<img class="ipsImage" src="{base}{c}" alt="{esc(story.title)}"></div>'
        )
    sapo_html = ""
    if story.sapo_outside and story.summary:
        sapo_html = (
            '<div class="ipsType_richText ipsType_medium ipsSpacer_top cCmsField_12" '
            f'style="font-weight:bold;font-style:italic;">{text(story.summary)}</div>'
        )
    fields_html = ""
    for n, (label, value) in enumerate(story.opts.get("fields", []), 21):
        fields_html += (
            f'<div class="ipsType_normal ipsType_right cCmsField_{n}"><span class="ipsType_light">'
            f"{esc(label)}:</span> <strong>{esc(value)}</strong></div>\n"
        )
    tags_html = ""
    if story.opts.get("tags"):
        tags_html = (
            '<ul class="ipsTags ipsList_inline ipsSpacer_top">'
            + "".join(
                f'<li><a href="{base}{tag_path(tg)}" class="ipsTag" title="Tìm nội dung khác với thẻ '
                f'\'{esc(tg)}\'" rel="tag"><span>{esc(tg)}</span></a></li>'
                for tg in story.opts["tags"]
            )
            + "</ul>"
        )

    comments_html = ""
    if comments:
        shown = comments[(cpage - 1) * COMMENTS_PER_PAGE : cpage * COMMENTS_PER_PAGE]
        tid = story.opts["topic"]
        pager = _pagination(base, path, cpage, npages, "#comments")
        comments_html = f"""<div class="ipsBox ipsResponsive_pull ipsSpacer_top" id="comments" data-controller="core.front.core.commentFeed" data-baseurl="{base}{path}" data-feedid="cms-records1-{story.id}" data-lastpage>
<h2 class="ipsType_sectionTitle ipsType_reset">{len(comments)} bình luận</h2>
<div class="ipsPad">
<p class="ipsType_reset ipsType_light ipsType_small"><i class="fa fa-comments"></i> Bình luận được đồng bộ với chủ đề <a href="{base}{topic_path(tid)}">trên diễn đàn</a>.</p>
{pager}
<div data-role="commentFeed" data-controller="core.front.core.moderation">
{"".join(_comment(base, cm) for cm in shown)}
</div>
{pager}
</div>
{_reply_box(base)}
</div>"""
    else:
        comments_html = f"""<div class="ipsBox ipsResponsive_pull ipsSpacer_top" id="comments">
<h2 class="ipsType_sectionTitle ipsType_reset">Bình luận</h2>
<div class="ipsPad"><p class="ipsType_light ipsType_reset">Chưa có bình luận nào.</p></div>
{_reply_box(base)}
</div>"""

    body = f"""<div class="ipsColumns ipsColumns_collapsePhone ipsSpacer_top" data-controller="cms.front.records.record">
<div class="ipsColumn ipsColumn_fluid">
<article class="ipsBox ipsResponsive_pull cCmsRecord ipsClearfix" id="cmsRecord{story.id}">
<div class="ipsPad">
<header class="ipsPageHeader ipsClearfix">
<div class="ipsType_light ipsType_reset ipsType_small ipsType_uppercase"><a href="{base}/tin-tuc/{story.cat}/">{esc(cat_name)}</a></div>
<div class="ipsFlex ipsFlex-ai:center">{pinned}<h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained">{esc(story.title)}</span></h1></div>
<div class="ipsPhotoPanel ipsPhotoPanel_tiny ipsClearfix ipsSpacer_top ipsSpacer_half">
{_avatar(base, account)}
<div>
<p class="ipsType_reset ipsType_blendLinks">Bởi {_account_link(base, account)}, {tm(posted)} trong <a href="{base}/tin-tuc/{story.cat}/">{esc(cat_name)}</a></p>
<ul class="ipsList_inline ipsType_light ipsType_small">{"".join(meta_items)}</ul>
</div>
</div>
</header>
{cover_html}
{sapo_html}
<section class="ipsType_normal ipsType_richText ipsContained ipsType_break ipsSpacer_top" data-controller="core.front.core.lightboxedImages">
{body_html}
</section>
{fields_html}
{tags_html}
</div>
{_share_bar(base, base + path)}
</article>
{comments_html}
</div>
</div>"""
    title = f"{story.title} - {cat_name} - {SITE}"
    canonical = path
    if cpage > 1:
        title = f"{story.title} - Trang {cpage} - {cat_name} - {SITE}"
        canonical = f"{path}?page={cpage}"
    return page(
        request,
        title=title,
        body=body,
        trail=[("/tin-tuc/", "Tin tức"), (f"/tin-tuc/{story.cat}/", cat_name), (None, story.title)],
        active="news",
        canonical=canonical,
        description=_plain(excerpt(story, 160)),
        extra_head=_record_ld(base, story, body_html),
        page_id=10 + cat_id,
    )


# --- templates: listings ------------------------------------------------------------------------


def _row(base: str, s: Story) -> str:
    comments = COMMENTS.get(s.id, [])
    pinned = ""
    if s.opts.get("pinned"):
        pinned = (
            '<span><span class="ipsBadge ipsBadge_icon ipsBadge_small ipsBadge_positive" '
            'data-ipstooltip title="Đã ghim"><i class="fa fa-thumb-tack"></i></span></span>'
        )
    if comments:
        last = comments[-1]
        who = last[1] or last[2]
        lastposter = (
            f'<ul class="ipsDataItem_lastPoster ipsDataItem_withPhoto ipsType_blendLinks">'
            f'<li>{_avatar(base, last[1])}</li><li>{esc(who)}</li><li class="ipsType_light">'
            f'<a href="{base}{record_path(s)}?do=getLastComment" title="Xem bình luận mới nhất" '
            f'class="ipsType_blendLinks">{tm(last[3])}</a></li></ul>'
        )
    else:
        lastposter = (
            f'<ul class="ipsDataItem_lastPoster ipsDataItem_withPhoto ipsType_blendLinks">'
            f"<li>{_avatar(base, s.opts['account'])}</li><li>{s.opts['account']}</li>"
            f'<li class="ipsType_light">{tm(s.opts["posted"])}</li></ul>'
        )
    views = f"{s.views() + 1500:,}".replace(",", ".")
    return f"""<li class="ipsDataItem ipsDataItem_responsivePhoto" data-rowid="{s.id}">
<div class="ipsDataItem_generic ipsDataItem_size3 ipsPos_top">{_thumb_img(base, s, "ipsThumb_medium")}</div>
<div class="ipsDataItem_main">
<h4 class="ipsDataItem_title ipsContained_container">{pinned}<span class="ipsType_break ipsContained"><a href="{base}{record_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></span></h4>
<div class="ipsDataItem_meta ipsType_reset ipsType_light ipsType_blendLinks">Bởi {_account_link(base, s.opts["account"])}, {tm(s.opts["posted"])}</div>
<div class="ipsType_medium ipsType_richText ipsContained ipsSpacer_top ipsSpacer_half" data-ipstruncate data-ipstruncate-type="remove" data-ipstruncate-size="2 lines">{excerpt(s)}</div>
</div>
<ul class="ipsDataItem_stats"><li><span class="ipsDataItem_stats_number">{len(comments)}</span> <span class="ipsDataItem_stats_type">bình luận</span></li><li class="ipsType_light"><span class="ipsDataItem_stats_number">{views}</span> <span class="ipsDataItem_stats_type">lượt xem</span></li></ul>
{lastposter}
</li>"""


def category_page(request: Request, slug: str, pg: int) -> Response | None:
    base = base_url(request)
    cat_id, name, desc = CATEGORIES[slug]
    stories = [s for s in STORIES if s.cat == slug]
    stories.sort(key=lambda s: (not s.opts.get("pinned"), -s.opts["posted"].timestamp()))
    pages = max(1, -(-len(stories) // CAT_PER_PAGE))
    if pg < 1 or pg > pages:
        return None
    shown = stories[(pg - 1) * CAT_PER_PAGE : pg * CAT_PER_PAGE]
    path = f"/tin-tuc/{slug}/"
    pager = _pagination(base, path, pg, pages)
    body = f"""<div class="ipsPageHeader ipsClearfix ipsSpacer_bottom">
<h1 class="ipsType_pageTitle">{esc(name)}</h1>
<div class="ipsType_richText ipsType_normal ipsType_light">{esc(desc)}</div>
</div>
<div class="ipsBox" data-baseurl="{base}{path}" data-resort="listResort" data-tableid="table" data-controller="core.global.core.table">
<div class="ipsButtonBar ipsPad_half ipsClearfix ipsClear">{pager}</div>
<ol class="ipsDataList ipsDataList_zebra ipsClear cCmsListing" id="elTable_{cat_id}" data-role="tableRows">
{"".join(_row(base, s) for s in shown)}
</ol>
<div class="ipsButtonBar ipsPad_half ipsClearfix ipsClear">{pager}</div>
</div>"""
    title = f"{name} - {SITE}" if pg == 1 else f"{name} - Trang {pg} - {SITE}"
    extra = ""
    if pg < pages:
        extra = f'<link rel="next" href="{base}{path}?page={pg + 1}">'
    if pg > 1:
        extra += (
            f'<link rel="prev" href="{base}{path}' + (f"?page={pg - 1}" if pg > 2 else "") + '">'
        )
    return page(
        request,
        title=title,
        body=body,
        trail=[("/tin-tuc/", "Tin tức"), (None, name)],
        active="news",
        canonical=path + (f"?page={pg}" if pg > 1 else ""),
        description=desc,
        extra_head=extra,
        page_id=10 + cat_id,
    )


def index_page(request: Request, pg: int) -> Response | None:
    base = base_url(request)
    pages = -(-len(STORIES) // INDEX_PER_PAGE)
    if pg < 1 or pg > pages:
        return None
    shown = STORIES[(pg - 1) * INDEX_PER_PAGE : pg * INDEX_PER_PAGE]
    rows = []
    for s in shown:
        c = cover(s)
        img = (
            f'<a href="{base}{record_path(s)}" class="cCmsRecord_imageWrap"><img class="ipsImage" '
            f'src="{base}{_thumb(c)}" alt="" loading="lazy"></a>'
            if c
            else ""
        )
        cat_name = CATEGORIES[s.cat][1]
        ncom = len(COMMENTS.get(s.id, []))
        rows.append(f"""<article class="ipsBox ipsResponsive_pull ipsSpacer_bottom cCmsRecord_row ipsClearfix">
<div class="ipsPad ipsClearfix">{img}
<h2 class="ipsType_pageTitle ipsType_largeTitle ipsType_break"><a href="{base}{record_path(s)}">{esc(s.title)}</a></h2>
<p class="ipsType_reset ipsType_light ipsType_blendLinks">Bởi {_account_link(base, s.opts["account"])}, {tm(s.opts["posted"])} trong <a href="{base}/tin-tuc/{s.cat}/">{esc(cat_name)}</a></p>
<div class="ipsType_richText ipsType_normal ipsSpacer_top" data-ipstruncate data-ipstruncate-size="7 lines">{excerpt(s, 420)}</div>
<ul class="ipsList_inline ipsSpacer_top"><li><a href="{base}{record_path(s)}" class="ipsButton ipsButton_light ipsButton_verySmall">Đọc tiếp</a></li><li class="ipsType_light"><i class="fa fa-comment"></i> {ncom}</li></ul>
</div></article>""")
    pager = _pagination(base, "/tin-tuc/", pg, pages)
    body = f"""<div class="ipsPageHeader ipsClearfix ipsSpacer_bottom"><h1 class="ipsType_pageTitle">Tin tức</h1></div>
<div class="ipsClearfix ipsSpacer_bottom">{pager}</div>
<section class="cCmsDatabaseIndex" data-controller="cms.front.records.index">
{"".join(rows)}
</section>
<div class="ipsClearfix">{pager}</div>"""
    return page(
        request,
        title=f"Tin tức - {SITE}" if pg == 1 else f"Tin tức - Trang {pg} - {SITE}",
        body=body,
        trail=[(None, "Tin tức")],
        active="news",
        canonical="/tin-tuc/" + (f"?page={pg}" if pg > 1 else ""),
        page_id=10,
    )


def home_page(request: Request) -> Response:
    base = base_url(request)
    featured = [s for s in STORIES if s.opts.get("featured")] + [S140]
    slides = "".join(
        f"""<li class="ipsCarousel_item" data-ipscarousel-item><div class="cHHT_slide">
<a href="{base}{record_path(s)}">{f'<img src="{base}{cover(s)}" alt="" loading="lazy">' if cover(s) else '<span class="ipsNoThumb ipsNoThumb_record"></span>'}</a>
<h3 class="ipsType_reset ipsType_large"><a href="{base}{record_path(s)}">{esc(s.title)}</a></h3>
<p class="ipsType_reset ipsType_light">{tm(s.opts["posted"])}</p></div></li>"""
        for s in featured
    )
    newest = "".join(
        f"""<li class="ipsDataItem"><div class="ipsDataItem_icon ipsPos_top">{_thumb_img(base, s)}</div>
<div class="ipsDataItem_main"><a href="{base}{record_path(s)}" class="ipsDataItem_title ipsType_break">{esc(s.title)}</a>
<div class="ipsType_light ipsType_small">{tm(s.opts["posted"])} · <a href="{base}/tin-tuc/{s.cat}/">{esc(CATEGORIES[s.cat][1])}</a></div>
<div class="ipsType_medium" data-ipstruncate data-ipstruncate-size="2 lines">{excerpt(s, 160)}</div></div></li>"""
        for s in STORIES[:6]
    )
    notices = "".join(
        f'<li class="ipsDataItem"><div class="ipsDataItem_main"><a href="{base}{record_path(s)}" '
        f'class="ipsDataItem_title">{esc(s.title)}</a> <span class="ipsType_light ipsType_small">'
        f"{tm(s.opts['posted'])}</span></div></li>"
        for s in (S127, S137)
    )
    topics_sorted = sorted(TOPICS, key=lambda t: _last_post_time(t), reverse=True)
    topics = "".join(
        f'<li class="ipsDataItem"><div class="ipsDataItem_main"><a href="{base}{topic_path(tid)}" '
        f'class="ipsDataItem_title ipsType_break">{esc(TOPICS[tid][2])}</a><br><span '
        f'class="ipsType_light ipsType_small">Bởi {_topic_starter(tid)}, {tm(_first_post_time(tid))} '
        f"· {len(_topic_posts(tid)) - 1} trả lời</span></div></li>"
        for tid in topics_sorted
    )
    body = f"""<div class="ipsLayout_container cPagesHome" data-controller="cms.front.pages.home">
<h1 class="ipsType_pageTitle ipsHide">{SITE}</h1>
<div class="ipsWidget ipsWidget_horizontal ipsBox" data-blockid="app_cms_Blocks_slider">
<h2 class="ipsWidget_title ipsType_reset">Tin nổi bật</h2>
<div class="ipsWidget_inner"><div class="ipsCarousel ipsClearfix" data-ipscarousel data-ipscarousel-fullsizeitems><div class="ipsCarousel_inner"><ul class="cHHT_slider ipsClearfix" data-role="carouselItems">{slides}</ul></div>
<span class="ipsCarousel_shadow ipsCarousel_shadowLeft"></span><a href="#" class="ipsCarousel_nav ipsHide" data-action="prev"><i class="fa fa-chevron-left"></i></a><a href="#" class="ipsCarousel_nav ipsHide" data-action="next"><i class="fa fa-chevron-right"></i></a></div></div></div>
<div class="ipsGrid ipsGrid_collapsePhone ipsSpacer_top">
<div class="ipsGrid_span8">
<div class="ipsWidget ipsWidget_horizontal ipsBox" data-blockid="app_cms_Blocks_tinmoi"><h2 class="ipsWidget_title ipsType_reset">Tin mới nhất</h2>
<div class="ipsWidget_inner"><ul class="ipsDataList">{newest}</ul>
<p class="ipsType_right ipsPad_half"><a href="{base}/tin-tuc/">Xem tất cả tin tức <i class="fa fa-angle-double-right"></i></a></p></div></div>
</div>
<div class="ipsGrid_span4">
<div class="ipsWidget ipsWidget_vertical ipsBox" data-blockid="app_cms_Blocks_thongbao"><h2 class="ipsWidget_title ipsType_reset">Thông báo</h2>
<div class="ipsWidget_inner"><ul class="ipsDataList ipsDataList_reducedSpacing">{notices}</ul></div></div>
<div class="ipsWidget ipsWidget_vertical ipsBox ipsSpacer_top" data-blockid="app_forums_topicFeed_r2"><h2 class="ipsWidget_title ipsType_reset">Chủ đề mới trên diễn đàn</h2>
<div class="ipsWidget_inner"><ul class="ipsDataList ipsDataList_reducedSpacing">{topics}</ul></div></div>
<div class="ipsWidget ipsWidget_vertical ipsBox ipsSpacer_top" data-blockid="app_gallery_albums_h1"><h2 class="ipsWidget_title ipsType_reset">Thư viện ảnh</h2>
<div class="ipsWidget_inner ipsPad_half"><a href="{base}{ALBUM_PATH}"><img src="{base}{_up("2026_09", "khai-giang-album-cover")}" alt="" loading="lazy"></a>
<p class="ipsType_reset"><a href="{base}{ALBUM_PATH}">Lễ khai giảng năm học 2026 – 2027</a> · 6 ảnh</p>
<p class="ipsType_reset"><a href="{base}/video/"><i class="fa fa-youtube-play"></i> Video clip hoạt động</a></p></div></div>
</div>
</div>
</div>"""
    return page(
        request,
        title=SITE,
        body=body,
        trail=[],
        active="home",
        canonical="/",
        page_id=1,
    )


# --- templates: forums ----------------------------------------------------------------------------


def _topic_posts(tid: int) -> list[tuple]:
    _forum, _slug, _title, rec, first = TOPICS[tid]
    if rec is None:
        return QA_POSTS
    story = BY_ID[rec]
    return [(first, story.opts["account"], "", story.opts["posted"], None), *COMMENTS[rec]]


def _first_post_time(tid: int) -> dt.datetime:
    return _topic_posts(tid)[0][3]


def _last_post_time(tid: int) -> dt.datetime:
    return _topic_posts(tid)[-1][3]


def _topic_starter(tid: int) -> str:
    return _topic_posts(tid)[0][1]


def _mirror_post(base: str, story: Story, tid: int) -> str:
    """The first post IPS writes into a record's topic: opening paragraphs and a link back."""
    paras = [b for b in story.blocks if isinstance(b, P)][:2]
    imgs = [b for b in story.blocks if isinstance(b, Img) and b.style != "cover"][:1]
    nfd = bool(story.opts.get("nfd"))
    out = [f"<p><strong>{esc(story.title)}</strong></p>"]
    out.append(f"<p>{text(paras[0].text, nfd=nfd)}</p>")
    out.extend(_img(i, base, nfd) for i in imgs)
    out.append(f"<p>{text(paras[1].text, nfd=nfd)} […]</p>")
    link = base + record_path(story)
    if tid == 60:  # posted before the record's title and slug were edited; no rewrite then
        link = f"{base}/index.php?/tin-tuc/{story.cat}/{story.id}-{TOPICS[tid][1]}/"
    out.append(f'<p><a href="{link}" rel="">Xem toàn bộ bài viết</a></p>')
    return "\n".join(out)


def topic_page(request: Request, tid: int) -> Response:
    base = base_url(request)
    forum, _slug, title, rec, _first = TOPICS[tid]
    _fslug, fname, _fdesc = FORUMS[forum]
    posts = _topic_posts(tid)
    rendered = []
    for p in posts:
        if p[4] is None:
            story = BY_ID[rec]
            p = (p[0], p[1], p[2], p[3], _mirror_post(base, story, tid))
        rendered.append(_comment(base, p, "comment"))
    starter = posts[0][1]
    body = f"""<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom">
<div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4">
<div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained">{esc(title)}</span></h1></div>
</div>
<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3">
<div class="ipsFlex-flex:11"><div class="ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix">{_avatar(base, starter, "mini")}
<div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">Bởi <strong>{_account_link(base, starter)}</strong>, </span><span class="ipsType_light">{tm(posts[0][3])} trong <a href="{base}{forum_path(forum)}">{esc(fname)}</a></span></p></div></div></div>
</div>
</div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both"><li class="ipsToolList_primaryAction"><a href="{base}/login/" class="ipsButton ipsButton_link ipsButton_medium ipsButton_fullWidth">Trả lời chủ đề này</a></li><li><a href="{base}/login/" class="ipsButton ipsButton_link ipsButton_medium ipsButton_fullWidth">Bắt đầu chủ đề mới</a></li></ul></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view" data-baseurl="{base}{topic_path(tid)}" data-feedid="topic-{tid}" class="cTopic ipsClear ipsSpacer_top">
<h2 class="ipsType_sectionTitle ipsType_reset ipsType_medium" data-role="comment_count">{len(posts) - 1} trả lời cho chủ đề này</h2>
<div data-role="commentFeed" data-controller="core.front.core.moderation" class="ipsAreaBackground_reset">
{"".join(rendered)}
</div>
{_reply_box(base)}
</div>"""
    return page(
        request,
        title=f"{title} - {fname} - {SITE}",
        body=body,
        trail=[("/forums/", "Diễn đàn"), (forum_path(forum), fname), (None, title)],
        active="forums",
        canonical=topic_path(tid),
        page_app="forums",
        page_id=tid,
    )


def forum_page(request: Request, fid: int) -> Response:
    base = base_url(request)
    _fslug, fname, fdesc = FORUMS[fid]
    tids = sorted((t for t in TOPICS if TOPICS[t][0] == fid), key=_last_post_time, reverse=True)
    rows = []
    for tid in tids:
        posts = _topic_posts(tid)
        last = posts[-1]
        rows.append(f"""<li class="ipsDataItem ipsDataItem_responsivePhoto" data-rowid="{tid}">
<div class="ipsDataItem_main"><h4 class="ipsDataItem_title ipsContained_container"><span class="ipsType_break ipsContained"><a href="{base}{topic_path(tid)}" class="" title="{esc(TOPICS[tid][2])}">{esc(TOPICS[tid][2])}</a></span></h4>
<div class="ipsDataItem_meta ipsType_reset ipsType_light ipsType_blendLinks"><span>Bởi {_account_link(base, posts[0][1])}, </span>{tm(posts[0][3])}</div></div>
<ul class="ipsDataItem_stats"><li><span class="ipsDataItem_stats_number">{len(posts) - 1}</span> <span class="ipsDataItem_stats_type">trả lời</span></li><li class="ipsType_light"><span class="ipsDataItem_stats_number">{37 * tid % 400 + 60}</span> <span class="ipsDataItem_stats_type">lượt xem</span></li></ul>
<ul class="ipsDataItem_lastPoster ipsDataItem_withPhoto ipsType_blendLinks"><li>{_avatar(base, last[1])}</li><li>{esc(last[1] or last[2])}</li><li class="ipsType_light">{tm(last[3])}</li></ul>
</li>""")
    body = f"""<div class="ipsPageHeader ipsClearfix ipsSpacer_bottom"><h1 class="ipsType_pageTitle">{esc(fname)}</h1>
<div class="ipsType_richText ipsType_normal">{esc(fdesc)}</div></div>
<div class="ipsBox ipsResponsive_pull" data-controller="core.global.core.table,forums.front.forum.forumPage">
<h2 class="ipsType_sectionTitle ipsType_reset ipsClear">Các chủ đề trong diễn đàn</h2>
<ol class="ipsClear ipsDataList cForumTopicTable cTopicList" data-role="tableRows">
{"".join(rows)}
</ol></div>"""
    return page(
        request,
        title=f"{fname} - {SITE}",
        body=body,
        trail=[("/forums/", "Diễn đàn"), (None, fname)],
        active="forums",
        page_app="forums",
        page_id=fid,
    )


def forums_index(request: Request) -> Response:
    base = base_url(request)
    groups = [("Tin tức & Thông báo", 7), ("Góc học tập", 3)]
    out = []
    for gname, fid in groups:
        _fslug, fname, fdesc = FORUMS[fid]
        tids = [t for t in TOPICS if TOPICS[t][0] == fid]
        last = max(tids, key=_last_post_time)
        nposts = sum(len(_topic_posts(t)) for t in tids)
        out.append(f"""<section class="cForumCategory ipsBox ipsResponsive_pull ipsSpacer_bottom" data-categoryid="{fid}">
<h2 class="ipsType_sectionTitle ipsType_reset cForumTitle">{esc(gname)}</h2>
<ol class="ipsDataList ipsDataList_large ipsDataList_zebra" data-role="forums">
<li class="cForumRow ipsDataItem ipsDataItem_responsivePhoto ipsClearfix" data-forumid="{fid}">
<div class="ipsDataItem_icon ipsDataItem_category"><span class="ipsItemStatus ipsItemStatus_large cForumIcon_normal ipsItemStatus_read"><i class="fa fa-comments"></i></span></div>
<div class="ipsDataItem_main"><h4 class="ipsDataItem_title ipsType_large ipsType_break"><a href="{base}{forum_path(fid)}">{esc(fname)}</a></h4>
<div class="ipsDataItem_meta ipsType_richText">{esc(fdesc)}</div></div>
<div class="ipsDataItem_stats ipsDataItem_statsLarge"><dl><dt class="ipsDataItem_stats_number">{nposts}</dt><dd class="ipsDataItem_stats_type ipsType_light">bài viết</dd></dl></div>
<ul class="ipsDataItem_lastPoster ipsDataItem_withPhoto"><li><a href="{base}{topic_path(last)}" class="ipsType_break ipsContained">{esc(TOPICS[last][2])}</a></li><li class="ipsType_light">{tm(_last_post_time(last))}</li></ul>
</li></ol></section>""")
    body = f"""<div class="ipsPageHeader ipsClearfix ipsSpacer_bottom"><h1 class="ipsType_pageTitle">Diễn đàn</h1></div>
{"".join(out)}
<div class="ipsBox ipsPad"><h3 class="ipsType_reset">Thống kê diễn đàn</h3><p class="ipsType_reset ipsType_light">Tổng số bài viết: 3.918 · Thành viên: 1.276 · Thành viên mới nhất: <strong>minhkhoa_11a3</strong></p></div>"""
    return page(
        request,
        title=f"Diễn đàn - {SITE}",
        body=body,
        trail=[(None, "Diễn đàn")],
        active="forums",
        page_app="forums",
        page_id=0,
    )


# --- templates: other pages ---------------------------------------------------------------------


def tag_page(request: Request, tag: str) -> Response:
    base = base_url(request)
    stories = [s for s in STORIES if tag in s.opts.get("tags", [])]
    items = "".join(
        f"""<li class="ipsStreamItem ipsStreamItem_contentBlock ipsStreamItem_expanded ipsAreaBackground_reset ipsPad" data-role="activityItem">
<div class="ipsStreamItem_container ipsClearfix"><div class="ipsStreamItem_header ipsPhotoPanel ipsPhotoPanel_mini">{_avatar(base, s.opts["account"], "mini")}
<div><h2 class="ipsType_reset ipsStreamItem_title ipsContained_container"><span class="ipsType_break ipsContained"><a href="{base}{record_path(s)}" data-linktype="link">{esc(s.title)}</a></span></h2>
<p class="ipsType_reset ipsStreamItem_status ipsType_blendLinks">{_account_link(base, s.opts["account"])} đã đăng một bài viết trong <a href="{base}/tin-tuc/{s.cat}/">{esc(CATEGORIES[s.cat][1])}</a></p></div></div>
<div class="ipsStreamItem_snippet ipsType_break"><div class="ipsType_richText ipsContained ipsType_medium" data-ipstruncate data-ipstruncate-size="3 lines">{excerpt(s, 200)}</div></div>
<ul class="ipsList_inline ipsStreamItem_meta"><li class="ipsType_light ipsType_medium"><i class="fa fa-clock-o"></i> {tm(s.opts["posted"])}</li></ul></div></li>"""
        for s in stories
    )
    body = f"""<div class="ipsPageHeader ipsClearfix ipsSpacer_bottom"><h1 class="ipsType_pageTitle">Hiển thị kết quả cho thẻ '{esc(tag)}'.</h1></div>
<div class="ipsBox ipsResponsive_pull"><ol class="ipsStream ipsList_reset" data-role="resultsContents">{items}</ol></div>"""
    return page(
        request,
        title=f"Hiển thị kết quả cho thẻ '{tag}'. - {SITE}",
        body=body,
        trail=[(None, "Tìm kiếm")],
        active="",
        canonical=tag_path(tag),
        page_app="core",
    )


def profile_page(request: Request, name: str) -> Response:
    _uid, group, posts, joined = ACCOUNTS[name]
    base = base_url(request)
    body = f"""<div data-controller="core.front.profile.main" id="elProfileUserContent">
<header data-role="profileHeader"><div class="ipsPageHead_special" id="elProfileHeader" data-controller="core.global.core.coverPhoto">
<div class="ipsCoverPhoto_container" style="background-color:#1b4f8a"></div>
<div class="ipsColumns ipsColumns_collapsePhone" data-hideoncoverphotoedit><div class="ipsColumn ipsColumn_fixed ipsColumn_narrow ipsPos_center" id="elProfilePhoto">{_avatar(base, name, "xlarge")}</div>
<div class="ipsColumn ipsColumn_fluid"><div class="ipsPos_left ipsPad cProfileHeader_name ipsType_normal"><h1 class="ipsType_reset ipsPageHead_barText">{name}</h1><span><span class="ipsPageHead_barText">{group}</span></span></div></div></div></div>
<div class="ipsGrid ipsAreaBackground ipsPad ipsResponsive_showDesktop ipsResponsive_block" id="elProfileStats">
<ul class="ipsList_inline ipsPos_left"><li><h4 class="ipsType_minorHeading">Bài viết</h4>{posts}</li><li><h4 class="ipsType_minorHeading">Tham gia</h4>{tm(joined)}</li><li><h4 class="ipsType_minorHeading">Lần cuối truy cập</h4><span class="ipsType_light">Không xem trực tuyến</span></li></ul></div></header>
<div class="ipsBox ipsPad"><p class="ipsType_light">Thành viên này chưa có hoạt động công khai gần đây.</p></div>
</div>"""
    return page(
        request,
        title=f"{name} - {SITE}",
        body=body,
        trail=[(None, name)],
        active="",
        page_app="core",
        sidebar=False,
    )


def intro_page(request: Request) -> Response:
    body = """<div class="ipsBox ipsPad ipsResponsive_pull">
<h1 class="ipsType_pageTitle">Giới thiệu Trường THPT Hoàng Hoa Thám</h1>
<div class="ipsType_richText ipsType_normal ipsSpacer_top">
<p>Trường THPT Hoàng Hoa Thám được thành lập năm 1995 trên cơ sở tách ra từ Trường THPT Lý Tự Trọng, tọa lạc tại trung tâm thành phố biển Nha Trang. Sau gần 30 năm xây dựng và phát triển, nhà trường đã trở thành một trong những trường THPT có chất lượng giáo dục toàn diện hàng đầu của tỉnh Khánh Hòa.</p>
<p>Năm học 2026 – 2027, nhà trường có 36 lớp với 1.486 học sinh; đội ngũ 96 cán bộ, giáo viên, nhân viên, trong đó 32 thầy cô có trình độ thạc sĩ. Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<h3>Sứ mạng – Tầm nhìn</h3>
<p>Xây dựng môi trường học tập thân thiện, kỷ cương, sáng tạo; giúp mỗi học sinh phát triển phẩm chất và năng lực để tự tin bước vào cuộc sống.</p>
<h3>Ban Giám hiệu</h3>
<ul><li>Hiệu trưởng: Thầy Nguyễn Văn Hòa</li><li>Phó Hiệu trưởng: Cô Lê Thị Ngọc Hân</li><li>Phó Hiệu trưởng: Thầy Trương Quang Vinh</li></ul>
</div></div>"""
    return page(
        request,
        title=f"Giới thiệu - {SITE}",
        body=body,
        trail=[(None, "Giới thiệu")],
        active="intro",
        page_id=2,
    )


def contact_page(request: Request) -> Response:
    base = base_url(request)
    body = f"""<div class="ipsBox ipsPad ipsResponsive_pull">
<h1 class="ipsType_pageTitle">Liên hệ</h1>
<div class="ipsType_richText ipsType_normal"><p><strong>TRƯỜNG THPT HOÀNG HOA THÁM</strong><br>Địa chỉ: 02 Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa<br>Điện thoại: 0258 3822 468 – Fax: 0258 3822 469<br>Email: c3hoanghoatham.kh@khanhhoa.edu.vn</p></div>
<form accept-charset="utf-8" class="ipsForm ipsForm_vertical" action="{base}/contact/" method="post">
<input type="hidden" name="contact_submitted" value="1"><input type="hidden" name="csrfKey" value="{CSRF}">
<ul class="ipsForm"><li class="ipsFieldRow"><label class="ipsFieldRow_label" for="elInput_contact_name">Họ và tên <span class="ipsFieldRow_required">Bắt buộc</span></label><div class="ipsFieldRow_content"><input type="text" name="contact_name" id="elInput_contact_name" required></div></li>
<li class="ipsFieldRow"><label class="ipsFieldRow_label" for="elInput_email_address">Địa chỉ email</label><div class="ipsFieldRow_content"><input type="email" name="email_address" id="elInput_email_address" required></div></li>
<li class="ipsFieldRow"><label class="ipsFieldRow_label" for="elInput_contact_text">Nội dung</label><div class="ipsFieldRow_content"><textarea name="contact_text" id="elInput_contact_text" rows="6"></textarea></div></li></ul>
<div class="ipsAreaBackground_light ipsPad"><button type="submit" class="ipsButton ipsButton_primary">Gửi</button></div></form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3899.0!2d109.19!3d12.24" width="100%" height="280" style="border:0;" loading="lazy"></iframe>
</div>"""
    if request.method == "POST":
        body = (
            '<div class="ipsBox ipsPad"><p class="ipsMessage ipsMessage_success">Cảm ơn bạn, tin nhắn đã được gửi tới Ban quản trị.</p></div>'
            + body
        )
    return page(
        request,
        title=f"Liên hệ - {SITE}",
        body=body,
        trail=[(None, "Liên hệ")],
        active="contact",
        canonical="/contact/",
        page_app="core",
        sidebar=False,
    )


def files_index(request: Request) -> Response:
    base = base_url(request)
    body = f"""<div class="ipsPageHeader ipsClearfix ipsSpacer_bottom"><h1 class="ipsType_pageTitle">Văn bản – Tài liệu</h1></div>
<div class="ipsBox ipsResponsive_pull"><h2 class="ipsType_sectionTitle ipsType_reset">Tập tin mới</h2>
<ol class="ipsDataList ipsDataList_zebra"><li class="ipsDataItem"><div class="ipsDataItem_icon"><i class="fa fa-file-pdf-o fa-2x"></i></div>
<div class="ipsDataItem_main"><h4 class="ipsDataItem_title"><a href="{base}{FILE_PATH}">Kế hoạch giáo dục nhà trường năm học 2026 – 2027</a></h4>
<p class="ipsType_reset ipsType_light ipsType_blendLinks">Bởi {_account_link(base, "vanphong_hht")}, {tm(_t(2026, 9, 8, 14, 30))} trong Kế hoạch – Văn bản</p></div>
<ul class="ipsDataItem_stats"><li><span class="ipsDataItem_stats_number">214</span> <span class="ipsDataItem_stats_type">lượt tải</span></li></ul></li></ol></div>"""
    return page(
        request,
        title=f"Văn bản – Tài liệu - {SITE}",
        body=body,
        trail=[(None, "Văn bản – Tài liệu")],
        active="files",
        page_app="downloads",
    )


def file_page(request: Request) -> Response:
    base = base_url(request)
    body = f"""<div class="ipsColumns ipsColumns_collapsePhone ipsClearfix"><div class="ipsColumn ipsColumn_fluid">
<div class="ipsBox ipsResponsive_pull"><div class="ipsPageHeader ipsPad">
<h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained">Kế hoạch giáo dục nhà trường năm học 2026 – 2027</span></h1>
<p class="ipsType_reset ipsType_blendLinks">Gửi bởi {_account_link(base, "vanphong_hht")}</p></div>
<div class="ipsPad"><section class="ipsType_normal"><h2 class="ipsType_sectionHead">Thông tin về tập tin này</h2>
<div class="ipsType_richText ipsContained ipsType_break" data-controller="core.front.core.lightboxedImages">
<p>Kế hoạch số 215/KH-THPTHHT ngày 05/9/2026 về kế hoạch giáo dục của nhà trường năm học 2026 – 2027, gồm kế hoạch dạy học các môn, hoạt động trải nghiệm, hướng nghiệp và nội dung giáo dục địa phương.</p>
</div></section></div></div></div>
<aside class="ipsColumn ipsColumn_wide"><div class="ipsBox ipsPad">
<a href="{base}{FILE_PATH}?do=download&amp;csrfKey={CSRF}" class="ipsButton ipsButton_fullWidth ipsButton_large ipsButton_important" rel="nofollow"><i class="fa fa-download"></i> Tải về tập tin này</a>
<h2 class="ipsType_sectionHead ipsSpacer_top">Thông tin tập tin</h2><ul class="ipsDataList ipsDataList_reducedSpacing">
<li class="ipsDataItem"><span class="ipsDataItem_generic ipsDataItem_size3"><strong>Lượt xem</strong></span><span class="ipsDataItem_generic cFileInfoData">1.032</span></li>
<li class="ipsDataItem"><span class="ipsDataItem_generic ipsDataItem_size3"><strong>Ngày gửi</strong></span><span class="ipsDataItem_generic cFileInfoData">{tm(_t(2026, 9, 8, 14, 30))}</span></li>
<li class="ipsDataItem"><span class="ipsDataItem_generic ipsDataItem_size3"><strong>Danh mục</strong></span><span class="ipsDataItem_generic cFileInfoData">Kế hoạch – Văn bản</span></li>
<li class="ipsDataItem"><span class="ipsDataItem_generic ipsDataItem_size3"><strong>Kích thước</strong></span><span class="ipsDataItem_generic cFileInfoData">1.24 MB</span></li></ul></div></aside></div>"""
    return page(
        request,
        title=f"Kế hoạch giáo dục nhà trường năm học 2026 – 2027 - Văn bản – Tài liệu - {SITE}",
        body=body,
        trail=[
            ("/files/", "Văn bản – Tài liệu"),
            (None, "Kế hoạch giáo dục nhà trường năm học 2026 – 2027"),
        ],
        active="files",
        canonical=FILE_PATH,
        page_app="downloads",
    )


ALBUM = [
    ("khai-giang-01", "Học sinh khối 10 diễu hành vào lễ đài"),
    ("khai-giang-02", "Thầy Hiệu trưởng đánh trống khai giảng"),
    ("khai-giang-03", "Tiết mục văn nghệ chào mừng"),
    ("khai-giang-04", "Đại diện học sinh phát biểu"),
    ("khai-giang-05", "Trao học bổng đầu năm"),
    ("khai-giang-06", "Thả bóng bay mừng năm học mới"),
]


def gallery_index(request: Request) -> Response:
    base = base_url(request)
    body = f"""<div class="ipsPageHeader ipsClearfix ipsSpacer_bottom"><h1 class="ipsType_pageTitle">Thư viện ảnh</h1></div>
<div class="ipsBox ipsPad"><ul class="ipsGrid ipsGrid_collapsePhone"><li class="ipsGrid_span4 cGalleryAlbum">
<a href="{base}{ALBUM_PATH}"><img src="{base}{_up("2026_09", "khai-giang-album-cover")}" alt="" loading="lazy"></a>
<h3 class="ipsType_reset"><a href="{base}{ALBUM_PATH}">Lễ khai giảng năm học 2026 – 2027</a></h3><p class="ipsType_light ipsType_reset">6 ảnh · {tm(_t(2026, 9, 5, 16, 0))}</p></li></ul></div>"""
    return page(
        request,
        title=f"Thư viện ảnh - {SITE}",
        body=body,
        trail=[(None, "Thư viện ảnh")],
        active="gallery",
        page_app="gallery",
    )


def album_page(request: Request) -> Response:
    base = base_url(request)
    imgs = "".join(
        f'<li class="ipsGrid_span3 cGalleryImageThumb"><a href="{base}{_full(_up("2026_09", n))}" '
        f'data-ipslightbox data-ipslightbox-group="album5" title="{esc(c)}"><img src="{base}'
        f'{_up("2026_09", n)}" alt="{esc(c)}" loading="lazy"></a><p class="ipsType_reset '
        f'ipsType_small">{esc(c)}</p></li>'
        for n, c in ALBUM
    )
    body = f"""<div class="ipsPageHeader ipsClearfix ipsSpacer_bottom"><h1 class="ipsType_pageTitle">Lễ khai giảng năm học 2026 – 2027</h1>
<p class="ipsType_reset ipsType_light ipsType_blendLinks">Bởi {_account_link(base, "bientap_hht")}, {tm(_t(2026, 9, 5, 16, 0))}</p>
<div class="ipsType_richText ipsType_normal">Một số hình ảnh Lễ khai giảng năm học mới sáng 05/9/2026.</div></div>
<div class="ipsBox ipsPad"><ul class="ipsGrid ipsGrid_collapsePhone cGalleryImages">{imgs}</ul></div>"""
    return page(
        request,
        title=f"Lễ khai giảng năm học 2026 – 2027 - Thư viện ảnh - {SITE}",
        body=body,
        trail=[("/gallery/", "Thư viện ảnh"), (None, "Lễ khai giảng năm học 2026 – 2027")],
        active="gallery",
        canonical=ALBUM_PATH,
        page_app="gallery",
    )


def video_page(request: Request) -> Response:
    clips = [
        ("k9Qp2sLx0aE", "Clip tổng kết Lễ khai giảng năm học 2026 – 2027", "05/9/2026"),
        ("q3Xb7hKp0Ts", "Chung kết Hội thi “Thủ lĩnh thanh niên” năm 2026", "02/11/2026"),
        ("Zr8m1VdYc4w", "Văn nghệ chào mừng ngày Nhà giáo Việt Nam 20/11", "21/11/2026"),
    ]
    items = "".join(
        f'<div class="ipsGrid_span6 ipsSpacer_bottom"><div class="ipsEmbeddedVideo"><div><iframe '
        f'allowfullscreen="" frameborder="0" height="270" src="https://www.youtube-nocookie.com/embed/'
        f'{vid}" width="480"></iframe></div></div><h3 class="ipsType_reset ipsType_normal">{esc(t)}</h3>'
        f'<p class="ipsType_light ipsType_reset ipsType_small">{d}</p></div>'
        for vid, t, d in clips
    )
    body = f"""<div class="ipsBox ipsPad ipsResponsive_pull"><h1 class="ipsType_pageTitle">Video clip hoạt động</h1>
<div class="ipsGrid ipsGrid_collapsePhone ipsSpacer_top">{items}</div>
<p><a href="https://www.youtube.com/@thpthoanghoatham" target="_blank" rel="noopener">Xem thêm trên kênh YouTube của trường</a></p></div>"""
    return page(
        request,
        title=f"Video clip - {SITE}",
        body=body,
        trail=[(None, "Video clip")],
        active="gallery",
        page_id=6,
    )


def login_page(request: Request, register: bool = False) -> Response:
    base = base_url(request)
    label = "Đăng ký" if register else "Đăng nhập"
    body = f"""<div class="ipsBox ipsPad ipsResponsive_pull" style="max-width:480px;margin:auto">
<h1 class="ipsType_pageTitle">{label}</h1>
<form accept-charset="utf-8" method="post" action="{base}{"/register/" if register else "/login/"}"><input type="hidden" name="csrfKey" value="{CSRF}">
<ul class="ipsForm"><li class="ipsFieldRow"><input type="text" name="auth" placeholder="Tên hiển thị hoặc địa chỉ email"></li>
<li class="ipsFieldRow"><input type="password" name="password" placeholder="Mật khẩu"></li>
<li class="ipsFieldRow"><button type="submit" class="ipsButton ipsButton_primary ipsButton_fullWidth">{label}</button></li></ul></form></div>"""
    return page(
        request,
        title=f"{label} - {SITE}",
        body=body,
        trail=[(None, label)],
        active="",
        canonical="/register/" if register else "/login/",
        page_app="core",
        sidebar=False,
    )


def search_page(request: Request) -> Response:
    q = request.params.get("q") or request.form.get("q") or ""
    note = (
        f"<p class=\"ipsType_light\">Không tìm thấy kết quả nào cho '{esc(q)}'.</p>"
        if q
        else '<p class="ipsType_light">Nhập từ khóa để tìm kiếm.</p>'
    )
    body = f"""<div class="ipsBox ipsPad"><h1 class="ipsType_pageTitle">Tìm kiếm</h1>
<form accept-charset="utf-8" method="get" action="/search/"><input type="search" name="q" value="{esc(q)}"><button type="submit" class="ipsButton ipsButton_primary">Tìm kiếm</button></form>{note}</div>"""
    return page(
        request,
        title=f"Tìm kiếm - {SITE}",
        body=body,
        trail=[(None, "Tìm kiếm")],
        active="",
        canonical="/search/",
        page_app="core",
    )


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{record_path(s)}</link>"
        f"<description><![CDATA[{excerpt(s, 300)}]]></description>"
        f'<guid isPermaLink="false">{s.id}</guid>'
        f"<pubDate>{_utc(s.opts['posted']).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate></item>"
        for s in STORIES[:10]
    )
    xml = (
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Tin tức mới</title>'
        f"<link>{base}/</link><description>{SITE}</description><language>vi-VN</language>"
        f"{items}</channel></rss>"
    )
    return Response(200, xml.encode("utf-8"), {"Content-Type": "text/xml; charset=UTF-8"})


# --- routing ------------------------------------------------------------------------------------

_RECORD = re.compile(r"^/tin-tuc/([a-z0-9-]+)/(\d+)(?:-([^/]*))?/?$")
_CATEGORY = re.compile(r"^/tin-tuc/([a-z0-9-]+)/?$")
_TOPIC = re.compile(r"^/forums/topic/(\d+)(?:-([^/]*))?/?$")
_FORUM = re.compile(r"^/forums/forum/(\d+)(?:-([^/]*))?/?$")
_PROFILE = re.compile(r"^/profile/(\d+)(?:-([^/]*))?/?$")
_TAG = re.compile(r"^/tags/([^/]+)/?$")


def _page_param(request: Request) -> int | None:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() else None


class InvisionSite:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        query = request.query
        base = base_url(request)

        if path.startswith(("/uploads/", "/applications/core/interface/js/")):
            return static_file(path)
        if path == "/applications/core/interface/file/attachment.php":
            if request.params.get("id") == "532":
                return Response(
                    200,
                    PDF,
                    {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": 'inline; filename="TB_412_KiemTraCuoiHKI_2026-2027.pdf"',
                    },
                )
            return None
        if path == "/index.php":
            # un-rewritten friendly URL: /index.php?/tin-tuc/... -> 301 to the rewritten form
            if query.startswith("/"):
                target = self._canonical_for(unquote(query.split("&", 1)[0]))
                if target:
                    return redirect(base + target, 301)
                return None
            return redirect(base + "/", 301) if not query else None
        if path == "/":
            return home_page(request)

        m = _RECORD.match(path)
        if m:
            return self._record(request, m)
        m = _CATEGORY.match(path)
        if m and m.group(1) in CATEGORIES:
            if not path.endswith("/"):
                return redirect(base + path + "/", 301)
            pg = _page_param(request)
            return category_page(request, m.group(1), pg) if pg else None
        if path in ("/tin-tuc/", "/tin-tuc"):
            if path == "/tin-tuc":
                return redirect(base + "/tin-tuc/", 301)
            pg = _page_param(request)
            return index_page(request, pg) if pg else None

        m = _TOPIC.match(path)
        if m and int(m.group(1)) in TOPICS:
            tid = int(m.group(1))
            if path != topic_path(tid):
                return redirect(base + topic_path(tid), 301)
            return topic_page(request, tid)
        m = _FORUM.match(path)
        if m and int(m.group(1)) in FORUMS:
            fid = int(m.group(1))
            if path != forum_path(fid):
                return redirect(base + forum_path(fid), 301)
            return forum_page(request, fid)
        if path == "/forums/":
            return forums_index(request)
        m = _PROFILE.match(path)
        if m:
            for name, (uid, *_rest) in ACCOUNTS.items():
                if uid == int(m.group(1)):
                    if path != _profile(name):
                        return redirect(base + _profile(name), 301)
                    return profile_page(request, name)
            return None
        m = _TAG.match(path)
        if m and m.group(1) in TAGS:
            return tag_page(request, m.group(1))

        simple = {
            "/gioi-thieu/": intro_page,
            "/contact/": contact_page,
            "/files/": files_index,
            "/gallery/": gallery_index,
            ALBUM_PATH: album_page,
            "/video/": video_page,
            "/login/": login_page,
            "/register/": lambda r: login_page(r, register=True),
            "/search/": search_page,
            "/rss/1-tin-tuc-moi.xml/": rss,
        }
        if path == FILE_PATH:
            if request.params.get("do") == "download":
                return Response(
                    200,
                    PDF,
                    {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": 'attachment; filename="KH_215_KeHoachGiaoDuc_2026-2027.pdf"',
                    },
                )
            return file_page(request)
        if path in simple:
            return simple[path](request)
        if path + "/" in simple:
            return redirect(base + path + "/", 301)
        return None

    @staticmethod
    def _canonical_for(path: str) -> str | None:
        m = _RECORD.match(path)
        if m and int(m.group(2)) in BY_ID:
            return record_path(BY_ID[int(m.group(2))])
        return None

    def _record(self, request: Request, m: re.Match) -> Response | None:
        base = base_url(request)
        story = BY_ID.get(int(m.group(2)))
        if story is None:
            return None
        canonical = record_path(story)
        if unquote(request.path) != canonical:
            return redirect(base + canonical + (f"?{request.query}" if request.query else ""), 301)
        params = request.params
        do = params.get("do")
        comments = COMMENTS.get(story.id, [])
        npages = max(1, -(-len(comments) // COMMENTS_PER_PAGE))
        if do in ("getLastComment", "getNewComment"):
            last = f"?page={npages}" if npages > 1 else ""
            return redirect(base + canonical + last + "#comments", 302)
        if do:
            return None
        pg = _page_param(request)
        if pg is None:
            return None
        if pg > npages:
            return redirect(base + canonical, 301)
        return record_page(request, story, pg)


def build_site() -> InvisionSite:
    return InvisionSite()


# --- gold -------------------------------------------------------------------------------------------


def _gold(story: Story, alt: list[str] | None = None) -> dict:
    return gold_record(
        story,
        record_path(story),
        CATEGORIES[story.cat][1],
        alt_paths=alt or [],
    )


GOLD = [
    _gold(S140),
    _gold(S138),
    _gold(S137),
    _gold(S135),
    _gold(S133),
    _gold(S131, [record_path(S131) + "?page=2"]),
    _gold(S128),
    _gold(S127),
    _gold(S124),
    _gold(S121),
    _gold(S119),
    _gold(S117),
    _gold(S109),
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/contact/",
    FILE_PATH,
    ALBUM_PATH,
    "/video/",
    topic_path(58),
]
