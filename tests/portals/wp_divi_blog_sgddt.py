"""Sở Giáo dục và Đào tạo tỉnh Kon Tum on WordPress 6.3 with the Divi theme (blind fixture).

Platform
--------
WordPress 6.3.2, Divi 4.22 with a Theme Builder template for "All Posts" (body only: the header
and footer are Divi's own ``#main-header`` / ``#main-footer``), Yoast SEO 21 (title, canonical, og:,
JSON-LD, breadcrumbs), Monarch (inline share bar), WP Rocket (lazy load), Post Views Counter,
WP Last Modified Info, Contact Form 7, TablePress, WP-Polls. Permalinks
``/%year%/%monthnum%/%day%/%postname%/``; "Blog pages show at most" = 4.

URL scheme
----------
- ``/``: a static front page built with Divi modules (slider, three Blog modules, sidebar module);
  the "Tin tức - Sự kiện" Blog module paginates through ``/page/2/?et_blog`` (Divi's own query
  flag; ``/page/2/`` serves the same); ``/?et_blog`` is the front page again.
- posts ``/<yyyy>/<mm>/<dd>/<slug>/``; a split post has ``/<...>/<slug>/2/``; an attachment page
  ``/<...>/<slug>/<attachment-slug>/``; ``/?p=<id>`` (the shortlink, the slider's buttons) answers
  301 to the pretty permalink; any other query on a post (``?utm_…`` from the feed,
  ``?replytocom=N`` from the comment's reply link) serves the post itself.
- ``/category/<slug>/`` and ``/category/<slug>/page/<n>/`` (Divi's "« Bài viết cũ hơn" /
  "Bài viết mới hơn »" links only, no page numbers); ``/tag/<slug>/``, ``/author/<login>/``
  (both paginated), date archives ``/2026/``, ``/2026/11/``, ``/2026/11/page/2/``, ``/2026/11/20/``
  (the sidebar reaches the months only through the archives ``<select>``), ``/?s=`` search.
- ``/feed/``, ``/category/<slug>/feed/``, ``/comments/feed/`` (RSS 2, item links carry utm
  parameters), ``/robots.txt``, Yoast's ``/sitemap_index.xml`` (post, page, category, tag sitemaps).
- pages ``/gioi-thieu/``, ``/gioi-thieu/co-cau-to-chuc/``, ``/van-ban/``, ``/lien-he/``.
- paths without their trailing slash answer 301 to the slashed path; ``/page/1/`` forms 301 to
  the listing's first page; files under ``/wp-content/`` and ``/wp-includes/`` are served.

Page templates
--------------
- single post (Theme Builder body): Yoast breadcrumb in a text module; ``et_pb_post_title`` with
  h1 and "bởi <account> | Th12 4, 2026 | <categories> | N Bình luận"; a dynamic text module
  "Đăng ngày 04/12/2026 lúc 2:20 chiều · Lượt xem: N"; a dynamic "post excerpt" text module;
  a 2/3 column with ``et_pb_post_content`` (last-modified line, Monarch bar, the post's own
  content: Divi Builder sections, classic-editor HTML or Gutenberg blocks, page links), the tags,
  ``et_pb_posts_nav``, ``et_pb_comments``; a 1/3 column ``et_pb_sidebar``; a section "TIN CÙNG
  CHUYÊN MỤC" with a Blog module.
- archives, search and the attachment page: Divi's ``index.php`` / ``single.php``
  (``#left-area`` with ``article.et_pb_post`` items, ``#sidebar``).
- pages: Divi Builder layouts without a printed page title outside the modules.

How each gold article is reached (posts per page 4; categories by date, newest first)
--------------------------------------------------------------------------------------
- Tin tức - Sự kiện (``/category/tin-tuc-su-kien/``): 3418, 3405, 3391 (primary; also filed
  under Hoạt động chuyên môn), 3360 on page 1; 3320 and 3267 only on ``/category/tin-tuc-su-kien/page/2/`` (and on the front
  page's ``/page/2/?et_blog``, the month archive, tag and author pages).
- Hoạt động chuyên môn: 3391, 3342, 3301, 3245 on page 1; 3226 only on page 2.
- Công tác Đảng - Đoàn thể: 3377, (protected 3350), 3288, 3203 on one page.
- The front page shows 3418, 3405, 3391, 3360 (Tin tức module), 3391, 3342, 3301 (Chuyên môn
  module), 3377, 3350 (Đảng module); its slider links 3418, 3405, 3288 through ``/?p=<id>``.

Traps
-----
1. Front-page pagination of a Divi Blog module (``/page/2/?et_blog``): the "listing page 2" is the
   whole front page again, slider and all, with only the blog module changed; its canonical is
   ``/page/2/``. Gold: 3320 and 3267 are found there; the front page and its pages are listings.
2. Auto-generated "excerpt" box between the headline and the text (Divi dynamic content, WP's
   ``wp_trim_excerpt``): for posts without a hand-written excerpt it repeats the first 40 words
   of the text and ends in " […]". Gold: it is neither summary nor body (summary null unless the
   text itself opens with a bold lead). Where the editor wrote an excerpt (3418, 3342, 3245) the
   same box holds a real sapo that is not repeated in the text: summary = that sapo and it is the
   body's first paragraph.
3. One post filed in two categories (3391): the post-meta lists them alphabetically ("Hoạt động
   chuyên môn, Tin tức - Sự kiện": the first one listed is not the primary), the body class lists
   both, JSON-LD ``articleSection`` lists both, it shows up in both archives and as "Hoạt động
   chuyên môn" on the front page; Yoast's breadcrumb prints the primary category. Gold category:
   the breadcrumb's "Tin tức - Sự kiện". The menu prints category
   names through ``wptexturize`` ("Tin tức – Sự kiện" with an en dash) while breadcrumbs print the
   name as typed: gold categories are the breadcrumb's (hyphen).
4. A post split with ``<!--nextpage-->`` (3320): the text runs over ``/…/slug/`` and
   ``/…/slug/2/`` ("Trang: 1 2" links; page 2 has its own Yoast canonical). Gold: one article at
   the first URL, body = both pages' paragraphs in order, images of both pages, byline from page
   2; ``/…/slug/2/`` is an alt path of the same article, not an article of its own.
5. Dates as Divi/WP print them in Vietnamese: post-meta "Th12 3, 2026" (month abbreviation
   first), a "lúc 6:30 sáng" / "2:20 chiều" 12-hour time in the dynamic date line, Yoast's
   ``article:published_time`` and JSON-LD in UTC ("2026-12-02T23:30:00+00:00" for a post of
   6:30 on 3 December, crossing midnight), "Cập nhật lần cuối vào 05/12/2026 …" inside the content,
   sitemap ``lastmod`` = modified time, a comment dated "Th11 27, 2026". Gold: the local time of
   publication with +07:00 ("2026-12-03T06:30:00+07:00").
6. A password-protected post (3350) sits in the listings, the recent-posts widget and the front
   page as "Được bảo vệ: Tài liệu sinh hoạt chuyên đề chi bộ tháng 12/2026", with headline, date,
   byline and breadcrumb but only a password form for text. Gold: not an article (NON_ARTICLES).
7. An attachment page (``/2026/11/26/trao-150-…/dsc_0412/``, linked from the photo in 3360) is
   printed by Divi's ``single.php`` like a post: h1 "DSC_0412", "bởi Quản trị viên | Th11 26,
   2026", a photo and the photo's caption as its only paragraph. Gold: not an article.
8. An accordion (``et_pb_accordion``) in 3301 holds half of the text; all but the first toggle
   are closed (``et_pb_toggle_close``, hidden by the theme's CSS until clicked). Gold: the toggle
   titles and their contents are the text's own paragraphs, in order.
9. A "responsive duplicate" in 3288: the editor copied a text module for phones and hid each
   copy with Divi's "Disable on" (``@media`` rules in the inline ``et-builder-module-design``
   style, no class or attribute on the module itself). Gold: that heading and paragraph once.
10. Lazy-loaded images (WP Rocket) in 3267: ``src`` is an SVG ``data:`` placeholder, the photo is in
    ``data-lazy-src`` / ``data-lazy-srcset`` and again in a ``<noscript><img src=…>``. Gold: each
    photo once, at its real path; a figcaption "Ảnh: Minh Quân" is a credit (caption null, Minh
    Quân a photographer).
11. Titles differ by source: ``<title>``/og:title are Yoast's SEO title (3418's is a shortened
    custom one) with straight quotes and hyphens, the h1 goes through ``wptexturize`` (“…”, –,
    written as ``&#8220;`` ``&#8211;``). Gold title: the h1 as printed.
12. Things inside the content container that are not the text: Monarch's share bar, the
    last-modified line, a "Bài viết liên quan" Divi Blog module and a "Xem thêm:" line that the
    editor put into the post's own layout (3226), Divi button modules and a Gutenberg file block
    linking the PDF ("Tải Công văn …", "Tải về"), the "Trang: 1 2" page links. Gold: none of it.
13. Bylines: the post-meta account "Văn phòng Sở" looks like a signing unit but is a CMS account
    (nobody); the signatures at the end of the text count: "Tin, ảnh: X" (author and
    photographer), "Tin: X – Ảnh: Y", "ThS. X" followed by a ``<br>`` and the post, a unit alone,
    a name followed by "Nguồn: Báo Kon Tum điện tử" (source). In Divi-built posts photo captions
    are not captions in markup but an italic centred text module after the image module.
14. Duplicate URLs: ``/?p=<id>`` shortlinks (301), feed links with utm parameters and the
    comment's ``?replytocom=`` link (both serve the post: alt paths).

Gold decisions on ambiguous points
-----------------------------------
- published_at takes the time from the page's dynamic date line ("lúc 2:20 chiều" = 14:20),
  which agrees with Yoast's UTC stamp; never the modified date, never the comment's date.
- The typed "- " of the list lines in 3245 (one paragraph split by ``<br />``) is kept; its
  "[1]" footnote calls stay in their sentences and its "Tài liệu tham khảo" heading and entries
  are body, although they follow the byline.
- The emoji typed as a character in 3203 ("👉 Mọi sự ủng hộ …") is text.
- A table row is one paragraph, cells joined by " | " (header row included).
- Images inside the related-posts Blog module, the listing thumbnails and the default featured
  image are not the article's photos. The Yoast og:image is not either.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape as _escape
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, redirect
from crawler.demo.server import html as html_response
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "wp_divi_blog_sgddt"
PLATFORM = "WordPress 6.3 + Divi 4.22 (Theme Builder, Divi Builder Blog modules), Yoast SEO, Monarch, WP Rocket"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Kon Tum"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
HOME_PER_PAGE = 4
VN = timedelta(hours=7)

#: slug -> (name as typed, term id)
CATS: dict[str, tuple[str, int]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", 3),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", 4),
    "cong-tac-dang-doan-the": ("Công tác Đảng - Đoàn thể", 5),
}
TAGS: dict[str, str] = {
    "giao-duc-dan-toc": "Giáo dục dân tộc",
    "chuyen-doi-so": "Chuyển đổi số",
    "boi-duong-giao-vien": "Bồi dưỡng giáo viên",
    "stem": "STEM",
    "cong-doan": "Công đoàn",
}
ACCOUNTS: dict[str, str] = {"quantri": "Quản trị viên", "vanphong": "Văn phòng Sở"}

UP = "/wp-content/uploads"


def _img(src: str, printed: str | None = None, caption: str | None = None, style: str = "") -> Img:
    return Img(src, printed, caption, style)


# --- the posts -----------------------------------------------------------------------------


def _post(
    pid: int,
    slug: str,
    title: str,
    cats: list[str],
    when: str,
    flavor: str,
    blocks: list,
    *,
    account: str = "quantri",
    tags: tuple[str, ...] = (),
    excerpt: str | None = None,
    modified: str | None = None,
    seo_title: str | None = None,
    **kw,
) -> Story:
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    mod = datetime.strptime(modified, "%Y-%m-%d %H:%M") if modified else dt + timedelta(minutes=7)
    opts = {
        "dt": dt,
        "modified": mod,
        "cats": cats,
        "flavor": flavor,
        "account": account,
        "tags": tags,
        "excerpt": excerpt,
        "seo_title": seo_title,
        "show_modified": bool(modified),
        "comments": kw.pop("comments", []),
        "protected": kw.pop("protected", False),
        "attachment": kw.pop("attachment", None),
    }
    summary = kw.pop("summary", None)
    if excerpt:
        summary = excerpt
    return Story(
        id=pid,
        slug=slug,
        title=title,
        cat=CATS[cats[0]][0],
        published_at=dt.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
        blocks=blocks,
        summary=summary,
        sapo_outside=bool(excerpt),
        opts=opts,
        **kw,
    )


BR_RIGHT = '<p style="text-align: right;"><strong>{}</strong></p>'
BL_RIGHT = '<p class="has-text-align-right"><strong>{}</strong></p>'

S1 = _post(
    3418,
    "hoi-nghi-giao-ban-cong-tac-giao-duc-dan-toc-vung-kho-khan-nam-hoc-2026-2027",
    "Hội nghị giao ban công tác giáo dục dân tộc – vùng khó khăn năm học 2026-2027",
    ["tin-tuc-su-kien"],
    "2026-12-04 14:20",
    "divi",
    [
        P(
            "Dự hội nghị có đồng chí Phan Văn Hòa, Phó Giám đốc Sở GD&ĐT; lãnh đạo các phòng chuyên môn "
            "thuộc Sở; hiệu trưởng 9 trường phổ thông dân tộc nội trú, 27 trường phổ thông dân tộc bán trú "
            "và đại diện phòng GD&ĐT các huyện, thành phố."
        ),
        _img(
            f"{UP}/2026/12/z6071250319874_5c1f0a2e8b.jpg",
            "Đồng chí Phan Văn Hòa, Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
            "Đồng chí Phan Văn Hòa, Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
        ),
        P(
            "Theo báo cáo tại hội nghị, năm học 2026-2027 toàn tỉnh có 48.615 học sinh là người dân tộc "
            "thiểu số đang học ở các trường PTDTNT, PTDTBT và các trường có học sinh bán trú. Tỷ lệ huy "
            "động trẻ 6 tuổi vào lớp 1 đạt 99,8%; tỷ lệ học sinh bỏ học giữa chừng giảm còn 0,21%, thấp "
            "hơn cùng kỳ năm trước 0,09%."
        ),
        P("Nhiều mô hình hiệu quả được nhân rộng", "h3"),
        P(
            "Các đơn vị đã chia sẻ kinh nghiệm tăng cường tiếng Việt cho trẻ mầm non và học sinh tiểu học "
            "người dân tộc thiểu số, tổ chức bữa ăn bán trú bảo đảm dinh dưỡng và mô hình “Nhà trường – "
            "gia đình – già làng” trong vận động học sinh ra lớp. Trường PTDTBT TH Đăk Nhoong (huyện Đăk "
            "Glei) duy trì sĩ số 100% nhờ phân công giáo viên theo dõi từng làng."
        ),
        _img(
            f"{UP}/2026/12/z6071250412233_9ad3e71c40.jpg",
            "Các đại biểu thảo luận tại hội nghị",
            "Các đại biểu thảo luận tại hội nghị",
        ),
        P(
            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn như cơ sở vật chất phục vụ "
            "bán trú ở một số điểm trường còn tạm bợ, đội ngũ giáo viên biết tiếng dân tộc còn thiếu, một "
            "bộ phận phụ huynh chưa quan tâm đến việc học của con em."
        ),
        P(
            "Phát biểu kết luận, đồng chí Phan Văn Hòa đề nghị các đơn vị tiếp tục rà soát, nắm chắc số "
            "học sinh có nguy cơ bỏ học; đẩy mạnh ứng dụng công nghệ thông tin trong quản lý học sinh bán "
            "trú; tham mưu địa phương bố trí nguồn lực sửa chữa nhà ở, nhà ăn trước mùa mưa năm 2027."
        ),
        Raw(BR_RIGHT.format("Tin, ảnh: Lê Thị Hồng Nhung")),
    ],
    tags=("giao-duc-dan-toc",),
    excerpt=(
        "Sáng 04/12, Sở GD&ĐT tổ chức Hội nghị giao ban công tác giáo dục dân tộc – vùng khó khăn nhằm "
        "đánh giá kết quả thực hiện nhiệm vụ từ đầu năm học và bàn giải pháp nâng cao chất lượng dạy học "
        "ở các trường phổ thông dân tộc nội trú, bán trú."
    ),
    modified="2026-12-05 09:12",
    seo_title="Giao ban giáo dục dân tộc - vùng khó khăn 2026-2027 | Sở GD&ĐT Kon Tum",
    authors=["Lê Thị Hồng Nhung"],
    photographers=["Lê Thị Hồng Nhung"],
)

S2 = _post(
    3405,
    "hon-1-200-hoc-sinh-tham-gia-ngay-hoi-stem-tinh-kon-tum-lan-thu-ii",
    "Hơn 1.200 học sinh tham gia Ngày hội STEM tỉnh Kon Tum lần thứ II",
    ["tin-tuc-su-kien"],
    "2026-12-03 06:30",
    "block",
    [
        P(
            "Ngày 02/12, tại Trường THPT chuyên Nguyễn Tất Thành, Sở GD&ĐT phối hợp với Tỉnh đoàn tổ chức "
            "Ngày hội STEM tỉnh Kon Tum lần thứ II với sự tham gia của hơn 1.200 học sinh đến từ 34 trường "
            "THCS và THPT trên địa bàn tỉnh."
        ),
        P(
            "Ngày hội gồm 68 gian trưng bày sản phẩm STEM, robotics và sản phẩm ứng dụng trí tuệ nhân tạo "
            "do học sinh tự thiết kế. Nhiều sản phẩm gắn với thực tiễn địa phương như hệ thống tưới nhỏ "
            "giọt cho cây cà phê điều khiển bằng điện thoại, máy sấy sâm dây dùng năng lượng mặt trời, "
            "thiết bị cảnh báo sạt lở đất cho điểm trường vùng núi."
        ),
        _img(
            f"{UP}/2026/12/ngay-hoi-stem-2026-01.jpg",
            "Học sinh Trường THCS Lê Văn Tám giới thiệu mô hình tưới nhỏ giọt thông minh",
            "Học sinh Trường THCS Lê Văn Tám giới thiệu mô hình tưới nhỏ giọt thông minh",
        ),
        P("Các hoạt động chính của ngày hội", "h2"),
        P("Trưng bày, giới thiệu sản phẩm STEM của học sinh;", "li"),
        P("Thi lắp ráp và lập trình robot theo nhóm;", "li"),
        P(
            "Tọa đàm “Học sinh với trí tuệ nhân tạo” do chuyên gia Trường Đại học Bách khoa – Đại học "
            "Đà Nẵng chia sẻ;",
            "li",
        ),
        P("Trải nghiệm thí nghiệm khoa học vui dành cho học sinh tiểu học.", "li"),
        P(
            "Kết thúc ngày hội, Ban Tổ chức trao 6 giải Nhất, 10 giải Nhì, 14 giải Ba cho các sản phẩm "
            "xuất sắc. Sản phẩm “Cảnh báo sạt lở đất cho điểm trường” của nhóm học sinh Trường THPT Đăk "
            "Tô đạt giải Nhất và sẽ được chọn dự thi cấp quốc gia."
        ),
        _img(
            f"{UP}/2026/12/ngay-hoi-stem-2026-02.jpg",
            "Ban Tổ chức trao giải Nhất cho các nhóm học sinh",
            "Ban Tổ chức trao giải Nhất cho các nhóm học sinh",
        ),
        P(
            "Theo lãnh đạo Sở GD&ĐT, ngày hội là dịp để học sinh vận dụng kiến thức liên môn vào giải "
            "quyết vấn đề thực tiễn, đồng thời giúp các nhà trường chia sẻ kinh nghiệm triển khai giáo dục "
            "STEM theo Chương trình giáo dục phổ thông 2018."
        ),
        Raw(BL_RIGHT.format("Bài, ảnh: Minh Quân")),
    ],
    tags=("chuyen-doi-so", "stem"),
    authors=["Minh Quân"],
    photographers=["Minh Quân"],
)

S3 = _post(
    3391,
    "tap-huan-giao-vien-cot-can-ve-day-hoc-tich-hop-mon-khoa-hoc-tu-nhien-cap-thcs",
    "Tập huấn giáo viên cốt cán về dạy học tích hợp môn Khoa học tự nhiên cấp THCS",
    ["tin-tuc-su-kien", "hoat-dong-chuyen-mon"],
    "2026-12-01 15:45",
    "classic",
    [
        P(
            "Từ ngày 28/11 đến 30/11, Sở GD&ĐT tổ chức lớp tập huấn bồi dưỡng giáo viên cốt cán về dạy học "
            "tích hợp môn Khoa học tự nhiên cấp THCS cho 112 giáo viên đến từ các huyện, thành phố.",
            "bold",
        ),
        P(
            "Lớp tập huấn do các giảng viên Trường Đại học Sư phạm – Đại học Đà Nẵng trực tiếp hướng dẫn. "
            "Nội dung tập trung vào xây dựng kế hoạch dạy học các chủ đề tích hợp, phân công giáo viên dạy "
            "học theo mạch nội dung, thiết kế thí nghiệm đơn giản từ vật liệu sẵn có và đánh giá năng lực "
            "học sinh qua dự án."
        ),
        _img(
            f"{UP}/2026/12/tap-huan-khtn-thcs.jpg",
            "Giảng viên hướng dẫn giáo viên thực hành thí nghiệm về quang hợp",
            "Giảng viên hướng dẫn giáo viên thực hành thí nghiệm về quang hợp",
            "wp-caption",
        ),
        P(
            "Qua ba ngày, các học viên được thực hành soạn kế hoạch bài dạy theo nhóm, dạy minh họa và góp "
            "ý chéo. Nhiều ý kiến cho rằng khó khăn lớn nhất hiện nay là giáo viên được đào tạo đơn môn "
            "phải đảm nhận các nội dung ngoài chuyên ngành, trong khi phòng thí nghiệm ở nhiều trường chưa "
            "đáp ứng yêu cầu."
        ),
        P(
            "Sau tập huấn, các giáo viên cốt cán có trách nhiệm bồi dưỡng lại cho đồng nghiệp tại đơn vị "
            "trước ngày 20/12/2026 và báo cáo kết quả về Sở qua Phòng Giáo dục trung học."
        ),
        Raw(BR_RIGHT.format("Phòng GDTrH")),
    ],
    account="vanphong",
    tags=("boi-duong-giao-vien",),
    summary=(
        "Từ ngày 28/11 đến 30/11, Sở GD&ĐT tổ chức lớp tập huấn bồi dưỡng giáo viên cốt cán về dạy học "
        "tích hợp môn Khoa học tự nhiên cấp THCS cho 112 giáo viên đến từ các huyện, thành phố."
    ),
    authors=["Phòng GDTrH"],
)

S4 = _post(
    3377,
    "dang-bo-so-gddt-hoc-tap-quan-triet-nghi-quyet-dai-hoi-dang-bo-tinh-lan-thu-xvii",
    "Đảng bộ Sở GD&ĐT học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII",
    ["cong-tac-dang-doan-the"],
    "2026-11-28 09:00",
    "divi",
    [
        P(
            "Sáng 27/11, Đảng ủy Sở GD&ĐT tổ chức hội nghị học tập, quán triệt và triển khai thực hiện "
            "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2025-2030 cho hơn 150 cán bộ, "
            "đảng viên thuộc các chi bộ trực thuộc.",
            "bold",
        ),
        P(
            "Tại hội nghị, các đồng chí báo cáo viên đã truyền đạt những nội dung cơ bản của Nghị quyết, "
            "trong đó nhấn mạnh mục tiêu phát triển nguồn nhân lực chất lượng cao, coi giáo dục và đào tạo "
            "là một trong những khâu đột phá của tỉnh trong nhiệm kỳ."
        ),
        _img(f"{UP}/2026/11/hoi-nghi-quan-triet-nq-xvii.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị"),
        P(
            "“Mỗi cán bộ, đảng viên trong ngành phải là người đi đầu trong đổi mới, nói đi đôi với làm, "
            "lấy kết quả học tập của học sinh làm thước đo hiệu quả công việc”, đồng chí Bí thư Đảng ủy Sở "
            "nhấn mạnh.",
            "quote",
        ),
        P("Xây dựng chương trình hành động cụ thể", "h3"),
        P(
            "Ngay sau hội nghị, các chi bộ sẽ tổ chức thảo luận, xây dựng chương trình hành động của từng "
            "chi bộ, gắn với nhiệm vụ chuyên môn của đơn vị. Đảng ủy Sở yêu cầu hoàn thành việc xây dựng "
            "chương trình hành động trước ngày 15/12/2026."
        ),
        P(
            "Cũng tại hội nghị, cán bộ, đảng viên đã làm bài thu hoạch cá nhân, liên hệ trách nhiệm của "
            "bản thân trong việc thực hiện Nghị quyết."
        ),
        Raw('<p style="text-align: right;"><em><strong>Văn phòng Đảng ủy Sở</strong></em></p>'),
    ],
    summary=(
        "Sáng 27/11, Đảng ủy Sở GD&ĐT tổ chức hội nghị học tập, quán triệt và triển khai thực hiện "
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2025-2030 cho hơn 150 cán bộ, "
        "đảng viên thuộc các chi bộ trực thuộc."
    ),
    authors=["Văn phòng Đảng ủy Sở"],
)

S5 = _post(
    3360,
    "trao-150-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-dan-toc-thieu-so",
    "Trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh dân tộc thiểu số",
    ["tin-tuc-su-kien"],
    "2026-11-26 16:10",
    "classic",
    [
        P(
            "Chiều 25/11, tại Trường PTDTNT tỉnh, Sở GD&ĐT phối hợp với Báo Kon Tum và Quỹ Bảo trợ trẻ em "
            "tỉnh trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh dân tộc thiểu số có hoàn cảnh "
            "khó khăn, vươn lên học tốt."
        ),
        P(
            "Mỗi suất học bổng trị giá 2 triệu đồng, kèm theo ba lô, áo ấm và bộ dụng cụ học tập. Tổng kinh "
            "phí chương trình hơn 420 triệu đồng do các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh đóng góp."
        ),
        _img(
            f"{UP}/2026/11/DSC_0412.jpg",
            "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
            "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
            "attach",
        ),
        P(
            "Em Y Thảo, học sinh lớp 11 Trường PTDTNT tỉnh, chia sẻ: “Bố mẹ em làm rẫy, nhà có bốn anh chị "
            "em đều đang đi học. Suất học bổng giúp em yên tâm hơn, em sẽ cố gắng học tốt để sau này trở "
            "thành giáo viên dạy ở làng mình”."
        ),
        P(
            "Từ năm 2018 đến nay, chương trình “Tiếp sức đến trường” đã trao hơn 1.300 suất học bổng với "
            "tổng trị giá trên 3 tỷ đồng cho học sinh nghèo ở các huyện vùng sâu, vùng xa của tỉnh."
        ),
        Raw(BR_RIGHT.format("Thanh Thúy") + '\n<p style="text-align: right;"><em>Nguồn: Báo Kon Tum điện tử</em></p>'),
    ],
    tags=("giao-duc-dan-toc",),
    comments=[
        (
            118,
            "Nguyễn Văn Bình",
            "2026-11-27 08:12",
            "Chương trình rất ý nghĩa. Mong Sở tiếp tục vận động thêm nhiều nhà tài trợ cho học sinh "
            "các điểm trường lẻ ở Tu Mơ Rông.",
        )
    ],
    attachment=(3362, "dsc_0412", "DSC_0412"),
    authors=["Thanh Thúy"],
    source="Báo Kon Tum điện tử",
)

S6 = _post(
    3342,
    "ket-qua-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thcs-nam-hoc-2026-2027",
    "Kết quả Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026-2027",
    ["hoat-dong-chuyen-mon"],
    "2026-11-24 08:05",
    "block",
    [
        P(
            "Hội thi diễn ra từ ngày 09/11 đến 21/11 với các môn Ngữ văn, Toán, Khoa học tự nhiên, Lịch sử "
            "và Địa lí, Tiếng Anh, Tin học. Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng "
            "giáo dục và dạy hai tiết thực hành trên lớp."
        ),
        _img(
            f"{UP}/2026/11/gvdg-thcs-tin-hoc.jpg",
            "Một tiết dạy môn Tin học tại Hội thi",
            "Một tiết dạy môn Tin học tại Hội thi",
        ),
        P("Kết quả theo đơn vị", "h2"),
        P("Đơn vị | Số giáo viên dự thi | Số giáo viên đạt", "th"),
        P("Thành phố Kon Tum | 28 | 25", "tr"),
        P("Huyện Ngọc Hồi | 14 | 12", "tr"),
        P("Huyện Đăk Hà | 16 | 13", "tr"),
        P("Huyện Sa Thầy | 12 | 9", "tr"),
        P("Các huyện còn lại | 34 | 28", "tr"),
        P(
            "Ban Tổ chức đánh giá các tiết dạy đã vận dụng linh hoạt phương pháp dạy học tích cực, khai thác "
            "hiệu quả thiết bị dạy học và học liệu số. Một số giáo viên trẻ ở huyện Tu Mơ Rông, Kon Plông có "
            "tiết dạy sáng tạo, thu hút học sinh."
        ),
        P(
            "Tuy nhiên, vẫn còn giáo viên lúng túng trong tổ chức hoạt động nhóm, chưa chú trọng đánh giá "
            "quá trình; phần trình bày biện pháp của một số giáo viên còn nặng lý thuyết."
        ),
        Raw(
            '<div class="wp-block-file"><a id="wp-block-file--media-5f3e2c1a" '
            'href="{b}/wp-content/uploads/2026/11/QD-cong-nhan-GVDG-THCS.pdf">QĐ công nhận giáo viên dạy '
            'giỏi cấp tỉnh cấp THCS năm học 2026-2027</a><a href="{b}/wp-content/uploads/2026/11/'
            'QD-cong-nhan-GVDG-THCS.pdf" class="wp-block-file__button wp-element-button" download '
            'aria-describedby="wp-block-file--media-5f3e2c1a">Tải về</a></div>'
        ),
        Raw(
            '<p class="has-text-align-right"><strong>ThS. Hoàng Văn Anh</strong><br>'
            "<em>Phó Trưởng phòng Giáo dục trung học</em></p>"
        ),
    ],
    account="vanphong",
    tags=("boi-duong-giao-vien",),
    excerpt=(
        "Sau gần hai tuần tổ chức tại 4 điểm thi, Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học "
        "2026-2027 đã khép lại với 87/104 giáo viên được công nhận đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."
    ),
    authors=["Hoàng Văn Anh"],
)

S7 = _post(
    3320,
    "kon-tum-day-manh-xoa-mu-chu-cho-nguoi-dan-toc-thieu-so-o-vung-sau-vung-xa",
    "Kon Tum đẩy mạnh xóa mù chữ cho người dân tộc thiểu số ở vùng sâu, vùng xa",
    ["tin-tuc-su-kien"],
    "2026-11-20 10:30",
    "classic",
    [
        P(
            "Năm 2026, ngành Giáo dục Kon Tum được giao mở 46 lớp xóa mù chữ với hơn 1.100 học viên là người "
            "dân tộc thiểu số trong độ tuổi từ 15 đến 60 tại 8 huyện. Đến nay, 44 lớp đã khai giảng, đạt "
            "95,6% kế hoạch."
        ),
        P(
            "Phần lớn các lớp học được tổ chức vào buổi tối tại nhà rông, nhà văn hóa thôn hoặc phòng học "
            "của điểm trường. Giáo viên dạy xóa mù chữ chủ yếu là giáo viên tiểu học tại chỗ, tranh thủ sau "
            "giờ lên lớp để dạy cho bà con."
        ),
        _img(
            f"{UP}/2026/11/lop-xmc-kon-pring.jpg",
            "Lớp xóa mù chữ tại làng Kon Pring, xã Đăk Tờ Re, huyện Kon Rẫy",
            "Lớp xóa mù chữ tại làng Kon Pring, xã Đăk Tờ Re, huyện Kon Rẫy",
            "wp-caption",
        ),
        P(
            "Thầy A Lịch, giáo viên Trường TH xã Ngọk Réo (huyện Đăk Hà) cho biết: “Học viên phần lớn là phụ "
            "nữ, ban ngày lên rẫy nên buổi tối nhiều người phải mang theo con nhỏ đến lớp. Chúng tôi vừa dạy "
            "chữ, vừa phải trông giúp các cháu để mẹ yên tâm học”."
        ),
        P(
            "Để duy trì sĩ số, các trường phối hợp với trưởng thôn, già làng, người có uy tín đến từng nhà "
            "vận động. Một số địa phương hỗ trợ học viên sách vở, đèn pin và tiền ăn nhẹ mỗi buổi học từ "
            "nguồn xã hội hóa."
        ),
        Raw("<!--nextpage-->"),
        P("Gắn xóa mù chữ với chuyển đổi số", "h3"),
        P(
            "Điểm mới năm nay là việc lồng ghép hướng dẫn sử dụng điện thoại thông minh vào chương trình "
            "học. Sau khi biết đọc, biết viết, học viên được hướng dẫn nhắn tin, tra cứu thông tin thời "
            "tiết, giá nông sản và thực hiện một số dịch vụ công trực tuyến đơn giản."
        ),
        _img(
            f"{UP}/2026/11/lop-xmc-dien-thoai.jpg",
            "Học viên thực hành tra cứu thông tin trên điện thoại thông minh",
            "Học viên thực hành tra cứu thông tin trên điện thoại thông minh",
            "wp-caption",
        ),
        P(
            "Theo đánh giá của Sở GD&ĐT, tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 của tỉnh hiện đạt "
            "96,7%; tỉnh phấn đấu đến năm 2030 đạt chuẩn xóa mù chữ mức độ 2 ở 100% đơn vị cấp xã."
        ),
        Raw(BR_RIGHT.format("Phạm Ngọc Tú")),
    ],
    tags=("giao-duc-dan-toc", "chuyen-doi-so"),
    modified="2026-11-21 08:03",
    authors=["Phạm Ngọc Tú"],
)

S8 = _post(
    3301,
    "huong-dan-to-chuc-kiem-tra-danh-gia-dinh-ky-giua-hoc-ky-i-nam-hoc-2026-2027",
    "Hướng dẫn tổ chức kiểm tra, đánh giá định kỳ giữa học kỳ I năm học 2026-2027",
    ["hoat-dong-chuyen-mon"],
    "2026-11-18 14:00",
    "divi",
    [
        P(
            "Nhằm đánh giá đúng thực chất kết quả học tập của học sinh, Sở GD&ĐT đã ban hành Công văn số "
            "2145/SGDĐT-GDTrH hướng dẫn các đơn vị tổ chức kiểm tra, đánh giá định kỳ giữa học kỳ I năm "
            "học 2026-2027."
        ),
        P(
            "Theo hướng dẫn, việc kiểm tra phải bảo đảm nghiêm túc, khách quan, không gây áp lực cho học "
            "sinh; đề kiểm tra được xây dựng theo ma trận, bản đặc tả phù hợp với yêu cầu cần đạt của "
            "chương trình. Các yêu cầu cụ thể đối với từng cấp học như sau:"
        ),
        P("1. Đối với cấp tiểu học", "toggle-title"),
        P(
            "Chỉ tổ chức kiểm tra định kỳ đối với môn Tiếng Việt và Toán ở lớp 4, lớp 5. Thời gian làm bài "
            "không quá 40 phút; nhà trường chủ động lịch kiểm tra trong khoảng từ ngày 23/11 đến 04/12/2026.",
            "toggle",
        ),
        P("2. Đối với cấp trung học cơ sở", "toggle-title"),
        P(
            "Các môn học đánh giá bằng điểm số tổ chức kiểm tra tập trung theo khối lớp. Tổ chuyên môn chịu "
            "trách nhiệm ra đề, hiệu trưởng duyệt đề và tổ chức chấm chéo giữa các lớp.",
            "toggle",
        ),
        P(
            "Đối với học sinh khuyết tật học hòa nhập, giáo viên điều chỉnh nội dung, hình thức kiểm tra "
            "theo kế hoạch giáo dục cá nhân.",
            "toggle",
        ),
        P("3. Đối với cấp trung học phổ thông", "toggle-title"),
        P(
            "Khuyến khích các trường sử dụng đề kiểm tra có câu hỏi trắc nghiệm theo định dạng mới của Kỳ "
            "thi tốt nghiệp THPT. Việc kiểm tra trên máy tính chỉ thực hiện ở đơn vị bảo đảm đủ phòng máy "
            "và có phương án dự phòng.",
            "toggle",
        ),
        P(
            "Kết quả kiểm tra được cập nhật vào phần mềm quản lý trường học chậm nhất sau 10 ngày kể từ "
            "ngày kiểm tra. Các phòng GD&ĐT, các trường THPT báo cáo tổng hợp về Sở trước ngày 15/12/2026."
        ),
        Raw(BR_RIGHT.format("Phòng Khảo thí và Quản lý chất lượng")),
        Raw(
            '<div class="et_pb_button_module_wrapper et_pb_button_0_wrapper et_pb_button_alignment_left '
            'et_pb_module "><a class="et_pb_button et_pb_custom_button_icon et_pb_button_0 '
            'et_pb_bg_layout_light" href="{b}/wp-content/uploads/2026/11/2145-SGDDT-GDTrH.pdf" '
            'target="_blank" data-icon="&#xe092;">Tải Công văn số 2145/SGDĐT-GDTrH</a></div>'
        ),
    ],
    account="vanphong",
    authors=["Phòng Khảo thí và Quản lý chất lượng"],
)

S9 = _post(
    3288,
    "cong-doan-nganh-giao-duc-phat-dong-thang-hanh-dong-vi-binh-dang-gioi",
    "Công đoàn ngành Giáo dục phát động Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới",
    ["cong-tac-dang-doan-the"],
    "2026-11-12 19:30",
    "divi",
    [
        P(
            "Chiều 12/11, Công đoàn ngành Giáo dục tỉnh tổ chức lễ phát động Tháng hành động vì bình đẳng "
            "giới và phòng, chống bạo lực trên cơ sở giới năm 2026 với chủ đề “Chung tay xây dựng môi "
            "trường học đường an toàn, bình đẳng”."
        ),
        _img(
            f"{UP}/2026/11/z5998821047711_phat-dong.jpg",
            "Các đại biểu thực hiện nghi thức phát động Tháng hành động",
            "Các đại biểu thực hiện nghi thức phát động Tháng hành động",
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Chủ tịch Công đoàn ngành cho biết, toàn ngành hiện có hơn "
            "11.800 cán bộ, giáo viên, nhân viên, trong đó nữ chiếm 78%. Những năm qua, công tác bình đẳng "
            "giới luôn được quan tâm, tỷ lệ nữ tham gia cấp ủy, lãnh đạo quản lý các trường học ngày càng tăng."
        ),
        Raw("<!--break-->"),
        P("Các hoạt động hưởng ứng", "h3"),
        P(
            "Trong thời gian từ ngày 15/11 đến 15/12, các công đoàn cơ sở tổ chức tuyên truyền dưới cờ, sân "
            "khấu hóa về phòng, chống bạo lực học đường; lồng ghép nội dung bình đẳng giới vào hoạt động "
            "trải nghiệm và sinh hoạt lớp."
        ),
        Raw("<!--dup-->"),
        P(
            "Dịp này, Công đoàn ngành trao 20 suất quà cho nữ giáo viên có hoàn cảnh khó khăn đang công tác "
            "tại các điểm trường lẻ, mỗi suất trị giá 1 triệu đồng."
        ),
        _img(
            f"{UP}/2026/11/z5998821150032_trao-qua.jpg",
            "Trao quà cho nữ giáo viên có hoàn cảnh khó khăn",
            "Trao quà cho nữ giáo viên có hoàn cảnh khó khăn",
        ),
        Raw(BR_RIGHT.format("Tin: Y Nhi – Ảnh: A Thuận")),
    ],
    tags=("cong-doan",),
    authors=["Y Nhi"],
    photographers=["A Thuận"],
)

S10 = _post(
    3267,
    "kiem-tra-cong-tac-to-chuc-an-o-ban-tru-tai-cac-truong-ptdtbt-huyen-dak-glei",
    "Kiểm tra công tác tổ chức ăn, ở bán trú tại các trường PTDTBT huyện Đăk Glei",
    ["tin-tuc-su-kien"],
    "2026-11-09 07:45",
    "block",
    [
        P(
            "Từ ngày 04/11 đến 06/11, Đoàn kiểm tra của Sở GD&ĐT do đồng chí Trưởng phòng Giáo dục trung "
            "học làm trưởng đoàn đã kiểm tra công tác tổ chức ăn, ở bán trú tại 6 trường phổ thông dân tộc "
            "bán trú trên địa bàn huyện Đăk Glei."
        ),
        P(
            "Đoàn đã kiểm tra thực tế bếp ăn, khu nội trú, hồ sơ quản lý học sinh bán trú và việc thực hiện "
            "chế độ hỗ trợ gạo, tiền ăn theo Nghị định số 66/2025/NĐ-CP của Chính phủ. Qua kiểm tra, các "
            "trường đều tổ chức nấu ăn tập trung cho học sinh, thực đơn được thay đổi hằng tuần, có sự giám "
            "sát của đại diện cha mẹ học sinh."
        ),
        _img(f"{UP}/2026/11/kiem-tra-ban-tru-dak-glei-1.jpg", "Ảnh: Minh Quân", None, "lazy"),
        P(
            "Một số trường như PTDTBT THCS Đăk Long, PTDTBT TH Xốp đã tận dụng đất trống trồng rau xanh, "
            "nuôi gà, cải thiện bữa ăn cho học sinh. Tuy nhiên, khu nhà ở bán trú tại điểm trường Đăk Ang "
            "xuống cấp, mùa mưa bị dột, cần sớm được sửa chữa."
        ),
        _img(
            f"{UP}/2026/11/kiem-tra-ban-tru-dak-glei-2.jpg",
            "Bữa trưa của học sinh bán trú Trường PTDTBT THCS Đăk Long",
            "Bữa trưa của học sinh bán trú Trường PTDTBT THCS Đăk Long",
            "lazy",
        ),
        P(
            "Đoàn kiểm tra đề nghị các trường tiếp tục duy trì nề nếp sinh hoạt bán trú, bảo đảm an toàn "
            "thực phẩm, phòng chống dịch bệnh mùa mưa; phòng GD&ĐT huyện tham mưu UBND huyện bố trí kinh "
            "phí sửa chữa nhà ở bán trú trước ngày 31/12/2026."
        ),
        Raw(BL_RIGHT.format("Bài: Trần Hữu Phước")),
    ],
    tags=("giao-duc-dan-toc",),
    authors=["Trần Hữu Phước"],
    photographers=["Minh Quân"],
)

S11 = _post(
    3245,
    "hoi-thao-doi-moi-day-hoc-doc-hieu-mon-ngu-van-theo-chuong-trinh-gdpt-2018",
    "Hội thảo đổi mới dạy học đọc hiểu môn Ngữ văn theo Chương trình GDPT 2018",
    ["hoat-dong-chuyen-mon"],
    "2026-10-30 15:00",
    "classic",
    [
        P(
            "Hội thảo nhận được 24 tham luận, trong đó 8 tham luận được chọn trình bày tại hội trường. Các ý "
            "kiến tập trung vào cách lựa chọn văn bản ngoài sách giáo khoa, thiết kế câu hỏi đọc hiểu theo "
            "các mức độ nhận thức và đánh giá năng lực đọc của học sinh.[1]"
        ),
        P(
            "Cô Nguyễn Thị Lan, Trường THPT Kon Tum chia sẻ kinh nghiệm tổ chức “vòng tròn văn học” để học "
            "sinh tự đọc, tự đặt câu hỏi và tranh luận về tác phẩm. Theo cô, khi được chủ động, học sinh đọc "
            "nhiều hơn và mạnh dạn trình bày quan điểm cá nhân."
        ),
        _img(
            f"{UP}/2026/10/hoi-thao-ngu-van-thpt.jpg",
            "Cô Nguyễn Thị Lan trình bày tham luận tại hội thảo",
            "Cô Nguyễn Thị Lan trình bày tham luận tại hội thảo",
            "wp-caption",
        ),
        P("Kết luận hội thảo, lãnh đạo Phòng Giáo dục trung học đề nghị các trường:"),
        P("- Tăng cường sinh hoạt tổ chuyên môn theo nghiên cứu bài học;"),
        P("- Xây dựng ngân hàng văn bản đọc hiểu dùng chung toàn tỉnh;", "br"),
        P("- Đổi mới kiểm tra, đánh giá, hạn chế yêu cầu học sinh ghi nhớ máy móc.[2]", "br"),
        Raw(BR_RIGHT.format("ThS. Nguyễn Thị Thu Hà")),
        P("Tài liệu tham khảo", "note-h"),
        P(
            "[1] Bộ GD&ĐT (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm theo Thông tư "
            "số 32/2018/TT-BGDĐT.",
            "note",
        ),
        P(
            "[2] Bộ GD&ĐT (2021), Thông tư số 22/2021/TT-BGDĐT quy định về đánh giá học sinh trung học cơ sở "
            "và học sinh trung học phổ thông.",
            "note",
        ),
    ],
    account="vanphong",
    tags=("boi-duong-giao-vien",),
    excerpt=(
        "Ngày 29/10, Sở GD&ĐT tổ chức hội thảo chuyên đề đổi mới dạy học đọc hiểu văn bản trong môn Ngữ "
        "văn cấp THPT với sự tham gia của hơn 90 giáo viên cốt cán và tổ trưởng chuyên môn."
    ),
    authors=["Nguyễn Thị Thu Hà"],
)

S12 = _post(
    3226,
    "khai-giang-lop-boi-duong-tieng-xo-dang-cho-can-bo-giao-vien-nam-2026",
    "Khai giảng lớp bồi dưỡng tiếng Xơ Đăng cho cán bộ, giáo viên năm 2026",
    ["hoat-dong-chuyen-mon"],
    "2026-10-22 08:00",
    "divi",
    [
        P(
            "Sáng 21/10, Sở GD&ĐT khai giảng lớp bồi dưỡng tiếng dân tộc Xơ Đăng cho 45 cán bộ quản lý, "
            "giáo viên đang công tác tại các trường có đông học sinh người Xơ Đăng ở các huyện Tu Mơ Rông, "
            "Đăk Tô, Kon Plông."
        ),
        P(
            "Lớp học kéo dài 4 tháng, gồm 400 tiết với các nội dung: ngữ âm, chữ viết, từ vựng, giao tiếp "
            "thông dụng và tìm hiểu văn hóa, phong tục của đồng bào Xơ Đăng. Giảng viên là các nhà giáo, nghệ "
            "nhân người Xơ Đăng am hiểu ngôn ngữ, văn hóa dân tộc."
        ),
        _img(
            f"{UP}/2026/10/khai-giang-lop-tieng-xo-dang.jpg",
            "Các học viên tại lễ khai giảng",
            "Các học viên tại lễ khai giảng",
        ),
        P(
            "Việc giáo viên biết tiếng dân tộc giúp giao tiếp thuận lợi với học sinh và phụ huynh, đặc biệt "
            "với học sinh lớp 1 chưa thạo tiếng Việt. Sau khóa học, học viên đạt yêu cầu được cấp chứng chỉ "
            "và hưởng phụ cấp theo quy định."
        ),
        P(
            "Từ năm 2015 đến nay, Sở GD&ĐT đã tổ chức 14 lớp bồi dưỡng tiếng Ba Na, Xơ Đăng, Gia Rai cho hơn "
            "600 cán bộ, giáo viên trong tỉnh."
        ),
        Raw(BR_RIGHT.format("Tin, ảnh: A Tuấn")),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="{b}/2026/10/15/chi-doan-so-gddt-trao-tang-200-ao-am-cho-'
            'hoc-sinh-xa-mang-but/">Chi đoàn Sở GD&amp;ĐT trao tặng 200 áo ấm cho học sinh xã Măng Bút</a></p>'
        ),
        Raw("<!--related:hoat-dong-chuyen-mon-->"),
    ],
    account="vanphong",
    tags=("giao-duc-dan-toc", "boi-duong-giao-vien"),
    authors=["A Tuấn"],
    photographers=["A Tuấn"],
)

S13 = _post(
    3203,
    "chi-doan-so-gddt-trao-tang-200-ao-am-cho-hoc-sinh-xa-mang-but",
    "Chi đoàn Sở GD&ĐT trao tặng 200 áo ấm cho học sinh xã Măng Bút",
    ["cong-tac-dang-doan-the"],
    "2026-10-15 09:20",
    "classic",
    [
        P(
            "Hưởng ứng chương trình “Áo ấm cho em” năm 2026, ngày 14/10, Chi đoàn Sở GD&ĐT phối hợp với Đoàn "
            "xã Măng Bút (huyện Kon Plông) trao tặng 200 áo ấm, 150 đôi dép và nhiều phần quà cho học sinh "
            "Trường PTDTBT TH Măng Bút."
        ),
        _img(f"{UP}/2026/10/ao-am-mang-but.jpg", None, None, "plain"),
        P(
            "Măng Bút là xã đặc biệt khó khăn, nằm ở độ cao hơn 1.000 m, mùa đông nhiệt độ có lúc xuống dưới "
            "10 độ C. Phần lớn học sinh của trường là con em đồng bào Xơ Đăng, nhiều em phải đi bộ vài cây số "
            "đến lớp."
        ),
        P(
            "Theo kế hoạch, từ nay đến cuối năm, Chi đoàn sẽ tiếp tục vận động đoàn viên, các nhà hảo tâm "
            "quyên góp sách vở, chăn màn để trao cho học sinh các điểm trường lẻ của xã."
        ),
        P("👉 Mọi sự ủng hộ xin liên hệ đồng chí Bí thư Chi đoàn Sở GD&ĐT, số điện thoại 0260 3862 415."),
    ],
)

PROTECTED = _post(
    3350,
    "tai-lieu-sinh-hoat-chuyen-de-chi-bo-thang-12-2026",
    "Tài liệu sinh hoạt chuyên đề chi bộ tháng 12/2026",
    ["cong-tac-dang-doan-the"],
    "2026-11-25 17:00",
    "classic",
    [],
    protected=True,
)

STORIES: list[Story] = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
ALL_POSTS: list[Story] = sorted([*STORIES, PROTECTED], key=lambda s: s.opts["dt"], reverse=True)
BY_ID: dict[int, Story] = {s.id: s for s in ALL_POSTS}
POST_TAGS: dict[int, tuple[str, ...]] = {s.id: s.opts["tags"] for s in ALL_POSTS}


def post_path(s: Story) -> str:
    return f"/{s.opts['dt']:%Y/%m/%d}/{s.slug}/"


def attachment_path(s: Story) -> str:
    return post_path(s) + s.opts["attachment"][1] + "/"


# --- text helpers ---------------------------------------------------------------------------

_TX = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;", "—": "&#8212;", "…": "&#8230;"}


def esc(value: str) -> str:
    return _escape(value, quote=True)


def tx(value: str) -> str:
    """Escape and ``wptexturize``: typographic characters as numeric references."""
    out = _escape(value, quote=False)
    for ch, ref in _TX.items():
        out = out.replace(ch, ref)
    return out


def raw_title(s: Story) -> str:
    """The title as typed in the editor (what Yoast and the feed print)."""
    return s.title.replace("“", '"').replace("”", '"').replace(" – ", " - ")


def shown_title(s: Story) -> str:
    return ("Được bảo vệ: " if s.opts["protected"] else "") + s.title


def d_short(dt: datetime) -> str:
    return f"Th{dt.month} {dt.day}, {dt.year}"


def d_long(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    return f"{dt:%d/%m/%Y} lúc {hour}:{dt:%M} {'sáng' if dt.hour < 12 else 'chiều'}"


def d_utc(dt: datetime) -> str:
    return (dt - VN).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def d_rss(dt: datetime) -> str:
    u = dt - VN
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[u.weekday()]}, {u.day:02d} {months[u.month - 1]} {u.year} {u:%H:%M:%S} +0000"


def words(s: Story) -> list[str]:
    return " ".join(b.text for b in s.blocks if isinstance(b, P)).split()


def auto_excerpt(s: Story) -> str:
    if s.opts["protected"]:
        return "Không có trích dẫn vì đây là bài viết được bảo vệ."
    w = words(s)
    return tx(" ".join(w[:40])) + (" [&hellip;]" if len(w) > 40 else "")


def list_excerpt(s: Story) -> str:
    """Divi's ``truncate_post(270)`` in listings (the manual excerpt when there is one)."""
    if s.opts["protected"]:
        return "Không có trích dẫn vì đây là bài viết được bảo vệ."
    if s.opts["excerpt"]:
        return tx(s.opts["excerpt"])
    out = ""
    for w in words(s):
        if len(out) + len(w) + 1 > 270:
            return tx(out) + "..."
        out = f"{out} {w}" if out else w
    return tx(out)


