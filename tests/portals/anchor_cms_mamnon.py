"""Trường Mầm non Bình Minh (thành phố Cà Mau) on Anchor CMS 0.12, a customised default theme.

Platform: Anchor CMS 0.12, a small PHP blog. Posts are written in Markdown (Parsedown output:
bare ``<p>``, ``<h3>``, ``<ul>``, ``<blockquote>``, pipe tables, raw HTML blocks passed through)
and carry Anchor "extend" custom fields (``ngay_to_chuc``, ``nguoi_viet``, ``attribution``,
``anh_bia``) that the theme prints around the text. The school's theme is the default theme
translated and given a sidebar.

URL scheme (Anchor routes, the posts page is called ``posts`` and is also the home page):
- ``/``, ``/posts``, ``/posts/1``: the posts listing, page 1 (the same page thrice);
  ``/posts/<N>``: page N (five posts a page, pages 1-3);
- ``/posts/category/<slug>`` and ``/posts/category/<slug>/<N>``: a category's listing;
- ``/posts/<slug>``: an article; Anchor trims slashes, so ``/posts/<slug>/`` serves it too;
  a POST there (the comment form) redirects back;
- ``/<page-slug>``: Anchor pages (intro, staff, admissions, photo library, contact);
- ``/search`` (POST, field ``term``) redirects to ``/search/<term>``, the results listing;
- ``/feeds/rss``: the RSS feed; ``/content/*.jpg`` uploaded images, ``/themes/binhminh/*`` theme files.

Page templates:
- every page: header with today's date, logo, menu with drop-downs (Giới thiệu > Đội ngũ giáo
  viên; Tin tức > the four categories), search form; sidebar (featured posts, newest posts,
  categories with counts, links, poll, visitor counter, a notice portlet); footer.
- listing: ``<ul class="items">`` of ``<li><article class="wrap">`` items: ``<h1><a>`` title,
  ``<div class="content">`` with the post's description - except the first item of the main
  listing's page 1, which prints the post's whole Markdown body - and a footer "Đăng <time
  datetime=…>3 ngày trước</time> bởi Quản trị viên. Đọc tiếp →"; then ``<nav class="pagination">``
  with only "← Bài mới hơn" / "Bài cũ hơn →".
- article: ``<section class="content wrap" id="article-N">``: breadcrumb, optional cover as a CSS
  background, ``<h1>`` (outside the ``<article>``), a meta line (relative time in ``<time
  datetime>``, CMS account, category, views, sometimes "Cập nhật <time>"), custom-field lines,
  ``<article>`` with the Markdown HTML, ``<section class="footnote">`` ("Đây là bài viết thứ N …
  dài M từ …" + the ``attribution`` field), share tools; then ``<section class="comments">``.
- page: ``<section class="content wrap">`` with ``<h1>`` and the page's Markdown, no date.

How each gold article is reached: the main listing ``/posts/1..3`` (prev/next links only, so
page 3 is reached through page 2), the category listings (Tin tức - Sự kiện has a page 2), the
sidebar's "Bài viết nổi bật" (three posts, linked with a trailing slash) and "Bài mới", two
"Xem thêm" link inside a post, the RSS feed. ``tuan-le-hoc-tap-suot-doi-2026`` is linked only
from page 3 of the main listing (through page 2) and page 2 of "Tin tức - Sự kiện" (and the feed).

Traps:
1. Relative dates (platform): the page prints "3 ngày trước", "2 tuần trước", "1 tháng trước";
   the only absolute date is the ``<time datetime="2026-12-02T08:15:00+07:00">`` attribute.
   Gold: ``published_at`` from the publication ``<time>``'s datetime attribute.
2. Two ``<time datetime>`` in the meta line (platform: Anchor 0.12 keeps ``updated``): "Đăng
   <time>… · Cập nhật <time>…" on two posts; comments print their own ``<time>`` too. Gold: the
   first (publication) one; never the update or a comment's time.
3. Image and caption in one Markdown paragraph (platform): the editor typed the caption on the
   line under ``![](…)`` without a blank line, so Parsedown prints ``<p><img …>\\n<em>Các bé
   …</em></p>``. Gold: the ``<em>`` line is the image's caption and not body; the paragraph
   carries no body text.
4. Caption as the next Markdown paragraph (platform): ``<p><img></p><p><em>(Các bé …)</em></p>``
   or ``<p><em>Ảnh: Phạm Văn Tâm</em></p>``. Gold: caption with its parentheses taken off, or no
   caption and the name a photographer; neither is body. An image with only a Markdown title
   (``title="…"`` tooltip, nothing printed) and an image with an alt only have caption None.
5. The listing prints a whole post (theme): page 1 of the main listing (``/``, ``/posts``,
   ``/posts/1``: three URLs of one page) prints the newest post's full body, images and all,
   under an ``<h1>``. Gold: listings are not articles; the article is ``/posts/<slug>``.
6. The same post linked twice (platform): the title link and "Đọc tiếp →" on listings, plus the
   sidebar's "Bài viết nổi bật" linking ``/posts/<slug>/`` with a trailing slash (Anchor trims
   it and serves the post, no redirect, no canonical). Gold: one article, the slash form in
   ``alt_paths``.
7. Two bylines (platform + custom field): the meta line's "bởi Quản trị viên" is the CMS
   account; the ``nguoi_viet`` custom field prints "Người viết: ThS. Huỳnh Thị Mỹ Xuyên – Phó
   Hiệu trưởng". Gold: authors from the custom field (name only, no degree, no post); the CMS
   account is nobody.
8. Anchor's footnote after the text (theme): "Đây là bài viết thứ 9 của trang. Bài dài 212 từ,
   có 2 bình luận." in ``<section class="footnote">`` - chrome, not body - and on one post the
   ``attribution`` custom field glued at its end: "… bình luận. Nguồn: Trung tâm Kiểm soát bệnh
   tật tỉnh Cà Mau". Gold: that source, not body.
9. An event date printed above the text (custom field ``ngay_to_chuc``): "Ngày tổ chức:
   28/11/2026" in bold. Gold: not the publication date, not body.
10. Comments in ``<h2>``/``<div class="content">`` blocks right after the article (platform):
    not body, their names are not authors.
11. A numeric slug next to numeric pages: ``/posts/2`` is a listing page,
    ``/posts/20-11-nhung-buc-thiep-nho-gui-co`` an article.
12. Poems and addresses with Markdown hard breaks: ``<br />`` inside one ``<p>`` (a
    ``<blockquote>`` poem). Gold: each line its own paragraph.
13. A menu as a Markdown pipe table (thực đơn): each row one paragraph, cells joined by " | ",
    the header row included.
14. An official notice posted as a post (raw HTML letterhead table): gold date is the
    letterhead's day (2026-11-30), not the post's time; signer is the author.
15. Closing lines: "Tin, ảnh: X", "Tin: X - Ảnh: Y", a right-aligned unit "Tổ Văn phòng",
    "*Theo Báo Cà Mau*", "Xem thêm: [link]" - not body; gold as the house conventions say.
16. A post whose time is midnight (imported from the old site): datetime "…T00:00:00+07:00".
    Gold: the day alone.

Gold decisions on ambiguous points:
- ``published_at`` comes from the publication ``<time>`` element's ``datetime`` attribute (the
  text is only relative); the notice's date is its letterhead day.
- The cover (``anh_bia``) is printed only as a CSS background of the article header and as
  ``og:image``: not an ``<img>``, not in ``images``.
- ``summary``: the bold lead paragraph (``<p><strong>…</strong></p>``) when the post starts with
  one; the listing's description / meta description is not a sapo.
- ``category``: the category name as the breadcrumb prints it.
- Anchor pages (intro, staff, admissions, photo library, contact) are not articles.
"""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "anchor_cms_mamnon"
PLATFORM = "Anchor CMS 0.12 (Markdown posts, custom fields, customised default theme)"
START_PATH = "/"

