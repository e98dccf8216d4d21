"""Trường THCS Lê Lợi, thị xã Quảng Trị: WordPress 5.9 with the default Twenty Twenty theme.

Platform: WordPress 5.9.3, theme Twenty Twenty 1.9, Vietnamese locale, no SEO plugin, no
page builder. Most posts are written in the block editor (Gutenberg 5.9 markup: nested gallery
figures, table/file/embed/media-text/latest-posts blocks), three older ones in the classic
editor (``[caption]`` figures, ``&nbsp;`` spacer paragraphs, ``<br />`` line breaks, a letterhead
table). Twenty Twenty's customizer option "On archive pages, posts show" is left at its default,
**Full text**; "Blog pages show at most" is set to 5 posts.

URL scheme (pretty permalinks "Day and name" trimmed to ``/%year%/%monthnum%/%postname%/``):
- ``/`` the blog index (latest posts, full text), ``/page/<N>/`` its pages;
- ``/<yyyy>/<mm>/<post-slug>/`` a post; ``/<yyyy>/<mm>/<post-slug>/2/`` page 2 of a post split
  with ``<!--nextpage-->``; ``/<yyyy>/<mm>/<post-slug>/<attachment>/`` an attachment page;
- ``/?p=<N>`` shortlinks (``<link rel='shortlink'>`` in every post's head, one typed in a post's
  text) and ``/?page_id=<N>``: 301 to the permalink, as ``redirect_canonical`` does;
- ``/category/<slug>/`` and ``/category/<slug>/page/<N>/`` category archives (full text);
- ``/author/<login>/`` (+ ``/page/<N>/``) author archives (full text);
- ``/<page-slug>/`` pages, ``/gioi-thieu/to-chuc-bo-may/`` a child page;
- ``/?s=<q>`` search results; ``/robots.txt`` and WordPress core sitemaps ``/wp-sitemap.xml``;
- a path without its trailing slash, and ``/page/1/``, 301 to the canonical form.

Templates: Twenty Twenty's header (site title, primary menu with drop-downs, search modal and a
second copy of the menu in the mobile "menu modal"), no sidebar, no breadcrumb; footer widgets
(recent posts, categories with counts, links, a text widget with today's date and the visitor
counter), footer credits with the address. Single post: ``article > header.entry-header``
(category links, ``h1.entry-title``, ``ul.post-meta`` author/date/comments),
``figure.featured-media``, ``div.post-inner > div.entry-content``, ``nav.pagination-single``
(previous/next post), comments and the reply form. One post uses the theme's "Cover Template".

How each gold article is reached: every post is on the blog index (5 a page, the sticky post
on top of page 1), on its category archive(s) and its author archive. "Khai giảng lớp bồi
dưỡng kỹ năng sống…" (the oldest) is only on page 3 of the index, page 2 of "Tin tức" and page
3 of the quantri author archive (and behind a ``/?p=361`` shortlink in the Cover post's text);
the others are also linked from the "Bài viết mới" footer widget (the latest five) and the
previous/next links of their neighbours.

Traps:
1. Archives print FULL posts. The index, category and author archives print each post's whole
   ``div.entry-content`` under an ``h2.entry-title`` link, with byline and date: a listing page
   reads like five articles one after another. Gold: listings are not articles; each article is
   only its permalink.
2. A teaser post (``<!--more-->``) is cut in the archives with "Đọc tiếp" pointing to
   ``<permalink>#more-374`` (the same URL); its single page prints ``<span id="more-374">``.
   Gold: the single page's whole text.
3. Date printed by the theme as plain link text in Vietnamese "F j, Y" form, month name first:
   "Tháng Mười Hai 3, 2026" (no ``<time>``, no hour, no ``article:published_time``). The only
   ``<time datetime>`` on an article page belongs to a COMMENT ("2026-12-03T20:41:07+07:00",
   "Tháng Mười Hai 3, 2026 lúc 8:41 chiều"). Gold: the post's day alone, "2026-12-03".
4. Comments sit in ``div.comment-content.entry-content``: the page has more than one
   ``.entry-content``, the comments' one after the article's. Gold: comments are not body.
5. Byline "Bởi quantri" is the CMS account (nobody); the real writer signs at the end of the
   text (right-aligned "Trần Quang Huy (Tổ Thể dục – Nghệ thuật)", "Tin, ảnh: Nguyễn Thị Mai",
   "Bài: Võ Thị Kim Oanh – Ảnh: Lê Minh Tuấn", "Phó Hiệu trưởng / Nguyễn Đình Khoa"). The Đội
   leader's account has her own name as display name: "Bởi Hồ Thị Thu Hà" IS her byline.
   Gold: signer as printed (name only), Hồ Thị Thu Hà for her posts, [] when only quantri.
6. A post split with ``<!--nextpage-->``: "Trang: 1 2" (``nav.post-nav-links``), page 2 at
   ``…/hoi-thao-…/2/`` has the same h1 and a canonical pointing at itself; the second half of
   the text, an image and the signature ("Tổ Khoa học tự nhiên") are only on page 2. Gold: one
   article at page 1's path with the text and images of both pages; page 2 is no article.
7. "Cover Template" post: the title, categories and meta are printed inside
   ``div.cover-header`` over the featured photo, which is only a CSS ``background-image`` of
   that div (no ``<img>``); the text follows in ``div.post-inner#post-inner`` after a "Cuộn
   xuống" arrow. Gold: the background photo is the article's (only) image, caption None.
8. The featured image is printed outside the text (``figure.featured-media`` before
   ``.post-inner``) with its attachment caption in ``figcaption.wp-caption-text``. Gold: it is
   the article's first image, with that caption.
9. WordPress 5.9 gallery with nested images (``figure.wp-block-gallery.has-nested-images`` >
   ``figure.wp-block-image`` each with its own figcaption, then the gallery's
   ``figcaption.blocks-gallery-caption``). Gold: each photo's caption is its own figcaption;
   the photo without one has None; the gallery caption is nobody's caption and not body.
10. Category links printed with no separator (``.entry-categories-inner`` holds
    ``<a>Hoạt động chuyên môn</a><a>Tin tức</a>``: text reads "Hoạt động chuyên mônTin tức");
    that post is in both archives. Gold: category = the first printed, "Hoạt động chuyên môn".
11. Attachment pages: classic images link to ``…/thao-giang-…/img_3521/``, a page with the
    post template (h1 "IMG_3521", byline, date, the image). Gold: not an article (listed in
    NON_ARTICLES).
12. A password-protected post ("Được bảo vệ: Danh sách học sinh nhận học bổng học kì I") is in
    the listings and has a permalink, with a password form instead of text. Gold: not an
    article (listed in NON_ARTICLES).
13. Sticky post: on top of index page 1 with "Bài viết được ghim" and again at its place on
    page 2 (WordPress puts stickies on page 1 without taking them out of later pages).
14. Same article, several URLs: comment "Trả lời" links ``<permalink>?replytocom=<id>`` serve
    the whole post again (200, robots noindex) -> alt_paths; ``/?p=<N>`` and slash-less URLs
    301 to the permalink (not alt_paths: they serve nothing).
15. Screen-reader-only text inside links and meta: "Tác giả bài viết", "Ngày đăng bài",
    "Không có bình luận<span> ở <title></span>", "Đọc tiếp<span> “<title>”</span>", "Bởi".
    Gold: not text of anything.
16. wptexturize: titles typed with straight quotes and " - " are printed with
    ``&#8220;…&#8221;`` and ``&#8211;``. Gold title as printed: “…”, "2026 – 2027".
17. Block chrome inside ``.entry-content``: a file block ("KH-hoi-thi-GVDG-2026" + "Tải về"
    button), a YouTube embed with its figcaption "Video: …", a table block's figcaption, and a
    "Tin liên quan" heading over a Latest Posts block (which lists the site's newest posts).
    Gold: none of them is body, the embed/table captions are no image captions.
18. An official notice (classic editor, letterhead table, "THÔNG BÁO / <subject>", "Nơi nhận",
    signer) posted two days after its letterhead date. Gold: the letterhead's day, the signer.

Gold decisions on ambiguous points:
- Multi-page post: one article, path = page 1, body/images = page 1 then page 2, author from
  the signature on page 2. Page 2 is not in alt_paths (it serves another part of the text).
- Featured image and Cover background are article images (printed full width at the top of
  the single page); images of other posts in the listings never are.
- Bold first paragraph of a block post is the sapo (summary); classic posts have none.
- A quote block's paragraph is body. Table rows are paragraphs, cells joined by " | ".
- Posts in two categories: the first category printed above the title.
- "Bởi <display name>" is a byline only when the display name is a person's name.
- ``/?p=N`` shortlinks are redirects, not alt_paths; ``?replytocom=`` URLs are alt_paths.
- Date: the post's day as printed (no time anywhere but in comments); for the notice the
  letterhead's day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_twentytwenty_thcs"
PLATFORM = "WordPress 5.9 (Twenty Twenty theme)"
START_PATH = "/"

SITE = "Trường THCS Lê Lợi"
TAGLINE = "Thị xã Quảng Trị – Dạy tốt, học tốt"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5

CATS: dict[str, tuple[str, int]] = {
    "tin-tuc": ("Tin tức", 2),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", 3),
    "hoat-dong-doi": ("Hoạt động Đội", 4),
    "thong-bao": ("Thông báo", 5),
}
USERS: dict[str, tuple[str, int]] = {"quantri": ("quantri", 1), "tpt_hoha": ("Hồ Thị Thu Hà", 2)}

MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]

_TEXTURE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "…": "&#8230;", "’": "&#8217;", "‘": "&#8216;"}


def tx(value: str) -> str:
    """Escape, then write the typographic characters as wptexturize does (numeric refs)."""
    out = esc(value).replace("&#x27;", "&#8217;")
    for ch, ref in _TEXTURE.items():
        out = out.replace(ch, ref)
    return out


def wp_date(day: str) -> str:
    y, m, d = (int(x) for x in day.split("-"))
    return f"{MONTHS[m - 1]} {d}, {y}"


# --- the posts -------------------------------------------------------------------------------

UP = "/wp-content/uploads"
NEXTPAGE = Raw("<!--nextpage-->")
MORE = Raw("<!--more-->")


@dataclass
class Comment:
    id: int
    author: str
    iso: str
    printed: str
    text: str
    parent: int = 0


@dataclass
class Post:
    story: Story
    date: str  # the WordPress post date (day)
    cats: list[str]
    login: str
    classic: bool = False
    template: str = "default"  # or "cover"
    sticky: bool = False
    protected: bool = False
    comments: list[Comment] = field(default_factory=list)
    attachments: dict[str, tuple[str, int, str]] = field(default_factory=dict)  # src -> (slug, id, title)

    @property
    def id(self) -> int:
        return self.story.id

    @property
    def path(self) -> str:
        y, m, _ = self.date.split("-")
        return f"/{y}/{m}/{self.story.slug}/"

    @property
    def title(self) -> str:
        return ("Được bảo vệ: " if self.protected else "") + self.story.title


LETTERHEAD = (
    '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody>\n'
    '<tr>\n<td style="width: 44%; text-align: center;">PHÒNG GD&amp;ĐT THỊ XÃ QUẢNG TRỊ<br />\n'
    "<strong>TRƯỜNG THCS LÊ LỢI</strong></td>\n"
    '<td style="width: 56%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
    "<br />\n<strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong></td>\n</tr>\n"
    '<tr>\n<td style="text-align: center;">Số: 112/TB-THCSLL</td>\n'
    '<td style="text-align: center;"><em>Quảng Trị, ngày 02 tháng 12 năm 2026</em></td>\n</tr>\n'
    "</tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
    "<strong>Lịch kiểm tra cuối học kì I năm học 2026 &#8211; 2027</strong></p>\n"
)
NOTICE_CLOSE = (
    '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody>\n<tr>\n'
    '<td style="width: 50%;"><strong><em>Nơi nhận:</em></strong><br />\n'
    "&#8211; Phòng GD&amp;ĐT (để b/c);<br />\n&#8211; CB, GV, NV, HS toàn trường;<br />\n"
    "&#8211; Lưu: VT.</td>\n"
    '<td style="width: 50%; text-align: center;"><strong>HIỆU TRƯỞNG</strong><br />\n<br />\n'
    "<em>(đã ký)</em><br />\n<br />\n<strong>Lê Văn Thành</strong></td>\n</tr>\n</tbody></table>\n"
    '<p>Tải về: <a href="/wp-content/uploads/2026/12/TB-112-lich-kiem-tra-HKI.pdf">'
    "TB-112-lich-kiem-tra-HKI.pdf</a></p>\n"
)
TABLE_OPEN = '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>\n'
TABLE_CLOSE = "</tbody></table>\n"

POSTS: list[Post] = [
    Post(
        Story(
            418, "thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
            "Thông báo lịch kiểm tra cuối học kì I năm học 2026 – 2027", "Thông báo", "2026-12-02",
            [
                Raw(LETTERHEAD),
                P("Căn cứ Kế hoạch số 45/KH-THCSLL ngày 05/9/2026 của Hiệu trưởng Trường THCS Lê Lợi về "
                  "thực hiện nhiệm vụ năm học 2026 – 2027;", "classic"),
                P("Căn cứ Công văn số 1875/PGDĐT-CM ngày 25/11/2026 của Phòng Giáo dục và Đào tạo thị xã "
                  "Quảng Trị về việc hướng dẫn kiểm tra, đánh giá cuối học kì I;", "classic"),
                P("Nhà trường thông báo lịch kiểm tra cuối học kì I năm học 2026 – 2027 như sau:", "classic"),
                P("1. Thời gian: từ ngày 21/12/2026 đến ngày 24/12/2026.", "classic"),
                P("2. Lịch kiểm tra các môn kiểm tra tập trung:", "classic"),
                Raw(TABLE_OPEN),
                P("Ngày | Buổi | Môn | Thời gian làm bài", "row"),
                P("Thứ Hai, 21/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
                P("Thứ Ba, 22/12/2026 | Sáng | Toán | 90 phút", "row"),
                P("Thứ Tư, 23/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
                P("Thứ Năm, 24/12/2026 | Sáng | Khoa học tự nhiên | 90 phút", "row"),
                Raw(TABLE_CLOSE),
                P("3. Các môn còn lại do giáo viên bộ môn tổ chức kiểm tra theo thời khóa biểu trong tuần "
                  "từ 14/12/2026 đến 19/12/2026.", "classic"),
                P("Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt "
                  "tại phòng kiểm tra trước giờ làm bài 15 phút./.", "classic"),
                Raw(NOTICE_CLOSE),
            ],
            authors=["Lê Văn Thành"],
        ),
        "2026-12-04", ["thong-bao"], "quantri", classic=True,
    ),
    Post(
        Story(
            415, "hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
            "Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027", "Tin tức", "2026-12-03",
            [
                Img(f"{UP}/2026/12/hkpd-khai-mac-1200x800.jpg", "Lễ khai mạc Hội khỏe Phù Đổng cấp trường",
                    "Lễ khai mạc Hội khỏe Phù Đổng cấp trường", "featured"),
                P("Sáng ngày 28/11/2026, Trường THCS Lê Lợi tổ chức Hội khỏe Phù Đổng cấp trường năm học "
                  "2026 – 2027 với sự tham gia của gần 400 vận động viên đến từ 16 lớp.", "lead"),
                P("Hội khỏe năm nay gồm các môn: điền kinh, cầu lông, bóng đá nam, kéo co và cờ vua. Các "
                  "nội dung thi đấu diễn ra sôi nổi trong hai buổi sáng tại sân trường và Nhà văn hóa "
                  "Phường 2."),
                P("Phát biểu khai mạc, thầy Lê Văn Thành, Hiệu trưởng nhà trường nhấn mạnh: Hội khỏe là dịp "
                  "để các em rèn luyện thân thể, phát huy tinh thần đoàn kết và tuyển chọn vận động viên "
                  "tham dự Hội khỏe Phù Đổng cấp thị xã."),
                Raw('<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">\n'),
                Img(f"{UP}/2026/12/hkpd-chay-100m-1024x683.jpg",
                    "Các vận động viên khối 8 ở nội dung chạy 100 m",
                    "Các vận động viên khối 8 ở nội dung chạy 100 m", "gallery"),
                Img(f"{UP}/2026/12/hkpd-keo-co-1024x683.jpg", None, None, "gallery"),
                Img(f"{UP}/2026/12/hkpd-cau-long-1024x683.jpg", "Trao giải môn cầu lông",
                    "Trao giải môn cầu lông", "gallery"),
                Raw('<figcaption class="blocks-gallery-caption">Một số hình ảnh tại Hội khỏe Phù Đổng '
                    "cấp trường</figcaption></figure>\n"),
                P("Kết quả chung cuộc: giải Nhất toàn đoàn thuộc về lớp 9A, giải Nhì lớp 8B, giải Ba "
                  "thuộc về lớp 9C và lớp 7A."),
                Raw('<p class="has-text-align-right"><strong>Trần Quang Huy</strong> (Tổ Thể dục &#8211; '
                    "Nghệ thuật)</p>\n"),
            ],
            authors=["Trần Quang Huy"],
            summary="Sáng ngày 28/11/2026, Trường THCS Lê Lợi tổ chức Hội khỏe Phù Đổng cấp trường năm học "
            "2026 – 2027 với sự tham gia của gần 400 vận động viên đến từ 16 lớp.",
        ),
        "2026-12-03", ["tin-tuc"], "quantri",
        comments=[
            Comment(31, "Phụ huynh lớp 7A", "2026-12-03T20:41:07+07:00", "Tháng Mười Hai 3, 2026 lúc 8:41 chiều",
                    "Chúc mừng các con, năm nay các cháu thi đấu rất hay!"),
            Comment(32, "quantri", "2026-12-04T07:12:40+07:00", "Tháng Mười Hai 4, 2026 lúc 7:12 sáng",
                    "Cảm ơn quý phụ huynh đã quan tâm, cổ vũ các em.", parent=31),
        ],
    ),
    Post(
        Story(
            411, "lien-doi-to-chuc-ngay-hoi-nghin-viec-tot",
            "Liên đội tổ chức ngày hội “Nghìn việc tốt” chào mừng ngày 22/12", "Hoạt động Đội", "2026-12-01",
            [
                Img(f"{UP}/2026/12/nghin-viec-tot.jpg", None, None, "cover"),
                P("Hướng tới kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – "
                  "22/12/2026), chiều ngày 30/11/2026, Liên đội Trường THCS Lê Lợi tổ chức ngày hội "
                  "“Nghìn việc tốt” cho toàn thể đội viên."),
                P("Tại ngày hội, các chi đội đã báo cáo kết quả thực hiện phong trào trong tháng 11 với hơn "
                  "1.200 việc tốt được ghi nhận: giúp đỡ bạn học yếu, chăm sóc bồn hoa, thăm hỏi các gia "
                  "đình chính sách trên địa bàn phường."),
                P("Các chi đội khối 6 đã vận dụng những điều học được từ lớp bồi dưỡng kỹ năng sống (xem "
                  "tại đây) để tự tổ chức các hoạt động giúp nhau trong học tập.", "link361"),
                P("Kết thúc ngày hội, Liên đội đã tuyên dương 5 chi đội và 32 đội viên tiêu biểu."),
            ],
            authors=["Hồ Thị Thu Hà"],
        ),
        "2026-12-01", ["hoat-dong-doi"], "tpt_hoha", template="cover",
    ),
    Post(
        Story(
            407, "hoi-thao-chuyen-de-day-hoc-mon-khoa-hoc-tu-nhien",
            "Hội thảo chuyên đề dạy học môn Khoa học tự nhiên theo Chương trình GDPT 2018",
            "Hoạt động chuyên môn", "2026-11-28",
            [
                P("Ngày 26/11/2026, Tổ Khoa học tự nhiên Trường THCS Lê Lợi tổ chức hội thảo chuyên đề "
                  "“Dạy học môn Khoa học tự nhiên theo hướng phát triển năng lực học sinh”."),
                P("Tham dự hội thảo có đại diện Phòng GD&ĐT thị xã Quảng Trị, Ban giám hiệu nhà trường cùng "
                  "giáo viên dạy Khoa học tự nhiên của các trường THCS trên địa bàn thị xã."),
                Img(f"{UP}/2026/11/hoi-thao-khtn-1-1024x683.jpg",
                    "Cô Nguyễn Thị Bích Ngọc trình bày tham luận tại hội thảo",
                    "Cô Nguyễn Thị Bích Ngọc trình bày tham luận tại hội thảo", "block"),
                P("1. Những khó khăn khi dạy học môn tích hợp", "h3"),
                P("Qua ba năm thực hiện, giáo viên vẫn gặp khó khăn khi dạy các chủ đề không thuộc chuyên "
                  "ngành được đào tạo; thiết bị thí nghiệm còn thiếu; thời lượng tiết học chưa phù hợp với "
                  "các hoạt động thực hành."),
                NEXTPAGE,
                P("2. Giải pháp được thống nhất", "h3"),
                Raw("<ul>"),
                P("Phân công giáo viên theo mạch nội dung, kết hợp sinh hoạt chuyên môn liên môn hằng tháng.",
                  "li"),
                P("Tăng cường tự làm đồ dùng dạy học từ vật liệu dễ tìm.", "li"),
                P("Xây dựng ngân hàng câu hỏi đánh giá năng lực dùng chung cho các trường trong thị xã.", "li"),
                Raw("</ul>\n"),
                P("Hội thảo khép lại với tiết dạy minh họa bài “Tốc độ chuyển động” của thầy Hoàng Văn Phúc "
                  "tại lớp 7B."),
                Img(f"{UP}/2026/11/hoi-thao-khtn-2-1024x683.jpg", "Tiết dạy minh họa tại lớp 7B",
                    "Tiết dạy minh họa tại lớp 7B", "block"),
                Raw('<p class="has-text-align-right"><em>Tổ Khoa học tự nhiên</em></p>\n'),
            ],
            authors=["Tổ Khoa học tự nhiên"],
        ),
        "2026-11-28", ["hoat-dong-chuyen-mon", "tin-tuc"], "quantri",
    ),
    Post(
        Story(
            402, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
            "Trường THCS Lê Lợi tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11", "Tin tức",
            "2026-11-20",
            [
                Img(f"{UP}/2026/11/le-ky-niem-20-11-1200x675.jpg", "Quang cảnh buổi lễ", "Quang cảnh buổi lễ",
                    "featured"),
                P("Sáng 20/11/2026, Trường THCS Lê Lợi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
                  "Việt Nam (20/11/1982 – 20/11/2026).", "lead"),
                P("Đến dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT thị xã Quảng Trị, Đảng ủy, UBND Phường 2, "
                  "Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu."),
                P("Tại buổi lễ, thầy Hiệu trưởng Lê Văn Thành ôn lại truyền thống của ngành và điểm lại những "
                  "thành tích nổi bật của nhà trường trong năm học 2025 – 2026: tỉ lệ học sinh tốt nghiệp "
                  "THCS đạt 100%, 27 học sinh đạt giải học sinh giỏi cấp thị xã và 6 giải cấp tỉnh."),
                P("Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo.", "quote"),
                Img(f"{UP}/2026/11/tang-hoa-20-11-1024x683.jpg",
                    "Đại diện Liên đội tặng hoa chúc mừng các thầy cô giáo",
                    "Đại diện Liên đội tặng hoa chúc mừng các thầy cô giáo", "block"),
                P("Nhân dịp này, nhà trường khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                  "trường và trao 15 suất học bổng “Vượt khó học giỏi” cho học sinh có hoàn cảnh khó khăn."),
                Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Nguyễn Thị Mai</strong></p>\n'),
            ],
            authors=["Nguyễn Thị Mai"], photographers=["Nguyễn Thị Mai"],
            summary="Sáng 20/11/2026, Trường THCS Lê Lợi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 – 20/11/2026).",
        ),
        "2026-11-20", ["tin-tuc"], "quantri",
    ),
    Post(
        Story(
            398, "thao-giang-chao-mung-ngay-20-11-to-ngu-van",
            "Thao giảng chào mừng ngày 20/11: dấu ấn Tổ Ngữ văn", "Hoạt động chuyên môn", "2026-11-18",
            [
                P("Thực hiện kế hoạch hoạt động chuyên môn chào mừng kỷ niệm Ngày Nhà giáo Việt Nam 20/11, "
                  "trong hai tuần từ 02/11 đến 14/11/2026, Tổ Ngữ văn đã tổ chức 8 tiết thao giảng ở cả "
                  "bốn khối lớp.", "span"),
                Img(f"{UP}/2026/11/IMG_3521-1024x768.jpg",
                    "Cô Phan Thị Lệ Thủy trong tiết dạy bài “Lặng lẽ Sa Pa” ở lớp 9A",
                    "Cô Phan Thị Lệ Thủy trong tiết dạy bài “Lặng lẽ Sa Pa” ở lớp 9A", "wpcaption"),
                P("Các tiết dạy được đầu tư công phu, vận dụng linh hoạt các phương pháp dạy học tích cực:",
                  "br1"),
                P("học sinh làm việc nhóm, sân khấu hóa tác phẩm, vẽ sơ đồ tư duy và thuyết trình sản phẩm.",
                  "br2"),
                Raw("<p>&nbsp;</p>\n"),
                Img(f"{UP}/2026/11/IMG_3540-1024x768.jpg", "Học sinh lớp 6C sân khấu hóa truyện “Thánh Gióng”",
                    "Học sinh lớp 6C sân khấu hóa truyện “Thánh Gióng”", "classic"),
                P("Sau mỗi tiết dạy, tổ chuyên môn tổ chức rút kinh nghiệm theo hướng phân tích hoạt động "
                  "học của học sinh. Đợt thao giảng có 5 tiết xếp loại Tốt và 3 tiết xếp loại Khá.", "span"),
                Raw("<p>&nbsp;</p>\n"),
                Raw('<p style="text-align: right;"><strong>Trương Thị Hằng</strong></p>\n'),
            ],
            authors=["Trương Thị Hằng"],
        ),
        "2026-11-18", ["hoat-dong-chuyen-mon"], "quantri", classic=True,
        attachments={
            f"{UP}/2026/11/IMG_3521-1024x768.jpg": ("img_3521", 3521, "IMG_3521"),
            f"{UP}/2026/11/IMG_3540-1024x768.jpg": ("img_3540", 3540, "IMG_3540"),
        },
    ),
    Post(
        Story(
            393, "hoc-sinh-dat-12-giai-hoc-sinh-gioi-lop-9-cap-thi-xa",
            "Học sinh Trường THCS Lê Lợi đạt 12 giải tại Kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã",
            "Tin tức", "2026-11-14",
            [
                P("Tại Kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026 – 2027, đội tuyển Trường THCS "
                  "Lê Lợi đạt 12 giải, xếp thứ nhì toàn thị xã.", "lead"),
                P("Kỳ thi diễn ra ngày 07/11/2026 với 9 môn thi: Ngữ văn, Toán, Tiếng Anh, Vật lí, Hóa học, "
                  "Sinh học, Lịch sử, Địa lí và Tin học."),
                Img(f"{UP}/2026/11/doi-tuyen-hsg-1024x576.jpg", None, None, "block"),
                P("Kết quả cụ thể:"),
                Raw('<figure class="wp-block-table is-style-stripes"><table><tbody>'),
                P("Môn | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "row"),
                P("Toán | 1 | 1 | 0 | 1", "row"),
                P("Ngữ văn | 0 | 1 | 1 | 0", "row"),
                P("Tiếng Anh | 1 | 0 | 1 | 1", "row"),
                P("Tin học | 1 | 1 | 0 | 2", "row"),
                Raw("</tbody></table><figcaption>Bảng tổng hợp giải theo môn</figcaption></figure>\n"),
                P("Các em đạt giải sẽ tiếp tục được bồi dưỡng để tham dự kỳ thi cấp tỉnh vào tháng 3/2027."),
                Raw('<p class="has-text-align-right"><em>Nguồn: Phòng GD&amp;ĐT thị xã Quảng Trị</em></p>\n'),
            ],
            source="Phòng GD&ĐT thị xã Quảng Trị",
            summary="Tại Kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026 – 2027, đội tuyển Trường THCS "
            "Lê Lợi đạt 12 giải, xếp thứ nhì toàn thị xã.",
        ),
        "2026-11-14", ["tin-tuc"], "quantri",
    ),
    Post(
        Story(
            389, "phat-dong-phong-trao-ke-hoach-nho",
            "Phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa", "Hoạt động Đội",
            "2026-11-11",
            [
                P("Sáng thứ Hai ngày 09/11/2026, trong giờ chào cờ đầu tuần, Liên đội Trường THCS Lê Lợi phát "
                  "động phong trào “Kế hoạch nhỏ” năm học 2026 – 2027."),
                P("Mỗi đội viên tham gia thu gom ít nhất 3 kg giấy vụn hoặc vỏ chai nhựa; số tiền thu được sẽ "
                  "dùng để mua sách vở, áo ấm tặng học sinh có hoàn cảnh khó khăn dịp Tết Nguyên đán."),
                Raw('<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
                    'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
                    '<iframe loading="lazy" title="Phát động Kế hoạch nhỏ 2026" width="580" height="326" '
                    'src="https://www.youtube.com/embed/q7Lx2vKd9aE?feature=oembed" frameborder="0" '
                    'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
                    'picture-in-picture" allowfullscreen></iframe>\n</div><figcaption>Video: Clip phát động '
                    "phong trào do Ban chỉ huy Liên đội thực hiện</figcaption></figure>\n"),
                P("Phong trào kéo dài đến hết ngày 15/12/2026. Các chi đội nộp sản phẩm vào sáng thứ Bảy hằng "
                  "tuần tại nhà kho của trường."),
                Img(f"{UP}/2026/11/ke-hoach-nho-1024x683.jpg", "Đội viên chi đội 8A mang giấy vụn đến điểm tập kết",
                    "Đội viên chi đội 8A mang giấy vụn đến điểm tập kết", "block"),
            ],
            authors=["Hồ Thị Thu Hà"],
        ),
        "2026-11-11", ["hoat-dong-doi"], "tpt_hoha",
        comments=[
            Comment(27, "Nguyễn Văn Bình", "2026-11-13T09:05:33+07:00", "Tháng Mười Một 13, 2026 lúc 9:05 sáng",
                    "Phong trào rất ý nghĩa, gia đình sẽ động viên cháu tham gia."),
        ],
    ),
    Post(
        Story(
            384, "ke-hoach-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong",
            "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027", "Thông báo",
            "2026-11-06",
            [
                P("Nhằm nâng cao chất lượng đội ngũ và lựa chọn giáo viên tham gia Hội thi giáo viên dạy giỏi "
                  "cấp thị xã, Trường THCS Lê Lợi xây dựng kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp "
                  "trường với các nội dung chính sau:"),
                P("Đối tượng", "h3"),
                P("Giáo viên đang trực tiếp giảng dạy tại trường, có thời gian công tác từ 3 năm trở lên."),
                P("Thời gian và nội dung thi", "h3"),
                Raw("<ul>"),
                P("Từ 16/11 đến 20/11/2026: giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy.", "li"),
                P("Từ 23/11 đến 11/12/2026: thực hành giảng dạy 2 tiết (1 tiết bốc thăm, 1 tiết tự chọn).", "li"),
                Raw("</ul>\n"),
                P("Các tổ chuyên môn gửi danh sách giáo viên đăng kí dự thi về Phó Hiệu trưởng trước ngày "
                  "12/11/2026."),
                Raw('<div class="wp-block-file"><a id="wp-block-file--media-5b1c" '
                    'href="/wp-content/uploads/2026/11/KH-hoi-thi-GVDG-2026.pdf">KH-hoi-thi-GVDG-2026</a>'
                    '<a href="/wp-content/uploads/2026/11/KH-hoi-thi-GVDG-2026.pdf" class="wp-block-file__button" '
                    'download aria-describedby="wp-block-file--media-5b1c">Tải về</a></div>\n'),
                Raw('<p class="has-text-align-right"><strong>Phó Hiệu trưởng</strong><br>'
                    "<strong>Nguyễn Đình Khoa</strong></p>\n"),
            ],
            authors=["Nguyễn Đình Khoa"],
        ),
        "2026-11-06", ["thong-bao"], "quantri", sticky=True,
    ),
    Post(
        Story(
            379, "tham-quan-hoc-tap-trai-nghiem-tai-thanh-co-quang-tri",
            "Học sinh khối 8 tham quan, học tập trải nghiệm tại Di tích Thành cổ Quảng Trị", "Tin tức",
            "2026-10-30",
            [
                Img(f"{UP}/2026/10/thanh-co-1200x800.jpg", None, None, "featured"),
                P("Ngày 27/10/2026, gần 150 học sinh khối 8 Trường THCS Lê Lợi đã tham gia chuyến tham quan, "
                  "học tập trải nghiệm tại Khu di tích Thành cổ Quảng Trị và Bảo tàng Thành cổ."),
                Raw('<div class="wp-block-media-text alignwide is-stacked-on-mobile">'),
                Img(f"{UP}/2026/10/dang-huong-thanh-co-768x512.jpg", None, None, "media"),
                Raw('<div class="wp-block-media-text__content">\n'),
                P("Tại Đài tưởng niệm trung tâm, các em đã dâng hương, dâng hoa tưởng nhớ các anh hùng liệt sĩ "
                  "đã anh dũng hy sinh trong 81 ngày đêm chiến đấu năm 1972."),
                Raw("</div></div>\n"),
                P("Qua lời thuyết minh của cán bộ Bảo tàng, học sinh được tìm hiểu về cuộc chiến đấu bảo vệ "
                  "Thành cổ, từ đó thêm trân trọng truyền thống quê hương và ý thức trách nhiệm của bản thân."),
                P("Sau chuyến đi, mỗi lớp hoàn thành một tờ báo tường và bài thu hoạch nộp về giáo viên bộ môn "
                  "Lịch sử và Địa lí."),
                Raw("<p><strong>Bài: Võ Thị Kim Oanh &#8211; Ảnh: Lê Minh Tuấn</strong></p>\n"),
                Raw("<!--latest-->"),
            ],
            authors=["Võ Thị Kim Oanh"], photographers=["Lê Minh Tuấn"],
        ),
        "2026-10-30", ["tin-tuc"], "quantri",
    ),
    Post(
        Story(
            374, "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-toan-tin",
            "Sinh hoạt chuyên môn theo nghiên cứu bài học tại Tổ Toán – Tin", "Hoạt động chuyên môn",
            "2026-10-24",
            [
                P("Chiều ngày 22/10/2026, Tổ Toán – Tin tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài "
                  "học với tiết dạy minh họa bài “Hình thang cân” tại lớp 8A do cô Đặng Thị Thanh Tâm thực "
                  "hiện."),
                MORE,
                P("Buổi sinh hoạt tập trung vào việc quan sát học sinh: những em nào gặp khó khăn, vì sao, giáo "
                  "viên đã hỗ trợ thế nào và có thể điều chỉnh hoạt động ra sao."),
                P("Một số ý kiến rút ra sau tiết dạy", "h3"),
                Raw("<ul>"),
                P("Nhiệm vụ học tập cần giao rõ ràng, có phiếu học tập cho từng nhóm.", "li"),
                P("Tăng thời gian để học sinh tự trình bày cách chứng minh.", "li"),
                Raw("</ul>\n"),
                P("Tổ chuyên môn thống nhất áp dụng các điều chỉnh cho các tiết dạy tiếp theo ở khối 8."),
            ],
        ),
        "2026-10-24", ["hoat-dong-chuyen-mon"], "quantri",
    ),
    Post(
        Story(
            368, "dai-hoi-lien-doi-nhiem-ky-2026-2027",
            "Đại hội Liên đội Trường THCS Lê Lợi nhiệm kỳ 2026 – 2027", "Hoạt động Đội", "2026-10-15",
            [
                P("Ngày 13/10/2026, Liên đội Trường THCS Lê Lợi tổ chức Đại hội Liên đội nhiệm kỳ 2026 – 2027 "
                  "với sự tham gia của 64 đại biểu là chỉ huy các chi đội."),
                Img(f"{UP}/2026/10/dai-hoi-lien-doi-1024x683.jpg", "Ảnh: Lê Minh Tuấn", None, "block"),
                P("Đại hội đã đánh giá kết quả hoạt động nhiệm kỳ 2025 – 2026, đề ra phương hướng nhiệm vụ năm "
                  "học mới với chủ đề “Tự hào tiến bước dưới cờ Đội”."),
                P("Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ mới gồm 11 đồng chí; em Nguyễn Hoàng Bảo Ngọc, "
                  "lớp 9A được bầu làm Liên đội trưởng."),
            ],
            authors=["Hồ Thị Thu Hà"], photographers=["Lê Minh Tuấn"],
        ),
        "2026-10-15", ["hoat-dong-doi"], "tpt_hoha",
    ),
    Post(
        Story(
            361, "khai-giang-lop-boi-duong-ky-nang-song-cho-hoc-sinh-khoi-6",
            "Khai giảng lớp bồi dưỡng kỹ năng sống cho học sinh khối 6", "Tin tức", "2026-10-08",
            [
                P("Chiều ngày 06/10/2026, Trường THCS Lê Lợi phối hợp với Trung tâm Giáo dục nghề nghiệp – "
                  "Giáo dục thường xuyên thị xã Quảng Trị khai giảng lớp bồi dưỡng kỹ năng sống cho 120 học "
                  "sinh khối 6.", "classic"),
                P("Lớp học gồm 8 chuyên đề: kỹ năng tự phục vụ, kỹ năng giao tiếp, phòng tránh đuối nước, "
                  "phòng chống xâm hại, an toàn giao thông, kỹ năng làm việc nhóm, quản lí thời gian và sử "
                  "dụng mạng xã hội an toàn.", "classic"),
                Img(f"{UP}/2026/10/ky-nang-song-1024x683.jpg", "Học sinh khối 6 thực hành kỹ năng sơ cứu",
                    "Học sinh khối 6 thực hành kỹ năng sơ cứu", "classic"),
                P("Lớp học diễn ra vào chiều thứ Năm hằng tuần đến hết tháng 12/2026.", "classic"),
                Raw('<p style="text-align: right;"><em>Đoàn Thị Lan Anh &#8211; GV Tổ Tự nhiên</em></p>\n'),
            ],
            authors=["Đoàn Thị Lan Anh"],
        ),
        "2026-10-08", ["tin-tuc"], "quantri", classic=True,
    ),
    Post(
        Story(
            356, "danh-sach-hoc-sinh-nhan-hoc-bong-hoc-ki-i",
            "Danh sách học sinh nhận học bổng học kì I", "Thông báo", None, [],
        ),
        "2026-10-05", ["thong-bao"], "quantri", protected=True,
    ),
]

BY_ID = {p.id: p for p in POSTS}
PUBLIC = [p for p in POSTS if not p.protected]


@dataclass
class Page:
    id: int
    path: str
    title: str
    content: str
    parent: int = 0


PAGES: list[Page] = [
    Page(7, "/gioi-thieu/", "Giới thiệu", (
        "<p>Trường THCS Lê Lợi được thành lập năm 1990 trên cơ sở tách từ Trường PTCS Phường 2, thị xã "
        "Quảng Trị. Trường tọa lạc tại số 48 đường Lê Lợi, Phường 2, thị xã Quảng Trị.</p>\n"
        "<p>Năm học 2026 &#8211; 2027, nhà trường có 16 lớp với 612 học sinh, 38 cán bộ, giáo viên, nhân "
        "viên. Trường đạt chuẩn quốc gia mức độ 1 năm 2019 và kiểm định chất lượng giáo dục cấp độ 3.</p>\n"
        '<ul class="wp-block-page-list"><li><a href="/gioi-thieu/to-chuc-bo-may/">Tổ chức bộ máy</a></li>'
        '<li><a href="/lien-he/">Liên hệ</a></li></ul>\n'
    )),
    Page(9, "/gioi-thieu/to-chuc-bo-may/", "Tổ chức bộ máy", (
        '<figure class="wp-block-table"><table><tbody>'
        "<tr><td><strong>Chức vụ</strong></td><td><strong>Họ và tên</strong></td><td><strong>Điện thoại"
        "</strong></td></tr>"
        "<tr><td>Hiệu trưởng</td><td>Lê Văn Thành</td><td>0913 456 712</td></tr>"
        "<tr><td>Phó Hiệu trưởng</td><td>Nguyễn Đình Khoa</td><td>0912 338 905</td></tr>"
        "<tr><td>Tổng phụ trách Đội</td><td>Hồ Thị Thu Hà</td><td>0935 120 447</td></tr>"
        "</tbody></table></figure>\n"
        "<p>Nhà trường có 4 tổ chuyên môn: Tổ Ngữ văn, Tổ Toán &#8211; Tin, Tổ Khoa học tự nhiên, Tổ Thể "
        "dục &#8211; Nghệ thuật và Tổ Văn phòng.</p>\n"
    ), parent=7),
    Page(11, "/lien-he/", "Liên hệ", (
        "<p><strong>TRƯỜNG THCS LÊ LỢI</strong></p>\n"
        "<p>Địa chỉ: 48 Lê Lợi, Phường 2, thị xã Quảng Trị, tỉnh Quảng Trị<br />\n"
        "Điện thoại: 0233 3861 234<br />\nEmail: thcsleloi.qt@quangtri.edu.vn</p>\n"
        '<p><iframe loading="lazy" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3822" '
        'width="600" height="350" style="border:0;" allowfullscreen=""></iframe></p>\n'
    )),
    Page(13, "/van-ban/", "Văn bản", (
        "<p>Các văn bản chỉ đạo, kế hoạch của nhà trường:</p>\n<ul>"
        '<li><a href="/wp-content/uploads/2026/09/KH-45-nhiem-vu-nam-hoc-2026-2027.pdf">Kế hoạch số '
        "45/KH-THCSLL thực hiện nhiệm vụ năm học 2026 &#8211; 2027</a></li>"
        '<li><a href="/wp-content/uploads/2026/09/Quy-che-chi-tieu-noi-bo-2026.pdf">Quy chế chi tiêu nội bộ '
        "năm 2026</a></li>"
        '<li><a href="/wp-content/uploads/2026/12/TB-112-lich-kiem-tra-HKI.pdf">Thông báo số 112/TB-THCSLL '
        "lịch kiểm tra cuối học kì I</a></li></ul>\n"
    )),
]
PAGES_BY_PATH = {p.path: p for p in PAGES}
PAGES_BY_ID = {p.id: p for p in PAGES}

#: attachment pages: path -> (post, src, slug, attachment id, title)
ATTACHMENTS: dict[str, tuple[Post, str, str, int, str]] = {
    f"{post.path}{slug}/": (post, src, slug, aid, title)
    for post in POSTS
    for src, (slug, aid, title) in post.attachments.items()
}
ATTACH_BY_ID = {v[3]: k for k, v in ATTACHMENTS.items()}


def _timeline() -> list[Post]:
    return sorted(POSTS, key=lambda p: p.date, reverse=True)


def _in_cat(slug: str) -> list[Post]:
    return [p for p in _timeline() if slug in p.cats]


def _by_author(login: str) -> list[Post]:
    return [p for p in _timeline() if p.login == login]


# --- markup pieces -----------------------------------------------------------------------------

_ICON = '<svg class="svg-icon" aria-hidden="true" role="img" focusable="false" width="18" height="18" viewBox="0 0 18 18"><path fill="" d="M9 0C4.03 0 0 4.03 0 9s4.03 9 9 9 9-4.03 9-9-4.03-9-9-9z"></path></svg>'


def _img(src: str, cls: str, wid: int) -> str:
    m = re.search(r"-(\d+)x(\d+)\.(\w+)$", src)
    if m:
        w, h, ext = int(m.group(1)), int(m.group(2)), m.group(3)
        base = src[: m.start()]
        srcset = (
            f"{src} {w}w, {base}-300x{h * 300 // w}.{ext} 300w, "
            f"{base}-768x{h * 768 // w}.{ext} 768w, {base}.{ext} {w + 176}w"
        )
        return (
            f'<img loading="lazy" width="{w}" height="{h}" src="{src}" alt="" class="{cls} wp-image-{wid}" '
            f'srcset="{srcset}" sizes="(max-width: {w}px) 100vw, {w}px" />'
        )
    return f'<img loading="lazy" width="1200" height="800" src="{src}" alt="" class="{cls} wp-image-{wid}" />'


def _wid(src: str) -> int:
    return 3000 + sum(ord(c) for c in src) % 900


def _para(block: P) -> str:
    t = tx(block.text)
    st = block.style
    if st == "lead":
        return f"<p><strong>{t}</strong></p>\n"
    if st in ("h2", "h3"):
        return f"<{st}>{t}</{st}>\n"
    if st == "li":
        return f"<li>{t}</li>"
    if st == "row":
        return "<tr>" + "".join(f"<td>{c}</td>" for c in t.split(" | ")) + "</tr>\n"
    if st == "quote":
        return f'<blockquote class="wp-block-quote"><p>{t}</p></blockquote>\n'
    if st == "classic":
        return f'<p style="text-align: justify;">{t}</p>\n'
    if st == "span":
        return (
            '<p style="text-align: justify;"><span style="font-family: \'times new roman\', times, serif; '
            f'font-size: 14pt;">{t}</span></p>\n'
        )
    if st == "br1":
        return f'<p style="text-align: justify;">{t}<br />\n'
    if st == "br2":
        return f"{t}</p>\n"
    if st == "link361":
        t = t.replace("(xem tại đây)", '(xem <a href="/?p=361">tại đây</a>)')
        return f"<p>{t}</p>\n"
    return f"<p>{t}</p>\n"


def _image(post: Post, img: Img) -> str:
    wid = _wid(img.src)
    att = post.attachments.get(img.src)
    if img.style in ("block", "gallery"):
        cap = f"<figcaption>{tx(img.printed)}</figcaption>" if img.printed else ""
        align = "" if img.style == "gallery" else " aligncenter"
        return f'<figure class="wp-block-image size-large{align}">{_img(img.src, "", wid)}{cap}</figure>\n'
    if img.style == "media":
        return f'<figure class="wp-block-media-text__media">{_img(img.src, "size-full", wid)}</figure>'
    if img.style == "wpcaption":
        aid = att[1] if att else wid
        tag = _img(img.src, "size-large", aid)
        if att:
            tag = f'<a href="{post.path}{att[0]}/">{tag}</a>'
        return (
            f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" style="width: 1024px" '
            f'class="wp-caption aligncenter">{tag}<figcaption id="caption-attachment-{aid}" '
            f'class="wp-caption-text">{tx(img.printed or "")}</figcaption></figure>\n'
        )
    if img.style == "classic":
        aid = att[1] if att else wid
        tag = _img(img.src, "aligncenter size-large", aid)
        if att:
            tag = f'<a href="{post.path}{att[0]}/">{tag}</a>'
        out = f'<p style="text-align: center;">{tag}</p>\n'
        if img.printed:
            out += f'<p style="text-align: center;"><em>{tx(img.printed)}</em></p>\n'
        return out
    return ""  # featured / cover: printed by the template


def _latest_block() -> str:
    items = "".join(
        f'<li><a href="{p.path}">{tx(p.title)}</a></li>' for p in _timeline()[:3]
    )
    return f'<h3>Tin liên quan</h3>\n<ul class="wp-block-latest-posts__list wp-block-latest-posts">{items}</ul>\n'


def _content_pages(post: Post) -> list[list]:
    pages: list[list] = [[]]
    for b in post.story.blocks:
        if b is NEXTPAGE:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def render_content(post: Post, page: int = 1, teaser: bool = False) -> str:
    """The post's ``the_content()`` for one of its pages; ``teaser`` cuts at <!--more-->."""
    if post.protected:
        return (
            f'<form action="/wp-login.php?action=postpass" class="post-password-form" method="post">\n'
            "<p>Nội dung này được bảo vệ bằng mật khẩu. Để xem nội dung, vui lòng nhập mật khẩu vào ô bên "
            "dưới:</p>\n"
            f'<p><label for="pwbox-{post.id}">Mật khẩu: <input name="post_password" id="pwbox-{post.id}" '
            'type="password" size="20" /></label> <input type="submit" name="Submit" value="Gửi" /></p>\n'
            "</form>\n"
        )
    out = []
    for b in _content_pages(post)[page - 1]:
        if b is MORE:
            if teaser:
                out.append(
                    f'<div class="read-more-button-wrap"><a href="{post.path}#more-{post.id}" class="more-link">'
                    f'<span class="faux-button">Đọc tiếp</span> <span class="screen-reader-text">'
                    f"&#8220;{tx(post.title)}&#8221;</span></a></div>"
                )
                break
            out.append(f'<p><span id="more-{post.id}"></span></p>\n')
        elif isinstance(b, P):
            out.append(_para(b))
        elif isinstance(b, Img):
            out.append(_image(post, b))
        elif isinstance(b, Raw):
            out.append(_latest_block() if b.html == "<!--latest-->" else b.html)
    return "".join(out)


