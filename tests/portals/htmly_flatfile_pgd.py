"""HTMLy flat-file blog of a district education office (Phòng GD&ĐT huyện Hiệp Đức), blind fixture.

Platform
    HTMLy (flat-file PHP blog: posts are Markdown files ``content/<user>/blog/<cat>/post/
    2026-12-04-16-20-00_tag1,tag2_slug.md`` rendered by Markdown Extra), theme "twentyfifteen"
    from the HTMLy gallery, patched by the office's IT teacher: a top bar with the date and a
    marquee, a Vietnamese menu with drop-downs, a breadcrumb, Vietnamese widget titles, a visitor
    counter and a poll. HTMLy ships no Vietnamese language file: the office copied ``en_US.ini``
    and translated the labels, so PHP's ``date('F')`` still prints English month names
    ("03 December 2026"). Cheap shared host (LiteSpeed, PHP 7.4).

URL scheme
    ``/``, ``/?page=N``                    home listing, 4 posts a page (``posts.perpage``, 4 pages)
    ``/YYYY/MM/<slug>``                    a post (canonical permalink); any query string ignored
    ``/post/<slug>``                       the same post under the permalink type the site used
                                           before (still served, 200, canonical -> dated URL)
    ``/category/<slug>[?page=N]``          category listing
    ``/tag/<slug>``                        tag listing
    ``/archive/YYYY-MM[?page=N]``          month archive (linked only from a <select> drop-down)
    ``/search/<kw>`` (``/?search=kw`` 302s there), ``/feed/rss``, ``/robots.txt``
    ``/<page>``, ``/<page>/<subpage>``     static pages (intro, leaders, contact, documents,
                                           weekly calendar)
    ``/content/images/*.jpg``, ``/content/files/*.pdf``, ``/themes/...``: files

Page templates
    * listing (home, category, tag, archive, search): ``<article class="post type-post hentry">``
      per post with the title link, the post's FULL rendered text (``teaser.type = full``) or,
      for posts with ``<!--more-->``, the part before it and "Đọc tiếp »"; an entry footer with
      the date; the HTMLy pager ``<a class="prev page-numbers" href="?page=1">«</a> <span
      class="page-numbers">Trang 2 / 3</span> <a class="next page-numbers" href="?page=3">»</a>``.
    * post: breadcrumb, optional featured image (``div.post-thumbnail``) of an "image" post,
      ``h1.entry-title``, a patched "Cập nhật … | Lượt xem" line, ``div.entry-content`` (the
      Markdown), share tools, ``div.related.entry-content`` "Bài viết liên quan", the author box
      of the CMS account, ``footer.entry-footer`` with "Đăng ngày 03 December 2026 lúc 09:05",
      category and tags, Facebook comments. The patched theme dropped the prev/next post
      navigation; "Bài viết liên quan" shows the 3 newest other posts of the category.
    * static page: ``h1.entry-title`` and ``div.entry-content``, no date.
    * "video" post type: a YouTube iframe and one line of text, in the post URL scheme.

How each gold article is reached
    Every post is linked from the home listing (pages 1-4) and its category listing; most also
    from their tag pages, the "Bài viết mới"/"Xem nhiều" widgets or a "Bài viết liên quan" list.
    The month archives are only reachable through the "Lưu trữ" ``<select>`` (option values,
    navigated by ``onchange``). A10 and A11 carry no tags and are linked from nothing but page 2
    of "Tin tức - Sự kiện" and page 3 of the home listing (and the archive behind the select).
    A8 and A13 are also linked from the top-bar marquee in the old ``/post/<slug>`` form, A7 from
    a "Xem thêm" line in A2 in that form, A12 from a "Xem thêm" line in A6 with a pasted
    ``?fbclid=``; A13 from the "Tin liên quan" list typed into A11.

Traps
    1. Listings print the whole post (HTMLy ``teaser.type = full``): home, category, tag, archive
       and search pages carry every paragraph, byline and image of their posts under ``h2``
       titles. Gold: they are not articles; each article is its permalink page.
    2. Two permalink forms serve the same post with 200: ``/2026/11/<slug>`` and the older
       ``/post/<slug>`` (marquee links, "Xem thêm" lines typed before the permalink change); a
       link pasted from Facebook carries ``?fbclid=…``. Gold: the dated URL, the others in
       ``alt_paths``.
    3. ``entry-content`` is also the class of the "Bài viết liên quan" block after the text, and
       the author box says "Đăng bởi Quản trị PGD" with an "about" paragraph. Gold: neither is
       body; the CMS account is nobody's byline.
    4. Dates: the publication date is in the entry footer at the very bottom, half translated
       ("Đăng ngày 03 December 2026 lúc 09:05"), while a patched line right under the title
       prints "Cập nhật: 28/10/2026 23:41" (the file's mtime: the October posts were copied to the
       new host on that night, so the update date is later than the publication). Gold: the
       footer's day and time; imported posts printed "lúc 00:00" are a day alone; the notice with
       a letterhead takes the letterhead's day (30/11), not the day it was posted (01/12).
    5. Markdown Extra footnotes: a bare ``<sup><a class="footnote-ref">1</a></sup>`` glued to the
       word ("lần thứ XII1") and a ``div.footnotes`` list after the byline whose entries end in a
       "↩︎" back-link. Gold: the number is no text; the entries are the last body paragraphs,
       without the arrow; the byline between them is still no body.
    6. Images: Markdown gives each photo an ``alt`` (a file name or a description the editor
       typed) that is never printed; the caption is the italic line under it, a ``<br>``-joined
       italic in the same centred paragraph, a second row of a little table, or nothing. A line
       "Ảnh: Nguyễn Văn Tâm" only credits. The featured image of an "image" post sits above the
       title, outside ``entry-content``. Gold: captions only from printed lines (parentheses
       off), None for alt-only and credit-only photos; the featured photo is the article's first
       image (caption None).
    7. A "video" post (YouTube iframe, one line) lives in the same ``/YYYY/MM/<slug>`` scheme, in
       the listings and the prev/next chain. Gold: a non-article.
    8. One post's Markdown file was saved from a Mac in NFD (decomposed tone marks), title too;
       one was pasted from Word (``MsoListParagraph`` bullets ``·`` inside
       ``mso-list:Ignore``, empty ``<o:p>`` paragraphs, lines the typist began with "- ").
       Gold: NFC text; the Word bullet is no text, the typed "- " is.
    9. Markdown hard breaks (two trailing spaces) print ``<br />`` inside one ``<p>``: gold splits
       it into paragraphs. Closing lines: "Tin, ảnh: X", "Tin: X - Ảnh: Y", "ThS. X - Chuyên
       viên …", a unit alone ("Trường MN Hoa Sen"), "BBT", "Nguồn: …" and "(Theo Báo Quảng
       Nam)" under a pen name; "Xem thêm:", "Tin liên quan:" link lists and "File đính kèm"
       lines typed into the Markdown are no body.
   10. The menu calls the category "Chuyên môn", the breadcrumb and the category page print its
       title "Hoạt động chuyên môn". Gold: the breadcrumb's title.
   11. Discovery: the pager prints only "«", "Trang 2 / 4" and "»" with bare relative hrefs
       (``?page=3``, resolved against the listing's path), no numbered links; the month archives
       hide behind a ``<select onchange>``; the theme has no prev/next links. A10 and A11 are
       linked only from page 2 of their category and page 3 of the home listing. Gold: both are
       articles that a crawler must reach through the pager.

Gold decisions on ambiguous points
    * ``published_at``: the entry footer's day + time ("…T09:05:00+07:00"); "lúc 00:00" -> day.
      A3 (official notice): the letterhead's day "2026-11-30" (house rule), though posted 01/12.
    * ``summary``: only the bold lead paragraphs "(PGD&ĐT) - …" (A1, A9); the HTML meta
      description (first 160 characters of the text) is never a sapo.
    * A4: the right-aligned unit "Trường MN Hoa Sen" is the author; "Ảnh: Nguyễn Văn Tâm" under a
      photo makes him a photographer and leaves that photo without caption.
    * A10: the pen name "Đức Hiếu" above "(Theo Báo Quảng Nam)" is the author; source
      "Báo Quảng Nam".
    * A2: "Tin: Phạm Thị Hằng - Ảnh: Lê Minh Khoa" -> authors [Phạm Thị Hằng], photographers
      [Lê Minh Khoa]. A1: "Tin, ảnh: Trần Thị Thu Hà" -> her in both.
    * A8: the unit "Bộ phận Công tác học sinh" signing alone is the author.
    * A3: the schedule table inside the notice is body (rows, cells joined by " | "); the
      letterhead table, "THÔNG BÁO" and its subject lines, "Nơi nhận" and the signature block
      are not; the signer "Lê Văn Bình" is the author.
    * A5: the quoted sentence in ``<blockquote>`` is a paragraph; "Nguồn: Cổng TTĐT huyện Hiệp
      Đức" is the source, nobody is the author.
    * A13: the emoji "☎" inside a sentence is kept; "BBT" -> no author.
    * category: the title the breadcrumb prints ("Hoạt động chuyên môn", not the menu's
      "Chuyên môn").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from urllib.parse import unquote

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
)

NAME = "htmly_flatfile_pgd"
PLATFORM = "HTMLy (flat-file PHP blog, Markdown Extra, twentyfifteen theme patched)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "Phòng Giáo dục và Đào tạo huyện Hiệp Đức"
SITE_SHORT = "Phòng GD&ĐT Hiệp Đức"
PER_PAGE = 4
TZ = timezone(timedelta(hours=7))

MONTHS_EN = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip

CATEGORIES = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", "Tin hoạt động của ngành Giáo dục huyện Hiệp Đức."),
    "hoat-dong-chuyen-mon": (
        "Hoạt động chuyên môn",
        "Chuyên đề, tập huấn, sinh hoạt chuyên môn các bậc học.",
    ),
    "thong-bao": ("Thông báo", "Thông báo của Phòng GD&ĐT đến các đơn vị trường học."),
    "cong-doan-nganh": ("Công đoàn ngành", "Hoạt động Công đoàn ngành Giáo dục huyện."),
    "video": ("Video", "Phóng sự, clip về giáo dục Hiệp Đức."),
}

TAGS = {
    "tieu-hoc": "Tiểu học",
    "thcs": "THCS",
    "mam-non": "Mầm non",
    "ngay-nha-giao": "20-11",
    "cong-doan": "Công đoàn",
    "xoa-mu-chu": "Xóa mù chữ",
    "chuyen-doi-so": "Chuyển đổi số",
}

IMG = "/content/images/"


@dataclass
class Post:
    story: Story
    dt: str  # "2026-12-04 16:20" as the file name carries it
    tags: list[str]
    kind: str = "article"  # or "video"
    updated: str = ""  # the patched "Cập nhật" line (file mtime)
    featured: str | None = None
    video: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def when(self) -> datetime:
        return datetime.strptime(self.dt, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)

    @property
    def url(self) -> str:
        return f"/{self.when:%Y}/{self.when:%m}/{self.story.slug}"

    @property
    def old_url(self) -> str:
        return f"/post/{self.story.slug}"

    @property
    def month(self) -> str:
        return f"{self.when:%Y-%m}"


def _byline(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the posts ------------------------------------------------------------------------------

A1 = Story(
    id=101,
    slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027 thành công tốt đẹp",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T16:20:00+07:00",
    summary=(
        "(PGD&ĐT) - Từ ngày 01 đến 04/12/2026, Phòng GD&ĐT Hiệp Đức tổ chức Hội thi giáo viên "
        "dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027 với sự tham gia của 47 giáo viên đến "
        "từ 14 trường tiểu học và TH&THCS trên địa bàn huyện."
    ),
    blocks=[
        P(
            "(PGD&ĐT) - Từ ngày 01 đến 04/12/2026, Phòng GD&ĐT Hiệp Đức tổ chức Hội thi giáo viên "
            "dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027 với sự tham gia của 47 giáo viên "
            "đến từ 14 trường tiểu học và TH&THCS trên địa bàn huyện.",
            "lead",
        ),
        P(
            "Hội thi nhằm phát hiện, tuyên dương và tôn vinh những giáo viên có năng lực chuyên "
            "môn vững vàng, có phương pháp dạy học hiệu quả; đồng thời tạo cơ hội để giáo viên "
            "giao lưu, học hỏi, chia sẻ kinh nghiệm trong thực hiện Chương trình giáo dục phổ "
            "thông 2018."
        ),
        Img(
            IMG + "20261204162011-hoi-thi-gvdg-1.jpg",
            "Quang cảnh lễ khai mạc Hội thi tại Trường TH Kim Đồng",
            "Quang cảnh lễ khai mạc Hội thi tại Trường TH Kim Đồng",
            "md",
        ),
        P(
            "Mỗi giáo viên dự thi phải trải qua hai phần thi: trình bày biện pháp nâng cao chất "
            "lượng giảng dạy, giáo dục học sinh và thực hành dạy hai tiết trên lớp, trong đó một "
            "tiết môn Tiếng Việt hoặc Toán và một tiết do Ban Giám khảo bốc thăm."
        ),
        P(
            "Qua 4 ngày làm việc nghiêm túc, khách quan, Ban Giám khảo đã công nhận 39 giáo viên "
            "đạt danh hiệu giáo viên dạy giỏi cấp huyện, trong đó có 12 giáo viên xếp loại xuất "
            "sắc. Nhiều tiết dạy được đánh giá cao nhờ vận dụng linh hoạt các kỹ thuật dạy học "
            "tích cực và ứng dụng công nghệ thông tin phù hợp với đặc điểm học sinh vùng miền núi."
        ),
        Img(
            IMG + "20261204162040-hoi-thi-gvdg-2.jpg",
            "Cô Lê Thị Ngọc Ánh, Trường TH Lê Lợi trong tiết dạy môn Tiếng Việt lớp 3",
            "Cô Lê Thị Ngọc Ánh, Trường TH Lê Lợi trong tiết dạy môn Tiếng Việt lớp 3",
            "md",
        ),
        P(
            "Phát biểu bế mạc, ông Nguyễn Hữu Phước, Trưởng phòng GD&ĐT huyện ghi nhận sự chuẩn "
            "bị chu đáo của các nhà trường và đề nghị các giáo viên đạt danh hiệu tiếp tục lan "
            "tỏa kinh nghiệm tại tổ chuyên môn, góp phần nâng cao chất lượng dạy học trong toàn "
            "huyện."
        ),
        _byline("<strong>Tin, ảnh: Trần Thị Thu Hà</strong>"),
    ],
    authors=["Trần Thị Thu Hà"],
    photographers=["Trần Thị Thu Hà"],
    opts={"alt": {IMG + "20261204162011-hoi-thi-gvdg-1.jpg": "hoi thi gvdg 1",
                  IMG + "20261204162040-hoi-thi-gvdg-2.jpg": "hoi thi gvdg 2"}},
)

A7_SLUG = "tap-huan-su-dung-phan-mem-quan-ly-truong-hoc-cho-can-bo-quan-ly-ke-toan"
A12_SLUG = "giai-bong-chuyen-hoi-nu-cbgvnv-nganh-giao-duc-chao-mung-20-10"
A12_FBCLID = "IwAR2kQd7x0Lh3vYtP1mZbN8cW4uE6fRgS9jK5aH0oTqXyV"
A13_SLUG = "thong-bao-tuyen-sinh-lop-hoc-xoa-mu-chu-muc-do-2-tai-xa-phuoc-gia"
A8_SLUG = "ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-huyen-lan-thu-xii"

A2 = Story(
    id=102,
    slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-toan-lop-6-tai-truong-thcs-nguyen-du",
    title="Chuyên đề “Dạy học phát triển năng lực môn Toán lớp 6” tại Trường THCS Nguyễn Du",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-03T09:05:00+07:00",
    blocks=[
        P(
            "Sáng ngày 02/12/2026, tại Trường THCS Nguyễn Du (xã Quế Thọ), Phòng GD&ĐT tổ chức "
            "chuyên đề cấp huyện “Dạy học phát triển năng lực môn Toán lớp 6” cho giáo viên dạy "
            "Toán các trường THCS trên địa bàn huyện."
        ),
        Raw("<!--more-->"),
        P(
            "Tham dự chuyên đề có đại diện lãnh đạo Phòng GD&ĐT, các đồng chí cốt cán bộ môn Toán "
            "và hơn 40 giáo viên. Tại chuyên đề, cô Võ Thị Hồng Nhung đã thực hiện tiết dạy minh "
            "họa bài “Hình có trục đối xứng” theo hướng tổ chức cho học sinh hoạt động nhóm, trải "
            "nghiệm gấp giấy, cắt hình và tự rút ra kiến thức."
        ),
        Img(
            IMG + "20261203090512-chuyen-de-toan-6.jpg",
            "Học sinh lớp 6/2 thực hành gấp giấy tìm trục đối xứng",
            "Học sinh lớp 6/2 thực hành gấp giấy tìm trục đối xứng",
            "mdc",
        ),
        P("Sau tiết dạy, các đại biểu tập trung thảo luận, góp ý về:"),
        P(
            "Cách thiết kế chuỗi hoạt động học theo hướng phát triển năng lực tư duy và lập luận "
            "toán học;",
            "li",
        ),
        P(
            "Việc sử dụng đồ dùng trực quan, phiếu học tập và phần mềm GeoGebra trong dạy học "
            "hình học trực quan;",
            "li",
        ),
        P(
            "Hình thức đánh giá thường xuyên bằng nhận xét, bảng kiểm và sản phẩm của học sinh.",
            "li",
        ),
        P(
            "Kết thúc buổi sinh hoạt, Phòng GD&ĐT đề nghị các trường tiếp tục tổ chức sinh hoạt "
            "chuyên môn theo nghiên cứu bài học, chú trọng khâu phân tích hoạt động của học sinh "
            "thay vì chỉ nhận xét tiết dạy của giáo viên."
        ),
        Raw(
            f'<p><strong>Xem thêm:</strong> <a href="/post/{A7_SLUG}">Tập huấn sử dụng phần mềm '
            "quản lý trường học cho cán bộ quản lý, kế toán</a></p>"
        ),
        _byline("<em>Tin: Phạm Thị Hằng - Ảnh: Lê Minh Khoa</em>"),
    ],
    authors=["Phạm Thị Hằng"],
    photographers=["Lê Minh Khoa"],
    opts={"alt": {IMG + "20261203090512-chuyen-de-toan-6.jpg": "Tiết dạy minh họa môn Toán 6"}},
)

_LETTERHEAD = """<table style="width: 100%; border-collapse: collapse;" border="0">
<tbody>
<tr>
<td style="width: 42%; text-align: center; vertical-align: top;"><strong>UBND HUYỆN HIỆP ĐỨC<br />
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />
<span style="font-size: 10pt;">Số: 412/TB-PGDĐT</span></td>
<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />
<u>Độc lập - Tự do - Hạnh phúc</u></strong><br />
<em>Hiệp Đức, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />
<strong>Lịch kiểm tra công tác chuẩn bị Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện<br />
năm học 2026-2027</strong></p>"""

_SIGNATURE = """<table style="width: 100%;" border="0">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />
<span style="font-size: 9pt;">- Các trường THCS, TH&amp;THCS;<br />
- Lãnh đạo Phòng;<br />
- Website Phòng GD&amp;ĐT;<br />
- Lưu: VT, CM.</span></td>
<td style="text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG<br />
PHÓ TRƯỞNG PHÒNG</strong><br />
<br />
<em>(Đã ký)</em><br />
<br />
<strong>Lê Văn Bình</strong></td>
</tr>
</tbody>
</table>
<p>File đính kèm: <a href="/content/files/412-TB-PGDDT.pdf">412-TB-PGDDT.pdf</a> (215 KB)</p>"""

A3 = Story(
    id=103,
    slug="thong-bao-lich-kiem-tra-cong-tac-chuan-bi-ky-thi-chon-hoc-sinh-gioi-lop-9",
    title="Thông báo lịch kiểm tra công tác chuẩn bị Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 378/KH-PGDĐT ngày 15/10/2026 của Phòng GD&ĐT về tổ chức Kỳ thi "
            "chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027;"
        ),
        P("Phòng GD&ĐT thông báo lịch kiểm tra công tác chuẩn bị của các đơn vị như sau:"),
        P("TT | Thời gian | Đơn vị được kiểm tra | Thành phần đoàn", "th"),
        P("1 | Sáng 08/12/2026 | THCS Nguyễn Du, THCS Lý Tự Trọng | Đ/c Bình, Đ/c Hằng", "tr"),
        P("2 | Chiều 08/12/2026 | THCS Phan Bội Châu, TH&THCS Phước Trà | Đ/c Bình, Đ/c Khoa", "tr"),
        P("3 | Sáng 09/12/2026 | THCS Quế Lưu, THCS Bình Sơn | Đ/c Hằng, Đ/c Khoa", "tr"),
        P(
            "Nội dung kiểm tra gồm: kế hoạch bồi dưỡng học sinh giỏi, danh sách học sinh dự thi, "
            "hồ sơ đăng ký và điều kiện cơ sở vật chất phục vụ ôn tập."
        ),
        P(
            "Đề nghị Hiệu trưởng các trường chuẩn bị đầy đủ hồ sơ, bố trí cán bộ làm việc với đoàn "
            "theo đúng lịch trên. Trường hợp có thay đổi, Phòng GD&ĐT sẽ thông báo trên Trang "
            "thông tin điện tử của Phòng./."
        ),
        Raw(_SIGNATURE),
    ],
    authors=["Lê Văn Bình"],
)

A4 = Story(
    id=104,
    slug="truong-mam-non-hoa-sen-don-bang-cong-nhan-dat-chuan-quoc-gia-muc-do-1",
    title="🎉 Trường Mầm non Hoa Sen đón Bằng công nhận đạt chuẩn Quốc gia mức độ 1",
    cat="tin-tuc-su-kien",
    published_at="2026-11-28T15:00:00+07:00",
    blocks=[
        Img(IMG + "20261128150002-mn-hoa-sen-cover.jpg", None, None, "featured"),
        P(
            "Chiều ngày 27/11/2026, Trường Mầm non Hoa Sen (thị trấn Tân Bình) long trọng tổ chức "
            "Lễ đón nhận Bằng công nhận trường đạt chuẩn Quốc gia mức độ 1 và kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam."
        ),
        P(
            "Trường Mầm non Hoa Sen hiện có 12 nhóm, lớp với 356 trẻ; đội ngũ 31 cán bộ, giáo viên, "
            "nhân viên, trong đó 100% giáo viên đạt chuẩn trình độ đào tạo. Những năm qua, nhà "
            "trường đã tập trung xây dựng môi trường giáo dục “lấy trẻ làm trung tâm”, đầu tư khu "
            "vui chơi ngoài trời, góc trải nghiệm và bếp ăn một chiều bảo đảm vệ sinh an toàn thực "
            "phẩm."
        ),
        Img(
            IMG + "20261128150030-mn-hoa-sen-1.jpg",
            "(Lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường)",
            "Lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường",
            "tbl",
        ),
        P(
            "Phát biểu tại buổi lễ, bà Đoàn Thị Thanh Thủy, Phó Chủ tịch UBND huyện biểu dương "
            "những nỗ lực của tập thể nhà trường và đề nghị trường tiếp tục duy trì, nâng cao các "
            "tiêu chuẩn, hướng tới đạt chuẩn mức độ 2 trong giai đoạn tới."
        ),
        Img(IMG + "20261128150051-mn-hoa-sen-2.jpg", "Ảnh: Nguyễn Văn Tâm", None, "md"),
        P(
            "Dịp này, nhà trường đã tuyên dương 8 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
            "trường và trao quà cho các cháu có hoàn cảnh khó khăn."
        ),
        _byline("<strong>Trường MN Hoa Sen</strong>"),
    ],
    authors=["Trường MN Hoa Sen"],
    photographers=["Nguyễn Văn Tâm"],
    opts={"alt": {IMG + "20261128150051-mn-hoa-sen-2.jpg": "Các cháu múa chào mừng buổi lễ"}},
)

A5 = Story(
    id=105,
    slug="hiep-duc-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Hiệp Đức tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at="2026-11-19T16:30:00+07:00",
    blocks=[
        P(
            "Sáng 19/11, UBND huyện Hiệp Đức tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        P(
            "Theo báo cáo của Phòng GD&ĐT, năm học 2025-2026, toàn huyện có 38 trường học với hơn "
            "11.200 học sinh; tỷ lệ huy động trẻ ra lớp, duy trì sĩ số đều đạt và vượt kế hoạch. "
            "Huyện có 29/38 trường đạt chuẩn quốc gia, tăng 3 trường so với năm trước."
        ),
        P("Tại buổi lễ, UBND huyện đã khen thưởng:", "br"),
        P(
            "- 15 tập thể có thành tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo "
            "trong dạy và học”;",
            "br",
        ),
        P(
            "- 42 nhà giáo tiêu biểu, trong đó có 9 thầy cô công tác tại các xã vùng cao Phước "
            "Gia, Phước Trà, Sông Trà."
        ),
        Img(
            IMG + "20261119163011-ky-niem-20-11.jpg",
            "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo tiêu biểu",
            "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo tiêu biểu",
            "md",
        ),
        P(
            "“Mỗi thầy cô giáo ở vùng cao là một ngọn lửa giữ cho con chữ không rời bản làng. "
            "Huyện sẽ tiếp tục ưu tiên nguồn lực để các thầy cô yên tâm công tác”, ông Trần Văn "
            "Lực, Bí thư Huyện ủy nhấn mạnh.",
            "quote",
        ),
        _byline("<em>Nguồn: Cổng TTĐT huyện Hiệp Đức</em>"),
    ],
    source="Cổng TTĐT huyện Hiệp Đức",
)

A6 = Story(
    id=106,
    slug="cong-doan-nganh-giao-duc-huyen-tham-hoi-tang-qua-giao-vien-co-hoan-canh-kho-khan",
    title="Công đoàn ngành Giáo dục huyện thăm hỏi, tặng quà giáo viên có hoàn cảnh khó khăn",
    cat="cong-doan-nganh",
    published_at="2026-11-20",
    blocks=[
        P(
            "Nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11, Ban Thường vụ Công đoàn ngành Giáo dục "
            "huyện Hiệp Đức đã đến thăm hỏi, động viên và trao 25 suất quà cho đoàn viên công đoàn "
            "có hoàn cảnh đặc biệt khó khăn."
        ),
        P(
            "Mỗi suất quà trị giá 1.000.000 đồng, được trích từ quỹ “Tấm lòng vàng” do đoàn viên "
            "toàn ngành đóng góp và nguồn hỗ trợ của Liên đoàn Lao động huyện. Tổng kinh phí hơn "
            "25 triệu đồng."
        ),
        Img(IMG + "20261120000010-cdn-tham-hoi.jpg", None, None, "md"),
        P(
            "Đoàn đã đến thăm gia đình cô Hồ Thị Nở, giáo viên Trường TH&THCS Phước Trà có chồng "
            "đang điều trị bệnh hiểm nghèo; thầy Alăng Văn Tuấn, Trường TH Bình Lâm bị thiệt hại "
            "nhà cửa trong đợt mưa lũ cuối tháng 10 vừa qua."
        ),
        P(
            "Những món quà tuy không lớn nhưng thể hiện sự quan tâm, chia sẻ của tổ chức công "
            "đoàn, giúp các thầy cô vơi bớt khó khăn, yên tâm gắn bó với nghề."
        ),
        Raw(
            f'<p>Xem thêm: <a href="/2026/10/{A12_SLUG}?fbclid={A12_FBCLID}">Giải bóng chuyền '
            "hơi nữ CBGVNV ngành Giáo dục chào mừng ngày Phụ nữ Việt Nam 20/10</a></p>"
        ),
        _byline("<strong>Nguyễn Thị Lan</strong> - Chủ tịch CĐN"),
    ],
    authors=["Nguyễn Thị Lan"],
    opts={"alt": {IMG + "20261120000010-cdn-tham-hoi.jpg": "IMG_20261118_093412"}},
)

A7 = Story(
    id=107,
    slug=A7_SLUG,
    title="Tập huấn sử dụng phần mềm quản lý trường học cho cán bộ quản lý, kế toán",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-17T14:10:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch chuyển đổi số ngành Giáo dục năm 2026, từ ngày 14 đến 16/11/2026, "
            "Phòng GD&ĐT Hiệp Đức tổ chức tập huấn sử dụng phần mềm quản lý trường học cho 76 cán "
            "bộ quản lý và kế toán các đơn vị trực thuộc.",
            "mso",
        ),
        Img(
            IMG + "20261117141005-tap-huan-pm.jpg",
            "Quang cảnh lớp tập huấn tại phòng máy Trường THCS Lý Tự Trọng",
            "Quang cảnh lớp tập huấn tại phòng máy Trường THCS Lý Tự Trọng",
            "word",
        ),
        P("Nội dung tập huấn tập trung vào các phân hệ:", "mso"),
        P(
            "Quản lý hồ sơ học sinh, học bạ số và đồng bộ dữ liệu lên Cơ sở dữ liệu ngành;",
            "msoli",
        ),
        P("Quản lý thu, chi và kết nối thanh toán không dùng tiền mặt;", "msoli"),
        P("Báo cáo thống kê định kỳ theo biểu mẫu của Sở GD&ĐT.", "msoli"),
        Raw('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'),
        P(
            "Các học viên được thực hành trực tiếp trên máy tính với dữ liệu mẫu của đơn vị mình, "
            "được báo cáo viên của công ty cung cấp phần mềm giải đáp các vướng mắc phát sinh trong "
            "quá trình triển khai.",
            "mso",
        ),
        P(
            "- Sau tập huấn, các trường hoàn thành việc cập nhật dữ liệu học sinh trước ngày "
            "30/11/2026.",
            "mso",
        ),
        P(
            "- Định kỳ hằng tháng, kế toán các đơn vị in và lưu trữ sổ sách theo quy định.",
            "mso",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
            'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">ThS. Đinh '
            "Công Hoàng - Chuyên viên Phòng GD&amp;ĐT<o:p></o:p></span></b></p>"
        ),
    ],
    authors=["Đinh Công Hoàng"],
)

A8 = Story(
    id=108,
    slug=A8_SLUG,
    title="Triển khai kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XII",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-12T08:00:00+07:00",
    blocks=[
        P(
            "Nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, đồng thời tuyển "
            "chọn vận động viên tham dự Hội khỏe Phù Đổng tỉnh Quảng Nam lần thứ XII năm 2027, "
            "Phòng GD&ĐT ban hành kế hoạch tổ chức Hội khỏe Phù Đổng (HKPĐ) cấp huyện lần thứ XII.",
            "sup:1:cấp huyện lần thứ XII",
        ),
        Raw("<!--more-->"),
        P("1. Thời gian, địa điểm", "h3"),
        P(
            "Hội khỏe được tổ chức từ ngày 18 đến 21/12/2026 tại Sân vận động huyện và Nhà thi đấu "
            "đa năng Trường THCS Lý Tự Trọng."
        ),
        P("2. Môn thi đấu và lịch thi", "h3"),
        P("Ngày | Môn thi | Địa điểm", "th"),
        P("18/12/2026 | Điền kinh, Bơi | Sân vận động huyện", "tr"),
        P("19/12/2026 | Bóng đá nam THCS, Cờ vua | Sân vận động huyện, Nhà văn hóa", "tr"),
        P("20-21/12/2026 | Bóng chuyền, Cầu lông, Đẩy gậy | Nhà thi đấu THCS Lý Tự Trọng", "tr"),
        P("3. Đối tượng", "h3"),
        P(
            "Học sinh đang học tại các trường tiểu học, THCS trên địa bàn huyện, có kết quả rèn "
            "luyện từ mức Đạt trở lên và đủ sức khỏe thi đấu. Riêng môn Đẩy gậy dành cho học sinh "
            "người dân tộc thiểu số.",
            "sup:2:Riêng môn Đẩy gậy",
        ),
        P(
            "Các đơn vị gửi danh sách đăng ký thi đấu về Phòng GD&ĐT (qua bộ phận Công tác học "
            "sinh) trước ngày 05/12/2026."
        ),
        Raw(
            '<p>📎 Tải về: <a href="/content/files/401-KH-PGDDT.pdf">Kế hoạch số 401/KH-PGDĐT '
            "ngày 10/11/2026</a></p>"
        ),
        _byline("<strong>Bộ phận Công tác học sinh</strong>"),
        P(
            "Hội khỏe Phù Đổng cấp huyện lần thứ XI được tổ chức năm 2023 với hơn 700 vận động "
            "viên tham gia.",
            "fn:1",
        ),
        P(
            "Đẩy gậy là môn thể thao dân tộc, thi đấu theo Luật Đẩy gậy do Bộ Văn hóa, Thể thao "
            "và Du lịch ban hành.",
            "fn:2",
        ),
    ],
    authors=["Bộ phận Công tác học sinh"],
)

A9 = Story(
    id=109,
    slug="hoc-sinh-hiep-duc-dat-3-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
    title="Học sinh Hiệp Đức đạt 3 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh",
    cat="tin-tuc-su-kien",
    published_at="2026-11-06T16:45:00+07:00",
    summary=(
        "(PGD&ĐT) - Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Quảng Nam năm "
        "học 2026-2027, đoàn học sinh huyện Hiệp Đức đã xuất sắc đạt 01 giải Nhì, 02 giải Ba."
    ),
    blocks=[
        P(
            "(PGD&ĐT) - Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Quảng Nam "
            "năm học 2026-2027, đoàn học sinh huyện Hiệp Đức đã xuất sắc đạt 01 giải Nhì, 02 giải "
            "Ba.",
            "lead",
        ),
        P(
            "Cuộc thi diễn ra từ ngày 03 đến 05/11/2026 tại thành phố Tam Kỳ với 186 dự án của học "
            "sinh đến từ 18 huyện, thị xã, thành phố. Huyện Hiệp Đức có 4 dự án tham gia ở các "
            "lĩnh vực Kỹ thuật cơ khí, Khoa học môi trường và Hệ thống nhúng."
        ),
        P(
            "Dự án “Máy sấy nông sản sử dụng năng lượng mặt trời kết hợp cảm biến độ ẩm” của hai "
            "em Nguyễn Minh Quân và Trần Thị Bảo Ngọc, Trường THCS Lý Tự Trọng đạt giải Nhì. Hai "
            "dự án đạt giải Ba gồm “Hệ thống cảnh báo sạt lở đất sớm cho khu dân cư miền núi” "
            "(Trường THCS Phan Bội Châu) và “Chế phẩm sinh học từ vỏ chuối xử lý mùi chuồng trại” "
            "(Trường THCS Quế Lưu)."
        ),
        Img(
            IMG + "20261106164501-khkt-tinh.jpg",
            "Em Nguyễn Minh Quân giới thiệu dự án với Ban Giám khảo",
            "Em Nguyễn Minh Quân giới thiệu dự án với Ban Giám khảo",
            "md",
        ),
        P(
            "Kết quả trên khẳng định hiệu quả của việc đẩy mạnh giáo dục STEM và hoạt động nghiên "
            "cứu khoa học trong các trường THCS của huyện thời gian qua."
        ),
        _byline("<strong>Hồ Thị Mỹ Linh</strong>"),
    ],
    authors=["Hồ Thị Mỹ Linh"],
    opts={"nfd": True},
)

A10 = Story(
    id=110,
    slug="truong-th-kim-dong-ra-quan-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Trường TH Kim Đồng ra quân hưởng ứng “Tuần lễ học tập suốt đời” năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-30T09:20:00+07:00",
    blocks=[
        P(
            "Sáng 29/10, Trường Tiểu học Kim Đồng (thị trấn Tân Bình) tổ chức lễ ra quân hưởng ứng "
            "“Tuần lễ học tập suốt đời” năm 2026 với chủ đề “Học tập suốt đời - Nền tảng xây dựng "
            "xã hội học tập”."
        ),
        Img(IMG + "20261030092001-kim-dong-1.jpg", None, None, "md"),
        P(
            "Trong tuần lễ, nhà trường tổ chức nhiều hoạt động thiết thực như ngày hội đọc sách, "
            "triển lãm sách “Mỗi lớp một tủ sách”, thi kể chuyện theo sách và hướng dẫn phụ huynh "
            "sử dụng thư viện số của trường."
        ),
        Img(IMG + "20261030092035-kim-dong-2.jpg", None, None, "md"),
        P(
            "Thầy Huỳnh Văn Sáu, Hiệu trưởng nhà trường cho biết, năm nay trường đã vận động được "
            "hơn 1.200 bản sách từ phụ huynh và các nhà hảo tâm, nâng tổng số sách trong thư viện "
            "lên gần 6.000 bản."
        ),
        _byline("<strong>Đức Hiếu</strong><br />\n<em>(Theo Báo Quảng Nam)</em>"),
    ],
    authors=["Đức Hiếu"],
    source="Báo Quảng Nam",
    opts={"alt": {IMG + "20261030092001-kim-dong-1.jpg": "Lễ ra quân tại Trường TH Kim Đồng",
                  IMG + "20261030092035-kim-dong-2.jpg": "Học sinh đọc sách tại thư viện thân thiện"}},
)

A11 = Story(
    id=111,
    slug="so-ket-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
    title="Sơ kết công tác phổ cập giáo dục, xóa mù chữ năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-22T11:00:00+07:00",
    blocks=[
        P(
            "Ngày 21/10/2026, Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ (PCGD-XMC) huyện Hiệp Đức "
            "tổ chức hội nghị sơ kết công tác năm 2026, triển khai nhiệm vụ những tháng cuối năm."
        ),
        Raw("<!--more-->"),
        P(
            "Đến nay, 11/11 xã, thị trấn duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 "
            "tuổi; 11/11 xã, thị trấn đạt chuẩn phổ cập giáo dục tiểu học mức độ 3; huyện đạt "
            "chuẩn phổ cập giáo dục THCS mức độ 2 và xóa mù chữ mức độ 2."
        ),
        P("Một số khó khăn", "h4"),
        P(
            "Công tác điều tra, cập nhật dữ liệu trên hệ thống thông tin điện tử quản lý phổ cập "
            "giáo dục ở một số xã còn chậm; tỷ lệ người trong độ tuổi 15-60 biết chữ ở các thôn "
            "vùng cao như Phước Gia, Phước Trà còn thấp so với bình quân chung."
        ),
        P(
            "Ban Chỉ đạo các xã cần xem công tác phổ cập là nhiệm vụ chính trị thường xuyên, gắn "
            "với xây dựng nông thôn mới, không để tình trạng “đạt chuẩn trên giấy”.",
            "quote",
        ),
        P(
            "Hội nghị đã thống nhất mở thêm 3 lớp xóa mù chữ tại xã Phước Gia và Sông Trà trong "
            "năm học 2026-2027."
        ),
        Raw(
            "<p><strong>Tin liên quan:</strong></p>\n<ul>\n"
            f'<li><a href="/2026/10/{A13_SLUG}">Thông báo tuyển sinh lớp học xóa mù chữ mức độ 2 '
            "tại xã Phước Gia</a></li>\n"
            '<li><a href="https://baoquangnam.vn/giao-duc/day-manh-xoa-mu-chu-vung-dong-bao-dan-'
            'toc-thieu-so-3141592.html" target="_blank">Quảng Nam: Đẩy mạnh xóa mù chữ vùng đồng '
            "bào dân tộc thiểu số</a></li>\n</ul>"
        ),
        _byline("Lê Minh Khoa"),
    ],
    authors=["Lê Minh Khoa"],
)

A12 = Story(
    id=112,
    slug=A12_SLUG,
    title="Giải bóng chuyền hơi nữ CBGVNV ngành Giáo dục chào mừng ngày Phụ nữ Việt Nam 20/10",
    cat="cong-doan-nganh",
    published_at="2026-10-15T14:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 10 đến 14/10/2026, Công đoàn ngành Giáo dục huyện tổ chức Giải bóng chuyền hơi "
            "nữ cán bộ, giáo viên, nhân viên chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ "
            "Việt Nam (20/10/1930 - 20/10/2026)."
        ),
        P(
            "Giải thu hút 16 đội bóng với gần 200 vận động viên là nữ cán bộ, giáo viên, nhân viên "
            "đến từ các cụm trường. Các trận đấu diễn ra sôi nổi, hấp dẫn trong tinh thần đoàn kết, "
            "giao lưu, học hỏi."
        ),
        Img(
            IMG + "20261015140012-bch-nu-1.jpg",
            "Trận chung kết giữa cụm trường Tân Bình và cụm trường Quế Thọ",
            "Trận chung kết giữa cụm trường Tân Bình và cụm trường Quế Thọ",
            "mdc",
        ),
        P(
            "Kết quả, giải Nhất thuộc về đội cụm trường Tân Bình; giải Nhì thuộc về đội cụm trường "
            "Quế Thọ; đồng giải Ba thuộc về các đội cụm trường Bình Lâm và Sông Trà. Ban Tổ chức "
            "cũng trao giải phong cách cho đội Trường TH&THCS Phước Trà."
        ),
        Img(
            IMG + "20261015140040-bch-nu-2.jpg",
            "Ban Tổ chức trao cúp cho đội vô địch",
            "Ban Tổ chức trao cúp cho đội vô địch",
            "mdc",
        ),
        _byline("<em>Tin: Phan Văn Quý</em>"),
    ],
    authors=["Phan Văn Quý"],
)

A13 = Story(
    id=113,
    slug=A13_SLUG,
    title="Thông báo tuyển sinh lớp học xóa mù chữ mức độ 2 tại xã Phước Gia",
    cat="thong-bao",
    published_at="2026-10-08T07:30:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch công tác xóa mù chữ năm 2026, Phòng GD&ĐT phối hợp với UBND xã "
            "Phước Gia thông báo tuyển sinh lớp học xóa mù chữ mức độ 2 như sau:"
        ),
        P(
            "Đối tượng: người trong độ tuổi từ 15 đến 60 chưa biết chữ hoặc đã hoàn thành giai đoạn "
            "1 xóa mù chữ;",
            "li",
        ),
        P(
            "Thời gian học: từ ngày 02/11/2026, học vào các buổi tối thứ Hai, thứ Tư, thứ Sáu hằng "
            "tuần;",
            "li",
        ),
        P("Địa điểm: Điểm trường thôn 3, Trường TH&THCS Phước Gia;", "li"),
        P("Học viên được miễn học phí, cấp sách giáo khoa và đồ dùng học tập.", "li"),
        P(
            "Người có nhu cầu đăng ký tại UBND xã Phước Gia hoặc liên hệ thầy Hồ Văn Thảo, giáo "
            "viên phụ trách lớp ☎ 0905 318 246 trước ngày 30/10/2026."
        ),
        _byline("<strong>BBT</strong>"),
    ],
)

VIDEO = Story(
    id=114,
    slug="video-phong-su-thap-sang-con-chu-vung-cao-phuoc-gia",
    title="Video: Phóng sự “Thắp sáng con chữ vùng cao Phước Gia”",
    cat="video",
    published_at="2026-11-10T10:00:00+07:00",
    blocks=[
        P(
            "Phóng sự của Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình huyện về lớp "
            "xóa mù chữ ở thôn 3, xã Phước Gia."
        ),
    ],
)

POSTS: list[Post] = [
    Post(A1, "2026-12-04 16:20", ["tieu-hoc"], updated="04/12/2026 16:31"),
    Post(A2, "2026-12-03 09:05", ["thcs"], updated="03/12/2026 09:12"),
    Post(A3, "2026-12-01 07:45", ["thcs"], updated="01/12/2026 07:45"),
    Post(A4, "2026-11-28 15:00", ["mam-non", "ngay-nha-giao"], updated="28/11/2026 15:22",
         featured=IMG + "20261128150002-mn-hoa-sen-cover.jpg"),
    Post(A6, "2026-11-20 00:00", ["cong-doan", "ngay-nha-giao"], updated="21/11/2026 08:03"),
    Post(A5, "2026-11-19 16:30", ["ngay-nha-giao"], updated="19/11/2026 16:30"),
    Post(A7, "2026-11-17 14:10", ["chuyen-doi-so"], updated="18/11/2026 07:58"),
    Post(A8, "2026-11-12 08:00", ["thcs"], updated="12/11/2026 08:00"),
    Post(VIDEO, "2026-11-10 10:00", ["xoa-mu-chu"], kind="video", updated="10/11/2026 10:00",
         video="https://www.youtube.com/embed/q7Xw2mLk9sE"),
    Post(A9, "2026-11-06 16:45", ["thcs"], updated="07/11/2026 20:16"),
    Post(A10, "2026-10-30 09:20", [], updated="04/12/2026 10:12"),
    Post(A11, "2026-10-22 11:00", [], updated="28/10/2026 23:41"),
    Post(A12, "2026-10-15 14:00", ["cong-doan"], updated="28/10/2026 23:41"),
    Post(A13, "2026-10-08 07:30", ["xoa-mu-chu"], updated="28/10/2026 23:41"),
]
BY_URL = {p.url: p for p in POSTS}
BY_SLUG = {p.story.slug: p for p in POSTS}


# --- rendering the Markdown -----------------------------------------------------------------

_MSO_P = (
    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
    'line-height:130%"><span lang="VI" style="font-size:14.0pt;line-height:130%;font-family:'
    '&quot;Times New Roman&quot;,serif;mso-ansi-language:VI">{t}<o:p></o:p></span></p>'
)
_MSO_LI = (
    '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;mso-add-space:auto;'
    'text-align:justify;text-indent:-18.0pt;line-height:130%;mso-list:l0 level1 lfo1">'
    '<!--[if !supportLists]--><span lang="VI" style="font-size:14.0pt;font-family:Symbol;'
    'mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">'
    '·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
    '</span></span></span><!--[endif]--><span lang="VI" style="font-size:14.0pt;line-height:130%;'
    'font-family:&quot;Times New Roman&quot;,serif">{t}<o:p></o:p></span></p>'
)


def _sup(n: str) -> str:
    return (
        f'<sup id="fnref:{n}"><a href="#fn:{n}" class="footnote-ref" role="doc-noteref">{n}</a>'
        "</sup>"
    )


def _img_html(story: Story, img: Img) -> str:
    alt = esc(story.opts.get("alt", {}).get(img.src, ""))
    printed = esc(img.printed) if img.printed else ""
    if img.style == "md":
        out = f'<p><img src="{img.src}" alt="{alt}" /></p>'
        return out + (f"\n<p><em>{printed}</em></p>" if printed else "")
    if img.style == "mdc":
        return (
            f'<p style="text-align: center;"><img src="{img.src}" alt="{alt}" '
            f'style="max-width:100%" /><br />\n<em>{printed}</em></p>'
        )
    if img.style == "tbl":
        return (
            '<table class="tbl-anh" style="margin: 0 auto;" cellpadding="3" border="0">\n<tbody>\n'
            f'<tr><td><img src="{img.src}" alt="{alt}" width="600" /></td></tr>\n'
            f'<tr><td style="text-align: center;"><span style="font-size: 13px; color: #555;">'
            f"<em>{printed}</em></span></td></tr>\n</tbody>\n</table>"
        )
    if img.style == "word":
        return (
            '<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI">'
            f'<img width="602" height="339" src="{img.src}" alt="{alt}" /></span></p>\n'
            '<p class="MsoNormal" align="center" style="text-align:center"><i><span lang="VI" '
            f'style="font-size:12.0pt">{printed}<o:p></o:p></span></i></p>'
        )
    raise ValueError(img.style)


def render_body(story: Story, teaser: bool = False) -> tuple[str, bool]:
    """The Markdown Extra output of a post; with ``teaser`` only the part before <!--more-->.

    Returns the HTML and whether it was cut."""
    blocks = story.blocks
    cut = False
    if teaser:
        for i, b in enumerate(blocks):
            if isinstance(b, Raw) and b.html == "<!--more-->":
                blocks, cut = blocks[:i], True
                break
    out: list[str] = []
    notes: list[tuple[str, str]] = []
    pending_br: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style != "featured":
                out.append(_img_html(story, b))
            i += 1
            continue
        st = b.style
        t = esc(b.text)
        if st in ("li", "oli", "tr", "th", "quote", "msoli"):
            run = []
            while (
                i < len(blocks)
                and isinstance(blocks[i], P)
                and (blocks[i].style == st or (st in ("tr", "th") and blocks[i].style in ("tr", "th")))
            ):
                run.append(blocks[i])
                i += 1
            if st in ("li", "oli"):
                tag = "ul" if st == "li" else "ol"
                items = "\n".join(f"<li>{esc(p.text)}</li>" for p in run)
                out.append(f"<{tag}>\n{items}\n</{tag}>")
            elif st == "quote":
                out.append("<blockquote>\n" + "\n\n".join(f"<p>{esc(p.text)}</p>" for p in run)
                           + "\n</blockquote>")
            elif st == "msoli":
                out.append("\n".join(_MSO_LI.format(t=esc(p.text)) for p in run))
            else:
                rows = []
                for p in run:
                    cell = "th" if p.style == "th" else "td"
                    cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                head = rows[0] if run[0].style == "th" else ""
                body = rows[1:] if head else rows
                out.append(
                    '<table class="table table-bordered" border="1" cellpadding="4">\n'
                    + (f"<thead>\n{head}\n</thead>\n" if head else "")
                    + "<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"
                )
            continue
        i += 1
        if st == "br":
            pending_br.append(t)
            continue
        if pending_br:
            out.append("<p>" + "<br />\n".join([*pending_br, t]) + "</p>")
            pending_br = []
            continue
        if st == "lead":
            out.append(f"<p><strong>{t}</strong></p>")
        elif st in ("h3", "h4"):
            out.append(f"<{st}>{t}</{st}>")
        elif st == "mso":
            out.append(_MSO_P.format(t=t))
        elif st.startswith("sup:"):
            _, n, anchor = st.split(":", 2)
            a = esc(anchor)
            assert a in t, (story.slug, anchor)
            out.append("<p>" + t.replace(a, a + _sup(n), 1) + "</p>")
        elif st.startswith("fn:"):
            notes.append((st[3:], t))
        else:
            out.append(f"<p>{t}</p>")
    if notes and not teaser:
        items = "\n\n".join(
            f'<li id="fn:{n}" role="doc-endnote">\n<p>{t}&#160;<a href="#fnref:{n}" '
            f'class="footnote-backref" role="doc-backlink">&#8617;&#xFE0E;</a></p>\n</li>'
            for n, t in notes
        )
        out.append(f'<div class="footnotes" role="doc-endnotes">\n<hr />\n<ol>\n\n{items}\n\n</ol>\n</div>')
    body = "\n\n".join(out)
    if story.opts.get("nfd"):
        body = unicodedata.normalize("NFD", body)
    return body, cut


def _title(post: Post) -> str:
    t = esc(post.story.title)
    return unicodedata.normalize("NFD", t) if post.story.opts.get("nfd") else t


def _date_line(post: Post, link: bool = True) -> str:
    w = post.when
    day = f"{w:%d} {MONTHS_EN[w.month - 1]} {w:%Y}"
    inner = f'<time class="entry-date published">{day}</time>'
    if link:
        inner = f'<a href="{post.url}" rel="bookmark">{inner}</a>'
    return f'<span class="posted-on">Đăng ngày {inner} lúc {w:%H:%M}</span>'


def _cat_link(post: Post) -> str:
    slug = post.story.cat
    return f'<a href="/category/{slug}">{esc(CATEGORIES[slug][0])}</a>'


def _tag_links(post: Post) -> str:
    return ", ".join(f'<a rel="tag" href="/tag/{t}">{esc(TAGS[t])}</a>' for t in post.tags)


def _entry_footer(post: Post, link: bool = True) -> str:
    return (
        '<footer class="entry-footer">\n'
        f"        {_date_line(post, link)}\n"
        '        <span class="byline"><span class="author vcard">Người đăng: Quản trị PGD</span></span>\n'
        f'        <span class="cat-links">Chuyên mục: {_cat_link(post)}</span>\n'
        f'        <span class="tags-links">Từ khóa: {_tag_links(post)}</span>\n'
        "    </footer>"
    )


# --- chrome ---------------------------------------------------------------------------------

MENU = """<ul class="nav" id="menu-chinh">
<li class="item first"><a href="/">Trang chủ</a></li>
<li class="item dropdown"><a href="/gioi-thieu">Giới thiệu</a>
  <ul class="subnav dropdown-menu">
    <li class="item"><a href="/gioi-thieu">Chức năng, nhiệm vụ</a></li>
    <li class="item"><a href="/gioi-thieu/lanh-dao-phong">Lãnh đạo phòng</a></li>
  </ul>
