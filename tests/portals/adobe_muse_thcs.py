"""Fixture portal: a school site made in Adobe Muse CC 2017 by a teacher (Trường THCS Giao Tiến).

The platform
------------
Adobe Muse (discontinued 2018) exported static HTML: no CMS, no database. Thầy Phạm Văn Tùng
(Tin học) built the site of Trường THCS Giao Tiến (formerly xã Giao Tiến, huyện Giao Thủy, tỉnh
Nam Định; since the 2025 merger xã Giao Thủy, tỉnh Ninh Bình) in Muse CC 2017 and still keeps it on
shared hosting. For every new article he duplicates the page "tin-mau" (the template) in Muse's plan
view, renames it, replaces the text and photos and re-exports the whole site. Each page therefore
carries Muse's marks: ``<meta name="generator" content="2017.1.0.379">``, the "nojs" html class,
``window.Muse.assets`` in the head, every asset suffixed with Muse's checksum (``?crc=…``), the
page's own stylesheet (``css/<page>.css?crc=…``) holding the position of every box, and the
boxes themselves inside ``<div class="clearfix" id="page">``: groups ``<div class="clearfix
colelem" id="pu…">`` of ``grpelem`` boxes, text frames ``<div class="clearfix grpelem"
id="u5678-12"><!-- content --><p id="u5678-2">…</p></div>``, image frames ``<div
class="clip_frame grpelem" id="u9012"><img class="block" id="u9012_img" src="../images/x.jpg?crc=…"
data-muse-src="…"/></div>``, "Insert HTML" boxes (``<!-- custom html -->``). The teacher's
paragraph styles become classes: ``Tieu-de-bai`` (headline), ``Ngay-dang`` (date line),
``Noi-dung`` (text), ``Tieu-de-muc`` (a heading inside the text), ``Chu-thich-anh`` (caption),
``Tac-gia`` (the right-aligned byline), ``Trich-dan`` (a quotation box); character style ``Dam``
(bold). No rel=canonical anywhere (Muse writes none); no sitemap, no feed, no robots.txt.

Muse writes the boxes in z-order (the order they were drawn). Their place on screen comes from
the page stylesheet (``position:absolute; left; top``), so the DOM order mostly, but not always,
follows the visual order top to bottom (see the traps).

URL scheme (all links relative, as Muse writes them)
-----------------------------------------------------
- ``/index.html`` home ("/" answers the same page): three newest news teasers, a "Xem tất cả"
  button to the news listing.
- ``/tin-tuc.html``, ``/tin-tuc-2.html``, ``/tin-tuc-3.html``: the news listing, three Muse pages
  with a hand-made grid of teasers (cropped thumbnail ``images/<name>-crop-u<id>.jpg`` linked, title
  frame with a text link, date, a line of summary, a "Xem tiếp" button) and "1 2 3" page buttons
  (Muse buttons; the current page's button carries ``MuseLinkActive``). 4 + 3 + 2 teasers.
- ``/thong-bao.html``: the notices, one text frame of links with the date after each.
- News articles ``/tin-tuc/<slug>.html`` (slug lower-case, made by Muse from the page name);
  the two old ones (school year 2024-2025) under ``/tin-tuc/tin-2025/<slug>.html``; notices
  ``/thong-bao/<slug>.html``.
- Static pages: ``/gioi-thieu.html``, ``/doi-ngu.html`` (photo + name frames of the staff),
  ``/thu-vien-anh.html`` (a Muse lightbox gallery), ``/van-ban.html`` (links to the documents that
  Muse exported into ``/assets/…pdf``).
- Every page has a phone layout copy under ``/phone/`` (``/phone/tin-tuc/<slug>.html``, …), named in
  the desktop page's head by ``<link media="only screen and (max-width: 370px)" rel="alternate"
  href="…/phone/…">``; phone pages link only phone pages (and nothing links back to the desktop
  layout but Muse's redirect script).
- Assets: ``/images/…jpg?crc=N``, ``/scripts/…js?crc=N``, ``/css/…css?crc=N``,
  ``/assets/…pdf``.

Master page around every desktop page: the banner (the school's name is in the image; alt
empty), a script clock (``<p id="dongho"></p>``, empty in the HTML, filled by JavaScript), the
Muse menu widget (``div.MenuBar`` with ``a.nonblock.nontext.MenuItem.MenuItemWithSubMenu``; the
item of the section the page belongs to carries ``MuseMenuActive``; "Giới thiệu" has a submenu),
a left column (the "Thông báo mới" text frame of links to the three notices, "Lượt truy cập"
with a counter image from a free counter service, a "Liên kết website" frame) and the footer text
frame (address, phone, e-mail, "Thiết kế: thầy Phạm Văn Tùng"). Article pages add a "Các tin
khác" text frame of links at the bottom, edited by hand on each page.

How each gold article is reached
--------------------------------
- the 9 news: by the teasers of tin-tuc.html (hoi-giang-20-11-2026, le-ky-niem-20-11,
  hoi-thi-khtn-cap-truong, dai-hoi-lien-doi-2026), tin-tuc-2.html (hoi-nghi-vien-chuc-2026,
  le-khai-giang, tap-huan-gdpt-2018) and tin-tuc-3.html (tin-2025/tong-ket-nam-hoc,
  tin-2025/thi-vao-10-2025); the page buttons "1 2 3" join the three listing pages; the home page
  also shows the three newest; the "Các tin khác" frames cross-link a few.
- the 3 notices: from thong-bao.html and from the "Thông báo mới" frame on every page.
- each article's phone copy (its ``alt_paths``) from the ``rel=alternate`` link of its page.

Traps
-----
- Phone layout copies (``/phone/…``): the same article in a one-column layout, same text, same
  photos (same image files), no canonical on either side: an alternate address of the article
  (``alt_paths``), never a second article. Phone listings and static pages exist too.
- ``?crc=`` on every asset, including the images the gold names: the image address is the one
  the page prints, query included.
- Listing "Xem tiếp" buttons are ``<a class="nonblock nontext Button …">`` boxes whose text sits in
  nested divs (``<a …><div …><div …><p>Xem tiếp</p></div></div></a>``); on two teasers the
  teacher forgot to link the title, so the button and the thumbnail are the only links there.
- ``/tin-tuc/tin-mau.html``: the template page left published (headline "TIÊU ĐỀ BÀI VIẾT", date
  line "Ngày xx/xx/20xx", three lines of placeholder "Nội dung bài viết…", a placeholder photo
  "anh-mau.jpg" and the byline "Tác giả"). Not an article. It is reached because the "Các tin
  khác" frame of thi-vao-10-2025 still carries one placeholder link of the template
  ("Tiêu đề tin khác" -> tin-mau.html); its phone copy likewise from the phone copy of
  thi-vao-10-2025.
- Documents ``/assets/….pdf`` (linked from van-ban.html and from one notice): files, not pages.
- Caption drawn before its photo: on le-ky-niem-20-11 (second photo) and on
  hoi-nghi-vien-chuc-2026 (its only photo) the caption frame comes in the DOM before the image
  frame; the stylesheet places it under the photo.
- Pull quote added last: on hoi-giang-20-11-2026 the "Trich-dan" frame comes in the DOM after
  the footer group; the stylesheet places it between the second and third text frames.
- Headline vs <title>: ``<title>`` is Muse's page title: the short page name ("Hội giảng
  20-11-2026") or, on pages where the teacher kept the template's page title, "Tin tức - THCS Giao
  Tiến". The headline is the ``Tieu-de-bai`` paragraph.
- Empty ``&nbsp;`` paragraphs between text paragraphs (the teacher's double Enter); one article
  (le-khai-giang) has paragraphs pasted in decomposed Unicode; the "Insert HTML" tables were pasted
  from an online converter that wrote entities (``&agrave;``, ``&#7879;``).

Gold decisions (as a reader of the page decides)
------------------------------------------------
- title: the ``Tieu-de-bai`` paragraph, as printed (never ``<title>``).
- published_at: the ``Ngay-dang`` line: "Ngày 18/11/2026", "Ngày 5/9/2026", "Ngày 28 tháng 5 năm
  2025" -> a date only ("2026-11-18"): the pages print no time. The header clock is empty in the
  HTML (JavaScript) and is never a date; the listing dates agree with the pages.
- authors / photographers / source: the ``Tac-gia`` line. "Phạm Văn Tùng" -> author; "Tổ KHTN",
  "Liên đội THCS Giao Tiến", "Công đoàn trường", "Ban Giám hiệu", "Tổ Văn phòng" (a unit alone
  signs) -> that unit as author, as printed; "Tin, ảnh: Đỗ Thị Huyền" -> author and photographer;
  "Vũ Thị Thanh – Phó Hiệu trưởng" -> "Vũ Thị Thanh" (the office is no name); "Nguồn: Phòng
  GD&ĐT" -> source, no author. Pages without the line credit nobody.
- summary: where the first text paragraph is printed all bold (character style ``Dam``) right
  under the date, it is the lead: summary, and the body's first paragraph. Elsewhere None.
- body: the ``Noi-dung`` / ``Tieu-de-muc`` paragraphs and list items in reading order (the order
  a reader sees top to bottom), empty paragraphs dropped; table rows of the inserted tables are
  paragraphs with cells joined " | "; the pull quote of hoi-giang-20-11-2026 is read where it
  stands on screen (between "Nhiều tiết dạy…" and "Kết thúc đợt hội giảng…"): it is a quotation of
  the principal that is printed nowhere else on the page, so it is part of what the article says.
  No captions, bylines, "File đính kèm" lines, "Các tin khác" links.
- images: the photos in reading order with the ``Chu-thich-anh`` line under each as caption (the
  caption drawn first belongs to the photo it sits under on screen); a photo without a line has
  caption None. Banner, counter image, thumbnails of other pages are not the article's.
- category: Muse prints no breadcrumb, but every article page highlights its section in the menu
  (``MuseMenuActive``, drawn in the active colour): a reader sees "Tin tức" (news, including the
  two 2025 pages that sit under Tin tức in the plan) or "Thông báo" (notices) lit up as "you are
  here", the one place the page names where it is filed. Gold: "Tin tức" / "Thông báo".
"""

from __future__ import annotations

import posixpath
import zlib
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "adobe_muse_thcs"
PLATFORM = "Adobe Muse CC 2017 static export"
START_PATH = "/"

SCHOOL = "Trường THCS Giao Tiến"
GENERATOR = "2017.1.0.379"
SITE_TITLE = "THCS Giao Tiến"


def crc(name: str) -> int:
    """Muse's checksum suffix of an asset (a CRC-32; here of the name, deterministic)."""
    return zlib.crc32(name.encode("utf-8"))


def asset(path: str) -> str:
    """An asset path with Muse's ``?crc=`` suffix."""
    return f"{path}?crc={crc(path)}"


def rel(frm: str, to: str) -> str:
    """The relative link Muse writes on the page at ``frm`` for the target ``to``."""
    target, _, query = to.partition("?")
    out = posixpath.relpath(target, posixpath.dirname(frm) or "/")
    return out + (f"?{query}" if query else "")


