"""Fixture portal: a private kindergarten–primary school's site made with Nicepage (desktop builder).

Imitates the site of "Trường Mầm non – Tiểu học Ánh Dương", a small private school whose office
staff built the site in the Nicepage desktop application and upload the exported folder of plain
``.html`` files by FTP to cheap Apache hosting: no CMS, no database, no server code. Everything the
crawler meets is what such an export looks like:

- every page is a stack of ``<section class="u-clearfix u-section-N" id="sec-xxxx">`` blocks with
  ``u-sheet`` / ``u-layout-wrap`` / ``u-layout`` / ``u-layout-row`` / ``u-layout-cell`` /
  ``u-container-layout`` wrappers and ``u-text u-text-default u-text-N``, ``u-image``, ``u-btn``
  elements; ``<head>`` carries ``nicepage.css``, the page's own CSS, ``meta generator`` and an
  Organization JSON-LD, never a canonical link nor a date;
- a ``u-header`` (logo, school name, hotline, the day's date "Thứ Tư, ngày 25/11/2026" that a
  script writes, a ``u-search`` box that goes nowhere, a hamburger ``u-menu`` printed twice: the
  desktop ``u-nav-1`` and the off-canvas ``u-nav-2``), an "Đăng ký nhập học" ``u-dialog-link``
  button opening a ``u-dialog`` popup (in the HTML, hidden by CSS) with a form posted to the
  builder's form service, the ``u-footer`` (address, hotline, email, a visitor-counter embed
  "Lượt truy cập" / "Đang online"), the builder's ``u-backlink`` badge ("Website Builder
  Software"), an English ``u-cookies-consent`` block left in the builder's locale, floating Zalo
  and Messenger chat buttons, a back-to-top link;
- the builder's blog: ``/blog/blog.html``, ``/blog/blog-2.html``, ``/blog/blog-3.html`` (four
  ``u-blog-post`` cards a page: image, ``h2`` title link, ``u-meta-date``, an excerpt cut with
  "...", "Đọc tiếp"; a ``u-pagination`` with "« Trước", page numbers and "Sau »"); eleven posts at
  ``/blog/<unaccented-title-slug>.html``. A post page is the builder's post template: the
  featured ``u-image``, the title in an **h2** (the page has no h1), the ``u-meta-date`` in the
  builder's **English** locale ("Nov 14, 2026", never translated), then the ``u-post-content
  fr-view`` text from the builder's Froala editor (p, h3, ul, one table, images). The builder has
  no author, caption, sapo, category or tag field: teachers type the signature as the last,
  right-aligned line of the text, and a photo's caption as the next paragraph, centred italic
  (sometimes wrapped in parentheses, once opened with "Ảnh:"). Under the post: share icons
  (``u-social-icons``: Facebook, Zalo), a "Quay lại danh sách" ``u-btn`` and "Bài viết khác",
  a second ``u-blog`` of the three newest other posts with their English dates;
- two "news" that the school made as designed pages outside the blog (one event report each):
  ``/le-khai-giang-2026.html`` (a hero section with an h1 ``u-title``, the date typed as text
  "Ngày 05/9/2026" and an intro paragraph; the report in one ``u-text`` whose paragraphs are
  separated by ``<br><br>``; a photo grid whose captions are ``u-text`` blocks under each
  ``u-image`` in the same cell; a closing "Đăng ký tham quan trường" call-to-action section) and
  ``/dem-hoi-trang-ram-2026.html`` (an h2 title, "Đăng ngày: 26/09/2026", paragraphs in separate
  ``u-text`` blocks, two photos in one ``u-layout-row`` with their captions in the *next* row's
  cells, one full-width photo without caption, a credit line "Bài: … – Ảnh: …"). The home page's
  "Tin nổi bật" section links them with absolute URLs (the designer pasted full addresses);
- static pages: ``/gioi-thieu.html``, ``/chuong-trinh-hoc.html``, ``/hoc-phi.html`` (fee table
  and a PDF), ``/thuc-don.html`` (this week's menu table, week 12) with links to the twelve week
  pages ``/thuc-don-tuan-1.html`` … ``/thuc-don-tuan-12.html`` (week 12 is the same menu as
  ``/thuc-don.html``), ``/lien-he.html`` (form, map iframe), ``/thu-vien-anh.html`` (a
  ``u-gallery`` lightbox grid), ``/chinh-sach-bao-mat.html``;
- the home page: hero slider, "Về chúng tôi", programme columns, "Tin nổi bật", a ``u-blog``
  widget "Tin tức mới" with the three newest posts, "Phụ huynh nói gì", figures.

Traps and hard cases (all real for such exports):

- dates are English ("Nov 14, 2026", "Jun 1, 2026") on the blog; the designed pages type theirs in
  Vietnamese as plain text. No page carries a machine date (no ``<time>``, no meta, no feed, no
  sitemap: the builder exported none, ``/robots.txt`` and ``/sitemap.xml`` are 404);
- post titles are h2, like every card title of the "Bài viết khác" and "Tin tức mới" widgets;
- captions have no markup linking them to their image; the paragraph after an image is sometimes
  plain body text (post 6, photos straight from Zalo with file names like ``z5891245607731_…``);
- the home page's blog widget prints the builder's script pager: ``blog/blog.html?page=2`` and
  ``?page=3``. Static hosting ignores query strings, so those URLs (and any ``?…`` on any file)
  serve the unchanged first page; nothing on them says so (no canonical);
- ``/`` and ``/index.html`` are the same file; the logo links ``index.html``, the menu ``./``;
- links come relative (``../gioi-thieu.html``, ``blog-2.html``) and absolute
  (``http://127.0.0.1:<port>/…``: the footer and the "Tin nổi bật" buttons);
- one post was renamed in the builder: the old export ``/blog/thong-bao-tuyen-sinh-2026.html``
  is still on the host (FTP never deletes) and still linked from the home slider's "Tuyển sinh
  2026" button. It is the same article (same text, stale "Bài viết khác"): an ``alt_paths`` entry;
- the oldest post (``/blog/le-tong-ket-…``, exported with Nicepage 4.x) has no ``<meta
  charset>``; the server sends every page as ``text/html`` without a charset. Bytes are UTF-8;
- ``/blog/`` is a 403 (no index file, listing disabled); unknown files get Apache's 404.

Gold (by hand). Articles: the eleven blog posts and the two designed report pages. Not articles:
listings, the static pages, the menu weeks, the gallery, the ``?page=`` duplicates.
Judgement calls:
- published_at: the printed day ("Nov 14, 2026" -> 2026-11-14; "Ngày 05/9/2026" -> 2026-09-05;
  "Đăng ngày: 26/09/2026" -> 2026-09-26; the event's own date in the text, "Tối 24/9/2026", is
  not it). No time is printed anywhere, so every date is a day.
- category: None for every article. The builder's blog has no categories and no post prints one
  (no breadcrumb, no category line); the blog page's heading "Tin tức – Sự kiện" names the
  school's only news stream, as the menu's "Tin tức" does, not a section of it.
- title: the post's h2 (the designed pages: the big h1 / h2 headline, not the shorter
  ``<title>``).
- images: the post's featured image (printed above the title, part of the post) comes first with
  caption None, then the images inside the text in order; a designed page's photos in page order.
  Captions: the centred italic paragraph right after an image, without wrapping parentheses and
  without a leading "Ảnh:" label; on the designed pages the ``u-text`` under each photo (same cell,
  or the next row's cell of the same column). A photo followed by ordinary text has no caption.
- authors: the signature line typed at the end of the text, without "Cô"/"Thầy" and without the
  duty after the dash ("Cô Nguyễn Thị Thu Hằng – GV lớp Chồi 1" -> "Nguyễn Thị Thu Hằng"); "Bài
  và ảnh: X" gives X as author and photographer; "Bài: X" / "Ảnh: Y" on two lines, and "Bài: X –
  Ảnh: Y" on one, split them. Posts without a signature have no author (the builder names none).
  "Nguồn: Trung tâm Kiểm soát bệnh tật TP.HCM" is the source.
- summary: only the khai giảng page has one: the intro paragraph printed in its hero section,
  apart from the report text (it is also the body's first paragraph). Post 6 opens with a bold
  paragraph inside the post text: the text's first paragraph, and (harmonised after the blind
  crawl, see GOLD) its summary too, as every other fixture has a wholly bold lead.
- body: the text's paragraphs, h3 sub-headings and list items in order; table rows as lines with
  cells joined by " | " (header row included); the ``<br><br>``-separated parts of one u-text are
  separate paragraphs; the lead-in "Một số hình ảnh tại buổi lễ:" is body. Not body: captions,
  signatures, the source line, the call-to-action section, buttons, widgets.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nicepage_school"
PLATFORM = "nicepage"
START_PATH = "/"

SITE = "Trường Mầm non – Tiểu học Ánh Dương"
ADDRESS = "Số 27 đường Trần Văn Ơn, phường Phú Lợi, Thành phố Hồ Chí Minh"
HOTLINE = "0909 468 127"
PHONE = "0274 3 826 519"
EMAIL = "lienhe@anhduongschool.edu.vn"
ZALO = "https://zalo.me/0909468127"
MESSENGER = "https://m.me/mamnontieuhocanhduong"
FORM_ACTION = "https://forms.nicepagesrv.com/v2/form/process"
GENERATOR = "Nicepage 6.15.2, nicepage.com"
OLD_GENERATOR = "Nicepage 4.8.2, nicepage.com"
PER_PAGE = 4
BLOG_TITLE = "Tin tức – Sự kiện"
_LOCAL = timezone(timedelta(hours=7))

MENU = [
    ("Trang chủ", "./"),
    ("Giới thiệu", "gioi-thieu.html"),
    ("Chương trình học", "chuong-trinh-hoc.html"),
    ("Học phí", "hoc-phi.html"),
    ("Thực đơn", "thuc-don.html"),
    ("Tin tức", "blog/blog.html"),
    ("Thư viện ảnh", "thu-vien-anh.html"),
    ("Liên hệ", "lien-he.html"),
]

# --------------------------------------------------------------------------- the posts
# Story.opts: day (the builder's post date), featured (image under images/ or None), old_path
# (a stale export of the same post still on the host), old (exported by Nicepage 4.x without
# <meta charset>). P styles: "" paragraph, "b" bold paragraph, "h3", "li", "th"/"tr" table rows
# (cells joined by " | "). Img styles: "em" (next paragraph, centred italic, printed as given),
# "none" (no line under it).

_IM = "../images"

POSTS: list[Story] = [
    Story(
        id=11,
        slug="thong-bao-cac-khoan-thu-thang-12-2026",
        title="Thông báo các khoản thu tháng 12/2026",
        cat="",
        published_at="2026-11-24",
        blocks=[
            P("Nhà trường trân trọng thông báo đến quý phụ huynh các khoản thu tháng 12/2026 như sau:"),
            P("Học phí khối Mầm non: 4.200.000 đồng/tháng;", "li"),
            P("Học phí khối Tiểu học: 4.800.000 đồng/tháng;", "li"),
            P("Tiền ăn bán trú: 45.000 đồng/ngày (tính theo số ngày thực học);", "li"),
            P("Câu lạc bộ năng khiếu (nếu có đăng ký): 600.000 đồng/tháng.", "li"),
            P(
                "Thời gian đóng: từ ngày 01/12 đến hết ngày 07/12/2026. Phụ huynh có thể đóng trực"
                " tiếp tại văn phòng nhà trường hoặc chuyển khoản theo thông tin ghi trên phiếu thu"
                " gửi qua nhóm Zalo của lớp."
            ),
            P(
                "Mọi thắc mắc xin liên hệ cô Phạm Thị Ngọc Lan (kế toán) qua số điện thoại"
                " 0909 468 127 trong giờ hành chính."
            ),
        ],
        opts={"day": date(2026, 11, 24), "featured": None},
    ),
    Story(
        id=10,
        slug="ron-rang-ngay-hoi-tri-an-thay-co-chao-mung-20-11",
        title="Rộn ràng ngày hội “Tri ân thầy cô” chào mừng 20/11",
        cat="",
        published_at="2026-11-20",
        blocks=[
            P(
                "Sáng ngày 19/11/2026, trong không khí tưng bừng chào mừng kỷ niệm 44 năm Ngày Nhà"
                " giáo Việt Nam (20/11/1982 – 20/11/2026), Trường Mầm non – Tiểu học Ánh Dương tổ"
                " chức ngày hội “Tri ân thầy cô” với sự tham gia của toàn thể cán bộ, giáo viên,"
                " nhân viên, học sinh và đông đảo quý phụ huynh."
            ),
            P(
                "Mở đầu chương trình là tiết mục múa “Bông hồng tặng cô” của các bé lớp Lá 1 và Lá"
                " 2. Tiếp đó, các em học sinh khối Tiểu học mang đến những bài hát, bài thơ về thầy"
                " cô và mái trường được dàn dựng công phu."
            ),
            Img(
                f"{_IM}/tri-an-20-11-mua-la.jpg",
                "Tiết mục múa “Bông hồng tặng cô” của các bé khối Lá",
                "Tiết mục múa “Bông hồng tặng cô” của các bé khối Lá",
                "em",
            ),
            P(
                "Đặc biệt, phần thi “Bàn tay khéo léo” thu hút sự quan tâm của phụ huynh khi các bé"
                " cùng ba mẹ tự tay làm thiệp, cắm hoa tặng cô giáo. Những tấm thiệp còn nguệch"
                " ngoạc nét chữ nhưng chứa đựng tình cảm chân thành của các con."
            ),
            Img(
                f"{_IM}/tri-an-20-11-lam-thiep.jpg",
                "Bé và ba mẹ cùng làm thiệp tặng cô",
                "Bé và ba mẹ cùng làm thiệp tặng cô",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, cô Hiệu trưởng Võ Thị Kim Oanh cảm ơn sự đồng hành của quý"
                " phụ huynh và mong rằng mỗi thầy cô sẽ tiếp tục giữ lửa yêu nghề, yêu trẻ, xây dựng"
                " ngôi trường thật sự là ngôi nhà thứ hai của các em."
            ),
            Raw('<p style="text-align: right;"><strong>Cô Nguyễn Thị Thu Hằng – GV lớp Chồi 1</strong></p>'),
        ],
        authors=["Nguyễn Thị Thu Hằng"],
        opts={"day": date(2026, 11, 20), "featured": "tri-an-thay-co-2026.jpg"},
    ),
    Story(
        id=9,
        slug="be-hoc-ky-nang-thoat-hiem-khi-co-chay",
        title="Bé học kỹ năng thoát hiểm khi có cháy",
        cat="",
        published_at="2026-11-14",
        blocks=[
            P(
                "Nhằm trang bị cho trẻ những kỹ năng cơ bản để tự bảo vệ bản thân, sáng 13/11/2026,"
                " nhà trường phối hợp với Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khu"
                " vực tổ chức buổi thực hành thoát hiểm cho học sinh toàn trường."
            ),
            P(
                "Các chiến sĩ cảnh sát đã hướng dẫn các bé cách nhận biết đám cháy, cách dùng khăn"
                " ướt che mũi miệng, cúi thấp người di chuyển theo lối thoát hiểm và gọi số điện"
                " thoại 114 khi cần trợ giúp."
            ),
            Img(
                f"{_IM}/thoat-hiem-chay-01.jpg",
                "(Chiến sĩ cảnh sát hướng dẫn các bé cách che mũi miệng bằng khăn ướt)",
                "Chiến sĩ cảnh sát hướng dẫn các bé cách che mũi miệng bằng khăn ướt",
                "em",
            ),
            P(
                "Học sinh khối Tiểu học còn được quan sát các chú lính cứu hỏa sử dụng bình chữa"
                " cháy và trực tiếp thực hành dập lửa dưới sự giám sát chặt chẽ."
            ),
            Img(
                f"{_IM}/thoat-hiem-chay-02.jpg",
                "(Các em học sinh lớp 5A thực hành sử dụng bình chữa cháy)",
                "Các em học sinh lớp 5A thực hành sử dụng bình chữa cháy",
                "em",
            ),
            P(
                "Buổi thực hành giúp các bé bình tĩnh hơn trước tình huống nguy hiểm, đồng thời nâng"
                " cao ý thức phòng cháy, chữa cháy cho cả giáo viên và nhân viên nhà trường."
            ),
            Raw('<p style="text-align: right;"><em>Bài và ảnh: Trần Minh Thư</em></p>'),
        ],
        authors=["Trần Minh Thư"],
        photographers=["Trần Minh Thư"],
        opts={"day": date(2026, 11, 14), "featured": "thoat-hiem-chay-2026.jpg"},
    ),
    Story(
        id=8,
        slug="phong-benh-tay-chan-mieng-cho-tre-trong-mua-mua",
        title="Phòng bệnh tay chân miệng cho trẻ trong mùa mưa",
        cat="",
        published_at="2026-11-06",
        blocks=[
            P(
                "Bệnh tay chân miệng là bệnh truyền nhiễm thường gặp ở trẻ dưới 5 tuổi, lây qua đường"
                " tiêu hóa và tiếp xúc trực tiếp với dịch tiết từ mũi, họng, nước bọt, phân của"
                " người bệnh. Vào mùa mưa, số ca mắc thường tăng cao tại các trường mầm non."
            ),
            P("Dấu hiệu nhận biết", "h3"),
            P("Sốt nhẹ, mệt mỏi, biếng ăn, đau họng;", "li"),
            P(
                "Loét miệng, xuất hiện các nốt phỏng nước ở lòng bàn tay, lòng bàn chân, đầu gối,"
                " mông;",
                "li",
            ),
            P("Trẻ quấy khóc, chảy nhiều nước bọt, giật mình khi ngủ.", "li"),
            P("Cách phòng bệnh", "h3"),
            P(
                "Rửa tay thường xuyên bằng xà phòng dưới vòi nước sạch cho trẻ và người chăm sóc trẻ;",
                "li",
            ),
            P(
                "Lau rửa đồ chơi, vật dụng, sàn nhà bằng xà phòng hoặc chất tẩy rửa thông thường;",
                "li",
            ),
            P("Cho trẻ ăn chín, uống chín, không dùng chung khăn, cốc, muỗng.", "li"),
            P(
                "Khi trẻ có dấu hiệu nghi ngờ mắc bệnh, phụ huynh cần cho trẻ nghỉ học, đưa trẻ đến"
                " cơ sở y tế để được khám và thông báo ngay cho giáo viên chủ nhiệm để nhà trường kịp"
                " thời khử khuẩn lớp học."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Trung tâm Kiểm soát bệnh tật TP.HCM</em></p>'),
        ],
        source="Trung tâm Kiểm soát bệnh tật TP.HCM",
        opts={"day": date(2026, 11, 6), "featured": "phong-benh-tay-chan-mieng.jpg"},
    ),
    Story(
        id=7,
        slug="hoc-sinh-tieu-hoc-hao-hung-voi-ngay-hoi-doc-sach",
        title="Học sinh Tiểu học hào hứng với Ngày hội đọc sách",
        cat="",
        published_at="2026-10-30",
        blocks=[
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, ngày 28/10/2026, khối"
                " Tiểu học tổ chức Ngày hội đọc sách với chủ đề “Mỗi ngày một trang sách hay”."
            ),
            P(
                "Tại ngày hội, mỗi lớp trưng bày một góc sách do chính các em sưu tầm, trang trí. Các"
                " em được tham gia thi kể chuyện theo sách, vẽ tranh minh họa nhân vật yêu thích và"
                " trao đổi sách cũ với bạn bè."
            ),
            Img(
                f"{_IM}/doc-sach-ke-chuyen.jpg",
                "Ảnh: Em Lê Bảo Anh (lớp 3A) kể lại câu chuyện “Dế Mèn phiêu lưu ký”",
                "Em Lê Bảo Anh (lớp 3A) kể lại câu chuyện “Dế Mèn phiêu lưu ký”",
                "em",
            ),
            P(
                "Kết thúc ngày hội, thư viện nhà trường nhận thêm hơn 300 đầu sách do học sinh và phụ"
                " huynh quyên góp. Những cuốn sách này sẽ được đưa vào tủ sách lớp học để các em mượn"
                " đọc trong giờ ra chơi."
            ),
            Raw('<p style="text-align: right;"><strong>Thầy Phan Quốc Huy</strong></p>'),
        ],
        authors=["Phan Quốc Huy"],
        opts={"day": date(2026, 10, 30), "featured": "ngay-hoi-doc-sach.jpg"},
    ),
    Story(
        id=6,
        slug="be-lam-qua-tang-me-nhan-ngay-phu-nu-viet-nam-20-10",
        title="Bé làm quà tặng mẹ nhân ngày Phụ nữ Việt Nam 20/10",
        cat="",
        published_at="2026-10-20",
        blocks=[
            P(
                "Những bông hoa giấy, tấm thiệp nhỏ xinh do chính tay các bé làm đã trở thành món quà"
                " ý nghĩa dành tặng mẹ, bà và cô giáo nhân dịp kỷ niệm 96 năm Ngày thành lập Hội Liên"
                " hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026).",
                "b",
            ),
            P(
                "Trong tuần từ 13 đến 17/10, các lớp Mầm non tổ chức hoạt động “Món quà yêu thương”."
                " Dưới sự hướng dẫn của cô giáo, các bé được cắt, dán, tô màu để hoàn thiện những tấm"
                " thiệp mang dấu ấn riêng của mình."
            ),
            Img(f"{_IM}/z5891245607731_8d1c6a0e4f2b9e7d.jpg", None, None, "none"),
            P(
                "Sáng 20/10, các bé tự tay trao quà và gửi lời chúc đến mẹ trong giờ đón trẻ. Nhiều"
                " phụ huynh xúc động khi nhận được món quà đầu tiên do con làm."
            ),
            Img(f"{_IM}/z5891245612904_1b7e3c9a2d4f6a80.jpg", None, None, "none"),
        ],
        opts={"day": date(2026, 10, 20), "featured": "qua-tang-me-20-10.jpg"},
    ),
    Story(
        id=5,
        slug="chuyen-tham-quan-nong-trai-rau-sach-cua-be-khoi-la",
        title="Chuyến tham quan nông trại rau sạch của bé khối Lá",
        cat="",
        published_at="2026-10-12",
        blocks=[
            P(
                "Ngày 09/10/2026, gần 90 bé khối Lá đã có chuyến tham quan, trải nghiệm tại nông trại"
                " rau sạch Thuận An. Đây là hoạt động nằm trong chủ đề “Thế giới thực vật” của chương"
                " trình giáo dục mầm non."
            ),
            P(
                "Tại nông trại, các bé được nghe cô chú kỹ sư giới thiệu về các loại rau, củ quen"
                " thuộc trong bữa ăn hằng ngày, tự tay gieo hạt, tưới cây và thu hoạch rau cải."
            ),
            Img(
                f"{_IM}/nong-trai-01.jpg",
                "Các bé hào hứng thu hoạch rau cải",
                "Các bé hào hứng thu hoạch rau cải",
                "em",
            ),
            Img(f"{_IM}/nong-trai-02.jpg", None, None, "none"),
            P(
                "Sau buổi trải nghiệm, mỗi bé được mang về một chậu cây nhỏ để tiếp tục chăm sóc tại"
                " nhà cùng ba mẹ."
            ),
            Img(
                f"{_IM}/nong-trai-03.jpg",
                "Cả lớp Lá 2 chụp ảnh lưu niệm trước khi ra về",
                "Cả lớp Lá 2 chụp ảnh lưu niệm trước khi ra về",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>Lê Thị Mỹ Duyên – Tổ trưởng khối Lá</strong></p>'),
        ],
        authors=["Lê Thị Mỹ Duyên"],
        opts={"day": date(2026, 10, 12), "featured": "nong-trai-khoi-la.jpg"},
    ),
    Story(
        id=4,
        slug="kham-suc-khoe-dinh-ky-dau-nam-hoc-cho-hoc-sinh",
        title="Khám sức khỏe định kỳ đầu năm học cho học sinh",
        cat="",
        published_at="2026-09-30",
        blocks=[
            P(
                "Từ ngày 24 đến 26/9/2026, nhà trường phối hợp với Trạm Y tế phường Phú Lợi tổ chức"
                " khám sức khỏe định kỳ đầu năm học 2026 – 2027 cho 412 học sinh Mầm non và Tiểu học."
            ),
            P(
                "Các bé được cân đo chiều cao, cân nặng, khám răng miệng, mắt, tai mũi họng và tư vấn"
                " dinh dưỡng. Kết quả khám được ghi vào sổ theo dõi sức khỏe và gửi đến từng phụ"
                " huynh."
            ),
            P(
                "Qua đợt khám, nhà trường sẽ xây dựng thực đơn phù hợp và có kế hoạch chăm sóc riêng"
                " cho các trẻ suy dinh dưỡng, thừa cân, giúp các con phát triển khỏe mạnh, cân đối."
            ),
        ],
        opts={"day": date(2026, 9, 30), "featured": "kham-suc-khoe-2026.jpg"},
    ),
    Story(
        id=3,
        slug="lich-sinh-hoat-cau-lac-bo-nang-khieu-hoc-ky-i-nam-hoc-2026-2027",
        title="Lịch sinh hoạt câu lạc bộ năng khiếu học kỳ I năm học 2026 – 2027",
        cat="",
        published_at="2026-09-18",
        blocks=[
            P(
                "Nhà trường thông báo lịch sinh hoạt các câu lạc bộ năng khiếu học kỳ I, bắt đầu từ"
                " ngày 21/9/2026:"
            ),
            P("Câu lạc bộ | Đối tượng | Thời gian | Phòng", "th"),
            P("Múa – Aerobic | Mẫu giáo 4 – 5 tuổi | Thứ Hai, Thứ Tư (16h15 – 17h00) | Phòng Âm nhạc", "tr"),
            P("Vẽ sáng tạo | Mẫu giáo và lớp 1 – 2 | Thứ Ba, Thứ Năm (16h15 – 17h00) | Phòng Mỹ thuật", "tr"),
            P("Cờ vua | Lớp 2 – 5 | Thứ Sáu (16h15 – 17h15) | Thư viện", "tr"),
            P("Tiếng Anh giao tiếp | Lớp 1 – 5 | Thứ Bảy (8h00 – 9h30) | Phòng Ngoại ngữ", "tr"),
            P(
                "Phụ huynh đăng ký cho con tham gia tại văn phòng hoặc qua giáo viên chủ nhiệm trước"
                " ngày 19/9/2026."
            ),
        ],
        opts={"day": date(2026, 9, 18), "featured": "clb-nang-khieu.jpg"},
    ),
    Story(
        id=2,
        slug="thong-bao-tuyen-sinh-nam-hoc-2026-2027-bo-sung",
        title="Thông báo tuyển sinh năm học 2026 – 2027 (bổ sung)",
        cat="",
        published_at="2026-08-10",
        blocks=[
            P("Trường Mầm non – Tiểu học Ánh Dương thông báo tuyển sinh bổ sung năm học 2026 – 2027 như sau:"),
            P("1. Đối tượng tuyển sinh", "h3"),
            P("Khối Mầm non: trẻ từ 18 tháng đến 5 tuổi (lớp Nhà trẻ, Mầm, Chồi, Lá);", "li"),
            P(
                "Khối Tiểu học: học sinh vào lớp 1 (sinh năm 2020) và học sinh chuyển trường các lớp"
                " 2 – 5.",
                "li",
            ),
            P("2. Hồ sơ đăng ký", "h3"),
            P("Đơn đăng ký nhập học (theo mẫu của nhà trường);", "li"),
            P("Bản sao giấy khai sinh;", "li"),
            P("Bản sao sổ tiêm chủng (đối với trẻ mầm non);", "li"),
            P(
                "Học bạ hoặc giấy xác nhận hoàn thành chương trình lớp học (đối với học sinh chuyển"
                " trường).",
                "li",
            ),
            P(
                "Phụ huynh có thể đăng ký trực tiếp tại văn phòng nhà trường từ thứ Hai đến thứ Bảy,"
                " hoặc đăng ký trực tuyến qua nút “Đăng ký nhập học” trên trang web. Hotline tư vấn"
                " tuyển sinh: 0909 468 127."
            ),
        ],
        opts={
            "day": date(2026, 8, 10),
            "featured": "tuyen-sinh-2026.jpg",
            "old_path": "/blog/thong-bao-tuyen-sinh-2026.html",
        },
    ),
    Story(
        id=1,
        slug="le-tong-ket-nam-hoc-2025-2026-va-chia-tay-be-khoi-la",
        title="Lễ tổng kết năm học 2025 – 2026 và chia tay bé khối Lá",
        cat="",
        published_at="2026-06-01",
        blocks=[
            P(
                "Chiều ngày 29/5/2026, Trường Mầm non – Tiểu học Ánh Dương long trọng tổ chức Lễ tổng"
                " kết năm học 2025 – 2026 và chia tay các bé khối Lá chuẩn bị bước vào lớp 1."
            ),
            P(
                "Năm học qua, 100% trẻ mầm non được theo dõi sức khỏe định kỳ, 98% học sinh Tiểu học"
                " hoàn thành chương trình lớp học; nhiều em đạt giải trong các cuộc thi vẽ tranh, kể"
                " chuyện cấp phường."
            ),
            Img(
                f"{_IM}/tong-ket-01.jpg",
                "Các bé khối Lá trong trang phục tốt nghiệp nhận giấy khen từ Ban Giám hiệu",
                "Các bé khối Lá trong trang phục tốt nghiệp nhận giấy khen từ Ban Giám hiệu",
                "em",
            ),
            P(
                "Giây phút chia tay, các bé khối Lá hát vang bài “Tạm biệt búp bê thân yêu”, nhiều"
                " cô giáo và phụ huynh không giấu được xúc động."
            ),
            Raw('<p style="text-align: right;"><em>Bài: Ngô Thanh Tâm</em></p>'),
            Raw('<p style="text-align: right;"><em>Ảnh: Đỗ Hải Nam</em></p>'),
        ],
        authors=["Ngô Thanh Tâm"],
        photographers=["Đỗ Hải Nam"],
        opts={"day": date(2026, 6, 1), "featured": "tong-ket-2025-2026.jpg", "old": True},
    ),
]

# The featured image the post template prints above the title is the post's first image (no
# caption); it is printed outside the Froala text, so the content renderer skips it.
for _story in POSTS:
    if _story.opts.get("featured"):
        _story.blocks.insert(0, Img(f"{_IM}/{_story.opts['featured']}", None, None, "featured"))

# The two designed pages. Their blocks: P (u-text paragraphs; style "lead" for the hero intro is
# the summary, not a block), Img styles "cell" (caption u-text in the image's own cell), "row"
# (caption in the next row's cell), "wide" (full-width photo, no caption).
KHAI_GIANG = Story(
    id=101,
    slug="le-khai-giang-2026",
    title="Lễ khai giảng năm học 2026 – 2027: Chào năm học mới thật vui!",
    cat="",
    published_at="2026-09-05",
    summary=(
        "Sáng 05/9/2026, trong niềm hân hoan của ngày hội đến trường, hơn 400 học sinh Trường Mầm"
        " non – Tiểu học Ánh Dương cùng thầy cô và phụ huynh đã tham dự Lễ khai giảng năm học mới"
        " 2026 – 2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đúng 7 giờ 30, buổi lễ bắt đầu bằng màn chào cờ trang nghiêm. Tiếp đó, các em học sinh"
            " lớp 1 và các bé lớp Mầm lần đầu đến trường được các anh chị lớp lớn dắt tay đi qua cổng"
            " chào rực rỡ sắc màu trong tiếng vỗ tay chào đón của toàn trường."
        ),
        P(
            "Thay mặt nhà trường, cô Hiệu trưởng Võ Thị Kim Oanh đọc thư của Chủ tịch nước gửi ngành"
            " Giáo dục nhân dịp khai giảng năm học mới và phát động phong trào thi đua “Mỗi ngày đến"
            " trường là một ngày vui”."
        ),
        P(
            "Tiếng trống khai trường vang lên, mở đầu cho một năm học với nhiều kỳ vọng. Sau phần lễ,"
            " các bé cùng tham gia phần hội với các trò chơi dân gian, vẽ tranh “Ngôi trường em yêu”"
            " và nhận những phần quà nhỏ từ nhà trường."
        ),
        P("Một số hình ảnh tại buổi lễ:", "leadin"),
        Img(
            "images/khai-giang-2026-01.jpg",
            "Các bé lớp Mầm được anh chị lớp 5 dắt tay qua cổng chào",
            "Các bé lớp Mầm được anh chị lớp 5 dắt tay qua cổng chào",
            "cell",
        ),
        Img(
            "images/khai-giang-2026-02.jpg",
            "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
            "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
            "cell",
        ),
        Img(
            "images/khai-giang-2026-03.jpg",
            "Tiết mục văn nghệ chào mừng của học sinh khối Tiểu học",
            "Tiết mục văn nghệ chào mừng của học sinh khối Tiểu học",
            "cell",
        ),
        Img("images/khai-giang-2026-04.jpg", None, None, "cell"),
    ],
    opts={"printed_date": "Ngày 05/9/2026", "head_title": "Lễ khai giảng 2026"},
)

TRUNG_THU = Story(
    id=102,
    slug="dem-hoi-trang-ram-2026",
    title="Đêm hội Trăng rằm 2026: Rước đèn, phá cỗ cùng bé",
    cat="",
    published_at="2026-09-26",
    blocks=[
        P(
            "Tối 24/9/2026, sân trường Mầm non – Tiểu học Ánh Dương rực rỡ sắc màu đèn lồng trong Đêm"
            " hội Trăng rằm với chủ đề “Trung thu yêu thương”."
        ),
        P(
            "Chương trình mở đầu bằng màn múa lân sôi động của đội lân học sinh khối Tiểu học. Chú"
            " Cuội, chị Hằng xuất hiện trò chuyện, kể sự tích Tết Trung thu và phát quà cho các bé."
        ),
        P(
            "Các bé đã cùng nhau rước đèn quanh sân trường, thi bày mâm ngũ quả và phá cỗ trong tiếng"
            " hát vui tươi. Mỗi lớp còn mang đến một chiếc đèn lồng tự làm từ vật liệu tái chế, được"
            " phụ huynh bình chọn rất sôi nổi."
        ),
        Img("images/trung-thu-2026-01.jpg", "Múa lân mở màn đêm hội", "Múa lân mở màn đêm hội", "row"),
        Img(
            "images/trung-thu-2026-02.jpg",
            "Chị Hằng, chú Cuội phát quà cho các bé",
            "Chị Hằng, chú Cuội phát quà cho các bé",
            "row",
        ),
        Img("images/trung-thu-2026-03.jpg", None, None, "wide"),
        P(
            "Đêm hội khép lại trong niềm vui của các bé và sự hài lòng của quý phụ huynh. Nhà trường"
            " xin cảm ơn Ban đại diện cha mẹ học sinh đã đồng hành, hỗ trợ để chương trình thành công"
            " tốt đẹp."
        ),
        Raw("Bài: Lê Hoàng Yến – Ảnh: Phạm Gia Bảo"),
    ],
    authors=["Lê Hoàng Yến"],
    photographers=["Phạm Gia Bảo"],
    opts={"printed_date": "Đăng ngày: 26/09/2026", "head_title": "Trung thu 2026"},
)

DESIGNED = [KHAI_GIANG, TRUNG_THU]


def post_path(story: Story) -> str:
    return f"/blog/{story.slug}.html"


def designed_path(story: Story) -> str:
    return f"/{story.slug}.html"


def newest() -> list[Story]:
    return sorted(POSTS, key=lambda s: s.opts["day"], reverse=True)


def blog_pages() -> list[list[Story]]:
    items = newest()
    return [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]


def blog_page_path(n: int) -> str:
    return "/blog/blog.html" if n == 1 else f"/blog/blog-{n}.html"


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s,
        post_path(s),
        None,
        alt_paths=[s.opts["old_path"]] if s.opts.get("old_path") else (),
    )
    for s in newest()
] + [gold_record(s, designed_path(s), None) for s in DESIGNED]
# Harmonised with the project's gold convention (every other fixture's): a first paragraph set
# wholly in bold is the lead an editor typed by hand, so post 6's is its summary too (it stays
# the body's first paragraph). The helper's gold had summary None.
for _record in GOLD:
    if _record["path"] == "/blog/be-lam-qua-tang-me-nhan-ngay-phu-nu-viet-nam-20-10.html":
        _record["summary"] = _record["body"].split("\n\n")[0]

MENU_WEEKS = 12
SCHOOL_START = date(2026, 9, 7)  # Monday of week 1

STATIC_PATHS = [
    "/gioi-thieu.html",
    "/chuong-trinh-hoc.html",
    "/hoc-phi.html",
    "/thuc-don.html",
    "/lien-he.html",
    "/thu-vien-anh.html",
    "/chinh-sach-bao-mat.html",
]

NON_ARTICLES: list[str] = [
    "/",
    "/index.html",
    *(blog_page_path(n) for n in range(1, len(blog_pages()) + 1)),
    "/blog/blog.html?page=1",
    "/blog/blog.html?page=2",
    "/blog/blog.html?page=3",
    *STATIC_PATHS,
    *(f"/thuc-don-tuan-{n}.html" for n in range(1, MENU_WEEKS + 1)),
]


# --------------------------------------------------------------------------- rendering helpers


def _sid(key: str, n: int) -> str:
    return "sec-" + hashlib.md5(f"{key}:{n}".encode()).hexdigest()[:4]


def en_date(day: date) -> str:
    """The builder's u-meta-date, left in its English locale: "Nov 14, 2026"."""
    return f"{day:%b} {day.day}, {day.year}"