def _link_pages(post: Post, page: int) -> str:
    n = len(_content_pages(post))
    if n < 2:
        return ""
    links = []
    for i in range(1, n + 1):
        if i == page:
            links.append(f'<span class="post-page-numbers current" aria-current="page">{i}</span>')
        else:
            href = post.path if i == 1 else f"{post.path}{i}/"
            links.append(f'<a href="{href}" class="post-page-numbers">{i}</a>')
    return (
        '<nav class="post-nav-links bg-light-background" aria-label="Trang"><span class="label">Trang:</span> '
        + " ".join(links)
        + "</nav>"
    )


def _categories(post: Post) -> str:
    links = "".join(
        f'<a href="/category/{slug}/" rel="category tag">{esc(CATS[slug][0])}</a>'
        for slug in sorted(post.cats, key=lambda s: CATS[s][0])
    )
    return (
        '<div class="entry-categories"><span class="screen-reader-text">Chuyên mục</span>'
        f'<div class="entry-categories-inner">{links}</div></div>'
    )


def _meta(post: Post, archive: bool) -> str:
    name, _ = USERS[post.login]
    n = len(post.comments)
    ctext = "Không có bình luận" if n == 0 else ("1 bình luận" if n == 1 else f"{n} bình luận")
    anchor = "#respond" if n == 0 else "#comments"
    sticky = ""
    if archive and post.sticky:
        sticky = (
            f'<li class="post-sticky meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">'
            f'Bài viết được ghim</span>{_ICON}</span><span class="meta-text">Bài viết được ghim</span></li>'
        )
    return (
        '<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta">'
        f'<li class="post-author meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">'
        f'Tác giả bài viết</span>{_ICON}</span><span class="meta-text">Bởi <a href="/author/{post.login}/">'
        f"{esc(name)}</a></span></li>"
        f'<li class="post-date meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">'
        f'Ngày đăng bài</span>{_ICON}</span><span class="meta-text"><a href="{post.path}">'
        f"{wp_date(post.date)}</a></span></li>"
        f'<li class="post-comment-link meta-wrapper"><span class="meta-icon">{_ICON}</span>'
        f'<span class="meta-text"><a href="{post.path}{anchor}">{ctext}<span class="screen-reader-text"> ở '
        f"{tx(post.title)}</span></a></span></li>{sticky}</ul></div>"
    )