# --- the articles ------------------------------------------------------------------------------
# ``opts``: path, page_title (Muse's <title>), date_line (the printed "Ngay-dang" line), byline
# (printed "Tac-gia" lines), related ("Các tin khác": (path, label) pairs), teaser (the listing's
# line of summary), crop (the listing thumbnail). P styles: "" text, "lead" all bold, "h" heading,
# "li" list item, "row" table row (cells " | "), "quote" the pull-quote frame, "nfd" decomposed.
# Img styles: "next" caption frame drawn after the photo, "before" caption frame drawn first.

NEWS_TEMPLATE_TITLE = "Tin tức - THCS Giao Tiến"

HOI_GIANG = Story(
    id=1,
    slug="hoi-giang-20-11-2026",
    title="Sôi nổi hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11",
    cat="Tin tức",
    published_at="2026-11-18",
    summary=(
        "Hưởng ứng phong trào thi đua “Dạy tốt – Học tốt” chào mừng kỷ niệm 44 năm ngày Nhà giáo "
        "Việt Nam (20/11/1982 – 20/11/2026), từ ngày 02/11 đến ngày 16/11/2026, Trường THCS Giao "
        "Tiến tổ chức đợt hội giảng cấp trường với sự tham gia của 24 thầy cô giáo."
    ),
    blocks=[
        P(
            "Hưởng ứng phong trào thi đua “Dạy tốt – Học tốt” chào mừng kỷ niệm 44 năm ngày Nhà giáo "
            "Việt Nam (20/11/1982 – 20/11/2026), từ ngày 02/11 đến ngày 16/11/2026, Trường THCS Giao "
            "Tiến tổ chức đợt hội giảng cấp trường với sự tham gia của 24 thầy cô giáo.",
            "lead",
        ),
        P(
            "Đợt hội giảng năm nay tập trung vào đổi mới phương pháp dạy học theo định hướng phát "
            "triển phẩm chất, năng lực học sinh, ứng dụng công nghệ thông tin và chuyển đổi số trong "
            "từng tiết dạy. Mỗi tổ chuyên môn đăng ký từ 8 đến 10 tiết, được Ban Giám khảo gồm Ban "
            "Giám hiệu và các tổ trưởng chuyên môn dự giờ, đánh giá theo Công văn 5512 của Bộ GD&ĐT."
        ),
        Img(
            "/images/hoi-giang-1.jpg?crc=3889123041",
            "Cô Hoàng Thị Thu Trang trong tiết dạy Tiếng Anh lớp 8A",
            "Cô Hoàng Thị Thu Trang trong tiết dạy Tiếng Anh lớp 8A",
        ),
        P(
            "Nhiều tiết dạy để lại ấn tượng tốt như tiết Ngữ văn 9 “Bếp lửa” của cô Đỗ Thị Huyền, "
            "tiết Toán 7 “Tam giác cân” của thầy Lê Văn Nam, tiết Khoa học tự nhiên 6 của cô Mai Thị "
            "Lan với các thí nghiệm trực quan, sinh động. Học sinh hào hứng, chủ động tham gia hoạt "
            "động nhóm, mạnh dạn trình bày ý kiến trước lớp."
        ),
        P(
            "“Mỗi tiết dạy tốt là một bông hoa tươi thắm nhất mà thầy cô dâng tặng ngày 20/11.” "
            "(Thầy Trần Quốc Khánh, Hiệu trưởng nhà trường)",
            "quote",
        ),
        P(
            "Kết thúc đợt hội giảng, Ban Giám khảo xếp loại 18 tiết dạy đạt loại Tốt, 6 tiết đạt loại "
            "Khá. Nhà trường chọn 3 tiết dạy tiêu biểu nhất tham gia hội giảng cấp xã trong tháng "
            "12/2026."
        ),
        Img(
            "/images/hoi-giang-2.jpg?crc=1027746215",
            "Ban Giám khảo góp ý, rút kinh nghiệm sau tiết dạy",
            "Ban Giám khảo góp ý, rút kinh nghiệm sau tiết dạy",
        ),
        P(
            "Đợt hội giảng là dịp để các thầy cô giao lưu, học hỏi kinh nghiệm, nâng cao chất lượng "
            "giảng dạy, góp phần thực hiện thắng lợi nhiệm vụ năm học 2026-2027."
        ),
    ],
    authors=["Phạm Văn Tùng"],
    opts={
        "path": "/tin-tuc/hoi-giang-20-11-2026.html",
        "page_title": "Hội giảng 20-11-2026",
        "date_line": "Ngày 18/11/2026",
        "byline": ["Phạm Văn Tùng"],
        "teaser": "Từ ngày 02/11 đến 16/11/2026, 24 thầy cô tham gia hội giảng cấp trường…",
        "related": ["le-ky-niem-20-11", "hoi-thi-khtn-cap-truong", "le-khai-giang"],
    },
)

LE_KY_NIEM = Story(
    id=2,
    slug="le-ky-niem-20-11",
    title="Trường THCS Giao Tiến long trọng tổ chức Lễ kỷ niệm 44 năm ngày Nhà giáo Việt Nam",
    cat="Tin tức",
    published_at="2026-11-20",
    blocks=[
        P(
            "Sáng ngày 20/11/2026, trong không khí phấn khởi của cả nước hướng về ngày Nhà giáo Việt "
            "Nam, Trường THCS Giao Tiến long trọng tổ chức Lễ kỷ niệm 44 năm ngày Nhà giáo Việt Nam "
            "(20/11/1982 – 20/11/2026)."
        ),
        P(
            "Về dự buổi lễ có đồng chí Bùi Văn Lợi, Phó Chủ tịch UBND xã Giao Thủy; đại diện Ban "
            "đại diện cha mẹ học sinh; các thầy cô giáo nguyên là cán bộ, giáo viên của nhà trường "
            "qua các thời kỳ cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 600 học sinh."
        ),
        Img(
            "/images/ky-niem-20-11-1.jpg?crc=2214509873",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 9B",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 9B",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Trần Quốc Khánh, Hiệu trưởng nhà trường ôn lại truyền thống "
            "vẻ vang của ngày Nhà giáo Việt Nam, điểm lại những thành tích nổi bật của nhà trường từ "
            "đầu năm học: 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo, 12 học sinh đạt "
            "giải trong kỳ thi học sinh giỏi cấp huyện năm học trước, phong trào thi đua “Dạy tốt – "
            "Học tốt” được triển khai sâu rộng."
        ),
        Img(
            "/images/ky-niem-20-11-2.jpg?crc=604218857",
            "Thầy Hiệu trưởng Trần Quốc Khánh phát biểu tại buổi lễ",
            "Thầy Hiệu trưởng Trần Quốc Khánh phát biểu tại buổi lễ",
            "before",
        ),
        P(
            "Thay mặt chính quyền địa phương, đồng chí Bùi Văn Lợi gửi lời chúc mừng tới các thầy cô "
            "giáo, ghi nhận những đóng góp của nhà trường đối với sự nghiệp giáo dục của xã và đề nghị "
            "tập thể sư phạm tiếp tục đoàn kết, đổi mới, nâng cao chất lượng giáo dục toàn diện."
        ),
        P(
            "Dịp này, nhà trường trao giấy khen cho 9 giáo viên có tiết dạy đạt loại Tốt trong đợt "
            "hội giảng và 15 học sinh có thành tích xuất sắc trong phong trào thi đua."
        ),
        Img(
            "/images/ky-niem-20-11-3.jpg?crc=3350178412",
            "Trao giấy khen cho các thầy cô có tiết dạy tốt",
            "Trao giấy khen cho các thầy cô có tiết dạy tốt",
        ),
    ],
    authors=["Đỗ Thị Huyền"],
    photographers=["Đỗ Thị Huyền"],
    opts={
        "path": "/tin-tuc/le-ky-niem-20-11.html",
        "page_title": NEWS_TEMPLATE_TITLE,
        "date_line": "Ngày 20/11/2026",
        "byline": ["Tin, ảnh: Đỗ Thị Huyền"],
        "teaser": "Sáng 20/11/2026, nhà trường long trọng tổ chức Lễ kỷ niệm 44 năm ngày Nhà giáo…",
        "related": ["hoi-giang-20-11-2026", "dai-hoi-lien-doi-2026"],
        "title_unlinked": True,
    },
)

KHTN = Story(
    id=3,
    slug="hoi-thi-khtn-cap-truong",
    title="Hội thi “Nhà khoa học nhỏ” cấp trường năm học 2026-2027",
    cat="Tin tức",
    published_at="2026-11-06",
    blocks=[
        P(
            "Nhằm khơi dậy niềm đam mê khám phá khoa học và rèn luyện kỹ năng thực hành cho học sinh, "
            "ngày 04/11/2026 Tổ Khoa học tự nhiên tổ chức Hội thi “Nhà khoa học nhỏ” cấp trường dành "
            "cho học sinh khối 6, 7 và 8."
        ),
        P(
            "Mười hai đội thi trải qua ba phần: trả lời nhanh kiến thức, thực hành thí nghiệm và giới "
            "thiệu sản phẩm khoa học tự làm. Nhiều sản phẩm sáng tạo từ vật liệu tái chế như mô hình "
            "máy lọc nước mini, đèn ngủ dùng pin mặt trời, hệ thống tưới cây tự động được ban giám "
            "khảo đánh giá cao."
        ),
        Img(
            "/images/nha-khoa-hoc-nho.jpg?crc=1799043326",
            "Đội thi lớp 8A giới thiệu mô hình máy lọc nước mini",
            "Đội thi lớp 8A giới thiệu mô hình máy lọc nước mini",
        ),
        P("Kết quả, Ban Tổ chức trao:", "h"),
        P("01 giải Nhất: đội lớp 8A;", "li"),
        P("02 giải Nhì: đội lớp 7B và đội lớp 8C;", "li"),
        P("03 giải Ba: đội lớp 6A, 7A và 8B;", "li"),
        P("06 giải Khuyến khích cho các đội còn lại.", "li"),
        P(
            "Các sản phẩm đạt giải sẽ được trưng bày tại phòng học bộ môn và lựa chọn tham gia Cuộc "
            "thi Khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh."
        ),
    ],
    authors=["Tổ KHTN"],
    opts={
        "path": "/tin-tuc/hoi-thi-khtn-cap-truong.html",
        "page_title": "Hội thi KHTN cấp trường",
        "date_line": "Ngày 06/11/2026",
        "byline": ["Tổ KHTN"],
        "teaser": "12 đội thi khối 6, 7, 8 tranh tài với các sản phẩm khoa học từ vật liệu tái chế…",
        "related": ["hoi-giang-20-11-2026", "dai-hoi-lien-doi-2026", "le-khai-giang"],
    },
)