def variant(src: str, size: str) -> str:
    stem, _, ext = src.rpartition(".")
    return f"{stem}-{size}.{ext}"


def thumb(s: Story) -> str:
    imgs = s.images
    return variant(imgs[0].src, "400x250") if imgs else f"{UP}/2024/05/anh-dai-dien-mac-dinh-400x250.jpg"


@dataclass
class Ctx:
    """What one page render needs: the absolute base and the story."""

    b: str
    story: Story | None = None


# --- post content renderers ------------------------------------------------------------------


def _ptext(blocks: list, start: int, flavor: str) -> tuple[str, int]:
    """Render the P at ``start`` (grouping lists, tables and <br> runs); return html and next index."""
    blk = blocks[start]
    st = blk.style
    wp = flavor == "block"
    if st in ("li", "oli"):
        tag = "ul" if st == "li" else "ol"
        items, i = [], start
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
            items.append(f"<li>{tx(blocks[i].text)}</li>")
            i += 1
        return f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>", i
    if st in ("th", "tr"):
        head, body, i = [], [], start
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
            cells = blocks[i].text.split(" | ")
            if blocks[i].style == "th":
                head.append("<tr>" + "".join(f"<th>{tx(c)}</th>" for c in cells) + "</tr>")
            else:
                body.append("<tr>" + "".join(f"<td>{tx(c)}</td>" for c in cells) + "</tr>")
            i += 1
        table = "<table>" + (f"<thead>{''.join(head)}</thead>" if head else "") + f"<tbody>{''.join(body)}</tbody></table>"
        return (f'<figure class="wp-block-table is-style-stripes">{table}</figure>' if wp else table), i
    if st in ("h2", "h3", "h4"):
        cls = ' class="wp-block-heading"' if wp else ""
        return f"<{st}{cls}>{tx(blk.text)}</{st}>", start + 1
    if st == "quote":
        cls = ' class="wp-block-quote"' if wp else ""
        return f"<blockquote{cls}>\n<p>{tx(blk.text)}</p>\n</blockquote>", start + 1
    if st == "bold":
        return f"<p><strong>{tx(blk.text)}</strong></p>", start + 1
    if st == "note-h":
        return f'<p><strong><span style="font-size: 10pt;">{tx(blk.text)}</span></strong></p>', start + 1
    if st == "note":
        return f'<p><span style="font-size: 10pt;"><em>{tx(blk.text)}</em></span></p>', start + 1
    parts, i = [tx(blk.text)], start + 1
    while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
        parts.append(tx(blocks[i].text))
        i += 1
    return "<p>" + "<br />\n".join(parts) + "</p>", i