def _featured(post: Post) -> str:
    img = next((i for i in post.story.images if i.style == "featured"), None)
    if img is None:
        return ""
    cap = f'<figcaption class="wp-caption-text">{tx(img.printed)}</figcaption>' if img.printed else ""
    return (
        '<figure class="featured-media"><div class="featured-media-inner section-inner medium">'
        f'{_img(img.src, "attachment-post-thumbnail size-post-thumbnail wp-post-image", _wid(img.src))}'
        f"{cap}</div></figure>\n"
    )


def _article_classes(post: Post) -> str:
    cats = " ".join(f"category-{c}" for c in post.cats)
    thumb = " has-post-thumbnail" if any(i.style in ("featured", "cover") for i in post.story.images) else ""
    pw = " post-password-required" if post.protected else ""
    st = " sticky" if post.sticky else ""
    return f"post-{post.id} post type-post status-publish format-standard{thumb}{pw}{st} hentry {cats}"


def archive_item(post: Post) -> str:
    return (
        f'<article class="{_article_classes(post)}" id="post-{post.id}">\n'
        '<header class="entry-header has-text-align-center"><div class="entry-header-inner section-inner medium">'
        f"{_categories(post)}"
        f'<h2 class="entry-title heading-size-1"><a href="{post.path}">{tx(post.title)}</a></h2>'
        f"{_meta(post, archive=True)}</div></header>\n"
        f"{_featured(post)}"
        '<div class="post-inner thin"><div class="entry-content">\n'
        f"{render_content(post, 1, teaser=True)}"
        f"</div></div>\n<div class=\"section-inner\">{_link_pages(post, 1)}</div>\n</article>\n"
        '<hr class="post-separator styled-separator is-style-wide section-inner" aria-hidden="true" />\n'
    )