LIEN_DOI = Story(
    id=4,
    slug="dai-hoi-lien-doi-2026",
    title="Đại hội Liên đội Trường THCS Giao Tiến nhiệm kỳ 2026-2027",
    cat="Tin tức",
    published_at="2026-10-16",
    summary=(
        "Chiều ngày 15/10/2026, Liên đội Trường THCS Giao Tiến tổ chức thành công Đại hội Liên đội "
        "nhiệm kỳ 2026-2027 với sự tham dự của 54 đại biểu là chỉ huy các chi đội."
    ),
    blocks=[
        P(
            "Chiều ngày 15/10/2026, Liên đội Trường THCS Giao Tiến tổ chức thành công Đại hội Liên đội "
            "nhiệm kỳ 2026-2027 với sự tham dự của 54 đại biểu là chỉ huy các chi đội.",
            "lead",
        ),
        P(
            "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025-2026: "
            "Liên đội được Hội đồng Đội huyện công nhận Liên đội vững mạnh xuất sắc; phong trào "
            "“Kế hoạch nhỏ” thu gom được 1,2 tấn giấy vụn, góp quỹ giúp đỡ 8 bạn học sinh có hoàn "
            "cảnh khó khăn."
        ),
        Img(
            "/images/dai-hoi-lien-doi-1.jpg?crc=2790551860",
            "Các đại biểu biểu quyết thông qua chương trình Đại hội",
            "Các đại biểu biểu quyết thông qua chương trình Đại hội",
        ),
        P(
            "Các đại biểu thảo luận sôi nổi, đề xuất nhiều sáng kiến như thành lập câu lạc bộ đọc "
            "sách, tổ chức ngày hội “Đổi đồ dùng học tập cũ”, duy trì công trình măng non chăm sóc "
            "nghĩa trang liệt sĩ của xã."
        ),
        P(
            "Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ 2026-2027 gồm 11 em; em Nguyễn Minh Khôi, "
            "lớp 9A được bầu làm Liên đội trưởng."
        ),
        Img(
            "/images/dai-hoi-lien-doi-2.jpg?crc=918273645",
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026-2027 ra mắt Đại hội",
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026-2027 ra mắt Đại hội",
        ),
    ],
    authors=["Liên đội THCS Giao Tiến"],
    opts={
        "path": "/tin-tuc/dai-hoi-lien-doi-2026.html",
        "page_title": "Đại hội Liên đội 2026",
        "date_line": "Ngày 16/10/2026",
        "byline": ["Liên đội THCS Giao Tiến"],
        "teaser": "Liên đội tổ chức thành công Đại hội nhiệm kỳ 2026-2027 với 54 đại biểu…",
        "related": ["hoi-thi-khtn-cap-truong", "le-khai-giang"],
    },
)

VIEN_CHUC = Story(
    id=5,
    slug="hoi-nghi-vien-chuc-2026",
    title="Hội nghị viên chức, người lao động năm học 2026-2027",
    cat="Tin tức",
    published_at="2026-10-02",
    blocks=[
        P(
            "Ngày 30/9/2026, Trường THCS Giao Tiến tổ chức Hội nghị viên chức, người lao động năm học "
            "2026-2027. Tham dự hội nghị có 42 cán bộ, giáo viên, nhân viên trong toàn trường."
        ),
        Img(
            "/images/hoi-nghi-vien-chuc.jpg?crc=3071665924",
            "Toàn cảnh Hội nghị viên chức, người lao động năm học 2026-2027",
            "Toàn cảnh Hội nghị viên chức, người lao động năm học 2026-2027",
            "before",
        ),
        P(
            "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025-2026, phương hướng "
            "nhiệm vụ năm học 2026-2027; báo cáo công khai tài chính và dự thảo sửa đổi Quy chế chi "
            "tiêu nội bộ. Các chỉ tiêu chủ yếu năm học mới như sau:"
        ),
        P("Chỉ tiêu | Năm học 2025-2026 (thực hiện) | Năm học 2026-2027 (đăng ký)", "row"),
        P("Học sinh xếp loại học tập Tốt | 28,5% | 30%", "row"),
        P("Học sinh lên lớp thẳng | 98,7% | 99%", "row"),
        P("Học sinh giỏi cấp huyện (cấp xã) | 12 giải | 15 giải", "row"),
        P("Giáo viên dạy giỏi cấp trường | 14 | 16", "row"),
        P(
            "Hội nghị đã bầu Ban Thanh tra nhân dân gồm 3 đồng chí và biểu quyết thông qua Nghị quyết "
            "hội nghị với 100% đại biểu tán thành. Kết thúc hội nghị, Công đoàn trường phát động "
            "phong trào thi đua năm học 2026-2027 và các cá nhân ký giao ước thi đua."
        ),
    ],
    authors=["Công đoàn trường"],
    opts={
        "path": "/tin-tuc/hoi-nghi-vien-chuc-2026.html",
        "page_title": "Hội nghị viên chức 2026",
        "date_line": "Ngày 02/10/2026",
        "byline": ["Công đoàn trường"],
        "teaser": "42 cán bộ, giáo viên, nhân viên thống nhất các chỉ tiêu năm học mới…",
        "related": ["dai-hoi-lien-doi-2026", "le-khai-giang", "tap-huan-gdpt-2018"],
    },
)

KHAI_GIANG = Story(
    id=6,
    slug="le-khai-giang",
    title="Tưng bừng Lễ khai giảng năm học mới 2026-2027",
    cat="Tin tức",
    published_at="2026-09-05",
    summary=(
        "Sáng ngày 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò Trường THCS Giao "
        "Tiến nô nức tổ chức Lễ khai giảng năm học mới 2026-2027."
    ),
    blocks=[
        P(
            "Sáng ngày 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò Trường THCS Giao "
            "Tiến nô nức tổ chức Lễ khai giảng năm học mới 2026-2027.",
            "lead",
        ),
        Img("/images/khai-giang-1.jpg?crc=2468013579", None, None),
        P(
            "Năm học 2026-2027, nhà trường có 17 lớp với 628 học sinh, trong đó 156 em học sinh lớp 6 "
            "lần đầu bước vào mái trường trung học cơ sở. Đội ngũ gồm 38 cán bộ, giáo viên và 4 nhân "
            "viên.",
            "nfd",
        ),
        P(
            "Sau phần chào cờ và lễ đón học sinh lớp 6, thầy Hiệu trưởng Trần Quốc Khánh đọc thư "
            "của Chủ tịch nước gửi ngành Giáo dục nhân dịp khai giảng năm học mới, tổng kết năm học "
            "2025-2026 và quán triệt nhiệm vụ trọng tâm năm học 2026-2027.",
            "nfd",
        ),
        Img(
            "/images/khai-giang-2.jpg?crc=1357924680",
            "Thầy Hiệu trưởng Trần Quốc Khánh đánh trống khai trường",
            "Thầy Hiệu trưởng Trần Quốc Khánh đánh trống khai trường",
        ),
        P(
            "Trong tiếng trống khai trường rộn rã, các em học sinh thả những chùm bóng bay mang theo "
            "ước mơ, khát vọng về một năm học mới nhiều thành công."
        ),
        Img(
            "/images/khai-giang-3.jpg?crc=864209753",
            "Học sinh lớp 6 trong ngày đầu đến trường",
            "Học sinh lớp 6 trong ngày đầu đến trường",
        ),
    ],
    authors=["Phạm Văn Tùng"],
    opts={
        "path": "/tin-tuc/le-khai-giang.html",
        "page_title": "Lễ khai giảng",
        "date_line": "Ngày 5/9/2026",
        "byline": ["Phạm Văn Tùng"],
        "teaser": "Thầy và trò nhà trường nô nức đón năm học mới với 628 học sinh, 17 lớp…",
        "related": ["tap-huan-gdpt-2018", "tin-2025/tong-ket-nam-hoc"],
    },
)

TAP_HUAN = Story(
    id=7,
    slug="tap-huan-gdpt-2018",
    title="Tập huấn giáo viên thực hiện Chương trình GDPT 2018 năm học 2026-2027",
    cat="Tin tức",
    published_at="2026-08-20",
    blocks=[
        P(
            "Từ ngày 12/8 đến ngày 15/8/2026, Phòng GD&ĐT tổ chức tập huấn bồi dưỡng chuyên môn cho "
            "cán bộ quản lý và giáo viên các trường THCS thực hiện Chương trình giáo dục phổ thông "
            "2018 năm học 2026-2027."
        ),
        P(
            "Nội dung tập huấn tập trung vào xây dựng kế hoạch bài dạy theo Công văn 5512, kiểm tra "
            "đánh giá theo Thông tư 22/2021/TT-BGDĐT, dạy học tích hợp môn Khoa học tự nhiên và Lịch "
            "sử và Địa lí, tổ chức hoạt động trải nghiệm, hướng nghiệp."
        ),
        P(
            "Trường THCS Giao Tiến cử 100% giáo viên tham gia. Sau tập huấn, các tổ chuyên môn tổ chức "
            "sinh hoạt chuyên đề để triển khai lại nội dung tới toàn thể giáo viên trong tổ."
        ),
    ],
    source="Phòng GD&ĐT",
    opts={
        "path": "/tin-tuc/tap-huan-gdpt-2018.html",
        "page_title": NEWS_TEMPLATE_TITLE,
        "date_line": "Ngày 20/08/2026",
        "byline": ["Nguồn: Phòng GD&ĐT"],
        "teaser": "Giáo viên các trường THCS được tập huấn kế hoạch bài dạy, kiểm tra đánh giá…",
        "related": ["le-khai-giang", "tin-2025/tong-ket-nam-hoc"],
        "title_unlinked": True,
    },
)