def _srcset(c: Ctx, src: str, w: int, h: int) -> str:
    small = f"{c.b}{variant(src, '300x200')} 300w"
    mid = f"{c.b}{variant(src, '768x512')} 768w"
    return f"{c.b}{src} {w}w, {small}, {mid}"


def _img_classic(c: Ctx, img: Img, wid: int) -> str:
    full = f"{c.b}{img.src}"
    tag = (
        f'<img decoding="async" loading="lazy" class="size-full wp-image-{wid}" src="{full}" alt="" '
        f'width="800" height="533" srcset="{_srcset(c, img.src, 800, 533)}" '
        'sizes="(max-width: 800px) 100vw, 800px" />'
    )
    if img.style == "plain":
        tag = tag.replace("size-full", "aligncenter size-full")
        return f"<p>{tag}</p>"
    if img.style == "attach":
        story = c.story
        tag = f'<a href="{c.b}{attachment_path(story)}" rel="attachment wp-att-{wid}">{tag}</a>'
    return (
        f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: 800px" '
        f'class="wp-caption aligncenter">{tag}<figcaption id="caption-attachment-{wid}" '
        f'class="wp-caption-text">{tx(img.printed or "")}</figcaption></figure>'
    )


def _img_block(c: Ctx, img: Img, wid: int) -> str:
    full = f"{c.b}{img.src}"
    srcset = _srcset(c, img.src, 1024, 683)
    sizes = "(max-width: 1024px) 100vw, 1024px"
    cap = f'<figcaption class="wp-element-caption">{tx(img.printed)}</figcaption>' if img.printed else ""
    if img.style == "lazy":
        svg = (
            "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201024%20683'"
            "%3E%3C/svg%3E"
        )
        return (
            f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
            f'src="{svg}" alt="" class="wp-image-{wid}" data-lazy-srcset="{srcset}" '
            f'data-lazy-sizes="{sizes}" data-lazy-src="{full}" /><noscript><img decoding="async" '
            f'width="1024" height="683" src="{full}" alt="" class="wp-image-{wid}" srcset="{srcset}" '
            f'sizes="{sizes}" /></noscript>{cap}</figure>'
        )
    return (
        f'<figure class="wp-block-image aligncenter size-large"><img decoding="async" width="1024" '
        f'height="683" src="{full}" alt="" class="wp-image-{wid}" srcset="{srcset}" sizes="{sizes}" />'
        f"{cap}</figure>"
    )