def _comments(post: Post) -> str:
    if not post.comments:
        head = ""
    else:
        n = len(post.comments)
        heading = (
            f"Một bình luận trong &#8220;{tx(post.title)}&#8221;" if n == 1
            else f"{n} bình luận trong &#8220;{tx(post.title)}&#8221;"
        )

        def one(c: Comment, depth: int) -> str:
            kids = "".join(one(k, depth + 1) for k in post.comments if k.parent == c.id)
            children = f'<div class="children">{kids}</div>' if kids else ""
            avatar = (
                f"<img alt='' src='http://0.gravatar.com/avatar/{c.id:032x}?s=120&#038;d=mm&#038;r=g' "
                "class='avatar avatar-120 photo' height='120' width='120' loading='lazy'/>"
            )
            return (
                f'<div class="comment {"odd" if depth % 2 else "even"} thread-even depth-{depth}" '
                f'id="comment-{c.id}"><article id="div-comment-{c.id}" class="comment-body">'
                f'<footer class="comment-meta"><div class="comment-author vcard">{avatar}'
                f'<span class="fn">{esc(c.author)}</span><span class="screen-reader-text says">nói:</span></div>'
                f'<div class="comment-metadata"><a href="{post.path}#comment-{c.id}">'
                f'<time datetime="{c.iso}" title="{c.printed}">{c.printed}</time></a></div></footer>'
                f'<div class="comment-content entry-content"><p>{tx(c.text)}</p></div>'
                f'<footer class="comment-footer-meta"><span class="comment-reply">'
                f"<a rel='nofollow' class='comment-reply-link' href='{post.path}?replytocom={c.id}#respond' "
                f"data-commentid=\"{c.id}\" data-postid=\"{post.id}\" data-belowelement=\"div-comment-{c.id}\" "
                f"data-respondelement=\"respond\" aria-label='Trả lời {esc(c.author)}'>Trả lời</a></span>"
                f"</footer></article>{children}</div>"
            )

        threads = "".join(one(c, 1) for c in post.comments if c.parent == 0)
        head = (
            '<div class="comments" id="comments"><div class="comments-header section-inner small max-percentage">'
            f'<h2 class="comment-reply-title">{heading}</h2></div>'
            f'<div class="comments-inner section-inner thin max-percentage">{threads}</div></div>'
            '<hr class="styled-separator is-style-expanded" aria-hidden="true" />'
        )
    return (
        f'<div class="comments-wrapper section-inner">{head}'
        '<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">'
        'Trả lời <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" '
        'style="display:none;">Hủy</a></small></h2>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" '
        'class="section-inner thin max-percentage" novalidate>'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> '
        'Các trường bắt buộc được đánh dấu <span class="required">*</span></p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> '
        '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
        '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> '
        '<input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> '
        '<input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" '
        f'value="Phản hồi" /> <input type=\'hidden\' name=\'comment_post_ID\' value=\'{post.id}\' '
        "id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' />"
        "</p></form></div></div>\n"
    )


