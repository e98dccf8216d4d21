"""Trường THCS Nguyễn Du (Buôn Ma Thuột, Đắk Lắk): Joomla 4 with the Balbooa Gridbox builder as blog.

Platform
--------
Joomla 4.4 whose front end is entirely drawn by Gridbox 2.x (Balbooa): the site's "template" is a
Gridbox theme, every page is a stack of Gridbox sections (``ba-wrapper > ba-section >
ba-row-wrapper > ba-row > column-wrapper > ba-grid-column-wrapper ba-col-N > ba-grid-column``)
holding plugins (``ba-item-<kind> ba-item`` with numbered ids ``item-15…``). The school's news is
a Gridbox "Blog" app (app id 1, alias ``blog``):

- ``/`` Gridbox page "Trang chủ": slideshow (``ba-item-slideshow``, three posts), "Tin mới nhất"
  (``ba-item-recent-posts``, the four newest posts), "Thông báo" (recent posts of the notices
  category), a welcome text, banners, Joomla modules loaded by ``ba-item-modules``.
- ``/blog/<category>`` and ``/blog/<category>?page=N``: the category page. A
  ``ba-item-category-intro`` prints the category name in ``h1.intro-post-title`` (the same class
  as a post's title), then the ``ba-item-blog-posts`` grid and its ``ba-blog-posts-pagination``.
  ``?page=N`` past the last page answers 200 with an empty grid ("Chưa có bài viết").
- ``/blog/<category>/<post-alias>``: a post, built from the app's post layout:
  ``ba-item-modules`` (Joomla breadcrumbs), ``ba-item-headline`` (a static ``h1`` "Bản tin nhà
  trường"), ``ba-item-post-intro`` (cover as a CSS background, ``h1.intro-post-title``, author
  profile, date, category, hits, comment count), ``ba-item-blog-content`` (the post's own Gridbox
  sections: ``ba-item-text``, ``ba-item-image``, sometimes a button, a video, a recent-posts box
  or social icons between the texts), ``ba-item-post-tags``, ``ba-item-social`` share buttons,
  ``ba-item-post-navigation`` (older/newer post of the category), ``ba-item-related-posts``,
  ``ba-item-comments-box``; a right column with search, recent posts, categories, counter, poll.
- ``/blog/tag/<tag>``: posts with one tag (a listing).
- ``/index.php?option=com_gridbox&view=page&blog=1&category=C&id=N``: the same post, non-SEF
  (printed by the post navigation); ``/blog/<category>/<alias>?comment=K``: the same post (the
  "Chia sẻ" link of a comment).
- ``/<page-alias>``: Gridbox pages (giới thiệu, cơ cấu tổ chức, thành tích, thư viện ảnh, liên hệ).
- ``/images/<folder>/<file>``: photos; ``/images/tai-lieu/*.pdf``: attachments.

Categories: "Tin tức - Sự kiện" (``/blog/tin-tuc-su-kien``, 4 a page, 6 posts: two on page 2),
"Hoạt động chuyên môn" (``/blog/hoat-dong-chuyen-mon``, 3 a page, 4 posts: one on page 2),
"Thông báo" (``/blog/thong-bao``, 3 posts, one page). The menu labels the first "Tin tức"; the
breadcrumb and the post intro print the category's own name, which is the gold category.

How each gold article is reached: the four newest from the home page; the three notices from the
home page's "Thông báo" box; the others from page 1 of their category; "Trao học bổng…", "Đại
hội Liên đội…" (Tin tức page 2) and "Kết quả khảo sát…" (Chuyên môn page 2) under their SEF path
only from page 2 of their listing (elsewhere only through the non-SEF navigation link of a
neighbouring post). Tag pages list a few posts again.

Traps
-----
1. Two ``h1`` on a post: the layout's ``ba-item-headline`` prints "Bản tin nhà trường" as an
   ``h1`` before the post intro's ``h1.intro-post-title``; the ``<title>``/og:title is Gridbox's
   SEO title, shortened for some posts ("Hội khỏe Phù Đổng cấp thành phố 2026 | THCS Nguyễn
   Du"). Gold title: the intro's ``h1.intro-post-title``.
2. Category pages look like posts: ``ba-item-category-intro`` uses ``intro-post-wrapper`` /
   ``h1.intro-post-title`` and a description paragraph, and the Gridbox pages (giới thiệu,
   thành tích…) are long texts in ``ba-item-text`` with a headline and an "Cập nhật" line. Gold:
   none of them is an article (the pages are NON_ARTICLES, listings are nothing).
3. The intro's author is the Gridbox author profile, a CMS account ("Quản trị viên",
   "admin_thcsnd"): gold takes the byline line closing the text ("Tin, ảnh: Y Khoa Niê",
   "ThS. Phạm Quốc Bảo - Tổ Khoa học tự nhiên" -> "Phạm Quốc Bảo", "Tổ Văn phòng"), nobody when
   the text has none.
4. The date is printed by the intro as "19 Tháng Mười Một 2026" (Joomla vi-VN ``d F Y`` with the
   months as words: "Tháng Mười" is October, "Tháng Mười Một" November, "Tháng Mười Hai"
   December) with no time; listings print "19/11/2026". Gold: the day alone. Comment dates with
   a time ("28/11/2026 20:14") and an "Cập nhật lúc 16:20, 08/11/2026" line inside the text are
   not the publication date.
5. The cover photo is a CSS ``background-image`` on ``div.intro-post-image`` (no ``<img>``); the
   same file is the text's first photo. Gold lists it once, from the text.
6. Lazy images in ``ba-item-image``: ``src`` is Gridbox's placeholder
   ``/components/com_gridbox/assets/images/default-lazy-load.webp`` and the photo is in
   ``data-src``. Gold image path: the ``data-src`` file.
7. Gridbox image captions are an overlay after the ``<img>``: ``ba-image-item-title`` (the
   caption) and ``ba-image-item-description`` ("Ảnh: X": a photographer, no caption). Photos
   typed in the text editor have their caption in the next centred ``<em>`` paragraph,
   sometimes in parentheses (taken off).
8. The text is split over several ``ba-item-text`` plugins in separate Gridbox sections, with
   plugins between them inside ``ba-item-blog-content``: a "Tải kế hoạch bài dạy (PDF)" button,
   a YouTube ``ba-item-video`` with its title, a "Có thể bạn quan tâm" recent-posts box with the
   titles and excerpts of other posts, "Theo dõi Liên đội" social icons. Gold body: the text
   plugins' paragraphs in order, none of the plugins between.
9. Duplicate URLs of one post: the post navigation links the older/newer post by its non-SEF URL
   ``/index.php?option=com_gridbox&view=page&blog=1&category=C&id=N`` (200, same page, og:url
   says the SEF URL, no rel=canonical as Joomla prints none), and each comment's "Chia sẻ" link is
   ``<post>?comment=K``. Gold: the SEF path, the others in ``alt_paths``.
10. Comments box under the post: visitors' names, dated messages, a guest form. Not body, not
    authors, not dates.
11. Pagination of "Hoạt động chuyên môn" is Gridbox's "Tải thêm" (load more) button, a
    ``<span>`` with ``data-next-page`` and no href; the numbered ``ba-blog-posts-pagination`` is
    still printed but hidden (``style="display: none;"``). Its page 2 holds one post.
12. A notice printed as an official document (letterhead table, "Số: 87/TB-THCSND", "Buôn Ma
    Thuột, ngày 20 tháng 10 năm 2026", "THÔNG BÁO / Về lịch…", "Nơi nhận" and the signature
    table): the letterhead, the kind and subject lines and the closing are not body; the date is
    the letterhead's day 2026-10-20 (the intro prints 21 Tháng Mười 2026); the signer Võ Thị
    Ngọc Lan is the author.
13. Text as editors leave it: a paragraph of "Kết quả cụ thể:" with ``<br>``-separated "– " lines
    (each line is a paragraph, the typed dash kept), a paragraph stored decomposed (NFD), Word
    paste (``MsoNormal`` spans), ``&nbsp;`` runs, a notice written in ``<div>`` lines, a table
    (rows are paragraphs, cells joined by " | "), ``<ol>``/``<ul>`` items, ``h3`` headings.

Gold decisions on ambiguous points
----------------------------------
- "Tin: Lê Minh Tâm - Ảnh: H'Linh Niê" -> authors [Lê Minh Tâm], photographers [H'Linh Niê];
  "Bài, ảnh: Trần Đình Khoa" is read like "Tin, ảnh:" (both lists).
- "Nguyễn Thị Thu Hà (TPT Đội)" -> "Nguyễn Thị Thu Hà"; a right-aligned "Ban Giám hiệu" signing
  alone is the author as printed.
- "Hoài Thu" then "Nguồn: Báo Đắk Lắk điện tử" -> authors [Hoài Thu], source "Báo Đắk Lắk
  điện tử".
- The bold first paragraph of a text is the sapo (summary); posts without one have no summary.
- A quotation in a ``blockquote`` is a body paragraph; the video plugin's title is not.
- A photo without any printed line has caption None.
"""

from __future__ import annotations

import hashlib
import html as _html
import unicodedata
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "joomla4_gridbox_builder_thcs"
PLATFORM = "Joomla 4 + Gridbox (Balbooa) page builder, Gridbox Blog app"
START_PATH = "/"

SITE_NAME = "Trường THCS Nguyễn Du"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
GRIDBOX_VERSION = "2.19.4"

_GIF = static_file("x.gif").body  # a 1x1 image for the lazy-load placeholder


@dataclass(frozen=True)
class Category:
    cid: int
    alias: str
    name: str
    menu_label: str
    per_page: int
    load_more: bool
    description: str


CATEGORIES = [
    Category(
        2,
        "tin-tuc-su-kien",
        "Tin tức - Sự kiện",
        "Tin tức",
        4,
        False,
        "Tin hoạt động, phong trào thi đua, công tác Đội và các sự kiện của nhà trường.",
    ),
    Category(
        3,
        "hoat-dong-chuyen-mon",
        "Hoạt động chuyên môn",
        "Hoạt động chuyên môn",
        3,
        True,
        "Sinh hoạt tổ chuyên môn, chuyên đề, đổi mới phương pháp dạy học và kiểm tra, đánh giá.",
    ),
    Category(
        4,
        "thong-bao",
        "Thông báo",
        "Thông báo",
        6,
        False,
        "Thông báo của nhà trường gửi học sinh, cha mẹ học sinh và cán bộ, giáo viên.",
    ),
]
CAT_BY_ALIAS = {c.alias: c for c in CATEGORIES}
CAT_BY_ID = {c.cid: c for c in CATEGORIES}

TAGS = {
    "phong-trao-doi": "Phong trào Đội",
    "the-thao": "Thể thao",
    "chuyen-doi-so": "Chuyển đổi số",
    "doi-moi-day-hoc": "Đổi mới dạy học",
}

# --- Gridbox widgets that sit inside a post's text (not body) -----------------------------------