</li>
<li class="item dropdown"><a href="#">Tin tức</a>
  <ul class="subnav dropdown-menu">
    <li class="item"><a href="/category/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>
    <li class="item"><a href="/category/cong-doan-nganh">Công đoàn ngành</a></li>
  </ul>
</li>
<li class="item"><a href="/category/hoat-dong-chuyen-mon">Chuyên môn</a></li>
<li class="item"><a href="/category/thong-bao">Thông báo</a></li>
<li class="item dropdown"><a href="/van-ban">Văn bản</a>
  <ul class="subnav dropdown-menu">
    <li class="item"><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>
    <li class="item"><a href="/lich-cong-tac">Lịch công tác tuần</a></li>
  </ul>
</li>
<li class="item"><a href="/category/video">Video</a></li>
<li class="item last"><a href="/lien-he">Liên hệ</a></li>
</ul>"""


def _topbar() -> str:
    a8, a13 = BY_SLUG[A8_SLUG], BY_SLUG[A13_SLUG]
    return f"""<div class="tb-pgd" style="background:#0b5394;color:#fff;font-size:13px;padding:4px 10px">
  <span class="ngay-hom-nay">{HEADER_TODAY}</span> &nbsp;|&nbsp;
  <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()" style="width:70%;vertical-align:middle">
    <b>Tin nổi bật:</b> <a style="color:#ffeb3b" href="{a8.old_url}">{esc(a8.story.title)}</a> &nbsp;&#9733;&nbsp;
    <a style="color:#ffeb3b" href="{a13.old_url}">{esc(a13.story.title)}</a>
  </marquee>