def _excerpt(story: Story, size: int = 150) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= size:
        return first
    return first[:size].rsplit(" ", 1)[0] + "..."


_SVG_FB = (
    '<svg class="u-svg-link" preserveAspectRatio="xMidYMin slice" viewBox="0 0 112 112"><use '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="#svg-fb"></use></svg>'
)
_HAMBURGER = (
    '<svg class="u-svg-link" viewBox="0 0 24 24"><use xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xlink:href="#menu-hamburger"></use></svg><svg class="u-svg-content" version="1.1" '
    'id="menu-hamburger" viewBox="0 0 16 16" x="0px" y="0px" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns="http://www.w3.org/2000/svg"><g><rect y="1" width="16" height="2"></rect><rect y="7" '
    'width="16" height="2"></rect><rect y="13" width="16" height="2"></rect></g></svg>'
)


def _head(title: str, root: str, css: str, *, description: str = "", old: bool = False, og_type: str = "website") -> str:
    charset = "" if old else '\n    <meta charset="utf-8">'
    generator = OLD_GENERATOR if old else GENERATOR
    return f"""<!DOCTYPE html>
<html style="font-size: 16px;" lang="vi"><head>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">{charset}
    <meta name="keywords" content="mầm non, tiểu học, Ánh Dương, tuyển sinh, Phú Lợi">
    <meta name="description" content="{esc(description)}">
    <title>{esc(title)}</title>
    <link rel="stylesheet" href="{root}nicepage.css" media="screen">
<link rel="stylesheet" href="{css}" media="screen">
    <script class="u-script" type="text/javascript" src="{root}jquery.js" defer=""></script>
    <script class="u-script" type="text/javascript" src="{root}nicepage.js" defer=""></script>
    <meta name="generator" content="{generator}">
    <link rel="icon" href="{root}images/favicon.png">
    <link id="u-theme-google-font" rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto:100,100i,300,300i,400,400i,500,500i,700,700i,900,900i|Open+Sans:300,300i,400,400i,500,500i,600,600i,700,700i,800,800i">
    <link id="u-page-google-font" rel="stylesheet" href="https://fonts.googleapis.com/css?family=Baloo+2:400,500,600,700,800">
    <script type="application/ld+json">{{
		"@context": "http://schema.org",
		"@type": "Organization",
		"name": "{SITE}",
		"logo": "{root}images/logo-anh-duong.png",
		"sameAs": []
}}</script>
    <meta name="theme-color" content="#f4a21b">
    <meta property="og:title" content="{esc(title)}">
    <meta property="og:description" content="{esc(description)}">
    <meta property="og:type" content="{og_type}">
  <meta data-intl-tel-input-cdn-path="intlTelInput/"></head>"""