_SOCIAL_FOLLOW = (
    '<div class="ba-item-social-icons ba-item" id="{id}"><div class="ba-social-icons-wrapper">'
    '<p class="ba-social-icons-title">Theo dõi Liên đội THCS Nguyễn Du</p>'
    '<a href="https://www.facebook.com/liendoithcsnguyendubmt" target="_blank" rel="noopener">'
    '<i class="ba-btn-transition zmdi zmdi-facebook"></i></a>'
    '<a href="https://www.youtube.com/@thcsnguyendubmt" target="_blank" rel="noopener">'
    '<i class="ba-btn-transition zmdi zmdi-youtube-play"></i></a></div></div>'
)
_VIDEO = (
    '<div class="ba-item-video ba-item" id="{id}"><div class="ba-video-wrapper" '
    'style="padding-bottom: 56.24%;"><iframe src="https://www.youtube.com/embed/Xq3vN8r2kLw?rel=0" '
    'frameborder="0" allowfullscreen></iframe></div>'
    '<div class="ba-video-title">Video: Tiết mục văn nghệ “Bụi phấn” của tập thể giáo viên</div></div>'
)
_BUTTON = (
    '<div class="ba-item-button ba-item" id="{id}"><div class="ba-button-wrapper">'
    '<a class="ba-btn-transition" href="/images/tai-lieu/ke-hoach-bai-day-stem-khtn8.pdf" '
    'target="_blank"><i class="zmdi zmdi-download"></i><span class="empty-textnode"></span>'
    "<span>Tải kế hoạch bài dạy (PDF)</span></a></div></div>"
)
WIDGET_RECENT = "@@recent-in-text@@"  # replaced at render time (needs the other stories)


def _byline_right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the 13 posts ------------------------------------------------------------------------------

