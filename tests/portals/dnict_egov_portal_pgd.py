"""Phòng GD&ĐT huyện Định Quán on the province IT centre's e-government portal product (blind fixture).

Platform
--------
The Đồng Nai IT and communications centre's portal product ("Cổng thông tin điện tử thành
phần"): one ASP.NET MVC 5 application (IIS 10, ``X-AspNetMvc-Version: 5.2``) serves every office
of the province from one host, each office a sub-site under ``/<office code>`` with its own menu
and banner. Bootstrap 3 theme, jQuery, owl-carousel "Tin nổi bật" slider, jQuery lazyload on the
article images, PagedList.Mvc pager with Vietnamese labels ("« Đầu ‹ Trước 1 2 3 Tiếp › Cuối »"),
a text-to-speech player ("Nghe đọc bài viết") over each article, the foot fields "Tác giả:",
"Nguồn:", "Ngày đăng:" printed with .NET's vi-VN general date format ("03/12/2026 3:42:15 CH").

URL scheme
----------
- ``/pgddinhquan``: the sub-site's home (START_PATH); ``/`` is the province's hub of sub-sites.
- ``/pgddinhquan/tin-tuc-su-kien``: the news zone (three category blocks, no pager).
- ``/pgddinhquan/tin-tuc-su-kien/c/<catslug>-<catid>?page=<n>``: category listings, 3 cards a
  page (categories 10 "Tin giáo dục", 12 "Hoạt động chuyên môn", 16 "Thông báo").
- ``/pgddinhquan/tin-tuc-su-kien/<slug>-<id>.html``: articles. The MVC route reads only the id:
  any slug, any letter case answers (IIS + MVC routing are case-insensitive).
- ``/sogddt``, ``/pgdtanphu``: other offices' sub-sites on the same host (same templates).
- ``/pgddinhquan/tim-kiem?q=``: search (GET form in the header).
- Non-articles: ``/pgddinhquan/gioi-thieu/chuc-nang-nhiem-vu``, ``/pgddinhquan/lien-he``,
  ``/pgddinhquan/van-ban-chi-dao-dieu-hanh/chi-tiet-<id>``, ``/pgddinhquan/lich-cong-tac``,
  ``/pgddinhquan/thu-vien-anh/<slug>-<id>``; listings of documents and albums beside them.
- ``/Upload/pgddinhquan/...`` images and files, ``/Content/...`` theme files,
  ``/pgddinhquan/TextToSpeech/Audio?id=`` the audio of the TTS player.

Page templates
--------------
Layout: top bar (today "Thứ Bảy, 05/12/2026", office switcher "Cổng thành phần", search form),
banner whose ``<h1>`` is the office's name, menu with drop-downs, breadcrumb, main column, right
column (Tin xem nhiều, Văn bản chỉ đạo điều hành, Lịch công tác, Thư viện ảnh, Liên kết website
select, poll form, visitor counter), footer. Article page (``div.ctt``): breadcrumb, headline
``div.ctt-tieude``, info row (update time, "Lượt xem", font-size tool, print), TTS player
``div.ctt-nghedoc``, sapo ``div.ctt-mota`` (when the editor filled the field), text
``div#ctt_NoiDung``, foot fields ``div.ctt-chantrang``, share buttons, "Tin cùng chuyên mục".

How each gold article is reached
--------------------------------
Home "Tin tức - Sự kiện" zone: the 6 newest (2641, 2639, 2635, 2637, 2632, 2630); "Tin nổi
bật" slider: 2641, 2639, 2630 (mixed-case links); "Tin xem nhiều": 2627, 2622, 2615. Category
10 pages 1-3: 2641 2637 2630 | 2622 2609 2598 | 2588; category 12 pages 1-2: 2639 2627 2615 |
2601; category 16 page 1: 2635 2632. "Tin cùng chuyên mục" lists the category's three newest
other articles. So 2609, 2598 and 2588 are reachable only from pages 2-3 of category 10.

Traps
-----
1. Headline not in ``<h1>`` (not in the README's list): every page's only ``<h1>`` is the
   banner ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỊNH QUÁN"), ``<title>`` and og:title are the
   sub-site's name on every page; the headline is ``div.ctt-tieude``, and the editor broke a
   long one with ``<br />`` (2639). Gold title: the div's text, the break read as a space.
2. Listing titles cut (not in the README's list): cards print titles cut at ~75 characters with
   "..." (full title only in the ``title`` attribute). Gold title: the article page's headline.
3. Duplicate URLs from id-only, case-insensitive routing: the slider prints
   ``/PGDDinhQuan/tin-tuc-su-kien/...`` and "Tin cùng chuyên mục" prints slugs cut at 50
   characters; both answer the same article (canonical link = lower-case full slug). Gold: the
   lower-case full path; the printed variants in ``alt_paths``.
4. Sub-site scope (not in the README's list): other offices of the province live on the same
   host with the very same URL shapes (``/sogddt/tin-tuc-su-kien/...-3012.html``), linked from
   the office switcher, the "Liên kết website" box and the home's "Tin từ Sở GD&ĐT" zone. Gold:
   they are not this portal's articles (no record); only ``/pgddinhquan/...`` articles are.
5. Between headline and text (not in the README's list): an unlabeled update time (clock icon,
   ``title="Ngày cập nhật"``), "Lượt xem: 1.234", "Cỡ chữ A- A A+", "In bài" and a text-to-speech
   player with voice choices ("Giọng nữ miền Nam" …). None is body, summary or date.
6. Dates: the publication time is printed only at the foot ("Ngày đăng: 03/12/2026 3:42:15 CH",
   .NET vi-VN: SA = a.m., CH = p.m., 12 CH = noon, 12 SA = midnight); the first date on the page
   is the update time, later for 2630, 2627, 2598. Gold: the foot's time converted to 24 h
   ("3:42:15 CH" -> 15:42:15, "12:10:05 CH" -> 12:10:05); "12:00:00 SA" (2609) -> day alone.
7. Lazy-loaded images (not in the README's list): the theme rewrites content images to
   ``<img class="lazy" src="/Content/portal/images/grey.gif" data-original="/Upload/...">``.
   Gold: the ``data-original`` path; the grey placeholder is no image. Images inside a Word table
   (2598) escaped the rewrite and keep their plain ``src``.
8. Repeated lead (not in the README's list): in 2630 the sapo is printed in ``div.ctt-mota`` and
   the editor pasted it again as the first paragraph of the text. Gold: the sapo once, as the
   body's first paragraph.
9. Captions in odd places: a two-row Word table (image row, caption row) in 2598; ``<figure>``
   with ``<figcaption>`` in 2639; an italic line in parentheses after a ``<br />`` in the image's
   own paragraph (2609, 2588); a right-aligned "Ảnh: Hoàng Nam" (2637) which is only a credit.
   Gold: captions without parentheses, not body; the credit -> photographer, caption None.
10. Widgets inside the text's container: a floated "Tin liên quan" box after the third paragraph
    with the text going on after it (2622), a "Xem thêm:" line and a "Tệp đính kèm" block (2615,
    2632). Gold: not body, the text after the box is body.
11. Bylines at the foot: "Tác giả: ThS. Trần Văn Khải - Chuyên viên Phòng GD&ĐT" -> [Trần Văn
    Khải]; "Tin, ảnh: Quốc Việt" -> both lists; "Tin: Phạm Thu Trang - Ảnh: Lê Văn Tú";
    "Tác giả: quantri_pgddq" and "Admin" -> nobody; a unit ("Tổ Giáo dục Tiểu học") is the
    author as printed; an empty "Tác giả:" with a right-aligned unit closing the text (2609) ->
    that unit. "Nguồn:" empty -> null.
12. Official notice (2635): letterhead table, "Số: 512/TB-PGDĐT", "Định Quán, ngày 30 tháng 11
    năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer. Gold: date 2026-11-30 (not
    the foot's 01/12), author the signer Nguyễn Văn Thành, letterhead and closing not body.
13. Encoding: 2622 was pasted from a document typed in Unikey's "Unicode tổ hợp" (decomposed,
    NFD) text and captions. Gold: NFC.
14. Tables and lists in the text: data tables (2630, 2632) -> one paragraph a row, cells joined by
    " | "; a list (2627) -> one paragraph an item. Word paste (MsoNormal, ``<o:p>``, ``&nbsp;``
    spacers) in 2598.

Gold decisions on ambiguous points
----------------------------------
- Articles of other offices' sub-sites (trap 4) are out of this portal; a crawl that emits them
  has extra records.
- A sapo printed only as the text's bold first paragraph (2637, 2588, 2601) is the summary;
  articles whose editor left the field empty (2609, 2615, 2635, 2632) have no summary though
  their meta description repeats the text's opening.
- The update time is never the publication date; where the page prints no "Ngày đăng" time the
  gold would be null (no such article here).
- The "Tin liên quan" box title and the TTS player's labels are chrome.
- Body sentences that begin with "Theo" ("Theo cô …", "Theo Kế hoạch …") are text, not sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "dnict_egov_portal_pgd"
PLATFORM = "DNICT e-Gov Portal (ASP.NET MVC 5, cổng thành phần, PagedList.Mvc)"
START_PATH = "/pgddinhquan"

OFFICE = "pgddinhquan"
TODAY_PRINTED = "Thứ Bảy, 05/12/2026"
ZONE = "/pgddinhquan/tin-tuc-su-kien"
UP = "/Upload/pgddinhquan/TinTuc"
GREY = "/Content/portal/images/grey.gif"

CATS = {
    10: ("tin-giao-duc", "Tin giáo dục"),
    12: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    16: ("thong-bao", "Thông báo"),
}
PAGE_SIZE = 3


def cat_path(cat_id: int) -> str:
    slug, _ = CATS[cat_id]
    return f"{ZONE}/c/{slug}-{cat_id}"


def art_path(story: Story, office: str = OFFICE) -> str:
    return f"/{office}/tin-tuc-su-kien/{story.slug}-{story.id}.html"


def short_path(story: Story) -> str:
    """The slug cut at 50 characters, as the "Tin cùng chuyên mục" helper prints it."""
    return f"{ZONE}/{story.slug[:50].rstrip('-')}-{story.id}.html"


def mixed_path(story: Story) -> str:
    """The slider's link: the office code typed in mixed case in the link builder."""
    return f"/PGDDinhQuan/tin-tuc-su-kien/{story.slug}-{story.id}.html"


def vi_datetime(value: str) -> str:
    """ISO "2026-12-03 15:42:15" as .NET vi-VN prints DateTime.ToString(): "03/12/2026 3:42:15 CH"."""
    dt = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    hour = dt.hour % 12 or 12
    return f"{dt:%d/%m/%Y} {hour}:{dt:%M:%S} {'SA' if dt.hour < 12 else 'CH'}"


def vi_day(value: str) -> str:
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").strftime("%d/%m/%Y")


# --- markup pieces inside the text -------------------------------------------------------------

RIGHT_UNIT = '<p style="text-align:right"><strong><span style="font-size:14px">{}</span></strong></p>'

LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%" class="MsoNormalTable">'
    "<tbody><tr>"
    '<td style="width:42%;text-align:center;vertical-align:top">'
    '<p class="MsoNormal" style="text-align:center"><span style="font-size:13pt">UBND HUYỆN ĐỊNH QUÁN</span><br />'
    "<b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b></p>"
    '<p class="MsoNormal" style="text-align:center">Số: 512/TB-PGDĐT</p></td>'
    '<td style="width:58%;text-align:center;vertical-align:top">'
    '<p class="MsoNormal" style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br />'
    "<b><u>Độc lập - Tự do - Hạnh phúc</u></b></p>"
    '<p class="MsoNormal" style="text-align:right"><i>Định Quán, ngày 30 tháng 11 năm 2026</i></p></td>'
    "</tr></tbody></table>"
    '<p class="MsoNormal" style="text-align:center"><b><span style="font-size:14pt">THÔNG BÁO</span></b></p>'
    '<p class="MsoNormal" style="text-align:center"><b>Về việc tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi '
    "cấp huyện bậc THCS năm học 2026 - 2027</b></p>"
    '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
)

CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%" class="MsoNormalTable">'
    "<tbody><tr>"
    '<td style="width:50%;vertical-align:top">'
    '<p class="MsoNormal"><b><i>Nơi nhận:</i></b><br />- Các trường THCS;<br />- Lãnh đạo Phòng;<br />'
    "- Lưu: VT, THCS.</p></td>"
    '<td style="width:50%;text-align:center;vertical-align:top">'
    '<p class="MsoNormal" style="text-align:center"><b>TRƯỞNG PHÒNG</b></p>'
    '<p class="MsoNormal" style="text-align:center"><i>(Đã ký)</i></p>'
    '<p class="MsoNormal" style="text-align:center"><b>Nguyễn Văn Thành</b></p></td>'
    "</tr></tbody></table>"
)


def related_box(items: list[tuple[str, str]]) -> str:
    lis = "".join(f'<li><a href="{href}">{esc(title)}</a></li>' for href, title in items)
    return (
        '<div class="box-tlq" style="float:right;width:42%;margin:0 0 10px 15px;'
        'border:1px solid #d6d6d6;background:#f5f8fc;padding:8px">'
        '<div class="box-tlq-tieude"><i class="fa fa-list"></i> Tin liên quan</div>'
        f'<ul class="box-tlq-ds">{lis}</ul></div>'
    )


def attach(name: str) -> str:
    return (
        '<div class="ctt-dinhkem"><span class="lbl-dinhkem"><i class="fa fa-paperclip"></i> '
        f'Tệp đính kèm:</span> <a href="/Upload/pgddinhquan/files/2026/11/{name}" target="_blank">'
        f"{name}</a></div>"
    )


# --- the thirteen articles --------------------------------------------------------------------

A1 = Story(
    id=2641,
    slug="dinh-quan-khai-mac-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
    title="Định Quán khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
    cat="Tin giáo dục",
    published_at="2026-12-03T15:42:15+07:00",
    summary=(
        "Sáng ngày 03/12/2026, tại Trung tâm Văn hóa - Thể thao huyện, Phòng Giáo dục và Đào "
        "tạo phối hợp với Phòng Văn hóa và Thông tin huyện Định Quán long trọng tổ chức Lễ khai "
        "mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự lễ khai mạc có ông Trần Minh Hoàng, Phó Chủ tịch UBND huyện Định Quán, "
            "Trưởng ban Tổ chức Hội khỏe Phù Đổng; lãnh đạo Phòng Giáo dục và Đào tạo, Phòng Văn "
            "hóa và Thông tin, Huyện đoàn cùng hơn 1.200 vận động viên là học sinh đến từ 54 "
            "trường Tiểu học và Trung học cơ sở trên địa bàn huyện."
        ),
        Img(
            f"{UP}/2026/12/03/hkpd-khai-mac-01.jpg",
            "Ông Trần Minh Hoàng, Phó Chủ tịch UBND huyện phát biểu khai mạc Hội khỏe Phù Đổng",
            "Ông Trần Minh Hoàng, Phó Chủ tịch UBND huyện phát biểu khai mạc Hội khỏe Phù Đổng",
            style="em",
        ),
        P(
            "Phát biểu khai mạc, ông Trần Minh Hoàng nhấn mạnh Hội khỏe Phù Đổng là hoạt động thể "
            "thao lớn nhất của ngành Giáo dục, nhằm đánh giá kết quả công tác giáo dục thể chất và "
            "hoạt động thể thao trong trường học, đồng thời phát hiện, bồi dưỡng các tài năng thể "
            "thao trẻ để tham gia Hội khỏe Phù Đổng cấp tỉnh vào tháng 3/2027."
        ),
        P(
            "Hội khỏe năm nay gồm 9 môn thi đấu: điền kinh, bơi lội, cờ vua, bóng đá mini nam, "
            "bóng chuyền, cầu lông, bóng bàn, đá cầu và võ cổ truyền. Các môn thi đấu diễn ra từ "
            "ngày 03/12 đến ngày 13/12/2026 tại Trung tâm Văn hóa - Thể thao huyện, Trường THCS "
            "Phú Lợi và Trường THCS Thống Nhất."
        ),
        Img(
            f"{UP}/2026/12/03/hkpd-dong-dien-02.jpg",
            "Màn đồng diễn thể dục nhịp điệu của học sinh Trường Tiểu học Thị trấn Định Quán",
            "Màn đồng diễn thể dục nhịp điệu của học sinh Trường Tiểu học Thị trấn Định Quán",
            style="em",
        ),
        P(
            "Trước giờ khai mạc, gần 300 học sinh Trường Tiểu học Thị trấn Định Quán và Trường "
            "THCS Thị trấn Định Quán đã biểu diễn màn đồng diễn thể dục nhịp điệu và võ thuật đầy "
            "sôi động, nhận được sự cổ vũ nhiệt tình của khán giả."
        ),
        P(
            "Ngay sau lễ khai mạc, các vận động viên bước vào thi đấu môn điền kinh và cờ vua. Ban "
            "Tổ chức sẽ trao giải cá nhân, đồng đội từng môn và giải toàn đoàn tại lễ bế mạc dự "
            "kiến tổ chức vào chiều ngày 13/12/2026."
        ),
    ],
    authors=["Quốc Việt"],
    photographers=["Quốc Việt"],
    opts={
        "posted": "2026-12-03 15:42:15",
        "updated": "2026-12-03 16:01:37",
        "tacgia": "Tin, ảnh: Quốc Việt",
        "nguon": "",
        "featured": True,
        "thumb": f"{UP}/2026/12/03/thumb/hkpd-khai-mac-01.jpg",
    },
)

A2 = Story(
    id=2637,
    slug="truong-thcs-phu-ngoc-to-chuc-ngay-hoi-doc-sach-sach-canh-cua-tri-thuc",
    title="Trường THCS Phú Ngọc tổ chức Ngày hội đọc sách “Sách – Cánh cửa tri thức”",
    cat="Tin giáo dục",
    published_at="2026-12-01T09:20:00+07:00",
    summary=(
        "Nhằm phát triển văn hóa đọc trong nhà trường, chiều ngày 30/11/2026, Trường THCS Phú "
        "Ngọc đã tổ chức Ngày hội đọc sách với chủ đề “Sách – Cánh cửa tri thức” cho hơn 900 học "
        "sinh toàn trường."
    ),
    blocks=[
        P(
            "Nhằm phát triển văn hóa đọc trong nhà trường, chiều ngày 30/11/2026, Trường THCS Phú "
            "Ngọc đã tổ chức Ngày hội đọc sách với chủ đề “Sách – Cánh cửa tri thức” cho hơn 900 "
            "học sinh toàn trường.",
            style="lead",
        ),
        P(
            "Ngày hội gồm nhiều hoạt động phong phú như: trưng bày và giới thiệu sách theo chủ đề, "
            "thi kể chuyện theo sách, vẽ tranh về cuốn sách em yêu thích, đố vui tìm hiểu kiến "
            "thức và “Đổi sách cũ – Nhận cây xanh”. Mỗi lớp được giao trang trí một gian sách với "
            "các chủ đề về quê hương Định Quán, lịch sử dân tộc, khoa học và kỹ năng sống."
        ),
        Img(f"{UP}/2026/12/01/ngay-hoi-doc-sach-phu-ngoc.jpg", "Ảnh: Hoàng Nam", None, style="credit"),
        P(
            "Tiết mục giới thiệu sách bằng hình thức sân khấu hóa của lớp 8A3 về tác phẩm “Dế Mèn "
            "phiêu lưu ký” của nhà văn Tô Hoài đã để lại nhiều ấn tượng, giúp các em học sinh khối "
            "6 hiểu thêm về giá trị của tình bạn và lòng dũng cảm."
        ),
        P(
            "Theo cô Nguyễn Thị Mỹ Linh, cán bộ thư viện nhà trường, sau ngày hội, thư viện đã nhận "
            "thêm 612 cuốn sách do học sinh và phụ huynh quyên góp. Số sách này sẽ được bổ sung vào "
            "tủ sách lớp học và tặng cho học sinh có hoàn cảnh khó khăn của xã Phú Ngọc."
        ),
        P(
            "Ngày hội đọc sách là hoạt động thiết thực hưởng ứng Đề án “Xây dựng xã hội học tập giai "
            "đoạn 2021 - 2030”, góp phần hình thành thói quen đọc sách, tự học cho học sinh."
        ),
    ],
    authors=["Nguyễn Thị Mỹ Linh"],
    photographers=["Hoàng Nam"],
    source="Trường THCS Phú Ngọc",
    opts={
        "posted": "2026-12-01 09:20:00",
        "updated": "2026-12-01 09:20:00",
        "tacgia": "Nguyễn Thị Mỹ Linh",
        "nguon": "Trường THCS Phú Ngọc",
        "thumb": f"{UP}/2026/12/01/thumb/ngay-hoi-doc-sach-phu-ngoc.jpg",
    },
)

A3_SAPO = (
    "Chiều ngày 26/11/2026, UBND huyện Định Quán tổ chức Lễ tuyên dương, khen thưởng giáo viên, "
    "học sinh đạt thành tích xuất sắc năm học 2025 - 2026 nhân kỷ niệm 44 năm Ngày Nhà giáo Việt "
    "Nam (20/11/1982 - 20/11/2026)."
)

A3 = Story(
    id=2630,
    slug="huyen-dinh-quan-tuyen-duong-126-giao-vien-hoc-sinh-tieu-bieu-nam-hoc-2025-2026",
    title="Huyện Định Quán tuyên dương 126 giáo viên, học sinh tiêu biểu năm học 2025 - 2026",
    cat="Tin giáo dục",
    published_at="2026-11-27T12:10:05+07:00",
    summary=A3_SAPO,
    sapo_outside=True,
    blocks=[
        Raw(f'<p style="text-align:justify">{esc(A3_SAPO)}</p>'),
        P(
            "Năm học 2025 - 2026, ngành Giáo dục huyện Định Quán đạt nhiều kết quả nổi bật: tỷ lệ "
            "học sinh hoàn thành chương trình Tiểu học đạt 99,8%; tỷ lệ học sinh tốt nghiệp THCS "
            "đạt 99,6%; có 78 học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh, tăng 14 giải "
            "so với năm học trước."
        ),
        P(
            "Tại buổi lễ, UBND huyện đã tặng Giấy khen cho 126 cá nhân, trong đó có 41 giáo viên "
            "và 85 học sinh. Một số gương điển hình được tuyên dương như sau:"
        ),
        P("TT | Họ và tên | Đơn vị | Thành tích", style="row"),
        P(
            "1 | Lê Thị Ngọc Ánh | Trường THCS Phú Lợi | Giáo viên dạy giỏi cấp tỉnh môn Ngữ văn",
            style="row",
        ),
        P(
            "2 | Phạm Gia Huy | Trường THCS Thị trấn Định Quán | Giải Nhất học sinh giỏi cấp tỉnh "
            "môn Toán",
            style="row",
        ),
        P(
            "3 | Võ Ngọc Bảo Trâm | Trường THCS La Ngà | Huy chương Vàng Hội khỏe Phù Đổng cấp "
            "tỉnh môn Bơi lội",
            style="row",
        ),
        P(
            "4 | Nguyễn Đình Khang | Trường Tiểu học Phú Vinh | Giải Nhì cuộc thi Sáng tạo thanh "
            "thiếu niên nhi đồng cấp tỉnh",
            style="row",
        ),
        Img(
            f"{UP}/2026/11/27/tuyen-duong-gv-hs-2026.jpg",
            "Lãnh đạo huyện trao Giấy khen cho các giáo viên có thành tích xuất sắc",
            "Lãnh đạo huyện trao Giấy khen cho các giáo viên có thành tích xuất sắc",
            style="em",
        ),
        P(
            "Phát biểu tại buổi lễ, ông Nguyễn Văn Thành, Trưởng phòng Giáo dục và Đào tạo huyện "
            "ghi nhận sự nỗ lực của đội ngũ nhà giáo và các em học sinh, đồng thời đề nghị các "
            "trường tiếp tục đổi mới phương pháp dạy học, chú trọng bồi dưỡng học sinh giỏi và phụ "
            "đạo học sinh yếu, kém ngay từ đầu năm học 2026 - 2027."
        ),
    ],
    opts={
        "posted": "2026-11-27 12:10:05",
        "updated": "2026-11-28 07:45:02",
        "tacgia": "quantri_pgddq",
        "nguon": "",
        "featured": True,
        "thumb": f"{UP}/2026/11/27/thumb/tuyen-duong-gv-hs-2026.jpg",
    },
)