</div>"""


def _sidebar_lists() -> str:
    recent = "\n".join(
        f'<li><a href="{p.url}">{_title(p)}</a></li>' for p in POSTS[:5]
    )
    popular_ids = [A5, A4, A1, A8, A3]
    popular = "\n".join(
        f'<li><a href="{BY_SLUG[s.slug].url}">{_title(BY_SLUG[s.slug])}</a></li>' for s in popular_ids
    )
    months = []
    for key, label in (("2026-12", "December 2026"), ("2026-11", "November 2026"),
                       ("2026-10", "October 2026")):
        n = sum(1 for p in POSTS if p.month == key)
        months.append(f'<option value="/archive/{key}">{label} ({n})</option>')
    # the patched theme prints HTMLy's archive as a drop-down that navigates by script
    archive = (
        '<select name="archive-dropdown" onchange="document.location.href=this.options'
        '[this.selectedIndex].value;" style="width:100%">\n<option value="">-- Chọn tháng --</option>\n'
        + "\n".join(months) + "\n</select>"
    )
    cats = "\n".join(
        f'<li><a href="/category/{slug}">{esc(title)}</a> <span>'
        f"({sum(1 for p in POSTS if p.story.cat == slug)})</span></li>"
        for slug, (title, _) in CATEGORIES.items()
    )
    sizes = {"thcs": 19, "xoa-mu-chu": 17, "ngay-nha-giao": 16}
    tags = " ".join(
        f'<a class="tag-cloud-link" href="/tag/{slug}" style="font-size:{sizes.get(slug, 13)}px">'
        f"{esc(name)}</a>"
        for slug, name in TAGS.items()
    )
    return f"""<aside class="widget widget_meta">
  <h2 class="widget-title">Bài viết mới</h2>
  <ul>
{recent}
  </ul>