S1 = Story(
    id=52,
    slug="lien-doi-phat-dong-dot-thi-dua-chao-mung-82-nam-ngay-thanh-lap-qdnd-viet-nam",
    title="Liên đội phát động đợt thi đua chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04",
    summary=(
        "Sáng 04/12, tại sân trường, Liên đội Trường THCS Nguyễn Du đã tổ chức lễ phát động đợt thi "
        "đua cao điểm chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – "
        "22/12/2026) và 37 năm Ngày hội Quốc phòng toàn dân."
    ),
    blocks=[
        P(
            "Sáng 04/12, tại sân trường, Liên đội Trường THCS Nguyễn Du đã tổ chức lễ phát động đợt thi "
            "đua cao điểm chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – "
            "22/12/2026) và 37 năm Ngày hội Quốc phòng toàn dân.",
            "lead",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Hoàng Đức Minh, Phó Hiệu trưởng nhà trường, đã ôn lại truyền "
            "thống vẻ vang của Quân đội nhân dân Việt Nam, đồng thời nhắc nhở các em học sinh tiếp tục "
            "rèn luyện đạo đức, chăm chỉ học tập để xứng đáng với sự hy sinh của các thế hệ cha anh."
        ),
        Img(
            "/images/tin-tuc/2026/12/phat-dong-thi-dua-01.jpg",
            "Thầy Hoàng Đức Minh phát biểu tại lễ phát động",
            "Thầy Hoàng Đức Minh phát biểu tại lễ phát động",
            "gb",
        ),
        P("Nội dung thi đua", "h"),
        P(
            "Thi đua học tốt: mỗi chi đội đăng ký ít nhất 20 giờ học tốt và 50 điểm 9, điểm 10 trong "
            "tuần cao điểm;",
            "li",
        ),
        P(
            "Thi đua rèn luyện: thực hiện tốt nội quy, không vi phạm an toàn giao thông, giữ gìn vệ "
            "sinh lớp học;",
            "li",
        ),
        P(
            "Hoạt động “Áo lính tri ân”: quyên góp áo ấm, sách vở tặng thân nhân gia đình chính sách "
            "trên địa bàn;",
            "li",
        ),
        P(
            "Hội thi tìm hiểu lịch sử Quân đội nhân dân Việt Nam dành cho học sinh khối 8 và khối 9.",
            "li",
        ),
        Raw("SPLIT"),
        P(
            "Ngay sau lễ phát động, đại diện Ban Chỉ huy Liên đội đã trao cờ thi đua cho các chi đội "
            "và công bố thể lệ hội thi tìm hiểu. Kết quả đợt thi đua sẽ được tổng kết vào buổi sinh "
            "hoạt dưới cờ ngày 21/12/2026."
        ),
        _byline_right("<strong>Nguyễn Thị Thu Hà</strong> (TPT Đội)"),
        Raw("WIDGET:" + _SOCIAL_FOLLOW),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={"author_profile": "Quản trị viên", "tags": ["phong-trao-doi"]},
)

S2 = Story(
    id=50,
    slug="hoc-sinh-truong-thcs-nguyen-du-dat-15-giai-tai-hoi-khoe-phu-dong-cap-thanh-pho",
    title="Học sinh Trường THCS Nguyễn Du đạt 15 giải tại Hội khỏe Phù Đổng cấp thành phố",
    cat="tin-tuc-su-kien",
    published_at="2026-11-28",
    blocks=[
        P(
            "Từ ngày 22 đến 27/11/2026, tại Nhà thi đấu thể dục thể thao thành phố Buôn Ma Thuột đã "
            "diễn ra Hội khỏe Phù Đổng cấp thành phố năm học 2026-2027 với sự tham gia của hơn 1.200 "
            "vận động viên đến từ 34 trường trung học cơ sở."
        ),
        P(
            "Đoàn vận động viên Trường THCS Nguyễn Du gồm 28 em học sinh thi đấu ở các môn điền kinh, "
            "bơi lội, cầu lông, cờ vua và bóng bàn. Sau sáu ngày tranh tài sôi nổi, đoàn đã xuất sắc "
            "giành 15 giải, trong đó có 4 huy chương vàng, 5 huy chương bạc và 6 huy chương đồng, xếp "
            "thứ ba toàn đoàn."
        ),
        Img(
            "/images/tin-tuc/2026/11/hkpd-dien-kinh.jpg",
            "(Em Y Bin Mlô, lớp 9A3, về nhất nội dung chạy 800 m nam)",
            "Em Y Bin Mlô, lớp 9A3, về nhất nội dung chạy 800 m nam",
            "inline",
        ),
        P(
            "Nổi bật là em Y Bin Mlô, lớp 9A3, giành hai huy chương vàng ở nội dung chạy 800 m và "
            "1.500 m nam; em Nguyễn Ngọc Bảo Trâm, lớp 8A1, giành huy chương vàng môn cờ vua nữ sau "
            "bảy ván toàn thắng."
        ),
        P("Kết quả cụ thể:"),
        P("– Điền kinh: 2 HCV, 2 HCB, 3 HCĐ;", "br"),
        P("– Cờ vua: 1 HCV, 1 HCĐ;", "br"),
        P("– Bơi lội: 1 HCV, 2 HCB;", "br"),
        P("– Cầu lông và bóng bàn: 1 HCB, 2 HCĐ.", "br"),
        Img(
            "/images/tin-tuc/2026/11/hkpd-trao-giai.jpg",
            "Đoàn vận động viên nhà trường nhận giải xếp hạng toàn đoàn",
            "Đoàn vận động viên nhà trường nhận giải xếp hạng toàn đoàn",
            "inline",
        ),
        P(
            "Các vận động viên đạt thành tích cao sẽ tiếp tục được bồi dưỡng để tham dự Hội khỏe Phù "
            "Đổng cấp tỉnh, dự kiến tổ chức vào tháng 3/2027."
        ),
        _byline_right("<strong><em>Tin, ảnh: Y Khoa Niê</em></strong>"),
    ],
    authors=["Y Khoa Niê"],
    photographers=["Y Khoa Niê"],
    opts={
        "author_profile": "admin_thcsnd",
        "tags": ["the-thao"],
        "seo_title": "Hội khỏe Phù Đổng cấp thành phố 2026 | THCS Nguyễn Du",
        "comments": [
            (12, "Phụ huynh em Bảo Trâm", "28/11/2026 20:14",
             "Chúc mừng các con! Cảm ơn thầy cô đã đồng hành cùng đội tuyển suốt thời gian tập luyện."),
            (15, "Nguyễn Văn Lực", "29/11/2026 07:02",
             "Tự hào về đội tuyển điền kinh của trường, mong năm sau các em giữ vững phong độ."),
        ],
    },
)

S3 = Story(
    id=48,
    slug="toa-dam-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-19",
    summary=(
        "Chiều 19/11, Trường THCS Nguyễn Du tổ chức buổi tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt "
        "Nam với sự tham dự của đại diện chính quyền địa phương, Ban đại diện cha mẹ học sinh cùng "
        "các thầy cô giáo nghỉ hưu qua các thời kỳ."
    ),
    blocks=[
        P(
            "Chiều 19/11, Trường THCS Nguyễn Du tổ chức buổi tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt "
            "Nam với sự tham dự của đại diện chính quyền địa phương, Ban đại diện cha mẹ học sinh cùng "
            "các thầy cô giáo nghỉ hưu qua các thời kỳ.",
            "lead",
        ),
        P(
            "Tại buổi tọa đàm, cô Lê Thị Hồng Nhung, Chủ tịch Công đoàn trường, đã ôn lại lịch sử ra "
            "đời của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của tập thể sư phạm nhà "
            "trường trong năm học vừa qua: 100% học sinh lớp 9 được công nhận tốt nghiệp, 86,4% học "
            "sinh trúng tuyển vào lớp 10 công lập, 27 học sinh đạt giải học sinh giỏi cấp tỉnh."
        ),
        Img(
            "/images/tin-tuc/2026/11/toa-dam-20-11-01.jpg",
            "Các thầy cô giáo nghỉ hưu về dự buổi tọa đàm|Ảnh: H'Linh Niê",
            "Các thầy cô giáo nghỉ hưu về dự buổi tọa đàm",
            "gb",
        ),
        P(
            "Nhiều thầy cô giáo đã nghỉ hưu xúc động chia sẻ kỷ niệm những ngày đầu thành lập trường, "
            "khi cơ sở vật chất còn thiếu thốn, lớp học phải chia ca, giáo viên vừa dạy vừa vận động "
            "học sinh ra lớp. Thầy Phan Văn Tú, nguyên Hiệu trưởng nhà trường giai đoạn 1998–2010, bày "
            "tỏ niềm vui khi thấy ngôi trường ngày càng khang trang, chất lượng giáo dục không ngừng "
            "nâng lên."
        ),
        P(
            "“Nghề dạy học là nghề gieo chữ, gieo người. Mỗi thế hệ học trò trưởng thành là phần "
            "thưởng lớn nhất của người thầy”, thầy Tú chia sẻ.",
            "quote",
        ),
        Raw("WIDGET:" + _VIDEO),
        P(
            "Dịp này, Ban đại diện cha mẹ học sinh đã trao tặng nhà trường 50 bộ bàn ghế học sinh trị "
            "giá gần 90 triệu đồng; Ban Giám hiệu khen thưởng 12 giáo viên có thành tích xuất sắc "
            "trong phong trào “Dạy tốt – Học tốt”."
        ),
        Img(
            "/images/tin-tuc/2026/11/toa-dam-20-11-02.jpg",
            "Lãnh đạo nhà trường tặng giấy khen cho các giáo viên tiêu biểu",
            "Lãnh đạo nhà trường tặng giấy khen cho các giáo viên tiêu biểu",
            "gb-lazy",
        ),
        _byline_right("<em>Tin: Lê Minh Tâm - Ảnh: H'Linh Niê</em>"),
    ],
    authors=["Lê Minh Tâm"],
    photographers=["H'Linh Niê"],
    opts={
        "author_profile": "Quản trị viên",
        "comments": [
            (18, "Cựu học sinh khóa 2005 - 2009", "20/11/2026 06:30",
             "Kính chúc thầy cô luôn mạnh khỏe, hạnh phúc và tràn đầy nhiệt huyết với nghề!"),
        ],
    },
)

S4 = Story(
    id=45,
    slug="ngoai-khoa-phong-chong-duoi-nuoc-va-tai-nan-thuong-tich-cho-hoc-sinh-khoi-6",
    title="Ngoại khóa phòng, chống đuối nước và tai nạn thương tích cho học sinh khối 6",
    cat="tin-tuc-su-kien",
    published_at="2026-11-07",
    blocks=[
        P(
            "Nhằm trang bị kỹ năng tự bảo vệ bản thân cho học sinh, sáng 07/11/2026, Trường THCS "
            "Nguyễn\xa0Du phối hợp với Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực "
            "tổ chức buổi ngoại khóa về phòng, chống đuối nước và tai nạn thương tích cho hơn 420 học "
            "sinh khối 6."
        ),
        P(
            "Tại buổi ngoại khóa, các cán bộ, chiến sĩ đã giới thiệu những nguyên nhân thường gặp dẫn "
            "đến đuối nước ở trẻ em như tự ý đi tắm sông, suối, hồ, ao; chơi đùa gần khu vực nước "
            "sâu;\xa0\xa0thiếu kỹ năng bơi và kỹ năng xử lý khi gặp nguy hiểm."
        ),
        Img("/images/tin-tuc/2026/11/ngoai-khoa-duoi-nuoc.jpg", "Ảnh: Đoàn Văn Quý", None, "gb-lazy"),
        P(
            "Học sinh được hướng dẫn cách nhận biết các khu vực nguy hiểm, cách sử dụng phao cứu sinh, "
            "sơ cứu ban đầu khi phát hiện người bị đuối nước và thực hành hô hấp nhân tạo trên mô "
            "hình. Nhiều em hào hứng xung phong lên thực hành và đặt câu hỏi cho các chiến sĩ."
        ),
        P(
            "Thông qua buổi ngoại khóa, nhà trường mong muốn mỗi học sinh trở thành một tuyên truyền "
            "viên nhỏ, nhắc nhở người thân và bạn bè cùng nâng cao ý thức phòng tránh tai nạn thương "
            "tích."
        ),
        _byline_right("<strong>Tổ Văn phòng</strong>"),
        Raw('<p class="gb-capnhat" style="color: #999;"><em>Cập nhật lúc 16:20, 08/11/2026</em></p>'),
    ],
    authors=["Tổ Văn phòng"],
    photographers=["Đoàn Văn Quý"],
    opts={"author_profile": "admin_thcsnd", "tags": ["phong-trao-doi"]},
)

S5 = Story(
    id=40,
    slug="trao-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-dan-toc-thieu-so",
    title="Trao học bổng “Tiếp sức đến trường” cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn",
    cat="tin-tuc-su-kien",
    published_at="2026-10-24",
    summary=(
        "Ngày 24/10, Trường THCS Nguyễn Du phối hợp với Quỹ Khuyến học tỉnh Đắk Lắk trao 30 suất học "
        "bổng “Tiếp sức đến trường” cho học sinh đồng bào dân tộc thiểu số có hoàn cảnh khó khăn, "
        "vươn lên trong học tập."
    ),
    blocks=[
        P(
            "Ngày 24/10, Trường THCS Nguyễn Du phối hợp với Quỹ Khuyến học tỉnh Đắk Lắk trao 30 suất học "
            "bổng “Tiếp sức đến trường” cho học sinh đồng bào dân tộc thiểu số có hoàn cảnh khó khăn, "
            "vươn lên trong học tập.",
            "lead",
        ),
        P(
            "Mỗi suất học bổng gồm 2 triệu đồng tiền mặt, một bộ sách giáo khoa và một chiếc áo ấm. "
            "Tổng giá trị chương trình là 75 triệu đồng, do các nhà hảo tâm, cựu học sinh và doanh "
            "nghiệp trên địa bàn đóng góp."
        ),
        Img(
            "/images/tin-tuc/2026/10/hoc-bong-tiep-suc.jpg",
            "Các em học sinh nhận học bổng “Tiếp sức đến trường”",
            "Các em học sinh nhận học bổng “Tiếp sức đến trường”",
            "inline",
        ),
        P(
            "Em H'Mai Êban, học sinh lớp 7A5, xúc động cho biết: “Nhà em ở buôn Ko Tam, bố mẹ làm "
            "nương rẫy nên việc mua sách vở rất khó khăn. Suất học bổng này giúp em có thêm động lực để "
            "cố gắng học tốt hơn”."
        ),
        P(
            "Phát biểu tại buổi lễ, cô Nguyễn Thị Kim Oanh, Hiệu trưởng nhà trường, cảm ơn sự đồng hành "
            "của các nhà hảo tâm và mong muốn các em tiếp tục phấn đấu, trở thành con ngoan, trò giỏi."
        ),
        _byline_right("<strong>Hoài Thu</strong>"),
        _byline_right("<em>Nguồn: Báo Đắk Lắk điện tử</em>"),
    ],
    authors=["Hoài Thu"],
    source="Báo Đắk Lắk điện tử",
    opts={"author_profile": "Quản trị viên"},
)

S6 = Story(
    id=38,
    slug="dai-hoi-lien-doi-nhiem-ky-2026-2027",
    title="Đại hội Liên đội nhiệm kỳ 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-10",
    blocks=[
        P(
            "Sáng 10/10/2026, Liên đội Trường THCS Nguyễn Du long trọng tổ chức Đại hội Liên đội nhiệm "
            "kỳ 2026 - 2027 với sự tham dự của 96 đại biểu là chỉ huy các chi đội và đội viên tiêu "
            "biểu.",
            "mso",
        ),
        P(
            "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi năm học 2025 - 2026, "
            "trong đó Liên đội đạt danh hiệu Liên đội vững mạnh xuất sắc, nhiều năm liền được Hội đồng "
            "Đội tỉnh tặng bằng khen.",
            "mso",
        ),
        Img("/images/tin-tuc/2026/10/dai-hoi-lien-doi.jpg", None, None, "inline"),
        P(
            "Các đại biểu đã thảo luận sôi nổi về phương hướng hoạt động nhiệm kỳ mới, tập trung vào "
            "các phong trào “Tuổi nhỏ làm việc nhỏ tùy theo sức của mình”, “Kế hoạch nhỏ”, “Nghìn việc "
            "tốt” và xây dựng tủ sách Đội.",
            "mso",
        ),
        P(
            "Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 gồm 11 em; em Lê Hoàng Gia Hân, "
            "lớp 9A1, được bầu làm Liên đội trưởng.",
            "mso",
        ),
    ],
    opts={"author_profile": "Quản trị viên"},
)

S7 = Story(
    id=49,
    slug="chuyen-de-day-hoc-stem-mon-khtn-8-che-tao-binh-loc-nuoc-don-gian",
    title="Chuyên đề dạy học STEM môn Khoa học tự nhiên 8: Chế tạo bình lọc nước đơn giản",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-25",
    summary=(
        "Ngày 25/11, Tổ Khoa học tự nhiên tổ chức chuyên đề dạy học theo định hướng giáo dục STEM "
        "với bài học “Chế tạo bình lọc nước đơn giản” tại lớp 8A2, thu hút đông đảo giáo viên trong "
        "trường và các trường bạn trên địa bàn đến dự."
    ),
    blocks=[
        P(
            "Ngày 25/11, Tổ Khoa học tự nhiên tổ chức chuyên đề dạy học theo định hướng giáo dục STEM "
            "với bài học “Chế tạo bình lọc nước đơn giản” tại lớp 8A2, thu hút đông đảo giáo viên trong "
            "trường và các trường bạn trên địa bàn đến dự.",
            "lead",
        ),
        P(
            "Bài học được thiết kế theo quy trình kỹ thuật gồm năm bước: xác định vấn đề, nghiên cứu "
            "kiến thức nền, đề xuất giải pháp, chế tạo mẫu thử, thử nghiệm và đánh giá. Học sinh làm "
            "việc theo nhóm, sử dụng các vật liệu dễ tìm như chai nhựa, cát, sỏi, than hoạt tính và "
            "bông gòn."
        ),
        Img(
            "/images/chuyen-mon/2026/11/stem-binh-loc-nuoc-01.jpg",
            "Học sinh lớp 8A2 lắp ráp bình lọc nước theo nhóm",
            "Học sinh lớp 8A2 lắp ráp bình lọc nước theo nhóm",
            "gb-lazy",
        ),
        P(
            "Điểm nhấn của tiết học là phần trình bày sản phẩm: mỗi nhóm giải thích vai trò của từng "
            "lớp vật liệu và so sánh độ trong của nước trước và sau khi lọc. Nhóm 3 được đánh giá cao "
            "khi bổ sung lớp vải lọc giúp nước chảy chậm và trong hơn."
        ),
        Raw("WIDGET:" + _BUTTON),
        P(
            "Trong phần góp ý, các giáo viên dự giờ thống nhất đánh giá chuyên đề đã phát huy tốt năng "
            "lực tự học, năng lực hợp tác và vận dụng kiến thức vào thực tiễn của học sinh. Tổ chuyên "
            "môn sẽ tiếp tục nhân rộng mô hình ở các khối lớp 6 và 7 trong học kỳ II."
        ),
        _byline_right("<strong>ThS. Phạm Quốc Bảo</strong> - Tổ Khoa học tự nhiên"),
    ],
    authors=["Phạm Quốc Bảo"],
    opts={"author_profile": "admin_thcsnd", "tags": ["doi-moi-day-hoc"]},
)

S8 = Story(
    id=46,
    slug="to-ngu-van-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
    title="Tổ Ngữ văn sinh hoạt chuyên môn theo nghiên cứu bài học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-12",
    blocks=[
        P(
            "Thực hiện kế hoạch chuyên môn năm học 2026-2027, chiều 12/11, Tổ Ngữ văn tổ chức buổi sinh "
            "hoạt chuyên môn theo nghiên cứu bài học với bài dạy minh họa “Viết bài văn nghị luận về "
            "một vấn đề cần giải quyết” tại lớp 9A4 do cô Đặng Thị Mỹ Duyên thực hiện."
        ),
        P(
            "Khác với hình thức dự giờ truyền thống, các giáo viên dự giờ tập trung quan sát hoạt động "
            "học của học sinh: em nào tích cực, em nào còn lúng túng, nguyên nhân vì sao, thay vì nhận "
            "xét, xếp loại tiết dạy của giáo viên.",
            "nfd",
        ),
        Img(
            "/images/chuyen-mon/2026/11/ncbh-ngu-van.jpg",
            "Giáo viên Tổ Ngữ văn dự giờ, quan sát học sinh lớp 9A4",
            "Giáo viên Tổ Ngữ văn dự giờ, quan sát học sinh lớp 9A4",
            "inline",
        ),
        P(
            "Trong phần thảo luận sau tiết dạy, các thầy cô đã chia sẻ nhiều ghi chép cụ thể về quá "
            "trình học tập của từng nhóm học sinh, từ đó đề xuất điều chỉnh cách giao nhiệm vụ và thời "
            "lượng cho hoạt động viết đoạn mở bài."
        ),
        P("Một số kinh nghiệm rút ra", "h"),
        P("Thiết kế nhiệm vụ học tập vừa sức, có phiếu hướng dẫn rõ ràng cho từng nhóm.", "ol"),
        P("Dành thời gian cho học sinh tự đánh giá và đánh giá đồng đẳng sản phẩm viết.", "ol"),
        P("Giáo viên dự giờ ngồi gần học sinh, ghi chép bằng chứng thay vì chấm điểm tiết dạy.", "ol"),
        P(
            "Buổi sinh hoạt chuyên môn kết thúc với sự thống nhất của cả tổ về việc xây dựng chuỗi bài "
            "học nghiên cứu cho các khối lớp trong học kỳ II."
        ),
        _byline_right("<strong>Tổ Ngữ văn</strong>"),
    ],
    authors=["Tổ Ngữ văn"],
    opts={"author_profile": "Quản trị viên", "tags": ["doi-moi-day-hoc"]},
)

S9 = Story(
    id=42,
    slug="giao-vien-lam-quen-voi-ngan-hang-cau-hoi-truc-tuyen",
    title=(
        "Ứng dụng chuyển đổi số trong kiểm tra, đánh giá: giáo viên làm quen với ngân hàng câu hỏi "
        "trực tuyến"
    ),
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-30",
    summary=(
        "Chiều 30/10, hơn 60 cán bộ, giáo viên Trường THCS Nguyễn Du tham gia buổi tập huấn sử dụng hệ "
        "thống ngân hàng câu hỏi và kiểm tra trực tuyến, một trong những nội dung trọng tâm của kế "
        "hoạch chuyển đổi số năm học 2026-2027."
    ),
    blocks=[
        P(
            "Chiều 30/10, hơn 60 cán bộ, giáo viên Trường THCS Nguyễn Du tham gia buổi tập huấn sử dụng hệ "
            "thống ngân hàng câu hỏi và kiểm tra trực tuyến, một trong những nội dung trọng tâm của kế "
            "hoạch chuyển đổi số năm học 2026-2027.",
            "lead",
        ),
        P(
            "Báo cáo viên là thầy Trần Đình Khoa, giáo viên Tin học, tổ trưởng tổ công nghệ thông tin "
            "của nhà trường. Thầy đã hướng dẫn giáo viên cách tạo câu hỏi theo ma trận đặc tả, gắn mức "
            "độ nhận thức cho từng câu hỏi và trộn đề tự động cho các lớp."
        ),
        Raw("WIDGET:" + WIDGET_RECENT),
        P(
            "Giáo viên được thực hành trực tiếp trên máy tính tại phòng Tin học số 2: mỗi tổ chuyên môn "
            "xây dựng thử một đề kiểm tra 15 phút gồm 20 câu hỏi trắc nghiệm nhiều lựa chọn và câu hỏi "
            "đúng – sai theo định dạng mới."
        ),
        Img(
            "/images/chuyen-mon/2026/10/tap-huan-ngan-hang-cau-hoi.jpg",
            "Giáo viên thực hành tạo đề kiểm tra trên hệ thống|Ảnh: Trần Đình Khoa",
            "Giáo viên thực hành tạo đề kiểm tra trên hệ thống",
            "gb",
        ),
        P(
            "Theo kế hoạch, từ tháng 12/2026, các bài kiểm tra thường xuyên môn Tin học, Tiếng Anh và "
            "Khoa học tự nhiên sẽ được tổ chức thí điểm trên hệ thống, giúp giảm áp lực chấm bài và "
            "phân tích kết quả học tập của học sinh nhanh chóng, chính xác hơn."
        ),
        _byline_right("<em>Bài, ảnh: Trần Đình Khoa</em>"),
    ],
    authors=["Trần Đình Khoa"],
    photographers=["Trần Đình Khoa"],
    opts={
        "author_profile": "admin_thcsnd",
        "tags": ["chuyen-doi-so"],
        "seo_title": "Tập huấn ngân hàng câu hỏi trực tuyến - THCS Nguyễn Du",
    },
)

S10 = Story(
    id=36,
    slug="ket-qua-khao-sat-chat-luong-dau-nam-hoc-2026-2027",
    title="Kết quả khảo sát chất lượng đầu năm học 2026-2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-03",
    blocks=[
        P(
            "Từ ngày 22 đến 26/9/2026, nhà trường đã tổ chức khảo sát chất lượng đầu năm các môn Toán, "
            "Ngữ văn và Tiếng Anh cho học sinh toàn trường nhằm đánh giá thực chất năng lực học sinh, "
            "làm cơ sở xây dựng kế hoạch dạy học phân hóa và phụ đạo học sinh."
        ),
        P("Kết quả chung toàn trường như sau:"),
        P("Môn | Số học sinh dự khảo sát | Điểm trung bình | Tỉ lệ từ 5,0 trở lên", "tr"),
        P("Toán | 1.648 | 6,12 | 71,8%", "tr"),
        P("Ngữ văn | 1.648 | 6,45 | 80,3%", "tr"),
        P("Tiếng Anh | 1.645 | 5,87 | 66,2%", "tr"),
        P(
            "So với cùng kỳ năm học trước, điểm trung bình môn Ngữ văn tăng 0,21 điểm; môn Toán và "
            "Tiếng Anh giữ ổn định. Tuy nhiên, tỉ lệ học sinh dưới trung bình môn Tiếng Anh ở khối 6 "
            "còn cao (41,5%), chủ yếu do chênh lệch trình độ đầu vào giữa các trường tiểu học."
        ),
        P(
            "Căn cứ kết quả khảo sát, các tổ chuyên môn đã xây dựng kế hoạch phụ đạo học sinh chưa đạt "
            "yêu cầu vào chiều thứ Ba và thứ Năm hằng tuần, đồng thời thành lập các nhóm bồi dưỡng "
            "học sinh có năng khiếu."
        ),
        _byline_right("<em>Võ Thị Ngọc Lan</em>"),
    ],
    authors=["Võ Thị Ngọc Lan"],
    opts={"author_profile": "Quản trị viên"},
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>'
    '<tr><td style="width: 42%; text-align: center;">UBND THÀNH PHỐ BUÔN MA THUỘT<br>'
    "<strong>TRƯỜNG THCS NGUYỄN DU</strong></td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align: center;">Số: 87/TB-THCSND</td>'
    '<td style="text-align: center;"><em>Buôn Ma Thuột, ngày 20 tháng 10 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về lịch kiểm tra giữa học kỳ I năm học 2026-2027</strong></p>'
)
_CLOSING = (
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    "- Như trên;<br>- Website trường;<br>- Lưu: VT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG'
    "</strong><br><br><em>(đã ký)</em><br><br><strong>Võ Thị Ngọc Lan</strong></td>"
    "</tr></tbody></table>"
)

S11 = Story(
    id=41,
    slug="thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra giữa học kỳ I năm học 2026-2027",
    cat="thong-bao",
    published_at="2026-10-20",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026-2027; căn cứ Thông tư số 22/2021/TT-BGDĐT "
            "ngày 20/7/2021 của Bộ Giáo dục và Đào tạo quy định về đánh giá học sinh trung học cơ sở và "
            "trung học phổ thông;"
        ),
        P("Trường THCS Nguyễn Du thông báo lịch kiểm tra giữa học kỳ I năm học 2026-2027 như sau:"),
        P("Ngày | Buổi sáng (khối 8, 9) | Buổi chiều (khối 6, 7)", "tr"),
        P("Thứ Hai, 02/11/2026 | Ngữ văn (90 phút) | Ngữ văn (90 phút)", "tr"),
        P("Thứ Ba, 03/11/2026 | Toán (90 phút) | Toán (90 phút)", "tr"),
        P("Thứ Tư, 04/11/2026 | Tiếng Anh (60 phút) | Tiếng Anh (60 phút)", "tr"),
        P("Thứ Năm, 05/11/2026 | Khoa học tự nhiên (60 phút) | Khoa học tự nhiên (60 phút)", "tr"),
        P(
            "Các môn còn lại kiểm tra trong giờ dạy theo thời khóa biểu từ ngày 26/10 đến 07/11/2026. "
            "Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt tại phòng "
            "kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh và đồ dùng học tập cần thiết."
        ),
        Raw(_CLOSING),
    ],
    authors=["Võ Thị Ngọc Lan"],
    opts={"author_profile": "admin_thcsnd", "intro_date": "2026-10-21"},
)