A4 = Story(
    id=2622,
    slug="tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-cho-can-bo-quan-ly",
    title="Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý các trường",
    cat="Tin giáo dục",
    published_at="2026-11-20T14:05:33+07:00",
    summary=(
        "Từ ngày 18 đến ngày 19/11/2026, Phòng Giáo dục và Đào tạo huyện Định Quán tổ chức lớp "
        "tập huấn chuyển đổi số trong quản lý trường học cho 162 cán bộ quản lý các trường Mầm "
        "non, Tiểu học và THCS trên địa bàn huyện."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Lớp tập huấn được tổ chức theo Kế hoạch số 186/KH-PGDĐT ngày 02/11/2026 của Phòng Giáo "
            "dục và Đào tạo về triển khai nhiệm vụ chuyển đổi số, ứng dụng công nghệ thông tin năm "
            "học 2026 - 2027."
        ),
        P(
            "Báo cáo viên là các chuyên viên Sở Giáo dục và Đào tạo tỉnh Đồng Nai và giáo viên cốt "
            "cán về công nghệ thông tin của huyện. Học viên được hướng dẫn khai thác phần mềm quản "
            "lý trường học, cập nhật hồ sơ điện tử, học bạ số và quy trình ký số văn bản trên hệ "
            "thống quản lý văn bản điều hành của tỉnh."
        ),
        P(
            "Trong hai ngày tập huấn, mỗi trường được cấp tài khoản thử nghiệm để thực hành trực "
            "tiếp các thao tác lập kế hoạch giáo dục, phân công chuyên môn và xuất báo cáo thống kê "
            "đầu năm học."
        ),
        Raw("{related}"),
        P(
            "Bên cạnh đó, các học viên được trao đổi về bảo đảm an toàn thông tin, bảo vệ dữ liệu "
            "cá nhân của học sinh, cách nhận diện thư điện tử lừa đảo và các thủ đoạn tấn công mạng "
            "thường gặp trong trường học."
        ),
        Img(
            f"{UP}/2026/11/20/tap-huan-cds-cbql.jpg",
            "Học viên thực hành ký số học bạ điện tử tại phòng máy Trường THCS Thị trấn Định Quán",
            "Học viên thực hành ký số học bạ điện tử tại phòng máy Trường THCS Thị trấn Định Quán",
            style="em",
        ),
        P(
            "Kết thúc lớp tập huấn, 100% học viên hoàn thành bài kiểm tra thực hành. Phòng Giáo dục "
            "và Đào tạo yêu cầu các trường hoàn thành việc triển khai học bạ số đối với khối lớp 1, "
            "lớp 2 và lớp 6 trước ngày 31/12/2026."
        ),
    ],
    authors=["Trần Văn Khải"],
    opts={
        "posted": "2026-11-20 14:05:33",
        "updated": "2026-11-20 14:05:33",
        "tacgia": "ThS. Trần Văn Khải - Chuyên viên Phòng GD&ĐT",
        "nguon": "",
        "nfd": True,
        "thumb": f"{UP}/2026/11/20/thumb/tap-huan-cds-cbql.jpg",
    },
)

A5 = Story(
    id=2609,
    slug="lien-doi-thcs-ngoc-dinh-ra-quan-thu-gom-giay-vun-chung-tay-vi-ban-ngheo",
    title="Liên đội THCS Ngọc Định ra quân thu gom giấy vụn, chung tay vì bạn nghèo",
    cat="Tin giáo dục",
    published_at="2026-11-12",
    blocks=[
        P(
            "Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026 - 2027, sáng ngày 09/11/2026, Liên "
            "đội Trường THCS Ngọc Định đã tổ chức cho 24 chi đội ra quân thu gom giấy vụn, vỏ lon "
            "và chai nhựa đã qua sử dụng."
        ),
        P(
            "Ngay từ sáng sớm, các em đội viên đã mang đến trường những bó giấy, sách báo cũ được "
            "sắp xếp gọn gàng. Ban Chỉ huy Liên đội phân công các chi đội lớp 9 hỗ trợ cân, ghi sổ "
            "và phân loại để bàn giao cho cơ sở thu mua phế liệu."
        ),
        P(
            "Kết quả, Liên đội thu được 2.346 kg giấy vụn và 187 kg vỏ lon, chai nhựa, tương đương "
            "hơn 9,5 triệu đồng. Chi đội 7A2 dẫn đầu với 216 kg giấy vụn."
        ),
        Img(
            f"{UP}/2026/11/12/ke-hoach-nho-ngoc-dinh.jpg",
            "(Đội viên Chi đội 7A2 cân giấy vụn thu gom được)",
            "Đội viên Chi đội 7A2 cân giấy vụn thu gom được",
            style="paren",
        ),
        P(
            "Toàn bộ số tiền thu được sẽ dùng để mua 30 phần quà và 15 bộ áo dài tặng học sinh có "
            "hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Đinh Mùi 2027, đồng thời hỗ trợ quỹ “Áo ấm "
            "cho em” của Liên đội."
        ),
        Raw(RIGHT_UNIT.format("Liên đội THCS Ngọc Định")),
    ],
    authors=["Liên đội THCS Ngọc Định"],
    opts={
        "posted": "2026-11-12 00:00:00",
        "updated": "2026-11-12 00:00:00",
        "tacgia": "",
        "nguon": "",
        "thumb": f"{UP}/2026/11/12/thumb/ke-hoach-nho-ngoc-dinh.jpg",
    },
)

A6 = Story(
    id=2598,
    slug="cong-doan-nganh-giao-duc-huyen-toa-dam-ky-niem-96-nam-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam",
    title=(
        "Công đoàn ngành Giáo dục huyện tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ "
        "Việt Nam"
    ),
    cat="Tin giáo dục",
    published_at="2026-10-22T10:30:00+07:00",
    summary=(
        "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
        "20/10/2026), ngày 19/10/2026, Công đoàn ngành Giáo dục huyện Định Quán tổ chức buổi tọa "
        "đàm với chủ đề “Phụ nữ ngành Giáo dục - Tự tin, tự trọng, trung hậu, đảm đang”."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đến dự có đại diện Liên đoàn Lao động huyện, Hội Liên hiệp Phụ nữ huyện, lãnh đạo "
            "Phòng Giáo dục và Đào tạo cùng 85 nữ cán bộ, giáo viên, nhân viên tiêu biểu đại diện "
            "cho hơn 1.900 nữ đoàn viên công đoàn của ngành.",
            style="word",
        ),
        Img(
            f"{UP}/2026/10/22/toa-dam-20-10-01.jpg",
            "Các đại biểu tham dự buổi tọa đàm",
            "Các đại biểu tham dự buổi tọa đàm",
            style="table",
        ),
        P(
            "Tại buổi tọa đàm, các đại biểu đã chia sẻ kinh nghiệm cân bằng giữa công việc chuyên "
            "môn và chăm lo gia đình, kinh nghiệm xây dựng trường học hạnh phúc, phòng chống bạo lực "
            "học đường và bảo vệ quyền lợi hợp pháp của nữ nhà giáo.",
            style="word",
        ),
        P(
            "Nhiều ý kiến đề xuất Công đoàn ngành tiếp tục tổ chức các lớp bồi dưỡng kỹ năng tư vấn "
            "tâm lý học đường và quan tâm hơn đến nữ giáo viên công tác tại các điểm trường vùng "
            "sâu, vùng đồng bào dân tộc thiểu số.",
            style="word",
        ),
        P(
            "Dịp này, Công đoàn ngành đã trao tặng 20 suất quà cho nữ đoàn viên có hoàn cảnh khó "
            "khăn, mỗi suất trị giá 1.000.000 đồng, và khen thưởng 12 tập thể nữ công xuất sắc "
            "trong phong trào thi đua “Giỏi việc trường, đảm việc nhà”.",
            style="word",
        ),
        Img(
            f"{UP}/2026/10/22/toa-dam-20-10-02.jpg",
            "Trao quà cho nữ đoàn viên có hoàn cảnh khó khăn",
            "Trao quà cho nữ đoàn viên có hoàn cảnh khó khăn",
            style="table",
        ),
    ],
    authors=["Đỗ Thị Hồng Nhung"],
    source="Công đoàn ngành Giáo dục Định Quán",
    opts={
        "posted": "2026-10-22 10:30:00",
        "updated": "2026-10-23 15:12:40",
        "tacgia": "Đỗ Thị Hồng Nhung",
        "nguon": "Công đoàn ngành Giáo dục Định Quán",
        "thumb": f"{UP}/2026/10/22/thumb/toa-dam-20-10-01.jpg",
    },
)

A7 = Story(
    id=2588,
    slug="truong-tieu-hoc-gia-canh-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Trường Tiểu học Gia Canh hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="Tin giáo dục",
    published_at="2026-10-06T16:45:20+07:00",
    summary=(
        "Trong tuần đầu tháng 10/2026, Trường Tiểu học Gia Canh đã tổ chức nhiều hoạt động thiết "
        "thực hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời – Nền tảng "
        "của kỷ nguyên số”."
    ),
    blocks=[
        P(
            "Trong tuần đầu tháng 10/2026, Trường Tiểu học Gia Canh đã tổ chức nhiều hoạt động "
            "thiết thực hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời – "
            "Nền tảng của kỷ nguyên số”.",
            style="lead",
        ),
        P(
            "Nhà trường tổ chức lễ phát động trong buổi chào cờ đầu tuần, phát động phong trào “Mỗi "
            "ngày một trang sách”, đồng thời mở cửa thư viện xanh vào giờ ra chơi để học sinh đọc "
            "sách và tra cứu tài liệu."
        ),
        Img(
            f"{UP}/2026/10/06/thu-vien-xanh-gia-canh.jpg",
            "(Học sinh khối 4 đọc sách tại thư viện xanh trong giờ ra chơi)",
            "Học sinh khối 4 đọc sách tại thư viện xanh trong giờ ra chơi",
            style="paren",
        ),
        P("Nhiều hoạt động dành cho phụ huynh", style="h"),
        P(
            "Đối với phụ huynh, nhà trường phối hợp với Trung tâm Học tập cộng đồng xã Gia Canh tổ "
            "chức buổi hướng dẫn sử dụng ứng dụng VNeID, thanh toán học phí không dùng tiền mặt và "
            "theo dõi kết quả học tập của con qua sổ liên lạc điện tử."
        ),
        P(
            "Cô Lê Thị Hồng Vân, Hiệu trưởng nhà trường cho biết: “Thông qua Tuần lễ học tập suốt "
            "đời, nhà trường mong muốn lan tỏa tinh thần tự học đến từng học sinh, giáo viên và phụ "
            "huynh, góp phần xây dựng xã hội học tập ở địa phương”."
        ),
    ],
    authors=["Phạm Thu Trang"],
    photographers=["Lê Văn Tú"],
    source="Trường Tiểu học Gia Canh",
    opts={
        "posted": "2026-10-06 16:45:20",
        "updated": "2026-10-06 16:45:20",
        "tacgia": "Tin: Phạm Thu Trang - Ảnh: Lê Văn Tú",
        "nguon": "Trường Tiểu học Gia Canh",
        "thumb": f"{UP}/2026/10/06/thumb/thu-vien-xanh-gia-canh.jpg",
    },
)