SITE = "Trường Mầm non Bình Minh"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
NOW = date(2026, 12, 5)
PER_PAGE = 5
THEME = "/themes/binhminh"

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "goc-phu-huynh": "Góc phụ huynh",
    "thuc-don-dinh-duong": "Thực đơn - Dinh dưỡng",
}

TV = "Nguyễn Thị Thu Hà"
PHOTO = "Phạm Văn Tâm"

_NOTICE_HEAD = (
    '<table class="MsoNormalTable" width="100%" style="border-collapse:collapse">\n<tr>\n'
    '<td width="42%" valign="top"><p align="center">UBND THÀNH PHỐ CÀ MAU<br />'
    "<strong>TRƯỜNG MẦM NON BÌNH MINH</strong></p>\n"
    '<p align="center">Số: 52/TB-MNBM</p></td>\n'
    '<td valign="top"><p align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong></p>\n"
    '<p align="right"><em>Cà Mau, ngày 30 tháng 11 năm 2026</em></p></td>\n</tr>\n</table>\n'
    '<p align="center"><strong>THÔNG BÁO</strong><br />\n'
    "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
)
_NOTICE_TAIL = (
    '<table width="100%">\n<tr>\n<td valign="top"><p><strong><em>Nơi nhận:</em></strong><br />\n'
    "- Phòng GD&amp;ĐT thành phố (b/c);<br />\n- CB, GV, NV nhà trường;<br />\n"
    "- Phụ huynh học sinh;<br />\n- Lưu: VT.</p></td>\n"
    '<td valign="top"><p align="center"><strong>HIỆU TRƯỞNG</strong><br />\n'
    "<em>(Đã ký)</em><br /><br />\n<strong>Trần Thị Bích Ngọc</strong></p></td>\n</tr>\n</table>"
)


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