S12 = Story(
    id=44,
    slug="thong-bao-tuyen-sinh-cac-cau-lac-bo-nang-khieu-hoc-ky-i",
    title="Thông báo tuyển sinh các câu lạc bộ năng khiếu học kỳ I",
    cat="thong-bao",
    published_at="2026-11-02",
    blocks=[
        P(
            "Nhằm phát triển năng khiếu và tạo sân chơi lành mạnh cho học sinh, nhà trường thông báo "
            "tuyển sinh các câu lạc bộ năng khiếu học kỳ I năm học 2026-2027 như sau:"
        ),
        P("Câu lạc bộ Bóng rổ: sinh hoạt chiều thứ Ba, thứ Sáu tại sân đa năng;", "li"),
        P("Câu lạc bộ Cờ vua: sinh hoạt chiều thứ Tư tại phòng đa chức năng;", "li"),
        P("Câu lạc bộ Mỹ thuật – Vẽ tranh cổ động: sinh hoạt chiều thứ Năm tại phòng Mỹ thuật;", "li"),
        P("Câu lạc bộ Tiếng Anh: sinh hoạt sáng thứ Bảy tại phòng Ngoại ngữ.", "li"),
        P(
            "Học sinh có nguyện vọng đăng ký với giáo viên chủ nhiệm trước ngày 10/11/2026. Các câu lạc "
            "bộ hoạt động miễn phí, do giáo viên nhà trường trực tiếp phụ trách."
        ),
        P(
            "Mọi thắc mắc xin liên hệ Văn phòng nhà trường, điện thoại 0262 3852 417 (trong giờ hành "
            "chính)."
        ),
        Raw(
            '<p class="gb-dinhkem"><a href="/images/tai-lieu/mau-don-dang-ky-clb.pdf" target="_blank">'
            '<img src="/media/system/images/mime-pdf.png" alt="pdf" width="16" height="16"> '
            "Mẫu đơn đăng ký câu lạc bộ.pdf</a> (84 KB)</p>"
        ),
        _byline_right("<strong>Ban Giám hiệu</strong>"),
    ],
    authors=["Ban Giám hiệu"],
    opts={"author_profile": "admin_thcsnd"},
)