B1 = Story(
    id=2639,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
    cat="Hoạt động chuyên môn",
    published_at="2026-12-02T07:55:40+07:00",
    summary=(
        "Sáng ngày 01/12/2026, tại Trường Tiểu học Thị trấn Định Quán, Phòng Giáo dục và Đào tạo "
        "tổ chức khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 "
        "với sự tham gia của 112 giáo viên đến từ 31 trường Tiểu học."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ của giáo viên trong việc thực "
            "hiện Chương trình giáo dục phổ thông 2018, đồng thời tạo cơ hội để giáo viên giao lưu, "
            "học hỏi, chia sẻ kinh nghiệm và lan tỏa những cách làm hay trong đổi mới phương pháp "
            "dạy học."
        ),
        P(
            "Theo Kế hoạch của Ban Tổ chức, mỗi giáo viên dự thi trình bày biện pháp nâng cao chất "
            "lượng giảng dạy và thực hiện hai tiết dạy: một tiết môn Tiếng Việt hoặc Toán và một "
            "tiết do giáo viên tự chọn. Các tiết dạy được bốc thăm trước 01 ngày."
        ),
        Img(
            f"{UP}/2026/12/02/gvdg-tieu-hoc-01.jpg",
            "Giáo viên Trường Tiểu học Phú Tân thực hiện tiết dạy môn Tiếng Việt lớp 3",
            "Giáo viên Trường Tiểu học Phú Tân thực hiện tiết dạy môn Tiếng Việt lớp 3",
            style="figure",
        ),
        P(
            "Hội thi diễn ra đến hết ngày 12/12/2026. Kết quả hội thi là căn cứ để công nhận giáo "
            "viên dạy giỏi cấp huyện và lựa chọn giáo viên tham dự hội thi cấp tỉnh."
        ),
        Img(
            f"{UP}/2026/12/02/gvdg-tieu-hoc-02.jpg",
            "Ban Giám khảo trao đổi, góp ý sau tiết dạy",
            "Ban Giám khảo trao đổi, góp ý sau tiết dạy",
            style="figure",
        ),
        P(
            "Ban Tổ chức đề nghị các trường có giáo viên dự thi tạo điều kiện về thời gian, cơ sở "
            "vật chất và phân công giáo viên dạy thay để hội thi diễn ra nghiêm túc, đúng kế hoạch."
        ),
    ],
    authors=["Tổ Giáo dục Tiểu học"],
    opts={
        "posted": "2026-12-02 07:55:40",
        "updated": "2026-12-02 07:55:40",
        "tacgia": "Tổ Giáo dục Tiểu học",
        "nguon": "",
        "featured": True,
        "headline_html": (
            "Khai mạc Hội thi giáo viên dạy giỏi cấp huyện<br />bậc Tiểu học năm học 2026 - 2027"
        ),
        "thumb": f"{UP}/2026/12/02/thumb/gvdg-tieu-hoc-01.jpg",
    },
)

B2 = Story(
    id=2627,
    slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-toan-theo-chuong-trinh-gdpt-2018-cap-thcs",
    title=(
        "Chuyên đề “Dạy học phát triển năng lực môn Toán theo Chương trình GDPT 2018” cấp THCS"
    ),
    cat="Hoạt động chuyên môn",
    published_at="2026-11-25T15:10:00+07:00",
    summary=(
        "Ngày 24/11/2026, tại Trường THCS Lê Lợi, Phòng Giáo dục và Đào tạo tổ chức chuyên đề cấp "
        "huyện “Dạy học phát triển năng lực môn Toán theo Chương trình GDPT 2018” cho giáo viên "
        "dạy Toán các trường THCS."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Chuyên đề thu hút 68 giáo viên Toán, tổ trưởng chuyên môn và cán bộ quản lý phụ trách "
            "chuyên môn của 23 trường THCS trên địa bàn huyện."
        ),
        P(
            "Tại chuyên đề, thầy Nguyễn Hữu Phước, giáo viên Trường THCS Lê Lợi thực hiện tiết dạy "
            "minh họa bài “Hình thang cân” (Toán 8), vận dụng kỹ thuật khăn trải bàn và phần mềm "
            "GeoGebra để học sinh tự khám phá các tính chất của hình."
        ),
        Img(
            f"{UP}/2026/11/25/chuyen-de-toan-thcs.jpg",
            "Tiết dạy minh họa bài “Hình thang cân” tại lớp 8A1 Trường THCS Lê Lợi",
            "Tiết dạy minh họa bài “Hình thang cân” tại lớp 8A1 Trường THCS Lê Lợi",
            style="em",
        ),
        P("Các nội dung được thống nhất sau chuyên đề:", style="h"),
        P(
            "Tăng cường tổ chức hoạt động nhóm, giao nhiệm vụ học tập rõ ràng, vừa sức học sinh;",
            style="li",
        ),
        P(
            "Đẩy mạnh ứng dụng phần mềm dạy học, học liệu số trong các tiết hình học;",
            style="li",
        ),
        P(
            "Đổi mới kiểm tra, đánh giá theo hướng đánh giá năng lực, chú trọng đánh giá quá trình.",
            style="li",
        ),
        P(
            "Chuyên đề là dịp để giáo viên Toán toàn huyện cùng nhìn lại những khó khăn khi triển "
            "khai chương trình mới ở lớp 8, lớp 9 và đề xuất các giải pháp phù hợp với điều kiện "
            "thực tế của từng trường."
        ),
    ],
    authors=["Vũ Đình Tuấn"],
    source="Trường THCS Lê Lợi",
    opts={
        "posted": "2026-11-25 15:10:00",
        "updated": "2026-12-04 08:05:11",
        "tacgia": "Vũ Đình Tuấn - Tổ THCS",
        "nguon": "Trường THCS Lê Lợi",
        "thumb": f"{UP}/2026/11/25/thumb/chuyen-de-toan-thcs.jpg",
    },
)

B3 = Story(
    id=2615,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-mam-non-phia-bac-huyen",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường Mầm non phía Bắc huyện",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-17T09:00:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch năm học 2026 - 2027, ngày 14/11/2026, cụm chuyên môn số 1 gồm các "
            "trường Mầm non Hoa Sen, Mầm non Phú Vinh, Mầm non Phú Tân và Mầm non Thanh Sơn đã tổ "
            "chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học tại Trường Mầm non Hoa Sen."
        ),
        P(
            "Giáo viên Trường Mầm non Hoa Sen thực hiện hoạt động khám phá “Bé với nước” cho trẻ mẫu "
            "giáo 5 - 6 tuổi. Các giáo viên dự giờ tập trung quan sát cách trẻ học, những biểu hiện "
            "hứng thú hay khó khăn của từng trẻ, thay vì đánh giá, xếp loại tiết dạy như trước đây."
        ),
        Img(
            f"{UP}/2026/11/17/sinh-hoat-cum-mn-1.jpg",
            "Trẻ lớp Lá 2 Trường Mầm non Hoa Sen làm thí nghiệm vật chìm, vật nổi",
            "Trẻ lớp Lá 2 Trường Mầm non Hoa Sen làm thí nghiệm vật chìm, vật nổi",
            style="em",
        ),
        P(
            "Trong phần thảo luận, các giáo viên thống nhất điều chỉnh một số nội dung như tăng thời "
            "gian để trẻ tự trải nghiệm, chuẩn bị thêm học liệu từ nguyên vật liệu sẵn có ở địa "
            "phương và chia nhóm nhỏ để giáo viên dễ quan sát."
        ),
        P(
            "Đại diện Tổ Giáo dục Mầm non Phòng Giáo dục và Đào tạo đề nghị các cụm chuyên môn tiếp "
            "tục duy trì sinh hoạt định kỳ mỗi tháng một lần, luân phiên tổ chức tại các trường "
            "trong cụm."
        ),
        Raw("{xemthem}"),
        Raw(attach("KH-cum-chuyen-mon-so-1.pdf")),
    ],
    authors=["Hoàng Thị Kim Oanh"],
    opts={
        "posted": "2026-11-17 09:00:00",
        "updated": "2026-11-17 09:00:00",
        "tacgia": "Hoàng Thị Kim Oanh - Trường MN Hoa Sen",
        "nguon": "",
        "thumb": f"{UP}/2026/11/17/thumb/sinh-hoat-cum-mn-1.jpg",
    },
)

B4 = Story(
    id=2601,
    slug="kiem-tra-viec-to-chuc-day-hoc-2-buoi-ngay-tai-cac-truong-tieu-hoc",
    title="Kiểm tra việc tổ chức dạy học 2 buổi/ngày tại các trường Tiểu học",
    cat="Hoạt động chuyên môn",
    published_at="2026-10-30T10:20:45+07:00",
    summary=(
        "Từ ngày 20 đến ngày 29/10/2026, Phòng Giáo dục và Đào tạo huyện Định Quán đã tiến hành "
        "kiểm tra việc tổ chức dạy học 2 buổi/ngày tại 12 trường Tiểu học trên địa bàn huyện."
    ),
    blocks=[
        P(
            "Từ ngày 20 đến ngày 29/10/2026, Phòng Giáo dục và Đào tạo huyện Định Quán đã tiến hành "
            "kiểm tra việc tổ chức dạy học 2 buổi/ngày tại 12 trường Tiểu học trên địa bàn huyện.",
            style="lead",
        ),
        P(
            "Đoàn kiểm tra đã dự giờ 48 tiết dạy, kiểm tra thời khóa biểu, kế hoạch giáo dục của "
            "nhà trường, việc bố trí giáo viên dạy các môn Tiếng Anh, Tin học, Công nghệ và tổ chức "
            "bán trú cho học sinh."
        ),
        P(
            "Qua kiểm tra, các trường cơ bản bảo đảm thực hiện đủ 7 buổi/tuần theo quy định, không "
            "dạy trước chương trình, không tổ chức dạy thêm học thêm đối với học sinh tiểu học. "
            "Nhiều trường đã linh hoạt tổ chức các hoạt động trải nghiệm, câu lạc bộ năng khiếu vào "
            "buổi chiều."
        ),
        P(
            "Bên cạnh đó, đoàn kiểm tra cũng chỉ ra một số hạn chế như: một số trường còn thiếu "
            "giáo viên Tiếng Anh, phòng học bộ môn chưa đáp ứng, việc sử dụng thiết bị dạy học ở "
            "một số tiết còn hình thức."
        ),
        P(
            "Phòng Giáo dục và Đào tạo yêu cầu các trường khắc phục các tồn tại, báo cáo kết quả "
            "khắc phục về Phòng trước ngày 30/11/2026."
        ),
    ],
    opts={
        "posted": "2026-10-30 10:20:45",
        "updated": "2026-10-30 10:20:45",
        "tacgia": "Admin",
        "nguon": "",
        "thumb": "/Content/portal/images/no-image.jpg",
    },
)