</aside>
<aside class="widget widget_meta">
  <h2 class="widget-title">Xem nhiều</h2>
  <ul>
{popular}
  </ul>
</aside>
<aside class="widget widget_meta">
  <h2 class="widget-title">Lưu trữ</h2>
  {archive}
</aside>
<aside class="widget widget_meta">
  <h2 class="widget-title">Chuyên mục</h2>
  <ul>
{cats}
  </ul>
</aside>
<aside class="widget widget_meta">
  <h2 class="widget-title">Từ khóa</h2>
  <div class="tag-cloud">{tags}</div>
</aside>"""


SIDEBAR_EXTRA = """<aside class="widget widget_text" id="w-lienket">
  <h2 class="widget-title">Liên kết website</h2>
  <select onchange="if(this.value) window.open(this.value)" style="width:100%">
    <option value="">-- Chọn liên kết --</option>
    <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
    <option value="https://quangnam.edu.vn">Sở GD&amp;ĐT Quảng Nam</option>
    <option value="https://hiepduc.quangnam.gov.vn">Cổng TTĐT huyện Hiệp Đức</option>
    <option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option>
  </select>
  <p style="margin-top:8px"><a href="https://www.facebook.com/pgdhiepduc" target="_blank">
    <img src="/themes/twentyfifteen/images/fanpage-pgd.png" alt="Fanpage Phòng GD&amp;ĐT" width="100%" /></a></p>