STORIES: list[Story] = [
    Story(
        1,
        "be-vui-hoi-khoe-mang-non-cap-truong-nam-hoc-2026-2027",
        "Bé vui Hội khỏe Măng non cấp trường năm học 2026-2027",
        "hoat-dong-cua-be",
        "2026-12-03T08:15:00+07:00",
        [
            P(
                "Sáng 28/11, Trường Mầm non Bình Minh tổ chức Hội khỏe Măng non cấp trường với sự "
                "tham gia của 186 bé thuộc các khối Mầm, Chồi và Lá.",
                "strong",
            ),
            P(
                "Hội khỏe gồm các nội dung bật xa tại chỗ, ném trúng đích, chạy tiếp sức và kéo co. "
                "Mỗi lớp cử 8 bé tham gia, các bé còn lại cổ vũ nhiệt tình bên sân."
            ),
            Img("/content/hkmn-2026-01.jpg", "Các bé lớp Chồi 2 tranh tài ở phần thi bật xa",
                "Các bé lớp Chồi 2 tranh tài ở phần thi bật xa", "em-same"),
            P(
                "Phần thi kéo co giữa các lớp Lá diễn ra sôi nổi nhất. Các bé đã thể hiện tinh thần "
                "đoàn kết và sự khéo léo khi phối hợp cùng đồng đội."
            ),
            Img("/content/hkmn-2026-02.jpg", "Phụ huynh cùng cổ vũ các bé trong phần thi kéo co",
                "Phụ huynh cùng cổ vũ các bé trong phần thi kéo co", "em-same"),
            P(
                "Kết quả, lớp Lá 1 đạt giải nhất toàn đoàn, lớp Chồi 3 đạt giải nhì, lớp Lá 2 và "
                "lớp Mầm 1 đồng giải ba. Ban giám hiệu đã trao giấy khen và quà cho các lớp đạt giải."
            ),
            Raw(f"<p><strong>Tin, ảnh: {TV}</strong></p>"),
        ],
        authors=[TV],
        photographers=[TV],
        summary=(
            "Sáng 28/11, Trường Mầm non Bình Minh tổ chức Hội khỏe Măng non cấp trường với sự "
            "tham gia của 186 bé thuộc các khối Mầm, Chồi và Lá."
        ),
        opts={
            "event": "28/11/2026",
            "cover": "/content/hkmn-2026-bia.jpg",
            "desc": "Hội khỏe Măng non năm nay có bốn nội dung thi dành cho các bé ba khối lớp.",
            "comments": [
                ("Phụ huynh bé Gia Hân (Chồi 2)", "2026-12-03", "Cảm ơn các cô đã tổ chức cho các bé một ngày thật vui!"),
                ("Mẹ bé Minh Khôi", "2026-12-04", "Bé nhà em về kể mãi chuyện kéo co ạ."),
            ],
        },
    ),
    Story(
        2,
        "thuc-don-tuan-1-thang-12-2026",
        "Thực đơn tuần 1 tháng 12/2026",
        "thuc-don-dinh-duong",
        "2026-12-01T16:40:00+07:00",
        [
            P("Nhà trường thông báo đến quý phụ huynh thực đơn của các bé từ ngày 07/12 đến ngày 11/12/2026."),
            P("Thứ | Bữa trưa | Bữa xế", "th"),
            P("Thứ Hai | Cơm, cá lóc kho tộ, canh bí đỏ nấu tôm | Cháo gà, sữa chua", "td"),
            P("Thứ Ba | Cơm, thịt heo rim, canh cải ngọt | Bánh flan, nước cam", "td"),
            P("Thứ Tư | Cơm, trứng chiên thịt, canh mồng tơi nấu cua | Súp nui rau củ", "td"),
            P("Thứ Năm | Cơm, gà kho gừng, canh rau ngót | Chè đậu xanh, sữa tươi", "td"),
            P("Thứ Sáu | Bún riêu cua | Bánh bông lan, chuối", "td"),
            P(
                "Thực đơn có thể thay đổi tùy theo nguồn thực phẩm trong ngày. Phụ huynh có trẻ dị ứng "
                "thức ăn vui lòng báo với giáo viên chủ nhiệm."
            ),
            Raw(
                '<p>Xem thêm: <a href="/posts/thuc-don-tuan-4-thang-11-2026">'
                "Thực đơn tuần 4 tháng 11/2026</a></p>"
            ),
        ],
        authors=["Lâm Thị Kiều Oanh"],
        opts={
            "writer": "Người viết: Lâm Thị Kiều Oanh – Nhân viên dinh dưỡng",
            "desc": "Thực đơn bữa trưa và bữa xế của các bé từ 07/12 đến 11/12/2026.",
        },
    ),
    Story(
        3,
        "thong-bao-nghi-tet-duong-lich-nam-2027",
        "Thông báo nghỉ Tết Dương lịch năm 2027",
        "tin-tuc-su-kien",
        "2026-11-30",
        [
            Raw(_NOTICE_HEAD),
            P(
                "Căn cứ Công văn số 1875/PGDĐT-VP ngày 25/11/2026 của Phòng Giáo dục và Đào tạo "
                "thành phố Cà Mau về việc nghỉ Tết Dương lịch năm 2027;"
            ),
            P("Trường Mầm non Bình Minh thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
            P("Cán bộ, giáo viên, nhân viên và trẻ nghỉ 01 ngày: thứ Sáu, ngày 01/01/2027.", "li"),
            P("Trẻ đi học lại bình thường vào thứ Hai, ngày 04/01/2027.", "li"),
            P(
                "Đề nghị quý phụ huynh sắp xếp việc đưa đón trẻ, giữ gìn sức khỏe và an toàn cho trẻ "
                "trong những ngày nghỉ Tết."
            ),
            Raw(_NOTICE_TAIL),
        ],
        authors=["Trần Thị Bích Ngọc"],
        opts={
            "time": "2026-12-01T07:30:00+07:00",
            "desc": "Lịch nghỉ Tết Dương lịch năm 2027 của cán bộ, giáo viên, nhân viên và trẻ.",
        },
    ),
    Story(
        4,
        "co-va-tro-lop-la-2-voi-tiet-hoc-trai-nghiem-be-lam-banh",
        "Cô và trò lớp Lá 2 với tiết học trải nghiệm “Bé làm bánh”",
        "hoat-dong-cua-be",
        "2026-11-27T10:00:00+07:00",
        [
            P(
                "Nhằm giúp trẻ làm quen với các món bánh dân gian Nam Bộ, lớp Lá 2 đã tổ chức tiết "
                "học trải nghiệm “Bé làm bánh” vào sáng thứ Tư vừa qua."
            ),
            Img("/content/lam-banh-01.jpg", "(Các bé tự tay nặn bánh trôi)", "Các bé tự tay nặn bánh trôi", "em-next"),
            P(
                "Dưới sự hướng dẫn của cô, các bé được nhào bột, nặn viên, thả bánh vào nồi và tự "
                "tay trang trí đĩa bánh của nhóm mình."
            ),
            Img("/content/lam-banh-02.jpg", f"Ảnh: {PHOTO}", None, "em-next"),
            P(
                "Qua hoạt động, trẻ được rèn kỹ năng vận động tinh, biết chờ đến lượt và chia sẻ "
                "thành quả với bạn bè."
            ),
        ],
        authors=["Võ Thị Ngọc Hân"],
        photographers=[PHOTO],
        opts={
            "writer": "Người viết: Võ Thị Ngọc Hân – GV lớp Lá 2",
            "updated": "2026-11-28T09:12:00+07:00",
            "desc": "Tiết học trải nghiệm giúp trẻ làm quen với bánh dân gian Nam Bộ.",
        },
    ),
    Story(
        5,
        "thuc-don-tuan-4-thang-11-2026",
        "Thực đơn tuần 4 tháng 11/2026",
        "thuc-don-dinh-duong",
        "2026-11-21T16:00:00+07:00",
        [
            P("Thực đơn của các bé từ ngày 23/11 đến ngày 27/11/2026:"),
            P("Thứ | Bữa trưa | Bữa xế", "th"),
            P("Thứ Hai | Cơm, tôm rim thịt, canh bầu | Bánh canh cá lóc", "td"),
            P("Thứ Ba | Cơm, cá basa chiên, canh chua | Sữa chua, dưa hấu", "td"),
            P("Thứ Tư | Cơm, thịt bò xào đậu que, canh khoai mỡ | Cháo thịt bằm", "td"),
            P("Thứ Năm | Cơm, đậu hũ dồn thịt, canh cải bẹ xanh | Chè bắp, sữa tươi", "td"),
            P("Thứ Sáu | Hủ tiếu thịt bằm | Bánh mì que, sữa", "td"),
            Img("/content/bang-thuc-don-t4.jpg", None, None, "bare"),
        ],
        opts={"desc": "Thực đơn tuần 4 tháng 11/2026 của các bé."},
    ),
    Story(
        6,
        "20-11-nhung-buc-thiep-nho-gui-co",
        "20-11: Những bức thiệp nhỏ gửi cô",
        "hoat-dong-cua-be",
        "2026-11-20",
        [
            P(
                "Hướng đến Ngày Nhà giáo Việt Nam, các bé khối Chồi và khối Lá đã tự tay làm những "
                "tấm thiệp xinh xắn bằng giấy màu, lá khô và hạt đậu để tặng cô giáo."
            ),
            Img("/content/thiep-20-11.jpg", "Những tấm thiệp do các bé lớp Chồi 1 thực hiện",
                "Những tấm thiệp do các bé lớp Chồi 1 thực hiện", "center-br"),
            P("Nhiều bé còn đọc tặng cô bài thơ quen thuộc:"),
            P("Cô dạy em tập viết", "q"),
            P("Gió đưa thoảng hương nhài", "q"),
            P("Nắng ghé vào cửa lớp", "q"),
            P("Xem chúng em học bài.", "q"),
            P(
                "Những món quà nhỏ nhưng chứa đựng tình cảm chân thành của các bé đã khiến các cô "
                "vô cùng xúc động."
            ),
        ],
        opts={
            "time": "2026-11-20T00:00:00+07:00",
            "desc": "Các bé tự tay làm thiệp tặng cô nhân ngày 20-11.",
        },
    ),
    Story(
        7,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trường Mầm non Bình Minh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-tuc-su-kien",
        "2026-11-19T14:30:00+07:00",
        [
            P(
                "Chiều 18/11, Trường Mầm non Bình Minh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Đến dự có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố Cà Mau, Đảng ủy, "
                "UBND Phường 5 cùng Ban đại diện cha mẹ học sinh nhà trường."
            ),
            Img("/content/20-11-le-01.jpg", "Tiết mục văn nghệ chào mừng của tập thể giáo viên", None, "title"),
            P(
                "Tại buổi lễ, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi "
                "cấp trường và 3 giáo viên đạt giải cấp thành phố."
            ),
            Img("/content/20-11-le-02.jpg", "Bà Trần Thị Bích Ngọc, Hiệu trưởng, trao giấy khen cho giáo viên",
                "Bà Trần Thị Bích Ngọc, Hiệu trưởng, trao giấy khen cho giáo viên", "em-same"),
            Raw(f'<p style="text-align: right;"><strong>Tin: {TV} - Ảnh: {PHOTO}</strong></p>'),
        ],
        authors=[TV],
        photographers=[PHOTO],
        opts={
            "event": "18/11/2026",
            "updated": "2026-11-20T08:05:00+07:00",
            "cover": "/content/20-11-bia.jpg",
            "desc": "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại trường.",
        },
    ),
    Story(
        8,
        "phong-chong-benh-tay-chan-mieng-cho-tre-mam-non",
        "Phòng chống bệnh tay chân miệng cho trẻ mầm non",
        "goc-phu-huynh",
        "2026-11-14T09:00:00+07:00",
        [
            P(
                "Bệnh tay chân miệng thường gặp ở trẻ dưới 5 tuổi và dễ lây lan trong trường mầm non. "
                "Phụ huynh cần nhận biết sớm các dấu hiệu để đưa trẻ đi khám kịp thời.",
                "strong",
            ),
            P("Dấu hiệu nhận biết", "h3"),
            P("Trẻ sốt nhẹ, mệt mỏi, biếng ăn.", "li"),
            P("Xuất hiện bóng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông.", "li"),
            P("Loét miệng, chảy nhiều nước bọt.", "li"),
            P("Cách phòng bệnh", "h3"),
            P("Rửa tay bằng xà phòng cho trẻ trước khi ăn, sau khi đi vệ sinh.", "li"),
            P("Lau rửa đồ chơi, sàn nhà bằng dung dịch sát khuẩn.", "li"),
            P("Khi trẻ có dấu hiệu bệnh, cho trẻ nghỉ học và báo ngay cho giáo viên.", "li"),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Cà Mau",
        summary=(
            "Bệnh tay chân miệng thường gặp ở trẻ dưới 5 tuổi và dễ lây lan trong trường mầm non. "
            "Phụ huynh cần nhận biết sớm các dấu hiệu để đưa trẻ đi khám kịp thời."
        ),
        opts={
            "attribution": "Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Cà Mau",
            "desc": "Những điều phụ huynh cần biết về bệnh tay chân miệng.",
        },
    ),
    Story(
        9,
        "doan-kiem-tra-phong-gd-dt-lam-viec-voi-nha-truong",
        "Đoàn kiểm tra Phòng GD&ĐT thành phố làm việc với nhà trường",
        "tin-tuc-su-kien",
        "2026-11-11T15:45:00+07:00",
        [
            P(
                "Ngày 10/11/2026, đoàn kiểm tra của Phòng Giáo dục và Đào tạo thành phố Cà Mau do "
                "bà Lê Thị Thanh Thúy, Phó Trưởng phòng, làm trưởng đoàn đã đến kiểm tra công tác "
                "nuôi dưỡng, chăm sóc trẻ tại trường."
            ),
            P(
                "Đoàn đã kiểm tra bếp ăn bán trú, hồ sơ sổ sách, dự giờ hoạt động của 4 lớp và trao "
                "đổi với cán bộ quản lý, giáo viên."
            ),
            P(
                "Theo kết luận của đoàn, nhà trường thực hiện tốt quy trình bếp một chiều, lưu mẫu "
                "thức ăn đúng quy định; đoàn đề nghị trường tiếp tục bổ sung đồ dùng, đồ chơi tự làm."
            ),
            _right("<strong>Tổ Văn phòng</strong>"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"desc": "Đoàn kiểm tra công tác nuôi dưỡng, chăm sóc trẻ tại trường."},
    ),
    Story(
        10,
        "tap-huan-ky-nang-so-cap-cuu-cho-giao-vien-nhan-vien",
        "Tập huấn kỹ năng sơ cấp cứu cho giáo viên, nhân viên",
        "tin-tuc-su-kien",
        "2026-10-30T08:00:00+07:00",
        [
            P(
                "Ngày 28/10, nhà trường phối hợp với Trạm Y tế Phường 5 tổ chức buổi tập huấn kỹ "
                "năng sơ cấp cứu cho 42 cán bộ, giáo viên, nhân viên."
            ),
            P("Nội dung tập huấn gồm:"),
            P("Xử trí khi trẻ bị hóc dị vật đường thở.", "ol"),
            P("Sơ cứu khi trẻ bị bỏng, chảy máu cam, co giật do sốt cao.", "ol"),
            P("Thực hành hồi sinh tim phổi trên mô hình.", "ol"),
            Img("/content/tap-huan-so-cuu.jpg", None, None, "bare"),
            P("Sau buổi tập huấn, các học viên đều thực hành thành thạo các thao tác sơ cứu cơ bản."),
        ],
        authors=["Huỳnh Thị Mỹ Xuyên"],
        opts={
            "writer": "Người viết: ThS. Huỳnh Thị Mỹ Xuyên – Phó Hiệu trưởng",
            "desc": "Tập huấn sơ cấp cứu cho cán bộ, giáo viên, nhân viên nhà trường.",
        },
    ),
    Story(
        11,
        "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        "Hội nghị viên chức, người lao động năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-10-24T14:00:00+07:00",
        [
            P(
                "Chiều 23/10, Trường Mầm non Bình Minh tổ chức Hội nghị viên chức, người lao động năm "
                "học 2026-2027 với sự tham dự của 48 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã thông qua báo cáo tổng kết năm học 2025-2026, phương hướng nhiệm vụ năm "
                "học mới và quy chế chi tiêu nội bộ."
            ),
            Img("/content/hoi-nghi-vc-2026.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", "em-next"),
            P("Hội nghị cũng bầu Ban Thanh tra nhân dân nhiệm kỳ 2026-2028 gồm 3 thành viên:"),
            P("Bà Nguyễn Thị Kim Loan - Trưởng ban;", ""),
            P("Bà Đặng Thị Mai - Phó Trưởng ban;", "br"),
            P("Bà Tô Thị Bé Ba - Thành viên.", "br"),
            _right(f"<strong>{TV}</strong>"),
        ],
        authors=[TV],
        opts={"desc": "Hội nghị viên chức, người lao động đầu năm học."},
    ),
    Story(
        12,
        "cha-me-can-lam-gi-khi-tre-bieng-an",
        "Cha mẹ cần làm gì khi trẻ biếng ăn?",
        "goc-phu-huynh",
        "2026-10-18T19:30:00+07:00",
        [
            P(
                "Biếng ăn là nỗi lo của nhiều phụ huynh có con ở độ tuổi mầm non. Trẻ biếng ăn kéo dài "
                "dễ bị suy dinh dưỡng, chậm tăng cân và giảm sức đề kháng."
            ),
            P("Chia sẻ với phụ huynh, nhân viên dinh dưỡng của trường cho biết:"),
            P(
                "Không nên ép trẻ ăn hay cho trẻ vừa ăn vừa xem điện thoại. Hãy cho trẻ ăn đúng giờ, "
                "mỗi bữa không quá 30 phút.",
                "bq",
            ),
            P(
                "Cha mẹ nên thay đổi món ăn thường xuyên, trình bày đẹp mắt và cho trẻ cùng tham gia "
                "chuẩn bị bữa ăn để trẻ hứng thú hơn."
            ),
            P("Phụ huynh cần tư vấn thêm có thể liên hệ:"),
            P("Phòng Y tế nhà trường, tầng 1 dãy A"),
            P("Điện thoại: 0290 3 836 145", "br"),
        ],
        opts={
            "desc": "Lời khuyên của nhân viên dinh dưỡng dành cho phụ huynh có con biếng ăn.",
            "comments": [
                ("Ba bé Tuấn Kiệt", "2026-10-20", "Bài viết rất bổ ích, cảm ơn nhà trường."),
            ],
        },
    ),
    Story(
        13,
        "tuan-le-hoc-tap-suot-doi-2026",
        "Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "tin-tuc-su-kien",
        "2026-10-08T10:10:00+07:00",
        [
            P(
                "Theo kế hoạch của Phòng Giáo dục và Đào tạo thành phố Cà Mau, Tuần lễ học tập suốt "
                "đời năm 2026 diễn ra từ ngày 01/10 đến ngày 07/10 với chủ đề “Học tập suốt đời "
                "trong kỷ nguyên số”."
            ),
            P(
                "Trường Mầm non Bình Minh đã tổ chức trưng bày sách, ngày hội đọc sách cùng con và "
                "chuyên đề bồi dưỡng ứng dụng công nghệ thông tin cho giáo viên."
            ),
            P(
                "Nhiều phụ huynh đã đến trường cùng con đọc truyện, góp thêm 230 cuốn sách cho thư "
                "viện xanh của nhà trường."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Cà Mau</em></p>'),
        ],
        source="Báo Cà Mau",
        opts={
            "desc": "Các hoạt động hưởng ứng Tuần lễ học tập suốt đời tại trường.",
        },
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


def _time(s: Story) -> str:
    return s.opts.get("time") or s.published_at  # type: ignore[return-value]


ORDERED = sorted(STORIES, key=_time, reverse=True)

PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            "Trường Mầm non Bình Minh được thành lập năm 1998, tọa lạc tại số 27 đường Lý Thường Kiệt, "
            "Phường 5, thành phố Cà Mau.",
            "Năm học 2026-2027, trường có 12 nhóm, lớp với 386 trẻ; 48 cán bộ, giáo viên, nhân viên.",
            "Trường đạt chuẩn quốc gia mức độ 1 năm 2019 và kiểm định chất lượng giáo dục cấp độ 3.",
        ],
    ),
    "doi-ngu-giao-vien": (
        "Đội ngũ giáo viên",
        [
            "Hiệu trưởng: Trần Thị Bích Ngọc.",
            "Phó Hiệu trưởng: Huỳnh Thị Mỹ Xuyên, Đỗ Thị Cẩm Tú.",
            "100% giáo viên đạt chuẩn trình độ đào tạo, 78% trên chuẩn.",
        ],
    ),
    "tuyen-sinh-2027": (
        "Tuyển sinh",
        [
            "Nhà trường nhận trẻ từ 18 tháng đến 5 tuổi cư trú trên địa bàn Phường 5 và các phường lân cận.",
            "Hồ sơ gồm: đơn xin nhập học, bản sao giấy khai sinh, sổ tiêm chủng của trẻ.",
            "Phụ huynh liên hệ Văn phòng nhà trường trong giờ hành chính để được hướng dẫn.",
        ],
    ),
    "thu-vien-anh": (
        "Thư viện ảnh",
        ["Album: Khai giảng năm học 2026-2027", "Album: Trung thu yêu thương 2026", "Album: Bé vui Hội khỏe"],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Địa chỉ: 27 Lý Thường Kiệt, Phường 5, thành phố Cà Mau, tỉnh Cà Mau.",
            "Điện thoại: 0290 3 836 145 - Email: mnbinhminh@camau.edu.vn",
        ],
    ),
}

# --- rendering ----------------------------------------------------------------------------------


def _dt(iso: str) -> datetime:
    if len(iso) == 10:
        iso += "T00:00:00+07:00"
    return datetime.fromisoformat(iso)


def relative(iso: str) -> str:
    """Anchor's relative_time(), translated by the theme."""
    days = (NOW - _dt(iso).date()).days
    if days <= 0:
        return "hôm nay"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def _time_tag(iso: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f'<time{attr} datetime="{esc(_dt(iso).isoformat())}">{relative(iso)}</time>'


def _img(img: Img, alt: str) -> str:
    return f'<img src="{esc(img.src)}" alt="{esc(alt)}" />'


def markdown_html(story: Story) -> str:
    """The post's Markdown as Parsedown prints it (raw HTML blocks passed through)."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            name = b.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            if b.style == "em-same":
                out.append(f"<p>{_img(b, name)}\n<em>{text(b.printed or '')}</em></p>")
            elif b.style == "em-next":
                out.append(f"<p>{_img(b, name)}</p>\n<p><em>{text(b.printed or '')}</em></p>")
            elif b.style == "title":
                out.append(f'<p><img src="{esc(b.src)}" alt="{esc(name)}" title="{esc(b.printed or "")}" /></p>')
            elif b.style == "center-br":
                out.append(
                    f'<p style="text-align:center">{_img(b, "")}<br>\n<i>{text(b.printed or "")}</i></p>'
                )
            else:
                out.append(f"<p>{_img(b, name)}</p>")
            i += 1
            continue
        style = b.style
        if style in ("li", "ol", "th", "td", "q"):
            group = [b]
            kinds = ("th", "td") if style in ("th", "td") else (style,)
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style in kinds:
                i += 1
                group.append(blocks[i])
            i += 1
            if style in ("li", "ol"):
                tag = "ul" if style == "li" else "ol"
                items = "\n".join(f"<li>{text(p.text)}</li>" for p in group)
                out.append(f"<{tag}>\n{items}\n</{tag}>")
            elif style == "q":
                lines = "<br />\n".join(text(p.text) for p in group)
                out.append(f"<blockquote>\n<p>{lines}</p>\n</blockquote>")
            else:
                head = "".join(f"\n<th>{text(c)}</th>" for c in group[0].text.split(" | "))
                rows = "".join(
                    "\n<tr>" + "".join(f"\n<td>{text(c)}</td>" for c in p.text.split(" | ")) + "\n</tr>"
                    for p in group[1:]
                )
                out.append(f"<table>\n<thead>\n<tr>{head}\n</tr>\n</thead>\n<tbody>{rows}\n</tbody>\n</table>")
            continue
        if style == "br" and out and out[-1].endswith("</p>"):
            out[-1] = out[-1][: -len("</p>")] + f"<br />\n{text(b.text)}</p>"
        elif style == "strong":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        elif style == "h3":
            out.append(f"<h3>{text(b.text)}</h3>")
        elif style == "bq":
            out.append(f"<blockquote>\n<p>{text(b.text)}</p>\n</blockquote>")
        else:
            out.append(f"<p>{text(b.text)}</p>")
        i += 1
    return "\n".join(out)


def _cat_link(slug: str) -> str:
    return f'<a href="/posts/category/{slug}">{esc(CATEGORIES[slug])}</a>'


def _sidebar() -> str:
    featured = "".join(
        f'<li><a href="/posts/{s.slug}/">{esc(s.title)}</a></li>' for s in (STORIES[0], STORIES[6], STORIES[7])
    )
    newest = "".join(f'<li><a href="/posts/{s.slug}">{esc(s.title)}</a></li>' for s in ORDERED[:5])
    cats = "".join(
        f"<li>{_cat_link(slug)} ({sum(1 for s in STORIES if s.cat == slug)})</li>" for slug in CATEGORIES
    )
    return f"""<aside class="sb" id="sb-phai">
<div class="sb-box"><h3 class="sb-t">Bài viết nổi bật</h3><ul class="sb-ds">{featured}</ul></div>
<div class="sb-box"><h3 class="sb-t">Bài mới</h3><ul class="sb-ds">{newest}</ul></div>
<div class="sb-box"><h3 class="sb-t">Chuyên mục</h3><ul class="sb-ds">{cats}</ul></div>
<div class="sb-box tb"><h3 class="sb-t">Thông báo</h3>
<p><marquee scrollamount="2">Nhà trường nhận hồ sơ tuyển sinh bổ sung trẻ 18-24 tháng đến hết 15/12/2026.</marquee></p></div>
<div class="sb-box"><h3 class="sb-t">Liên kết</h3><ul class="sb-ds">
<li><a href="https://sgddt.camau.gov.vn" target="_blank">Sở GD&amp;ĐT Cà Mau</a></li>
<li><a href="https://www.facebook.com/mnbinhminhcamau" target="_blank">Facebook nhà trường</a></li>
<li><a href="https://www.youtube.com/@mnbinhminh" target="_blank">Kênh YouTube</a></li></ul></div>
<div class="sb-box"><h3 class="sb-t">Thăm dò ý kiến</h3>
<form class="poll" onsubmit="return false"><p>Quý phụ huynh biết đến trường qua kênh nào?</p>
<label><input type="radio" name="bc" value="1" /> Người quen giới thiệu</label><br />
<label><input type="radio" name="bc" value="2" /> Trang web, Facebook</label><br />
<label><input type="radio" name="bc" value="3" /> Khác</label><br />
<button type="submit">Bình chọn</button></form></div>
<div class="sb-box tk"><h3 class="sb-t">Thống kê truy cập</h3>
<p>Đang online: 14<br />Hôm nay: 263<br />Tổng truy cập: 184.320</p></div>
</aside>"""


def layout(request: Request, title: str, main: str, description: str = "", og_image: str = "") -> str:
    menu_cats = "".join(f"<li>{_cat_link(slug)}</li>" for slug in CATEGORIES)
    og = f'\n<meta property="og:image" content="{base_url(request)}{og_image}" />' if og_image else ""
    desc = f'\n<meta name="description" content="{esc(description)}" />' if description else ""
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{esc(title)}</title>{desc}{og}
<meta name="generator" content="Anchor CMS" />
<link rel="stylesheet" href="{THEME}/css/reset.css" />
<link rel="stylesheet" href="{THEME}/css/style.css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="/feeds/rss" />
<link rel="shortcut icon" href="{THEME}/img/favicon.png" />
<script src="{THEME}/js/main.js"></script>
</head>
<body class="binhminh">
<div class="topbar"><span class="ngay">{TODAY_LINE}</span> | Hotline: 0290 3 836 145</div>
<header id="top">
<a id="logo" href="/"><img src="{THEME}/img/logo.png" alt="{SITE}" /></a>
<div class="tentruong">UBND THÀNH PHỐ CÀ MAU<br /><b>{SITE.upper()}</b></div>
<nav id="main" role="navigation"><ul>
<li><a href="/">Trang chủ</a></li>
<li class="dd"><a href="/gioi-thieu">Giới thiệu</a><ul class="sub"><li><a href="/doi-ngu-giao-vien">Đội ngũ giáo viên</a></li></ul></li>
<li class="dd"><a href="/posts">Tin tức</a><ul class="sub">{menu_cats}</ul></li>
<li><a href="/tuyen-sinh-2027">Tuyển sinh</a></li>
<li><a href="/thu-vien-anh">Thư viện ảnh</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul></nav>
<form id="search" action="/search" method="post">
<label for="term">Tìm kiếm:</label> <input type="search" id="term" name="term" placeholder="Nhập từ khóa…" />
</form>
</header>
<div class="khung">
<div class="cot-chinh">
{main}
</div>
{_sidebar()}
</div>
<footer id="bottom">
<p><b>{SITE.upper()}</b><br />Địa chỉ: 27 Lý Thường Kiệt, Phường 5, thành phố Cà Mau<br />
Điện thoại: 0290 3 836 145 - Email: mnbinhminh@camau.edu.vn</p>
<p>© 2026 {SITE}. Powered by <a href="https://anchorcms.com">Anchor</a>.</p>
</footer>
</body>
</html>"""


def _listing_item(s: Story, full: bool) -> str:
    content = markdown_html(s) if full else f"<p>{esc(s.opts['desc'])}</p>"
    return f"""<li>
<article class="wrap">
<h1><a href="/posts/{s.slug}" title="{esc(s.title)}">{esc(s.title)}</a></h1>
<div class="content">
{content}
</div>
<footer>Đăng {_time_tag(_time(s))} bởi Quản trị viên. <a class="doc-tiep" href="/posts/{s.slug}">Đọc tiếp →</a></footer>
</article>
</li>"""


def _listing(request: Request, posts: list[Story], page: int, base: str, heading: str, lead_full: bool) -> Response | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "\n".join(_listing_item(s, lead_full and page == 1 and k == 0) for k, s in enumerate(chunk))
    nav = ""
    if pages > 1:
        prev = f'<a href="{base}/{page - 1}">← Bài mới hơn</a>' if page > 1 else ""
        nxt = f'<a href="{base}/{page + 1}">Bài cũ hơn →</a>' if page < pages else ""
        nav = f'<nav class="pagination"><div class="wrap"><div class="previous">{prev}</div><div class="next">{nxt}</div></div></nav>'
    crumbs = f'<div class="bc"><a href="/">Trang chủ</a> › {esc(heading)}</div>'
    main = f"""<section class="content">
{crumbs}
<h2 class="tieu-de-muc">{esc(heading)}</h2>
<ul class="items">
{items}
</ul>
{nav}
</section>"""
    title = f"{heading} - {SITE}" + (f" - Trang {page}" if page > 1 else "")
    return html(layout(request, title, main, description="Trang thông tin điện tử Trường Mầm non Bình Minh"))


def _words(s: Story) -> int:
    return sum(len(p.split()) for p in s.paragraphs)


def article_page(request: Request, s: Story) -> Response:
    number = len(ORDERED) - ORDERED.index(s)
    comments = s.opts.get("comments", [])
    meta = f"Đăng {_time_tag(_time(s), 'dt-pub')} bởi Quản trị viên"
    if s.opts.get("updated"):
        meta += f" · Cập nhật {_time_tag(s.opts['updated'])}"
    meta += f" · Chuyên mục: {_cat_link(s.cat)} · {s.views()} lượt xem"
    fields = ""
    if s.opts.get("event"):
        fields += f'<p class="ef ef-ngay"><b>Ngày tổ chức: {s.opts["event"]}</b></p>\n'
    if s.opts.get("writer"):
        fields += f'<p class="ef ef-nv">{esc(s.opts["writer"])}</p>\n'
    cover = ""
    if s.opts.get("cover"):
        cover = f'<div class="anh-bia" style="background-image:url({esc(s.opts["cover"])})"></div>\n'
    attribution = s.opts.get("attribution") or ""
    attr_html = f' <span class="attribution">{esc(attribution)}</span>' if attribution else ""
    plural = f", có {len(comments)} bình luận" if comments else ", chưa có bình luận nào"
    comment_items = "\n".join(
        f"""<li class="comment" id="comment-{s.id * 10 + n}"><div class="wrap">
<h2>{esc(name)}</h2>
<time>{relative(day)}</time>
<div class="content">{esc(body)}</div>
<span class="counter">{n}</span>
</div></li>"""
        for n, (name, day, body) in enumerate(comments, 1)
    )
    commentlist = f'<ul class="commentlist">\n{comment_items}\n</ul>' if comments else ""
    share = f"{base_url(request)}/posts/{s.slug}"
    main = f"""<section class="content wrap" id="article-{s.id}">
<div class="bc"><a href="/">Trang chủ</a> › <a href="/posts">Tin tức</a> › {_cat_link(s.cat)}</div>
{cover}<h1>{esc(s.title)}</h1>
<div class="meta-bv">{meta}</div>
{fields}<article>
{markdown_html(s)}
</article>
<section class="footnote">
<p>Đây là bài viết thứ {number} của trang. Bài dài {_words(s)} từ{plural}.{attr_html}</p>
</section>
<div class="cong-cu">Chia sẻ:
<a href="https://www.facebook.com/sharer/sharer.php?u={quote(share, safe='')}" target="_blank"><img src="{THEME}/img/fb.png" alt="Facebook" /></a>
<a href="https://zalo.me/share?url={quote(share, safe='')}" target="_blank"><img src="{THEME}/img/zalo.png" alt="Zalo" /></a>
<a href="javascript:window.print()">In bài viết</a></div>
</section>
<section class="comments">
{commentlist}
<form id="comment" class="commentform wrap" method="post" action="/posts/{s.slug}#comment">
<p class="name"><label for="name">Họ tên:</label> <input name="name" id="name" /></p>
<p class="email"><label for="email">Email:</label> <input type="email" name="email" id="email" /></p>
<p class="textarea"><label for="text">Bình luận:</label> <textarea name="text" id="text"></textarea></p>
<p class="submit"><button type="submit">Gửi bình luận</button></p>
</form>
</section>"""
    return html(layout(request, f"{s.title} - {SITE}", main, description=s.opts["desc"], og_image=s.opts.get("cover", "")))


def page_page(request: Request, slug: str) -> Response:
    title, paras = PAGES[slug]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    if slug == "thu-vien-anh":
        body += "\n" + "\n".join(f'<p><img src="/content/album-{n}.jpg" alt="album {n}" /></p>' for n in (1, 2, 3))
    if slug == "lien-he":
        body += (
            '\n<form method="post" action="/lien-he" onsubmit="return false"><input name="ho_ten" />'
            '<textarea name="noi_dung"></textarea><button>Gửi</button></form>'
        )
    main = f"""<section class="content wrap" id="page-{slug}">
<div class="bc"><a href="/">Trang chủ</a> › {esc(title)}</div>
<h1>{esc(title)}</h1>
<div class="page-nd">
{body}
</div>
</section>"""
    return html(layout(request, f"{title} - {SITE}", main))


def search_page(request: Request, term: str) -> Response:
    needle = collapse(term).lower()
    hits = [s for s in ORDERED if needle and needle in s.title.lower()]
    items = "\n".join(
        f'<li><a href="/posts/{s.slug}">{esc(s.title)}</a> - {_time_tag(_time(s))}</li>' for s in hits
    )
    main = f"""<section class="content">
<h2 class="tieu-de-muc">Kết quả tìm kiếm cho “{esc(term)}”</h2>
<p>Tìm thấy {len(hits)} bài viết.</p>
<ul class="items">{items}</ul>
</section>"""
    return html(layout(request, f"Tìm kiếm - {SITE}", main))


def rss(request: Request) -> Response:
    root = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{root}/posts/{s.slug}</link>"
        f"<description>{esc(s.opts['desc'])}</description>"
        f"<pubDate>{_dt(_time(s)).strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate></item>"
        for s in ORDERED
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{SITE}</title><link>{root}/</link><description>Tin tức</description>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


class AnchorSite:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/content/", THEME + "/")) or path == "/favicon.ico":
            return static_file(path)
        norm = "/" + path.strip("/")
        parts = [p for p in norm.split("/") if p]
        if request.method == "POST":
            if norm == "/search":
                term = request.form.get("term", "").strip()
                return redirect("/search/" + quote(term) if term else "/")
            if len(parts) == 2 and parts[0] == "posts" and parts[1] in BY_SLUG:
                return redirect(f"/posts/{parts[1]}#comment")
            if norm == "/lien-he":
                return redirect("/lien-he")
            return None
        if norm in ("/", "/posts"):
            return _listing(request, ORDERED, 1, "/posts", "Tin tức", True)
        if parts[0] == "posts":
            if len(parts) == 2 and parts[1].isdigit():
                return _listing(request, ORDERED, int(parts[1]), "/posts", "Tin tức", True)
            if len(parts) == 2 and parts[1] in BY_SLUG:
                return article_page(request, BY_SLUG[parts[1]])
            if len(parts) in (3, 4) and parts[1] == "category" and parts[2] in CATEGORIES:
                page = 1
                if len(parts) == 4:
                    if not parts[3].isdigit():
                        return None
                    page = int(parts[3])
                posts = [s for s in ORDERED if s.cat == parts[2]]
                return _listing(request, posts, page, f"/posts/category/{parts[2]}", CATEGORIES[parts[2]], False)
            return None
        if norm == "/search":
            return redirect("/")
        if len(parts) == 2 and parts[0] == "search":
            return search_page(request, parts[1])
        if norm == "/feeds/rss":
            return rss(request)
        if len(parts) == 1 and parts[0] in PAGES:
            return page_page(request, parts[0])
        return None


def build_site() -> AnchorSite:
    return AnchorSite()


def _gold(s: Story) -> dict:
    path = f"/posts/{s.slug}"
    return gold_record(s, path, CATEGORIES[s.cat], alt_paths=[path + "/"])


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu", "/doi-ngu-giao-vien", "/tuyen-sinh-2027", "/thu-vien-anh", "/lien-he"]