C1 = Story(
    id=2635,
    slug="thong-bao-ve-viec-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
    title=(
        "Thông báo về việc tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện bậc THCS năm "
        "học 2026 - 2027"
    ),
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        Raw(LETTERHEAD),
        P(
            "Căn cứ Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 của Bộ trưởng Bộ Giáo dục và Đào "
            "tạo ban hành Quy định về Hội thi giáo viên dạy giỏi cơ sở giáo dục mầm non; giáo viên "
            "dạy giỏi, giáo viên chủ nhiệm lớp giỏi cơ sở giáo dục phổ thông;",
            style="word",
        ),
        P(
            "Căn cứ Kế hoạch số 175/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về thực "
            "hiện nhiệm vụ năm học 2026 - 2027 cấp THCS,",
            style="word",
        ),
        P(
            "Phòng Giáo dục và Đào tạo huyện Định Quán thông báo tổ chức Hội thi giáo viên chủ nhiệm "
            "lớp giỏi cấp huyện bậc THCS năm học 2026 - 2027 như sau:",
            style="word",
        ),
        P(
            "1. Đối tượng dự thi: giáo viên đang làm công tác chủ nhiệm lớp tại các trường THCS, đã "
            "được công nhận giáo viên chủ nhiệm lớp giỏi cấp trường năm học 2026 - 2027.",
            style="word",
        ),
        P(
            "2. Thời gian: từ ngày 05/01/2027 đến ngày 15/01/2027; địa điểm: Trường THCS Thị trấn "
            "Định Quán.",
            style="word",
        ),
        P(
            "3. Hồ sơ đăng ký gửi về Phòng Giáo dục và Đào tạo (qua Tổ THCS) trước ngày 20/12/2026, "
            "đồng thời gửi bản điện tử qua hệ thống quản lý văn bản điều hành.",
            style="word",
        ),
        P(
            "Đề nghị Hiệu trưởng các trường THCS triển khai thông báo này đến giáo viên và thực hiện "
            "đúng thời gian quy định./.",
            style="word",
        ),
        Raw(CLOSING),
    ],
    authors=["Nguyễn Văn Thành"],
    opts={
        "posted": "2026-12-01 10:02:11",
        "updated": "2026-12-01 10:02:11",
        "tacgia": "",
        "nguon": "",
        "thumb": "/Content/portal/images/thong-bao.png",
    },
)

C2 = Story(
    id=2632,
    slug="thong-bao-ket-qua-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-mam-non-nam-hoc-2026-2027",
    title="Thông báo kết quả Hội thi giáo viên dạy giỏi cấp huyện bậc Mầm non năm học 2026 - 2027",
    cat="Thông báo",
    published_at="2026-11-28T16:30:00+07:00",
    blocks=[
        P(
            "Căn cứ kết quả chấm thi của Ban Giám khảo, Phòng Giáo dục và Đào tạo huyện Định Quán "
            "thông báo kết quả Hội thi giáo viên dạy giỏi cấp huyện bậc Mầm non năm học 2026 - 2027 "
            "như sau:"
        ),
        P(
            "Tổng số giáo viên dự thi: 74 giáo viên của 27 trường Mầm non công lập và tư thục. Số "
            "giáo viên được công nhận giáo viên dạy giỏi cấp huyện: 61 giáo viên, đạt tỷ lệ 82,4%."
        ),
        P("Danh sách giáo viên đạt điểm cao nhất:"),
        P("TT | Họ và tên | Đơn vị | Điểm", style="row"),
        P("1 | Trần Thị Bích Ngọc | Trường Mầm non Hoa Sen | 19,50", style="row"),
        P("2 | Nguyễn Thị Thu Thảo | Trường Mầm non Phú Lợi | 19,25", style="row"),
        P("3 | K’ Thị Hoa | Trường Mầm non Thanh Sơn | 19,00", style="row"),
        P(
            "Danh sách đầy đủ được đính kèm trong tệp bên dưới. Các trường có giáo viên dự thi thông "
            "báo kết quả đến giáo viên; thời hạn nhận đơn phúc khảo đến hết ngày 04/12/2026."
        ),
        Raw(attach("KQ-GVDG-MN-2026-2027.pdf")),
    ],
    authors=["Tổ Giáo dục Mầm non"],
    opts={
        "posted": "2026-11-28 16:30:00",
        "updated": "2026-11-28 16:30:00",
        "tacgia": "Tổ Giáo dục Mầm non",
        "nguon": "",
        "thumb": "/Content/portal/images/thong-bao.png",
    },
)

STORIES: list[Story] = [A1, A2, A3, A4, A5, A6, A7, B1, B2, B3, B4, C1, C2]
CAT_OF = {s.id: cid for s in STORIES for cid, (_, label) in CATS.items() if label == s.cat}
BY_ID = {s.id: s for s in STORIES}


def newest_first(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["posted"], reverse=True)


def cat_stories(cat_id: int) -> list[Story]:
    return newest_first([s for s in STORIES if CAT_OF[s.id] == cat_id])


def same_cat(story: Story) -> list[Story]:
    """'Tin cùng chuyên mục': the category's three newest other articles."""
    return [s for s in cat_stories(CAT_OF[story.id]) if s.id != story.id][:3]


FEATURED = [s for s in newest_first(STORIES) if s.opts.get("featured")]
MOST_READ = [B2, A4, B3]
HOME_LATEST = newest_first(STORIES)[:6]


def printed_variants(story: Story) -> list[str]:
    """Every other URL the site prints for the article (all serve it)."""
    out = []
    if story in FEATURED:
        out.append(mixed_path(story))
    if any(story in same_cat(other) for other in STORIES) and short_path(story) != art_path(story):
        out.append(short_path(story))
    return out


# --- other offices on the same host (not this portal's articles) -------------------------------


@dataclass
class OtherOffice:
    code: str
    name: str
    upper: str
    stories: list[Story]


SO_1 = Story(
    id=3012,
    slug="so-gd-dt-trien-khai-ke-hoach-chuyen-doi-so-nganh-giao-duc-nam-2027",
    title="Sở GD&ĐT triển khai kế hoạch chuyển đổi số ngành Giáo dục năm 2027",
    cat="Tin tức",
    published_at="2026-12-02T09:00:00+07:00",
    blocks=[
        P(
            "Sáng ngày 01/12/2026, Sở Giáo dục và Đào tạo tổ chức hội nghị trực tuyến triển khai kế "
            "hoạch chuyển đổi số ngành Giáo dục năm 2027 đến các phòng giáo dục và đào tạo."
        ),
        P(
            "Theo kế hoạch, đến hết năm 2027, 100% cơ sở giáo dục phổ thông triển khai học bạ số và "
            "thanh toán không dùng tiền mặt các khoản thu."
        ),
    ],
    opts={"posted": "2026-12-02 09:00:00", "updated": "2026-12-02 09:00:00", "tacgia": "Văn phòng Sở", "nguon": ""},
)
SO_2 = Story(
    id=3007,
    slug="dong-nai-co-45-hoc-sinh-du-thi-hoc-sinh-gioi-quoc-gia-thpt",
    title="Đồng Nai có 45 học sinh dự thi chọn học sinh giỏi quốc gia THPT",
    cat="Tin tức",
    published_at="2026-11-29T15:00:00+07:00",
    blocks=[
        P(
            "Sở Giáo dục và Đào tạo vừa phê duyệt danh sách 45 học sinh tham dự kỳ thi chọn học "
            "sinh giỏi quốc gia THPT năm học 2026 - 2027."
        ),
        P("Các em sẽ được tập trung ôn luyện tại Trường THPT chuyên Lương Thế Vinh từ tháng 12/2026."),
    ],
    opts={"posted": "2026-11-29 15:00:00", "updated": "2026-11-29 15:00:00", "tacgia": "Phòng GDTrH", "nguon": ""},
)
TP_1 = Story(
    id=2950,
    slug="tan-phu-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs",
    title="Tân Phú tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc THCS",
    cat="Tin tức",
    published_at="2026-11-26T10:00:00+07:00",
    blocks=[
        P(
            "Phòng Giáo dục và Đào tạo huyện Tân Phú tổ chức Hội thi giáo viên dạy giỏi cấp huyện "
            "bậc THCS năm học 2026 - 2027 với 96 giáo viên tham dự."
        ),
        P("Hội thi diễn ra từ ngày 24/11 đến ngày 05/12/2026 tại Trường THCS Trà Cổ."),
    ],
    opts={"posted": "2026-11-26 10:00:00", "updated": "2026-11-26 10:00:00", "tacgia": "Tổ THCS", "nguon": ""},
)
OTHERS = {
    "sogddt": OtherOffice("sogddt", "Sở Giáo dục và Đào tạo tỉnh Đồng Nai", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", [SO_1, SO_2]),
    "pgdtanphu": OtherOffice(
        "pgdtanphu", "Phòng Giáo dục và Đào tạo huyện Tân Phú", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TÂN PHÚ", [TP_1]
    ),
}


# --- chrome -----------------------------------------------------------------------------------

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Định Quán"

HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    "Server": "Microsoft-IIS/10.0",
    "X-AspNetMvc-Version": "5.2",
    "X-AspNet-Version": "4.0.30319",
    "X-Powered-By": "ASP.NET",
    "Cache-Control": "private",
}


def page_response(body: str, status: int = 200) -> Response:
    headers = dict(HEADERS)
    headers["Set-Cookie"] = "ASP.NET_SessionId=" + opaque("sess", 18).lower()[:24] + "; path=/; HttpOnly"
    return Response(status, body, headers)


def menu_html() -> str:
    cats = "".join(
        f'<li><a href="{cat_path(cid)}">{esc(label)}</a></li>' for cid, (_, label) in CATS.items()
    )
    return (
        '<nav class="navbar navbar-default menu-ngang" id="menuTop"><div class="container">'
        '<ul class="nav navbar-nav">'
        f'<li class="mn-home"><a href="/{OFFICE}"><i class="fa fa-home"></i> Trang chủ</a></li>'
        '<li class="dropdown"><a class="dropdown-toggle" data-toggle="dropdown" href="javascript:;">Giới thiệu '
        '<b class="caret"></b></a><ul class="dropdown-menu">'
        f'<li><a href="/{OFFICE}/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li>'
        f'<li><a href="/{OFFICE}/lien-he">Thông tin liên hệ</a></li></ul></li>'
        f'<li class="dropdown"><a class="dropdown-toggle" href="{ZONE}">Tin tức - Sự kiện <b class="caret"></b></a>'
        f'<ul class="dropdown-menu">{cats}</ul></li>'
        f'<li><a href="/{OFFICE}/van-ban-chi-dao-dieu-hanh">Văn bản</a></li>'
        f'<li><a href="/{OFFICE}/lich-cong-tac">Lịch công tác</a></li>'
        f'<li><a href="/{OFFICE}/thu-vien-anh">Thư viện ảnh</a></li>'
        f'<li><a href="/{OFFICE}/lien-he">Liên hệ</a></li>'
        "</ul></div></nav>"
    )