def _prev_next(post: Post) -> str:
    line = [p for p in _timeline()]
    i = line.index(post)
    older = line[i + 1] if i + 1 < len(line) else None
    newer = line[i - 1] if i > 0 else None
    out = ['<nav class="pagination-single section-inner" aria-label="Bài viết">'
           '<hr class="styled-separator is-style-expanded" aria-hidden="true" />'
           '<div class="pagination-single-inner">']
    if older:
        out.append(
            f'<a class="previous-post" href="{older.path}"><span class="arrow" aria-hidden="true">&larr;</span>'
            f'<span class="title"><span class="title-inner">{tx(older.title)}</span></span></a>'
        )
    if newer:
        out.append(
            f'<a class="next-post" href="{newer.path}"><span class="arrow" aria-hidden="true">&rarr;</span>'
            f'<span class="title"><span class="title-inner">{tx(newer.title)}</span></span></a>'
        )
    out.append('</div><hr class="styled-separator is-style-expanded" aria-hidden="true" /></nav>\n')
    return "".join(out)


# --- the page frame ------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/to-chuc-bo-may/", "Tổ chức bộ máy"), ("/lien-he/", "Liên hệ")]),
    ("/category/tin-tuc/", "Tin tức", [
        ("/category/hoat-dong-chuyen-mon/", "Hoạt động chuyên môn"),
        ("/category/hoat-dong-doi/", "Hoạt động Đội"),
    ]),
    ("/category/thong-bao/", "Thông báo", []),
    ("/van-ban/", "Văn bản", []),
]