def render_flat(c: Ctx, blocks: list, flavor: str) -> str:
    """Classic-editor (wpautop) or Gutenberg content."""
    out: list[str] = []
    i = 0
    wid = c.story.id + 1
    while i < len(blocks):
        blk = blocks[i]
        if isinstance(blk, P):
            chunk, i = _ptext(blocks, i, flavor)
            out.append(chunk)
            continue
        if isinstance(blk, Img):
            out.append(_img_block(c, blk, wid) if flavor == "block" else _img_classic(c, blk, wid))
            wid += 1
        elif isinstance(blk, Raw):
            out.append(blk.html.replace("{b}", c.b))
        i += 1
        if flavor == "classic" and i < len(blocks) and isinstance(blk, Img) and blk.style == "plain":
            out.append("<p>&nbsp;</p>")
    return "\n".join(out)


class DiviLayout:
    """The post's own Divi Builder layout: sections, rows, text/image/accordion modules."""

    def __init__(self, c: Ctx, related):
        self.c = c
        self.related = related
        self.n = {"text": 0, "image": 0, "accordion": 0, "toggle": 0, "row": 0, "column": 0}
        self.css: list[str] = []
        self.rows: list[list[str]] = [[]]
        self.last_text: tuple[int, str] | None = None

    def num(self, kind: str) -> int:
        v = self.n[kind]
        self.n[kind] += 1
        return v

    def text_module(self, inner: str, align: str = "justified") -> str:
        k = self.num("text")
        self.last_text = (k, inner)
        return (
            f'<div class="et_pb_module et_pb_text et_pb_text_{k}  et_pb_text_align_{align} '
            f'et_pb_bg_layout_light">\n\t\t\t\t<div class="et_pb_text_inner">{inner}</div>\n\t\t\t</div>'
        )

    def render(self, blocks: list) -> tuple[str, str]:
        c = self.c
        buf: list[str] = []
        wid = c.story.id + 1

        def flush():
            if buf:
                self.rows[-1].append(self.text_module("\n".join(buf)))
                buf.clear()

        i = 0
        while i < len(blocks):
            blk = blocks[i]
            if isinstance(blk, P) and blk.style in ("toggle-title", "toggle"):
                flush()
                items: list[tuple[str, list[str]]] = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("toggle-title", "toggle"):
                    if blocks[i].style == "toggle-title":
                        items.append((blocks[i].text, []))
                    else:
                        items[-1][1].append(f"<p>{tx(blocks[i].text)}</p>")
                    i += 1
                a = self.num("accordion")
                parts = []
                for j, (title, paras) in enumerate(items):
                    state = "et_pb_toggle_open" if j == 0 else "et_pb_toggle_close"
                    self.num("toggle")
                    parts.append(
                        f'<div class="et_pb_toggle et_pb_module et_pb_accordion_item et_pb_accordion_item_{j}  '
                        f'{state}">\n\t\t\t\t<h5 class="et_pb_toggle_title">{tx(title)}</h5>\n\t\t\t\t'
                        f'<div class="et_pb_toggle_content clearfix">{"".join(paras)}</div>\n\t\t\t</div>'
                    )
                self.rows[-1].append(
                    f'<div class="et_pb_module et_pb_accordion et_pb_accordion_{a}">\n' + "\n".join(parts) + "\n</div>"
                )
                continue
            if isinstance(blk, P):
                chunk, i = _ptext(blocks, i, "divi")
                buf.append(chunk)
                continue
            if isinstance(blk, Img):
                flush()
                k = self.num("image")
                full = f"{c.b}{blk.src}"
                self.rows[-1].append(
                    f'<div class="et_pb_module et_pb_image et_pb_image_{k}">\n\t\t\t\t<a href="{full}" '
                    f'class="et_pb_lightbox_image" title=""><span class="et_pb_image_wrap "><img decoding="async" '
                    f'width="1280" height="853" src="{full}" alt="" title="{esc(blk.src.rsplit("/", 1)[1].rsplit(".", 1)[0])}" '
                    f'srcset="{_srcset(c, blk.src, 1280, 853)}" sizes="(min-width: 0px) and (max-width: 480px) 480px, '
                    f'(min-width: 481px) 1280px, 100vw" class="wp-image-{wid}" /></span></a>\n\t\t\t</div>'
                )
                wid += 1
                if blk.printed:
                    self.rows[-1].append(
                        self.text_module(
                            f'<p style="text-align: center;"><span style="font-size: 14px;"><em>{tx(blk.printed)}'
                            "</em></span></p>",
                            "center",
                        )
                    )
                self.rows.append([])
            elif isinstance(blk, Raw):
                h = blk.html
                if h == "<!--break-->":
                    flush()
                elif h == "<!--dup-->":
                    flush()
                    k, inner = self.last_text
                    copy = self.text_module(inner.replace("<h3>", '<h3 style="font-size: 18px;">'))
                    self.rows[-1].append(copy)
                    self.css.append(
                        f"@media only screen and (max-width:980px){{.et_pb_text_{k}{{display:none!important}}}}"
                        f"@media only screen and (min-width:981px){{.et_pb_text_{k + 1}{{display:none!important}}}}"
                    )
                elif h.startswith("<!--related:"):
                    flush()
                    self.rows[-1].append(self.related(h[len("<!--related:") : -3]))
                elif h.startswith("<div"):
                    flush()
                    self.rows[-1].append(h.replace("{b}", c.b))
                else:
                    buf.append(h.replace("{b}", c.b))
            i += 1
        flush()
        rows = []
        for r in self.rows:
            if not r:
                continue
            rn, cn = self.num("row"), self.num("column")
            rows.append(
                f'<div class="et_pb_row et_pb_row_{rn}">\n\t\t\t\t<div class="et_pb_column et_pb_column_4_4 '
                f'et_pb_column_{cn}  et_pb_css_mix_blend_mode_passthrough et-last-child">\n'
                + "\n".join(r)
                + "\n\t\t\t</div>\n\t\t\t</div>"
            )
        html = (
            '<div class="et-l et-l--post">\n\t\t\t<div class="et_builder_inner_content et_pb_gutters3">'
            '<div class="et_pb_section et_pb_section_0 et_section_regular">\n'
            + "\n".join(rows)
            + "\n</div>\n\t\t\t</div>\n\t\t</div>"
        )
        return html, "".join(self.css)