</aside>
<aside class="widget widget_text" id="w-binhchon">
  <h2 class="widget-title">Thăm dò ý kiến</h2>
  <div class="poll-q">Bạn quan tâm nội dung nào trên trang?</div>
  <label><input type="radio" name="bc" value="1" /> Tin hoạt động</label><br />
  <label><input type="radio" name="bc" value="2" /> Văn bản chỉ đạo</label><br />
  <label><input type="radio" name="bc" value="3" /> Lịch công tác</label><br />
  <button type="button" onclick="alert('Cảm ơn bạn đã bình chọn!')">Bình chọn</button>
  <button type="button" onclick="alert('Bình chọn: 312 lượt')">Kết quả</button>
</aside>
<aside class="widget widget_text" id="w-thongke">
  <h2 class="widget-title">Thống kê truy cập</h2>
  <table class="tk" style="width:100%;font-size:13px">
    <tr><td>Đang online:</td><td style="text-align:right">7</td></tr>
    <tr><td>Hôm nay:</td><td style="text-align:right">215</td></tr>
    <tr><td>Tháng này:</td><td style="text-align:right">1.047</td></tr>
    <tr><td>Tổng truy cập:</td><td style="text-align:right">1.284.563</td></tr>
  </table>
</aside>"""

FOOTER = """<footer id="colophon" class="site-footer" role="contentinfo">
  <div class="site-info" style="text-align:center;font-size:13px">
    <b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HIỆP ĐỨC</b><br />
    Địa chỉ: Khối phố An Mỹ, thị trấn Tân Bình, huyện Hiệp Đức, tỉnh Quảng Nam<br />
    Điện thoại: 0235.3883.115 - Email: pgdhiepduc@quangnam.edu.vn<br />
    Chịu trách nhiệm chính: Ông Nguyễn Hữu Phước - Trưởng phòng<br />
    Bản quyền &copy; 2026 Phòng GD&amp;ĐT Hiệp Đức. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.<br />
    <span style="color:#999">Proudly powered by <a href="https://www.htmly.com" target="_blank">HTMLy</a></span>
  </div>