S13 = Story(
    id=47,
    slug="thong-bao-to-chuc-hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i",
    title="Thông báo tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I",
    cat="thong-bao",
    published_at="2026-11-14",
    blocks=[
        P(
            "Nhà trường trân trọng thông báo đến quý phụ huynh lịch tổ chức Hội nghị cha mẹ học sinh "
            "giữa học kỳ I năm học 2026-2027:",
            "div",
        ),
        P("Thời gian: 7 giờ 30 phút, Chủ nhật ngày 22/11/2026.", "div"),
        P("Địa điểm: tại các phòng học của từng lớp.", "div"),
        P(
            "Nội dung: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I của học "
            "sinh; trao đổi các biện pháp phối hợp giữa gia đình và nhà trường trong việc quản lý học "
            "sinh sử dụng điện thoại di động và phòng, chống bạo lực học đường.",
            "div",
        ),
        P(
            "Kính mong quý phụ huynh sắp xếp thời gian tham dự đầy đủ, đúng giờ. Trường hợp không thể "
            "tham dự, đề nghị phụ huynh liên hệ trực tiếp với giáo viên chủ nhiệm.",
            "div",
        ),
    ],
    opts={"author_profile": "Quản trị viên"},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_ID = {s.id: s for s in STORIES}


def _intro_day(story: Story) -> str:
    return story.opts.get("intro_date", story.published_at)


def _by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (_intro_day(s), s.id), reverse=True)


def _in_cat(alias: str) -> list[Story]:
    return _by_date([s for s in STORIES if s.cat == alias])


def post_path(story: Story) -> str:
    return f"/blog/{story.cat}/{story.slug}"


def nonsef_path(story: Story) -> str:
    cid = CAT_BY_ALIAS[story.cat].cid
    return f"/index.php?option=com_gridbox&view=page&blog=1&category={cid}&id={story.id}"


# --- small rendering helpers -------------------------------------------------------------------

_MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def _date_words(day: str) -> str:
    y, m, d = day.split("-")
    return f"{d} {_MONTHS[int(m) - 1]} {y}"


def _date_slash(day: str) -> str:
    y, m, d = day.split("-")
    return f"{d}/{m}/{y}"


def e(value: str) -> str:
    return _html.escape(value, quote=True).replace("\xa0", "&nbsp;")


def gid(*seed: object) -> str:
    """A Gridbox item id ("item-15" + 11 digits), stable per seed."""
    digest = hashlib.md5("/".join(map(str, seed)).encode()).hexdigest()
    return "item-15" + str(int(digest[:12], 16))[:11].rjust(11, "0")


def _excerpt(story: Story, limit: int = 150) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    first = unicodedata.normalize("NFC", first.replace("\xa0", " "))
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + " ..."


def _thumb(story: Story) -> str:
    return story.images[0].src if story.images else "/images/blog/mac-dinh-thcs-nguyen-du.jpg"


def section(inner: str, seed: str, cols: tuple[int, ...] = (12,), extra: str = "") -> str:
    """A Gridbox section with one row; ``inner`` is one string per column joined by "\\x00"."""
    parts = inner.split("\x00")
    columns = "".join(
        f'<div class="ba-grid-column-wrapper ba-col-{span}" data-span="{span}">'
        f'<div class="ba-grid-column" id="{gid(seed, "col", i)}"><div class="ba-overlay"></div>'
        f"{part}<div class=\"empty-item\"><span></span></div></div></div>"
        for i, (span, part) in enumerate(zip(cols, parts, strict=True))
    )
    return (
        f'<div class="ba-section row-fluid{extra}" id="{gid(seed, "sec")}"><div class="ba-overlay"></div>'
        f'<div class="ba-section-items"><div class="ba-row-wrapper ba-container">'
        f'<div class="ba-row row-fluid" id="{gid(seed, "row")}"><div class="ba-overlay"></div>'
        f'<div class="column-wrapper">{columns}</div></div></div></div></div>'
    )


def item(kind: str, seed: str, inner: str) -> str:
    return f'<div class="ba-item-{kind} ba-item" id="{gid(seed, kind)}">{inner}</div>'


# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [
        ("/gioi-thieu", "Giới thiệu chung"),
        ("/co-cau-to-chuc", "Cơ cấu tổ chức"),
        ("/thanh-tich", "Thành tích nhà trường"),
    ]),
    ("/blog/tin-tuc-su-kien", "Tin tức", [
        ("/blog/tin-tuc-su-kien", "Tin tức"),
        ("/blog/hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    ]),
    ("/blog/thong-bao", "Thông báo", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("https://vnedu.vn/tra-cuu", "Tra cứu điểm", []),
    ("/lien-he", "Liên hệ", []),
]


def _menu(current: str) -> str:
    out = ['<ul class="nav menu mod-list">']
    for n, (href, label, children) in enumerate(MENU):
        classes = [f"item-{101 + n * 3}"]
        if href == current:
            classes += ["current", "active"]
        if children:
            classes += ["deeper", "parent"]
        out.append(f'<li class="{" ".join(classes)}"><a href="{href}">{e(label)}</a>')
        if children:
            out.append('<span class="ba-menu-dropdown-icon"><i class="zmdi zmdi-caret-down"></i></span>')
            out.append('<ul class="nav-child unstyled small">')
            for m, (chref, clabel) in enumerate(children):
                out.append(f'<li class="item-{102 + n * 3 + m}"><a href="{chref}">{e(clabel)}</a></li>')
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def _head(title: str, request: Request, canonical_target: str, desc: str, og_image: str | None,
          page_id: int, og_type: str = "website") -> str:
    base = base_url(request)
    og = (
        f'<meta property="og:type" content="{og_type}">'
        f'<meta property="og:title" content="{e(title)}">'
        f'<meta property="og:url" content="{base}{e(canonical_target)}">'
        f'<meta property="og:description" content="{e(desc)}">'
    )
    if og_image:
        og += f'<meta property="og:image" content="{base}{e(og_image)}">'
    return (
        '<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr">\n<head>\n'
        '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        f'<meta name="description" content="{e(desc)}">\n'
        '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
        f"<title>{e(title)}</title>\n"
        '<link href="/templates/gridbox/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">\n'
        f'<link href="/templates/gridbox/css/gridbox.css?{GRIDBOX_VERSION}" rel="stylesheet">\n'
        f'<link href="/templates/gridbox/css/storage/style-{page_id}.css?2026-11-30" rel="stylesheet">\n'
        '<link href="/components/com_gridbox/assets/icons/material/material.css" rel="stylesheet">\n'
        f"{og}\n"
        '<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>\n'
        f'<script src="/components/com_gridbox/libraries/modules/initItems.js?{GRIDBOX_VERSION}"></script>\n'
        f"<script>var JUri = '{base}/', gridboxVersion = '{GRIDBOX_VERSION}', "
        f"themeData = {{\"id\":\"{page_id}\",\"theme\":\"7\",\"page\":{{\"option\":\"com_gridbox\","
        f"\"view\":\"page\",\"id\":\"{page_id}\"}}}};</script>\n"
        "</head>\n"
    )


def _header(current: str) -> str:
    top = section(
        item("text", "topbar", (
            '<div class="content-text"><p><span class="gb-homnay"><i class="zmdi zmdi-calendar"></i> '
            f"{HEADER_TODAY}</span> &nbsp;|&nbsp; Hotline: 0262 3852 417 &nbsp;|&nbsp; "
            '<a href="mailto:thcsnguyendu.bmt@daklak.edu.vn">thcsnguyendu.bmt@daklak.edu.vn</a></p></div>'
        )),
        "topbar",
    )
    logo = item("logo", "logo", (
        '<div class="ba-logo-wrapper"><a href="/"><img src="/images/logo/logo-thcs-nguyen-du.png" '
        'alt="Logo Trường THCS Nguyễn Du"></a></div>'
    ))
    brand = item("text", "brand", (
        '<div class="content-text"><p class="gb-dv-chuquan">UBND THÀNH PHỐ BUÔN MA THUỘT</p>'
        '<p class="gb-tentruong">TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN DU</p>'
        '<p class="gb-khauhieu">Kỷ cương – Tình thương – Trách nhiệm</p></div>'
    ))
    menu = item("main-menu", "menu", (
        '<div class="ba-menu-wrapper ba-hamburger-menu ba-collapse-submenu"><div class="main-menu">'
        '<div class="close-menu"><i class="ba-icons ba-icon-close"></i></div>'
        f'<div class="integration-wrapper">{_menu(current)}</div></div>'
        '<div class="open-menu"><i class="ba-icons ba-icon-menu"></i></div></div>'
    ))
    return (
        '<header class="header"><div class="ba-wrapper">'
        + top
        + section(logo + "\x00" + brand, "brandrow", (2, 10))
        + section(menu, "menurow", extra=" gb-thanh-menu")
        + "</div></header>\n"
    )


def _breadcrumbs(trail: list[tuple[str | None, str]]) -> str:
    items = ['<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>']
    for n, (href, label) in enumerate(trail, start=1):
        if href:
            items.append(
                f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{href}" class="pathway">'
                f'<span>{e(label)}</span></a><meta content="{n}"></li>'
            )
        else:
            items.append(
                f'<li aria-current="page" class="mod-breadcrumbs__item breadcrumb-item active">'
                f"<span>{e(label)}</span><meta content=\"{n}\"></li>"
            )
    return item("modules", "bc", (
        '<div class="integration-wrapper"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">'
        f'<ol class="mod-breadcrumbs breadcrumb px-3 py-2">{"".join(items)}</ol></nav></div>'
    ))


def _recent_box(stories: list[Story], title: str, seed: str, excerpt: bool = False) -> str:
    posts = []
    for s in stories:
        intro = f'<div class="ba-blog-post-intro-wrapper">{e(_excerpt(s, 110))}</div>' if excerpt else ""
        posts.append(
            '<div class="ba-blog-post">'
            f'<div class="ba-blog-post-image"><a href="{post_path(s)}"><img src="{_thumb(s)}" alt=""></a></div>'
            '<div class="ba-blog-post-content">'
            f'<div class="ba-blog-post-title-wrapper"><h4 class="ba-blog-post-title"><a href="{post_path(s)}">'
            f"{e(s.title)}</a></h4></div>"
            f'<div class="ba-blog-post-info-wrapper"><span class="ba-blog-post-date">'
            f"{_date_slash(_intro_day(s))}</span></div>{intro}</div></div>"
        )
    return item("recent-posts", seed, (
        f'<div class="ba-recent-posts-title"><h3>{e(title)}</h3></div>'
        f'<div class="ba-blog-posts-wrapper ba-classic-layout">{"".join(posts)}</div>'
    ))


def _sidebar(seed: str) -> str:
    cats = "".join(
        f'<div class="ba-category"><a href="/blog/{c.alias}">{e(c.name)}</a>'
        f'<span class="ba-category-count">({len(_in_cat(c.alias))})</span></div>'
        for c in CATEGORIES
    )
    parts = [
        item("search", seed + "srch", (
            '<div class="ba-search-wrapper"><input type="text" placeholder="Tìm kiếm..." '
            'data-search-page="/tim-kiem"><i class="ba-icons ba-icon-search"></i></div>'
        )),
        _recent_box(_by_date(STORIES)[:5], "Tin mới nhất", seed + "recent"),
        item("categories", seed + "cats", f'<div class="ba-categories-wrapper">{cats}</div>'),
        item("modules", seed + "counter", (
            '<div class="integration-wrapper"><div class="moduletable gb-thongke"><h3>Thống kê truy cập</h3>'
            '<ul class="gb-thongke-list"><li>Đang online: <b>23</b></li><li>Hôm nay: <b>412</b></li>'
            "<li>Tháng này: <b>9.871</b></li><li>Tổng truy cập: <b>1.284.907</b></li></ul></div></div>"
        )),
        item("modules", seed + "poll", (
            '<div class="integration-wrapper"><div class="moduletable gb-binhchon"><h3>Thăm dò ý kiến</h3>'
            "<p>Bạn quan tâm nhất nội dung nào trên website?</p>"
            '<label><input type="radio" name="voteid" value="1"> Tin tức - Sự kiện</label><br>'
            '<label><input type="radio" name="voteid" value="2"> Thông báo của nhà trường</label><br>'
            '<label><input type="radio" name="voteid" value="3"> Hoạt động chuyên môn</label><br>'
            '<span class="ba-btn-transition gb-bieuquyet" data-poll="1">Biểu quyết</span></div></div>'
        )),
        item("image", seed + "banner1", (
            '<div class="ba-image-wrapper"><a href="https://daklak.edu.vn" target="_blank">'
            '<img src="/images/banner/so-gddt-dak-lak.png" alt="Sở Giáo dục và Đào tạo Đắk Lắk"></a></div>'
        )),
        item("image", seed + "banner2", (
            '<div class="ba-image-wrapper"><a href="https://csdl.moet.gov.vn" target="_blank">'
            '<img src="/images/banner/csdl-nganh.png" alt="Cơ sở dữ liệu ngành"></a></div>'
        )),
    ]
    return "".join(parts)


def _footer() -> str:
    left = item("text", "foot1", (
        '<div class="content-text"><p><strong>TRƯỜNG THCS NGUYỄN DU - TP. BUÔN MA THUỘT</strong></p>'
        "<p>Địa chỉ: 112 Nguyễn Du, phường Tân Tiến, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk</p>"
        "<p>Điện thoại: 0262 3852 417 - Email: thcsnguyendu.bmt@daklak.edu.vn</p>"
        "<p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Kim Oanh</p></div>"
    ))
    right = item("text", "foot2", (
        '<div class="content-text"><p><a href="/gioi-thieu">Giới thiệu</a> | <a href="/lien-he">Liên hệ</a>'
        ' | <a href="https://www.facebook.com/thcsnguyendubmt" target="_blank">Facebook</a></p>'
        "<p>© 2026 Trường THCS Nguyễn Du. Thiết kế trên nền Joomla! &amp; Gridbox.</p></div>"
    ))
    return (
        '<footer class="footer"><div class="ba-wrapper">'
        + section(left + "\x00" + right, "footer", (8, 4))
        + '</div></footer>\n<div class="ba-scroll-to-top"><i class="ba-icons ba-icon-arrow-up"></i></div>'
    )


def _page(head: str, current_menu: str, body_sections: str, body_class: str) -> str:
    return (
        head
        + f'<body class="com_gridbox {body_class}">\n<div class="ba-overlay"></div>\n'
        + _header(current_menu)
        + '<div class="body"><div class="row-fluid main-body"><div class="span12">'
        + f'<div class="ba-wrapper">{body_sections}</div>'
        + "</div></div></div>\n"
        + _footer()
        + "\n</body>\n</html>\n"
    )


# --- the post's text (ba-item-blog-content) ----------------------------------------------------


def _para(p: P) -> str:
    txt = unicodedata.normalize("NFD", p.text) if p.style == "nfd" else p.text
    t = e(txt)
    if p.style == "lead":
        return f"<p><strong>{t}</strong></p>"
    if p.style == "h":
        return f"<h3>{t}</h3>"
    if p.style == "quote":
        return f'<blockquote><p style="text-align: justify;"><em>{t}</em></p></blockquote>'
    if p.style == "mso":
        return (
            '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt; line-height: 150%;">'
            f"<span lang=\"VI\" style=\"font-size: 14.0pt; line-height: 150%; font-family: 'Times New Roman',"
            f" serif;\">{t}</span></p>"
        )
    if p.style == "div":
        return f'<div style="text-align: justify;">{t}</div>'
    return f'<p style="text-align: justify;">{t}</p>'


def _img_inline(img: Img) -> str:
    out = f'<p style="text-align: center;"><img src="{img.src}" alt="" width="800" height="533"></p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{e(img.printed)}</em></p>'
    return out


def _img_plugin(img: Img, seed: str) -> str:
    lazy = "lazy" in img.style
    if lazy:
        tag = (
            '<img class="lazy-load-image" src="/components/com_gridbox/assets/images/default-lazy-load.webp" '
            f'data-src="{img.src}" alt="">'
        )
    else:
        tag = f'<img src="{img.src}" alt="">'
    caption = ""
    if img.printed:
        title, _, desc = img.printed.partition("|")
        if title.startswith("Ảnh:"):
            title, desc = "", title
        caption = '<div class="ba-image-item-caption"><div class="ba-caption-overlay"></div>'
        if title:
            caption += f'<h3 class="ba-image-item-title">{e(title)}</h3>'
        if desc:
            caption += f'<div class="ba-image-item-description">{e(desc)}</div>'
        caption += "</div>"
    return item("image", seed, f'<div class="ba-image-wrapper ba-fade-in">{tag}{caption}</div>')


def _recent_in_text(story: Story) -> str:
    picks = [S7, S8, S3]
    return _recent_box([s for s in picks if s is not story], "Có thể bạn quan tâm", f"rit{story.id}", True)


def blog_content(story: Story) -> str:
    """The post's Gridbox sections: text plugins, image plugins and widgets in page order."""
    sections: list[str] = []
    current: list[str] = []  # plugins of the current section
    text: list[str] = []  # html of the current ba-item-text
    n = 0

    def flush_text() -> None:
        nonlocal text, n
        if text:
            n += 1
            current.append(item("text", f"t{story.id}-{n}", f'<div class="content-text">{"".join(text)}</div>'))
            text = []

    def flush_section() -> None:
        nonlocal current
        flush_text()
        if current:
            sections.append(section("".join(current), f"bc{story.id}-{len(sections)}"))
            current = []

    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            if b.style in ("li", "ol", "tr"):
                group = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                    group.append(blocks[i])
                    i += 1
                if b.style == "tr":
                    rows = []
                    for r, row in enumerate(group):
                        cell = "th" if r == 0 else "td"
                        cells = "".join(f"<{cell}>{e(c)}</{cell}>" for c in row.text.split(" | "))
                        rows.append(f"<tr>{cells}</tr>")
                    text.append(
                        '<table class="gb-bang" style="width: 100%;" border="1" cellpadding="4"><tbody>'
                        + "".join(rows) + "</tbody></table>"
                    )
                else:
                    tag = "ul" if b.style == "li" else "ol"
                    text.append(f"<{tag}>" + "".join(f"<li>{e(g.text)}</li>" for g in group) + f"</{tag}>")
                continue
            if b.style != "br" and i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                lines = [b.text]
                i += 1
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                    lines.append(blocks[i].text)
                    i += 1
                text.append('<p style="text-align: justify;">' + "<br>\n".join(e(x) for x in lines) + "</p>")
                continue
            text.append(_para(b))
        elif isinstance(b, Img):
            if b.style == "inline":
                text.append(_img_inline(b))
            else:
                flush_text()
                current.append(_img_plugin(b, f"img{story.id}-{i}"))
        elif isinstance(b, Raw):
            if b.html == "SPLIT":
                flush_section()
            elif b.html.startswith("WIDGET:"):
                flush_text()
                widget = b.html[len("WIDGET:"):]
                if widget == WIDGET_RECENT:
                    current.append(_recent_in_text(story))
                else:
                    current.append(widget.format(id=gid(story.id, "w", i)))
            else:
                text.append(b.html)
        i += 1
    flush_section()
    return item("blog-content", f"blogcontent{story.id}", f'<div class="blog-content-wrapper">{"".join(sections)}</div>')


# --- pages -------------------------------------------------------------------------------------


def _post_cards(stories: list[Story], seed: str, heading: str = "h3", nav_label: str | None = None,
                link=post_path) -> str:
    cards = []
    for s in stories:
        cat = CAT_BY_ALIAS[s.cat]
        href = e(link(s))
        button = nav_label if nav_label else "Xem thêm"
        if isinstance(button, dict):
            button = button[s.id]
        cards.append(
            '<div class="ba-blog-post">'
            f'<div class="ba-blog-post-image"><a href="{href}"><img src="{_thumb(s)}" alt="{e(s.title)}"></a></div>'
            '<div class="ba-blog-post-content">'
            f'<div class="ba-blog-post-title-wrapper"><{heading} class="ba-blog-post-title"><a href="{href}">'
            f"{e(s.title)}</a></{heading}></div>"
            '<div class="ba-blog-post-info-wrapper">'
            f'<span class="ba-blog-post-date">{_date_slash(_intro_day(s))}</span>'
            f'<span class="ba-blog-post-category"><a href="/blog/{cat.alias}">{e(cat.name)}</a></span>'
            f'<span class="ba-blog-post-hits">{s.views()} lượt xem</span></div>'
            f'<div class="ba-blog-post-intro-wrapper">{e(_excerpt(s))}</div>'
            f'<div class="ba-blog-post-button-wrapper"><a class="ba-btn-transition" href="{href}">'
            f"{e(button)}</a></div></div></div>"
        )
    return "".join(cards)


def render_post(story: Story, request: Request) -> Response:
    cat = CAT_BY_ALIAS[story.cat]
    title = story.opts.get("seo_title") or f"{story.title} - THCS Nguyễn Du"
    desc = _excerpt(story, 155)
    cover = story.images[0].src if story.images else None
    head = _head(title, request, post_path(story), desc, cover, 1000 + story.id, "article")

    comments = story.opts.get("comments", [])
    cover_html = (
        '<div class="intro-post-image-wrapper"><div class="ba-overlay"></div>'
        f'<div class="intro-post-image" style="background-image: url({cover});"></div></div>'
        if cover else ""
    )
    intro = item("post-intro", "intro", (
        '<div class="intro-post-wrapper fullscreen-post">'
        + cover_html
        + '<div class="intro-post-title-wrapper">'
        f'<h1 class="intro-post-title">{e(story.title)}</h1></div>'
        '<div class="intro-post-info">'
        '<span class="intro-post-author"><span class="ba-author-avatar" '
        'style="background-image: url(/components/com_gridbox/assets/images/default-user.png);"></span>'
        f'<span class="ba-author-name">{e(story.opts["author_profile"])}</span></span>'
        f'<span class="intro-post-date">{_date_words(_intro_day(story))}</span>'
        f'<span class="intro-category-wrapper"><span class="intro-category-separator">'
        f'<a href="/blog/{cat.alias}">{e(cat.name)}</a></span></span>'
        f'<span class="intro-post-hits">Lượt xem {story.views()}</span>'
        f'<span class="intro-post-comments"><a href="#total-count-wrapper">{len(comments)} Bình luận</a></span>'
        "</div></div>"
    ))
    headline = item("headline", "headline", '<div class="headline-wrapper"><h1>Bản tin nhà trường</h1></div>')

    tags = story.opts.get("tags", [])
    tags_html = item("post-tags", "tags", (
        '<div class="ba-button-wrapper"><span class="gb-the-label">Từ khóa:</span>'
        + "".join(
            f'<a href="/blog/tag/{t}" class="ba-btn-transition"><span>#{e(TAGS[t])}</span></a>' for t in tags
        )
        + "</div>"
    )) if tags else ""
    base = base_url(request)
    share_url = e(base + post_path(story))
    social = item("social", "share", (
        '<div class="ba-social classic">'
        f'<div class="facebook" data-social="facebook"><a href="https://www.facebook.com/sharer.php?u={share_url}" '
        'target="_blank" rel="nofollow"><i class="ba-btn-transition zmdi zmdi-facebook"></i>'
        '<span class="social-title">Facebook</span><span class="social-counter">0</span></a></div>'
        f'<div class="twitter" data-social="twitter"><a href="https://twitter.com/intent/tweet?url={share_url}" '
        'target="_blank" rel="nofollow"><i class="ba-btn-transition zmdi zmdi-twitter"></i>'
        '<span class="social-title">Twitter</span></a></div>'
        '<div class="print" data-social="print"><span onclick="window.print();"><i class="zmdi zmdi-print"></i>'
        '<span class="social-title">In bài</span></span></div></div>'
    ))

    siblings = _in_cat(story.cat)
    pos = siblings.index(story)
    nav_posts, labels = [], {}
    if pos + 1 < len(siblings):
        older = siblings[pos + 1]
        nav_posts.append(older)
        labels[older.id] = "« Bài trước"
    if pos > 0:
        newer = siblings[pos - 1]
        nav_posts.append(newer)
        labels[newer.id] = "Bài tiếp theo »"
    navigation = item("post-navigation", "nav", (
        '<div class="ba-blog-posts-wrapper ba-post-navigation-layout">'
        + _post_cards(nav_posts, "nav", "h4", labels, link=nonsef_path)
        + "</div>"
    ))
    related_posts = [s for s in siblings if s is not story][:2]
    related = item("related-posts", "related", (
        '<div class="ba-related-posts-title"><h3>Bài viết cùng chuyên mục</h3></div>'
        f'<div class="ba-blog-posts-wrapper ba-grid-layout">{_post_cards(related_posts, "rel", "h4")}</div>'
    ))

    comment_html = []
    for cid, name, when, message in comments:
        comment_html.append(
            f'<div class="user-comment-wrapper" id="comment-{cid}">'
            '<div class="comment-user-avatar" style="background-image: url(/components/com_gridbox/assets/'
            'images/default-user.png);"></div><div class="comment-data-wrapper">'
            f'<span class="comment-user-name">{e(name)}</span><span class="comment-date">{when}</span></div>'
            f'<div class="comment-message"><p>{e(message)}</p></div><div class="comment-actions">'
            f'<span class="comment-share-action"><a href="{post_path(story)}?comment={cid}#comment-{cid}">'
            '<i class="zmdi zmdi-share"></i> Chia sẻ</a></span>'
            '<span class="comment-reply-action"><i class="zmdi zmdi-mail-reply"></i> Trả lời</span>'
            '<span class="comment-like-action" data-action="likes"><i class="zmdi zmdi-thumb-up"></i> '
            "<span>0</span></span></div></div>"
        )
    comments_box = item("comments-box", "comments", (
        '<div class="ba-comments-box-wrapper"><div class="ba-comments-total-count-wrapper" '
        f'id="total-count-wrapper"><span class="ba-comments-total-count">{len(comments)} Bình luận</span></div>'
        f'<div class="ba-comments-wrapper">{"".join(comment_html)}</div>'
        '<div class="ba-comment-message-wrapper"><div class="ba-guest-login-wrapper">'
        '<input type="text" class="ba-comments-guest-name" placeholder="Họ và tên">'
        '<input type="email" class="ba-comments-guest-email" placeholder="Email"></div>'
        '<textarea class="ba-comment-message" placeholder="Viết bình luận của bạn..."></textarea>'
        '<span class="ba-btn-transition ba-submit-comment">Gửi bình luận</span></div></div>'
    ))

    main_col = blog_content(story) + tags_html + social + navigation + related + comments_box
    body = (
        section(
            _breadcrumbs([("/", "Trang chủ"), (f"/blog/{cat.alias}", cat.name), (None, story.title)]),
            "bcrow",
        )
        + section(headline, "headrow", extra=" gb-tieude-chuyenmuc")
        + section(intro, "introrow")
        + section(main_col + "\x00" + _sidebar("post"), "mainrow", (8, 4))
    )
    page = _page(head, f"/blog/{cat.alias}", body, "page gb-blog-post")
    return html(page)


def _pagination(cat: Category, page: int, pages: int) -> str:
    def link(n: int) -> str:
        return f"/blog/{cat.alias}" + (f"?page={n}" if n > 1 else "")

    spans = []
    if page > 1:
        spans.append(f'<span><a class="ba-btn-transition" href="{link(1)}">Đầu</a></span>')
        spans.append(f'<span><a class="ba-btn-transition" href="{link(page - 1)}">«</a></span>')
    else:
        spans.append('<span class="disabled"><a class="ba-btn-transition">Đầu</a></span>')
        spans.append('<span class="disabled"><a class="ba-btn-transition">«</a></span>')
    for n in range(1, pages + 1):
        if n == page:
            spans.append(f'<span class="active"><a class="ba-btn-transition">{n}</a></span>')
        else:
            spans.append(f'<span><a class="ba-btn-transition" href="{link(n)}">{n}</a></span>')
    if page < pages:
        spans.append(f'<span><a class="ba-btn-transition" href="{link(page + 1)}">»</a></span>')
        spans.append(f'<span><a class="ba-btn-transition" href="{link(pages)}">Cuối</a></span>')
    else:
        spans.append('<span class="disabled"><a class="ba-btn-transition">»</a></span>')
        spans.append('<span class="disabled"><a class="ba-btn-transition">Cuối</a></span>')
    hidden = ' style="display: none;"' if cat.load_more else ""
    out = f'<div class="ba-blog-posts-pagination"{hidden}>{"".join(spans)}</div>'
    if cat.load_more and page < pages:
        out = (
            f'<div class="ba-blog-posts-pagination-wrapper gb-tai-them">{out}'
            f'<span class="ba-btn-transition ba-load-more-posts" data-next-page="{page + 1}" '
            f'data-pages="{pages}">Tải thêm bài viết</span></div>'
        )
    return out


def render_listing(request: Request, cat: Category | None, tag: str | None) -> Response:
    if cat is not None:
        stories = _in_cat(cat.alias)
        per_page = cat.per_page
        name, description = cat.name, cat.description
        trail = [("/", "Trang chủ"), (None, cat.name)]
        canonical = f"/blog/{cat.alias}"
        menu_current = canonical
    else:
        stories = _by_date([s for s in STORIES if tag in s.opts.get("tags", [])])
        per_page = 12
        name = f"Từ khóa: {TAGS[tag]}"
        description = f"Các bài viết gắn từ khóa “{TAGS[tag]}”."
        trail = [("/", "Trang chủ"), (None, TAGS[tag])]
        canonical = f"/blog/tag/{tag}"
        menu_current = ""
    raw_page = request.params.get("page", "1")
    page = int(raw_page) if raw_page.isdigit() and int(raw_page) > 0 else 1
    pages = max(1, -(-len(stories) // per_page))
    shown = stories[(page - 1) * per_page: page * per_page]
    grid = (
        _post_cards(shown, "list")
        if shown
        else '<p class="ba-blog-posts-empty">Chưa có bài viết nào trong chuyên mục này.</p>'
    )
    pager = _pagination(cat, page, pages) if cat is not None and pages > 1 else ""
    intro = item("category-intro", "catintro", (
        '<div class="intro-post-wrapper"><div class="intro-post-image-wrapper"><div class="ba-overlay"></div>'
        '<div class="intro-post-image" style="background-image: url(/images/blog/nen-chuyen-muc.jpg);"></div>'
        '</div><div class="intro-post-title-wrapper">'
        f'<h1 class="intro-post-title">{e(name)}</h1></div>'
        f'<div class="intro-category-description"><p>{e(description)}</p></div></div>'
    ))
    blog_posts = item("blog-posts", "posts", (
        f'<div class="ba-blog-posts-wrapper ba-grid-layout" style="--ba-blog-posts-columns: 2;">{grid}</div>{pager}'
    ))
    title = f"{name}" + (f" - Trang {page}" if page > 1 else "") + " - THCS Nguyễn Du"
    head = _head(title, request, canonical + (f"?page={page}" if page > 1 else ""), description, None,
                 200 + (cat.cid if cat else 9))
    body = (
        section(_breadcrumbs(trail), "bcrow")
        + section(intro, "introrow")
        + section(blog_posts + "\x00" + _sidebar("list"), "mainrow", (8, 4))
    )
    return html(_page(head, menu_current, body, "page gb-blog-category"))


def render_home(request: Request) -> Response:
    slides = []
    for n, s in enumerate([S1, S3, S7]):
        slides.append(
            f'<li class="item{" active" if n == 0 else ""}"><div class="ba-slideshow-img" '
            f'style="background-image: url({_thumb(s)});"></div><div class="ba-slideshow-caption">'
            f'<div class="ba-caption-overlay"></div><h3 class="ba-slideshow-title">{e(s.title)}</h3>'
            f'<div class="ba-slideshow-description">{e(_excerpt(s, 120))}</div>'
            f'<div class="slideshow-button"><a class="ba-btn-transition" href="{post_path(s)}">Xem chi tiết</a>'
            "</div></div></li>"
        )
    slideshow = item("slideshow", "slides", (
        f'<div class="slideshow-wrapper"><ul class="ba-slideshow">{"".join(slides)}</ul>'
        '<div class="ba-slideshow-nav"><a class="ba-btn-transition slideshow-btn-prev"><i class="ba-icons '
        'ba-icon-arrow-left"></i></a><a class="ba-btn-transition slideshow-btn-next"><i class="ba-icons '
        'ba-icon-arrow-right"></i></a></div></div>'
    ))
    welcome = item("text", "welcome", (
        '<div class="content-text"><h2>Chào mừng đến với Trường THCS Nguyễn Du</h2>'
        "<p>Trường THCS Nguyễn Du được thành lập năm 1986, hiện có 42 lớp với hơn 1.650 học sinh và 86 cán "
        "bộ, giáo viên, nhân viên. Nhà trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục "
        'cấp độ 3. <a href="/gioi-thieu">Xem thêm giới thiệu »</a></p></div>'
    ))
    newest = _by_date(STORIES)[:4]
    latest = item("recent-posts", "home-latest", (
        '<div class="ba-recent-posts-title"><h2>Tin mới nhất</h2></div>'
        f'<div class="ba-blog-posts-wrapper ba-grid-layout">{_post_cards(newest, "home", "h3")}</div>'
    ))
    notices = _recent_box(_in_cat("thong-bao")[:3], "Thông báo", "home-notices")
    more = item("button", "home-more", (
        '<div class="ba-button-wrapper"><a class="ba-btn-transition" href="/blog/tin-tuc-su-kien">'
        "<span>Xem tất cả tin tức</span></a></div>"
    ))
    gallery = item("image", "home-gallery", (
        '<div class="ba-image-wrapper"><a href="/thu-vien-anh"><img src="/images/banner/thu-vien-anh.jpg" '
        'alt="Thư viện ảnh"></a></div>'
    ))
    head = _head("Trang chủ - Trường THCS Nguyễn Du", request, "/",
                 "Cổng thông tin điện tử Trường THCS Nguyễn Du, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.",
                 "/images/logo/logo-thcs-nguyen-du.png", 1)
    body = (
        section(slideshow, "home-slides", extra=" gb-slider")
        + section(welcome, "home-welcome")
        + section(latest + more + "\x00" + notices + gallery + _sidebar("home"), "home-main", (8, 4))
    )
    return html(_page(head, "/", body, "page gb-home"))


# --- the Gridbox pages (not articles) ---------------------------------------------------------

PAGES: dict[str, tuple[str, str, list[str]]] = {
    "/gioi-thieu": (
        "Giới thiệu chung",
        "Giới thiệu",
        [
            "<p><strong>Trường THCS Nguyễn Du, thành phố Buôn Ma Thuột được thành lập ngày 15/8/1986 trên "
            "cơ sở tách ra từ Trường phổ thông cấp I-II Tân Tiến.</strong></p>",
            "<p>Trải qua gần 40 năm xây dựng và phát triển, nhà trường không ngừng lớn mạnh về quy mô và chất "
            "lượng. Năm học 2026-2027, trường có 42 lớp với 1.652 học sinh, trong đó 318 học sinh là con em "
            "đồng bào dân tộc thiểu số; đội ngũ gồm 86 cán bộ, giáo viên, nhân viên, 100% giáo viên đạt chuẩn "
            "và trên chuẩn trình độ đào tạo.</p>",
            '<p style="text-align: center;"><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt=""></p>',
            "<h3>Sứ mệnh</h3><p>Xây dựng môi trường học tập thân thiện, kỷ cương, chất lượng, nơi mỗi học sinh "
            "đều có cơ hội phát triển toàn diện về phẩm chất và năng lực.</p>",
            "<h3>Tầm nhìn</h3><p>Đến năm 2030, trở thành một trong những trường trung học cơ sở có chất lượng "
            "giáo dục hàng đầu của tỉnh Đắk Lắk.</p>",
            '<p class="gb-capnhat"><em>Cập nhật: 15/09/2026</em></p>',
        ],
    ),
    "/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "Giới thiệu",
        [
            "<h3>Ban Giám hiệu</h3><ul><li>Hiệu trưởng: Nguyễn Thị Kim Oanh</li>"
            "<li>Phó Hiệu trưởng: Hoàng Đức Minh (phụ trách cơ sở vật chất, công tác học sinh)</li>"
            "<li>Phó Hiệu trưởng: Võ Thị Ngọc Lan (phụ trách chuyên môn)</li></ul>",
            "<h3>Các tổ chuyên môn</h3><p>Tổ Ngữ văn; Tổ Toán - Tin học; Tổ Khoa học tự nhiên; Tổ Khoa học xã "
            "hội; Tổ Ngoại ngữ; Tổ Nghệ thuật - Thể chất; Tổ Văn phòng.</p>",
            "<h3>Các đoàn thể</h3><p>Chi bộ, Công đoàn, Chi đoàn giáo viên, Liên đội Thiếu niên Tiền phong Hồ "
            "Chí Minh, Ban đại diện cha mẹ học sinh.</p>",
        ],
    ),
    "/thanh-tich": (
        "Thành tích nhà trường",
        "Giới thiệu",
        [
            "<p>Năm học 2025-2026, nhà trường được UBND tỉnh tặng Cờ thi đua xuất sắc; Liên đội được Trung ương "
            "Đoàn tặng Bằng khen.</p>",
            '<table class="gb-bang" border="1"><tbody><tr><th>Năm học</th><th>Danh hiệu</th></tr>'
            "<tr><td>2023-2024</td><td>Tập thể lao động xuất sắc</td></tr>"
            "<tr><td>2024-2025</td><td>Tập thể lao động xuất sắc</td></tr>"
            "<tr><td>2025-2026</td><td>Cờ thi đua của UBND tỉnh</td></tr></tbody></table>",
            "<p>Học sinh giỏi cấp tỉnh: 27 giải (2 giải Nhất, 6 giải Nhì, 9 giải Ba, 10 giải Khuyến khích).</p>",
        ],
    ),
    "/thu-vien-anh": (
        "Thư viện ảnh",
        "Thư viện ảnh",
        [
            '<div class="ba-gallery-items">'
            + "".join(
                f'<div class="ba-gallery-row"><div class="ba-gallery-item"><img src="/images/thu-vien-anh/{f}.jpg" '
                f'alt=""><div class="ba-caption"><h3 class="ba-image-title">{t}</h3></div></div></div>'
                for f, t in [
                    ("khai-giang-2026", "Lễ khai giảng năm học 2026-2027"),
                    ("trung-thu-2026", "Vui Tết Trung thu cho học sinh"),
                    ("hkpd-2026", "Hội khỏe Phù Đổng cấp trường"),
                    ("20-11-2026", "Chào mừng Ngày Nhà giáo Việt Nam 20/11"),
                ]
            )
            + "</div>",
        ],
    ),
    "/lien-he": (
        "Liên hệ",
        "Liên hệ",
        [
            "<p><strong>TRƯỜNG THCS NGUYỄN DU</strong></p><p>Địa chỉ: 112 Nguyễn Du, phường Tân Tiến, thành phố "
            "Buôn Ma Thuột, tỉnh Đắk Lắk</p><p>Điện thoại: 0262 3852 417</p>"
            "<p>Email: thcsnguyendu.bmt@daklak.edu.vn</p>",
            '<div class="gb-ban-do"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" '
            'width="100%" height="320"></iframe></div>',
        ],
    ),
}


def render_page(path: str, request: Request) -> Response:
    title, crumb, chunks = PAGES[path]
    headline = item("headline", "pghead", f'<div class="headline-wrapper"><h1>{e(title)}</h1></div>')
    texts = "".join(item("text", f"pg{path}{n}", f'<div class="content-text">{c}</div>')
                    for n, c in enumerate(chunks))
    trail = [("/", "Trang chủ")]
    if crumb != title:
        trail.append(("/gioi-thieu", crumb))
    trail.append((None, title))
    head = _head(f"{title} - THCS Nguyễn Du", request, path, f"{title} - Trường THCS Nguyễn Du, Buôn Ma Thuột",
                 None, 10 + len(path))
    body = (
        section(_breadcrumbs(trail), "bcrow")
        + section(headline, "headrow")
        + section(texts + "\x00" + _sidebar("pg"), "mainrow", (8, 4))
    )
    return html(_page(head, path, body, "page gb-trang"))


# --- routing -----------------------------------------------------------------------------------


class GridboxSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return Response(405, "Method Not Allowed", {"Content-Type": "text/plain"})
        if path == "/":
            return render_home(request)
        if path == "/index.php":
            return self._nonsef(request)
        if path.endswith(".pdf") and path.startswith("/images/tai-lieu/"):
            if path in ("/images/tai-lieu/ke-hoach-bai-day-stem-khtn8.pdf",
                        "/images/tai-lieu/mau-don-dang-ky-clb.pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.endswith(".webp"):
            return Response(200, _GIF, {"Content-Type": "image/webp"})
        if path.startswith(("/images/", "/components/", "/templates/", "/media/")):
            return static_file(path)
        if path in PAGES:
            return render_page(path, request)
        parts = path.strip("/").split("/")
        if parts[0] != "blog" or path.endswith("/") or len(parts) < 2 or len(parts) > 3:
            return None
        if len(parts) == 2:
            cat = CAT_BY_ALIAS.get(parts[1])
            return render_listing(request, cat, None) if cat else None
        if parts[1] == "tag":
            return render_listing(request, None, parts[2]) if parts[2] in TAGS else None
        for story in STORIES:
            if story.cat == parts[1] and story.slug == parts[2]:
                return render_post(story, request)
        return None

    def _nonsef(self, request: Request) -> Response | None:
        params = request.params
        if not params:
            return render_home(request)
        if params.get("option") != "com_gridbox" or params.get("view") != "page":
            return None
        pid = params.get("id", "")
        story = BY_ID.get(int(pid)) if pid.isdigit() else None
        if story is None:
            return None
        if params.get("blog") != "1":
            return None
        return render_post(story, request)


def build_site() -> GridboxSite:
    return GridboxSite()


# --- gold --------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    cat = CAT_BY_ALIAS[story.cat]
    alts = [nonsef_path(story)]
    alts += [f"{post_path(story)}?comment={cid}" for cid, *_ in story.opts.get("comments", [])]
    return gold_record(story, post_path(story), cat.name, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu", "/co-cau-to-chuc", "/thanh-tich", "/thu-vien-anh", "/lien-he"]