def _menu_items(root: str, nav: int, active: str) -> str:
    out = []
    for label, href in MENU:
        target = root + href if href != "./" else (root or "./")
        cls = "u-button-style u-nav-link u-text-active-palette-1-base u-text-hover-palette-2-base"
        if nav == 2:
            cls = "u-button-style u-nav-link"
        if href == active:
            cls += " active"
        style = ' style="padding: 10px 16px;"' if nav == 1 else ""
        out.append(f'<li class="u-nav-item"><a class="{cls}" href="{target}"{style}>{label}</a>\n</li>')
    return "".join(out)


def _header(root: str, key: str, active: str) -> str:
    return f"""<header class="u-clearfix u-header u-sticky u-sticky-4c2e u-white u-header" id="{_sid(key, 0)}"><div class="u-clearfix u-palette-1-base u-group u-topbar">
        <div class="u-container-layout u-container-layout-1">
          <p class="u-small-text u-text u-text-variant u-text-1"><span class="u-icon u-icon-1"><svg class="u-svg-content" viewBox="0 0 405.333 405.333"><path d="M373.333,266.88"></path></svg></span>&nbsp;Hotline: <a href="tel:0909468127" class="u-active-none u-border-none u-btn u-button-link u-button-style u-hover-none u-none u-text-white u-btn-1">{HOTLINE}</a>&nbsp; | &nbsp;{EMAIL}</p>
          <p class="u-small-text u-text u-text-variant u-text-2" id="ngay-hom-nay">{TODAY}</p>
        </div>
      </div><div class="u-clearfix u-sheet u-valign-middle u-sheet-1">
        <a href="{root}index.html" class="u-image u-logo u-image-1" data-image-width="320" data-image-height="320" title="Trang chủ">
          <img src="{root}images/logo-anh-duong.png" class="u-logo-image u-logo-image-1">
        </a>
        <p class="u-custom-font u-text u-text-custom-color-1 u-text-3" style="font-family: 'Baloo 2';">MẦM NON – TIỂU HỌC<br><b>ÁNH DƯƠNG</b></p>
        <form action="#" class="u-border-1 u-border-grey-30 u-expanded-width-xs u-search u-search-left u-white u-search-1">
          <button class="u-search-button" type="submit"><span class="u-search-icon u-spacing-10"><svg class="u-svg-link" viewBox="0 0 56.966 56.966"><use xlink:href="#svg-search"></use></svg></span></button>
          <input class="u-search-input" type="search" name="search" value="" placeholder="Tìm kiếm">
        </form>
        <nav class="u-menu u-menu-one-level u-offcanvas u-menu-1" data-responsive-from="MD">
          <div class="menu-collapse u-custom-font u-font-roboto" style="font-size: 1rem; letter-spacing: 0px;">
            <a class="u-button-style u-custom-left-right-menu-spacing u-custom-padding-bottom u-custom-top-bottom-menu-spacing u-nav-link" href="#">{_HAMBURGER}</a>
          </div>
          <div class="u-custom-menu u-nav-container">
            <ul class="u-custom-font u-font-roboto u-nav u-spacing-2 u-unstyled u-nav-1">{_menu_items(root, 1, active)}</ul>
          </div>
          <div class="u-custom-menu u-nav-container-collapse">
            <div class="u-black u-container-style u-inner-container-layout u-opacity u-opacity-95 u-sidenav">
              <div class="u-inner-container-layout u-sidenav-overflow">
                <div class="u-menu-close"></div>
                <ul class="u-align-center u-nav u-popupmenu-items u-unstyled u-nav-2">{_menu_items(root, 2, active)}</ul>
              </div>
            </div>
            <div class="u-black u-menu-overlay u-opacity u-opacity-70"></div>
          </div>
        </nav>
        <a href="#sec-dk26" class="u-border-none u-btn u-btn-round u-button-style u-dialog-link u-palette-2-base u-radius-50 u-btn-2">Đăng ký nhập học</a>
      </div></header>"""