def split_pages(s: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in s.blocks:
        if isinstance(b, Raw) and b.html == "<!--nextpage-->":
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


# --- chrome ------------------------------------------------------------------------------------

PAGES: dict[str, tuple[int, str]] = {
    "/gioi-thieu/": (12, "Chức năng, nhiệm vụ"),
    "/gioi-thieu/co-cau-to-chuc/": (14, "Cơ cấu tổ chức"),
    "/van-ban/": (20, "Văn bản chỉ đạo, điều hành"),
    "/lien-he/": (18, "Liên hệ"),
}


def _menu(c: Ctx, current: str = "") -> str:
    def item(mid: int, href: str, label: str, kind: str = "page", sub: str = "") -> str:
        cls = f"menu-item menu-item-type-{'taxonomy' if kind == 'category' else 'post_type' if kind == 'page' else 'custom'}"
        cls += f" menu-item-object-{kind}"
        if sub:
            cls += " menu-item-has-children"
        if href == current:
            cls += " current-menu-item"
        link = href if href.startswith("http") or href == "#" else c.b + href
        return f'<li id="menu-item-{mid}" class="{cls} menu-item-{mid}"><a href="{link}">{tx(label)}</a>{sub}</li>'

    gt = (
        '<ul class="sub-menu">'
        + item(31, "/gioi-thieu/", "Chức năng, nhiệm vụ")
        + item(32, "/gioi-thieu/co-cau-to-chuc/", "Cơ cấu tổ chức")
        + "</ul>"
    )
    # nav menu item titles go through wptexturize: " - " prints as an en dash here
    tt = (
        '<ul class="sub-menu">'
        + "".join(
            item(40 + n, f"/category/{slug}/", name.replace(" - ", " – "), "category")
            for n, (slug, (name, _)) in enumerate(CATS.items())
        )
        + "</ul>"
    )
    return (
        '<ul id="top-menu" class="nav">'
        + item(29, "/", "Trang chủ", "custom")
        + item(30, "/gioi-thieu/", "Giới thiệu", "page", gt)
        + item(39, "#", "Tin tức", "custom", tt)
        + item(45, "/van-ban/", "Văn bản")
        + item(46, "https://dichvucong.kontum.gov.vn/", "Dịch vụ công", "custom")
        + item(47, "/lien-he/", "Liên hệ")
        + "</ul>"
    )


def _head(c: Ctx, *, title: str, canonical: str, desc: str | None = None, og_type: str = "website",
          extra: str = "", robots: str = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
          schema: dict | None = None, css: str = "", shortlink: str | None = None, feeds: str = "") -> str:
    meta_desc = f'\t<meta name="description" content="{esc(desc)}" />\n' if desc else ""
    og_desc = f'\t<meta property="og:description" content="{esc(desc)}" />\n' if desc else ""
    graph = json.dumps(schema or {"@context": "https://schema.org", "@graph": []}, ensure_ascii=False)
    short = f"<link rel='shortlink' href='{c.b}/{shortlink}' />\n" if shortlink else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<link rel="pingback" href="{c.b}/xmlrpc.php" />

	<script type="text/javascript">
		document.documentElement.className = 'js';
	</script>
	<meta name='robots' content='{robots}' />

	<!-- This site is optimized with the Yoast SEO plugin v21.2 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{esc(title)}</title>
{meta_desc}	<link rel="canonical" href="{canonical}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="{og_type}" />
	<meta property="og:title" content="{esc(title)}" />
{og_desc}	<meta property="og:url" content="{canonical}" />
	<meta property="og:site_name" content="{esc(SITE)}" />
	<meta property="article:publisher" content="https://www.facebook.com/sogddtkontum" />
{extra}	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{graph}</script>
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{c.b}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="{c.b}/comments/feed/" />
{feeds}<meta content="Divi v.4.22.1" name="generator"/><link rel='stylesheet' id='wp-block-library-css' href='{c.b}/wp-includes/css/dist/block-library/style.min.css?ver=6.3.2' type='text/css' media='all' />
<link rel='stylesheet' id='et_monarch-css-css' href='{c.b}/wp-content/plugins/monarch/css/style.css?ver=1.4.14' type='text/css' media='all' />
<link rel='stylesheet' id='et-gf-open-sans-css' href='https://fonts.googleapis.com/css?family=Open+Sans:400,700' type='text/css' media='all' />
<link rel='stylesheet' id='divi-style-css' href='{c.b}/wp-content/themes/Divi/style-static.min.css?ver=4.22.1' type='text/css' media='all' />
<script type='text/javascript' src='{c.b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.0' id='jquery-core-js'></script>
<meta name="generator" content="WordPress 6.3.2" />
{short}<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" /><link rel="icon" href="{c.b}/wp-content/uploads/2024/05/cropped-logo-sgd-32x32.png" sizes="32x32" />
<style id="et-divi-customizer-global-cached-inline-styles">#main-header,#main-header .nav li ul{{background-color:#0b4f9c}}#top-header{{background-color:#c8102e}}.et_pb_toggle_close .et_pb_toggle_content{{display:none}}.post-modified-info{{font-size:12px;color:#888}}</style>
<style id="et-builder-module-design-cached-inline-styles">{css}</style>
<noscript><style id="rocket-lazyload-nojs-css">.rll-youtube-player, [data-lazy-src]{{display:none !important;}}</style></noscript>
</head>
"""


def _top(c: Ctx, body_class: str, current: str = "") -> str:
    return f"""<body class="{body_class} et_pb_button_helper_class et_fixed_nav et_show_nav et_secondary_nav_enabled et_primary_nav_dropdown_animation_fade et_secondary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter linux et_pb_gutters3 et_smooth_scroll et_divi_theme et-db">
	<div id="page-container">

			<div id="top-header">
			<div class="container clearfix">
				<div id="et-info">
					<span id="et-info-phone">0260 3862 310</span>
					<a href="mailto:sogddt@kontum.gov.vn"><span id="et-info-email">sogddt@kontum.gov.vn</span></a>
				</div>
				<div id="et-secondary-menu">
				<span class="ngay-thang-nam">{HEADER_DATE}</span>
				<ul id="et-secondary-nav" class="menu"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-88"><a href="https://mail.kontum.gov.vn/">Thư điện tử công vụ</a></li>
<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-89"><a href="https://qlvb.kontum.gov.vn/">Quản lý văn bản</a></li>
</ul>				</div>
			</div>
		</div>

		<header id="main-header" data-height-onload="86">
			<div class="container clearfix et_menu_container">
				<div class="logo_container">
					<span class="logo_helper"></span>
					<a href="{c.b}/">
						<img src="{c.b}/wp-content/uploads/2024/05/logo-so-gddt-kontum.png" width="480" height="96" alt="{esc(SITE)}" id="logo" data-height-percentage="70" />
					</a>
				</div>
				<div id="et-top-navigation" data-height="86" data-fixed-height="40">
					<nav id="top-menu-nav">
					{_menu(c, current)}
					</nav>
					<div id="et_top_search">
						<span id="et_search_icon"></span>
					</div>
					<div id="et_mobile_nav_menu">
				<div class="mobile_nav closed">
					<span class="select_page">Chọn trang</span>
					<span class="mobile_menu_bar mobile_menu_bar_toggle"></span>
				</div>
			</div>
				</div>
			</div>
			<div class="et_search_outer">
				<div class="container et_search_form_container">
					<form role="search" method="get" class="et-search-form" action="{c.b}/">
					<input type="search" class="et-search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" title="Tìm kiếm:" />					</form>
					<span class="et_close_search_field"></span>
				</div>
			</div>
		</header>
		<div id="et-main-area">
"""


def _footer(c: Ctx) -> str:
    return f"""
			<footer id="main-footer">
		<div class="container">
			<div class="clearfix" id="footer-widgets">
				<div class="footer-widget"><div id="text-3" class="fwidget et_pb_widget widget_text"><h4 class="title">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KON TUM</h4>			<div class="textwidget"><p>Địa chỉ: Số 02 Trần Phú, phường Quyết Thắng, TP. Kon Tum, tỉnh Kon Tum<br />
Điện thoại: 0260 3862 310 &#8211; Fax: 0260 3862 491<br />
Email: sogddt@kontum.gov.vn</p>
</div>
		</div></div>
				<div class="footer-widget"><div id="nav_menu-2" class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">Liên kết nhanh</h4><div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu"><li class="menu-item menu-item-91"><a href="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</a></li>
<li class="menu-item menu-item-92"><a href="https://kontum.gov.vn/">Cổng TTĐT tỉnh Kon Tum</a></li>
<li class="menu-item menu-item-93"><a href="https://baokontum.com.vn/">Báo Kon Tum</a></li>
</ul></div></div></div>
				<div class="footer-widget"><div id="custom_html-4" class="widget_text fwidget et_pb_widget widget_custom_html"><h4 class="title">Thống kê truy cập</h4><div class="textwidget custom-html-widget"><ul class="tk-truy-cap"><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.245</b></li><li>Tổng truy cập: <b>2.583.114</b></li></ul></div></div></div>
				<div class="footer-widget last"><div id="custom_html-5" class="widget_text fwidget et_pb_widget widget_custom_html"><h4 class="title">Bản đồ</h4><div class="textwidget custom-html-widget"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3873.2!2d108.0!3d14.35" width="100%" height="180" style="border:0;" loading="lazy"></iframe></div></div></div>
			</div>
		</div>

		<div id="footer-bottom">
			<div class="container clearfix">
				<ul class="et-social-icons">
	<li class="et-social-icon et-social-facebook">
		<a href="https://www.facebook.com/sogddtkontum" class="icon">
			<span>Facebook</span>
		</a>
	</li>
	<li class="et-social-icon et-social-youtube">
		<a href="https://www.youtube.com/@sogddtkontum" class="icon">
			<span>YouTube</span>
		</a>
	</li>
</ul><div id="footer-info">Bản quyền &copy; 2026 {esc(SITE)}. Giấy phép số 05/GP-TTĐT ngày 12/3/2019 của Sở Thông tin và Truyền thông tỉnh Kon Tum. Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo.</div>			</div>
		</div>
	</footer>
		</div>

	</div>

	<script type="text/javascript">
		var et_animation_data = [];
		var et_link_options_data = [];
		var ajaxurl = "{c.b}/wp-admin/admin-ajax.php";
	</script>
<script type='text/javascript' src='{c.b}/wp-content/themes/Divi/js/scripts.min.js?ver=4.22.1' id='divi-custom-script-js'></script>
<script type='text/javascript' src='{c.b}/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js' id='rocket-lazyload-js'></script>
</body>
</html>
"""


def _widgets(c: Ctx) -> str:
    recent = "".join(
        f'<li>\n\t\t\t\t\t<a href="{c.b}{post_path(s)}">{tx(shown_title(s))}</a>\n\t\t\t\t\t</li>\n'
        for s in ALL_POSTS[:5]
    )
    months = [("2026/12", "Tháng Mười Hai 2026"), ("2026/11", "Tháng Mười Một 2026"), ("2026/10", "Tháng Mười 2026")]
    options = "".join(f"\t<option value='{c.b}/{m}/'> {label} </option>\n" for m, label in months)
    cloud = " ".join(
        f'<a href="{c.b}/tag/{slug}/" class="tag-cloud-link tag-link-{60 + n} tag-link-position-{n + 1}" '
        f'style="font-size: {11 + (n * 3) % 8}pt;" aria-label="{esc(name)}">{esc(name)}</a>'
        for n, (slug, name) in enumerate(TAGS.items())
    )
    return f"""<div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="{c.b}/">
				<div>
					<label class="screen-reader-text" for="s">Tìm kiếm cho:</label>
					<input type="text" value="" name="s" id="s" />
					<input type="submit" id="searchsubmit" value="Tìm kiếm" />
				</div>
			</form></div>
		<div id="recent-posts-2" class="et_pb_widget widget_recent_entries">
		<h4 class="widgettitle">Bài viết mới</h4>
		<ul>
{recent}		</ul>

		</div><div id="media_image-3" class="et_pb_widget widget_media_image"><h4 class="widgettitle">Dịch vụ công trực tuyến</h4><a href="https://dichvucong.kontum.gov.vn/"><img width="300" height="100" src="{c.b}/wp-content/uploads/2024/05/banner-dich-vu-cong-300x100.png" class="image wp-image-96 attachment-medium size-medium" alt="" decoding="async" style="max-width: 100%; height: auto;" /></a></div><div id="media_image-4" class="et_pb_widget widget_media_image"><a href="https://moet.gov.vn/"><img width="300" height="100" src="{c.b}/wp-content/uploads/2024/05/banner-bo-gddt-300x100.png" class="image wp-image-97 attachment-medium size-medium" alt="" decoding="async" style="max-width: 100%; height: auto;" /></a></div><div id="archives-2" class="et_pb_widget widget_archive"><h4 class="widgettitle">Lưu trữ</h4>		<label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>
		<select id="archives-dropdown-2" name="archive-dropdown">

			<option value="">Chọn tháng</option>
{options}
		</select>

<script type="text/javascript">
(function() {{
	var dropdown = document.getElementById( "archives-dropdown-2" );
	function onSelectChange() {{
		if ( dropdown.options[ dropdown.selectedIndex ].value !== '' ) {{
			document.location.href = this.options[ this.selectedIndex ].value;
		}}
	}}
	dropdown.onchange = onSelectChange;
}})();
</script>
</div><div id="tag_cloud-2" class="et_pb_widget widget_tag_cloud"><h4 class="widgettitle">Từ khóa</h4><div class="tagcloud">{cloud}</div>
</div><div id="polls-widget-2" class="et_pb_widget widget_polls-widget"><h4 class="widgettitle">Thăm dò ý kiến</h4><div id="polls-3" class="wp-polls">
	<form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
		<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="5f0c2d9a1b" /></p>
		<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
		<p style="text-align: center;"><strong>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
		<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Rất dễ sử dụng</label></li>
		<li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Dễ sử dụng</label></li>
		<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Khó tìm thông tin</label></li>
		</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div>
	</form>
</div></div><div id="custom_html-2" class="widget_text et_pb_widget widget_custom_html"><h4 class="widgettitle">Thống kê truy cập</h4><div class="textwidget custom-html-widget"><table class="bang-thong-ke"><tr><td>Đang online</td><td>37</td></tr><tr><td>Hôm nay</td><td>1.245</td></tr><tr><td>Hôm qua</td><td>2.018</td></tr><tr><td>Tổng truy cập</td><td>2.583.114</td></tr></table></div></div>"""


def _cat_links(c: Ctx, s: Story, sep: str = ", ") -> str:
    names = sorted(s.opts["cats"], key=lambda slug: CATS[slug][0])
    return sep.join(f'<a href="{c.b}/category/{slug}/" rel="category tag">{esc(CATS[slug][0])}</a>' for slug in names)


def _post_classes(s: Story) -> str:
    cls = f"post-{s.id} post type-post status-publish format-standard"
    if s.opts["protected"]:
        cls += " post-password-required"
    cls += " has-post-thumbnail hentry"
    cls += "".join(f" category-{slug}" for slug in s.opts["cats"])
    cls += "".join(f" tag-{t}" for t in s.opts["tags"])
    return cls


def _author_link(c: Ctx, s: Story) -> str:
    login = s.opts["account"]
    name = ACCOUNTS[login]
    return (
        f'<span class="author vcard"><a href="{c.b}/author/{login}/" title="Các bài viết của {esc(name)}" '
        f'rel="author">{esc(name)}</a></span>'
    )


def _comments_count(s: Story) -> int:
    return len(s.opts["comments"])


# --- listings ----------------------------------------------------------------------------------


def blog_module(c: Ctx, posts: list[Story], idx: str, *, grid: bool, older: str | None = None,
                newer: str | None = None, meta_author: bool = False) -> str:
    items = []
    for k, s in enumerate(posts):
        url = f"{c.b}{post_path(s)}"
        img = (
            f'<a href="{url}" class="entry-featured-image-url"><img decoding="async" src="{c.b}{thumb(s)}" '
            f'alt="{esc(shown_title(s))}" class="" width="400" height="250" /></a>'
        )
        if grid:
            img = f'<div class="et_pb_image_container">{img}</div>'
        meta = (f"bởi {_author_link(c, s)} | " if meta_author else "") + f'<span class="published">{d_short(s.opts["dt"])}</span>'
        items.append(
            f'<article id="post-{s.id}" class="et_pb_post clearfix et_pb_blog_item_{idx}_{k} {_post_classes(s)}">\n\n'
            f"\t\t\t\t{img}\n\t\t\t\t\t\t\t<h2 class=\"entry-title\"><a href=\"{url}\">{tx(shown_title(s))}</a></h2>\n"
            f'\t\t\t\t\t<p class="post-meta">{meta}</p><div class="post-content"><div class="post-content-inner">'
            f"<p>{list_excerpt(s)}</p>\n</div><a href=\"{url}\" class=\"more-link\">đọc thêm</a></div>\n\t\t\t</article>"
        )
    pag = ""
    if older or newer:
        left = f'<a href="{older}" >&laquo; Bài viết cũ hơn</a>' if older else ""
        right = f'<a href="{newer}" >Bài viết mới hơn &raquo;</a>' if newer else ""
        pag = (
            f'<div><div class="pagination clearfix">\n\t<div class="alignleft">{left}</div>\n'
            f'\t<div class="alignright">{right}</div>\n</div></div>'
        )
    body = "\n".join(items)
    if grid:
        body = f'<div class="et_pb_salvattore_content" data-columns>{body}</div>'
        return (
            f'<div class="et_pb_module et_pb_blog_{idx} et_pb_blog_grid_wrapper et_pb_bg_layout_light">\n'
            f'\t\t\t\t\t<div class="et_pb_blog_grid clearfix ">\n\t\t\t\t<div class="et_pb_ajax_pagination_container">'
            f"{body}{pag}</div>\n\t\t\t\t\t</div>\n\t\t\t\t</div>"
        )
    return (
        f'<div class="et_pb_module et_pb_blog_{idx} et_pb_posts clearfix  et_pb_bg_layout_light">\n'
        f'\t\t\t\t<div class="et_pb_ajax_pagination_container">{body}{pag}</div>\n\t\t\t</div>'
    )


def in_cat(slug: str) -> list[Story]:
    return [s for s in ALL_POSTS if slug in s.opts["cats"]]


def page_slice(posts: list[Story], page: int, per: int = PER_PAGE) -> list[Story]:
    return posts[(page - 1) * per : page * per]


def n_pages(posts: list[Story], per: int = PER_PAGE) -> int:
    return max(1, -(-len(posts) // per))


def archive_page(c: Ctx, *, posts: list[Story], page: int, base: str, title: str, body_class: str,
                 robots: str | None = None, feed: str = "", current: str = "", empty: str = "",
                 query: str = "") -> Response | None:
    total = n_pages(posts)
    if page > total:
        return None
    shown = page_slice(posts, page)

    def at(n: int) -> str:
        return f"{c.b}{base}" + (f"page/{n}/" if n > 1 else "") + query

    canonical = at(page)
    items = []
    for s in shown:
        url = f"{c.b}{post_path(s)}"
        n = _comments_count(s)
        items.append(
            f'<article id="post-{s.id}" class="et_pb_post {_post_classes(s)}">\n\n'
            f'\t\t\t\t<a class="entry-featured-image-url" href="{url}">\n\t\t\t\t<img src="{c.b}{thumb(s)}" '
            f'alt="{esc(shown_title(s))}" class="" width="1080" height="675" />\t\t\t</a>\n'
            f'\t\t\t\t\t\t<h2 class="entry-title"><a href="{url}">{tx(shown_title(s))}</a></h2>\n\n'
            f'\t\t\t\t\t<p class="post-meta"> bởi {_author_link(c, s)} | <span class="published">'
            f'{d_short(s.opts["dt"])}</span> | {_cat_links(c, s)} | <a href="{url}#respond">{n} Bình luận</a></p>'
            f"{list_excerpt(s)}\t\t\t\t</article>"
        )
    if not items:
        items.append(
            f'<div class="entry">\n\t<h1 class="not-found-title">Không tìm thấy kết quả</h1>\n\t<p>{empty}</p>\n</div>'
        )
    older = at(page + 1) if page < total else None
    newer = at(page - 1) if page > 1 else None
    pag = ""
    if older or newer:
        left = f'<a href="{older}" >&laquo; Bài viết cũ hơn</a>' if older else ""
        right = f'<a href="{newer}" >Bài viết mới hơn &raquo;</a>' if newer else ""
        pag = f'<div class="pagination clearfix">\n\t<div class="alignleft">{left}</div>\n\t<div class="alignright">{right}</div>\n</div>'
    full_title = title + (f" - Trang {page} trên {total}" if page > 1 else "") + f" - {SITE}"
    head = _head(
        c,
        title=full_title,
        canonical=canonical,
        robots=robots or "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
        schema={"@context": "https://schema.org", "@graph": [{"@type": "CollectionPage", "@id": canonical,
                                                                 "url": canonical, "name": full_title}]},
        feeds=feed,
    )
    main = f"""<div id="main-content">
	<div class="container">
		<div id="content-area" class="clearfix">
			<div id="left-area">
		{"".join(items)}
{pag}
			</div>

				<div id="sidebar">
		{_widgets(c)}
	</div>
		</div>
	</div>
</div>
"""
    return html_response(head + _top(c, f"archive {body_class} et_right_sidebar", current) + main + _footer(c))


# --- the site ----------------------------------------------------------------------------------

HOME_CAT = "tin-tuc-su-kien"


class DiviSite:
    def __init__(self) -> None:
        self.by_path = {post_path(s): s for s in ALL_POSTS}

    # ---- routing ----
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf") and path.startswith(f"{UP}/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.method == "POST":
            return None
        c = Ctx(base_url(request))
        q = request.params
        if path == "/":
            if "p" in q:
                return self.shortlink(c, q["p"])
            if "page_id" in q:
                for p, (pid, _) in PAGES.items():
                    if q["page_id"] == str(pid):
                        return redirect(f"{c.b}{p}", 301)
                return None
            if "s" in q:
                return self.search(c, q["s"], 1)
            return self.home(c, 1)
        m = re.fullmatch(r"/page/(\d+)/", path)
        if m and "s" in q:
            return self.search(c, q["s"], int(m.group(1)))
        out = self.route(c, path, request)
        slashless = out is None and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]
        if slashless and self.route(c, path + "/", request) is not None:
            target = f"{c.b}{path}/" + (f"?{request.query}" if request.query else "")
            return redirect(target, 301)
        return out

    def route(self, c: Ctx, path: str, request: Request) -> Response | None:
        simple = {
            "/robots.txt": self.robots,
            "/xmlrpc.php": lambda c: Response(200, "XML-RPC server accepts POST requests only.", {"Content-Type": "text/plain"}),
            "/feed/": lambda c: self.rss(c, ALL_POSTS[:10], "", ""),
            "/comments/feed/": self.comments_feed,
            "/sitemap_index.xml": self.sitemap_index,
            "/post-sitemap.xml": self.post_sitemap,
            "/page-sitemap.xml": self.page_sitemap,
            "/category-sitemap.xml": self.category_sitemap,
            "/post_tag-sitemap.xml": self.tag_sitemap,
        }
        if path in simple:
            return simple[path](c)
        if path in PAGES:
            return self.static_page(c, path)
        m = re.fullmatch(r"/page/(\d+)/", path)
        if m:
            n = int(m.group(1))
            if n == 1:
                return redirect(f"{c.b}/", 301)
            return self.home(c, n)
        m = re.fullmatch(r"/(category|tag|author)/([a-z0-9-]+)/(?:page/(\d+)/)?(feed/)?", path)
        if m:
            kind, slug, pg, feed = m.groups()
            if pg == "1":
                return redirect(f"{c.b}/{kind}/{slug}/", 301)
            return self.taxonomy(c, kind, slug, int(pg or 1), bool(feed) and not pg)
        m = re.fullmatch(r"/(\d{4})/(?:(\d{2})/(?:(\d{2})/)?)?(?:page/(\d+)/)?", path)
        if m:
            y, mo, d, pg = m.groups()
            return self.date_archive(c, y, mo, d, int(pg or 1))
        m = re.fullmatch(r"(/\d{4}/\d{2}/\d{2}/[a-z0-9-]+/)(?:(\d+)/|([a-z0-9_-]+)/)?", path)
        if m:
            s = self.by_path.get(m.group(1))
            if s is None:
                return None
            if m.group(2) == "1":
                return redirect(f"{c.b}{post_path(s)}", 301)
            if m.group(2):
                return self.single(c, s, int(m.group(2)), request)
            if m.group(3):
                att = s.opts["attachment"]
                if att and att[1] == m.group(3):
                    return self.attachment(c, s)
                return None
            return self.single(c, s, 1, request)
        return None

    # ---- pages ----
    def shortlink(self, c: Ctx, pid: str) -> Response | None:
        if pid.isdigit() and int(pid) in BY_ID:
            return redirect(f"{c.b}{post_path(BY_ID[int(pid)])}", 301)
        for s in STORIES:
            att = s.opts["attachment"]
            if att and str(att[0]) == pid:
                return redirect(f"{c.b}{attachment_path(s)}", 301)
        return None

    def home(self, c: Ctx, page: int) -> Response | None:
        posts = in_cat(HOME_CAT)
        total = n_pages(posts, HOME_PER_PAGE)
        if page > total:
            return None
        older = f"{c.b}/page/{page + 1}/?et_blog" if page < total else None
        newer = (f"{c.b}/page/{page - 1}/?et_blog" if page > 2 else f"{c.b}/?et_blog") if page > 1 else None
        news = blog_module(c, page_slice(posts, page, HOME_PER_PAGE), "0", grid=False, older=older,
                           newer=newer, meta_author=True)
        cm = blog_module(c, in_cat("hoat-dong-chuyen-mon")[:3], "1", grid=True)
        party = blog_module(c, in_cat("cong-tac-dang-doan-the")[:2], "2", grid=False)
        slides = []
        for k, s in enumerate((S1, S2, S9)):
            short = f"{c.b}/?p={s.id}"
            slides.append(
                f'<div class="et_pb_slide et_pb_slider_with_overlay et_pb_bg_layout_dark et_pb_media_alignment_center '
                f'et_pb_slide_{k}{" et-pb-active-slide" if k == 0 else ""}" data-slide-id="et_pb_slide_{k}">\n'
                f'\t\t\t\t<div class="et_pb_slide_overlay_container"></div>\n\t\t\t\t<div class="et_pb_container clearfix">'
                f'<div class="et_pb_slider_container_inner"><div class="et_pb_slide_description">'
                f'<h2 class="et_pb_slide_title"><a href="{short}">{tx(s.title)}</a></h2>'
                f'<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_more_button" href="{short}">'
                f"Xem chi tiết</a></div></div></div></div>\n\t\t\t</div>"
            )
        slider_css = "".join(
            f".et_pb_slide_{k}{{background-image:url({c.b}{variant(s.images[0].src, '1080x500')})}}"
            for k, s in enumerate((S1, S2, S9))
        )
        sections = f"""<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular">
				<div class="et_pb_row et_pb_row_0">
				<div class="et_pb_column et_pb_column_4_4 et_pb_column_0  et_pb_css_mix_blend_mode_passthrough et-last-child">
				<div class="et_pb_module et_pb_slider et_pb_slider_0 et_pb_slider_fullwidth_off et_slider_auto et_slider_speed_6000">
				<div class="et_pb_slides">
{"".join(slides)}
				</div>
			</div>
			</div>
			</div>
			</div><div class="et_pb_section et_pb_section_1 et_section_regular">
				<div class="et_pb_row et_pb_row_1">
				<div class="et_pb_column et_pb_column_2_3 et_pb_column_1  et_pb_css_mix_blend_mode_passthrough">
				<div class="et_pb_module et_pb_text et_pb_text_0  et_pb_text_align_left et_pb_bg_layout_light">
				<div class="et_pb_text_inner"><h3><span style="color: #c8102e;">TIN TỨC &#8211; SỰ KIỆN</span></h3></div>
			</div>{news}
			</div><div class="et_pb_column et_pb_column_1_3 et_pb_column_2  et_pb_css_mix_blend_mode_passthrough et-last-child">
				<div class="et_pb_module et_pb_text et_pb_text_1  et_pb_text_align_left et_pb_bg_layout_light">
				<div class="et_pb_text_inner"><h3>CÔNG TÁC ĐẢNG &#8211; ĐOÀN THỂ</h3></div>
			</div>{party}<div class="et_pb_module et_pb_widget_area clearfix et_pb_widget_area_right et_pb_bg_layout_light et_pb_sidebar_0 et_pb_sidebar_no_border">
				{_widgets(c)}
			</div>
			</div>
			</div>
			</div><div class="et_pb_section et_pb_section_2 et_section_regular">
				<div class="et_pb_row et_pb_row_2">
				<div class="et_pb_column et_pb_column_4_4 et_pb_column_3  et_pb_css_mix_blend_mode_passthrough et-last-child">
				<div class="et_pb_module et_pb_text et_pb_text_2  et_pb_text_align_left et_pb_bg_layout_light">
				<div class="et_pb_text_inner"><h3>HOẠT ĐỘNG CHUYÊN MÔN</h3></div>
			</div>{cm}<div class="et_pb_button_module_wrapper et_pb_button_1_wrapper et_pb_button_alignment_right et_pb_module ">
				<a class="et_pb_button et_pb_button_1 et_pb_bg_layout_light" href="{c.b}/category/hoat-dong-chuyen-mon/">Xem tất cả</a>
			</div>
			</div>
			</div>
			</div><div class="et_pb_section et_pb_section_3 et_section_regular">
				<div class="et_pb_row et_pb_row_3 et_pb_gutters2">
				<div class="et_pb_column et_pb_column_1_3 et_pb_column_4"><div class="et_pb_module et_pb_image et_pb_image_0"><a href="https://moet.gov.vn/"><span class="et_pb_image_wrap "><img decoding="async" src="{c.b}/wp-content/uploads/2024/05/banner-bo-gddt.png" alt="Bộ GD&amp;ĐT" /></span></a></div></div>
				<div class="et_pb_column et_pb_column_1_3 et_pb_column_5"><div class="et_pb_module et_pb_image et_pb_image_1"><a href="https://kontum.gov.vn/"><span class="et_pb_image_wrap "><img decoding="async" src="{c.b}/wp-content/uploads/2024/05/banner-ubnd-tinh.png" alt="UBND tỉnh Kon Tum" /></span></a></div></div>
				<div class="et_pb_column et_pb_column_1_3 et_pb_column_6 et-last-child"><div class="et_pb_module et_pb_image et_pb_image_2"><a href="https://csdl.moet.gov.vn/"><span class="et_pb_image_wrap "><img decoding="async" src="{c.b}/wp-content/uploads/2024/05/banner-csdl-nganh.png" alt="CSDL ngành" /></span></a></div></div>
			</div>
			</div>"""
        canonical = f"{c.b}/" + (f"page/{page}/" if page > 1 else "")
        title = f"Trang chủ - {SITE}" + (f" - Trang {page} trên {total}" if page > 1 else "")
        head = _head(
            c,
            title=title,
            canonical=canonical,
            desc="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Kon Tum",
            schema={"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": canonical, "url": canonical,
                                                                     "name": title, "isPartOf": {"@id": f"{c.b}/#website"}}]},
            css=slider_css,
        )
        main = f"""<div id="main-content">
			<article id="post-2" class="post-2 page type-page status-publish hentry">
					<div class="entry-content">
					<div class="et-l et-l--post">
			<div class="et_builder_inner_content et_pb_gutters3">
		{sections}
		</div>
		</div>
					</div>
				</article>
</div>
"""
        body_class = "home page-template-default page page-id-2 et_pb_pagebuilder_layout et_no_sidebar"
        if page > 1:
            body_class += f" paged paged-{page} page-paged-{page}"
        return html_response(head + _top(c, body_class, "/") + main + _footer(c))

    def taxonomy(self, c: Ctx, kind: str, slug: str, page: int, feed: bool) -> Response | None:
        if kind == "category":
            if slug not in CATS:
                return None
            posts, name = in_cat(slug), CATS[slug][0]
            if feed:
                return self.rss(c, posts[:10], f" &raquo; {esc(name)}", f"/category/{slug}")
            title, body_class = name, f"category category-{slug} category-{CATS[slug][1]}"
        elif kind == "tag":
            if slug not in TAGS or feed:
                return None
            posts = [s for s in ALL_POSTS if slug in s.opts["tags"]]
            title, body_class = TAGS[slug], f"tag tag-{slug}"
        else:
            if slug not in ACCOUNTS or feed:
                return None
            posts = [s for s in ALL_POSTS if s.opts["account"] == slug]
            title, body_class = f"{ACCOUNTS[slug]}, Tác giả", f"author author-{slug}"
        feed_link = ""
        if kind == "category":
            feed_link = (
                f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {esc(title)} '
                f'Dòng thông tin chuyên mục" href="{c.b}/category/{slug}/feed/" />\n'
            )
        return archive_page(c, posts=posts, page=page, base=f"/{kind}/{slug}/", title=title,
                            body_class=body_class, feed=feed_link, current=f"/category/{slug}/")

    def date_archive(self, c: Ctx, y: str, mo: str | None, d: str | None, page: int) -> Response | None:
        prefix = "/".join(x for x in (y, mo, d) if x)
        posts = [s for s in ALL_POSTS if s.opts["dt"].strftime("%Y/%m/%d").startswith(prefix)]
        if not posts:
            return None
        return archive_page(c, posts=posts, page=page, base=f"/{prefix}/", title=f"Lưu trữ {prefix}",
                            body_class="date", robots="noindex, follow")

    def search(self, c: Ctx, term: str, page: int) -> Response | None:
        t = term.strip().lower()
        posts = [s for s in ALL_POSTS if t and t in s.title.lower()]
        query = "?s=" + quote_plus(term)
        return archive_page(c, posts=posts, page=page, base="/", title=f"Bạn đã tìm kiếm {term}", query=query,
                            body_class="search search-results", robots="noindex, follow",
                            empty="Không tìm thấy bài viết phù hợp. Vui lòng thử lại với từ khóa khác.")

    def related(self, c: Ctx, slug: str, exclude: int, idx: str, limit: int = 3) -> str:
        posts = [s for s in in_cat(slug) if s.id != exclude and not s.opts["protected"]][:limit]
        return blog_module(c, posts, idx, grid=True)

    def single(self, c: Ctx, s: Story, page: int, request: Request) -> Response | None:
        c.story = s
        pages = split_pages(s)
        if page > len(pages):
            return None
        dt, mod = s.opts["dt"], s.opts["modified"]
        url = f"{c.b}{post_path(s)}"
        canonical = url + (f"{page}/" if page > 1 else "")
        css = ""
        if s.opts["protected"]:
            content = (
                f'<form action="{c.b}/wp-login.php?action=postpass" class="post-password-form" method="post">\n'
                "<p>Nội dung này được bảo vệ bằng mật khẩu. Để xem nội dung, vui lòng nhập mật khẩu vào bên dưới:</p>\n"
                f'<p><label for="pwbox-{s.id}">Mật khẩu: <input name="post_password" id="pwbox-{s.id}" type="password" '
                'spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="Gửi" /></p>\n</form>'
            )
        elif s.opts["flavor"] == "divi":
            layout = DiviLayout(c, lambda slug: self.related(c, slug, s.id, "0", 3))
            content, css = layout.render(pages[page - 1])
        else:
            content = render_flat(c, pages[page - 1], s.opts["flavor"])
        if len(pages) > 1:
            links = []
            for n in range(1, len(pages) + 1):
                if n == page:
                    links.append(f'<span class="post-page-numbers current" aria-current="page">{n}</span>')
                else:
                    href = url if n == 1 else f"{url}{n}/"
                    links.append(f'<a href="{href}" class="post-page-numbers">{n}</a>')
            content += '\n<div class="page-links">Trang: ' + " ".join(links) + "</div>"
        pre = ""
        if s.opts["show_modified"]:
            pre += f'<p class="post-modified-info">Cập nhật lần cuối vào {d_long(mod)}</p>'
        share_u = f"{url}".replace(":", "%3A").replace("/", "%2F")
        pre += (
            '<div class="et_social_inline et_social_mobile_on et_social_inline_top"><div class="et_social_networks '
            'et_social_4col et_social_slide et_social_rounded et_social_left et_social_no_animation '
            'et_social_withcounts et_social_withnetworknames et_social_outer_dark"><ul class="et_social_icons_container">'
            + "".join(
                f'<li class="et_social_{net}"><a href="{share}" class="et_social_share et_social_display_count" '
                f'rel="nofollow" data-social_name="{net}" data-post_id="{s.id}" data-social_type="share" '
                f'data-location="inline"><i class="et_social_icon et_social_icon_{net}"></i><div class="et_social_network_label">'
                f'<div class="et_social_networkname">{label}</div></div><span class="et_social_overlay"></span></a></li>'
                for net, label, share in (
                    ("facebook", "Facebook", f"http://www.facebook.com/sharer.php?u={share_u}&#038;t={quote_plus(raw_title(s))}"),
                    ("twitter", "Twitter", f"http://twitter.com/share?text={quote_plus(raw_title(s))}&#038;url={share_u}"),
                    ("zalo", "Zalo", f"https://sp.zalo.me/share_inline?d={share_u}"),
                    ("printfriendly", "In bài", f"http://www.printfriendly.com/print?url={share_u}"),
                )
            )
            + "</ul></div></div>"
        )
        primary = s.opts["cats"][0]
        cat_name = CATS[primary][0]
        crumbs = (
            f'<p id="breadcrumbs"><span><span><a href="{c.b}/">Trang chủ</a></span> » <span><a href="{c.b}/category/'
            f'{primary}/">{esc(cat_name)}</a></span> » <span class="breadcrumb_last" aria-current="page">'
            f"{esc(raw_title(s))}</span></span></p>"
        )
        n_com = _comments_count(s)
        meta = (
            f' bởi {_author_link(c, s)} | <span class="published">{d_short(dt)}</span> | {_cat_links(c, s)} | '
            f'<span class="comments-number"><a href="{url}#respond">{n_com} Bình luận</a></span>'
        )
        excerpt = tx(s.opts["excerpt"]) if s.opts["excerpt"] else auto_excerpt(s)
        tags = ""
        if s.opts["tags"]:
            tags = (
                '<div class="et_pb_module et_pb_text et_pb_text_3_tb_body  et_pb_text_align_left et_pb_bg_layout_light">'
                '<div class="et_pb_text_inner"><span class="tu-khoa">Từ khóa: '
                + ", ".join(f'<a href="{c.b}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in s.opts["tags"])
                + "</span></div></div>"
            )
        idx = ALL_POSTS.index(s)
        newer = ALL_POSTS[idx - 1] if idx > 0 else None
        older = ALL_POSTS[idx + 1] if idx + 1 < len(ALL_POSTS) else None
        nav = '<div class="et_pb_posts_nav et_pb_module nav-single et_pb_posts_nav_0_tb_body">'
        if older:
            nav += (
                f'<span class="nav-previous"><a href="{c.b}{post_path(older)}" rel="prev"><span class="meta-nav">'
                f'&larr; </span><span class="nav-label">{tx(shown_title(older))}</span></a></span>'
            )
        if newer:
            nav += (
                f'<span class="nav-next"><a href="{c.b}{post_path(newer)}" rel="next"><span class="nav-label">'
                f'{tx(shown_title(newer))}</span><span class="meta-nav"> &rarr;</span></a></span>'
            )
        nav += "</div>"
        comments = self.comments_html(c, s, url)
        related = self.related(c, primary, s.id, "0_tb_body", 3)
        views = s.views()
        first_img = s.images[0].src if s.images else f"{UP}/2024/05/anh-dai-dien-mac-dinh.jpg"
        seo_title = s.opts["seo_title"] or f"{raw_title(s)} - {SITE}"
        if page > 1:
            seo_title = f"{raw_title(s)} - Trang {page} trên {len(pages)} - {SITE}"
        desc = s.opts["excerpt"] or (None if s.opts["protected"] else " ".join(words(s)[:28]) + "...")
        extra = (
            f'\t<meta property="article:published_time" content="{d_utc(dt)}" />\n'
            f'\t<meta property="article:modified_time" content="{d_utc(mod)}" />\n'
            f'\t<meta property="og:image" content="{c.b}{first_img}" />\n'
            '\t<meta property="og:image:width" content="1024" />\n\t<meta property="og:image:height" content="683" />\n'
            '\t<meta property="og:image:type" content="image/jpeg" />\n'
            f'\t<meta name="author" content="{esc(ACCOUNTS[s.opts["account"]])}" />\n'
            '\t<meta name="twitter:label1" content="Được viết bởi" />\n'
            f'\t<meta name="twitter:data1" content="{esc(ACCOUNTS[s.opts["account"]])}" />\n'
            '\t<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n'
            f'\t<meta name="twitter:data2" content="{max(1, len(words(s)) // 200)} phút" />\n'
        )
        schema = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{url}#article",
                    "isPartOf": {"@id": url},
                    "author": {"name": ACCOUNTS[s.opts["account"]], "@id": f"{c.b}/#/schema/person/{s.opts['account']}"},
                    "headline": raw_title(s)[:110],
                    "datePublished": d_utc(dt),
                    "dateModified": d_utc(mod),
                    "mainEntityOfPage": {"@id": url},
                    "wordCount": len(words(s)),
                    "commentCount": n_com,
                    "publisher": {"@id": f"{c.b}/#organization"},
                    "image": {"@id": f"{url}#primaryimage"},
                    "thumbnailUrl": f"{c.b}{first_img}",
                    "articleSection": [CATS[x][0] for x in s.opts["cats"]],
                    "inLanguage": "vi",
                },
                {
                    "@type": "WebPage",
                    "@id": url,
                    "url": url,
                    "name": seo_title,
                    "datePublished": d_utc(dt),
                    "dateModified": d_utc(mod),
                    "breadcrumb": {"@id": f"{url}#breadcrumb"},
                    "inLanguage": "vi",
                },
                {
                    "@type": "BreadcrumbList",
                    "@id": f"{url}#breadcrumb",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{c.b}/"},
                        {"@type": "ListItem", "position": 2, "name": cat_name, "item": f"{c.b}/category/{primary}/"},
                        {"@type": "ListItem", "position": 3, "name": raw_title(s)},
                    ],
                },
                {"@type": "Organization", "@id": f"{c.b}/#organization", "name": SITE, "url": f"{c.b}/"},
            ],
        }
        head = _head(c, title=seo_title, canonical=canonical, desc=desc, og_type="article", extra=extra,
                     schema=schema, css=css, shortlink=f"?p={s.id}")
        main = f"""<div id="main-content">

	<div class="et-l et-l--body">
			<div class="et_builder_inner_content et_pb_gutters3"><div class="et_pb_section et_pb_section_0_tb_body et_section_regular">
				<div class="et_pb_row et_pb_row_0_tb_body">
				<div class="et_pb_column et_pb_column_4_4 et_pb_column_0_tb_body  et_pb_css_mix_blend_mode_passthrough et-last-child">
				<div class="et_pb_module et_pb_text et_pb_text_0_tb_body  et_pb_text_align_left et_pb_bg_layout_light">
				<div class="et_pb_text_inner">{crumbs}</div>
			</div><div class="et_pb_module et_pb_post_title et_pb_post_title_0_tb_body et_pb_bg_layout_light  et_pb_text_align_left">
				<div class="et_pb_title_container">
					<h1 class="entry-title">{tx(shown_title(s))}</h1><p class="et_pb_title_meta_container">{meta}</p>
				</div>
			</div><div class="et_pb_module et_pb_text et_pb_text_1_tb_body  et_pb_text_align_left et_pb_bg_layout_light">
				<div class="et_pb_text_inner"><span class="ngay-dang"><span class="et-pb-icon">&#xe023;</span> Đăng ngày {d_long(dt)}</span> <span class="luot-xem"><span class="et-pb-icon">&#xe0f9;</span> Lượt xem: {views}</span></div>
			</div><div class="et_pb_module et_pb_text et_pb_text_2_tb_body  et_pb_text_align_justified et_pb_bg_layout_light">
				<div class="et_pb_text_inner">{excerpt}</div>
			</div>
			</div>
			</div><div class="et_pb_row et_pb_row_1_tb_body">
				<div class="et_pb_column et_pb_column_2_3 et_pb_column_1_tb_body  et_pb_css_mix_blend_mode_passthrough">
				<div class="et_pb_module et_pb_post_content et_pb_post_content_0_tb_body">
				{pre}{content}
			</div>{tags}{nav}{comments}
			</div><div class="et_pb_column et_pb_column_1_3 et_pb_column_2_tb_body  et_pb_css_mix_blend_mode_passthrough et-last-child">
				<div class="et_pb_module et_pb_widget_area clearfix et_pb_widget_area_right et_pb_bg_layout_light et_pb_sidebar_0_tb_body">
				{_widgets(c)}
			</div>
			</div>
			</div>
			</div><div class="et_pb_section et_pb_section_1_tb_body et_section_regular">
				<div class="et_pb_row et_pb_row_2_tb_body">
				<div class="et_pb_column et_pb_column_4_4 et_pb_column_3_tb_body  et_pb_css_mix_blend_mode_passthrough et-last-child">
				<div class="et_pb_module et_pb_text et_pb_text_4_tb_body  et_pb_text_align_left et_pb_bg_layout_light">
				<div class="et_pb_text_inner"><h3>TIN CÙNG CHUYÊN MỤC</h3></div>
			</div>{related}
			</div>
			</div>
			</div>		</div>
	</div>
	</div>
"""
        body_class = (
            f"post-template-default single single-post postid-{s.id} single-format-standard et-tb-has-template "
            "et-tb-has-body et_right_sidebar"
        )
        return html_response(head + _top(c, body_class, f"/category/{primary}/") + main + _footer(c))

    def comments_html(self, c: Ctx, s: Story, url: str) -> str:
        items = ""
        for cid, who, when, txt in s.opts["comments"]:
            dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
            items += (
                f'<li class="comment even thread-even depth-1" id="li-comment-{cid}">\n\t\t<article id="comment-{cid}" '
                'class="comment-body clearfix">\n\t\t\t<div class="comment_avatar">\n\t\t\t\t\t<img alt="" '
                f'src="https://secure.gravatar.com/avatar/7d1e0c?s=80&#038;d=mm&#038;r=g" class="avatar avatar-80 photo" '
                'height="80" width="80" decoding="async" />\n\t\t\t</div>\n\n\t\t\t<div class="comment_postinfo">\n'
                f'\t\t\t\t\t<span class="fn">{esc(who)}</span>\t\t\t\t\t<span class="comment_date">\n\t\t\t\t\tvào '
                f"{d_short(dt)} lúc {d_long(dt).split(' lúc ')[1]}\t\t\t\t\t</span>\n\t\t\t\t\t\t\t</div>\n\n"
                '\t\t\t<div class="comment_area">\n\t\t\t\t<div class="comment-content clearfix">\n'
                f"\t\t\t\t<p>{tx(txt)}</p>\n<span class=\"reply-container\"><a rel='nofollow' class='comment-reply-link' "
                f"href='{url}?replytocom={cid}#respond' data-commentid=\"{cid}\" data-postid=\"{s.id}\" "
                f"data-belowelement=\"comment-{cid}\" data-respondelement=\"respond\" aria-label='Trả lời {esc(who)}'>"
                "Trả lời</a></span>\t\t\t\t</div>\n\t\t\t</div>\n\t\t</article>\n\t\t</li>"
            )
        listing = ""
        if items:
            listing = (
                f'<h1 id="comments" class="page_title">{len(s.opts["comments"])} Bình luận</h1>\n'
                f'\t\t\t<ol class="commentlist clearfix">\n{items}\n\t\t\t</ol>'
            )
        return (
            '<div class="et_pb_module et_pb_comments_0_tb_body et_pb_comments_module et_pb_bg_layout_light">'
            f'<section id="comment-wrap">{listing}<div id="respond" class="comment-respond">\n'
            '\t\t<h3 id="reply-title" class="comment-reply-title"><span>Gửi bình luận</span> <small><a rel="nofollow" '
            f'id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Hủy</a></small></h3>'
            f'<form action="{c.b}/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
            '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> '
            '<span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span>'
            '</span></p><p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span>'
            '</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required">'
            '</textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> '
            '<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit et_pb_button" '
            f"value=\"Gửi bình luận\" /> <input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />"
            "</p></form>\t</div><!-- #respond -->\n\t</section></div>"
        )

    def attachment(self, c: Ctx, s: Story) -> Response:
        aid, _, title = s.opts["attachment"]
        img = next(i for i in s.images if i.style == "attach")
        path = attachment_path(s)
        canonical = f"{c.b}{path}"
        head = _head(c, title=f"{title} - {SITE}", canonical=canonical, og_type="article", shortlink=f"?p={aid}")
        main = f"""<div id="main-content">
		<div class="container">
		<div id="content-area" class="clearfix">
			<div id="left-area">
							<article id="post-{aid}" class="et_pb_post post-{aid} attachment type-attachment status-inherit hentry">
											<div class="et_post_meta_wrapper">
							<h1 class="entry-title">{esc(title)}</h1>

						<p class="post-meta"> bởi {_author_link(c, s)} | <span class="published">{d_short(s.opts["dt"])}</span> | <span class="comments-number"><a href="{canonical}#respond">0 Bình luận</a></span></p>
												</div>

					<div class="entry-content">
					<p class="attachment"><a href='{c.b}{img.src}'><img width="300" height="200" src="{c.b}{variant(img.src, '300x200')}" class="attachment-medium size-medium" alt="" decoding="async" /></a></p>
<p>{tx(img.printed or "")}</p>
					</div>
					<div class="et_post_meta_wrapper">
					<a href="{c.b}{post_path(s)}" rel="gallery">&larr; Quay lại: {tx(s.title)}</a>
					</div>
				</article>
						</div>

				<div id="sidebar">
		{_widgets(c)}
	</div>
		</div>
	</div>
</div>
"""
        body_class = f"attachment attachment-template-default single single-attachment postid-{aid} attachmentid-{aid} attachment-jpeg et_right_sidebar"
        return html_response(head + _top(c, body_class) + main + _footer(c))

    def static_page(self, c: Ctx, path: str) -> Response:
        pid, title = PAGES[path]
        inner = PAGE_BODIES[path].replace("{b}", c.b)
        canonical = f"{c.b}{path}"
        head = _head(c, title=f"{title} - {SITE}", canonical=canonical, shortlink=f"?page_id={pid}",
                     schema={"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": canonical,
                                                                              "url": canonical, "name": title}]})
        main = f"""<div id="main-content">
			<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">
					<div class="entry-content">
					<div class="et-l et-l--post">
			<div class="et_builder_inner_content et_pb_gutters3">
		<div class="et_pb_section et_pb_section_0 et_section_regular">
				<div class="et_pb_row et_pb_row_0">
				<div class="et_pb_column et_pb_column_3_4 et_pb_column_0  et_pb_css_mix_blend_mode_passthrough">
				{inner}
			</div><div class="et_pb_column et_pb_column_1_4 et_pb_column_1  et_pb_css_mix_blend_mode_passthrough et-last-child">
				<div class="et_pb_module et_pb_widget_area clearfix et_pb_widget_area_right et_pb_bg_layout_light et_pb_sidebar_0">
				{_widgets(c)}
			</div>
			</div>
			</div>
			</div>
		</div>
		</div>
					</div>
				</article>
</div>
"""
        body_class = f"page-template-default page page-id-{pid} et_pb_pagebuilder_layout et_no_sidebar"
        return html_response(head + _top(c, body_class, path) + main + _footer(c))

    # ---- machine files ----
    def rss(self, c: Ctx, posts: list[Story], title_suffix: str, link_path: str) -> Response:
        items = []
        for s in posts:
            url = f"{c.b}{post_path(s)}"
            utm = f"{url}?utm_source=rss&amp;utm_medium=rss&amp;utm_campaign={s.slug}"
            cats = "".join(f"\n\t\t<category><![CDATA[{CATS[x][0]}]]></category>" for x in s.opts["cats"])
            items.append(
                f"\t<item>\n\t\t<title>{tx(shown_title(s))}</title>\n\t\t<link>{utm}</link>\n"
                f"\t\t<comments>{utm}#respond</comments>\n\t\t<dc:creator><![CDATA[{ACCOUNTS[s.opts['account']]}]]></dc:creator>\n"
                f"\t\t<pubDate>{d_rss(s.opts['dt'])}</pubDate>{cats}\n"
                f'\t\t<guid isPermaLink="false">{c.b}/?p={s.id}</guid>\n'
                f"\t\t<description><![CDATA[{list_excerpt(s)}]]></description>\n"
                f"\t\t<slash:comments>{_comments_count(s)}</slash:comments>\n\t</item>"
            )
        body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>{esc(SITE)}{title_suffix}</title>
	<atom:link href="{c.b}{link_path}/feed/" rel="self" type="application/rss+xml" />
	<link>{c.b}{link_path}/</link>
	<description>Cổng thông tin điện tử</description>
	<lastBuildDate>{d_rss(S1.opts["modified"])}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.3.2</generator>
{chr(10).join(items)}
	</channel>
</rss>
"""
        return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})

    def comments_feed(self, c: Ctx) -> Response:
        items = []
        for s in STORIES:
            for cid, who, when, txt in s.opts["comments"]:
                dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
                items.append(
                    f"\t<item>\n\t\t<title>Bình luận cho {tx(s.title)} bởi {esc(who)}</title>\n"
                    f"\t\t<link>{c.b}{post_path(s)}#comment-{cid}</link>\n\t\t<dc:creator><![CDATA[{who}]]></dc:creator>\n"
                    f"\t\t<pubDate>{d_rss(dt)}</pubDate>\n\t\t<guid isPermaLink=\"false\">{c.b}/?p={s.id}#comment-{cid}</guid>\n"
                    f"\t\t<description><![CDATA[{txt}]]></description>\n\t</item>"
                )
        body = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"\t<title>Bình luận về {esc(SITE)}</title>\n\t<link>{c.b}/</link>\n\t<description>Cổng thông tin điện tử</description>\n"
            + "\n".join(items)
            + "\n</channel>\n</rss>\n"
        )
        return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})

    def robots(self, c: Ctx) -> Response:
        body = (
            "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
            f"Sitemap: {c.b}/sitemap_index.xml\n"
        )
        return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})

    @staticmethod
    def _xml(c: Ctx, inner: str, index: bool = False) -> Response:
        root = "sitemapindex" if index else "urlset"
        ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        if not index:
            ns += ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
        body = (
            f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//{c.b.split("//", 1)[1]}'
            f'/main-sitemap.xsl"?>\n<{root} {ns}>\n{inner}\n</{root}>\n<!-- XML Sitemap generated by Yoast SEO -->'
        )
        return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"})

    def sitemap_index(self, c: Ctx) -> Response:
        last = d_utc(S1.opts["modified"])
        inner = "\n".join(
            f"\t<sitemap>\n\t\t<loc>{c.b}/{name}-sitemap.xml</loc>\n\t\t<lastmod>{last}</lastmod>\n\t</sitemap>"
            for name in ("post", "page", "category", "post_tag")
        )
        return self._xml(c, inner, index=True)

    def post_sitemap(self, c: Ctx) -> Response:
        rows = [f"\t<url>\n\t\t<loc>{c.b}/</loc>\n\t</url>"]
        for s in sorted(STORIES, key=lambda x: x.opts["modified"]):
            imgs = "".join(
                f"\n\t\t<image:image>\n\t\t\t<image:loc>{c.b}{i.src}</image:loc>\n\t\t</image:image>" for i in s.images
            )
            rows.append(
                f"\t<url>\n\t\t<loc>{c.b}{post_path(s)}</loc>\n\t\t<lastmod>{d_utc(s.opts['modified'])}</lastmod>{imgs}\n\t</url>"
            )
        return self._xml(c, "\n".join(rows))

    def page_sitemap(self, c: Ctx) -> Response:
        rows = [f"\t<url>\n\t\t<loc>{c.b}{p}</loc>\n\t\t<lastmod>2025-03-18T02:41:09+00:00</lastmod>\n\t</url>" for p in PAGES]
        return self._xml(c, "\n".join(rows))

    def category_sitemap(self, c: Ctx) -> Response:
        rows = [
            f"\t<url>\n\t\t<loc>{c.b}/category/{slug}/</loc>\n\t\t<lastmod>{d_utc(in_cat(slug)[0].opts['modified'])}</lastmod>\n\t</url>"
            for slug in CATS
        ]
        return self._xml(c, "\n".join(rows))

    def tag_sitemap(self, c: Ctx) -> Response:
        rows = [f"\t<url>\n\t\t<loc>{c.b}/tag/{slug}/</loc>\n\t</url>" for slug in TAGS]
        return self._xml(c, "\n".join(rows))