def _menu(prefix: int) -> str:
    out = []
    for n, (href, label, subs) in enumerate(MENU):
        mid = prefix + n * 3
        if subs:
            sub = "".join(
                f'<li id="menu-item-{mid + k + 1}" class="menu-item menu-item-type-custom menu-item-{mid + k + 1}">'
                f'<a href="{h}">{esc(t)}</a></li>'
                for k, (h, t) in enumerate(subs)
            )
            out.append(
                f'<li id="menu-item-{mid}" class="menu-item menu-item-type-custom menu-item-has-children '
                f'menu-item-{mid}"><a href="{href}">{esc(label)}</a><span class="icon"></span>'
                f'<ul class="sub-menu">{sub}</ul></li>'
            )
        else:
            out.append(f'<li id="menu-item-{mid}" class="menu-item menu-item-{mid}"><a href="{href}">{esc(label)}</a></li>')
    return "".join(out)


def _head(request: Request, title: str, body_class: str, extra: str = "") -> str:
    host = base_url(request)
    return (
        '<!DOCTYPE html>\n<html class="no-js" lang="vi">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" >\n'
        '<link rel="profile" href="https://gmpg.org/xfn/11">\n'
        f"<title>{title}</title>\n<meta name='robots' content='max-image-preview:large' />\n"
        "<link rel='dns-prefetch' href='//s.w.org' />\n"
        "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=5.9.3' media='all' />\n"
        "<link rel='stylesheet' id='twentytwenty-style-css' href='/wp-content/themes/twentytwenty/style.css?ver=1.9' media='all' />\n"
        "<style id='twentytwenty-style-inline-css'>.color-accent,.color-accent-hover:hover{color:#cd2653;}</style>\n"
        "<script src='/wp-content/themes/twentytwenty/assets/js/index.js?ver=1.9' id='twentytwenty-js-js' async></script>\n"
        f'<link rel="https://api.w.org/" href="{host}/wp-json/" />\n'
        f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{host}/xmlrpc.php?rsd" />\n'
        '<meta name="generator" content="WordPress 5.9.3" />\n'
        f"{extra}"
        "<script>document.documentElement.className = document.documentElement.className.replace( 'no-js', 'js' );</script>\n"
        f"</head>\n<body class=\"{body_class} wp-embed-responsive enable-search-modal missing-post-thumbnail "
        'has-no-pagination not-showing-comments show-avatars footer-top-visible">\n'
        '<a class="skip-link screen-reader-text" href="#site-content">Chuyển đến nội dung</a>\n'
        '<header id="site-header" class="header-footer-group" role="banner">\n'
        '<div class="header-inner section-inner"><div class="header-titles-wrapper">'
        '<button class="toggle search-toggle mobile-search-toggle" data-toggle-target=".search-modal" '
        'aria-expanded="false"><span class="toggle-inner"><span class="toggle-icon">' + _ICON + "</span>"
        '<span class="toggle-text">Tìm kiếm</span></span></button>'
        '<div class="header-titles"><div class="site-title faux-heading"><a href="/">' + esc(SITE) + "</a></div>"
        '<div class="site-description">' + tx(TAGLINE) + "</div></div>"
        '<button class="toggle nav-toggle mobile-nav-toggle" data-toggle-target=".menu-modal" aria-expanded="false">'
        '<span class="toggle-inner"><span class="toggle-icon">' + _ICON + '</span><span class="toggle-text">Menu'
        "</span></span></button></div>\n"
        '<div class="header-navigation-wrapper"><nav class="primary-menu-wrapper" aria-label="Ngang" '
        'role="navigation"><ul class="primary-menu reset-list-style">' + _menu(20) + "</ul></nav>"
        '<div class="header-toggles hide-no-js"><div class="toggle-wrapper search-toggle-wrapper">'
        '<button class="toggle search-toggle desktop-search-toggle" data-toggle-target=".search-modal">'
        '<span class="toggle-inner">' + _ICON + '<span class="toggle-text">Tìm kiếm</span></span></button>'
        "</div></div></div></div>\n"
        '<div class="search-modal cover-modal header-footer-group" data-modal-target-string=".search-modal">'
        '<div class="search-modal-inner modal-inner"><div class="section-inner">'
        '<form role="search" aria-label="Tìm kiếm cho:" method="get" class="search-form" action="/">'
        '<label for="search-form-1"><span class="screen-reader-text">Tìm kiếm cho:</span>'
        '<input type="search" id="search-form-1" class="search-field" placeholder="Tìm kiếm &hellip;" '
        'value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form>'
        "</div></div></div>\n</header>\n"
        '<div class="menu-modal cover-modal header-footer-group" data-modal-target-string=".menu-modal">'
        '<div class="menu-modal-inner modal-inner"><div class="menu-wrapper section-inner"><div class="menu-top">'
        '<nav class="mobile-menu" aria-label="Di động" role="navigation"><ul class="modal-menu reset-list-style">'
        + _menu(60)
        + "</ul></nav></div></div></div></div>\n"
    )