</footer>"""


def layout(
    request: Request,
    title: str,
    main: str,
    *,
    canonical: str,
    description: str = "",
    body_class: str = "in-front",
    og_image: str | None = None,
    front: bool = False,
) -> str:
    base = base_url(request)
    site_title_tag = "h1" if front else "h2"
    og = f'\n    <meta property="og:image" content="{base}{og_image}" />' if og_image else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="generator" content="HTMLy" />
    <link rel="icon" type="image/x-icon" href="/favicon.ico" />
    <link rel="alternate" type="application/rss+xml" title="{esc(SITE_SHORT)} Feed" href="{base}/feed/rss" />
    <title>{title}</title>
    <meta name="description" content="{esc(description)}"/>
    <link rel="canonical" href="{base}{canonical}" />
    <meta property="og:locale" content="vi_VN" />
    <meta property="og:site_name" content="{esc(SITE_SHORT)}" />
    <meta property="og:title" content="{title}" />
    <meta property="og:url" content="{base}{canonical}" />
    <meta property="og:description" content="{esc(description)}" />{og}
    <link rel="stylesheet" id="twentyfifteen-fonts-noto" href="/system/resources/css/noto-serif.css" type="text/css" media="all">
    <link rel="stylesheet" id="genericons-css" href="/themes/twentyfifteen/genericons/genericons.css" type="text/css" media="all">
    <link rel="stylesheet" id="twentyfifteen-style-css" href="/themes/twentyfifteen/css/style_v2.css?v=2" type="text/css" media="all">
    <link rel="stylesheet" href="/themes/twentyfifteen/css/pgd-custom.css?v=20241108" type="text/css" media="all">
</head>
<body class="{body_class}">
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v19.0"></script>
{_topbar()}
    <div id="page" class="hfeed site">
        <div id="sidebar" class="sidebar">
            <header id="masthead" class="site-header" role="banner">
                <div class="site-branding">
                    <a href="/"><img src="/themes/twentyfifteen/images/logo-pgd-hiepduc.png" alt="Logo" width="72" /></a>
                    <{site_title_tag} class="site-title"><a href="/" title="{esc(SITE_TITLE)}">{esc(SITE_TITLE)}</a></{site_title_tag}>
                    <p class="site-description">Trang thông tin điện tử - Dạy tốt, học tốt</p>
                    <button class="secondary-toggle">Menu và tiện ích</button>
                </div>
            </header>
            <div id="secondary" class="secondary">
                <div id="widget-area" class="widget-area" role="complementary">
                    <nav id="site-navigation" class="main-navigation">
                        <div class="menu-demo-menu-container">
{MENU}
                        </div>
                    </nav>
                    <aside class="widget widget_meta">
                        <h2 class="widget-title">Giới thiệu</h2>
                        <p>Trang thông tin điện tử của Phòng Giáo dục và Đào tạo huyện Hiệp Đức, tỉnh Quảng Nam: tin tức, văn bản chỉ đạo, thông báo đến các trường học trong huyện.</p>
                    </aside>
                    <aside class="widget search">
                        <form action="/" method="get"><input type="search" name="search" class="form-control" placeholder="Nhập từ khóa tìm kiếm..."></form>
                    </aside>
{_sidebar_lists()}
{SIDEBAR_EXTRA}
                </div>
            </div>
        </div>
        <div id="content" class="site-content">
            <div id="primary" class="content-area">
                <main id="main" class="site-main" role="main">
{main}
                </main>
            </div>
{FOOTER}
        </div>
    </div>
    <script type="text/javascript" src="/themes/twentyfifteen/js/jquery.js"></script>
    <script type="text/javascript" src="/themes/twentyfifteen/js/functions.js?v=2"></script>
    <script>function toggleArchive(e){{var u=e.parentNode.getElementsByTagName('ul')[0];u.style.display=u.style.display=='none'?'block':'none';}}</script>
</body>
</html>"""