def _footer(root: str, key: str, request: Request) -> str:
    base = base_url(request)
    return f"""<footer class="u-align-center-sm u-align-center-xs u-clearfix u-footer u-grey-80 u-footer" id="{_sid(key, 90)}"><div class="u-clearfix u-sheet u-sheet-1">
        <div class="u-clearfix u-expanded-width u-gutter-30 u-layout-wrap u-layout-wrap-1">
          <div class="u-layout">
            <div class="u-layout-row">
              <div class="u-container-style u-layout-cell u-left-cell u-size-20 u-layout-cell-1">
                <div class="u-container-layout u-valign-top u-container-layout-1">
                  <h5 class="u-text u-text-default u-text-1">{SITE.upper()}</h5>
                  <p class="u-small-text u-text u-text-variant u-text-2">Địa chỉ: {ADDRESS}<br>Điện thoại: {PHONE}<br>Hotline: {HOTLINE}<br>Email: <a href="mailto:{EMAIL}" class="u-active-none u-border-none u-btn u-button-link u-button-style u-hover-none u-none u-text-palette-1-light-2 u-btn-1">{EMAIL}</a></p>
                </div>
              </div>
              <div class="u-container-style u-layout-cell u-size-20 u-layout-cell-2">
                <div class="u-container-layout u-valign-top u-container-layout-2">
                  <h5 class="u-text u-text-default u-text-3">LIÊN KẾT</h5>
                  <p class="u-small-text u-text u-text-variant u-text-4"><a href="{base}/gioi-thieu.html" class="u-active-none u-border-none u-btn u-button-link u-button-style u-hover-none u-none u-text-grey-15 u-btn-2">Giới thiệu</a><br><a href="{base}/hoc-phi.html" class="u-active-none u-border-none u-btn u-button-link u-button-style u-hover-none u-none u-text-grey-15 u-btn-3">Học phí</a><br><a href="{base}/thuc-don.html" class="u-active-none u-border-none u-btn u-button-link u-button-style u-hover-none u-none u-text-grey-15 u-btn-4">Thực đơn tuần</a><br><a href="{base}/lien-he.html" class="u-active-none u-border-none u-btn u-button-link u-button-style u-hover-none u-none u-text-grey-15 u-btn-5">Liên hệ</a><br><a href="{base}/chinh-sach-bao-mat.html" class="u-active-none u-border-none u-btn u-button-link u-button-style u-hover-none u-none u-text-grey-15 u-btn-6">Chính sách bảo mật</a></p>
                </div>
              </div>
              <div class="u-container-style u-layout-cell u-right-cell u-size-20 u-layout-cell-3">
                <div class="u-container-layout u-valign-top u-container-layout-3">
                  <h5 class="u-text u-text-default u-text-5">THỐNG KÊ TRUY CẬP</h5>
                  <div class="u-clearfix u-custom-html u-custom-html-1">
                    <div class="counter-box"><span>Lượt truy cập:</span> <a href="https://www.freecounterstat.com" title="web counter"><img src="https://counter9.stat.ovh/private/freecounterstat.php?c=8q2lzyr6ka4fnb3w1xyg5bd7kjm2tuns" border="0" title="web counter" alt="web counter"></a><br><span>Đang online:</span> <span id="online-now">3</span></div>
                  </div>
                  <div class="u-social-icons u-spacing-10 u-social-icons-1">
                    <a class="u-social-url" title="facebook" target="_blank" href="https://www.facebook.com/mamnontieuhocanhduong"><span class="u-icon u-social-facebook u-social-icon u-icon-1">{_SVG_FB}</span></a>
                    <a class="u-social-url" title="youtube" target="_blank" href="https://www.youtube.com/@mamnontieuhocanhduong"><span class="u-icon u-social-icon u-social-youtube u-icon-2"><svg class="u-svg-link" viewBox="0 0 112 112"><use xlink:href="#svg-yt"></use></svg></span></a>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
        <p class="u-small-text u-text u-text-variant u-text-6">© 2026 {SITE}. Giấy phép hoạt động số 1452/QĐ-SGDĐT.</p>
      </div></footer>
    <section class="u-backlink u-clearfix u-grey-80">
      <a class="u-link" href="https://nicepage.com/website-templates" target="_blank">
        <span>Website Templates</span>
      </a>
      <p class="u-text">
        <span>created with</span>
      </p>
      <a class="u-link" href="https://nicepage.com/" target="_blank">
        <span>Website Builder Software</span>
      </a>.
    </section>"""