def _footer() -> str:
    recent = "".join(f'<li><a href="{p.path}">{tx(p.title)}</a></li>' for p in _timeline()[:5])
    cats = "".join(
        f'<li class="cat-item cat-item-{tid}"><a href="/category/{slug}/">{esc(name)}</a> ({len(_in_cat(slug))})</li>'
        for slug, (name, tid) in sorted(CATS.items(), key=lambda kv: kv[1][0])
    )
    return (
        '<div class="footer-nav-widgets-wrapper header-footer-group"><div class="footer-inner section-inner">'
        '<aside class="footer-widgets-outer-wrapper" role="complementary"><div class="footer-widgets-wrapper">'
        '<div class="footer-widgets column-one grid-item">'
        '<div class="widget widget_recent_entries"><div class="widget-content">'
        '<h2 class="widget-title subheading heading-size-3">Bài viết mới</h2>'
        f'<nav aria-label="Bài viết mới"><ul>{recent}</ul></nav></div></div>'
        '<div class="widget widget_categories"><div class="widget-content">'
        '<h2 class="widget-title subheading heading-size-3">Chuyên mục</h2>'
        f'<nav aria-label="Chuyên mục"><ul>{cats}</ul></nav></div></div></div>'
        '<div class="footer-widgets column-two grid-item">'
        '<div class="widget widget_text"><div class="widget-content">'
        '<h2 class="widget-title subheading heading-size-3">Liên kết</h2><div class="textwidget"><ul>'
        '<li><a href="https://quangtri.edu.vn/" target="_blank" rel="noopener">Sở GD&amp;ĐT Quảng Trị</a></li>'
        '<li><a href="https://moet.gov.vn/" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://www.facebook.com/thcsleloi.quangtri" target="_blank" rel="noopener">'
        "Fanpage nhà trường</a></li></ul></div></div></div>"
        '<div class="widget widget_text"><div class="widget-content">'
        '<h2 class="widget-title subheading heading-size-3">Thống kê truy cập</h2><div class="textwidget">'
        f"<p>Hôm nay: {TODAY_LINE}</p><p>Đang online: 14<br />\nHôm nay: 327<br />\nTổng truy cập: 254.871</p>"
        "</div></div></div></div></div></aside></div></div>\n"
        '<footer id="site-footer" role="contentinfo" class="header-footer-group"><div class="section-inner">'
        '<div class="footer-credits"><p class="footer-copyright">&copy; 2026 <a href="/">' + esc(SITE) + "</a>"
        " &#8211; 48 Lê Lợi, Phường 2, thị xã Quảng Trị &#8211; ĐT: 0233 3861 234 &#8211; Email: "
        "thcsleloi.qt@quangtri.edu.vn</p>"
        '<p class="powered-by-wordpress"><a href="https://vi.wordpress.org/">Được tạo bởi WordPress</a></p></div>'
        '<a class="to-the-top" href="#site-header"><span class="to-the-top-long">Lên đầu trang '
        '<span class="arrow" aria-hidden="true">&uarr;</span></span></a></div></footer>\n'
        "<script src='/wp-includes/js/comment-reply.min.js?ver=5.9.3' id='comment-reply-js'></script>\n"
        "</body>\n</html>\n"
    )


def _doc(request: Request, title: str, body_class: str, main: str, extra: str = "") -> Response:
    page = _head(request, title, body_class, extra) + f'<main id="site-content" role="main">\n{main}</main>\n' + _footer()
    return html(page, headers={"Link": f'<{base_url(request)}/wp-json/>; rel="https://api.w.org/"'})


# --- page builders ---------------------------------------------------------------------------


def single(request: Request, post: Post, page: int = 1, replyto: bool = False) -> Response:
    host = base_url(request)
    canon = post.path if page == 1 else f"{post.path}{page}/"
    extra = (
        f'<link rel="alternate" type="application/json" href="{host}/wp-json/wp/v2/posts/{post.id}" />\n'
        f'<link rel="canonical" href="{host}{canon}" />\n'
        f"<link rel='shortlink' href='{host}/?p={post.id}' />\n"
        f'<link rel="alternate" type="application/json+oembed" href="{host}/wp-json/oembed/1.0/embed?url='
        f'{quote(host + post.path, safe="")}" />\n'
    )
    if replyto:
        extra = "<meta name='robots' content='noindex, nofollow' />\n" + extra
    page_sfx = f" &#8211; Trang {page}" if page > 1 else ""
    title = f"{tx(post.title)}{page_sfx} &#8211; {esc(SITE)}"
    body_class = f"post-template-default single single-post postid-{post.id} single-format-standard"
    if post.template == "cover":
        body_class = f"post-template-templates post-template-template-cover single single-post postid-{post.id}"
        cover = next(i for i in post.story.images if i.style == "cover")
        header = (
            f'<div class="cover-header bg-image bg-attachment-fixed" style="background-image: url({cover.src});">'
            '<div class="cover-header-inner-wrapper screen-height"><div class="cover-header-inner">'
            '<div class="cover-color-overlay color-accent opacity-80" style="color: #000000;"></div>'
            '<header class="entry-header has-text-align-center"><div class="entry-header-inner section-inner medium">'
            f'{_categories(post)}<h1 class="entry-title">{tx(post.title)}</h1>'
            f'<div class="to-the-content-wrapper"><a href="#post-inner" class="to-the-content '
            f'fill-children-current-color">{_ICON}<div class="screen-reader-text">Cuộn xuống</div></a></div>'
            f"{_meta(post, archive=False)}</div></header></div></div></div>\n"
        )
        inner = '<div class="post-inner" id="post-inner"><div class="entry-content">\n'
    else:
        header = (
            '<header class="entry-header has-text-align-center header-footer-group">'
            '<div class="entry-header-inner section-inner medium">'
            f'{_categories(post)}<h1 class="entry-title">{tx(post.title)}</h1>'
            f"{_meta(post, archive=False)}</div></header>\n{_featured(post)}"
        )
        inner = '<div class="post-inner thin "><div class="entry-content">\n'
    main = (
        f'<article class="{_article_classes(post)}" id="post-{post.id}">\n{header}{inner}'
        f"{render_content(post, page)}</div></div>\n"
        f'<div class="section-inner">{_link_pages(post, page)}</div>\n'
        f"{_prev_next(post)}{'' if post.protected else _comments(post)}</article>\n"
    )
    return _doc(request, title, body_class, main, extra)


def attachment(request: Request, path: str) -> Response:
    post, src, _slug, aid, title = ATTACHMENTS[path]
    full = re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)
    medium = re.sub(r"-\d+x\d+(\.\w+)$", r"-300x225\1", src)
    host = base_url(request)
    main = (
        f'<article class="post-{aid} attachment type-attachment status-inherit hentry" id="post-{aid}">\n'
        '<header class="entry-header has-text-align-center header-footer-group">'
        '<div class="entry-header-inner section-inner medium">'
        f'<h1 class="entry-title">{esc(title)}</h1>'
        '<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta">'
        f'<li class="post-author meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">'
        f'Tác giả bài viết</span>{_ICON}</span><span class="meta-text">Bởi <a href="/author/quantri/">quantri</a>'
        f'</span></li><li class="post-date meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">'
        f'Ngày đăng bài</span>{_ICON}</span><span class="meta-text"><a href="{path}">{wp_date(post.date)}</a>'
        "</span></li></ul></div></div></header>\n"
        '<div class="post-inner thin "><div class="entry-content">\n'
        f'<p class="attachment"><a href="{full}"><img width="300" height="225" src="{medium}" '
        f'class="attachment-medium size-medium" alt="" loading="lazy" /></a></p>\n'
        "</div></div>\n"
        '<nav class="pagination-single section-inner" aria-label="Bài viết"><div class="pagination-single-inner">'
        f'<a class="previous-post" href="{post.path}"><span class="arrow" aria-hidden="true">&larr;</span>'
        f'<span class="title"><span class="title-inner">{tx(post.title)}</span></span></a></div></nav>\n'
        "</article>\n"
    )
    extra = f'<link rel="canonical" href="{host}{path}" />\n<link rel=\'shortlink\' href=\'{host}/?p={aid}\' />\n'
    return _doc(request, f"{esc(title)} &#8211; {esc(SITE)}",
                f"attachment attachment-template-default single single-attachment postid-{aid}", main, extra)