TONG_KET = Story(
    id=8,
    slug="tong-ket-nam-hoc",
    title="Tổng kết năm học 2024-2025: nhiều thành tích đáng ghi nhận",
    cat="Tin tức",
    published_at="2025-05-28",
    summary=(
        "Ngày 26/5/2025, Trường THCS Giao Tiến tổ chức Lễ tổng kết năm học 2024-2025, năm học nhà "
        "trường hoàn thành xuất sắc các chỉ tiêu đề ra và được công nhận đạt Chuẩn quốc gia mức độ 1 "
        "giai đoạn 2."
    ),
    blocks=[
        P(
            "Ngày 26/5/2025, Trường THCS Giao Tiến tổ chức Lễ tổng kết năm học 2024-2025, năm học nhà "
            "trường hoàn thành xuất sắc các chỉ tiêu đề ra và được công nhận đạt Chuẩn quốc gia mức độ 1 "
            "giai đoạn 2.",
            "lead",
        ),
        P("1. Quy mô trường lớp", "h"),
        P(
            "Năm học 2024-2025 nhà trường có 16 lớp với 597 học sinh; tỷ lệ duy trì sĩ số đạt 100%, "
            "không có học sinh bỏ học. Cơ sở vật chất được tăng cường với 2 phòng học bộ môn mới và "
            "40 máy tính cho phòng Tin học do UBND huyện đầu tư."
        ),
        P("2. Chất lượng giáo dục", "h"),
        P(
            "Kết quả học tập và rèn luyện của học sinh tiếp tục được nâng lên. Kết quả xếp loại cuối "
            "năm theo khối như sau:"
        ),
        P("Khối | Số học sinh | Học tập Tốt | Học tập Khá | Rèn luyện Tốt", "row"),
        P("Khối 6 | 152 | 45 | 71 | 139", "row"),
        P("Khối 7 | 149 | 41 | 69 | 136", "row"),
        P("Khối 8 | 150 | 43 | 68 | 140", "row"),
        P("Khối 9 | 146 | 40 | 72 | 141", "row"),
        P("Toàn trường | 597 | 169 | 280 | 556", "row"),
        Img(
            "/images/tong-ket-2025-1.jpg?crc=1122334455",
            "Khen thưởng học sinh đạt giải học sinh giỏi cấp huyện",
            "Khen thưởng học sinh đạt giải học sinh giỏi cấp huyện",
        ),
        P("3. Các thành tích nổi bật", "h"),
        P("12 giải học sinh giỏi cấp huyện, 3 giải cấp tỉnh;", "li"),
        P("2 giáo viên đạt giáo viên dạy giỏi cấp huyện;", "li"),
        P("Liên đội đạt danh hiệu Liên đội vững mạnh xuất sắc;", "li"),
        P("Nhà trường được UBND tỉnh tặng Bằng khen.", "li"),
        P(
            "Phát biểu tại buổi lễ, thầy Hiệu trưởng Trần Quốc Khánh đề nghị học sinh giữ gìn an "
            "toàn trong dịp hè, tích cực tham gia các hoạt động tại địa phương; học sinh lớp 9 tập "
            "trung ôn tập chuẩn bị cho kỳ thi tuyển sinh vào lớp 10 THPT."
        ),
        Img(
            "/images/tong-ket-2025-2.jpg?crc=5544332211",
            "Các thầy cô giáo chụp ảnh lưu niệm cùng học sinh khối 9",
            "Các thầy cô giáo chụp ảnh lưu niệm cùng học sinh khối 9",
        ),
    ],
    authors=["Vũ Thị Thanh"],
    opts={
        "path": "/tin-tuc/tin-2025/tong-ket-nam-hoc.html",
        "page_title": "Tổng kết năm học",
        "date_line": "Ngày 28 tháng 5 năm 2025",
        "byline": ["Vũ Thị Thanh – Phó Hiệu trưởng"],
        "teaser": "Nhà trường hoàn thành xuất sắc các chỉ tiêu, đạt Chuẩn quốc gia mức độ 1…",
        "related": ["thi-vao-10-2025"],
    },
)

THI_VAO_10 = Story(
    id=9,
    slug="thi-vao-10-2025",
    title="Học sinh lớp 9 tự tin bước vào kỳ thi tuyển sinh vào lớp 10 THPT năm học 2025-2026",
    cat="Tin tức",
    published_at="2025-06-02",
    blocks=[
        P(
            "Chiều ngày 01/6/2025, 146 học sinh lớp 9 của nhà trường đã làm thủ tục dự thi tại điểm "
            "thi Trường THPT Giao Thủy. Các em được nhà trường tổ chức đưa đón, hướng dẫn kỹ quy chế "
            "thi và chuẩn bị đầy đủ đồ dùng cần thiết."
        ),
        Img(
            "/images/thi-vao-10-2025.jpg?crc=3141592653",
            "Thầy cô động viên học sinh trước giờ làm thủ tục dự thi",
            "Thầy cô động viên học sinh trước giờ làm thủ tục dự thi",
        ),
        P("Chúc các em bình tĩnh, tự tin và đạt kết quả cao trong kỳ thi!"),
    ],
    opts={
        "path": "/tin-tuc/tin-2025/thi-vao-10-2025.html",
        "page_title": "Thi vào 10 năm 2025",
        "date_line": "Ngày 02/6/2025",
        "byline": [],
        "teaser": "146 học sinh lớp 9 làm thủ tục dự thi tại điểm thi Trường THPT Giao Thủy…",
        "related": ["tong-ket-nam-hoc"],
        # a placeholder link of the template the teacher never replaced
        "placeholder_links": 1,
    },
)

NEWS = [
    HOI_GIANG,
    LE_KY_NIEM,
    KHTN,
    LIEN_DOI,
    VIEN_CHUC,
    KHAI_GIANG,
    TAP_HUAN,
    TONG_KET,
    THI_VAO_10,
]
#: the three listing pages and the teasers on each (the teacher's grid: 4, 3, 2)
LISTING_PAGES = [
    ("/tin-tuc.html", NEWS[0:4]),
    ("/tin-tuc-2.html", NEWS[4:7]),
    ("/tin-tuc-3.html", NEWS[7:9]),
]

LICH_KIEM_TRA = Story(
    id=10,
    slug="lich-kiem-tra-hoc-ky-1",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
    cat="Thông báo",
    published_at="2026-11-23",
    blocks=[
        P(
            "Căn cứ kế hoạch năm học 2026-2027, nhà trường thông báo lịch kiểm tra cuối học kỳ I các "
            "môn đánh giá bằng điểm số như sau:"
        ),
        P("Ngày | Buổi sáng | Buổi chiều", "row"),
        P("Thứ Hai, 21/12/2026 | Ngữ văn (khối 8, 9) | Ngữ văn (khối 6, 7)", "row"),
        P("Thứ Ba, 22/12/2026 | Toán (khối 8, 9) | Toán (khối 6, 7)", "row"),
        P("Thứ Tư, 23/12/2026 | Tiếng Anh, KHTN (khối 8, 9) | Tiếng Anh, KHTN (khối 6, 7)", "row"),
        P("Thứ Năm, 24/12/2026 | Lịch sử và Địa lí, GDCD, Công nghệ | Tin học (thực hành)", "row"),
        P(
            "Giáo viên chủ nhiệm thông báo tới học sinh và cha mẹ học sinh; học sinh có mặt tại "
            "trường trước giờ kiểm tra 15 phút."
        ),
        Raw(
            '<p class="Noi-dung" id="{pid}">File đính kèm: <a class="nonblock" '
            'href="{pdf}">lich-kiem-tra-hk1-2026.pdf</a></p>'
        ),
    ],
    authors=["Ban Giám hiệu"],
    opts={
        "path": "/thong-bao/lich-kiem-tra-hoc-ky-1.html",
        "page_title": "Lịch kiểm tra HK1",
        "date_line": "Ngày 23/11/2026",
        "byline": ["Ban Giám hiệu"],
        "pdf": "/assets/lich-kiem-tra-hk1-2026.pdf",
        "related": ["nghi-hoc-20-11", "hop-cha-me-hoc-sinh"],
    },
)

NGHI_HOC = Story(
    id=11,
    slug="nghi-hoc-20-11",
    title="Thông báo nghỉ học ngày 20/11/2026",
    cat="Thông báo",
    published_at="2026-11-17",
    blocks=[
        P(
            "Nhân dịp kỷ niệm ngày Nhà giáo Việt Nam, học sinh toàn trường được nghỉ học ngày Thứ Sáu "
            "20/11/2026 (buổi sáng dự lễ kỷ niệm tại trường từ 7 giờ 15)."
        ),
        P("Học sinh đi học bình thường từ Thứ Hai, ngày 23/11/2026."),
    ],
    opts={
        "path": "/thong-bao/nghi-hoc-20-11.html",
        "page_title": "Nghỉ học 20-11",
        "date_line": "Ngày 17/11/2026",
        "byline": [],
        "related": ["lich-kiem-tra-hoc-ky-1", "hop-cha-me-hoc-sinh"],
    },
)

HOP_PHU_HUYNH = Story(
    id=12,
    slug="hop-cha-me-hoc-sinh",
    title="Thông báo họp cha mẹ học sinh đầu năm học 2026-2027",
    cat="Thông báo",
    published_at="2026-09-10",
    blocks=[
        P(
            "Nhà trường trân trọng kính mời quý cha mẹ học sinh tới dự cuộc họp cha mẹ học sinh đầu "
            "năm học 2026-2027."
        ),
        P("Thời gian: 7 giờ 30 phút, Chủ nhật ngày 13/9/2026.", "li"),
        P("Địa điểm: tại phòng học của các lớp.", "li"),
        P(
            "Nội dung: thông báo kế hoạch năm học, các khoản thu theo quy định, bầu Ban đại diện "
            "cha mẹ học sinh lớp.",
            "li",
        ),
        P(
            "Rất mong quý cha mẹ học sinh sắp xếp thời gian tới dự đầy đủ, đúng giờ. Trường hợp vắng "
            "mặt xin báo trước với giáo viên chủ nhiệm."
        ),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "path": "/thong-bao/hop-cha-me-hoc-sinh.html",
        "page_title": NEWS_TEMPLATE_TITLE,
        "date_line": "Ngày 10/9/2026",
        "byline": ["Tổ Văn phòng"],
        "related": ["lich-kiem-tra-hoc-ky-1", "nghi-hoc-20-11"],
    },
)

NOTICES = [LICH_KIEM_TRA, NGHI_HOC, HOP_PHU_HUYNH]
STORIES = NEWS + NOTICES

#: the template page every article was duplicated from (not an article)
TEMPLATE_PATH = "/tin-tuc/tin-mau.html"
DOCUMENTS = [
    ("/assets/lich-kiem-tra-hk1-2026.pdf", "Lịch kiểm tra cuối học kỳ I năm học 2026-2027"),
    ("/assets/ke-hoach-nam-hoc-2026-2027.pdf", "Kế hoạch giáo dục nhà trường năm học 2026-2027"),
    ("/assets/quy-che-chi-tieu-noi-bo-2026.pdf", "Quy chế chi tiêu nội bộ năm 2026"),
    ("/assets/cong-khai-chat-luong-2025.pdf", "Công khai chất lượng giáo dục năm học 2024-2025"),
]
STATIC_PAGES = ["/gioi-thieu.html", "/doi-ngu.html", "/thu-vien-anh.html", "/van-ban.html"]
NON_ARTICLES = [*STATIC_PAGES, TEMPLATE_PATH]


def phone(path: str) -> str:
    """The address of a page's phone layout (Muse's alternative layout)."""
    return "/phone" + path


# --- Muse markup -------------------------------------------------------------------------------


@dataclass
class Box:
    """One Muse box of the page: its markup and where the page stylesheet puts it."""

    id: str
    markup: str
    left: int
    top: int
    width: int
    height: int


@dataclass
class Ids:
    """Muse's box ids: "u" and a number, text frames "u<N>-<K>", paragraphs "u<N>-<k>"."""

    n: int

    def take(self) -> int:
        self.n += 7
        return self.n