def _respond_html(page: str, status: int = 200) -> Response:
    return html(
        page,
        status=status,
        headers={"Server": "LiteSpeed", "X-Powered-By": "PHP/7.4.33", "Cache-Control": "no-cache"},
    )


def _breadcrumb(*parts: tuple[str | None, str]) -> str:
    items = ['<a href="/">Trang chủ</a>']
    for href, label in parts:
        items.append(f'<a href="{href}">{label}</a>' if href else label)
    return '<div class="breadcrumb-pgd" style="padding:8px 0;font-size:13px">' + " &#187; ".join(items) + "</div>"


# --- pages ----------------------------------------------------------------------------------


def _listing_entry(post: Post) -> str:
    s = post.story
    thumb = ""
    if post.featured:
        thumb = (
            '<div class="post-thumbnail">\n'
            f'        <img style="width:100%;" title="{_title(post)}" alt="{_title(post)}" '
            f'class="attachment-post-thumbnail wp-post-image" src="{post.featured}">\n    </div>\n    '
        )
    if post.kind == "video":
        thumb = (
            '<div class="post-thumbnail">\n        <iframe width="100%" height="315px" '
            f'class="embed-responsive-item" src="{post.video}" frameborder="0" allowfullscreen>'
            "</iframe>\n    </div>\n    "
        )
    body, cut = render_body(s, teaser=True)
    more = f'<a class="more-link" href="{post.url}">Đọc tiếp &#187;</a>' if cut else ""
    return f"""<article class="post type-post hentry{' has-post-thumbnail' if thumb else ''}">
    {thumb}<header class="entry-header">
        <h2 class="entry-title"><a href="{post.url}">{_title(post)}</a></h2>
    </header>
    <div class="entry-content post-{int(post.when.timestamp())}">
{body}
        {more}
    </div>
    {_entry_footer(post)}
</article>"""