def page_view(request: Request, pg: Page) -> Response:
    host = base_url(request)
    main = (
        f'<article class="post-{pg.id} page type-page status-publish hentry" id="post-{pg.id}">\n'
        '<header class="entry-header has-text-align-center header-footer-group">'
        '<div class="entry-header-inner section-inner medium">'
        f'<h1 class="entry-title">{esc(pg.title)}</h1></div></header>\n'
        f'<div class="post-inner thin "><div class="entry-content">\n{pg.content}</div></div>\n</article>\n'
    )
    extra = f'<link rel="canonical" href="{host}{pg.path}" />\n<link rel=\'shortlink\' href=\'{host}/?page_id={pg.id}\' />\n'
    return _doc(request, f"{esc(pg.title)} &#8211; {esc(SITE)}",
                f"page-template-default page page-id-{pg.id}", main, extra)


def _pagination(base: str, page: int, pages: int) -> str:
    if pages < 2:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    parts = []
    if page > 1:
        parts.append(
            f'<a class="prev page-numbers" href="{href(page - 1)}"><span aria-hidden="true">&larr;</span> '
            '<span class="nav-prev-text">Mới hơn <span class="nav-short">Bài viết</span></span></a>'
        )
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if page < pages:
        parts.append(
            f'<a class="next page-numbers" href="{href(page + 1)}"><span class="nav-next-text">Cũ hơn '
            '<span class="nav-short">Bài viết</span></span> <span aria-hidden="true">&rarr;</span></a>'
        )
    return (
        '<div class="pagination-wrapper section-inner">'
        '<hr class="styled-separator pagination-separator is-style-wide" aria-hidden="true" />'
        '<nav class="navigation pagination" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng '
        f'bài viết</h2><div class="nav-links">{"".join(parts)}</div></nav></div>\n'
    )


def listing(request: Request, base: str, page: int, posts: list[Post], heading: str | None,
            body_class: str, title: str, stickies: bool = False) -> Response | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    if stickies and page == 1:
        top = [p for p in posts if p.sticky]
        chunk = top + [p for p in chunk if not p.sticky]
    head = ""
    if heading:
        head = (
            '<header class="archive-header has-text-align-center header-footer-group">'
            f'<div class="archive-header-inner section-inner medium"><h1 class="archive-title">{heading}</h1>'
            "</div></header>\n"
        )
    main = head + "".join(archive_item(p) for p in chunk) + _pagination(base, page, pages)
    host = base_url(request)
    extra = f'<link rel="canonical" href="{host}{base if page == 1 else f"{base}page/{page}/"}" />\n' if page > 1 else ""
    sfx = f" &#8211; Trang {page}" if page > 1 else ""
    return _doc(request, f"{title}{sfx} &#8211; {esc(SITE)}", body_class + (" paged" if page > 1 else ""),
                main, extra)


def search(request: Request, q: str) -> Response:
    words = q.lower().split()
    hits = [p for p in PUBLIC if words and all(w in p.title.lower() for w in words)]
    head = (
        '<header class="archive-header has-text-align-center header-footer-group">'
        '<div class="archive-header-inner section-inner medium"><h1 class="archive-title">'
        f'<span class="color-accent">Tìm kiếm:</span> &#8220;{esc(q)}&#8221;</h1>'
        f'<div class="archive-subtitle section-inner thin max-percentage intro-text"><p>Tìm thấy {len(hits)} '
        "kết quả.</p></div></div></header>\n"
    )
    body = "".join(archive_item(p) for p in hits[:PER_PAGE])
    return _doc(request, f"Kết quả tìm kiếm cho &#8220;{esc(q)}&#8221; &#8211; {esc(SITE)}",
                "search search-results", head + body,
                "<meta name='robots' content='noindex, follow, max-image-preview:large' />\n")


# --- robots and core sitemaps ------------------------------------------------------------------------


def _xml(body: str) -> Response:
    return Response(200, '<?xml version="1.0" encoding="UTF-8"?>\n' + body, {"Content-Type": "application/xml; charset=UTF-8"})


def sitemap(request: Request, name: str) -> Response | None:
    host = base_url(request)
    style = f'<?xml-stylesheet type="text/xsl" href="{host}/wp-sitemap.xsl" ?>\n'
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'

    def urlset(paths: list[str]) -> Response:
        locs = "".join(f"<url><loc>{host}{p}</loc></url>" for p in paths)
        return _xml(f"{style}<urlset {ns}>{locs}</urlset>\n")

    if name == "wp-sitemap.xml":
        subs = ["posts-post-1", "posts-page-1", "taxonomies-category-1", "users-1"]
        locs = "".join(f"<sitemap><loc>{host}/wp-sitemap-{s}.xml</loc></sitemap>" for s in subs)
        return _xml(f'<?xml-stylesheet type="text/xsl" href="{host}/wp-sitemap-index.xsl" ?>\n'
                    f"<sitemapindex {ns}>{locs}</sitemapindex>\n")
    if name == "wp-sitemap-posts-post-1.xml":
        return urlset([p.path for p in _timeline()])
    if name == "wp-sitemap-posts-page-1.xml":
        return urlset(["/", *[p.path for p in PAGES]])
    if name == "wp-sitemap-taxonomies-category-1.xml":
        return urlset([f"/category/{s}/" for s in CATS])
    if name == "wp-sitemap-users-1.xml":
        return urlset([f"/author/{u}/" for u in USERS])
    return None


ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {host}/wp-sitemap.xml\n"


# --- routing ------------------------------------------------------------------------------------

_POST_RE = re.compile(r"^/(\d{4})/(\d{2})/([a-z0-9-]+)/(?:(\d+)/|([a-z0-9_-]+)/)?$")
_LIST_RE = re.compile(r"^(/|/category/([a-z0-9-]+)/|/author/([a-z0-9_]+)/)(?:page/(\d+)/)?$")


class Site:
    def __init__(self) -> None:
        self.by_path = {p.path: p for p in POSTS}

    def _known(self, path: str) -> bool:
        return (
            path in self.by_path or path in PAGES_BY_PATH or path in ATTACHMENTS
            or bool(_LIST_RE.match(path)) or bool(_POST_RE.match(path))
        )

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS.format(host=base_url(request)), {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith("/wp-sitemap") and path.endswith(".xml"):
            return sitemap(request, path[1:])
        if path == "/wp-login.php" and request.method == "POST":
            return redirect(request.headers.get("Referer") or "/", 302)
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if path == "/":
            if "p" in params:
                pid = int(params["p"]) if params["p"].isdigit() else -1
                if pid in BY_ID:
                    return redirect(BY_ID[pid].path, 301)
                if pid in ATTACH_BY_ID:
                    return redirect(ATTACH_BY_ID[pid], 301)
                return None
            if "page_id" in params:
                pg = PAGES_BY_ID.get(int(params["page_id"])) if params["page_id"].isdigit() else None
                return redirect(pg.path, 301) if pg else None
            if "s" in params:
                return search(request, params["s"])
        if not path.endswith("/"):
            if self._known(path + "/"):
                return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
            return None
        if path.endswith("/page/1/"):
            return redirect(path[: -len("page/1/")], 301)
        m = _LIST_RE.match(path)
        if m:
            page = int(m.group(4) or 1)
            if m.group(2):
                slug = m.group(2)
                if slug not in CATS:
                    return None
                name = CATS[slug][0]
                return listing(
                    request, f"/category/{slug}/", page, _in_cat(slug),
                    f'<span class="color-accent">Chuyên mục:</span> <span>{esc(name)}</span>',
                    f"archive category category-{slug} category-{CATS[slug][1]}", esc(name),
                )
            if m.group(3):
                login = m.group(3)
                if login not in USERS:
                    return None
                name = USERS[login][0]
                return listing(
                    request, f"/author/{login}/", page, _by_author(login),
                    f'<span class="color-accent">Tác giả:</span> <span class="vcard">{esc(name)}</span>',
                    f"archive author author-{login} author-{USERS[login][1]}", esc(name),
                )
            return listing(request, "/", page, _timeline(), None, "home blog", esc(SITE), stickies=True)
        if path in PAGES_BY_PATH:
            return page_view(request, PAGES_BY_PATH[path])
        if path in ATTACHMENTS:
            return attachment(request, path)
        if path in self.by_path:
            post = self.by_path[path]
            return single(request, post, 1, replyto="replytocom" in params)
        m = _POST_RE.match(path)
        if m and m.group(4):
            base = path[: -len(m.group(4)) - 1]
            post = self.by_path.get(base)
            if post is None:
                return None
            n = int(m.group(4))
            if n == 1:
                return redirect(base, 301)
            if n <= len(_content_pages(post)):
                return single(request, post, n)
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _gold(post: Post) -> dict:
    alts = sorted({f"{post.path}?replytocom={c.id}" for c in post.comments})
    return gold_record(post.story, post.path, post.story.cat, alt_paths=alts)


GOLD = [_gold(p) for p in PUBLIC]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/to-chuc-bo-may/",
    "/lien-he/",
    "/van-ban/",
    "/2026/11/thao-giang-chao-mung-ngay-20-11-to-ngu-van/img_3521/",
    "/2026/10/danh-sach-hoc-sinh-nhan-hoc-bong-hoc-ki-i/",
]