def _overlays(root: str) -> str:
    return f"""<section class="u-align-center u-clearfix u-container-align-center u-cookies-consent u-grey-80 u-cookies-consent" id="sec-c00k">
      <div class="u-clearfix u-sheet u-valign-middle u-sheet-1">
        <div class="u-container-style u-expanded-width-xs u-group u-group-1">
          <div class="u-container-layout u-container-layout-1">
            <h3 class="u-text u-text-default u-text-1">Cookies Consent</h3>
            <p class="u-text u-text-default u-text-2">This website uses cookies to ensure you get the best experience on our website.</p>
          </div>
        </div>
        <a href="###" class="u-btn u-button-confirm u-button-style u-palette-1-base u-btn-1">Accept</a>
      </div>
    </section>
    <section class="u-black u-clearfix u-container-style u-dialog-block u-opacity u-opacity-70 u-valign-middle u-dialog-section-9" id="sec-dk26">
      <div class="u-container-style u-dialog u-radius-20 u-shape-round u-white u-dialog-1">
        <div class="u-container-layout u-valign-top u-container-layout-1">
          <h3 class="u-align-center u-text u-text-custom-color-1 u-text-default u-text-1">ĐĂNG KÝ NHẬP HỌC 2026 – 2027</h3>
          <div class="u-expanded-width u-form u-form-1">
            <form action="{FORM_ACTION}" class="u-clearfix u-form-spacing-10 u-form-vertical u-inner-form" source="email" name="form" style="padding: 10px;">
              <div class="u-form-group u-form-name"><label for="name-dk26" class="u-label">Họ tên phụ huynh</label><input type="text" placeholder="Nhập họ tên" id="name-dk26" name="name" class="u-border-1 u-border-grey-30 u-input u-input-rectangle u-radius-10" required=""></div>
              <div class="u-form-group u-form-phone u-form-group-2"><label for="phone-dk26" class="u-label">Số điện thoại</label><input type="tel" pattern="\\+?\\d{{0,3}}[\\s\\(\\-]?([0-9]{{2,3}})[\\s\\)\\-]?([\\s\\-]?)([0-9]{{3}})[\\s\\-]?([0-9]{{2}})[\\s\\-]?([0-9]{{2}})" placeholder="Nhập số điện thoại" id="phone-dk26" name="phone" class="u-border-1 u-border-grey-30 u-input u-input-rectangle u-radius-10" required=""></div>
              <div class="u-form-group u-form-group-3"><label for="text-be" class="u-label">Họ tên của bé</label><input type="text" id="text-be" name="ten-be" class="u-border-1 u-border-grey-30 u-input u-input-rectangle u-radius-10"></div>
              <div class="u-form-group u-form-select u-form-group-4"><label for="select-khoi" class="u-label">Khối lớp đăng ký</label><div class="u-form-select-wrapper"><select id="select-khoi" name="khoi" class="u-border-1 u-border-grey-30 u-input u-input-rectangle u-radius-10"><option value="Nhà trẻ">Nhà trẻ (18 – 36 tháng)</option><option value="Mẫu giáo">Mẫu giáo (3 – 5 tuổi)</option><option value="Lớp 1">Lớp 1</option><option value="Lớp 2 – 5">Lớp 2 – 5 (chuyển trường)</option></select></div></div>
              <div class="u-align-center u-form-group u-form-submit"><a href="#" class="u-border-none u-btn u-btn-round u-btn-submit u-button-style u-palette-2-base u-radius-50 u-btn-1">Gửi đăng ký</a><input type="submit" value="submit" class="u-form-control-hidden"></div>
              <div class="u-form-send-message u-form-send-success">Cảm ơn quý phụ huynh! Nhà trường sẽ liên hệ tư vấn trong thời gian sớm nhất.</div>
              <div class="u-form-send-error u-form-send-message">Gửi không thành công. Vui lòng thử lại hoặc gọi hotline {HOTLINE}.</div>
              <input type="hidden" value="" name="recaptchaResponse">
              <input type="hidden" name="formServices" value="2b6f3e0c1d9a4c7e8f5a6b3d2c1e0f9a">
            </form>
          </div>
        </div><button class="u-dialog-close-button u-icon u-text-grey-40 u-icon-1"><svg class="u-svg-link" preserveAspectRatio="xMidYMin slice" viewBox="0 0 413.348 413.348"><use xlink:href="#svg-close"></use></svg></button>
      </div>
    </section>
    <div class="u-clearfix u-custom-html u-custom-html-chat">
      <div class="chat-float">
        <a href="{ZALO}" target="_blank" rel="nofollow" class="chat-zalo" title="Chat Zalo"><img src="{root}images/icon-zalo.png" alt="Zalo" width="48" height="48"></a>
        <a href="{MESSENGER}" target="_blank" rel="nofollow" class="chat-messenger" title="Nhắn tin Messenger"><img src="{root}images/icon-messenger.png" alt="Messenger" width="48" height="48"></a>
        <a href="tel:0909468127" class="chat-phone" title="Gọi ngay">{HOTLINE}</a>
      </div>
    </div>
    <a href="#" class="u-back-to-top u-icon u-icon-circle u-opacity u-opacity-85 u-palette-1-base u-spacing-15" style="display: none; right: 20px; bottom: 20px;"><svg class="u-svg-link" viewBox="0 0 551.13 551.13"><use xlink:href="#svg-up"></use></svg></a>
    <script>
      (function () {{
        var d = new Date(), w = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
        var el = document.getElementById("ngay-hom-nay");
        if (el) el.textContent = w[d.getDay()] + ", ngày " + ("0" + d.getDate()).slice(-2) + "/" + ("0" + (d.getMonth() + 1)).slice(-2) + "/" + d.getFullYear();
      }})();
    </script>"""


def _page(request: Request, title: str, root: str, css: str, key: str, sections: str, *, active: str = "", description: str = "", old: bool = False, og_type: str = "website") -> str:
    home = f'data-home-page="{root}index.html" data-home-page-title="Trang chủ" ' if root else ""
    return f"""{_head(title, root, css, description=description, old=old, og_type=og_type)}
  <body {home}data-path-to-root="{root or './'}" data-include-products="false" class="u-body u-xl-mode" data-lang="vi">{_header(root, key, active)}
    {sections}
    {_footer(root, key, request)}
    {_overlays(root)}

</body></html>"""


# --------------------------------------------------------------------------- blog


def _card(story: Story, n: int, link_root: str, img_root: str, *, excerpt: bool = True) -> str:
    href = f"{link_root}{story.slug}.html"
    image = ""
    if story.opts.get("featured"):
        image = f'<a class="u-post-header-link" href="{href}"><img alt="" class="u-blog-control u-expanded-width u-image u-image-round u-radius-10 u-image-{n}" src="{img_root}images/{story.opts["featured"]}"></a>'
    text_part = f'<div class="u-blog-control u-post-content u-text u-text-{n + 1} fr-view">{esc(_excerpt(story))}</div>' if excerpt else ""
    button = f'<a href="{href}" class="u-blog-control u-border-2 u-border-palette-1-base u-btn u-btn-round u-button-style u-none u-radius-50 u-btn-{n}">Đọc tiếp</a>' if excerpt else ""
    return f"""<div class="u-blog-post u-container-style u-repeater-item u-white">
            <div class="u-container-layout u-similar-container u-valign-top u-container-layout-{n}">{image}
              <h2 class="u-blog-control u-text u-text-{n}"><a class="u-post-header-link" href="{href}">{esc(story.title)}</a></h2>
              <div class="u-blog-control u-metadata u-metadata-{n}"><span class="u-meta-date u-meta-icon">{en_date(story.opts["day"])}</span></div>{text_part}{button}
            </div>
          </div>"""


def _pager(current: int, last: int) -> str:
    items = []
    if current > 1:
        prev = "blog.html" if current == 2 else f"blog-{current - 1}.html"
        items.append(f'<li class="u-nav-item u-pagination-item"><a class="u-button-style u-nav-link" href="{prev}">« Trước</a></li>')
    for n in range(1, last + 1):
        target = "blog.html" if n == 1 else f"blog-{n}.html"
        if n == current:
            items.append(f'<li class="u-nav-item u-pagination-item active"><span class="u-button-style u-nav-link">{n}</span></li>')
        else:
            items.append(f'<li class="u-nav-item u-pagination-item"><a class="u-button-style u-nav-link" href="{target}">{n}</a></li>')
    if current < last:
        items.append(f'<li class="u-nav-item u-pagination-item"><a class="u-button-style u-nav-link" href="blog-{current + 1}.html">Sau »</a></li>')
    return f'<div class="u-list-control"><ul class="u-pagination u-unstyled u-pagination-1">{"".join(items)}</ul></div>'


def _blog_list(request: Request, n: int) -> str:
    pages = blog_pages()
    key = f"blog-{n}"
    cards = "".join(_card(s, i + 1, "", "../") for i, s in enumerate(pages[n - 1]))
    sections = f"""<section class="u-align-center u-clearfix u-palette-1-light-3 u-section-1" id="{_sid(key, 1)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <h1 class="u-custom-font u-text u-text-custom-color-1 u-text-default u-title u-text-1" style="font-family: 'Baloo 2';">{BLOG_TITLE}</h1>
        <p class="u-text u-text-default u-text-2">Hoạt động của cô và trò Ánh Dương</p>
      </div>
    </section>
    <section class="u-clearfix u-section-2" id="{_sid(key, 2)}">
      <div class="u-clearfix u-sheet u-sheet-1"><!--blog--><!--blog_options_json--><!--{{"type":"Recent","source":"","tags":"","count":""}}--><!--/blog_options_json-->
        <div class="u-blog u-expanded-width u-blog-1">
          <div class="u-list-control"></div>
          <div class="u-repeater u-repeater-1">{cards}
          </div>
          {_pager(n, len(pages))}
        </div><!--/blog-->
      </div>
    </section>"""
    title = BLOG_TITLE if n == 1 else f"{BLOG_TITLE} – Trang {n}"
    return _page(request, title, "../", "Blog-Template.css", key, sections, active="blog/blog.html", description="Tin tức, hoạt động của trường")