def topbar_html(office: str) -> str:
    return (
        '<div class="top-bar"><div class="container"><div class="row">'
        f'<div class="col-sm-4 ngay-hientai"><i class="fa fa-calendar"></i> {TODAY_PRINTED}</div>'
        '<div class="col-sm-4 dropdown cong-thanhphan"><a class="dropdown-toggle" data-toggle="dropdown" '
        'href="javascript:;">Cổng thành phần <b class="caret"></b></a><ul class="dropdown-menu">'
        '<li><a href="/">Cổng thông tin điện tử tỉnh Đồng Nai</a></li>'
        '<li><a href="/sogddt">Sở Giáo dục và Đào tạo</a></li>'
        '<li><a href="/pgdtanphu">Phòng GD&amp;ĐT huyện Tân Phú</a></li>'
        f'<li><a href="/{OFFICE}">Phòng GD&amp;ĐT huyện Định Quán</a></li></ul></div>'
        f'<div class="col-sm-4"><form action="/{office}/tim-kiem" method="get" class="frm-timkiem">'
        '<input type="text" name="q" class="form-control input-sm" placeholder="Nhập từ khóa tìm kiếm..." />'
        '<button type="submit" class="btn btn-sm"><i class="fa fa-search"></i></button></form></div>'
        "</div></div></div>"
    )


def banner_html(upper: str) -> str:
    return (
        '<header class="banner"><div class="container">'
        '<img class="logo-tinh" src="/Content/portal/images/logo-dongnai.png" alt="Logo Đồng Nai" />'
        f'<h1 class="ten-coquan"><span class="dong-1">UBND HUYỆN ĐỊNH QUÁN</span><span class="dong-2">{upper}</span></h1>'
        "</div></header>"
    )


def right_column() -> str:
    most = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in MOST_READ
    )
    return (
        '<div class="col-md-3 cot-phai">'
        '<div class="khoi-phai"><div class="khoi-tieude">Tin xem nhiều</div>'
        f'<ul class="ds-tinxemnhieu">{most}</ul></div>'
        '<div class="khoi-phai"><div class="khoi-tieude">Văn bản chỉ đạo điều hành</div><ul class="ds-vanban">'
        f'<li><a href="/{OFFICE}/van-ban-chi-dao-dieu-hanh/chi-tiet-1251">Kế hoạch số 198/KH-PGDĐT tổ chức Hội khỏe Phù Đổng cấp huyện</a>'
        '<span class="ngay-vb">20/11/2026</span></li>'
        f'<li><a href="/{OFFICE}/van-ban-chi-dao-dieu-hanh/chi-tiet-1245">Công văn số 1340/PGDĐT-VP về việc thực hiện chế độ báo cáo thống kê</a>'
        '<span class="ngay-vb">13/11/2026</span></li></ul>'
        f'<a class="xem-tatca" href="/{OFFICE}/van-ban-chi-dao-dieu-hanh">Xem tất cả »</a></div>'
        '<div class="khoi-phai"><div class="khoi-tieude">Lịch công tác</div>'
        '<p class="lct-tuan">Tuần 49 (30/11/2026 - 06/12/2026)</p>'
        f'<a class="xem-tatca" href="/{OFFICE}/lich-cong-tac">Xem lịch công tác tuần »</a></div>'
        '<div class="khoi-phai"><div class="khoi-tieude">Thư viện ảnh</div>'
        f'<a href="/{OFFICE}/thu-vien-anh/hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027-7">'
        '<img src="/Upload/pgddinhquan/ThuVienAnh/7/anh-bia.jpg" alt="" class="img-responsive" /></a></div>'
        '<div class="khoi-phai"><div class="khoi-tieude">Liên kết website</div>'
        '<select class="form-control" onchange="if(this.value!=\'\')window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="/sogddt">Sở Giáo dục và Đào tạo Đồng Nai</option>'
        '<option value="https://dinhquan.dongnai.gov.vn">UBND huyện Định Quán</option>'
        '<option value="/pgdtanphu">Phòng GD&amp;ĐT Tân Phú</option></select>'
        '<div class="lk-banner"><a href="https://dichvucong.gov.vn" target="_blank">'
        '<img src="/Content/portal/images/banner-dvc.png" alt="Dịch vụ công" /></a></div></div>'
        '<div class="khoi-phai"><div class="khoi-tieude">Thăm dò ý kiến</div>'
        f'<form action="/{OFFICE}/BinhChon/BinhChon" method="post" class="frm-binhchon">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{opaque("csrf", 48)}" />'
        '<p>Bạn quan tâm thông tin nào trên Cổng thông tin của Phòng?</p>'
        '<label><input type="radio" name="PhuongAn" value="1" /> Tin tức - Sự kiện</label><br />'
        '<label><input type="radio" name="PhuongAn" value="2" /> Văn bản chỉ đạo điều hành</label><br />'
        '<label><input type="radio" name="PhuongAn" value="3" /> Lịch công tác</label><br />'
        '<button type="submit" class="btn btn-xs btn-primary">Bình chọn</button></form></div>'
        '<div class="khoi-phai thong-ke"><div class="khoi-tieude">Thống kê truy cập</div>'
        "<p>Đang online: <b>27</b></p><p>Hôm nay: <b>1.208</b></p><p>Tổng truy cập: <b>2.315.447</b></p></div>"
        "</div>"
    )


def footer_html() -> str:
    return (
        '<footer class="chan-trang"><div class="container">'
        f"<p><b>{SITE_NAME.upper()}</b></p>"
        "<p>Địa chỉ: Khu phố Hiệp Tâm 1, thị trấn Định Quán, huyện Định Quán, tỉnh Đồng Nai</p>"
        "<p>Điện thoại: 0251 3853 247 - Email: pgddinhquan@dongnai.gov.vn</p>"
        "<p>Chịu trách nhiệm chính: Ông Nguyễn Văn Thành - Trưởng phòng</p>"
        "<p>Thiết kế và vận hành: Trung tâm Công nghệ thông tin và Truyền thông tỉnh Đồng Nai</p>"
        "<p>© Bản quyền thuộc Phòng Giáo dục và Đào tạo huyện Định Quán</p>"
        "</div></footer>"
    )


def layout(
    request: Request,
    main: str,
    *,
    description: str = "",
    canonical: str = "",
    breadcrumb: list[tuple[str, str]] | None = None,
    office: str = OFFICE,
    upper: str = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    title: str = SITE_NAME,
    menu: str | None = None,
    right: str | None = None,
) -> str:
    base = base_url(request)
    crumbs = ""
    if breadcrumb:
        parts = [f'<li><a href="/{office}"><i class="fa fa-home"></i> Trang chủ</a></li>']
        for href, label in breadcrumb:
            parts.append(f'<li><a href="{href}">{esc(label)}</a></li>' if href else f'<li class="active">{esc(label)}</li>')
        crumbs = f'<ol class="breadcrumb duong-dan">{"".join(parts)}</ol>'
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\" />\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f"<title>{esc(title)}</title>\n"
        f'<meta name="description" content="{esc(description)}" />\n'
        f'<meta property="og:title" content="{esc(title)}" />\n'
        f'<meta property="og:image" content="{base}/Content/portal/images/logo-dongnai.png" />\n'
        f"{canon}\n"
        '<link href="/Content/bootstrap.min.css" rel="stylesheet" />\n'
        '<link href="/Content/font-awesome.min.css" rel="stylesheet" />\n'
        '<link href="/Content/portal/css/site.css?v=2.3.1" rel="stylesheet" />\n'
        '<script src="/Scripts/jquery-1.12.4.min.js"></script>\n'
        "</head>\n<body>\n"
        f"{topbar_html(office)}{banner_html(upper)}{menu if menu is not None else menu_html()}"
        f'<div class="container noi-dung-chinh">{crumbs}<div class="row">'
        f'<div class="col-md-9 cot-trai">{main}</div>{right if right is not None else right_column()}'
        f"</div></div>{footer_html()}"
        '<script src="/Scripts/bootstrap.min.js"></script>'
        '<script src="/Scripts/jquery.lazyload.min.js"></script>'
        '<script src="/Scripts/owl.carousel.min.js"></script>'
        '<script>$(function(){$("img.lazy").lazyload({effect:"fadeIn"});});</script>'
        "\n</body>\n</html>\n"
    )


# --- listings ---------------------------------------------------------------------------------


def cut_title(title: str, limit: int = 75) -> str:
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0] + "..."


def first_text(story: Story) -> str:
    if story.summary:
        return story.summary
    return next(b.text for b in story.blocks if isinstance(b, P))


def card(story: Story, office: str = OFFICE) -> str:
    href = art_path(story, office)
    thumb = story.opts.get("thumb", "/Content/portal/images/no-image.jpg")
    lead = first_text(story)
    lead = lead if len(lead) <= 160 else lead[:160].rsplit(" ", 1)[0] + "..."
    return (
        '<div class="row tin-item">'
        f'<div class="col-xs-4 tin-anh"><a href="{href}" title="{esc(story.title)}">'
        f'<img src="{thumb}" alt="" class="img-responsive" /></a></div>'
        '<div class="col-xs-8">'
        f'<a class="tin-tieude" href="{href}" title="{esc(story.title)}">{esc(cut_title(story.title))}</a>'
        f'<div class="tin-ngay"><i class="fa fa-calendar-o"></i> {vi_day(story.opts["posted"])}</div>'
        f'<div class="tin-tomtat">{esc(lead)}</div></div></div>'
    )


def pager(cat_id: int, page: int, last: int) -> str:
    base = cat_path(cat_id)

    def li(label: str, target: int | None, cls: str = "", rel: str = "") -> str:
        if target is None:
            return f'<li class="disabled {cls}"><a>{label}</a></li>'
        rel_attr = f' rel="{rel}"' if rel else ""
        return f'<li class="{cls}"><a href="{base}?page={target}"{rel_attr}>{label}</a></li>'

    items = [
        li("« Đầu", 1 if page > 1 else None, "PagedList-skipToFirst"),
        li("‹ Trước", page - 1 if page > 1 else None, "PagedList-skipToPrevious", "prev"),
    ]
    for n in range(1, last + 1):
        if n == page:
            items.append(f'<li class="active"><a>{n}</a></li>')
        else:
            items.append(f'<li><a href="{base}?page={n}">{n}</a></li>')
    items += [
        li("Tiếp ›", page + 1 if page < last else None, "PagedList-skipToNext", "next"),
        li("Cuối »", last if page < last else None, "PagedList-skipToLast"),
    ]
    return f'<div class="pagination-container"><ul class="pagination">{"".join(items)}</ul></div>'