def _pager(page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    prev = f'<a class="prev page-numbers" href="?page={page - 1}">&#171;</a>' if page > 1 else ""
    nxt = f'<a class="next page-numbers" href="?page={page + 1}">&#187;</a>' if page < pages else ""
    return (
        '<div class="navigation pagination">\n    <div class="nav-links">\n        '
        f'{prev}\n        <span class="page-numbers">Trang {page} / {pages}</span>\n        {nxt}\n'
        "    </div>\n</div>"
    )


def _page_number(request: Request) -> int | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        return None
    return int(raw)


def listing(request: Request, posts: list[Post], *, heading: str, crumbs: list, canonical: str,
            body_class: str, title: str, front: bool = False) -> Response | None:
    page = _page_number(request)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page is None or page > pages or not posts:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    entries = "\n".join(_listing_entry(p) for p in chunk)
    main = (
        (_breadcrumb(*crumbs) if crumbs else "")
        + ("\n" + heading if heading else "")
        + "\n" + entries + "\n" + _pager(page, pages)
    )
    suffix = f" - Trang {page}" if page > 1 else ""
    return _respond_html(
        layout(request, esc(title) + suffix, main, canonical=canonical + (f"?page={page}" if page > 1 else ""),
               description="Trang thông tin điện tử Phòng GD&ĐT huyện Hiệp Đức",
               body_class=body_class, front=front)
    )


def home(request: Request) -> Response | None:
    if "search" in request.params:
        kw = request.params["search"].strip()
        return redirect("/search/" + kw.replace(" ", "-")) if kw else redirect("/search/")
    return listing(request, POSTS, heading="", crumbs=[], canonical="/", body_class="in-front",
                   title=f"{SITE_SHORT} - Trang thông tin điện tử", front=True)


def category_page(request: Request, slug: str) -> Response | None:
    if slug not in CATEGORIES:
        return None
    title, desc = CATEGORIES[slug]
    posts = [p for p in POSTS if p.story.cat == slug]
    heading = (
        '<header class="page-header">\n'
        f'    <h1 class="page-title">Chuyên mục: {esc(title)}</h1>\n'
        f'    <div class="taxonomy-description"><p>{esc(desc)}</p></div>\n</header>'
    )
    return listing(request, posts, heading=heading, crumbs=[(None, esc(title))],
                   canonical=f"/category/{slug}", body_class="in-category category-" + slug,
                   title=f"{title} - {SITE_SHORT}")


def tag_page(request: Request, slug: str) -> Response | None:
    if slug not in TAGS:
        return None
    posts = [p for p in POSTS if slug in p.tags]
    heading = f'<header class="page-header">\n    <h1 class="page-title">Từ khóa: {esc(TAGS[slug])}</h1>\n</header>'
    return listing(request, posts, heading=heading, crumbs=[(None, "Từ khóa: " + esc(TAGS[slug]))],
                   canonical=f"/tag/{slug}", body_class="in-tag tag-" + slug,
                   title=f"Từ khóa: {TAGS[slug]} - {SITE_SHORT}")


def archive_page(request: Request, key: str) -> Response | None:
    posts = [p for p in POSTS if p.month == key]
    if not posts:
        return None
    year, month = key.split("-")
    label = f"{MONTHS_EN[int(month) - 1]} {year}"
    heading = f'<header class="page-header">\n    <h1 class="page-title">Lưu trữ: {label}</h1>\n</header>'
    return listing(request, posts, heading=heading, crumbs=[(None, "Lưu trữ: " + label)],
                   canonical=f"/archive/{key}", body_class="in-archive archive-month",
                   title=f"Lưu trữ: {label} - {SITE_SHORT}")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    return "".join(c for c in s if not unicodedata.combining(c))


def search_page(request: Request, kw: str) -> Response | None:
    words = [w for w in _fold(unquote(kw)).replace("-", " ").split() if w]
    if not words:
        return None
    posts = [p for p in POSTS if all(w in _fold(p.story.title) for w in words)][:PER_PAGE]
    heading = f'<header class="page-header">\n    <h1 class="page-title">Tìm kiếm: {esc(unquote(kw))}</h1>\n</header>'
    if not posts:
        main = heading + "\n<p>Không tìm thấy bài viết nào phù hợp.</p>"
        return _respond_html(layout(request, "Tìm kiếm", main, canonical="/search/" + kw), 404)
    return listing(request, posts, heading=heading, crumbs=[(None, "Tìm kiếm")],
                   canonical="/search/" + kw, body_class="in-search", title=f"Tìm kiếm: {unquote(kw)}")


def _related(post: Post) -> str:
    rel = [p for p in POSTS if p is not post and p.story.cat == post.story.cat][:3]
    if not rel:
        return "<p>Không có bài viết liên quan.</p>"
    return "<ul>" + "".join(f'<li><a href="{p.url}">{_title(p)}</a></li>' for p in rel) + "</ul>"


def post_page(request: Request, post: Post) -> Response:
    s = post.story
    base = base_url(request)
    full = base + post.url
    body, _ = render_body(s)
    thumb = ""
    if post.featured:
        thumb = (
            '<div class="post-thumbnail">\n        '
            f'<img style="width:100%;" title="{_title(post)}" alt="{_title(post)}" '
            f'class="attachment-post-thumbnail wp-post-image" src="{post.featured}">\n    </div>'
        )
    if post.kind == "video":
        thumb = (
            '<div class="post-thumbnail">\n        <iframe width="100%" height="315px" '
            f'class="embed-responsive-item" src="{post.video}" frameborder="0" allowfullscreen>'
            "</iframe>\n    </div>"
        )
    first_p = next((b.text for b in s.blocks if isinstance(b, P)), "")
    description = first_p[:160]
    first_img = post.featured or next((i.src for i in s.images), None)
    main = f"""{_breadcrumb((f"/category/{s.cat}", esc(CATEGORIES[s.cat][0])), (None, _title(post)))}
<article class="post type-post hentry{' has-post-thumbnail' if thumb else ''}">
    {thumb}
    <header class="entry-header">
        <h1 class="entry-title">{_title(post)}</h1>
        <div class="tt-capnhat" style="font-size:12px;color:#888;margin-top:4px">
            <i class="genericon genericon-refresh"></i> Cập nhật: {post.updated}
            &nbsp;|&nbsp; <i class="genericon genericon-show"></i> Lượt xem: {s.views()}
        </div>
    </header>
    <div class="entry-content post-{int(post.when.timestamp())}">
{body}
    </div>
    <div class="chiase-pgd" style="margin:10px 0">
        <a href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank" rel="nofollow">Chia sẻ Facebook</a> |
        <a href="https://zalo.me/share/?url={full}" target="_blank" rel="nofollow">Zalo</a> |
        <a href="javascript:window.print()">In bài viết</a> |
        <a href="mailto:?subject={_title(post)}&amp;body={full}">Gửi email</a>
    </div>
    <style>.related {{padding-bottom:2em;}}.related p {{margin-top:0;margin-bottom:0.5em;}} .related ul {{margin-left:1em;}}</style>
    <div class="related entry-content">
        <hr>
        <p><strong>Bài viết liên quan</strong></p>
        {_related(post)}
    </div>
    <div class="author-info">
        <h2 class="author-heading">Đăng bởi</h2>
        <div class="author-avatar">
            <img width="56" height="56" class="avatar avatar-56" src="/themes/twentyfifteen/images/avatar-quantri.png" alt="Quản trị PGD">
        </div><!-- .author-avatar -->
        <div class="author-description">
            <h3 class="author-title">Quản trị PGD</h3>
            <p>Tài khoản quản trị Trang thông tin điện tử Phòng GD&amp;ĐT Hiệp Đức. Mọi ý kiến đóng góp xin gửi về hộp thư pgdhiepduc@quangnam.edu.vn.</p>
        </div><!-- .author-description -->
    </div>
    {_entry_footer(post)}
</article>
<div class="comments-area" id="comments">
    <div class="fb-comments" data-href="{full}" data-numposts="5" data-colorscheme="light"></div>
</div>"""
    page = layout(
        request,
        f"{_title(post)} - {esc(SITE_SHORT)}",
        main,
        canonical=post.url,
        description=description,
        body_class=f"in-post category-{s.cat} type-{post.kind}",
        og_image=first_img,
    )
    return _respond_html(page)


# --- static pages ---------------------------------------------------------------------------

STATIC: dict[str, tuple[str, str, list]] = {
    "/gioi-thieu": (
        "Giới thiệu",
        """<p><strong>Phòng Giáo dục và Đào tạo huyện Hiệp Đức</strong> là cơ quan chuyên môn thuộc UBND huyện Hiệp Đức, có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<h3>Nhiệm vụ và quyền hạn</h3>
<ul>
<li>Trình UBND huyện ban hành quyết định, kế hoạch phát triển giáo dục trên địa bàn;</li>
<li>Hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở thực hiện chương trình, kế hoạch giáo dục;</li>
<li>Tổ chức thực hiện công tác phổ cập giáo dục, xóa mù chữ và xây dựng xã hội học tập.</li>
</ul>
<p>Toàn huyện hiện có 38 trường mầm non, tiểu học, TH&amp;THCS và THCS với hơn 11.200 học sinh và 820 cán bộ, giáo viên, nhân viên.</p>""",
        [],
    ),
    "/gioi-thieu/lanh-dao-phong": (
        "Lãnh đạo phòng",
        """<table class="table" border="1" cellpadding="6">
<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
<tr><td>Nguyễn Hữu Phước</td><td>Trưởng phòng</td><td>0235.3883.115</td></tr>
<tr><td>Lê Văn Bình</td><td>Phó Trưởng phòng</td><td>0235.3883.226</td></tr>
<tr><td>Phạm Thị Hằng</td><td>Phó Trưởng phòng</td><td>0235.3883.227</td></tr>
</table>
<p><img src="/content/images/lanh-dao-phong-2026.jpg" alt="Lãnh đạo phòng" width="600" /></p>""",
        [("/gioi-thieu", "Giới thiệu")],
    ),
    "/lien-he": (
        "Liên hệ",
        """<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HIỆP ĐỨC</strong></p>
<p>Địa chỉ: Khối phố An Mỹ, thị trấn Tân Bình, huyện Hiệp Đức, tỉnh Quảng Nam<br />
Điện thoại: 0235.3883.115 - Fax: 0235.3883.116<br />
Email: <a href="mailto:pgdhiepduc@quangnam.edu.vn">pgdhiepduc@quangnam.edu.vn</a></p>
<p>Giờ làm việc: sáng từ 7h00 đến 11h30, chiều từ 13h30 đến 17h00 các ngày từ thứ Hai đến thứ Sáu.</p>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3838.9!2d108.11!3d15.58" width="100%" height="300" style="border:0;" loading="lazy"></iframe></p>""",
        [],
    ),
    "/van-ban": (
        "Văn bản chỉ đạo điều hành",
        """<table class="table table-bordered" border="1" cellpadding="4">
<thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>
<tr><td>412/TB-PGDĐT</td><td>30/11/2026</td><td>Lịch kiểm tra công tác chuẩn bị Kỳ thi chọn HSG lớp 9 cấp huyện</td><td><a href="/content/files/412-TB-PGDDT.pdf">Tải về</a></td></tr>
<tr><td>401/KH-PGDĐT</td><td>10/11/2026</td><td>Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XII</td><td><a href="/content/files/401-KH-PGDDT.pdf">Tải về</a></td></tr>
<tr><td>395/CV-PGDĐT</td><td>02/11/2026</td><td>V/v báo cáo số liệu đầu năm học 2026-2027</td><td><a href="/content/files/395-CV-PGDDT.pdf">Tải về</a></td></tr>
</tbody>
</table>""",
        [],
    ),
    "/lich-cong-tac": (
        "Lịch công tác tuần 49 (từ 30/11 đến 06/12/2026)",
        """<table class="table table-bordered" border="1" cellpadding="4">
<thead><tr><th>Thứ, ngày</th><th>Buổi</th><th>Nội dung</th><th>Chủ trì</th></tr></thead>
<tbody>
<tr><td>Thứ Hai 30/11</td><td>Sáng</td><td>Giao ban lãnh đạo phòng</td><td>Đ/c Phước</td></tr>
<tr><td>Thứ Ba 01/12</td><td>Cả ngày</td><td>Hội thi GVDG bậc Tiểu học (tiếp)</td><td>Đ/c Hằng</td></tr>
<tr><td>Thứ Tư 02/12</td><td>Sáng</td><td>Dự chuyên đề Toán 6 tại THCS Nguyễn Du</td><td>Đ/c Bình</td></tr>
<tr><td>Thứ Sáu 04/12</td><td>Chiều</td><td>Bế mạc Hội thi GVDG bậc Tiểu học</td><td>Đ/c Phước</td></tr>
</tbody>
</table>
<p><em>Lịch có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên.</em></p>""",
        [],
    ),
}


def static_page(request: Request, path: str) -> Response:
    title, content, parents = STATIC[path]
    crumbs = [(href, esc(label)) for href, label in parents] + [(None, esc(title))]
    main = f"""{_breadcrumb(*crumbs)}
<article class="post type-page hentry">
    <header class="entry-header">
        <h1 class="entry-title">{esc(title)}</h1>
    </header>
    <div class="entry-content">
{content}
    </div>
</article>"""
    return _respond_html(layout(request, f"{esc(title)} - {esc(SITE_SHORT)}", main, canonical=path,
                                description=title, body_class="in-page"))


def rss(request: Request) -> Response:
    base = base_url(request)
    items = []
    for p in POSTS[:10]:
        body, _ = render_body(p.story)
        w = p.when
        pub = w.strftime("%a, %d %b %Y %H:%M:%S +0700")
        items.append(
            f"<item><title>{_title(p)}</title><link>{base}{p.url}</link><guid>{base}{p.url}</guid>"
            f"<pubDate>{pub}</pubDate><description>{esc(body)}</description></item>"
        )
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{esc(SITE_SHORT)}</title><link>{base}/</link>"
        "<description>Trang thông tin điện tử Phòng GD&amp;ĐT huyện Hiệp Đức</description>"
        + "".join(items) + "</channel></rss>"
    )
    return Response(200, feed, {"Content-Type": "application/rss+xml; charset=utf-8"})


FILES = {"/content/files/412-TB-PGDDT.pdf", "/content/files/401-KH-PGDDT.pdf", "/content/files/395-CV-PGDDT.pdf"}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/content/images/", "/themes/", "/system/")) or path == "/favicon.ico":
            return static_file(path)
        if path in FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /admin\nDisallow: /login\nDisallow: /search/\n",
                            {"Content-Type": "text/plain"})
        if path in ("/feed/rss", "/feed"):
            return rss(request)
        if path in ("/", "/index.php"):
            return home(request)
        parts = path.strip("/").split("/")
        if path.endswith("/") and path != "/":
            return None
        if len(parts) == 2 and parts[0] == "category":
            return category_page(request, parts[1])
        if len(parts) == 2 and parts[0] == "tag":
            return tag_page(request, parts[1])
        if len(parts) == 2 and parts[0] == "archive":
            return archive_page(request, parts[1])
        if len(parts) == 2 and parts[0] == "search":
            return search_page(request, parts[1])
        if len(parts) == 2 and parts[0] == "post":
            post = BY_SLUG.get(parts[1])
            return post_page(request, post) if post else None
        if len(parts) == 3 and path in BY_URL:
            return post_page(request, BY_URL[path])
        if path in STATIC:
            return static_page(request, path)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story, alt: list[str] | None = None) -> dict:
    post = BY_SLUG[story.slug]
    return gold_record(story, post.url, CATEGORIES[story.cat][0], canonical_path=post.url,
                       alt_paths=alt or [])


GOLD = [
    _gold(A1),
    _gold(A2),
    _gold(A3),
    _gold(A4),
    _gold(A5),
    _gold(A6),
    _gold(A7, [f"/post/{A7_SLUG}"]),
    _gold(A8, [f"/post/{A8_SLUG}"]),
    _gold(A9),
    _gold(A10),
    _gold(A11),
    _gold(A12, [f"/2026/10/{A12_SLUG}?fbclid={A12_FBCLID}"]),
    _gold(A13, [f"/post/{A13_SLUG}"]),
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/lanh-dao-phong",
    "/lien-he",
    "/van-ban",
    "/lich-cong-tac",
    BY_SLUG[VIDEO.slug].url,
]