def text_frame(ids: Ids, paragraphs: list[str], spacer: bool = False) -> tuple[str, str]:
    """A Muse text frame: ``paragraphs`` are markup with ``{pid}`` for Muse's paragraph id.

    ``spacer``: the teacher's double Enter, an empty ``&nbsp;`` paragraph between paragraphs.
    Returns the frame's id and markup."""
    n = ids.take()
    k = 1
    out: list[str] = []
    for i, para in enumerate(paragraphs):
        if spacer and i and not para.startswith("<ul") and not paragraphs[i - 1].startswith("<ul"):
            k += 1
            out.append(f'<p class="Noi-dung" id="u{n}-{k}">&nbsp;</p>')
        k += 1
        pid = f"u{n}-{k}"
        if para.startswith("<ul"):
            items = para.count("{pid}")
            pids = []
            for _ in range(items):
                k += 1
                pids.append(f"u{n}-{k}")
            for pid_item in pids:
                para = para.replace("{pid}", pid_item, 1)
            para = para.replace("{ulid}", pid)
        else:
            para = para.replace("{pid}", pid)
        out.append(para)
    fid = f"u{n}-{k + 1}"
    body = "".join(out)
    return fid, f'<div class="clearfix grpelem" id="{fid}"><!-- content -->{body}</div>'


def image_frame(
    ids: Ids, src: str, page: str, width: int = 600, height: int = 400
) -> tuple[str, str]:
    n = ids.take()
    href = rel(page, src)
    markup = (
        f'<div class="clip_frame grpelem" id="u{n}"><!-- image -->'
        f'<img class="block" id="u{n}_img" src="{esc(href)}" alt="" width="{width}" '
        f'height="{height}" data-muse-src="{esc(href)}"/></div>'
    )
    return f"u{n}", markup


def para_markup(block: P, page: str, story: Story) -> str:
    """One paragraph of the article's text frame as Muse writes it."""
    body = text(block.text, nfd=block.style == "nfd")
    if block.style == "lead":
        return f'<p class="Noi-dung" id="{{pid}}"><span class="Dam">{body}</span></p>'
    if block.style == "h":
        return f'<p class="Tieu-de-muc" id="{{pid}}"><span class="Dam">{body}</span></p>'
    return f'<p class="Noi-dung" id="{{pid}}">{body}</p>'


def table_markup(ids: Ids, rows: list[str]) -> tuple[str, str]:
    """An "Insert HTML" box holding a table pasted from an online converter (entities)."""
    n = ids.take()
    trs = []
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        cells = "".join(
            f'<{tag} style="border:1px solid #333;padding:4px">{_entities(c)}</{tag}>'
            for c in row.split(" | ")
        )
        trs.append(f"<tr>{cells}</tr>")
    markup = (
        f'<div class="size_fixed grpelem" id="u{n}"><!-- custom html -->\n'
        f'<table class="bang" style="border-collapse:collapse;width:600px" cellpadding="0">'
        f"{''.join(trs)}</table>\n</div>"
    )
    return f"u{n}", markup


def _entities(value: str) -> str:
    """The converter's output: Latin-1 letters as named entities, the rest as numbers."""
    return entity_mix(esc(value))