def category_page(request: Request, cat_id: int) -> Response:
    params = request.params
    try:
        page = int(params.get("page", "1") or "1")
    except ValueError:
        page = 1
    page = max(page, 1)
    stories = cat_stories(cat_id)
    last = max(1, -(-len(stories) // PAGE_SIZE))
    chunk = stories[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    _, label = CATS[cat_id]
    cards = "".join(card(s) for s in chunk) or '<p class="khong-co-tin">Không có tin nào trong chuyên mục.</p>'
    main = (
        f'<div class="khung-chuyenmuc"><div class="cm-tieude"><span>{esc(label)}</span></div>'
        f'<div class="ds-tin">{cards}</div>'
        f"{pager(cat_id, page, last) if last > 1 else ''}</div>"
    )
    body = layout(
        request,
        main,
        description=f"{label} - {SITE_NAME}",
        breadcrumb=[(ZONE, "Tin tức - Sự kiện"), ("", label)],
    )
    return page_response(body)


def zone_page(request: Request) -> Response:
    blocks = []
    for cid, (_, label) in CATS.items():
        items = "".join(card(s) for s in cat_stories(cid)[:PAGE_SIZE])
        blocks.append(
            f'<div class="khung-chuyenmuc"><div class="cm-tieude"><a href="{cat_path(cid)}">{esc(label)}</a></div>'
            f'{items}<a class="xem-them" href="{cat_path(cid)}">Xem thêm »</a></div>'
        )
    body = layout(request, "".join(blocks), description=SITE_NAME, breadcrumb=[("", "Tin tức - Sự kiện")])
    return page_response(body)


def home_page(request: Request) -> Response:
    slides = "".join(
        '<div class="item">'
        f'<a href="{mixed_path(s)}"><img src="{s.opts["thumb"].replace("/thumb/", "/slide/")}" alt="{esc(s.title)}" /></a>'
        f'<div class="slide-caption"><a href="{mixed_path(s)}">{esc(s.title)}</a></div></div>'
        for s in FEATURED
    )
    top, rest = HOME_LATEST[0], HOME_LATEST[1:]
    small = "".join(
        f'<li><a href="{art_path(s)}" title="{esc(s.title)}">{esc(cut_title(s.title, 70))}</a> '
        f'<span class="ngay">({vi_day(s.opts["posted"])})</span></li>'
        for s in rest
    )
    so = OTHERS["sogddt"]
    so_items = "".join(
        f'<li><a href="{art_path(s, so.code)}">{esc(s.title)}</a></li>' for s in so.stories
    )
    main = (
        '<div class="khoi-noibat"><div class="khoi-tieude">Tin nổi bật</div>'
        f'<div id="owl-tinnoibat" class="owl-carousel">{slides}</div></div>'
        f'<div class="khoi-tintuc"><div class="khoi-tieude"><a href="{ZONE}">Tin tức - Sự kiện</a></div>'
        f'<div class="tin-dau">{card(top)}</div><ul class="tin-khac">{small}</ul>'
        f'<a class="xem-them" href="{ZONE}">Xem tất cả »</a></div>'
        '<div class="khoi-tinso"><div class="khoi-tieude">Tin từ Sở GD&amp;ĐT</div>'
        f'<ul class="tin-khac">{so_items}</ul></div>'
    )
    body = layout(request, main, description=f"Cổng thông tin điện tử {SITE_NAME}")
    return page_response(body)


# --- article page ------------------------------------------------------------------------------


def lazy_img(src: str) -> str:
    return (
        f'<img class="lazy" alt="" src="{GREY}" data-original="{src}" '
        'style="width:100%;max-width:680px;height:auto" />'
    )


def render_img(img: Img, t) -> str:
    printed = t(img.printed) if img.printed else ""
    if img.style == "em":
        return (
            f'<p style="text-align:center">{lazy_img(img.src)}</p>'
            f'<p style="text-align:center"><em>{printed}</em></p>'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align:center">{lazy_img(img.src)}</p>'
            f'<p style="text-align:right"><em><span style="font-size:12px">{printed}</span></em></p>'
        )
    if img.style == "paren":
        return (
            f'<p style="text-align:center">{lazy_img(img.src)}<br />'
            f'<span style="font-size:12px"><i>{printed}</i></span></p>'
        )
    if img.style == "figure":
        return (
            f'<figure class="image" style="display:table;margin:0 auto">{lazy_img(img.src)}'
            f"<figcaption>{printed}</figcaption></figure>"
        )
    if img.style == "table":
        return (
            '<table class="MsoTableGrid" align="center" border="0" cellpadding="0" cellspacing="0" '
            'style="width:95%;border-collapse:collapse;border:none"><tbody>'
            '<tr><td style="border:none;padding:0 5.4pt"><p class="MsoNormal" align="center" style="text-align:center">'
            f'<img src="{img.src}" width="600" height="400" style="width:100%;height:auto" /></p></td></tr>'
            '<tr><td style="border:none;padding:0 5.4pt"><p class="MsoNormal" align="center" style="text-align:center">'
            f'<i><span style="font-size:12.0pt">{printed}</span></i><o:p></o:p></p></td></tr>'
            "</tbody></table>"
        )
    raise ValueError(img.style)


def render_text(story: Story) -> str:
    nfd = story.opts.get("nfd", False)

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            html_ = b.html
            if html_ == "{related}":
                html_ = related_box([(art_path(A3), A3.title), (art_path(B4), B4.title)])
            elif html_ == "{xemthem}":
                html_ = (
                    '<p style="text-align:justify"><strong><em>Xem thêm: </em></strong>'
                    f'<a href="{art_path(B2)}">{esc(B2.title)}</a></p>'
                )
            out.append(html_)
        elif isinstance(b, Img):
            out.append(render_img(b, t))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{t(blocks[i].text)}</li>")
                i += 1
            out.append(f'<ul style="list-style-type:disc">{"".join(items)}</ul>')
            continue
        elif b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                tag = "strong" if first else "span"
                cells = "".join(
                    f'<td style="border:1px solid #999;padding:3px 5px"><p style="margin:0"><{tag}>{t(c)}</{tag}></p></td>'
                    for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse">'
                f'<tbody>{"".join(rows)}</tbody></table>'
            )
            continue
        elif b.style == "lead":
            out.append(f'<p style="text-align:justify"><strong>{t(b.text)}</strong></p>')
        elif b.style == "h":
            out.append(f'<p style="text-align:justify"><strong><span style="font-size:15px">{t(b.text)}</span></strong></p>')
        elif b.style == "word":
            words = t(b.text).split(" ")
            # Word keeps a non-breaking space after short words
            joined = "".join(
                w + ("&nbsp;" if len(w) <= 2 and k % 3 == 0 else " ") for k, w in enumerate(words)
            ).rstrip()
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:.5in;line-height:130%">'
                '<span lang="VI" style="font-size:14.0pt;line-height:130%;font-family:&quot;Times New Roman&quot;,serif">'
                f"{joined}<o:p></o:p></span></p>"
            )
        else:
            out.append(f'<p style="text-align:justify">{t(b.text)}</p>')
        i += 1
    if any(isinstance(b, P) and b.style == "word" for b in blocks):
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def article_page(request: Request, story: Story, office: str = OFFICE, other: OtherOffice | None = None) -> Response:
    cat_id = CAT_OF.get(story.id)
    label = story.cat
    headline = story.opts.get("headline_html") or esc(story.title)
    updated = vi_datetime(story.opts["updated"])
    posted = vi_datetime(story.opts["posted"])
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="ctt-mota"><strong>{esc(story.summary)}</strong></div>'
    if other is None:
        related = "".join(
            f'<li><i class="fa fa-caret-right"></i> <a href="{short_path(s)}">{esc(s.title)}</a> '
            f'<span class="tcm-ngay">({vi_day(s.opts["posted"])})</span></li>'
            for s in same_cat(story)
        )
        tcm = f'<div class="tcm"><div class="tcm-tieude">Tin cùng chuyên mục</div><ul>{related}</ul></div>'
        crumbs = [(ZONE, "Tin tức - Sự kiện"), (cat_path(cat_id), label)]
    else:
        tcm = ""
        crumbs = [("", label)]
    share_url = base_url(request) + art_path(story, office)
    views = f"{story.views():,}".replace(",", ".")
    main = (
        f'<div class="ctt" id="divChiTietTin" data-id="{story.id}">'
        f'<div class="ctt-tieude">{headline}</div>'
        '<div class="ctt-thongtin">'
        f'<span class="ctt-capnhat" title="Ngày cập nhật"><i class="fa fa-clock-o"></i> {updated}</span>'
        f'<span class="ctt-luotxem"><i class="fa fa-eye"></i> Lượt xem: {views}</span>'
        '<span class="ctt-cochu">Cỡ chữ: <a href="javascript:;" onclick="doiCoChu(-1)">A-</a> '
        '<a href="javascript:;" onclick="doiCoChu(0)">A</a> <a href="javascript:;" onclick="doiCoChu(1)">A+</a></span>'
        '<a class="ctt-in" href="javascript:window.print();"><i class="fa fa-print"></i> In bài</a></div>'
        '<div class="ctt-nghedoc" id="vt-tts"><span class="lbl-nghe"><i class="fa fa-volume-up"></i> Nghe đọc bài viết:</span> '
        '<select id="ddlGiongDoc" class="input-sm"><option value="1">Giọng nữ miền Nam</option>'
        '<option value="2">Giọng nam miền Bắc</option><option value="3">Giọng nữ miền Bắc</option></select>'
        f'<audio id="audioTTS" controls preload="none"><source src="/{office}/TextToSpeech/Audio?id={story.id}&amp;giong=1" '
        'type="audio/mpeg" />Trình duyệt không hỗ trợ nghe đọc.</audio></div>'
        f"{sapo}"
        f'<div class="ctt-noidung" id="ctt_NoiDung">\n{render_text(story)}\n</div>'
        '<div class="ctt-chantrang" style="text-align:right">'
        f'<div class="ctt-tacgia"><label>Tác giả:</label> <b>{esc(story.opts.get("tacgia", ""))}</b></div>'
        f'<div class="ctt-nguon"><label>Nguồn:</label> <i>{esc(story.opts.get("nguon", ""))}</i></div>'
        f'<div class="ctt-ngaydang"><label>Ngày đăng:</label> <span>{posted}</span></div></div>'
        '<div class="ctt-chiase">'
        f'<a class="btn-fb" target="_blank" href="https://www.facebook.com/sharer/sharer.php?u={share_url}">'
        '<i class="fa fa-facebook"></i> Chia sẻ</a> '
        f'<div class="zalo-share-button" data-href="{share_url}" data-oaid="579745863508352884" data-layout="1"></div> '
        '<a class="btn-email" href="mailto:?subject=Chia%20s%E1%BA%BB%20tin"><i class="fa fa-envelope"></i> Gửi email</a>'
        "</div>"
        f"{tcm}</div>"
    )
    description = first_text(story)[:155]
    if other is None:
        body = layout(request, main, description=description, canonical=art_path(story), breadcrumb=crumbs)
    else:
        body = other_layout(request, other, main, description=description, canonical=art_path(story, office))
    return page_response(body)


# --- other offices ------------------------------------------------------------------------------


def other_layout(request: Request, office: OtherOffice, main: str, **kw) -> str:
    menu = (
        '<nav class="navbar navbar-default menu-ngang"><div class="container"><ul class="nav navbar-nav">'
        f'<li><a href="/{office.code}"><i class="fa fa-home"></i> Trang chủ</a></li></ul></div></nav>'
    )
    right = (
        '<div class="col-md-3 cot-phai"><div class="khoi-phai"><div class="khoi-tieude">Liên kết website</div>'
        f'<ul><li><a href="/{OFFICE}">Phòng GD&amp;ĐT Định Quán</a></li></ul></div></div>'
    )
    return layout(
        request,
        main,
        office=office.code,
        upper=office.upper,
        title=office.name,
        menu=menu,
        right=right,
        breadcrumb=[("", "Tin tức")],
        **kw,
    )


def other_home(request: Request, office: OtherOffice) -> Response:
    cards = "".join(card(s, office.code) for s in office.stories)
    main = f'<div class="khoi-tintuc"><div class="khoi-tieude">Tin tức - Sự kiện</div>{cards}</div>'
    return page_response(other_layout(request, office, main, description=office.name))


def hub_page(request: Request) -> Response:
    rows = "".join(
        f'<li><a href="/{code}">{esc(o.name)}</a></li>' for code, o in OTHERS.items()
    ) + f'<li><a href="/{OFFICE}">{esc(SITE_NAME)}</a></li>'
    body = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />'
        "<title>Hệ thống Cổng thông tin điện tử thành phần tỉnh Đồng Nai</title></head><body>"
        '<div class="hub"><h1>HỆ THỐNG CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHẦN</h1>'
        f'<ul class="ds-congtp">{rows}</ul>'
        "<p>Trung tâm Công nghệ thông tin và Truyền thông tỉnh Đồng Nai</p></div></body></html>"
    )
    return page_response(body)


# --- non-article pages ------------------------------------------------------------------------

NON_ARTICLES = [
    "/pgddinhquan/gioi-thieu/chuc-nang-nhiem-vu",
    "/pgddinhquan/lien-he",
    "/pgddinhquan/van-ban-chi-dao-dieu-hanh/chi-tiet-1251",
    "/pgddinhquan/van-ban-chi-dao-dieu-hanh/chi-tiet-1245",
    "/pgddinhquan/lich-cong-tac",
    "/pgddinhquan/thu-vien-anh/hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027-7",
]

DOCS = {
    1251: (
        "198/KH-PGDĐT",
        "20/11/2026",
        "Kế hoạch",
        "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
        "Lương Thị Mai",
        "KH-198-PGDDT.pdf",
    ),
    1245: (
        "1340/PGDĐT-VP",
        "13/11/2026",
        "Công văn",
        "Về việc thực hiện chế độ báo cáo thống kê đầu năm học 2026 - 2027",
        "Nguyễn Văn Thành",
        "CV-1340-PGDDT-VP.pdf",
    ),
}


def intro_page(request: Request) -> Response:
    paras = [
        "Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Định Quán, có "
        "chức năng tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà nước về "
        "giáo dục và đào tạo trên địa bàn huyện.",
        "Phòng Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ "
        "đạo, quản lý về tổ chức, vị trí việc làm, biên chế và công tác của Ủy ban nhân dân huyện, "
        "đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục và "
        "Đào tạo tỉnh Đồng Nai.",
        "Nhiệm vụ chính: trình Ủy ban nhân dân huyện ban hành quyết định, kế hoạch phát triển giáo "
        "dục; hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở thực hiện "
        "chương trình, kế hoạch giáo dục; tổ chức bồi dưỡng đội ngũ nhà giáo và cán bộ quản lý.",
    ]
    main = (
        '<div class="trang-tinh"><div class="tt-tieude">Chức năng, nhiệm vụ</div>'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div>"
    )
    return page_response(layout(request, main, description="Chức năng, nhiệm vụ", breadcrumb=[("", "Giới thiệu")]))


def contact_page(request: Request) -> Response:
    sent = request.method == "POST"
    note = '<div class="alert alert-success">Gửi liên hệ thành công. Xin cảm ơn!</div>' if sent else ""
    main = (
        '<div class="trang-lienhe"><div class="tt-tieude">Thông tin liên hệ</div>'
        f"{note}<p><b>{SITE_NAME.upper()}</b></p>"
        "<p>Địa chỉ: Khu phố Hiệp Tâm 1, thị trấn Định Quán, huyện Định Quán, tỉnh Đồng Nai</p>"
        "<p>Điện thoại: 0251 3853 247 - Fax: 0251 3853 248</p>"
        f'<form method="post" action="/{OFFICE}/lien-he" class="frm-lienhe">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{opaque("lienhe", 48)}" />'
        '<input name="HoTen" class="form-control" placeholder="Họ và tên" />'
        '<input name="Email" class="form-control" placeholder="Email" />'
        '<textarea name="NoiDung" class="form-control" rows="5" placeholder="Nội dung"></textarea>'
        '<button type="submit" class="btn btn-primary">Gửi liên hệ</button></form></div>'
    )
    return page_response(layout(request, main, description="Liên hệ", breadcrumb=[("", "Liên hệ")]))


def doc_list_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{no}</td><td>{day}</td><td><a href="/{OFFICE}/van-ban-chi-dao-dieu-hanh/chi-tiet-{did}">{esc(subj)}</a></td></tr>'
        for did, (no, day, _kind, subj, _s, _f) in DOCS.items()
    )
    main = (
        '<div class="ds-vb"><div class="tt-tieude">Văn bản chỉ đạo điều hành</div>'
        '<table class="table table-bordered"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return page_response(layout(request, main, description="Văn bản", breadcrumb=[("", "Văn bản chỉ đạo điều hành")]))


def doc_page(request: Request, did: int) -> Response:
    no, day, kind, subj, signer, fname = DOCS[did]
    main = (
        '<div class="ct-vanban"><div class="tt-tieude">Chi tiết văn bản</div>'
        '<table class="table table-bordered tbl-vb"><tbody>'
        f"<tr><th>Số/Ký hiệu</th><td>{esc(no)}</td></tr>"
        f"<tr><th>Ngày ban hành</th><td>{day}</td></tr>"
        f"<tr><th>Loại văn bản</th><td>{kind}</td></tr>"
        "<tr><th>Cơ quan ban hành</th><td>Phòng Giáo dục và Đào tạo huyện Định Quán</td></tr>"
        f"<tr><th>Trích yếu</th><td>{esc(subj)}</td></tr>"
        f"<tr><th>Người ký</th><td>{esc(signer)}</td></tr>"
        f'<tr><th>Tệp đính kèm</th><td><a href="/Upload/pgddinhquan/VanBan/{fname}">{fname}</a></td></tr>'
        "</tbody></table></div>"
    )
    return page_response(
        layout(
            request,
            main,
            description=subj,
            breadcrumb=[(f"/{OFFICE}/van-ban-chi-dao-dieu-hanh", "Văn bản chỉ đạo điều hành"), ("", no)],
        )
    )


def calendar_page(request: Request) -> Response:
    rows = [
        ("Thứ Hai, 30/11/2026", "Sáng", "Lãnh đạo Phòng họp giao ban đầu tuần", "Phòng họp PGD"),
        ("Thứ Ba, 01/12/2026", "Sáng", "Trưởng phòng dự khai mạc Hội thi GVDG Tiểu học", "TH Thị trấn Định Quán"),
        ("Thứ Năm, 03/12/2026", "Sáng", "Khai mạc Hội khỏe Phù Đổng cấp huyện", "Trung tâm VH-TT huyện"),
        ("Thứ Sáu, 04/12/2026", "Chiều", "Kiểm tra công tác bán trú trường MN Hoa Sen", "MN Hoa Sen"),
    ]
    trs = "".join(f"<tr><td>{d}</td><td>{b}</td><td>{esc(c)}</td><td>{esc(p)}</td></tr>" for d, b, c, p in rows)
    main = (
        '<div class="lich-ct"><div class="tt-tieude">Lịch công tác tuần 49 (30/11/2026 - 06/12/2026)</div>'
        '<table class="table table-bordered"><thead><tr><th>Ngày</th><th>Buổi</th><th>Nội dung</th>'
        f"<th>Địa điểm</th></tr></thead><tbody>{trs}</tbody></table></div>"
    )
    return page_response(layout(request, main, description="Lịch công tác", breadcrumb=[("", "Lịch công tác")]))


ALBUM = "/pgddinhquan/thu-vien-anh/hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027-7"


def album_list_page(request: Request) -> Response:
    main = (
        '<div class="ds-album"><div class="tt-tieude">Thư viện ảnh</div>'
        f'<div class="album-item"><a href="{ALBUM}"><img src="/Upload/pgddinhquan/ThuVienAnh/7/anh-bia.jpg" alt="" />'
        "<span>Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027</span></a></div></div>"
    )
    return page_response(layout(request, main, description="Thư viện ảnh", breadcrumb=[("", "Thư viện ảnh")]))


def album_page(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-xs-4"><a class="fancybox" rel="album7" href="/Upload/pgddinhquan/ThuVienAnh/7/anh-{n:02d}.jpg">'
        f'<img src="/Upload/pgddinhquan/ThuVienAnh/7/thumb/anh-{n:02d}.jpg" alt="Ảnh {n}" /></a></div>'
        for n in range(1, 7)
    )
    main = (
        '<div class="ct-album"><div class="tt-tieude">Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027</div>'
        f'<p class="album-ngay">Ngày tạo: 03/12/2026</p><div class="row">{pics}</div></div>'
    )
    return page_response(
        layout(request, main, description="Thư viện ảnh", breadcrumb=[(f"/{OFFICE}/thu-vien-anh", "Thư viện ảnh"), ("", "Hội khỏe Phù Đổng")])
    )


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if not q:
        inner = '<p class="tk-thongbao">Vui lòng nhập từ khóa tìm kiếm.</p>'
    else:
        hits = [s for s in newest_first(STORIES) if q.lower() in s.title.lower()]
        inner = f'<p class="tk-ketqua">Tìm thấy {len(hits)} kết quả cho từ khóa “{esc(q)}”</p>' + "".join(
            card(s) for s in hits
        )
    main = f'<div class="trang-timkiem"><div class="tt-tieude">Kết quả tìm kiếm</div>{inner}</div>'
    return page_response(layout(request, main, description="Tìm kiếm", breadcrumb=[("", "Tìm kiếm")]))


def poll_page(request: Request) -> Response:
    main = (
        '<div class="kq-binhchon"><div class="tt-tieude">Kết quả bình chọn</div>'
        "<p>Tin tức - Sự kiện: 61%</p><p>Văn bản chỉ đạo điều hành: 27%</p><p>Lịch công tác: 12%</p></div>"
    )
    return page_response(layout(request, main, description="Bình chọn"))


# --- routing ------------------------------------------------------------------------------------

ART_RE = re.compile(r"^/([a-z0-9]+)/tin-tuc-su-kien/([a-z0-9-]+)-(\d+)\.html$")
CAT_RE = re.compile(r"^/pgddinhquan/tin-tuc-su-kien/c/([a-z0-9-]+)-(\d+)$")
DOC_RE = re.compile(r"^/pgddinhquan/van-ban-chi-dao-dieu-hanh/chi-tiet-(\d+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower().rstrip("/") or "/"
        if low.startswith(("/content/", "/scripts/", "/upload/")) or low == "/favicon.ico":
            if low.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(low)
        if low == "/":
            return hub_page(request)
        if low == f"/{OFFICE}":
            return home_page(request)
        if low.lstrip("/") in OTHERS:
            return other_home(request, OTHERS[low.lstrip("/")])
        m = ART_RE.match(low)
        if m:
            office, _slug, sid = m.group(1), m.group(2), int(m.group(3))
            if office == OFFICE and sid in BY_ID:
                return article_page(request, BY_ID[sid])
            if office in OTHERS:
                for s in OTHERS[office].stories:
                    if s.id == sid:
                        return article_page(request, s, office, OTHERS[office])
            return None
        if low == ZONE:
            return zone_page(request)
        m = CAT_RE.match(low)
        if m and int(m.group(2)) in CATS:
            return category_page(request, int(m.group(2)))
        m = DOC_RE.match(low)
        if m and int(m.group(1)) in DOCS:
            return doc_page(request, int(m.group(1)))
        simple = {
            f"/{OFFICE}/gioi-thieu/chuc-nang-nhiem-vu": intro_page,
            f"/{OFFICE}/lien-he": contact_page,
            f"/{OFFICE}/van-ban-chi-dao-dieu-hanh": doc_list_page,
            f"/{OFFICE}/lich-cong-tac": calendar_page,
            f"/{OFFICE}/thu-vien-anh": album_list_page,
            ALBUM: album_page,
            f"/{OFFICE}/tim-kiem": search_page,
            f"/{OFFICE}/binhchon/binhchon": poll_page,
        }
        if low in simple:
            return simple[low](request)
        if low == f"/{OFFICE}/texttospeech/audio":
            qs = parse_qs(request.query)
            if qs.get("id", [""])[0].isdigit() and int(qs["id"][0]) in BY_ID:
                return Response(200, b"ID3\x03\x00\x00\x00\x00\x00\x00", {"Content-Type": "audio/mpeg"})
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(s, art_path(s), s.cat, canonical_path=art_path(s), alt_paths=printed_variants(s))
    for s in newest_first(STORIES)
]