def _post_content(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append("<tr>" + "".join(f'<td style="width: 25%;"><strong>{esc(c)}</strong></td>' for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f'<td style="width: 25%;">{esc(c)}</td>' for c in cells) + "</tr>")
                i += 1
            out.append(f'<table style="width: 100%;"><tbody>{"".join(rows)}</tbody></table>')
            continue
        if isinstance(b, P):
            if b.style == "h3":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.style == "b":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            else:
                out.append(f"<p>{esc(b.text)}</p>")
        elif isinstance(b, Img) and b.style == "featured":
            pass
        elif isinstance(b, Img):
            out.append(f'<p><img src="{b.src}" style="width: 640px;" class="fr-dib fr-fic"></p>')
            if b.printed is not None:
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        else:
            out.append(b.html)
        i += 1
    return "".join(out)


def _share(request: Request, path: str) -> str:
    url = base_url(request) + path
    enc = quote(url, safe="")
    return f"""<div class="u-social-icons u-spacing-10 u-social-icons-2">
          <span class="u-text u-text-default u-text-4">Chia sẻ:</span>
          <a class="u-social-url" target="_blank" href="https://www.facebook.com/sharer/sharer.php?u={enc}"><span class="u-icon u-social-facebook u-social-icon u-icon-2">{_SVG_FB}</span></a>
          <a class="u-social-url" target="_blank" href="https://sp.zalo.me/share_inline?url={enc}"><span class="u-icon u-social-icon u-social-zalo u-icon-3"><img src="../images/icon-zalo.png" alt="Zalo" width="24"></span></a>
        </div>"""


def _post(request: Request, story: Story, served_path: str) -> str:
    key = f"post-{story.id}"
    day = story.opts["day"]
    if served_path == post_path(story):
        others = [s for s in newest() if s.id != story.id][:3]
    else:  # the stale export: its "Bài viết khác" froze when it was uploaded
        others = [s for s in newest() if s.opts["day"] < day][:3]
    featured = ""
    if story.opts.get("featured"):
        featured = f'<!--blog_post_image--><img alt="" class="u-blog-control u-expanded-width u-image u-image-round u-radius-20 u-image-1" src="../images/{story.opts["featured"]}" data-image-width="1280" data-image-height="853"><!--/blog_post_image-->'
    cards = "".join(_card(s, i + 5, "", "../", excerpt=False) for i, s in enumerate(others))
    sections = f"""<section class="u-align-center u-clearfix u-section-1" id="{_sid(key, 1)}">
      <div class="u-clearfix u-sheet u-valign-middle-md u-valign-middle-sm u-valign-middle-xs u-sheet-1"><!--post_details--><!--post_details_options_json--><!--{{"source":""}}--><!--/post_details_options_json--><!--blog_post-->
        <div class="u-container-style u-expanded-width u-post-details u-post-details-1">
          <div class="u-container-layout u-valign-middle u-container-layout-1">{featured}<!--blog_post_header-->
            <h2 class="u-blog-control u-custom-font u-text u-text-custom-color-1 u-text-1" style="font-family: 'Baloo 2';">{esc(story.title)}</h2><!--/blog_post_header--><!--blog_post_metadata-->
            <div class="u-blog-control u-metadata u-metadata-1"><!--blog_post_metadata_date--><span class="u-meta-date u-meta-icon">{en_date(day)}</span><!--/blog_post_metadata_date--></div><!--/blog_post_metadata--><!--blog_post_content-->
            <div class="u-align-justify u-blog-control u-post-content u-text u-text-2 fr-view">{_post_content(story)}</div><!--/blog_post_content-->
          </div>
        </div><!--/blog_post--><!--/post_details-->
      </div>
    </section>
    <section class="u-clearfix u-section-2" id="{_sid(key, 2)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        {_share(request, served_path)}
        <a href="blog.html" class="u-border-none u-btn u-btn-round u-button-style u-palette-1-base u-radius-50 u-btn-3">« Quay lại danh sách</a>
      </div>
    </section>
    <section class="u-clearfix u-grey-5 u-section-3" id="{_sid(key, 3)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <h3 class="u-custom-font u-text u-text-custom-color-1 u-text-default u-text-5" style="font-family: 'Baloo 2';">Bài viết khác</h3><!--blog--><!--blog_options_json--><!--{{"type":"Recent","source":"","tags":"","count":"3"}}--><!--/blog_options_json-->
        <div class="u-blog u-expanded-width u-blog-2">
          <div class="u-repeater u-repeater-2">{cards}
          </div>
        </div><!--/blog-->
      </div>
    </section>"""
    return _page(
        request,
        story.title,
        "../",
        "Post-Template.css",
        key,
        sections,
        active="blog/blog.html",
        description=_excerpt(story),
        old=bool(story.opts.get("old")),
        og_type="article",
    )


# --------------------------------------------------------------------------- designed pages


def _cta(key: str, n: int) -> str:
    return f"""<section class="u-align-center u-clearfix u-palette-2-light-3 u-section-{n}" id="{_sid(key, n)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <h3 class="u-custom-font u-text u-text-custom-color-1 u-text-default u-text-1" style="font-family: 'Baloo 2';">Đăng ký tham quan trường</h3>
        <p class="u-text u-text-default u-text-2">Quý phụ huynh có nhu cầu tìm hiểu môi trường học tập của bé, vui lòng liên hệ hotline {HOTLINE} hoặc để lại thông tin, nhà trường sẽ liên hệ tư vấn trong thời gian sớm nhất.</p>
        <a href="#sec-dk26" class="u-border-none u-btn u-btn-round u-button-style u-dialog-link u-palette-2-base u-radius-50 u-btn-1">Đăng ký ngay</a>
      </div>
    </section>"""


def _khai_giang(request: Request) -> str:
    s = KHAI_GIANG
    key = s.slug
    base = base_url(request)
    texts = [b.text for b in s.blocks if isinstance(b, P) and b.style == ""]
    leadin = next(b.text for b in s.blocks if isinstance(b, P) and b.style == "leadin")
    imgs = s.images
    # two photos per u-layout-row
    row_html = []
    for r in range(0, len(imgs), 2):
        chunk = "".join(
            f"""
              <div class="u-container-style u-layout-cell u-size-30 u-layout-cell-{i + 1}">
                <div class="u-container-layout u-container-layout-{i + 1}">
                  <img class="u-expanded-width u-image u-image-round u-radius-10 u-image-{i + 1}" src="{imgs[i].src}" alt="" data-image-width="1280" data-image-height="853">{f'''
                  <p class="u-align-center u-text u-text-default u-text-grey-60 u-text-{i + 5}">{esc(imgs[i].printed)}</p>''' if imgs[i].printed else ""}
                </div>
              </div>"""
            for i in range(r, min(r + 2, len(imgs)))
        )
        row_html.append(f'<div class="u-layout-row">{chunk}\n            </div>')
    grid = "\n            ".join(row_html)
    report = "<br><br>".join(esc(t) for t in texts)
    sections = f"""<section class="u-align-center u-clearfix u-palette-1-light-3 u-section-1" id="{_sid(key, 1)}">
      <div class="u-clearfix u-sheet u-valign-middle u-sheet-1">
        <h1 class="u-custom-font u-text u-text-custom-color-1 u-title u-text-1" style="font-family: 'Baloo 2';">{esc(s.title)}</h1>
        <p class="u-text u-text-default u-text-grey-50 u-text-2">{s.opts["printed_date"]}</p>
        <p class="u-align-center u-large-text u-text u-text-variant u-text-3"><span style="font-weight: 700;">{esc(s.summary)}</span></p>
      </div>
    </section>
    <section class="u-clearfix u-section-2" id="{_sid(key, 2)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <div class="u-clearfix u-expanded-width u-layout-wrap u-layout-wrap-1">
          <div class="u-layout">
            <div class="u-layout-row">
              <div class="u-container-style u-layout-cell u-size-60 u-layout-cell-1">
                <div class="u-container-layout u-container-layout-1">
                  <p class="u-align-justify u-text u-text-default u-text-4">{report}</p>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </section>
    <section class="u-clearfix u-section-3" id="{_sid(key, 3)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <p class="u-text u-text-default u-text-custom-color-1 u-text-1"><b>{esc(leadin)}</b></p>
        <div class="u-clearfix u-expanded-width u-gutter-20 u-layout-wrap u-layout-wrap-2">
          <div class="u-layout">
            {grid}
          </div>
        </div>
        <a href="{base}/blog/blog.html" class="u-border-2 u-border-palette-1-base u-btn u-btn-round u-button-style u-none u-radius-50 u-btn-1">Xem thêm tin tức</a>
      </div>
    </section>
    {_cta(key, 4)}"""
    return _page(request, s.opts["head_title"], "", "le-khai-giang-2026.css", key, sections, description=s.summary or "")


def _trung_thu(request: Request) -> str:
    s = TRUNG_THU
    key = s.slug
    base = base_url(request)
    paras = [b.text for b in s.blocks if isinstance(b, P)]
    row_imgs = [im for im in s.images if im.style == "row"]
    wide = next(im for im in s.images if im.style == "wide")
    credit = next(b.html for b in s.blocks if isinstance(b, Raw))
    top = "".join(
        f"""
              <div class="u-container-style u-layout-cell u-size-30 u-layout-cell-{i + 1}">
                <div class="u-container-layout u-container-layout-{i + 1}">
                  <img class="u-expanded-width u-image u-image-default u-image-{i + 1}" src="{im.src}" alt="" data-image-width="1000" data-image-height="667">
                </div>
              </div>"""
        for i, im in enumerate(row_imgs)
    )
    bottom = "".join(
        f"""
              <div class="u-container-style u-layout-cell u-size-30 u-layout-cell-{i + 3}">
                <div class="u-container-layout u-container-layout-{i + 3}">
                  <p class="u-align-center u-small-text u-text u-text-grey-60 u-text-variant u-text-{i + 6}"><i>{esc(im.printed)}</i></p>
                </div>
              </div>"""
        for i, im in enumerate(row_imgs)
    )
    before = "".join(f'\n        <p class="u-align-justify u-text u-text-default u-text-{i + 3}">{esc(t)}</p>' for i, t in enumerate(paras[:-1]))
    sections = f"""<section class="u-clearfix u-section-1" id="{_sid(key, 1)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <h2 class="u-custom-font u-text u-text-custom-color-1 u-text-default u-text-1" style="font-family: 'Baloo 2';">{esc(s.title)}</h2>
        <p class="u-small-text u-text u-text-grey-50 u-text-variant u-text-2">{s.opts["printed_date"]}</p>{before}
        <div class="u-clearfix u-expanded-width u-gutter-16 u-layout-wrap u-layout-wrap-1">
          <div class="u-layout">
            <div class="u-layout-row">{top}
            </div>
            <div class="u-layout-row">{bottom}
            </div>
          </div>
        </div>
        <img class="u-expanded-width u-image u-image-default u-image-3" src="{wide.src}" alt="" data-image-width="1600" data-image-height="900">
        <p class="u-align-justify u-text u-text-default u-text-8">{esc(paras[-1])}</p>
        <p class="u-align-right u-text u-text-default u-text-9"><i>{esc(credit)}</i></p>
        <a href="{base}/index.html" class="u-border-none u-btn u-btn-round u-button-style u-palette-1-base u-radius-50 u-btn-1">« Về trang chủ</a>
      </div>
    </section>
    {_cta(key, 2)}"""
    return _page(request, s.opts["head_title"], "", "dem-hoi-trang-ram-2026.css", key, sections, description=paras[0])


# --------------------------------------------------------------------------- home and static pages


def _home(request: Request) -> str:
    key = "home"
    base = base_url(request)
    latest = "".join(_card(s, i + 1, "blog/", "") for i, s in enumerate(newest()[:3]))
    # the builder's script pager of the blog widget: static hosting ignores ?page=
    pager = "".join(
        f'<li class="u-nav-item u-pagination-item{" active" if n == 1 else ""}"><a class="u-button-style u-nav-link" href="blog/blog.html?page={n}">{n}</a></li>'
        for n in range(1, 4)
    )
    pager += '<li class="u-nav-item u-pagination-item"><a class="u-button-style u-nav-link" href="blog/blog.html?page=2">›</a></li>'
    featured = "".join(
        f"""
            <div class="u-container-style u-layout-cell u-size-30 u-white u-layout-cell-{i + 1}">
              <div class="u-container-layout u-container-layout-{i + 1}">
                <img class="u-expanded-width u-image u-image-round u-radius-10 u-image-{i + 2}" src="{d.images[0].src}" alt="" data-image-width="1280" data-image-height="853">
                <h3 class="u-text u-text-custom-color-1 u-text-default u-text-{i + 4}">{esc(d.title)}</h3>
                <p class="u-text u-text-default u-text-{i + 6}">{esc(_excerpt(d, 120))}</p>
                <a href="{base}{designed_path(d)}" class="u-border-2 u-border-palette-1-base u-btn u-btn-round u-button-style u-none u-radius-50 u-btn-{i + 3}">Xem chi tiết</a>
              </div>
            </div>"""
        for i, d in enumerate(DESIGNED)
    )
    sections = f"""<section class="u-carousel u-slide u-block-5a1e-1" id="carousel_7f3b" data-interval="5000" data-u-ride="carousel">
      <ol class="u-absolute-hcenter u-carousel-indicators u-block-5a1e-2"><li data-u-target="#carousel_7f3b" class="u-active u-grey-30" data-u-slide-to="0"></li><li data-u-target="#carousel_7f3b" class="u-grey-30" data-u-slide-to="1"></li></ol>
      <div class="u-carousel-inner" role="listbox">
        <div class="u-active u-align-center u-carousel-item u-clearfix u-image u-shading u-section-1-1" src="" data-image-width="1600" data-image-height="900" style="background-image: url('images/slide-1.jpg');">
          <div class="u-clearfix u-sheet u-sheet-1">
            <h1 class="u-custom-font u-text u-text-default u-title u-text-1" style="font-family: 'Baloo 2';">Mỗi ngày đến trường là một ngày vui</h1>
            <p class="u-large-text u-text u-text-default u-text-variant u-text-2">Môi trường học tập an toàn, yêu thương và sáng tạo cho bé từ 18 tháng đến lớp 5</p>
            <a href="#sec-dk26" class="u-border-none u-btn u-btn-round u-button-style u-dialog-link u-palette-2-base u-radius-50 u-btn-1">Đăng ký nhập học</a>
          </div>
        </div>
        <div class="u-align-center u-carousel-item u-clearfix u-image u-shading u-section-1-2" src="" data-image-width="1600" data-image-height="900" style="background-image: url('images/slide-2.jpg');">
          <div class="u-clearfix u-sheet u-sheet-1">
            <h2 class="u-custom-font u-text u-text-default u-text-3" style="font-family: 'Baloo 2';">Tuyển sinh năm học 2026 – 2027</h2>
            <p class="u-large-text u-text u-text-default u-text-variant u-text-4">Nhà trẻ – Mẫu giáo – Tiểu học. Bán trú, xe đưa đón tận nhà.</p>
            <a href="blog/thong-bao-tuyen-sinh-2026.html" class="u-border-none u-btn u-btn-round u-button-style u-palette-1-base u-radius-50 u-btn-2">Tuyển sinh 2026</a>
          </div>
        </div>
      </div>
      <a class="u-absolute-vcenter u-carousel-control u-carousel-control-prev u-text-grey-30 u-block-5a1e-3" href="#carousel_7f3b" role="button" data-u-slide="prev"><span aria-hidden="true"><svg viewBox="0 0 477.175 477.175"><path d="M145.188,238.575"></path></svg></span><span class="sr-only">Previous</span></a>
      <a class="u-absolute-vcenter u-carousel-control u-carousel-control-next u-text-grey-30 u-block-5a1e-4" href="#carousel_7f3b" role="button" data-u-slide="next"><span aria-hidden="true"><svg viewBox="0 0 477.175 477.175"><path d="M360.731,229.075"></path></svg></span><span class="sr-only">Next</span></a>
    </section>
    <section class="u-clearfix u-section-2" id="{_sid(key, 2)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <div class="u-clearfix u-expanded-width u-gutter-30 u-layout-wrap u-layout-wrap-1">
          <div class="u-layout">
            <div class="u-layout-row">
              <div class="u-container-style u-layout-cell u-size-30 u-layout-cell-1">
                <div class="u-container-layout u-container-layout-1">
                  <img class="u-expanded-width u-image u-image-round u-radius-20 u-image-1" src="images/ve-chung-toi.jpg" alt="" data-image-width="1000" data-image-height="750">
                </div>
              </div>
              <div class="u-container-style u-layout-cell u-size-30 u-layout-cell-2">
                <div class="u-container-layout u-container-layout-2">
                  <h2 class="u-custom-font u-text u-text-custom-color-1 u-text-default u-text-1" style="font-family: 'Baloo 2';">Về chúng tôi</h2>
                  <p class="u-text u-text-default u-text-2">{SITE} được thành lập năm 2011, là ngôi trường tư thục liên cấp với 18 lớp mầm non và 10 lớp tiểu học. Nhà trường áp dụng chương trình của Bộ Giáo dục và Đào tạo kết hợp phương pháp giáo dục sớm, chú trọng kỹ năng sống và tiếng Anh.</p>
                  <a href="gioi-thieu.html" class="u-border-none u-btn u-btn-round u-button-style u-palette-1-base u-radius-50 u-btn-1">Tìm hiểu thêm</a>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </section>
    <section class="u-align-center u-clearfix u-palette-1-light-3 u-section-3" id="{_sid(key, 3)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <h2 class="u-custom-font u-text u-text-custom-color-1 u-text-default u-text-1" style="font-family: 'Baloo 2';">Chương trình học</h2>
        <div class="u-expanded-width u-list u-list-1">
          <div class="u-repeater u-repeater-1">
            <div class="u-container-style u-list-item u-repeater-item u-white"><div class="u-container-layout u-similar-container u-container-layout-1"><h4 class="u-text u-text-default u-text-2">Nhà trẻ</h4><p class="u-text u-text-default u-text-3">Bé từ 18 – 36 tháng: chăm sóc, nuôi dưỡng và phát triển vận động, ngôn ngữ.</p></div></div>
            <div class="u-container-style u-list-item u-repeater-item u-white"><div class="u-container-layout u-similar-container u-container-layout-2"><h4 class="u-text u-text-default u-text-4">Mẫu giáo</h4><p class="u-text u-text-default u-text-5">Lớp Mầm, Chồi, Lá: học qua chơi, làm quen chữ cái, toán và tiếng Anh.</p></div></div>
            <div class="u-container-style u-list-item u-repeater-item u-white"><div class="u-container-layout u-similar-container u-container-layout-3"><h4 class="u-text u-text-default u-text-6">Tiểu học</h4><p class="u-text u-text-default u-text-7">Lớp 1 – 5: chương trình GDPT 2018, học 2 buổi/ngày, câu lạc bộ năng khiếu.</p></div></div>
          </div>
        </div>
        <a href="chuong-trinh-hoc.html" class="u-border-2 u-border-palette-1-base u-btn u-btn-round u-button-style u-none u-radius-50 u-btn-1">Xem chương trình</a>
      </div>
    </section>
    <section class="u-clearfix u-section-4" id="{_sid(key, 4)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <h2 class="u-custom-font u-text u-text-custom-color-1 u-text-default u-text-1" style="font-family: 'Baloo 2';">Tin nổi bật</h2>
        <div class="u-clearfix u-expanded-width u-gutter-30 u-layout-wrap u-layout-wrap-1">
          <div class="u-layout">
            <div class="u-layout-row">{featured}
            </div>
          </div>
        </div>
      </div>
    </section>
    <section class="u-clearfix u-grey-5 u-section-5" id="{_sid(key, 5)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <h2 class="u-custom-font u-text u-text-custom-color-1 u-text-default u-text-1" style="font-family: 'Baloo 2';">Tin tức mới</h2><!--blog--><!--blog_options_json--><!--{{"type":"Recent","source":"","tags":"","count":"3"}}--><!--/blog_options_json-->
        <div class="u-blog u-expanded-width u-blog-1" data-items-per-page="3">
          <div class="u-repeater u-repeater-1">{latest}
          </div>
          <div class="u-list-control"><ul class="u-pagination u-unstyled u-pagination-1" data-pagination="ajax">{pager}</ul></div>
        </div><!--/blog-->
        <a href="blog/blog.html" class="u-border-none u-btn u-btn-round u-button-style u-palette-1-base u-radius-50 u-btn-1">Xem tất cả tin tức</a>
      </div>
    </section>
    <section class="u-align-center u-clearfix u-palette-2-light-3 u-section-6" id="{_sid(key, 6)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <h2 class="u-custom-font u-text u-text-custom-color-1 u-text-default u-text-1" style="font-family: 'Baloo 2';">Phụ huynh nói gì</h2>
        <div class="u-carousel u-gallery u-layout-thumbnails u-lightbox u-no-transition u-show-text-always u-gallery-1" data-interval="6000" data-u-ride="carousel" id="carousel-ph">
          <div class="u-carousel-inner u-gallery-inner" role="listbox">
            <div class="u-active u-carousel-item u-gallery-item"><p class="u-text u-text-default u-text-2">“Con tôi rất thích đi học, về nhà luôn kể chuyện cô và các bạn. Bữa ăn ở trường được chuẩn bị chu đáo.” – Chị Thanh Vân, phụ huynh bé lớp Chồi 2</p></div>
            <div class="u-carousel-item u-gallery-item"><p class="u-text u-text-default u-text-3">“Thầy cô tận tâm, thông tin về con được gửi hằng ngày qua Zalo nên gia đình rất yên tâm.” – Anh Quốc Bảo, phụ huynh học sinh lớp 2A</p></div>
          </div>
        </div>
      </div>
    </section>
    <section class="u-align-center u-clearfix u-palette-1-base u-section-7" id="{_sid(key, 7)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <div class="u-clearfix u-expanded-width u-layout-wrap u-layout-wrap-1"><div class="u-layout"><div class="u-layout-row">
          <div class="u-container-style u-layout-cell u-size-15 u-layout-cell-1"><div class="u-container-layout u-container-layout-1"><h2 class="u-text u-text-default u-text-1" data-animation-name="counter" data-animation-event="scroll" data-animation-duration="3000">15</h2><p class="u-text u-text-default u-text-2">năm xây dựng và phát triển</p></div></div>
          <div class="u-container-style u-layout-cell u-size-15 u-layout-cell-2"><div class="u-container-layout u-container-layout-2"><h2 class="u-text u-text-default u-text-3" data-animation-name="counter" data-animation-event="scroll" data-animation-duration="3000">412</h2><p class="u-text u-text-default u-text-4">học sinh</p></div></div>
          <div class="u-container-style u-layout-cell u-size-15 u-layout-cell-3"><div class="u-container-layout u-container-layout-3"><h2 class="u-text u-text-default u-text-5" data-animation-name="counter" data-animation-event="scroll" data-animation-duration="3000">46</h2><p class="u-text u-text-default u-text-6">cán bộ, giáo viên, nhân viên</p></div></div>
          <div class="u-container-style u-layout-cell u-size-15 u-layout-cell-4"><div class="u-container-layout u-container-layout-4"><h2 class="u-text u-text-default u-text-7" data-animation-name="counter" data-animation-event="scroll" data-animation-duration="3000">28</h2><p class="u-text u-text-default u-text-8">lớp học</p></div></div>
        </div></div></div>
      </div>
    </section>"""
    return _page(request, "Trang chủ", "", "Trang-chu.css", key, sections, active="./", description=f"Website chính thức của {SITE}")


def _simple(request: Request, slug: str, title: str, inner: str) -> str:
    sections = f"""<section class="u-align-center u-clearfix u-palette-1-light-3 u-section-1" id="{_sid(slug, 1)}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <h1 class="u-custom-font u-text u-text-custom-color-1 u-text-default u-title u-text-1" style="font-family: 'Baloo 2';">{esc(title)}</h1>
      </div>
    </section>
    <section class="u-clearfix u-section-2" id="{_sid(slug, 2)}">
      <div class="u-clearfix u-sheet u-sheet-1">{inner}
      </div>
    </section>"""
    return _page(request, title, "", f"{slug}.css", slug, sections, active=f"{slug}.html")


def _texts(*paras: str) -> str:
    return "".join(f'\n        <p class="u-align-justify u-text u-text-default u-text-{i + 2}">{esc(p)}</p>' for i, p in enumerate(paras))


def _gioi_thieu(request: Request) -> str:
    inner = _texts(
        f"{SITE} được thành lập năm 2011 theo quyết định của Sở Giáo dục và Đào tạo, ban đầu là"
        " một trường mầm non tư thục với 6 lớp. Năm 2018, trường mở thêm cấp Tiểu học, trở thành"
        " trường liên cấp Mầm non – Tiểu học.",
        "Tầm nhìn: trở thành ngôi trường hạnh phúc, nơi mỗi trẻ được yêu thương, tôn trọng và phát"
        " triển hết khả năng của mình.",
        "Sứ mệnh: nuôi dưỡng, giáo dục trẻ phát triển toàn diện về thể chất, trí tuệ, tình cảm và kỹ"
        " năng xã hội, chuẩn bị hành trang vững vàng cho các con bước vào cuộc sống.",
        "Cơ sở vật chất: khuôn viên 3.200 m² với sân chơi cỏ nhân tạo, hồ bơi mini, phòng âm nhạc,"
        " phòng mỹ thuật, thư viện, bếp ăn một chiều đạt chuẩn an toàn thực phẩm.",
    )
    inner += '\n        <img class="u-expanded-width u-image u-image-round u-radius-20 u-image-1" src="images/khuon-vien-truong.jpg" alt="" data-image-width="1600" data-image-height="900">'
    return _simple(request, "gioi-thieu", "Giới thiệu", inner)


def _chuong_trinh(request: Request) -> str:
    inner = _texts(
        "Khối Nhà trẻ (18 – 36 tháng): chăm sóc, nuôi dưỡng theo chế độ sinh hoạt một ngày của trẻ;"
        " phát triển vận động, ngôn ngữ, nhận thức qua trò chơi.",
        "Khối Mẫu giáo (3 – 5 tuổi): thực hiện Chương trình Giáo dục mầm non của Bộ GD&ĐT, kết hợp"
        " phương pháp Montessori, tiếng Anh với giáo viên bản ngữ 4 tiết/tuần.",
        "Khối Tiểu học (lớp 1 – 5): Chương trình Giáo dục phổ thông 2018, học 2 buổi/ngày; tiếng Anh"
        " tăng cường, tin học, kỹ năng sống, bơi lội và các câu lạc bộ năng khiếu.",
    )
    return _simple(request, "chuong-trinh-hoc", "Chương trình học", inner)


_FEES = [
    ("Nhà trẻ (18 – 36 tháng)", "4.200.000", "1.000.000"),
    ("Mẫu giáo (Mầm, Chồi, Lá)", "4.200.000", "1.000.000"),
    ("Tiểu học (lớp 1 – 5)", "4.800.000", "1.500.000"),
]


def _hoc_phi(request: Request) -> str:
    rows = "".join(
        f'<tr style="height: 46px;"><td class="u-border-1 u-border-grey-30 u-table-cell">{esc(a)}</td><td class="u-border-1 u-border-grey-30 u-table-cell">{b}</td><td class="u-border-1 u-border-grey-30 u-table-cell">{c}</td></tr>'
        for a, b, c in _FEES
    )
    inner = f"""
        <p class="u-text u-text-default u-text-2">Bảng học phí năm học 2026 – 2027 (đơn vị: đồng)</p>
        <div class="u-expanded-width u-table u-table-responsive u-table-1">
          <table class="u-table-entity">
            <colgroup><col width="40%"><col width="30%"><col width="30%"></colgroup>
            <thead class="u-palette-1-base u-table-header u-table-header-1"><tr style="height: 46px;"><th class="u-table-cell">Khối lớp</th><th class="u-table-cell">Học phí/tháng</th><th class="u-table-cell">Phí nhập học (một lần)</th></tr></thead>
            <tbody class="u-table-body">{rows}</tbody>
          </table>
        </div>
        <p class="u-text u-text-default u-text-3">Tiền ăn bán trú: 45.000 đồng/ngày. Xe đưa đón: 900.000 – 1.400.000 đồng/tháng tùy tuyến.</p>
        <a href="files/bang-hoc-phi-2026-2027.pdf" class="u-border-none u-btn u-btn-round u-button-style u-palette-1-base u-radius-50 u-btn-1" download="">Tải bảng học phí (PDF)</a>"""
    return _simple(request, "hoc-phi", "Học phí", inner)


_BREAKFAST = ["Cháo thịt bằm cà rốt", "Bún bò Huế", "Phở gà", "Mì Quảng tôm thịt", "Bánh canh cá lóc", "Hủ tiếu Nam Vang", "Xôi gà", "Nui xào bò"]
_LUNCH = [
    "Cơm, cá basa sốt cà, canh bí đỏ nấu tôm",
    "Cơm, thịt kho trứng cút, canh cải ngọt",
    "Cơm, gà xào nấm, canh rau ngót thịt bằm",
    "Cơm, bò hầm khoai tây, canh bầu nấu tôm",
    "Cơm, tôm rim thịt, canh chua cá lóc",
    "Cơm, đậu hũ nhồi thịt sốt cà, canh mồng tơi",
    "Cơm, cá thu chiên, canh khoai mỡ",
]
_SNACK = ["Sữa chua, chuối", "Bánh flan", "Chè đậu xanh", "Sữa tươi, bánh quy", "Rau câu dừa", "Đu đủ chín", "Nước cam, bánh bông lan"]
_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"]


def _week_monday(n: int) -> date:
    return SCHOOL_START + timedelta(weeks=n - 1)


def _menu(request: Request, n: int, slug: str) -> str:
    monday = _week_monday(n)
    rows = []
    for d in range(5):
        k = n * 5 + d
        day = monday + timedelta(days=d)
        rows.append(
            f'<tr style="height: 52px;"><td class="u-border-1 u-border-grey-30 u-first-column u-table-cell">{_DAYS[d]} ({day:%d/%m})</td>'
            f'<td class="u-border-1 u-border-grey-30 u-table-cell">{_BREAKFAST[k % len(_BREAKFAST)]}</td>'
            f'<td class="u-border-1 u-border-grey-30 u-table-cell">{_LUNCH[(k * 3) % len(_LUNCH)]}</td>'
            f'<td class="u-border-1 u-border-grey-30 u-table-cell">{_SNACK[(k * 2) % len(_SNACK)]}</td></tr>'
        )
    weeks = " ".join(
        f'<a href="thuc-don-tuan-{w}.html" class="u-active-none u-border-none u-btn u-button-link u-button-style u-hover-none u-none u-text-palette-1-base u-btn-{w + 1}">Tuần {w}</a>'
        for w in range(1, MENU_WEEKS + 1)
    )
    friday = monday + timedelta(days=4)
    inner = f"""
        <h3 class="u-text u-text-custom-color-1 u-text-default u-text-2">Thực đơn tuần {n} ({monday:%d/%m} – {friday:%d/%m/%Y})</h3>
        <div class="u-expanded-width u-table u-table-responsive u-table-1">
          <table class="u-table-entity">
            <colgroup><col width="22%"><col width="22%"><col width="34%"><col width="22%"></colgroup>
            <thead class="u-palette-2-base u-table-header u-table-header-1"><tr style="height: 46px;"><th class="u-table-cell">Ngày</th><th class="u-table-cell">Bữa sáng</th><th class="u-table-cell">Bữa trưa</th><th class="u-table-cell">Bữa xế</th></tr></thead>
            <tbody class="u-table-body">{"".join(rows)}</tbody>
          </table>
        </div>
        <p class="u-text u-text-default u-text-3">Các tuần khác:</p>
        <p class="u-text u-text-default u-text-4">{weeks}</p>"""
    return _simple(request, slug, "Thực đơn" if slug == "thuc-don" else f"Thực đơn tuần {n}", inner)


def _lien_he(request: Request) -> str:
    inner = f"""
        <div class="u-clearfix u-expanded-width u-gutter-30 u-layout-wrap u-layout-wrap-1"><div class="u-layout"><div class="u-layout-row">
          <div class="u-container-style u-layout-cell u-size-30 u-layout-cell-1"><div class="u-container-layout u-container-layout-1">
            <p class="u-text u-text-default u-text-2">Địa chỉ: {ADDRESS}<br>Điện thoại: {PHONE}<br>Hotline tuyển sinh: {HOTLINE}<br>Email: {EMAIL}<br>Giờ làm việc: 6h30 – 17h30, thứ Hai – thứ Bảy</p>
            <div class="u-expanded-width u-grey-light-2 u-map u-map-1"><div class="embed-responsive"><iframe class="embed-responsive-item" src="//maps.google.com/maps?output=embed&amp;q=Tr%E1%BA%A7n%20V%C4%83n%20%C6%A0n%2C%20Ph%C3%BA%20L%E1%BB%A3i&amp;z=15&amp;t=m" data-map="JTdCJTIyYWRkcmVzcyUyMiUzQSUyMlRyJUUxJUJBJUE3biUyMFYlQzQlODNuJTIwJUM2JUEwbiUyMiU3RA=="></iframe></div></div>
          </div></div>
          <div class="u-container-style u-layout-cell u-size-30 u-layout-cell-2"><div class="u-container-layout u-container-layout-2">
            <div class="u-form u-form-1"><form action="{FORM_ACTION}" class="u-clearfix u-form-spacing-15 u-form-vertical u-inner-form" source="email" name="form-lien-he" style="padding: 0px;">
              <div class="u-form-group u-form-name"><label for="name-lh" class="u-label">Họ và tên</label><input type="text" id="name-lh" name="name" class="u-border-1 u-border-grey-30 u-input u-input-rectangle" required=""></div>
              <div class="u-form-email u-form-group"><label for="email-lh" class="u-label">Email</label><input type="email" id="email-lh" name="email" class="u-border-1 u-border-grey-30 u-input u-input-rectangle" required=""></div>
              <div class="u-form-group u-form-message"><label for="message-lh" class="u-label">Nội dung</label><textarea rows="4" cols="50" id="message-lh" name="message" class="u-border-1 u-border-grey-30 u-input u-input-rectangle" required=""></textarea></div>
              <div class="u-align-left u-form-group u-form-submit"><a href="#" class="u-btn u-btn-submit u-button-style u-btn-1">Gửi</a><input type="submit" value="submit" class="u-form-control-hidden"></div>
              <div class="u-form-send-message u-form-send-success">Cảm ơn bạn! Tin nhắn đã được gửi.</div>
              <div class="u-form-send-error u-form-send-message">Gửi không thành công. Vui lòng thử lại.</div>
            </form></div>
          </div></div>
        </div></div></div>"""
    return _simple(request, "lien-he", "Liên hệ", inner)


_GALLERY = [
    ("khai-giang-2026-01.jpg", "Khai giảng 2026"),
    ("trung-thu-2026-01.jpg", "Trung thu 2026"),
    ("nong-trai-01.jpg", "Tham quan nông trại"),
    ("tri-an-20-11-mua-la.jpg", "Chào mừng 20/11"),
    ("ho-boi-mini.jpg", "Giờ học bơi"),
    ("phong-am-nhac.jpg", "Phòng âm nhạc"),
    ("thu-vien.jpg", "Thư viện"),
    ("san-choi.jpg", "Sân chơi"),
]


def _thu_vien(request: Request) -> str:
    items = "".join(
        f"""
          <div class="u-effect-fade u-gallery-item" data-image-width="1280" data-image-height="853">
            <div class="u-back-slide"><img class="u-back-image u-expanded" src="images/{src}" alt=""></div>
            <div class="u-over-slide u-shading u-over-slide-{i + 1}"><h3 class="u-gallery-heading">{esc(label)}</h3><p class="u-gallery-text">Xem ảnh</p></div>
          </div>"""
        for i, (src, label) in enumerate(_GALLERY)
    )
    inner = f"""
        <div class="u-expanded-width u-gallery u-layout-grid u-lightbox u-show-text-on-hover u-gallery-1">
          <div class="u-gallery-inner u-gallery-inner-1">{items}
          </div>
        </div>"""
    return _simple(request, "thu-vien-anh", "Thư viện ảnh", inner)


def _bao_mat(request: Request) -> str:
    inner = _texts(
        "Website sử dụng cookie để ghi nhớ lựa chọn của người dùng và thống kê lượt truy cập. Thông tin"
        " phụ huynh gửi qua biểu mẫu đăng ký chỉ được dùng để nhà trường liên hệ tư vấn tuyển sinh.",
        "Nhà trường không chia sẻ thông tin cá nhân của phụ huynh và học sinh cho bên thứ ba khi chưa"
        " có sự đồng ý.",
    )
    return _simple(request, "chinh-sach-bao-mat", "Chính sách bảo mật", inner)


# --------------------------------------------------------------------------- the host


def _last_modified(key: str) -> str:
    """Apache's Last-Modified: when the file was uploaded (an export time, not a date of the text)."""
    stamp = datetime(2026, 11, 24, 21, 5, tzinfo=_LOCAL)
    if key.startswith("/blog/le-tong-ket"):
        stamp = datetime(2026, 6, 1, 22, 40, tzinfo=_LOCAL)
    elif key == "/blog/thong-bao-tuyen-sinh-2026.html":
        stamp = datetime(2026, 8, 10, 20, 15, tzinfo=_LOCAL)
    return format_datetime(stamp.astimezone(UTC), usegmt=True)


_NOT_FOUND = """<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>404 Not Found</title>
</head><body>
<h1>Not Found</h1>
<p>The requested URL was not found on this server.</p>
<hr>
<address>Apache Server at {host} Port 80</address>
</body></html>
"""

_FORBIDDEN = """<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>403 Forbidden</title>
</head><body>
<h1>Forbidden</h1>
<p>You don't have permission to access this resource.</p>
<hr>
<address>Apache Server at {host} Port 80</address>
</body></html>
"""

_POSTS_BY_PATH = {post_path(s): s for s in POSTS}
_OLD_PATHS = {s.opts["old_path"]: s for s in POSTS if s.opts.get("old_path")}
_MENU_PAGE = re.compile(r"^/thuc-don-tuan-(\d+)\.html$")
_BLOG_PAGE = re.compile(r"^/blog/blog-(\d+)\.html$")


class NicepageHost:
    """Cheap shared hosting serving the exported folder: files only, query strings ignored."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/blog/images/")) or path.endswith((".css", ".js")):
            return static_file(path) or self._missing(request)
        if path == "/files/bang-hoc-phi-2026-2027.pdf":
            return Response(200, PDF, {"Content-Type": "application/pdf", "Accept-Ranges": "bytes"})
        if path == "/blog":
            return redirect("/blog/", 301)
        if path == "/blog/":
            return html(_FORBIDDEN.format(host=request.headers.get("Host", "127.0.0.1")), status=403, charset="iso-8859-1")
        page = self._file(request, path)
        if page is None:
            return self._missing(request)
        return html(
            page,
            charset=None,
            headers={
                "Last-Modified": _last_modified(path),
                "Accept-Ranges": "bytes",
                "Vary": "Accept-Encoding",
            },
        )

    def _file(self, request: Request, path: str) -> str | None:
        if path in ("/", "/index.html"):
            return _home(request)
        if path in _POSTS_BY_PATH:
            return _post(request, _POSTS_BY_PATH[path], path)
        if path in _OLD_PATHS:
            return _post(request, _OLD_PATHS[path], path)
        if path == "/blog/blog.html":
            return _blog_list(request, 1)
        if m := _BLOG_PAGE.match(path):
            n = int(m.group(1))
            return _blog_list(request, n) if 2 <= n <= len(blog_pages()) else None
        if path == designed_path(KHAI_GIANG):
            return _khai_giang(request)
        if path == designed_path(TRUNG_THU):
            return _trung_thu(request)
        if path == "/thuc-don.html":
            return _menu(request, MENU_WEEKS, "thuc-don")
        if m := _MENU_PAGE.match(path):
            n = int(m.group(1))
            return _menu(request, n, f"thuc-don-tuan-{n}") if 1 <= n <= MENU_WEEKS else None
        pages = {
            "/gioi-thieu.html": _gioi_thieu,
            "/chuong-trinh-hoc.html": _chuong_trinh,
            "/hoc-phi.html": _hoc_phi,
            "/lien-he.html": _lien_he,
            "/thu-vien-anh.html": _thu_vien,
            "/chinh-sach-bao-mat.html": _bao_mat,
        }
        render = pages.get(path)
        return render(request) if render else None

    @staticmethod
    def _missing(request: Request) -> Response:
        return html(_NOT_FOUND.format(host=request.headers.get("Host", "127.0.0.1")), status=404, charset="iso-8859-1")


def build_site() -> NicepageHost:
    """A fresh site object: every file is rendered per request from the constant data above."""
    return NicepageHost()