def _height(block: P | Img | Raw | list, width: int) -> int:
    if isinstance(block, Img):
        return 400 if width >= 600 else 214
    if isinstance(block, list):  # a table's rows
        return 30 * len(block) + 10
    chars = len(block.text) if isinstance(block, P) else 60
    per_line = 95 if width >= 600 else 48
    return 22 * (chars // per_line + 1) + 14


def article_boxes(story: Story, page: str, phone_layout: bool) -> list[tuple[Box, str]]:
    """The article's boxes in the order a reader sees them, each with a tag ("caption-before":
    the caption frame was drawn before its photo; "quote": the pull quote drawn last)."""
    width, left = (300, 10) if phone_layout else (600, 250)
    ids = Ids(4000 + story.id * 211 + (97 if phone_layout else 0))
    top = 150 if phone_layout else 240
    visual: list[tuple[Box, str]] = []

    def add(box_id: str, markup: str, height: int, tag: str = "") -> None:
        nonlocal top
        visual.append((Box(box_id, markup, left, top, width, height), tag))
        top += height + 12

    fid, markup = text_frame(ids, [f'<p class="Tieu-de-bai" id="{{pid}}">{text(story.title)}</p>'])
    add(fid, markup, 34 * (len(story.title) // (48 if width >= 600 else 24) + 1))
    fid, markup = text_frame(
        ids, [f'<p class="Ngay-dang" id="{{pid}}">{esc(story.opts["date_line"])}</p>']
    )
    add(fid, markup, 22)

    paras: list[str] = []
    height = 0
    rows: list[str] = []
    items: list[str] = []

    def flush_items() -> None:
        nonlocal items
        if items:
            lis = "".join(f'<li class="Noi-dung" id="{{pid}}">{t}</li>' for t in items)
            paras.append(f'<ul class="list0 nls-None" id="{{ulid}}">{lis}</ul>')
            items = []

    def flush() -> None:
        nonlocal paras, height, rows
        flush_items()
        if paras:
            frame_id, frame = text_frame(ids, paras, spacer=True)
            add(frame_id, frame, height)
            paras, height = [], 0
        if rows:
            table_id, table = table_markup(ids, rows)
            add(table_id, table, _height(rows, width))
            rows = []

    for block in story.blocks:
        if isinstance(block, P) and block.style == "row":
            if paras or items:
                flush()  # rows are empty here: a run of rows is flushed by the next block
            rows.append(block.text)
            continue
        if rows:
            flush()
        if isinstance(block, P) and block.style == "quote":
            flush()
            quote = f'<p class="Trich-dan" id="{{pid}}">{text(block.text)}</p>'
            frame_id, frame = text_frame(ids, [quote])
            add(frame_id, frame, _height(block, width), "quote")
        elif isinstance(block, P) and block.style == "li":
            items.append(text(block.text))
            height += _height(block, width)
        elif isinstance(block, P):
            flush_items()
            paras.append(para_markup(block, page, story))
            height += _height(block, width)
        elif isinstance(block, Img):
            flush()
            img_id, img = image_frame(
                ids, block.src, page, *((600, 400) if width >= 600 else (300, 200))
            )
            add(img_id, img, _height(block, width))
            if block.printed:
                cap = f'<p class="Chu-thich-anh" id="{{pid}}">{text(block.printed)}</p>'
                cap_id, cap_frame = text_frame(ids, [cap])
                add(cap_id, cap_frame, 22, "caption-before" if block.style == "before" else "")
        elif isinstance(block, Raw):
            flush_items()
            markup = block.html
            if "{pdf}" in markup:
                markup = markup.replace("{pdf}", rel(page, story.opts["pdf"]))
            paras.append(markup)
            height += _height(block, width)
    flush()
    lines = story.opts.get("byline") or []
    if lines:
        fid, markup = text_frame(
            ids, [f'<p class="Tac-gia" id="{{pid}}">{text(line)}</p>' for line in lines]
        )
        add(fid, markup, 24 * len(lines))
    return visual


def dom_order(visual: list[tuple[Box, str]], phone_layout: bool) -> tuple[list[Box], list[Box]]:
    """Muse's z-order: the DOM order of the article's boxes, and the boxes drawn last (written
    after the footer group). The phone layout was laid out afresh, top to bottom."""
    if phone_layout:
        return [box for box, _ in visual], []
    boxes: list[Box] = []
    last: list[Box] = []
    for box, tag in visual:
        if tag == "quote":
            last.append(box)
        elif tag == "caption-before":
            boxes.insert(len(boxes) - 1, box)  # drawn before the photo above it
        else:
            boxes.append(box)
    return boxes, last


def css_for(boxes: list[Box], extra: str = "") -> str:
    """The page's own stylesheet: where each box sits (Muse's numbers, z-index in DOM order)."""
    rules = [
        "#page{z-index:1;width:1000px;min-height:1500px;background-image:none;border-width:0px;"
        "border-color:#000000;background-color:#FFFFFF;margin-left:auto;margin-right:auto;"
        "position:relative}"
    ]
    for z, box in enumerate(boxes, start=10):
        rules.append(
            f"#{box.id}{{z-index:{z};width:{box.width}px;min-height:{box.height}px;"
            f"position:absolute;left:{box.left}px;top:{box.top}px}}"
        )
    return "\n".join(rules) + ("\n" + extra if extra else "") + "\n"


# --- the master page ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Ctx:
    """The page being printed: its served address, its layout and its menu section."""

    path: str
    phone: bool = False
    section: str = ""

    def link(self, to: str) -> str:
        """A link to another page of the same layout."""
        return esc(rel(self.path, phone(to) if self.phone else to))

    def file(self, to: str) -> str:
        """A link to an asset (images, scripts, styles, documents: one folder for both layouts)."""
        return esc(rel(self.path, to))


MENU = [
    ("Trang chủ", "/index.html", "home", []),
    (
        "Giới thiệu",
        "/gioi-thieu.html",
        "gioi-thieu",
        [("Giới thiệu chung", "/gioi-thieu.html"), ("Đội ngũ", "/doi-ngu.html")],
    ),
    ("Tin tức", "/tin-tuc.html", "tin-tuc", []),
    ("Thông báo", "/thong-bao.html", "thong-bao", []),
    ("Văn bản", "/van-ban.html", "van-ban", []),
    ("Thư viện ảnh", "/thu-vien-anh.html", "thu-vien-anh", []),
]

LINKS = [
    ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
    ("Sở GD&ĐT Ninh Bình", "https://ninhbinh.edu.vn"),
    ("Cổng thông tin xã Giao Thủy", "https://giaothuy.ninhbinh.gov.vn"),
    ("Hệ thống quản lý trường học", "https://csdl.moet.gov.vn"),
]

PHONE_REDIRECT = (
    "(function(a,b,c){var d=function(){if(navigator.maxTouchPoints>1)return!0;try{return "
    'document.createEvent("TouchEvent"),!0}catch(d){}return!1},f=function(a){a+="=";for(var '
    'b=document.cookie.split(";"),c=0;c<b.length;c++){for(var f=b[c];f.charAt(0)==" ";)f=f.'
    "substring(1,f.length);if(f.indexOf(a)==0)return f.substring(a.length,f.length)}return null};"
    'if(f("inbrowserediting")!="true"){var h,g=f("devicelock");g=="phone"&&c?h=c:g=="tablet"&&b'
    '&&(h=b);if(g!=a&&!h)if(window.matchMedia)window.matchMedia("(max-device-width: 415px)").'
    'matches&&c?h=c:window.matchMedia("(max-device-width: 1024px)").matches&&b&&d()&&(h=b);'
    "h&&document.location.replace(h+window.location.hash)}})"
)


def head(ctx: Ctx, title: str, css_name: str, other_layout: str) -> str:
    """Muse's head: generator, the other layout (link or redirect), asset check, stylesheets."""
    if ctx.phone:
        layout = (
            '  <meta name="viewport" content="width=320"/>\n'
            f'  <script type="text/javascript">\n   // Redirect to desktop as necessary\n'
            f'   {PHONE_REDIRECT}("phone","","{esc(rel(ctx.path, other_layout))}");\n  </script>\n'
        )
        sheets = [
            "/phone/css/site_global.css",
            "/phone/css/master_b-master.css",
            f"/phone/css/{css_name}.css",
        ]
    else:
        alt = esc(rel(ctx.path, other_layout))
        layout = (
            f'  <link media="only screen and (max-width: 370px)" rel="alternate" href="{alt}"/>\n'
            f'  <script type="text/javascript">\n   // Redirect to phone/tablet as necessary\n'
            f'   {PHONE_REDIRECT}("desktop","","{alt}");\n  </script>\n'
        )
        sheets = ["/css/site_global.css", "/css/master_a-master.css", f"/css/{css_name}.css"]
    links = "\n".join(
        f'  <link rel="stylesheet" type="text/css" href="{ctx.file(asset(s))}"'
        + (' id="pagesheet"' if i == 2 else "")
        + "/>"
        for i, s in enumerate(sheets)
    )
    return (
        '<!DOCTYPE html>\n<html class="nojs html css_verticalspacer" lang="vi-VN">\n <head>\n\n'
        '  <meta http-equiv="Content-type" content="text/html;charset=UTF-8"/>\n'
        f'  <meta name="generator" content="{GENERATOR}"/>\n'
        f"{layout}"
        '  <script type="text/javascript">\n'
        "   // Update the 'nojs'/'js' class on the html node\n"
        "document.documentElement.className = document.documentElement.className.replace("
        "/\\bnojs\\b/g, 'js');\n\n"
        "// Check that all required assets are uploaded and up-to-date\n"
        'if(typeof Muse == "undefined") window.Muse = {}; window.Muse.assets = {"required":'
        f'["museutils.js", "museconfig.js", "jquery.musemenu.js", "require.js", "{css_name}.css"],'
        ' "outOfDate":[]};\n</script>\n  \n'
        f'  <link rel="shortcut icon" href="{ctx.file(asset("/images/favicon.ico"))}"/>\n'
        f"  <title>{esc(title)}</title>\n  <!-- CSS -->\n{links}\n"
        '  <!--[if lt IE 9]>\n  <link rel="stylesheet" type="text/css" '
        f'href="{ctx.file(asset("/css/iefonts_" + css_name + ".css"))}"/>\n  <![endif]-->\n'
        " </head>\n"
    )


def tail(ctx: Ctx) -> str:
    """Muse's scripts at the end of the body."""
    js = [asset(f"/scripts/{n}") for n in ("museutils.js", "jquery.musemenu.js", "jquery.watch.js")]
    scripts = "\n".join(
        f'  <script src="{ctx.file(s)}" type="text/javascript"></script>' for s in js
    )
    return (
        '  <div class="preload_images">\n'
        f'   <img class="preload" src="{ctx.file(asset("/images/menu-nen-r.png"))}" alt=""/>\n'
        f'   <img class="preload" src="{ctx.file(asset("/images/menu-nen-a.png"))}" alt=""/>\n'
        "  </div>\n  <!-- Other scripts -->\n  <!-- JS includes -->\n"
        "  <script type=\"text/javascript\">\n   if (document.location.protocol != 'https:') "
        "document.write('\\x3Cscript src=\"http://musecdn2.businesscatalyst.com/scripts/4.0/"
        'jquery-1.8.3.min.js" type="text/javascript">\\x3C/script>\');\n</script>\n'
        '  <script type="text/javascript">\n   window.jQuery || document.write(\'\\x3Cscript src="'
        f'{ctx.file(asset("/scripts/jquery-1.8.3.min.js"))}" type="text/javascript">'
        "\\x3C/script>');\n</script>\n"
        f"{scripts}\n"
        '  <script type="text/javascript">\n   $(document).ready(function() { try {\n'
        "Muse.Utils.addSelectorFn('body', Muse.Utils.transformMarkupToFixBrowserProblemsPreInit);"
        "/* body */\nMuse.Utils.prepHyperlinks(true);/* body */\n"
        "Muse.Utils.makeButtonsVisibleAfterSetup();/* body */\n"
        "Muse.Utils.initWidget('.MenuBar', ['#bp_infinity'], function(elem) { return "
        "$(elem).museMenu(); });/* unifiedNavBar */\nMuse.Utils.fullPage('#page');/* 100% height "
        "page */\nMuse.Utils.showWidgetsWhenReady();/* body */\n"
        "Muse.Utils.transformMarkupToFixBrowserProblems();/* body */\n"
        '} catch(b) { if (b && "function" == typeof b.notify ? b.notify() : Muse.Assert.fail('
        '"Error calling selector function: " + b), false) throw b; }})\n</script>\n'
        "   </body>\n</html>\n"
    )


CLOCK = (
    '<p id="dongho"></p>\n<script type="text/javascript">\nfunction dongho(){var t=new Date();'
    'var thu=["Chủ nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"];'
    'document.getElementById("dongho").innerHTML=thu[t.getDay()]+", ngày "+t.getDate()+"/"+'
    '(t.getMonth()+1)+"/"+t.getFullYear()+" - "+t.toLocaleTimeString();setTimeout(dongho,1000);}'
    "dongho();\n</script>"
)


def header(ctx: Ctx) -> str:
    """The master's header group: the banner (the school's name is drawn in it) and the clock."""
    width = 320 if ctx.phone else 1000
    banner = ctx.file(asset("/images/banner-thcs-giao-tien.jpg"))
    return (
        '  <div class="clearfix colelem" id="pu101"><!-- group -->\n'
        f'   <div class="clip_frame grpelem" id="u101"><!-- image --><img class="block" '
        f'id="u101_img" src="{banner}" alt="" width="{width}" height="180" data-muse-src="{banner}"/>'
        "</div>\n"
        f'   <div class="clearfix grpelem" id="u150"><!-- custom html -->\n{CLOCK}\n</div>\n'
        "  </div>\n"
    )


def menu(ctx: Ctx) -> str:
    """Muse's menu widget; the section of the page is ``MuseMenuActive``."""
    if ctx.phone:  # the phone layout's menu: a text frame of links
        links = " | ".join(
            f'<a class="nonblock" href="{ctx.link(path)}">{esc(label)}</a>'
            for label, path, _s, _sub in MENU
        )
        return f'  <div class="clearfix colelem" id="u180-4"><!-- content --><p id="u180-2">{links}</p></div>\n'
    out = ['  <div class="MenuBar clearfix colelem" id="menuu123"><!-- horizontal box -->']
    n = 124
    for label, path, section, sub in MENU:
        active = (
            " MuseMenuActive"
            if section == ctx.section or (section == "gioi-thieu" and ctx.section == "doi-ngu")
            else ""
        )
        out.append(
            f'   <div class="MenuItemContainer clearfix grpelem" id="u{n}"><!-- vertical box -->'
            f'<a class="nonblock nontext MenuItem MenuItemWithSubMenu{active} clearfix colelem" '
            f'id="u{n + 1}" href="{ctx.link(path)}"><!-- horizontal box --><div class="MenuItemLabel '
            f'NoWrap clearfix grpelem" id="u{n + 2}-4"><!-- content --><p>{esc(label)}</p></div></a>'
        )
        if sub:
            out.append(
                f'    <div class="SubMenu MenuLevel1 clearfix" id="u{n + 3}"><!-- vertical box -->'
                f'<ul class="SubMenuView clearfix colelem" id="u{n + 4}"><!-- vertical box -->'
            )
            for i, (sub_label, sub_path) in enumerate(sub):
                m = n + 10 + 4 * i
                out.append(
                    f'     <li class="MenuItemContainer clearfix colelem" id="u{m}"><!-- horizontal box -->'
                    f'<a class="nonblock nontext MenuItem MenuItemWithSubMenu clearfix grpelem" '
                    f'id="u{m + 1}" href="{ctx.link(sub_path)}"><!-- horizontal box --><div '
                    f'class="MenuItemLabel NoWrap clearfix grpelem" id="u{m + 2}-4"><!-- content -->'
                    f"<p>{esc(sub_label)}</p></div></a></li>"
                )
            out.append("    </ul></div>")
        out.append("   </div>")
        n += 30
    out.append("  </div>\n")
    return "\n".join(out)


def left_column(ctx: Ctx) -> str:
    """The master's left column: new notices, the visitor counter, links to other sites."""
    notices = "".join(
        f'<p class="Lien-ket" id="u210-{4 + 2 * i}"><a class="nonblock" href="{ctx.link(s.opts["path"])}">'
        f"{text(s.title)}</a> ({s.opts['date_line'].removeprefix('Ngày ')})</p>"
        for i, s in enumerate(NOTICES)
    )
    links = "".join(
        f'<p class="Lien-ket" id="u260-{4 + 2 * i}"><a class="nonblock" href="{esc(url)}" '
        f'target="_blank">{esc(label)}</a></p>'
        for i, (label, url) in enumerate(LINKS)
    )
    return (
        '   <div class="clearfix grpelem" id="u210-12"><!-- content -->'
        f'<p class="Tieu-de-khung" id="u210-2">THÔNG BÁO MỚI</p>{notices}</div>\n'
        '   <div class="clearfix grpelem" id="u240-4"><!-- content --><p class="Tieu-de-khung" '
        'id="u240-2">Lượt truy cập</p></div>\n'
        '   <div class="clearfix grpelem" id="u292"><!-- custom html -->\n'
        '<a href="https://www.freecounterstat.com" title="web counter"><img '
        'src="https://counter4.optistats.ovh/private/freecounterstat.php?c=x7w3kq2ncb6gydh4mzt1" '
        'border="0" title="web counter" alt="web counter"></a>\n</div>\n'
        '   <div class="clearfix grpelem" id="u260-12"><!-- content -->'
        f'<p class="Tieu-de-khung" id="u260-2">LIÊN KẾT WEBSITE</p>{links}</div>\n'
    )


def footer(ctx: Ctx) -> str:
    """The master's footer group: a coloured rectangle and the footer text frame."""
    return (
        '  <div class="clearfix colelem" id="pu900"><!-- group -->\n'
        '   <div class="grpelem" id="u900"><!-- simple frame --></div>\n'
        '   <div class="clearfix grpelem" id="u901-12"><!-- content -->'
        '<p class="Chan-trang" id="u901-2">TRƯỜNG THCS GIAO TIẾN</p>'
        '<p class="Chan-trang" id="u901-4">Địa chỉ: xã Giao Thủy, tỉnh Ninh Bình (trước đây: xã '
        "Giao Tiến, huyện Giao Thủy, tỉnh Nam Định)</p>"
        '<p class="Chan-trang" id="u901-6">Điện thoại: 0228.3895.217&nbsp; – &nbsp;Email: '
        "c2giaotien.gt@namdinh.edu.vn</p>"
        '<p class="Chan-trang" id="u901-8">Thiết kế: thầy Phạm Văn Tùng</p></div>\n'
        "  </div>\n"
    )


def related(ctx: Ctx, story: Story) -> str:
    """The "Các tin khác" frame the teacher edits on each article page."""
    lines = []
    for key in story.opts.get("related", []):
        other = next(s for s in STORIES if s.opts["path"].endswith("/" + key + ".html"))
        lines.append((other.opts["path"], other.title))
    for _ in range(story.opts.get("placeholder_links", 0)):
        lines.append((TEMPLATE_PATH, "Tiêu đề tin khác"))
    paras = "".join(
        f'<p class="Lien-ket" id="u850-{4 + 2 * i}">» <a class="nonblock" href="{ctx.link(path)}">'
        f"{text(title)}</a></p>"
        for i, (path, title) in enumerate(lines)
    )
    return (
        f'   <div class="clearfix grpelem" id="u850-{4 + 2 * len(lines)}"><!-- content -->'
        f'<p class="Tieu-de-khung" id="u850-2">Các tin khác</p>{paras}</div>\n'
    )


def page_html(ctx: Ctx, title: str, css_name: str, content: str, after_footer: str = "") -> str:
    """A whole Muse page: head, the master's header and menu, the page's group, the footer."""
    other = ctx.path.removeprefix("/phone") if ctx.phone else phone(ctx.path)
    side = "" if ctx.phone else left_column(ctx)
    return (
        head(ctx, title, css_name, other)
        + ' <body>\n\n  <div class="clearfix" id="page"><!-- column -->\n'
        + header(ctx)
        + menu(ctx)
        + '  <div class="clearfix colelem" id="pu200"><!-- group -->\n'
        + side
        + content
        + "  </div>\n"
        + footer(ctx)
        + after_footer
        + '   <div class="verticalspacer" data-offset-top="1480" data-content-above-spacer="1480" '
        'data-content-below-spacer="61"></div>\n  </div>\n' + tail(ctx)
    )


# --- the pages ---------------------------------------------------------------------------------

TEMPLATE = Story(
    id=99,
    slug="tin-mau",
    title="TIÊU ĐỀ BÀI VIẾT",
    cat="Tin tức",
    published_at=None,
    blocks=[
        P(
            "Nội dung bài viết… Nội dung bài viết… Nội dung bài viết… Nội dung bài viết… Nội dung "
            "bài viết… Nội dung bài viết…"
        ),
        P("Nội dung bài viết… Nội dung bài viết… Nội dung bài viết…"),
        P("Nội dung bài viết…"),
        Img("/images/anh-mau.jpg?crc=2905561418", "Chú thích ảnh", None),
    ],
    opts={
        "path": TEMPLATE_PATH,
        "page_title": "Tin mẫu",
        "date_line": "Ngày xx/xx/20xx",
        "byline": ["Tác giả"],
        "placeholder_links": 3,
    },
)


def css_name(path: str) -> str:
    """Muse names a page's stylesheet after the page's file name."""
    return posixpath.basename(path).removesuffix(".html")


def article_page(story: Story, phone_layout: bool) -> tuple[str, str]:
    """An article page (desktop or phone) and its stylesheet."""
    path = phone(story.opts["path"]) if phone_layout else story.opts["path"]
    section = "thong-bao" if story.cat == "Thông báo" else "tin-tuc"
    ctx = Ctx(path, phone_layout, section)
    visual = article_boxes(story, path, phone_layout)
    boxes, last = dom_order(visual, phone_layout)
    content = "".join(f"   {box.markup}\n" for box in boxes) + related(ctx, story)
    after = "".join(f"  {box.markup}\n" for box in last)
    bottom = max(box.top + box.height for box, _ in visual) + 30
    extra = (
        f"#u850-{4 + 2 * len(story.opts.get('related', [])) + 2 * story.opts.get('placeholder_links', 0)}"
        f"{{z-index:90;width:600px;position:absolute;left:250px;top:{bottom}px}}\n"
        f"#pu900{{z-index:95;position:absolute;left:0px;top:{bottom + 160}px;width:1000px}}\n"
        ".Tac-gia{text-align:right;font-weight:bold}\n.Chu-thich-anh{text-align:center;font-style:italic}"
    )
    css = css_for(boxes + last, extra)  # z-index in the DOM (drawing) order
    return page_html(ctx, story.opts["page_title"], css_name(path), content, after), css


def thumb(story: Story, n: int) -> str:
    """The listing's cropped thumbnail of a story (Muse writes a new file per crop)."""
    first = story.images[0].src.split("?")[0] if story.images else "/images/tin-tuc-mac-dinh.jpg"
    return asset(first.removesuffix(".jpg") + f"-crop-u{n}.jpg")


def teaser(ctx: Ctx, story: Story, n: int) -> str:
    """One teaser of the hand-made grid: thumbnail, title, date, a line, "Xem tiếp" button."""
    href = ctx.link(story.opts["path"])
    title = text(story.title)
    if not story.opts.get("title_unlinked"):
        title = f'<a class="nonblock" href="{href}">{title}</a>'
    src = ctx.file(thumb(story, n))
    return (
        f'   <a class="nonblock nontext clip_frame grpelem" id="u{n}" href="{href}"><!-- image -->'
        f'<img class="block" id="u{n}_img" src="{src}" alt="" width="280" height="180" '
        f'data-muse-src="{src}"/></a>\n'
        f'   <div class="clearfix grpelem" id="u{n + 1}-4"><!-- content --><p class="Tieu-de-tin" '
        f'id="u{n + 1}-2">{title}</p></div>\n'
        f'   <div class="clearfix grpelem" id="u{n + 2}-4"><!-- content --><p class="Ngay-dang" '
        f'id="u{n + 2}-2">{esc(story.opts["date_line"])}</p></div>\n'
        f'   <div class="clearfix grpelem" id="u{n + 3}-4"><!-- content --><p class="Trich-yeu" '
        f'id="u{n + 3}-2">{text(story.opts.get("teaser", ""))}</p></div>\n'
        f'   <a class="nonblock nontext Button clearfix grpelem" id="buttonu{n + 4}" href="{href}">'
        f'<!-- container box --><div class="clearfix grpelem" id="u{n + 5}"><!-- group -->'
        f'<div class="clearfix grpelem" id="u{n + 6}-4"><!-- content --><p id="u{n + 6}-2">Xem tiếp'
        "</p></div></div></a>\n"
    )


def heading(title: str, n: int = 300) -> str:
    return (
        f'   <div class="clearfix grpelem" id="u{n}-4"><!-- content --><p class="Tieu-de-trang" '
        f'id="u{n}-2">{esc(title)}</p></div>\n'
    )


def listing_page(index: int, phone_layout: bool) -> str:
    """tin-tuc.html, tin-tuc-2.html, tin-tuc-3.html: the grid and the "1 2 3" page buttons."""
    path, stories = LISTING_PAGES[index]
    ctx = Ctx(phone(path) if phone_layout else path, phone_layout, "tin-tuc")
    content = heading("TIN TỨC - SỰ KIỆN")
    for i, story in enumerate(stories):
        content += teaser(ctx, story, 1400 + 20 * i + 100 * index)
    for i, (target, _s) in enumerate(LISTING_PAGES):
        active = " MuseLinkActive" if i == index else ""
        m = 1900 + 3 * i
        content += (
            f'   <a class="nonblock nontext Button{active} clearfix grpelem" id="buttonu{m}" '
            f'href="{ctx.link(target)}"><!-- container box --><div class="clearfix grpelem" '
            f'id="u{m + 1}-4"><!-- content --><p>{i + 1}</p></div></a>\n'
        )
    title = "Tin tức" if index == 0 else f"Tin tức - Trang {index + 1}"
    return page_html(ctx, title, css_name(path), content)


def home_page(phone_layout: bool) -> str:
    ctx = Ctx("/phone/index.html" if phone_layout else "/index.html", phone_layout, "home")
    content = (
        '   <div class="clearfix grpelem" id="u310-6"><!-- content --><p class="Noi-dung" '
        'id="u310-2">Chào mừng quý thầy cô, quý cha mẹ học sinh và các em học sinh đến với website '
        'Trường THCS Giao Tiến!</p><p class="Noi-dung" id="u310-4">Năm học 2026-2027: “Đoàn kết – '
        "Kỷ cương – Sáng tạo – Chất lượng”.</p></div>\n"
    ) + heading("TIN MỚI", 320)
    for i, story in enumerate(NEWS[:3]):
        content += teaser(ctx, story, 1100 + 20 * i)
    content += (
        f'   <a class="nonblock nontext Button clearfix grpelem" id="buttonu1180" '
        f'href="{ctx.link("/tin-tuc.html")}"><!-- container box --><div class="clearfix grpelem" '
        'id="u1181-4"><!-- content --><p>Xem tất cả tin tức »</p></div></a>\n'
    )
    return page_html(ctx, f"Trang chủ - {SITE_TITLE}", "index", content)


def notices_page(phone_layout: bool) -> str:
    path = "/thong-bao.html"
    ctx = Ctx(phone(path) if phone_layout else path, phone_layout, "thong-bao")
    lines = "".join(
        f'<p class="Noi-dung" id="u330-{4 + 2 * i}"><a class="nonblock" href="{ctx.link(s.opts["path"])}">'
        f"{text(s.title)}</a> ({s.opts['date_line'].removeprefix('Ngày ')})</p>"
        for i, s in enumerate(NOTICES)
    )
    content = heading("THÔNG BÁO") + (
        f'   <div class="clearfix grpelem" id="u330-{4 + 2 * len(NOTICES)}"><!-- content -->{lines}</div>\n'
    )
    return page_html(ctx, "Thông báo", "thong-bao", content)


STAFF = [
    ("Thầy Trần Quốc Khánh", "Hiệu trưởng"),
    ("Cô Vũ Thị Thanh", "Phó Hiệu trưởng"),
    ("Cô Đỗ Thị Huyền", "Tổ trưởng Tổ Xã hội"),
    ("Cô Mai Thị Lan", "Tổ trưởng Tổ KHTN"),
    ("Thầy Lê Văn Nam", "Giáo viên Toán"),
    ("Cô Hoàng Thị Thu Trang", "Giáo viên Tiếng Anh"),
    ("Cô Nguyễn Thị Hoa", "Tổng phụ trách Đội"),
    ("Thầy Phạm Văn Tùng", "Giáo viên Tin học"),
]

ALBUM = [
    ("/images/thu-vien-khai-giang.jpg", "Lễ khai giảng năm học 2026-2027"),
    ("/images/thu-vien-20-11.jpg", "Chào mừng ngày Nhà giáo Việt Nam 20/11"),
    ("/images/thu-vien-trai-nghiem.jpg", "Hoạt động trải nghiệm khối 7"),
    ("/images/thu-vien-the-thao.jpg", "Hội khỏe Phù Đổng cấp trường"),
    ("/images/thu-vien-tong-ket.jpg", "Lễ tổng kết năm học 2024-2025"),
]


def about_page(phone_layout: bool) -> str:
    path = "/gioi-thieu.html"
    ctx = Ctx(phone(path) if phone_layout else path, phone_layout, "gioi-thieu")
    paras = [
        "Trường THCS Giao Tiến được thành lập năm 1965, tiền thân là Trường cấp II Giao Tiến. Trải "
        "qua hơn 60 năm xây dựng và phát triển, nhà trường luôn là lá cờ đầu của phong trào giáo dục "
        "huyện Giao Thủy.",
        "Năm học 2026-2027 nhà trường có 17 lớp, 628 học sinh; 42 cán bộ, giáo viên, nhân viên, "
        "trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.",
        "Nhà trường đạt Chuẩn quốc gia mức độ 1 giai đoạn 2 (năm 2025), đạt Kiểm định chất lượng "
        "giáo dục cấp độ 2.",
    ]
    body = "".join(
        f'<p class="Noi-dung" id="u340-{2 + 2 * i}">{text(t)}</p>' for i, t in enumerate(paras)
    )
    content = heading("GIỚI THIỆU CHUNG") + (
        f'   <div class="clearfix grpelem" id="u340-8"><!-- content -->{body}</div>\n'
    )
    return page_html(ctx, "Giới thiệu", "gioi-thieu", content)


def staff_page(phone_layout: bool) -> str:
    path = "/doi-ngu.html"
    ctx = Ctx(phone(path) if phone_layout else path, phone_layout, "doi-ngu")
    content = heading("ĐỘI NGŨ CÁN BỘ, GIÁO VIÊN")
    for i, (name, role) in enumerate(STAFF):
        n = 600 + 10 * i
        src = ctx.file(asset(f"/images/doi-ngu-{i + 1}.jpg"))
        content += (
            f'   <div class="clip_frame grpelem" id="u{n}"><!-- image --><img class="block" '
            f'id="u{n}_img" src="{src}" alt="" width="150" height="200" data-muse-src="{src}"/></div>\n'
            f'   <div class="clearfix grpelem" id="u{n + 1}-6"><!-- content --><p class="Ten-gv" '
            f'id="u{n + 1}-2">{esc(name)}</p><p class="Chuc-vu" id="u{n + 1}-4">{esc(role)}</p></div>\n'
        )
    return page_html(ctx, "Đội ngũ", "doi-ngu", content)


def album_page(phone_layout: bool) -> str:
    """Muse's lightbox gallery widget: thumbnails, then the full pictures in hidden containers."""
    path = "/thu-vien-anh.html"
    ctx = Ctx(phone(path) if phone_layout else path, phone_layout, "thu-vien-anh")
    thumbs = "".join(
        f'<div class="popup_anchor"><div class="Thumb popup_element clearfix" id="u{521 + 3 * i}">'
        f'<!-- group --><div class="clip_frame grpelem" id="u{522 + 3 * i}"><!-- image --><img '
        f'class="block" id="u{522 + 3 * i}_img" '
        f'src="{ctx.file(asset(src.removesuffix(".jpg") + f"-crop-u{522 + 3 * i}.jpg"))}" alt="" '
        f'width="120" height="90"/></div></div></div>'
        for i, (src, _c) in enumerate(ALBUM)
    )
    slides = "".join(
        f'<div class="Container invi clearfix grpelem" id="u{560 + 4 * i}"><!-- group -->'
        f'<div class="clip_frame grpelem" id="u{561 + 4 * i}"><!-- image --><img class="block" '
        f'id="u{561 + 4 * i}_img" src="{ctx.file(asset(src))}" alt="" width="800" height="533"/>'
        f'</div><div class="clearfix grpelem" id="u{562 + 4 * i}-4"><!-- content --><p '
        f'id="u{562 + 4 * i}-2">{esc(caption)}</p></div></div>'
        for i, (src, caption) in enumerate(ALBUM)
    )
    content = heading("THƯ VIỆN ẢNH") + (
        '   <div class="PamphletWidget clearfix grpelem" id="pamphletu500"><!-- none box -->'
        f'<div class="ThumbGroup clearfix grpelem" id="u520"><!-- none box -->{thumbs}</div>'
        '<div class="popup_anchor" id="u550popup"><div class="ContainerGroup clearfix" id="u550">'
        f"<!-- stack box -->{slides}</div></div>"
        '<div class="popup_anchor" id="u590popup"><div class="PamphletPrevButton PamphletLightboxPart '
        'popup_element clearfix" id="u590"><!-- group --></div></div>'
        '<div class="popup_anchor" id="u591popup"><div class="PamphletNextButton PamphletLightboxPart '
        'popup_element clearfix" id="u591"><!-- group --></div></div></div>\n'
    )
    return page_html(ctx, "Thư viện ảnh", "thu-vien-anh", content)


def documents_page(phone_layout: bool) -> str:
    path = "/van-ban.html"
    ctx = Ctx(phone(path) if phone_layout else path, phone_layout, "van-ban")
    lines = "".join(
        f'<p class="Noi-dung" id="u360-{2 + 2 * i}"><a class="nonblock" href="{ctx.file(pdf)}">'
        f"{esc(title)}</a></p>"
        for i, (pdf, title) in enumerate(DOCUMENTS)
    )
    content = heading("VĂN BẢN - TÀI LIỆU") + (
        f'   <div class="clearfix grpelem" id="u360-{2 + 2 * len(DOCUMENTS)}"><!-- content -->'
        f"{lines}</div>\n"
    )
    return page_html(ctx, "Văn bản", "van-ban", content)


# --- the site ----------------------------------------------------------------------------------


MASTER_CSS = (
    "#menuu123{z-index:40;width:1000px;position:absolute;left:0px;top:180px}\n"
    ".MenuItem{background-color:#1F5FA8;color:#FFFFFF}\n"
    ".MenuItem:hover{background-color:#F0A30A}\n"
    "/* the menu item of the page's section: drawn in the active colour */\n"
    ".MenuItem.MuseMenuActive{background-color:#C00000;color:#FFFF00}\n"
    ".Tieu-de-bai{font-size:22px;font-weight:bold;color:#C00000}\n"
    ".Ngay-dang{font-style:italic;color:#666666}\n"
    "#u210-12,#u260-12{width:220px;position:absolute;left:10px}\n"
    "#u210-12{top:240px}#u240-4{position:absolute;left:10px;top:520px}\n"
    "#u292{position:absolute;left:10px;top:550px}#u260-12{top:640px}\n"
)


class MuseSite:
    """The exported folder on shared hosting: every page in both layouts, the page stylesheets,
    the documents Muse copied into /assets/, and placeholder images, scripts and styles."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        self.styles: dict[str, str] = {}
        for phone_layout in (False, True):
            prefix = "/phone" if phone_layout else ""
            for story in [*STORIES, TEMPLATE]:
                page, css = article_page(story, phone_layout)
                path = prefix + story.opts["path"]
                self.pages[path] = page
                self.styles[f"{prefix}/css/{css_name(path)}.css"] = css
            for i, (path, _stories) in enumerate(LISTING_PAGES):
                self.pages[prefix + path] = listing_page(i, phone_layout)
            self.pages[prefix + "/index.html"] = home_page(phone_layout)
            self.pages[prefix + "/thong-bao.html"] = notices_page(phone_layout)
            self.pages[prefix + "/gioi-thieu.html"] = about_page(phone_layout)
            self.pages[prefix + "/doi-ngu.html"] = staff_page(phone_layout)
            self.pages[prefix + "/thu-vien-anh.html"] = album_page(phone_layout)
            self.pages[prefix + "/van-ban.html"] = documents_page(phone_layout)
        self.documents = {pdf for pdf, _title in DOCUMENTS}
        self.styles["/css/master_a-master.css"] = MASTER_CSS

    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return Response(405, b"Method Not Allowed", {"Content-Type": "text/plain"})
        path = request.path
        if path in ("/", "/phone", "/phone/"):  # Apache's DirectoryIndex
            path = "/phone/index.html" if path.startswith("/phone") else "/index.html"
        if path in self.pages:
            # Apache on the shared host names no charset; Muse's meta says UTF-8
            return html(self.pages[path].encode("utf-8"), charset=None)
        if path in self.styles:
            return Response(200, self.styles[path].encode("utf-8"), {"Content-Type": "text/css"})
        if path in self.documents:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/images/", "/scripts/", "/css/", "/phone/css/")):
            return static_file(path)
        return None


def build_site() -> MuseSite:
    return MuseSite()


# --- gold --------------------------------------------------------------------------------------
# Each record reads the hand-written fields of its Story above (title, published_at, authors,
# photographers, source, summary, paragraphs in reading order, images with their captions); the
# category is the section the page's menu highlights (see the module docstring). No canonical:
# the article's own address is the canonical path, its phone layout copy the alternate.

GOLD = [
    gold_record(
        HOI_GIANG,
        "/tin-tuc/hoi-giang-20-11-2026.html",
        "Tin tức",
        alt_paths=["/phone/tin-tuc/hoi-giang-20-11-2026.html"],
    ),
    gold_record(
        LE_KY_NIEM,
        "/tin-tuc/le-ky-niem-20-11.html",
        "Tin tức",
        alt_paths=["/phone/tin-tuc/le-ky-niem-20-11.html"],
    ),
    gold_record(
        KHTN,
        "/tin-tuc/hoi-thi-khtn-cap-truong.html",
        "Tin tức",
        alt_paths=["/phone/tin-tuc/hoi-thi-khtn-cap-truong.html"],
    ),
    gold_record(
        LIEN_DOI,
        "/tin-tuc/dai-hoi-lien-doi-2026.html",
        "Tin tức",
        alt_paths=["/phone/tin-tuc/dai-hoi-lien-doi-2026.html"],
    ),
    gold_record(
        VIEN_CHUC,
        "/tin-tuc/hoi-nghi-vien-chuc-2026.html",
        "Tin tức",
        alt_paths=["/phone/tin-tuc/hoi-nghi-vien-chuc-2026.html"],
    ),
    gold_record(
        KHAI_GIANG,
        "/tin-tuc/le-khai-giang.html",
        "Tin tức",
        alt_paths=["/phone/tin-tuc/le-khai-giang.html"],
    ),
    gold_record(
        TAP_HUAN,
        "/tin-tuc/tap-huan-gdpt-2018.html",
        "Tin tức",
        alt_paths=["/phone/tin-tuc/tap-huan-gdpt-2018.html"],
    ),
    gold_record(
        TONG_KET,
        "/tin-tuc/tin-2025/tong-ket-nam-hoc.html",
        "Tin tức",
        alt_paths=["/phone/tin-tuc/tin-2025/tong-ket-nam-hoc.html"],
    ),
    gold_record(
        THI_VAO_10,
        "/tin-tuc/tin-2025/thi-vao-10-2025.html",
        "Tin tức",
        alt_paths=["/phone/tin-tuc/tin-2025/thi-vao-10-2025.html"],
    ),
    gold_record(
        LICH_KIEM_TRA,
        "/thong-bao/lich-kiem-tra-hoc-ky-1.html",
        "Thông báo",
        alt_paths=["/phone/thong-bao/lich-kiem-tra-hoc-ky-1.html"],
    ),
    gold_record(
        NGHI_HOC,
        "/thong-bao/nghi-hoc-20-11.html",
        "Thông báo",
        alt_paths=["/phone/thong-bao/nghi-hoc-20-11.html"],
    ),
    gold_record(
        HOP_PHU_HUYNH,
        "/thong-bao/hop-cha-me-hoc-sinh.html",
        "Thông báo",
        alt_paths=["/phone/thong-bao/hop-cha-me-hoc-sinh.html"],
    ),
]