def _tm(k: int, name: str, post: str, img: str, phone: str) -> str:
    return (
        f'<div class="et_pb_module et_pb_team_member et_pb_team_member_{k} clearfix  et_pb_bg_layout_light">\n'
        f'\t\t\t\t<div class="et_pb_team_member_image et-waypoint et_pb_animation_off"><img decoding="async" '
        f'src="{{b}}/wp-content/uploads/2025/03/{img}" alt="{esc(name)}" /></div>\n'
        f'\t\t\t\t<div class="et_pb_team_member_description">\n\t\t\t\t\t<h4 class="et_pb_module_header">{esc(name)}</h4>\n'
        f'\t\t\t\t\t<p class="et_pb_member_position">{esc(post)}</p>\n\t\t\t\t\t<div><p>Điện thoại: {phone}</p></div>\n'
        "\t\t\t\t</div>\n\t\t\t</div>"
    )


def _tmod(k: int, inner: str) -> str:
    return (
        f'<div class="et_pb_module et_pb_text et_pb_text_{k}  et_pb_text_align_justified et_pb_bg_layout_light">\n'
        f'\t\t\t\t<div class="et_pb_text_inner">{inner}</div>\n\t\t\t</div>'
    )


PAGE_BODIES: dict[str, str] = {
    "/gioi-thieu/": _tmod(
        0,
        "<h2>CHỨC NĂNG, NHIỆM VỤ CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO</h2>\n"
        "<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Kon Tum, tham mưu, giúp Ủy ban "
        "nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo, bao gồm: mục tiêu, chương trình, "
        "nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, "
        "thiết bị trường học và đồ chơi trẻ em; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo "
        "dục và đào tạo.</p>\n"
        "<p>Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chấp hành sự chỉ đạo, quản lý "
        "về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chấp hành sự chỉ đạo, kiểm tra, hướng "
        "dẫn về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>\n"
        "<h3>Nhiệm vụ và quyền hạn</h3>\n<ul>\n<li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch dài hạn, "
        "trung hạn và hằng năm về phát triển giáo dục và đào tạo;</li>\n<li>Tổ chức thực hiện các văn bản quy phạm "
        "pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt;</li>\n<li>Hướng dẫn, kiểm tra việc thực hiện chương "
        "trình, kế hoạch giáo dục ở các cơ sở giáo dục trên địa bàn tỉnh.</li>\n</ul>",
    ),
    "/gioi-thieu/co-cau-to-chuc/": _tmod(0, "<h2>LÃNH ĐẠO SỞ</h2>")
    + _tm(0, "Võ Thành Trung", "Giám đốc Sở", "gd-vo-thanh-trung.jpg", "0260 3862 311")
    + _tm(1, "Phan Văn Hòa", "Phó Giám đốc Sở", "pgd-phan-van-hoa.jpg", "0260 3862 312")
    + _tm(2, "Nguyễn Thị Kim Oanh", "Phó Giám đốc Sở", "pgd-nguyen-thi-kim-oanh.jpg", "0260 3862 313")
    + _tmod(
        1,
        "<h2>CÁC PHÒNG CHUYÊN MÔN</h2>\n<ul>\n<li>Văn phòng Sở</li>\n<li>Thanh tra Sở</li>\n"
        "<li>Phòng Tổ chức cán bộ</li>\n<li>Phòng Kế hoạch &#8211; Tài chính</li>\n<li>Phòng Giáo dục mầm non</li>\n"
        "<li>Phòng Giáo dục tiểu học</li>\n<li>Phòng Giáo dục trung học</li>\n"
        "<li>Phòng Khảo thí và Quản lý chất lượng</li>\n</ul>",
    ),
    "/van-ban/": _tmod(
        0,
        '<h2>VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH</h2>\n<table id="tablepress-2" class="tablepress tablepress-id-2">\n'
        '<thead>\n<tr class="row-1"><th class="column-1">Số, ký hiệu</th><th class="column-2">Ngày ban hành</th>'
        '<th class="column-3">Trích yếu</th><th class="column-4">Tải về</th></tr>\n</thead>\n<tbody class="row-striping">\n'
        '<tr class="row-2"><td class="column-1">2145/SGDĐT-GDTrH</td><td class="column-2">16/11/2026</td>'
        '<td class="column-3">Hướng dẫn kiểm tra, đánh giá định kỳ giữa học kỳ I năm học 2026-2027</td>'
        '<td class="column-4"><a href="{b}/wp-content/uploads/2026/11/2145-SGDDT-GDTrH.pdf">Tải về</a></td></tr>\n'
        '<tr class="row-3"><td class="column-1">1987/QĐ-SGDĐT</td><td class="column-2">23/11/2026</td>'
        '<td class="column-3">Công nhận giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026-2027</td>'
        '<td class="column-4"><a href="{b}/wp-content/uploads/2026/11/QD-cong-nhan-GVDG-THCS.pdf">Tải về</a></td></tr>\n'
        '<tr class="row-4"><td class="column-1">1802/KH-SGDĐT</td><td class="column-2">08/10/2026</td>'
        '<td class="column-3">Kế hoạch bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, giáo viên năm 2026</td>'
        '<td class="column-4"><a href="{b}/wp-content/uploads/2026/10/1802-KH-SGDDT.pdf">Tải về</a></td></tr>\n'
        "</tbody>\n</table>",
    ),
    "/lien-he/": _tmod(
        0,
        "<h2>THÔNG TIN LIÊN HỆ</h2>\n<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KON TUM</strong><br />\n"
        "Địa chỉ: Số 02 Trần Phú, phường Quyết Thắng, TP. Kon Tum, tỉnh Kon Tum<br />\n"
        "Điện thoại: 0260 3862 310<br />\nEmail: sogddt@kontum.gov.vn</p>",
    )
    + '<div class="et_pb_module et_pb_code et_pb_code_0"><div class="et_pb_code_inner">'
    '<div class="wpcf7 no-js" id="wpcf7-f25-p18-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f25-p18-o1" '
    'method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
    '<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" '
    'class="wpcf7-form-control wpcf7-text" type="text" name="your-name" value="" /></span></label></p>'
    '<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" '
    'rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
    '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p>'
    "</form></div></div></div>",
}


def build_site() -> DiviSite:
    return DiviSite()


def _alt(s: Story) -> list[str]:
    path = post_path(s)
    alts = [f"{path}?utm_source=rss&utm_medium=rss&utm_campaign={s.slug}"]
    alts += [f"{path}?replytocom={cid}" for cid, *_ in s.opts["comments"]]
    alts += [f"{path}{n}/" for n in range(2, len(split_pages(s)) + 1)]
    return alts


GOLD: list[dict] = [gold_record(s, post_path(s), s.cat, alt_paths=_alt(s)) for s in STORIES]

NON_ARTICLES: list[str] = [
    "/gioi-thieu/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/van-ban/",
    "/lien-he/",
    post_path(PROTECTED),
    attachment_path(S5),
]
