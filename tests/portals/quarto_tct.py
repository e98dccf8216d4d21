"""Quarto (Posit) website of a provincial political school's research bulletin, on GitHub Pages.

Platform
    A Quarto 1.5 website project (``_quarto.yml`` with ``lang: vi``) built by a lecturer of the
    Khoa Lý luận cơ sở for the "Bản tin Khoa học - Tin tức" of Trường Chính trị Trần Phú tỉnh Hà
    Tĩnh: generated static HTML served the GitHub Pages way (``/x/`` answers with ``/x/index.html``,
    ``/x`` is a 301 to ``/x/``, query strings are ignored). Bootstrap navbar with drop-downs, a
    docked sidebar ("Đọc nhiều", "Liên kết", a hand-written visitor counter and poll), a margin TOC
    ("Mục lục"), Quarto listings (grid, default, table), Quarto's title block, figures with
    lightbox, callouts, footnotes/citeproc appendix, and the ``quarto-social-share`` extension.
    The lecturer translated only some of Quarto's labels (``Tác giả``, ``Ngày đăng``, ``Cập nhật``,
    ``Mục lục``, ``Chú thích``, ``Tóm tắt``); ``Authors``, ``Affiliation``, ``Reuse``,
    ``Citation``, ``Note``, ``No matching items``, ``min`` stay English.

URL scheme
    /                        home (= /index.html): grid listing of the 6 newest posts, table
                             listing of the 3 newest research posts, "Xem tất cả bài viết"
    /posts.html              the full listing (type default, categories in the margin); the
                             navbar's "Chuyên mục" items are /posts.html#category=<name>
    /posts/<yyyy-mm-dd-slug>/index.html   a post (also /posts/<slug>/; /posts/<slug> -> 301)
    /posts/<slug>/<file>.jpg images of the post (relative ``src="anh-1.jpg"``)
    /about.html /co-cau-to-chuc.html /lien-he.html /van-ban.html /lich-giang.html
    /thu-vien-anh.html /video.html     plain Quarto pages (not articles)
    /posts.xml (RSS) /sitemap.xml /search.json     Quarto's generated companions
    /tai-lieu/<file>.pdf     documents

Templates
    Post: include-before-body strip with today's date, navbar, Quarto announcement bar, docked
    sidebar, ``<main>`` holding the default-style title block (categories chips, description,
    author/affiliation grid, "Ngày đăng"/"Cập nhật", abstract "Tóm tắt", keywords "Từ khóa"),
    then the text, the share bar, then ``#quarto-appendix`` (Chú thích / Tài liệu tham khảo /
    Reuse / Citation); page navigation (prev/next) for the posts that are in the sidebar; footer.
    Listing pages carry all their items in the static HTML (list.js paginates in the browser).

How each gold article is reached
    All 13 are items of /posts.html (linked from every navbar and from the home page's "Xem tất
    cả bài viết"); list.js shows 6 per page, so in a browser the 7 oldest are on pages 2-3, and the
    home page shows only the 6 newest (plus 3 research posts in its table). Some are also linked
    from the sidebar "Đọc nhiều", from other posts' "Xem thêm"/"Bài viết liên quan" lines (in the
    short /posts/<slug>/ form, once with ``?fbclid=…``) and from /search.json.

Traps
    1. Off-host canonical: ``site-url`` still names the lecturer's old GitHub Pages address, so
       ``<link rel="canonical">``, ``og:url``, ``citation_fulltext_html_url``, the share links,
       the citation appendix, /sitemap.xml and /posts.xml all point to
       https://lmhue-tct.github.io/bantin/… Gold: path and canonical_path are this host's
       /posts/<slug>/index.html; nothing off host is an article URL.
    2. One post, three addresses: /posts/<slug>/index.html (listings), /posts/<slug>/ (links typed
       by hand) and, once, /posts/<slug>/?fbclid=… (a link pasted from Facebook; GitHub Pages
       ignores the query). Gold: one record each, the others in alt_paths; /posts/<slug> is a 301.
    3. Quarto ``aliases:`` stub: a renamed post left /posts/2026-11-18-hoi-thao-cap-truong/, a 200
       page titled "Redirect" whose only content is a ``window.location.replace`` script; the
       sidebar "Đọc nhiều" and an older post's related list still link it. Gold: neither an
       article nor a non-article; the real post is reached through the listings.
    4. The appendix inside ``<main>``: after the share bar, ``#quarto-appendix`` holds "Chú thích"
       (footnotes) or "Tài liệu tham khảo" (citeproc) — the text's own, so body — and "Reuse"
       (licence) and "Citation" (BibTeX, "For attribution…", the title and an English date again)
       — not body. Footnote calls are bare superscripts (``XIII<sup>2</sup>``): no text; the
       back-links ``↩︎`` are no text either.
    5. Default byline from ``posts/_metadata.yml``: every news post's title block says "Tác giả:
       Ban Biên tập" (nobody); the real byline is a right-aligned closing paragraph ("Tin, ảnh:
       Hoàng Anh", "Tin: Minh Đức - Ảnh: Thu Trang", a unit "Phòng Quản lý đào tạo - NCKH", a
       name with its unit in brackets, a name then "Nguồn: Báo Hà Tĩnh"). Research posts print
       degrees ("ThS.", "TS.", "NCS.", "PGS, TS.") and an "Affiliation" column: names only.
    6. Dates in three formats and a decoy or two: title block "Ngày đăng" in dayjs's Vietnamese
       long form "1 tháng 12 năm 2026" (or "HH:mm, DD/MM/YYYY" where a post sets it, once
       "00:00, 27/11/2026" = a day), a later "Cập nhật"; listings print "3 Thg 12 2026"; slugs
       carry the folder's creation day, not the publication day (2026-11-28-… is dated 27/11);
       the footer's build stamp "Cập nhật lúc 06:15, 05/12/2026" and the header's today are on
       every page. The official notice is dated by its letterhead (30/11) though Quarto prints
       and stamps 2 tháng 12.
    7. The sidebar gives breadcrumbs: posts listed in "Đọc nhiều" get the breadcrumb "Đọc nhiều >
       title" and prev/next links classed ``pagination-link`` naming other posts; categories
       chips may start with a tag the menu does not list ("Hội thảo", before "Tin tức - Sự
       kiện"). Gold category: the chip that is a menu section.
    8. Figures: Quarto cross-reference captions "Hình&nbsp;1: …" (kept as printed), captions
       printed in the margin column (``fig-cap-location: margin``), a caption wrapped in
       parentheses, a caption that only credits the photographer ("Ảnh: Trần Hậu": caption None,
       a photographer), an image with alt text only; every photo is wrapped in a lightbox ``<a
       href>`` to itself; listing thumbnails are not photos of the text.
    9. Chrome inside ``<main>``: the margin TOC "Mục lục" repeating the headings, a hand-typed
       "Bài viết liên quan:" bold line with a plain ``<ul>`` of links, a "Xem thêm:" line, a tip
       callout titled "Xem thêm" with links, a callout whose default label "Note" is untranslated,
       the keywords block "Từ khóa". None is body; the note's content and a custom-titled
       callout (title and content) are.
    10. Decomposed text: one research post was pasted from a Mac and is NFD throughout (title,
       abstract, text); gold is NFC.
    11. Client-side listing: /posts.html carries all items with an empty ``<ul
       class="pagination"></ul>`` (``page: 6`` for list.js), and ``#category=`` links are the
       same document; a listing's auto excerpt or ``og:description`` is no sapo.

Gold decisions on ambiguous points
    - Sapo: Quarto's ``description`` (title block ``div.description``) and a research post's
      abstract ("Tóm tắt" block) are printed as their own element: summary, and the body's first
      paragraph. A bold first paragraph is the sapo too. The label "Tóm tắt" is not text.
    - Headings with ``number-sections`` read "1 Tư tưởng …" (number, space, text) as printed.
    - Figure captions keep Quarto's "Hình 1: " label; a table caption ("Bảng 1: …") is a caption,
      not body; the table's rows are (cells joined by " | "), its header row included.
    - Hand-typed references ("[1] Bộ Chính trị…") under a typed "Tài liệu tham khảo" heading are
      body like citeproc's; a bracket call "[1]" stays in its sentence.
    - A blockquote with a ``<br>`` is two paragraphs.
    - Official notice: letterhead table, "THÔNG BÁO"/"Về việc…" lines, "Nơi nhận" and the signing
      block are not body; the "Căn cứ…" lines and the numbered sections are; the signer is the
      author; the attachment line is not body.
    - "Nguồn: Báo Hà Tĩnh" and a closing "Theo Tạp chí Cộng sản" are sources; the body sentences
      starting "Theo Người, …" and "Theo kết quả khảo sát…" are text.
    - A unit signing alone is the author as printed; the appended unit in "Thanh Bình (Khoa Lý
      luận cơ sở)" is dropped.
"""

from __future__ import annotations

import base64
import calendar
import html as _html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Story, base_url, esc, gold_record, static_file

NAME = "quarto_tct"
PLATFORM = "Quarto (Posit) website with blog listings (static HTML on GitHub Pages)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
BUILD_STAMP = "06:15, 05/12/2026"
SITE_TITLE = "Bản tin Khoa học - Tin tức"
SCHOOL = "Trường Chính trị Trần Phú tỉnh Hà Tĩnh"
OLD_SITE = "https://lmhue-tct.github.io/bantin"
GENERATOR = "quarto-1.5.57"

NEWS = "Tin tức - Sự kiện"
RESEARCH = "Nghiên cứu - Trao đổi"
TRAINING = "Đào tạo - Bồi dưỡng"
NOTICE = "Thông báo"
MENU_CATS = [NEWS, RESEARCH, TRAINING, NOTICE]

ALIAS_SLUG = "2026-11-18-hoi-thao-cap-truong"
ALIAS_TARGET = "2026-11-19-hoi-thao-khoa-hoc-cap-truong"
FBCLID = "?fbclid=IwZXh0bgNhZW0CMTEAAR0qTct7xR2vK9bLmQ_aem_Qm5hV0x"


# --- the posts ------------------------------------------------------------------------------


@dataclass
class Post:
    """One Quarto post: its front matter, its text in a small source form, and the gold fields.

    Source blocks (tuples): ("p", s) ("lead", s) ("h2", s) ("h3", s) ("ul", [s]) ("ol", [s])
    ("quote", s) ("lines", [s]) ("table", caption|None, [head], [[row]]) ("fig", src, printed,
    caption, mode) ("panel", [(src, printed, caption)]) ("callout", kind, title, title_is_text,
    [s]) ("right", s) ("seemore", s) ("related", [(label, href)]) ("raw", html).
    Inline marks: **bold**, *italic*, [label](href), [^n] (footnote call, no text),
    {cite:key|prefix|label|suffix} (citeproc citation, its text kept).
    """

    n: int
    slug: str
    title: str
    chips: list[str]
    category: str
    date: str
    shown: str
    published_at: str | None
    blocks: list[tuple]
    byline: list[tuple[str, str | None]] = field(default_factory=lambda: [("Ban Biên tập", None)])
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    source: str | None = None
    modified: str | None = None
    description: str | None = None
    abstract: str | None = None
    keywords: str | None = None
    lead: bool = False
    footnotes: list[str] = field(default_factory=list)
    refs: list[tuple[str, str]] = field(default_factory=list)
    numbered: bool = False
    nfd: bool = False
    extra_alt: list[str] = field(default_factory=list)
    email: str | None = None


POSTS: list[Post] = [
    Post(
        n=1,
        slug="2026-12-04-hoi-nghi-vien-chuc-nam-2027",
        title="Hội nghị cán bộ, viên chức, người lao động Trường Chính trị Trần Phú năm 2027",
        chips=[NEWS],
        category=NEWS,
        date="2026-12-04",
        shown="14:30, 04/12/2026",
        modified="08:10, 05/12/2026",
        published_at="2026-12-04T14:30:00+07:00",
        description=(
            "Chiều 04/12, Trường Chính trị Trần Phú tổ chức Hội nghị cán bộ, viên chức, người lao "
            "động năm 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026, bàn giải pháp thực "
            "hiện nhiệm vụ chính trị năm 2027."
        ),
        authors=["Hoàng Anh"],
        photographers=["Hoàng Anh"],
        blocks=[
            ("fig", "anh-1.jpg", "Quang cảnh Hội nghị", "Quang cảnh Hội nghị", "plain"),
            (
                "p",
                "Dự Hội nghị có đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo và Dân vận "
                "Tỉnh ủy, Công đoàn Viên chức tỉnh cùng toàn thể cán bộ, viên chức, người lao động "
                "Nhà trường.",
            ),
            (
                "p",
                "Năm 2026, trong bối cảnh vận hành mô hình chính quyền địa phương hai cấp, Nhà trường "
                "đã chủ động điều chỉnh chương trình, kế hoạch đào tạo, bồi dưỡng; mở 14 lớp Trung "
                "cấp lý luận chính trị với 1.126 học viên, 37 lớp bồi dưỡng cho 3.850 lượt cán bộ, "
                "đảng viên cấp xã. Công tác nghiên cứu khoa học có nhiều chuyển biến với 2 đề tài "
                "cấp tỉnh, 11 đề tài cấp cơ sở được nghiệm thu.",
            ),
            (
                "p",
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm 2026, phương hướng nhiệm vụ "
                "năm 2027; báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh tra nhân dân "
                "và thông qua Quy chế chi tiêu nội bộ sửa đổi. Năm 2027, Nhà trường đặt mục tiêu:",
            ),
            (
                "ul",
                [
                    "Hoàn thành 100% kế hoạch đào tạo, bồi dưỡng được Ban Thường vụ Tỉnh ủy giao;",
                    "Mỗi giảng viên thực hiện ít nhất 01 bài giảng có ứng dụng công nghệ số;",
                    "Giữ vững danh hiệu trường chính trị chuẩn theo Quy định số 09-QĐi/TW.",
                ],
            ),
            (
                "fig",
                "anh-2.jpg",
                "Đồng chí Hiệu trưởng Trần Thị Hồng Minh phát biểu kết luận Hội nghị",
                "Đồng chí Hiệu trưởng Trần Thị Hồng Minh phát biểu kết luận Hội nghị",
                "plain",
            ),
            (
                "p",
                "Phát biểu kết luận Hội nghị, đồng chí Hiệu trưởng Trần Thị Hồng Minh đề nghị các "
                "khoa, phòng tiếp tục đổi mới nội dung, phương pháp giảng dạy gắn với thực tiễn cơ "
                "sở; nâng cao chất lượng đội ngũ giảng viên; thực hiện nghiêm kỷ luật, kỷ cương hành "
                "chính.",
            ),
            (
                "p",
                "Dịp này, Nhà trường đã khen thưởng 9 tập thể, 26 cá nhân có thành tích xuất sắc "
                "trong thực hiện nhiệm vụ năm 2026.",
            ),
            ("right", "**Tin, ảnh: Hoàng Anh**"),
        ],
    ),
    Post(
        n=2,
        slug="2026-12-02-thong-bao-tuyen-sinh-trung-cap-llct-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
        chips=[NOTICE],
        category=NOTICE,
        date="2026-12-02",
        shown="2 tháng 12 năm 2026",
        published_at="2026-11-30",
        authors=["Nguyễn Văn Hòa"],
        blocks=[
            (
                "raw",
                '<table class="caption-top table" style="border:none">\n<colgroup>\n'
                '<col style="width: 42%">\n<col style="width: 58%">\n</colgroup>\n<tbody>\n'
                '<tr class="odd">\n<td style="text-align: center;">TỈNH ỦY HÀ TĨNH<br>\n'
                "<strong>TRƯỜNG CHÍNH TRỊ TRẦN PHÚ</strong><br>\n*</td>\n"
                '<td style="text-align: center;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong>'
                "</td>\n</tr>\n"
                '<tr class="even">\n<td style="text-align: center;">Số 215-TB/TCT</td>\n'
                '<td style="text-align: right;"><em>Hà Tĩnh, ngày 30 tháng 11 năm 2026</em></td>\n'
                "</tr>\n</tbody>\n</table>\n"
                '<p style="text-align: center"><strong>THÔNG BÁO</strong><br>\n'
                "<strong>Về việc tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung "
                "năm 2027</strong></p>",
            ),
            (
                "p",
                "Căn cứ Kế hoạch số 86-KH/TU ngày 15/10/2026 của Ban Thường vụ Tỉnh ủy về đào tạo, "
                "bồi dưỡng cán bộ năm 2027;",
            ),
            (
                "p",
                "Căn cứ chức năng, nhiệm vụ được giao, Trường Chính trị Trần Phú thông báo tuyển "
                "sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027 như sau:",
            ),
            ("p", "**1. Đối tượng, tiêu chuẩn**"),
            (
                "ul",
                [
                    "Cán bộ, công chức cấp xã; cán bộ, viên chức các cơ quan, đơn vị cấp tỉnh chưa "
                    "có trình độ trung cấp lý luận chính trị;",
                    "Là đảng viên chính thức, có thời gian công tác từ 03 năm trở lên;",
                    "Tuổi đời không quá 45 đối với nam, 40 đối với nữ tính đến thời điểm nhập học.",
                ],
            ),
            ("p", "**2. Hồ sơ dự tuyển**"),
            (
                "ul",
                [
                    "Quyết định hoặc công văn cử đi học của cơ quan có thẩm quyền;",
                    "Bản sao bằng tốt nghiệp trung học phổ thông trở lên (có chứng thực);",
                    "Bản sao quyết định công nhận đảng viên chính thức, 02 ảnh cỡ 3x4.",
                ],
            ),
            ("p", "**3. Thời gian, địa điểm nhận hồ sơ**"),
            (
                "p",
                "Hồ sơ gửi về Phòng Quản lý đào tạo - Nghiên cứu khoa học, Trường Chính trị Trần Phú "
                "(số 2 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh) trước ngày 31/12/2026. Lớp "
                "học dự kiến khai giảng vào tháng 02/2027.",
            ),
            (
                "p",
                "Mọi chi tiết xin liên hệ đồng chí Lê Văn Tuấn, Phòng Quản lý đào tạo - Nghiên cứu "
                "khoa học, điện thoại 0239.3855.216.",
            ),
            (
                "raw",
                '<table class="caption-top table" style="border:none">\n<tbody>\n'
                '<tr class="odd">\n<td style="text-align: left;"><strong><em>Nơi nhận:</em>'
                "</strong><br>\n- Ban Tổ chức Tỉnh ủy;<br>\n- Đảng ủy các xã, phường;<br>\n"
                "- Các sở, ban, ngành, đoàn thể cấp tỉnh;<br>\n- Lưu: VT, QLĐT.</td>\n"
                '<td style="text-align: center;"><strong>K/T HIỆU TRƯỞNG<br>\nPHÓ HIỆU TRƯỞNG'
                "</strong><br>\n<br>\n<em>(Đã ký)</em><br>\n<br>\n<strong>Nguyễn Văn Hòa</strong>"
                "</td>\n</tr>\n</tbody>\n</table>",
            ),
            (
                "raw",
                '<p>📎 Tệp đính kèm: <a href="../../tai-lieu/215-TB-TCT.pdf">215-TB-TCT.pdf</a> '
                "(312 KB)</p>",
            ),
        ],
    ),
    Post(
        n=3,
        slug="2026-12-01-van-dung-tu-tuong-ho-chi-minh-ve-cong-tac-can-bo",
        title=(
            "Vận dụng tư tưởng Hồ Chí Minh về công tác cán bộ trong xây dựng đội ngũ cán bộ cấp xã "
            "sau sắp xếp đơn vị hành chính"
        ),
        chips=[RESEARCH, "Hồ Chí Minh"],
        category=RESEARCH,
        date="2026-12-01",
        shown="1 tháng 12 năm 2026",
        modified="4 tháng 12 năm 2026",
        published_at="2026-12-01",
        byline=[("ThS. Phan Thị Thu Hà", "Khoa Xây dựng Đảng")],
        authors=["Phan Thị Thu Hà"],
        abstract=(
            "Bài viết làm rõ những quan điểm cơ bản của Chủ tịch Hồ Chí Minh về công tác cán bộ; "
            "đánh giá thực trạng đội ngũ cán bộ cấp xã ở tỉnh Hà Tĩnh sau khi sắp xếp đơn vị hành "
            "chính và vận hành mô hình chính quyền địa phương hai cấp, từ đó đề xuất một số giải "
            "pháp xây dựng đội ngũ cán bộ cấp xã đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới."
        ),
        keywords=(
            "tư tưởng Hồ Chí Minh; công tác cán bộ; cán bộ cấp xã; chính quyền địa phương hai cấp"
        ),
        numbered=True,
        blocks=[
            ("h2", "Tư tưởng Hồ Chí Minh về công tác cán bộ"),
            (
                "p",
                "Chủ tịch Hồ Chí Minh luôn đặc biệt coi trọng vai trò của cán bộ và công tác cán bộ. "
                "Người khẳng định:",
            ),
            (
                "quote",
                "“Cán bộ là cái gốc của mọi công việc. Vì vậy, huấn luyện cán bộ là công việc gốc "
                "của Đảng”[^1].",
            ),
            (
                "p",
                "Theo Người, công tác cán bộ bao gồm nhiều khâu có quan hệ chặt chẽ với nhau: hiểu "
                "và đánh giá đúng cán bộ; khéo dùng cán bộ; huấn luyện, bồi dưỡng cán bộ; thường "
                "xuyên kiểm tra, giúp đỡ cán bộ và chăm lo đời sống cán bộ. Người đặc biệt lưu ý cán "
                "bộ cơ sở là những người gần gũi nhân dân nhất, trực tiếp đưa chủ trương, chính sách "
                "đến với dân.",
            ),
            ("h2", "Thực trạng đội ngũ cán bộ cấp xã ở Hà Tĩnh sau sắp xếp"),
            (
                "p",
                "Thực hiện Nghị quyết số 60-NQ/TW của Hội nghị Trung ương 11 khóa XIII[^2], từ ngày "
                "01/7/2025, tỉnh Hà Tĩnh tổ chức lại đơn vị hành chính cấp xã, hình thành 69 xã, "
                "phường. Đội ngũ cán bộ, công chức cấp xã được bố trí lại trên cơ sở hợp nhất từ cấp "
                "huyện và cấp xã cũ.",
            ),
            (
                "fig",
                "anh-1.jpg",
                None,
                None,
                "alt:Cán bộ xã tiếp nhận hồ sơ tại Trung tâm phục vụ hành chính công",
            ),
            (
                "p",
                "Kết quả khảo sát 350 cán bộ, công chức cấp xã do Khoa Xây dựng Đảng thực hiện tháng "
                "9/2026 cho thấy 78,6% có trình độ đại học trở lên, 64,3% có trình độ trung cấp lý "
                "luận chính trị trở lên. Tuy vậy, vẫn còn 31,4% cán bộ cho biết gặp khó khăn khi đảm "
                "nhận các nhiệm vụ mới được phân cấp từ cấp huyện trước đây.",
            ),
            ("h2", "Một số giải pháp"),
            (
                "p",
                "*Một là*, đổi mới công tác đánh giá cán bộ theo kết quả, sản phẩm cụ thể, gắn với "
                "mức độ hài lòng của người dân.",
            ),
            (
                "p",
                "*Hai là*, tăng cường bồi dưỡng kiến thức, kỹ năng quản lý nhà nước cho cán bộ cấp "
                "xã, nhất là trong các lĩnh vực đất đai, tài chính, chuyển đổi số.",
            ),
            (
                "p",
                "*Ba là*, thực hiện tốt việc luân chuyển, điều động cán bộ giữa các xã, phường; kịp "
                "thời thay thế những cán bộ yếu về năng lực, uy tín thấp.",
            ),
            (
                "related",
                [
                    (
                        "Một số giải pháp nâng cao hiệu quả đấu tranh phản bác các quan điểm sai "
                        "trái, thù địch trên không gian mạng hiện nay",
                        "../2026-11-06-dau-tranh-phan-bac-quan-diem-sai-trai-tren-khong-gian-mang/",
                    ),
                    (
                        "Hội thảo khoa học cấp trường về chuyển đổi số trong giảng dạy",
                        f"../{ALIAS_SLUG}/",
                    ),
                ],
            ),
        ],
        footnotes=[
            "Hồ Chí Minh: *Toàn tập*, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.",
            "Nghị quyết số 60-NQ/TW ngày 12/4/2025 Hội nghị lần thứ mười một Ban Chấp hành Trung "
            "ương Đảng khóa XIII.",
        ],
    ),
    Post(
        n=4,
        slug="2026-11-28-be-giang-lop-trung-cap-k45",
        title="🎓 Bế giảng lớp Trung cấp lý luận chính trị K45 hệ tập trung",
        chips=[TRAINING, "K45"],
        category=TRAINING,
        date="2026-11-27",
        shown="00:00, 27/11/2026",
        published_at="2026-11-27",
        lead=True,
        authors=["Minh Đức"],
        photographers=["Thu Trang"],
        blocks=[
            (
                "lead",
                "Ngày 27/11, Trường Chính trị Trần Phú tổ chức Lễ bế giảng và trao bằng tốt nghiệp "
                "cho 86 học viên lớp Trung cấp lý luận chính trị K45 hệ tập trung, khóa học 2026.",
            ),
            (
                "p",
                "Sau 6 tháng học tập, các học viên đã hoàn thành chương trình gồm 4 phần học với 19 "
                "học phần theo quy định của Học viện Chính trị quốc gia Hồ Chí Minh. Kết quả, 100% "
                "học viên đủ điều kiện tốt nghiệp, trong đó 27 học viên (31,4%) xếp loại giỏi, 59 "
                "học viên (68,6%) xếp loại khá.",
            ),
            (
                "panel",
                [
                    ("anh-1.jpg", "Quang cảnh Lễ bế giảng", "Quang cảnh Lễ bế giảng"),
                    (
                        "anh-2.jpg",
                        "Trao bằng tốt nghiệp cho các học viên",
                        "Trao bằng tốt nghiệp cho các học viên",
                    ),
                ],
            ),
            (
                "p",
                "Trong quá trình học tập, lớp đã tổ chức chuyến đi nghiên cứu thực tế tại tỉnh Quảng "
                "Trị, viết 86 bài thu hoạch gắn với thực tiễn địa phương, đơn vị; tham gia nhiều hoạt "
                "động văn hóa, văn nghệ, thể dục thể thao do Nhà trường tổ chức.",
            ),
            (
                "p",
                "Phát biểu bế giảng, đồng chí Phó Hiệu trưởng Nguyễn Văn Hòa biểu dương tinh thần "
                "học tập nghiêm túc của học viên, đề nghị mỗi học viên tiếp tục tự học, tự rèn luyện, "
                "vận dụng kiến thức đã học vào thực tiễn công tác tại cơ sở.",
            ),
            ("fig", "anh-3.jpg", "Ảnh: Thu Trang", None, "plain"),
            ("p", "Chúc mừng các đồng chí học viên lớp K45! 🎉"),
            ("right", "**Tin: Minh Đức - Ảnh: Thu Trang**"),
        ],
    ),
    Post(
        n=5,
        slug="2026-11-24-chuyen-doi-so-trong-giang-day-ly-luan-chinh-tri",
        title=(
            "Chuyển đổi số trong giảng dạy lý luận chính trị ở trường chính trị cấp tỉnh: thực "
            "trạng và giải pháp"
        ),
        chips=[RESEARCH, "Chuyển đổi số"],
        category=RESEARCH,
        date="2026-11-24",
        shown="24 tháng 11 năm 2026",
        published_at="2026-11-24",
        byline=[
            ("TS. Nguyễn Đình Long", "Phòng Quản lý đào tạo - Nghiên cứu khoa học"),
            ("NCS. Võ Thị Ngọc Ánh", "Khoa Lý luận cơ sở"),
        ],
        authors=["Nguyễn Đình Long", "Võ Thị Ngọc Ánh"],
        nfd=True,
        abstract=(
            "Chuyển đổi số đang tác động sâu sắc đến hoạt động giảng dạy lý luận chính trị. Trên cơ "
            "sở khảo sát 42 giảng viên và 315 học viên tại Trường Chính trị Trần Phú, bài viết đánh "
            "giá thực trạng ứng dụng công nghệ số trong giảng dạy và đề xuất một số giải pháp trong "
            "thời gian tới."
        ),
        keywords="chuyển đổi số; giảng dạy lý luận chính trị; trường chính trị cấp tỉnh",
        blocks=[
            ("h2", "1. Đặt vấn đề"),
            (
                "p",
                "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa "
                "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia xác định chuyển đổi số là "
                "động lực chính để phát triển nhanh lực lượng sản xuất hiện đại [1]. Đối với các "
                "trường chính trị, chuyển đổi số không chỉ là đổi mới phương tiện mà trước hết là "
                "đổi mới tư duy dạy và học.",
            ),
            ("h2", "2. Thực trạng"),
            (
                "p",
                "Kết quả khảo sát cho thấy phần lớn giảng viên đã sử dụng bài giảng trình chiếu, song "
                "việc khai thác học liệu số, hệ thống quản lý học tập còn hạn chế (Bảng 1).",
            ),
            (
                "table",
                "Bảng 1: Mức độ ứng dụng công nghệ số của giảng viên (n = 42)",
                ["Nội dung", "Thường xuyên", "Thỉnh thoảng", "Chưa sử dụng"],
                [
                    ["Bài giảng trình chiếu", "39", "3", "0"],
                    ["Học liệu số, thư viện điện tử", "14", "21", "7"],
                    ["Hệ thống quản lý học tập (LMS)", "6", "11", "25"],
                    ["Kiểm tra, đánh giá trực tuyến", "9", "17", "16"],
                ],
            ),
            (
                "fig",
                "bieu-do-1.png",
                "Hình 1: Tỷ lệ học viên sử dụng tài liệu số trong học tập",
                "Hình 1: Tỷ lệ học viên sử dụng tài liệu số trong học tập",
                "xref",
            ),
            (
                "p",
                "Về phía học viên, 72,1% cho biết thường xuyên tra cứu văn kiện, tài liệu trên điện "
                "thoại thông minh; tuy nhiên chỉ 18,4% từng tham gia học tập trên nền tảng trực "
                "tuyến của Nhà trường [2].",
            ),
            (
                "callout",
                "note",
                "Note",
                False,
                [
                    "Số liệu khảo sát được thu thập từ tháng 6 đến tháng 8/2026 bằng phiếu hỏi trực "
                    "tuyến, kết hợp phỏng vấn sâu 12 giảng viên."
                ],
            ),
            ("h2", "3. Giải pháp"),
            (
                "ol",
                [
                    "Hoàn thiện hạ tầng số, xây dựng kho học liệu số dùng chung cho các khoa;",
                    "Bồi dưỡng kỹ năng số cho giảng viên, coi đây là tiêu chí đánh giá hằng năm;",
                    "Từng bước triển khai mô hình lớp học kết hợp (blended learning) đối với các lớp "
                    "bồi dưỡng ngắn hạn.",
                ],
            ),
            ("h2", "Tài liệu tham khảo"),
            (
                "p",
                "[1] Bộ Chính trị (2024), *Nghị quyết số 57-NQ/TW ngày 22/12/2024 về đột phá phát "
                "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia*.",
            ),
            (
                "p",
                "[2] Trường Chính trị Trần Phú (2026), *Báo cáo kết quả khảo sát ứng dụng công nghệ "
                "số trong đào tạo, bồi dưỡng*, Hà Tĩnh.",
            ),
        ],
    ),
    Post(
        n=6,
        slug="2026-11-20-mit-tinh-ky-niem-ngay-nha-giao-viet-nam",
        title="Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        chips=[NEWS],
        category=NEWS,
        date="2026-11-20",
        shown="10:45, 20/11/2026",
        published_at="2026-11-20T10:45:00+07:00",
        lead=True,
        authors=["Hoàng Anh"],
        photographers=["Hoàng Anh"],
        blocks=[
            (
                "lead",
                "Sáng 20/11, Trường Chính trị Trần Phú long trọng tổ chức mít tinh kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam. Đến dự có các đồng chí nguyên lãnh đạo Nhà trường qua các "
                "thời kỳ và toàn thể cán bộ, giảng viên, học viên đang học tập tại Trường.",
            ),
            (
                "p",
                "Ôn lại truyền thống của ngành Giáo dục và của Nhà trường, đồng chí Hiệu trưởng Trần "
                "Thị Hồng Minh nhấn mạnh: năm qua, đội ngũ giảng viên đã không ngừng đổi mới phương "
                "pháp giảng dạy, tích cực đi thực tế cơ sở; nhiều giảng viên đạt kết quả cao tại Hội "
                "thi giảng viên dạy giỏi.",
            ),
            (
                "lines",
                ["“Người thầy lặng lẽ gieo hạt giữa đời,", "Cho mùa sau lúa trổ bông vàng.”"],
            ),
            (
                "p",
                "Những vần thơ do học viên lớp Trung cấp lý luận chính trị K46 sáng tác đã nói hộ "
                "tình cảm tri ân của nhiều thế hệ học viên đối với thầy cô.",
            ),
            (
                "fig",
                "anh-1.jpg",
                "(Ban Giám hiệu tặng hoa chúc mừng các nhà giáo lão thành)",
                "Ban Giám hiệu tặng hoa chúc mừng các nhà giáo lão thành",
                "plain",
            ),
            (
                "p",
                "Dịp này, Nhà trường tặng giấy khen cho 12 giảng viên đạt thành tích xuất sắc trong "
                "Hội thi giảng viên dạy giỏi cấp trường năm 2026.",
            ),
            (
                "seemore",
                "Xem thêm: [Hội thảo khoa học cấp trường “Nâng cao chất lượng giảng dạy lý luận "
                "chính trị trong bối cảnh chuyển đổi số”](../2026-11-19-hoi-thao-khoa-hoc-cap-truong/)",
            ),
            ("right", "**Tin, ảnh: Hoàng Anh**"),
        ],
    ),
    Post(
        n=7,
        slug=ALIAS_TARGET,
        title=(
            "Hội thảo khoa học cấp trường “Nâng cao chất lượng giảng dạy lý luận chính trị trong "
            "bối cảnh chuyển đổi số”"
        ),
        chips=["Hội thảo", NEWS],
        category=NEWS,
        date="2026-11-19",
        shown="16:45, 19/11/2026",
        published_at="2026-11-19T16:45:00+07:00",
        description=(
            "Ngày 19/11, Trường Chính trị Trần Phú tổ chức Hội thảo khoa học cấp trường với 24 "
            "tham luận của giảng viên, cán bộ quản lý và các nhà khoa học."
        ),
        authors=["Phòng Quản lý đào tạo - NCKH"],
        photographers=["Trần Hậu"],
        blocks=[
            (
                "fig",
                "anh-1.jpg",
                "Hình 1: Đồng chí Phó Hiệu trưởng Nguyễn Văn Hòa phát biểu đề dẫn Hội thảo",
                "Hình 1: Đồng chí Phó Hiệu trưởng Nguyễn Văn Hòa phát biểu đề dẫn Hội thảo",
                "xref",
            ),
            (
                "p",
                "Phát biểu đề dẫn, đồng chí Phó Hiệu trưởng Nguyễn Văn Hòa khẳng định chuyển đổi số "
                "vừa là thời cơ vừa là thách thức đối với hoạt động giảng dạy lý luận chính trị, đòi "
                "hỏi mỗi giảng viên phải chủ động làm chủ công nghệ, đổi mới cách tiếp cận người học.",
            ),
            (
                "p",
                "Các tham luận tập trung làm rõ cơ sở lý luận, thực trạng ứng dụng công nghệ số tại "
                "Nhà trường; chia sẻ kinh nghiệm xây dựng bài giảng điện tử, sử dụng trí tuệ nhân tạo "
                "hỗ trợ soạn giảng, đồng thời chỉ ra những nguy cơ về an ninh thông tin, bản quyền "
                "học liệu.",
            ),
            ("fig", "anh-2.jpg", "Ảnh: Trần Hậu", None, "plain"),
            (
                "p",
                "Hội thảo thống nhất 5 nhóm giải pháp, trong đó nhấn mạnh việc xây dựng kho học liệu "
                "số dùng chung và bồi dưỡng kỹ năng số cho đội ngũ giảng viên. Kết quả Hội thảo sẽ "
                "được tập hợp thành kỷ yếu, phục vụ công tác giảng dạy và nghiên cứu.",
            ),
            (
                "seemore",
                "Xem thêm: [Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa học "
                f"2026 - 2028 tại Hà Tĩnh](../2026-10-30-khai-giang-lop-cao-cap-llct/{FBCLID})",
            ),
            ("right", "**Phòng Quản lý đào tạo - NCKH**"),
        ],
    ),
    Post(
        n=8,
        slug="2026-11-13-ket-qua-hoi-thi-giang-vien-day-gioi",
        title="Thông báo kết quả Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        chips=[NOTICE],
        category=NOTICE,
        date="2026-11-13",
        shown="13 tháng 11 năm 2026",
        modified="16 tháng 11 năm 2026",
        published_at="2026-11-13",
        authors=["Phòng Tổ chức - Hành chính"],
        blocks=[
            (
                "p",
                "Căn cứ kết quả chấm thi của Ban Giám khảo, Hội đồng Hội thi giảng viên dạy giỏi cấp "
                "trường năm 2026 thông báo kết quả như sau:",
            ),
            (
                "table",
                None,
                ["TT", "Họ và tên", "Khoa", "Bài giảng", "Xếp loại"],
                [
                    [
                        "1",
                        "Nguyễn Thị Thanh Huyền",
                        "Lý luận cơ sở",
                        "Quan điểm của chủ nghĩa Mác - Lênin về giai cấp và đấu tranh giai cấp",
                        "Giỏi",
                    ],
                    [
                        "2",
                        "Phạm Quốc Việt",
                        "Xây dựng Đảng",
                        "Công tác kiểm tra, giám sát và kỷ luật của Đảng",
                        "Giỏi",
                    ],
                    [
                        "3",
                        "Trần Thị Mai Anh",
                        "Nhà nước và pháp luật",
                        "Tổ chức và hoạt động của chính quyền địa phương hai cấp",
                        "Giỏi",
                    ],
                    [
                        "4",
                        "Đặng Văn Cường",
                        "Dân vận",
                        "Công tác dân vận của chính quyền cấp xã",
                        "Khá",
                    ],
                ],
            ),
            (
                "p",
                "Nhà trường chúc mừng các giảng viên đạt kết quả cao; đề nghị các khoa tiếp tục nhân "
                "rộng kinh nghiệm, đưa các bài giảng đạt loại giỏi vào kho học liệu số của Nhà "
                "trường.",
            ),
            (
                "p",
                "*Danh sách trên đã được điều chỉnh ngày 16/11/2026 do sai sót họ tên giảng viên ở "
                "dòng số 3.*",
            ),
            ("right", "**Phòng Tổ chức - Hành chính**"),
        ],
    ),
    Post(
        n=9,
        slug="2026-11-06-dau-tranh-phan-bac-quan-diem-sai-trai-tren-khong-gian-mang",
        title=(
            "Một số giải pháp nâng cao hiệu quả đấu tranh phản bác các quan điểm sai trái, thù địch "
            "trên không gian mạng hiện nay"
        ),
        chips=[RESEARCH, "Bảo vệ nền tảng tư tưởng"],
        category=RESEARCH,
        date="2026-11-06",
        shown="6 tháng 11 năm 2026",
        published_at="2026-11-06",
        byline=[("ThS. Lê Thị Minh Huệ", "Khoa Lý luận cơ sở")],
        email="lmhue@tct.hatinh.gov.vn",
        authors=["Lê Thị Minh Huệ"],
        description=(
            "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng là nhiệm vụ thường xuyên, cấp "
            "bách. Bài viết đề xuất một số giải pháp phù hợp với vai trò của trường chính trị cấp "
            "tỉnh."
        ),
        blocks=[
            ("h2", "Nhận diện các quan điểm sai trái trên không gian mạng"),
            (
                "p",
                "Lợi dụng tính phổ biến, tốc độ lan truyền nhanh của mạng xã hội, các thế lực thù "
                "địch không ngừng xuyên tạc chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, phủ nhận vai "
                "trò lãnh đạo của Đảng {cite:dcsvn2021|(|Đảng Cộng sản Việt Nam 2021|, 1:46)}.",
            ),
            (
                "p",
                "Thủ đoạn phổ biến hiện nay là cắt ghép thông tin, dựng video giả mạo bằng trí tuệ "
                "nhân tạo, lợi dụng các sự kiện chính trị, các vụ việc tiêu cực để kích động, gây "
                "hoài nghi trong cán bộ, đảng viên và nhân dân.",
            ),
            (
                "callout",
                "important",
                "Nghị quyết số 35-NQ/TW xác định",
                True,
                [
                    "Bảo vệ nền tảng tư tưởng của Đảng là nhiệm vụ hệ trọng, sống còn của cách mạng "
                    "Việt Nam; là nhiệm vụ thường xuyên, cấp bách của cả hệ thống chính trị "
                    "{cite:bct2018|(|Bộ Chính trị 2018|)}."
                ],
            ),
            ("h2", "Giải pháp đối với trường chính trị cấp tỉnh"),
            (
                "p",
                "*Thứ nhất*, lồng ghép nội dung đấu tranh phản bác quan điểm sai trái vào các chương "
                "trình đào tạo, bồi dưỡng; chú trọng phân tích các tình huống cụ thể nảy sinh ở địa "
                "phương.",
            ),
            (
                "p",
                "*Thứ hai*, xây dựng đội ngũ cộng tác viên là giảng viên, học viên tham gia viết bài, "
                "chia sẻ thông tin tích cực trên các nền tảng số.",
            ),
            (
                "p",
                "*Thứ ba*, phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy bồi dưỡng kỹ năng nhận diện "
                "tin giả cho cán bộ cấp xã.",
            ),
            (
                "callout",
                "tip",
                "Xem thêm",
                False,
                [
                    "[Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích "
                    "cực của người học](../2026-10-22-doi-moi-phuong-phap-giang-day-ly-luan-chinh-tri/)",
                    "[Chuyên mục Bảo vệ nền tảng tư tưởng của Đảng - Tạp chí Cộng sản]"
                    "(https://www.tapchicongsan.org.vn/web/guest/bao-ve-nen-tang-tu-tuong-cua-dang)",
                ],
            ),
        ],
        refs=[
            (
                "bct2018",
                "Bộ Chính trị. 2018. *Nghị quyết số 35-NQ/TW ngày 22/10/2018 về tăng cường bảo vệ "
                "nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch "
                "trong tình hình mới*.",
            ),
            (
                "dcsvn2021",
                "Đảng Cộng sản Việt Nam. 2021. *Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII*. "
                "Hà Nội: Nxb. Chính trị quốc gia Sự thật.",
            ),
        ],
    ),
    Post(
        n=10,
        slug="2026-10-30-khai-giang-lop-cao-cap-llct",
        title="Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa học 2026 - 2028 tại Hà Tĩnh",
        chips=[TRAINING],
        category=TRAINING,
        date="2026-10-30",
        shown="14:00, 30/10/2026",
        published_at="2026-10-30T14:00:00+07:00",
        description=(
            "Chiều 30/10, Học viện Chính trị quốc gia Hồ Chí Minh phối hợp với Trường Chính trị Trần "
            "Phú khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung cho 112 học viên là cán "
            "bộ chủ chốt các sở, ban, ngành và các xã, phường trên địa bàn tỉnh."
        ),
        authors=["Thanh Bình"],
        photographers=["Hoàng Anh"],
        extra_alt=[f"/posts/2026-10-30-khai-giang-lop-cao-cap-llct/{FBCLID}"],
        blocks=[
            (
                "fig",
                "anh-1.jpg",
                "Các đại biểu thực hiện nghi lễ chào cờ tại Lễ khai giảng",
                "Các đại biểu thực hiện nghi lễ chào cờ tại Lễ khai giảng",
                "margin",
            ),
            (
                "p",
                "Lớp học gồm 112 học viên, trong đó có 38 học viên nữ; nhiều học viên là bí thư đảng "
                "ủy, chủ tịch Ủy ban nhân dân các xã, phường được kiện toàn sau sắp xếp đơn vị hành "
                "chính. Trong thời gian 2 năm, học viên sẽ nghiên cứu 4 khối kiến thức theo chương "
                "trình của Học viện.",
            ),
            (
                "p",
                "Phát biểu tại lễ khai giảng, đại diện lãnh đạo Học viện đề nghị học viên phát huy "
                "tinh thần tự học, tự nghiên cứu; gắn lý luận với thực tiễn lãnh đạo, quản lý ở địa "
                "phương, đơn vị; chấp hành nghiêm quy chế học tập.",
            ),
            (
                "fig",
                "anh-2.jpg",
                "Đồng chí Hiệu trưởng Trần Thị Hồng Minh trao quyết định thành lập lớp",
                "Đồng chí Hiệu trưởng Trần Thị Hồng Minh trao quyết định thành lập lớp",
                "margin",
            ),
            (
                "p",
                "Nhà trường cam kết bố trí đầy đủ cơ sở vật chất, ký túc xá và phối hợp chặt chẽ với "
                "Học viện trong quản lý lớp học, bảo đảm chất lượng đào tạo.",
            ),
            ("right", "**Tin: Thanh Bình - Ảnh: Hoàng Anh**"),
        ],
    ),
    Post(
        n=11,
        slug="2026-10-22-doi-moi-phuong-phap-giang-day-ly-luan-chinh-tri",
        title=(
            "Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực của "
            "người học"
        ),
        chips=[RESEARCH],
        category=RESEARCH,
        date="2026-10-22",
        shown="22 tháng 10 năm 2026",
        published_at="2026-10-22",
        byline=[("PGS, TS. Nguyễn Văn Thành", "Học viện Chính trị quốc gia Hồ Chí Minh")],
        authors=["Nguyễn Văn Thành"],
        source="Tạp chí Cộng sản",
        description=(
            "Đổi mới phương pháp giảng dạy là khâu then chốt để nâng cao chất lượng đào tạo, bồi "
            "dưỡng lý luận chính trị cho cán bộ, đảng viên trong giai đoạn hiện nay."
        ),
        blocks=[
            ("h2", "Yêu cầu đổi mới phương pháp giảng dạy"),
            (
                "p",
                "Người học ở các trường chính trị là cán bộ, đảng viên đã có kinh nghiệm thực tiễn, "
                "có nhu cầu được đối thoại, tranh luận về những vấn đề đặt ra từ cuộc sống. Phương "
                "pháp thuyết giảng một chiều vì vậy không còn phù hợp.",
            ),
            (
                "p",
                "Theo kết quả khảo sát của nhóm nghiên cứu tại 5 trường chính trị khu vực Bắc Trung "
                "Bộ, 67% học viên mong muốn tăng thời lượng thảo luận, xử lý tình huống trong mỗi "
                "bài giảng.",
            ),
            ("h2", "Một số phương pháp cần được vận dụng"),
            (
                "ul",
                [
                    "Phương pháp nêu vấn đề, gợi mở để học viên tự tìm ra kết luận;",
                    "Phương pháp nghiên cứu tình huống gắn với thực tiễn địa phương;",
                    "Phương pháp dạy học dự án trong các chuyên đề bồi dưỡng ngắn hạn.",
                ],
            ),
            (
                "p",
                "Để các phương pháp trên phát huy hiệu quả, giảng viên phải thường xuyên đi thực tế, "
                "nắm chắc tình hình cơ sở; đồng thời nhà trường cần đổi mới khâu kiểm tra, đánh giá "
                "theo hướng coi trọng năng lực vận dụng của người học.",
            ),
            ("right", "*Theo Tạp chí Cộng sản*"),
        ],
    ),
    Post(
        n=12,
        slug="2026-10-14-doan-cong-tac-hoc-vien-kiem-tra-chuan-hoa",
        title=(
            "Đoàn công tác Học viện Chính trị quốc gia Hồ Chí Minh kiểm tra công tác chuẩn hóa tại "
            "Trường Chính trị Trần Phú"
        ),
        chips=[NEWS],
        category=NEWS,
        date="2026-10-14",
        shown="15:20, 14/10/2026",
        published_at="2026-10-14T15:20:00+07:00",
        authors=["Thu Hà"],
        source="Báo Hà Tĩnh",
        blocks=[
            (
                "p",
                "Ngày 14/10, Đoàn công tác của Học viện Chính trị quốc gia Hồ Chí Minh do đồng chí "
                "Phó Giám đốc Học viện làm trưởng đoàn đã kiểm tra, đánh giá kết quả thực hiện tiêu "
                "chí trường chính trị chuẩn tại Trường Chính trị Trần Phú.",
            ),
            (
                "fig",
                "anh-1.jpg",
                "Đoàn công tác làm việc với Ban Giám hiệu Nhà trường",
                "Đoàn công tác làm việc với Ban Giám hiệu Nhà trường",
                "plain",
            ),
            (
                "p",
                "Báo cáo với Đoàn, lãnh đạo Nhà trường cho biết: đến nay, Trường đã đạt 27/29 tiêu "
                "chí theo Quy định số 09-QĐi/TW; 100% giảng viên có trình độ cao cấp lý luận chính "
                "trị, 72% giảng viên có trình độ thạc sĩ trở lên. Hai tiêu chí chưa đạt liên quan đến "
                "tỷ lệ giảng viên có học vị tiến sĩ và cơ sở vật chất phục vụ chuyển đổi số.",
            ),
            (
                "p",
                "Ghi nhận những kết quả Nhà trường đạt được, Trưởng đoàn đề nghị Trường tiếp tục tham "
                "mưu Tỉnh ủy có cơ chế thu hút, đào tạo giảng viên trình độ cao; đẩy mạnh ứng dụng "
                "công nghệ thông tin trong quản lý đào tạo.",
            ),
            ("right", "**Thu Hà**"),
            ("right", "*Nguồn: Báo Hà Tĩnh*"),
        ],
    ),
    Post(
        n=13,
        slug="2026-10-08-chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de",
        title=(
            "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề về tinh thần tự học theo tấm gương Chủ "
            "tịch Hồ Chí Minh"
        ),
        chips=[NEWS, "Học tập và làm theo Bác"],
        category=NEWS,
        date="2026-10-08",
        shown="8 tháng 10 năm 2026",
        published_at="2026-10-08",
        authors=["Thanh Bình"],
        blocks=[
            (
                "p",
                "Thực hiện Kế hoạch của Đảng ủy Nhà trường về học tập và làm theo tư tưởng, đạo đức, "
                "phong cách Hồ Chí Minh năm 2026, ngày 07/10, Chi bộ Khoa Lý luận cơ sở tổ chức sinh "
                "hoạt chuyên đề “Tinh thần tự học, tự nghiên cứu suốt đời theo tấm gương Chủ tịch Hồ "
                "Chí Minh”.",
            ),
            (
                "p",
                "Tại buổi sinh hoạt, các đảng viên đã cùng nghiên cứu những câu chuyện về tấm gương "
                "tự học của Bác; liên hệ với thực tiễn công tác giảng dạy, nghiên cứu khoa học của "
                "bản thân.",
            ),
            (
                "fig",
                "anh-1.jpg",
                "Đảng viên Chi bộ thảo luận tại buổi sinh hoạt chuyên đề",
                "Đảng viên Chi bộ thảo luận tại buổi sinh hoạt chuyên đề",
                "plain",
            ),
            (
                "p",
                "Chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một nội dung tự học trong năm như "
                "ngoại ngữ, kỹ năng số hoặc kiến thức chuyên sâu phục vụ giảng dạy; kết quả thực hiện "
                "là một tiêu chí đánh giá, xếp loại đảng viên cuối năm.",
            ),
            ("right", "**Thanh Bình (Khoa Lý luận cơ sở)**"),
        ],
    ),
]

BY_SLUG = {p.slug: p for p in POSTS}
#: the sidebar's "Đọc nhiều", as typed in _quarto.yml (one entry still names the alias)
READ_MOST: list[tuple[str, str]] = [
    (POSTS[2].slug, "Vận dụng tư tưởng Hồ Chí Minh về công tác cán bộ"),
    (ALIAS_SLUG, "Hội thảo khoa học cấp trường về chuyển đổi số"),
    (POSTS[8].slug, "Đấu tranh phản bác quan điểm sai trái trên không gian mạng"),
    (POSTS[10].slug, "Đổi mới phương pháp giảng dạy lý luận chính trị"),
]


# --- inline and block rendering -------------------------------------------------------------

_INLINE = re.compile(
    r"\[\^(?P<fn>\d+)\]"
    r"|\{cite:(?P<ck>[\w-]+)\|(?P<cp>[^|}]*)\|(?P<cl>[^|}]*)\|(?P<cs>[^}]*)\}"
    r"|\[(?P<lt>[^\]]+)\]\((?P<lh>[^)\s]+)\)"
    r"|\*\*(?P<b>.+?)\*\*"
    r"|\*(?P<i>[^*]+)\*"
)


def inline(src: str) -> tuple[str, str]:
    """(html, text) of a line in the source's inline marks."""
    out_html: list[str] = []
    out_text: list[str] = []
    pos = 0
    for m in _INLINE.finditer(src):
        plain = src[pos : m.start()]
        out_html.append(_html.escape(plain, quote=False))
        out_text.append(plain)
        if m["fn"]:
            n = m["fn"]
            out_html.append(
                f'<a href="#fn{n}" class="footnote-ref" id="fnref{n}" role="doc-noteref"><sup>{n}</sup></a>'
            )
        elif m["ck"]:
            key, pre, label, suf = m["ck"], m["cp"], m["cl"], m["cs"]
            out_html.append(
                f'<span class="citation" data-cites="{key}">{_html.escape(pre)}'
                f'<a href="#ref-{key}" role="doc-biblioref">{_html.escape(label)}</a>'
                f"{_html.escape(suf)}</span>"
            )
            out_text.append(pre + label + suf)
        elif m["lt"]:
            h, t = inline(m["lt"])
            out_html.append(f'<a href="{esc(m["lh"])}">{h}</a>')
            out_text.append(t)
        elif m["b"] is not None:
            h, t = inline(m["b"])
            out_html.append(f"<strong>{h}</strong>")
            out_text.append(t)
        else:
            h, t = inline(m["i"])
            out_html.append(f"<em>{h}</em>")
            out_text.append(t)
        pos = m.end()
    out_html.append(_html.escape(src[pos:], quote=False))
    out_text.append(src[pos:])
    return "".join(out_html), "".join(out_text)


def h(src: str) -> str:
    return inline(src)[0]


def t(src: str) -> str:
    return inline(src)[1]


def anchor_id(text: str) -> str:
    """Pandoc's auto identifier (Unicode kept, leading non-letters dropped)."""
    s = t(text).lower()
    s = "".join(ch for ch in s if ch.isalnum() or ch in " -_.")
    s = re.sub(r"\s+", "-", s.strip())
    while s and not s[0].isalpha():
        s = s[1:]
    return s or "section"


def _figure(src: str, printed: str | None, mode: str, gallery: int, fig_no: int) -> str:
    if mode.startswith("alt:"):
        alt = esc(mode[4:])
        return f'<p><img src="{src}" class="img-fluid" alt="{alt}"></p>'
    title_attr = f' title="{esc(printed)}"' if printed else ""
    img = (
        f'<a href="{src}" class="lightbox" data-gallery="quarto-lightbox-gallery-{gallery}"'
        f'{title_attr}><img src="{src}" class="img-fluid figure-img"></a>'
    )
    if mode == "xref":
        fid = f"fig-{fig_no}"
        uid = f"{fid}-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8c{fig_no}"
        cap = _html.escape(printed or "", quote=False).replace("Hình ", "Hình&nbsp;", 1)
        return (
            f'<div id="{fid}" class="quarto-float quarto-figure quarto-figure-center anchored">\n'
            '<figure class="quarto-float quarto-float-fig figure">\n'
            f'<div aria-describedby="{uid}">\n{img}\n</div>\n'
            '<figcaption class="quarto-float-caption-bottom quarto-float-caption quarto-float-fig"'
            f' id="{uid}">\n{cap}\n</figcaption>\n</figure>\n</div>'
        )
    caption = ""
    if printed is not None:
        cls = ' class="margin-caption"' if mode == "margin" else ""
        caption = f"\n<figcaption{cls}>{_html.escape(printed, quote=False)}</figcaption>"
    return (
        '<div class="quarto-figure quarto-figure-center">\n<figure class="figure">\n'
        f"<p>{img}</p>{caption}\n</figure>\n</div>"
    )


def _table(header: list[str], rows: list[list[str]]) -> str:
    cols = "".join("<col>\n" for _ in header)
    head = "".join(f'<th style="text-align: left;">{h(c)}</th>\n' for c in header)
    body = []
    for i, row in enumerate(rows):
        cls = "odd" if i % 2 == 0 else "even"
        cells = "".join(f'<td style="text-align: left;">{h(c)}</td>\n' for c in row)
        body.append(f'<tr class="{cls}">\n{cells}</tr>\n')
    return (
        f'<table class="caption-top table">\n<colgroup>\n{cols}</colgroup>\n<thead>\n'
        f'<tr class="header">\n{head}</tr>\n</thead>\n<tbody>\n{"".join(body)}</tbody>\n</table>'
    )


_CALLOUT_ICON = {"note": "note", "tip": "tip", "important": "important"}


def render_post_body(post: Post) -> tuple[str, list, list[tuple[int, str, str]]]:
    """The text's HTML (without the appendix), the Story blocks and the TOC entries."""
    parts: list[str] = []
    blocks: list = []
    toc: list[tuple[int, str, str]] = []
    open_levels: list[int] = []
    gallery = 0
    fig_no = 0
    tbl_no = 0
    secno = [0, 0]
    for b in post.blocks:
        kind = b[0]
        if kind in ("h2", "h3"):
            level = int(kind[1])
            while open_levels and open_levels[-1] >= level:
                parts.append("</section>")
                open_levels.pop()
            sid = anchor_id(b[1])
            inner, gold = h(b[1]), t(b[1])
            data = ""
            if post.numbered:
                if level == 2:
                    secno = [secno[0] + 1, 0]
                    num = str(secno[0])
                else:
                    secno[1] += 1
                    num = f"{secno[0]}.{secno[1]}"
                inner = f'<span class="header-section-number">{num}</span> {inner}'
                gold = f"{num} {gold}"
                data = f' data-number="{num}"'
            parts.append(
                f'<section id="{sid}" class="level{level}"{data}>\n'
                f'<h{level}{data} class="anchored" data-anchor-id="{sid}">{inner}</h{level}>'
            )
            open_levels.append(level)
            blocks.append(P(gold))
            toc.append((level, sid, inner))
        elif kind == "p":
            parts.append(f"<p>{h(b[1])}</p>")
            blocks.append(P(t(b[1])))
        elif kind == "lead":
            parts.append(f"<p><strong>{h(b[1])}</strong></p>")
            blocks.append(P(t(b[1])))
        elif kind in ("ul", "ol"):
            tag = "ul" if kind == "ul" else 'ol type="1"'
            items = "\n".join(f"<li>{h(s)}</li>" for s in b[1])
            parts.append(f"<{tag}>\n{items}\n</{kind}>")
            blocks.extend(P(t(s)) for s in b[1])
        elif kind == "quote":
            parts.append(f'<blockquote class="blockquote">\n<p>{h(b[1])}</p>\n</blockquote>')
            blocks.append(P(t(b[1])))
        elif kind == "lines":
            inner = "<br>\n".join(h(s) for s in b[1])
            parts.append(f'<blockquote class="blockquote">\n<p>{inner}</p>\n</blockquote>')
            blocks.extend(P(t(s)) for s in b[1])
        elif kind == "table":
            _, caption, header, rows = b
            table = _table(header, rows)
            if caption:
                tbl_no += 1
                uid = f"tbl-{tbl_no}-caption-7d1c0e3a-2b5f-4a8e-9c61-5f2d7e8a9b0{tbl_no}"
                cap = _html.escape(caption, quote=False).replace("Bảng ", "Bảng&nbsp;", 1)
                table = (
                    f'<div id="tbl-{tbl_no}" class="quarto-float quarto-figure quarto-figure-center anchored">\n'
                    '<figure class="quarto-float quarto-float-tbl figure">\n'
                    '<figcaption class="quarto-float-caption-top quarto-float-caption quarto-float-tbl"'
                    f' id="{uid}">\n{cap}\n</figcaption>\n<div aria-describedby="{uid}">\n'
                    f"{table}\n</div>\n</figure>\n</div>"
                )
            parts.append(table)
            blocks.append(P(" | ".join(t(c) for c in header)))
            blocks.extend(P(" | ".join(t(c) for c in row)) for row in rows)
        elif kind == "fig":
            _, src, printed, caption, mode = b
            gallery += 1
            if mode == "xref":
                fig_no += 1
            parts.append(_figure(src, printed, mode, gallery, fig_no))
            blocks.append(Img(src, printed, caption))
        elif kind == "panel":
            cells = []
            for src, printed, caption in b[1]:
                gallery += 1
                cells.append(
                    '<div class="quarto-layout-cell" style="flex-basis: 50.0%;justify-content: '
                    f'flex-start;">\n{_figure(src, printed, "plain", gallery, 0)}\n</div>'
                )
                blocks.append(Img(src, printed, caption))
            parts.append(
                '<div class="quarto-layout-panel" data-layout-ncol="2">\n'
                f'<div class="quarto-layout-row">\n{"".join(cells)}\n</div>\n</div>'
            )
        elif kind == "callout":
            _, ckind, title, title_is_text, paras = b
            body = "\n".join(f"<p>{h(s)}</p>" for s in paras)
            if ckind == "tip":
                body = "<ul>\n" + "\n".join(f"<li>{h(s)}</li>" for s in paras) + "\n</ul>"
            parts.append(
                f'<div class="callout callout-style-default callout-{ckind} callout-titled">\n'
                '<div class="callout-header d-flex align-content-center">\n'
                '<div class="callout-icon-container">\n<i class="callout-icon"></i>\n</div>\n'
                f'<div class="callout-title-container flex-fill">\n{_html.escape(title)}\n</div>\n'
                "</div>\n"
                f'<div class="callout-body-container callout-body">\n{body}\n</div>\n</div>'
            )
            if title_is_text:
                blocks.append(P(title))
            if ckind != "tip":
                blocks.extend(P(t(s)) for s in paras)
        elif kind == "right":
            parts.append(f'<div style="text-align: right">\n<p>{h(b[1])}</p>\n</div>')
        elif kind == "seemore":
            parts.append(f"<p><em>{h(b[1])}</em></p>")
        elif kind == "related":
            items = "\n".join(f'<li><a href="{esc(u)}">{esc(lbl)}</a></li>' for lbl, u in b[1])
            parts.append(f"<p><strong>Bài viết liên quan:</strong></p>\n<ul>\n{items}\n</ul>")
        elif kind == "raw":
            parts.append(b[1])
        else:  # pragma: no cover - a typo in the data
            raise ValueError(kind)
    while open_levels:
        parts.append("</section>")
        open_levels.pop()
    return "\n".join(parts), blocks, toc


def appendix(post: Post) -> tuple[str, list]:
    """``#quarto-appendix``: the text's notes or references (body), then Reuse and Citation."""
    parts: list[str] = []
    blocks: list = []
    if post.footnotes:
        items = "\n".join(
            f'<li id="fn{i}"><p>{h(note)}<a href="#fnref{i}" class="footnote-back" '
            f'role="doc-backlink">↩︎</a></p></li>'
            for i, note in enumerate(post.footnotes, 1)
        )
        parts.append(
            '<section id="footnotes" class="footnotes footnotes-end-of-document" '
            'role="doc-endnotes"><h2 class="anchored quarto-appendix-heading">Chú thích</h2>\n\n'
            f"<ol>\n{items}\n</ol>\n</section>"
        )
        blocks.append(P("Chú thích"))
        blocks.extend(P(t(note)) for note in post.footnotes)
    if post.refs:
        entries = "\n".join(
            f'<div id="ref-{key}" class="csl-entry" role="listitem">\n{h(entry)}\n</div>'
            for key, entry in post.refs
        )
        parts.append(
            '<section class="quarto-appendix-contents" role="doc-bibliography" '
            'id="quarto-bibliography"><h2 class="anchored quarto-appendix-heading">Tài liệu tham '
            'khảo</h2><div id="refs" class="references csl-bib-body hanging-indent" '
            f'data-entry-spacing="0" role="list">\n{entries}\n</div></section>'
        )
        blocks.append(P("Tài liệu tham khảo"))
        blocks.extend(P(t(entry)) for _, entry in post.refs)
    url = f"{OLD_SITE}/posts/{post.slug}/"
    y, m, d = (int(x) for x in post.date.split("-"))
    month = calendar.month_name[m]
    names = [_strip_degree(n) for n, _ in post.byline]
    if names == ["Ban Biên tập"]:  # a literal name in the front matter: no family/given split
        bib_authors, cite_as, key = "{Ban Biên tập}", "Ban Biên tập", f"banbientap{y}"
    else:
        bib_authors = " and ".join(f"{n.split()[0]}, {' '.join(n.split()[1:])}" for n in names)
        cite_as = f"{names[0].split()[0]}, {' '.join(names[0].split()[1:])}"
        key = f"{_ascii(names[0].split()[0]).lower()}{y}"
    parts.append(
        '<section class="quarto-appendix-contents" id="quarto-reuse"><h2 class="anchored '
        'quarto-appendix-heading">Reuse</h2><div class="quarto-appendix-contents"><div>'
        '<a rel="license" class="uri" href="https://creativecommons.org/licenses/by-nc/4.0/">'
        "https://creativecommons.org/licenses/by-nc/4.0/</a></div></div></section>"
    )
    parts.append(
        '<section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored '
        'quarto-appendix-heading">Citation</h2><div><div class="quarto-appendix-secondary-label">'
        'BibTeX citation:</div><pre class="sourceCode code-with-copy quarto-appendix-bibtex">'
        f'<code class="sourceCode bibtex">@online{{{key},\n  author = {{{esc(bib_authors)}}},\n'
        f"  title = {{{esc(post.title)}}},\n  date = {{{post.date}}},\n  url = {{{url}}},\n"
        "  langid = {vi}\n}\n</code></pre>"
        '<div class="quarto-appendix-secondary-label">For attribution, please cite this work '
        f'as:</div><div id="ref-{key}" class="csl-entry quarto-appendix-citeas" role="listitem">\n'
        f"{esc(cite_as)}. {y}. <span>“{esc(post.title)}.”</span> {month} {d}, {y}. "
        f'<a href="{url}">{url}</a>.\n</div></div></section>'
    )
    return '<div id="quarto-appendix" class="default">' + "".join(parts) + "</div>", blocks


_DEGREES = re.compile(r"^(?:PGS, TS\.|GS, TS\.|TS\.|ThS\.|NCS\.|CN\.)\s*")


def _strip_degree(name: str) -> str:
    return _DEGREES.sub("", name)


def _ascii(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


# --- the site's chrome ----------------------------------------------------------------------


def _cat_hash(cat: str) -> str:
    return "category=" + quote(cat, safe="")


def _b64(value: str) -> str:
    """Quarto's category key: base64 of encodeURIComponent(value)."""
    return base64.b64encode(quote(value, safe="-_.!~*'()").encode("ascii")).decode("ascii")


def navbar(o: str, active: str = "") -> str:
    def item(href: str, label: str, key: str) -> str:
        act = ' active" aria-current="page' if key == active else ""
        return (
            f'  <li class="nav-item">\n    <a class="nav-link{act}" href="{href}"> \n'
            f'<span class="menu-text">{label}</span></a>\n  </li>  '
        )

    def dropdown(ident: str, label: str, entries: list[tuple[str, str] | None]) -> str:
        rows = []
        for e in entries:
            if e is None:
                rows.append('        <li><hr class="dropdown-divider"></li>')
                continue
            href, text = e
            rows.append(
                f'        <li>\n    <a class="dropdown-item" href="{href}">\n'
                f' <span class="dropdown-text">{text}</span></a>\n  </li>  '
            )
        return (
            '  <li class="nav-item dropdown ">\n'
            f'    <a class="nav-link dropdown-toggle" href="#" id="nav-menu-{ident}" role="button" '
            'data-bs-toggle="dropdown" aria-expanded="false">\n'
            f' <span class="menu-text">{label}</span>\n    </a>\n'
            f'    <ul class="dropdown-menu" aria-labelledby="nav-menu-{ident}">    \n'
            + "\n".join(rows)
            + "\n    </ul>\n  </li>"
        )

    cats = [(f"{o}posts.html#{_cat_hash(c)}", c) for c in MENU_CATS]
    return f"""  <header id="quarto-header" class="headroom fixed-top">
    <nav class="navbar navbar-expand-lg " data-bs-theme="dark">
      <div class="navbar-container container-fluid">
      <div class="navbar-brand-container mx-auto">
    <a href="{o}index.html" class="navbar-brand navbar-brand-logo">
    <img src="{o}images/logo-tct.png" alt="Logo Trường Chính trị Trần Phú" class="navbar-logo">
    </a>
    <a class="navbar-brand" href="{o}index.html">
    <span class="navbar-title">{SITE_TITLE}</span>
    </a>
  </div>
            <div id="quarto-search" class="" title="Tìm kiếm"></div>
          <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarCollapse" aria-controls="navbarCollapse" role="menu" aria-expanded="false" aria-label="Toggle navigation" onclick="if (window.quartoToggleHeadroom) {{ window.quartoToggleHeadroom(); }}">
  <span class="navbar-toggler-icon"></span>
</button>
          <div class="collapse navbar-collapse" id="navbarCollapse">
            <ul class="navbar-nav navbar-nav-scroll me-auto">
{item(f"{o}index.html", "Trang chủ", "home")}
{dropdown("giới-thiệu", "Giới thiệu", [(f"{o}about.html", "Về Nhà trường"), (f"{o}co-cau-to-chuc.html", "Cơ cấu tổ chức"), (f"{o}lien-he.html", "Liên hệ")])}
{dropdown("chuyên-mục", "Chuyên mục", [*cats, None, (f"{o}posts.html", "Tất cả bài viết")])}
{dropdown("tư-liệu", "Tư liệu", [(f"{o}van-ban.html", "Văn bản - Tài liệu"), (f"{o}lich-giang.html", "Lịch giảng"), (f"{o}thu-vien-anh.html", "Thư viện ảnh"), (f"{o}video.html", "Video")])}
</ul>
            <ul class="navbar-nav navbar-nav-scroll ms-auto">
  <li class="nav-item compact">
    <a class="nav-link" href="https://www.facebook.com/truongchinhtritranphu"> <i class="bi bi-facebook" role="img" aria-label="Facebook"></i>
<span class="menu-text"></span></a>
  </li>
  <li class="nav-item compact">
    <a class="nav-link" href="{o}posts.xml"> <i class="bi bi-rss" role="img" aria-label="RSS"></i>
<span class="menu-text"></span></a>
  </li>
</ul>
          </div> <!-- /navcollapse -->
            <div class="quarto-navbar-tools">
</div>
      </div> <!-- /container-fluid -->
    </nav>"""


def topbar() -> str:
    return (
        '<div id="tct-dautrang" class="d-none d-md-block" style="background:#8b0000;color:#fff;'
        'font-size:.85rem;padding:2px 14px">\n'
        f'<span class="ngaythang"><i class="bi bi-calendar3"></i> {TODAY_LINE}</span>\n'
        '<span class="float-end"><a href="https://truongchinhtri.hatinh.gov.vn" style="color:#ffd">'
        "Cổng thông tin điện tử Nhà trường</a> | "
        '<a href="mailto:bantin.tct@hatinh.gov.vn" style="color:#ffd">Gửi bài cộng tác</a></span>\n'
        "</div>"
    )


def announcement() -> str:
    slug = POSTS[1].slug
    return (
        '<div class="quarto-announcement alert alert-warning" '
        'data-announcement-id="4f1c2b9e0d7a6e35c8b1a2d3e4f50617">\n'
        '<i class="bi bi-megaphone quarto-announcement-icon"></i>\n'
        '<div class="quarto-announcement-content">\n'
        "<p><strong>Thông báo:</strong> Tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập "
        "trung năm 2027, hạn nộp hồ sơ 31/12/2026 — "
        f'<a href="{OLD_SITE}/posts/{slug}/">xem chi tiết</a></p>\n'
        "</div>\n"
        '<i class="bi bi-x-lg quarto-announcement-action"></i>\n'
        "</div>"
    )


def sidebar(o: str, current: str | None) -> str:
    def entry(href: str, label: str, active: bool) -> str:
        act = " active" if active else ""
        return (
            '          <li class="sidebar-item">\n  <div class="sidebar-item-container"> \n'
            f'  <a href="{href}" class="sidebar-item-text sidebar-link{act}">\n'
            f' <span class="menu-text">{esc(label)}</span></a>\n  </div>\n</li>'
        )

    most = "\n".join(
        entry(f"{o}posts/{slug}/index.html", label, slug == current) for slug, label in READ_MOST
    )
    links = "\n".join(
        entry(href, label, False)
        for href, label in [
            ("https://hcma.vn", "Học viện Chính trị quốc gia Hồ Chí Minh"),
            ("https://www.tapchicongsan.org.vn", "Tạp chí Cộng sản"),
            ("https://baohatinh.vn", "Báo Hà Tĩnh"),
            ("https://hatinh.gov.vn", "Cổng TTĐT tỉnh Hà Tĩnh"),
        ]
    )

    def section(n: int, label: str, inner: str) -> str:
        return f"""        <li class="sidebar-item sidebar-item-section">
      <div class="sidebar-item-container">
            <a class="sidebar-item-text sidebar-link text-start" data-bs-toggle="collapse" data-bs-target="#quarto-sidebar-section-{n}" role="navigation" aria-expanded="true">
 <span class="menu-text">{label}</span></a>
          <a class="sidebar-item-toggle text-start" data-bs-toggle="collapse" data-bs-target="#quarto-sidebar-section-{n}" role="navigation" aria-expanded="true" aria-label="Toggle section">
            <i class="bi bi-chevron-right ms-2"></i>
          </a>
      </div>
      <ul id="quarto-sidebar-section-{n}" class="collapse list-unstyled sidebar-section depth1 show">
{inner}
      </ul>
  </li>"""

    return f"""  <nav id="quarto-sidebar" class="sidebar collapse collapse-horizontal quarto-sidebar-collapse-item sidebar-navigation docked overflow-auto">
    <div class="sidebar-menu-container">
    <ul class="list-unstyled mt-1">
{section(1, "Đọc nhiều", most)}
{section(2, "Liên kết", links)}
    </ul>
    </div>
    <div class="tk-truycap" id="khoi_3">
<div class="tk-tieude">THỐNG KÊ TRUY CẬP</div>
<table class="tk-bang" style="width:100%;font-size:.85rem">
<tr><td><i class="bi bi-person-check"></i> Đang online:</td><td style="text-align:right" id="tk-online">7</td></tr>
<tr><td><i class="bi bi-calendar-day"></i> Hôm nay:</td><td style="text-align:right">214</td></tr>
<tr><td><i class="bi bi-bar-chart"></i> Tổng truy cập:</td><td style="text-align:right">58.341</td></tr>
</table>
<img src="https://hitwebcounter.com/counter/counter.php?page=9123456&amp;style=0006&amp;nbdigits=6&amp;type=page" alt="" width="1" height="1">
</div>
<div class="bx-binhchon" id="khoi_4">
<div class="tk-tieude">THĂM DÒ Ý KIẾN</div>
<p style="font-size:.85rem">Bạn đánh giá thế nào về nội dung của Bản tin?</p>
<form action="https://docs.google.com/forms/d/e/1FAIpQLSeTCTbantin2026/formResponse" method="post" target="_blank">
<label><input type="radio" name="entry.1051" value="Rất hữu ích"> Rất hữu ích</label><br>
<label><input type="radio" name="entry.1051" value="Hữu ích"> Hữu ích</label><br>
<label><input type="radio" name="entry.1051" value="Cần cải thiện"> Cần cải thiện</label><br>
<button type="submit" class="btn btn-sm btn-outline-danger mt-1">Bình chọn</button>
</form>
</div>
  </nav>
<div id="quarto-sidebar-glass" class="quarto-sidebar-collapse-item" data-bs-toggle="collapse" data-bs-target=".quarto-sidebar-collapse-item"></div>"""


def footer(o: str) -> str:
    return f"""<footer class="footer">
  <div class="nav-footer">
    <div class="nav-footer-left">
<p>© 2026 {SCHOOL}<br>
Địa chỉ: số 2 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh · Điện thoại: 0239.3855.216 · Email: <a href="mailto:truongchinhtri@hatinh.gov.vn">truongchinhtri@hatinh.gov.vn</a></p>
</div>
    <div class="nav-footer-center">
<p><a href="{o}about.html">Giới thiệu</a> · <a href="{o}lien-he.html">Liên hệ</a> · <a href="{o}posts.xml">RSS</a></p>
</div>
    <div class="nav-footer-right">
<p>Xây dựng bằng <a href="https://quarto.org/">Quarto</a> · Cập nhật lúc {BUILD_STAMP}</p>
</div>
  </div>
</footer>"""


_AFTER_BODY = """<script id="quarto-html-after-body" type="application/javascript">
window.document.addEventListener("DOMContentLoaded", function (event) {
  const toggleBodyColorMode = (bsSheetEl) => {
    const mode = bsSheetEl.getAttribute("data-mode");
    const bodyEl = window.document.querySelector("body");
    if (mode === "dark") { bodyEl.classList.add("quarto-dark"); } else { bodyEl.classList.add("quarto-light"); }
  }
  const icon = "";
  const anchorJS = new window.AnchorJS();
  anchorJS.options = { placement: 'right', icon: icon };
  anchorJS.add('.anchored');
  const clipboard = new window.ClipboardJS('.code-copy-button', { text: function(trigger) { return trigger.previousElementSibling.innerText; } });
  const xrefs = window.document.querySelectorAll('a.quarto-xref');
  const noterefs = window.document.querySelectorAll('a[role="doc-noteref"]');
  for (var i=0; i<noterefs.length; i++) {
    const ref = noterefs[i];
    tippyHover(ref, function() { let href = ref.getAttribute('data-footnote-href') || ref.getAttribute('href'); const note = window.document.getElementById(href.split('#')[1]); return note.innerHTML; });
  }
});
</script>
<script>var lightboxQuarto = GLightbox({"descPosition":"bottom","openEffect":"zoom","closeEffect":"zoom","loop":false,"selector":".lightbox"});
window.onload = () => { lightboxQuarto.on('slide_before_load', (data) => { const { slideIndex, slideNode, slideConfig, player, trigger } = data; }); };
</script>"""


def head(
    request: Request,
    *,
    o: str,
    title: str,
    path: str,
    metas: str = "",
    extra: str = "",
) -> str:
    canonical = f"{OLD_SITE}{path}"
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi"><head>

<meta charset="utf-8">
<meta name="generator" content="{GENERATOR}">

<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">
{metas}
<title>{esc(title)}</title>
<style>
code{{white-space: pre-wrap;}}
span.smallcaps{{font-variant: small-caps;}}
div.columns{{display: flex; gap: min(4vw, 1.5em);}}
div.column{{flex: auto; overflow-x: auto;}}
div.hanging-indent{{margin-left: 1.5em; text-indent: -1.5em;}}
ul.task-list{{list-style: none;}}
</style>


<script src="{o}site_libs/quarto-nav/quarto-nav.js"></script>
<script src="{o}site_libs/quarto-nav/headroom.min.js"></script>
<script src="{o}site_libs/clipboard/clipboard.min.js"></script>
<script src="{o}site_libs/quarto-search/autocomplete.umd.js"></script>
<script src="{o}site_libs/quarto-search/fuse.min.js"></script>
<script src="{o}site_libs/quarto-search/quarto-search.js"></script>
<meta name="quarto:offset" content="{o}">
<link href="{o}images/favicon.png" rel="icon" type="image/png">
<script src="{o}site_libs/quarto-html/quarto.js"></script>
<script src="{o}site_libs/quarto-html/popper.min.js"></script>
<script src="{o}site_libs/quarto-html/tippy.umd.min.js"></script>
<script src="{o}site_libs/quarto-html/anchor.min.js"></script>
<link href="{o}site_libs/quarto-html/tippy.css" rel="stylesheet">
<link href="{o}site_libs/quarto-html/quarto-syntax-highlighting.css" rel="stylesheet" id="quarto-text-highlighting-styles">
<script src="{o}site_libs/bootstrap/bootstrap.min.js"></script>
<link href="{o}site_libs/bootstrap/bootstrap-icons.css" rel="stylesheet">
<link href="{o}site_libs/bootstrap/bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap" data-mode="light">
<script src="{o}site_libs/quarto-contrib/glightbox/glightbox.min.js"></script>
<link href="{o}site_libs/quarto-contrib/glightbox/glightbox.min.css" rel="stylesheet">
<link href="{o}site_libs/quarto-contrib/glightbox/lightbox.css" rel="stylesheet">
<script id="quarto-search-options" type="application/json">{{
  "location": "navbar",
  "copy-button": false,
  "collapse-after": 3,
  "panel-placement": "end",
  "type": "overlay",
  "limit": 50,
  "keyboard-shortcut": ["f", "/", "s"],
  "show-item-context": false,
  "language": {{
    "search-no-results-text": "Không tìm thấy kết quả",
    "search-matching-documents-text": "matching documents",
    "search-copy-link-title": "Copy link to search",
    "search-hide-matches-text": "Hide additional matches",
    "search-more-match-text": "more match in this document",
    "search-more-matches-text": "more matches in this document",
    "search-clear-button-title": "Xóa",
    "search-text-placeholder": "Tìm kiếm",
    "search-detached-cancel-button-title": "Hủy",
    "search-submit-button-title": "Tìm"
  }}
}}</script>
<script async="" src="https://www.googletagmanager.com/gtag/js?id=G-TCT8HT2026"></script>

<script type="text/javascript">

window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date());
gtag('config', 'G-TCT8HT2026', {{ 'anonymize_ip': true}});
</script>
{extra}
<link rel="stylesheet" href="{o}styles.css">
<link rel="canonical" href="{canonical}">
<meta property="og:url" content="{canonical}">
<meta property="og:site_name" content="{SITE_TITLE}">
<meta property="og:locale" content="vi_VN">
</head>"""


def _excerpt(post: Post, limit: int = 175) -> str:
    first = next(b for b in post.blocks if b[0] in ("p", "lead"))
    text_ = t(first[1])
    if len(text_) <= limit:
        return text_
    cut = text_[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def _listing_desc(post: Post) -> str:
    return post.description or _excerpt(post)


def _words(post: Post) -> int:
    return sum(len(t(b[1]).split()) for b in post.blocks if b[0] in ("p", "lead"))


def _sort_ms(day: str) -> int:
    y, m, d = (int(x) for x in day.split("-"))
    return (calendar.timegm((y, m, d, 0, 0, 0)) - 7 * 3600) * 1000


def _vi_short(day: str) -> str:
    y, m, d = (int(x) for x in day.split("-"))
    return f"{d} Thg {m:02d} {y}"


def _dmy(day: str) -> str:
    y, m, d = day.split("-")
    return f"{d}/{m}/{y}"


def _thumb(post: Post) -> str | None:
    for b in post.blocks:
        if b[0] == "fig":
            return b[1]
        if b[0] == "panel":
            return b[1][0][0]
    return None


# --- pages ----------------------------------------------------------------------------------


def _page(
    request: Request,
    *,
    o: str,
    path: str,
    title: str,
    body_class: str,
    main: str,
    margin: str = "",
    metas: str = "",
    extra_head: str = "",
    current: str | None = None,
    crumbs: str = "",
    after_main: str = "",
    active: str = "",
) -> Response:
    secondary = f"""  <nav class="quarto-secondary-nav">
    <div class="container-fluid d-flex">
      <button type="button" class="quarto-btn-toggle btn" data-bs-toggle="collapse" role="button" data-bs-target=".quarto-sidebar-collapse-item" aria-controls="quarto-sidebar" aria-expanded="false" aria-label="Toggle sidebar navigation" onclick="if (window.quartoToggleHeadroom) {{ window.quartoToggleHeadroom(); }}">
        <i class="bi bi-layout-text-sidebar-reverse"></i>
      </button>
        {crumbs}
        <a class="flex-grow-1" role="navigation" data-bs-toggle="collapse" data-bs-target=".quarto-sidebar-collapse-item" aria-controls="quarto-sidebar" aria-expanded="false" aria-label="Toggle sidebar navigation" onclick="if (window.quartoToggleHeadroom) {{ window.quartoToggleHeadroom(); }}">
        </a>
    </div>
  </nav>"""
    margin_html = (
        f'<div id="quarto-margin-sidebar" class="sidebar margin-sidebar">\n{margin}\n</div>'
        if margin
        else ""
    )
    doc = f"""{head(request, o=o, title=title, path=path, metas=metas, extra=extra_head)}

<body class="{body_class}">

<div id="quarto-search-results"></div>
{topbar()}
{announcement()}
{navbar(o, active)}
{secondary}
</header>
<!-- content -->
<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar">
<!-- sidebar -->
{sidebar(o, current)}
<!-- margin-sidebar -->
{margin_html}
<!-- main -->
<main class="content" id="quarto-document-content">

{main}

</main> <!-- /main -->
{_AFTER_BODY}
{after_main}
</div> <!-- /content -->
{footer(o)}



</body></html>"""
    return html(doc)


def _title_block(post: Post, title_html: str, crumbs: str, desc_html: str | None) -> str:
    chips = "\n".join(f'    <div class="quarto-category">{esc(c)}</div>' for c in post.chips)
    parts = [
        '<header id="title-block-header" class="quarto-title-block default">',
        '<div class="quarto-title">',
        crumbs,
        f'<h1 class="title">{title_html}</h1>',
        f'  <div class="quarto-categories">\n{chips}\n  </div>',
        "  </div>",
    ]
    if desc_html:
        parts.append(f'\n<div>\n  <div class="description">\n    {desc_html}\n  </div>\n</div>\n')
    with_aff = any(aff for _, aff in post.byline)
    meta = []
    if with_aff:
        plural = len(post.byline) > 1
        rows = [
            '<div class="quarto-title-meta-author">',
            f'  <div class="quarto-title-meta-heading">{"Authors" if plural else "Tác giả"}</div>',
            f'  <div class="quarto-title-meta-heading">{"Affiliations" if plural else "Affiliation"}</div>',
        ]
        for name, aff in post.byline:
            mail = (
                f' <a href="mailto:{post.email}" class="quarto-title-author-email"><i class="bi bi-envelope"></i></a>'
                if post.email
                else ""
            )
            rows.append(
                f'    <div class="quarto-title-meta-contents">\n'
                f'    <p class="author">{esc(name)}{mail} </p>\n  </div>\n'
                f'  <div class="quarto-title-meta-contents">\n'
                f'        <p class="affiliation">\n            {esc(aff or "")}\n          </p>\n'
                "    </div>"
            )
        rows.append("</div>")
        parts.append("\n".join(rows))
    else:
        meta.append(
            '    <div>\n    <div class="quarto-title-meta-heading">Tác giả</div>\n'
            '    <div class="quarto-title-meta-contents">\n'
            + "".join(f"             <p>{esc(n)} </p>\n" for n, _ in post.byline)
            + "          </div>\n  </div>"
        )
    meta.append(
        '    <div>\n    <div class="quarto-title-meta-heading">Ngày đăng</div>\n'
        '    <div class="quarto-title-meta-contents">\n'
        f'      <p class="date">{post.shown}</p>\n    </div>\n  </div>'
    )
    if post.modified:
        meta.append(
            '    <div>\n    <div class="quarto-title-meta-heading">Cập nhật</div>\n'
            '    <div class="quarto-title-meta-contents">\n'
            f'      <p class="date-modified">{post.modified}</p>\n    </div>\n  </div>'
        )
    parts.append('<div class="quarto-title-meta">\n' + "\n".join(meta) + "\n  </div>")
    if post.abstract:
        parts.append(
            '<div>\n  <div class="abstract">\n    <div class="block-title">Tóm tắt</div>\n'
            f"    <p>{esc(post.abstract)}</p>\n  </div>\n</div>"
        )
    if post.keywords:
        parts.append(
            '<div>\n  <div class="keywords">\n    <div class="block-title">Từ khóa</div>\n'
            f"    <p>{esc(post.keywords)}</p>\n  </div>\n</div>"
        )
    parts.append("</header>")
    return "\n".join(parts)


def _share(post: Post) -> str:
    url = quote(f"{OLD_SITE}/posts/{post.slug}/", safe=":/")
    text_ = quote(post.title, safe="")
    return (
        '<div class="page-columns page-rows-contents page-layout-article"><div class="social-share">'
        f'<a href="https://www.facebook.com/sharer.php?u={url}" target="_blank" class="facebook">'
        '<i class="fab fa-facebook-f fa-fw fa-lg"></i></a>'
        f'<a href="https://zalo.me/share/?url={url}" target="_blank" class="zalo" title="Chia sẻ qua Zalo">'
        "Zalo</a>"
        f'<a href="https://twitter.com/share?url={url}&amp;text={text_}" target="_blank" class="twitter">'
        '<i class="fab fa-twitter fa-fw fa-lg"></i></a>'
        f'<a href="mailto:?subject={text_}&amp;body={url}" target="_blank" class="email">'
        '<i class="fa-solid fa-envelope fa-fw fa-lg"></i></a>'
        '<a href="javascript:window.print()" class="in-bai" title="In bài viết">'
        '<i class="bi bi-printer"></i> In bài</a>'
        "</div></div>"
    )


def _page_nav(post: Post) -> str:
    slugs = [s for s, _ in READ_MOST]
    if post.slug not in slugs:
        return ""
    i = slugs.index(post.slug)
    out = ['<nav class="page-navigation">', '  <div class="nav-page nav-page-previous">']
    if i > 0:
        s, label = READ_MOST[i - 1]
        out.append(
            f'      <a href="../../posts/{s}/index.html" class="pagination-link" aria-label="{esc(label)}">\n'
            f'        <i class="bi bi-arrow-left-short"></i> <span class="nav-page-text">{esc(label)}</span>\n'
            "      </a>          "
        )
    out.append('  </div>\n  <div class="nav-page nav-page-next">')
    if i + 1 < len(slugs):
        s, label = READ_MOST[i + 1]
        out.append(
            f'      <a href="../../posts/{s}/index.html" class="pagination-link" aria-label="{esc(label)}">\n'
            f'        <span class="nav-page-text">{esc(label)}</span> <i class="bi bi-arrow-right-short"></i>\n'
            "      </a>"
        )
    out.append("  </div>\n</nav>")
    return "\n".join(out)


def _nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def post_page(request: Request, post: Post) -> Response:
    o = "../../"
    body_html, _, toc = render_post_body(post)
    app_html, _ = appendix(post)
    title_html = esc(post.title)
    desc_html = esc(post.description) if post.description else None
    read_most = post.slug in [s for s, _ in READ_MOST]
    crumbs = ""
    if read_most:
        crumbs = (
            '<nav class="quarto-page-breadcrumbs quarto-title-breadcrumbs d-none d-lg-block" '
            'aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item">Đọc nhiều'
            f'</li><li class="breadcrumb-item"><a href="./index.html">{title_html}</a></li></ol></nav>'
        )
    block = _title_block(post, title_html, crumbs, desc_html)
    margin = ""
    if toc:
        items = "\n".join(
            f'  <li><a href="#{sid}" id="toc-{sid}" class="nav-link{" active" if i == 0 else ""}" '
            f'data-scroll-target="#{sid}">{inner}</a></li>'
            for i, (level, sid, inner) in enumerate(toc)
            if level == 2
        )
        margin = (
            '        <nav id="TOC" role="doc-toc" class="toc-active">\n'
            '    <h2 id="toc-title">Mục lục</h2>\n   \n  <ul>\n'
            f"{items}\n  </ul>\n</nav>"
        )
    main = f"{block}\n\n\n{body_html}\n\n{_share(post)}\n\n{app_html}"
    page_title = f"{post.title} – {SITE_TITLE}"
    if post.nfd:
        main = _nfd(main)
        margin = _nfd(margin)
        page_title = _nfd(page_title)
    names = [n for n, _ in post.byline]
    og_desc = post.description or post.abstract or _excerpt(post, 160)
    thumb = _thumb(post)
    metas = "\n".join(
        [*(f'<meta name="author" content="{esc(n)}">' for n in names)]
        + [f'<meta name="dcterms.date" content="{post.date}">']
        + (
            [f'<meta name="description" content="{esc(post.description)}">']
            if post.description
            else []
        )
        + ([f'<meta name="keywords" content="{esc(post.keywords)}">'] if post.keywords else [])
    )
    y = post.date[:4]
    extra = "\n".join(
        [
            f'<meta property="og:title" content="{esc(post.title)}">',
            f'<meta property="og:description" content="{esc(og_desc)}">',
            *(
                [f'<meta property="og:image" content="{OLD_SITE}/posts/{post.slug}/{thumb}">']
                if thumb
                else []
            ),
            f'<meta name="twitter:title" content="{esc(post.title)}">',
            '<meta name="twitter:card" content="summary_large_image">',
            f'<meta name="citation_title" content="{esc(post.title)}">',
            *(f'<meta name="citation_author" content="{esc(n)}">' for n in names),
            f'<meta name="citation_publication_date" content="{post.date}">',
            f'<meta name="citation_cover_date" content="{post.date}">',
            f'<meta name="citation_year" content="{y}">',
            f'<meta name="citation_online_date" content="{post.date}">',
            f'<meta name="citation_fulltext_html_url" content="{OLD_SITE}/posts/{post.slug}/">',
            '<meta name="citation_language" content="vi">',
        ]
    )
    return _page(
        request,
        o=o,
        path=f"/posts/{post.slug}/index.html",
        title=page_title,
        body_class="nav-sidebar docked nav-fixed",
        main=main,
        margin=margin,
        metas=metas,
        extra_head=extra,
        current=post.slug,
        crumbs=crumbs,
        after_main=_page_nav(post),
    )


def _sorted_posts() -> list[Post]:
    return sorted(POSTS, key=lambda p: p.date, reverse=True)


def _listing_script(listing_id: str, page_size: int | None) -> str:
    page = (
        f"\n    page: {page_size},\n    pagination: {{ item: \"<li class='page-item'><a class='page page-link' href='#'></a></li>\" }},"
        if page_size
        else ""
    )
    return f"""<script>
window.document.addEventListener("DOMContentLoaded", function (_event) {{
  const listingTargetEl = window.document.querySelector('#{listing_id} .list');
  if (!listingTargetEl) {{ return; }}
  const options = {{
    valueNames: ['listing-date','listing-title','listing-author','listing-description','listing-reading-time',{{ data: ['index'] }},{{ data: ['categories'] }},{{ data: ['listing-date-sort'] }},{{ data: ['listing-file-modified-sort'] }}],{page}
    searchColumns: ["listing-title","listing-author","listing-date","listing-image","listing-description","listing-categories"],
  }};
  window['quarto-listings'] = window['quarto-listings'] || {{}};
  window['quarto-listings']['{listing_id}'] = new List('{listing_id}', options);
  if (window['quarto-listing-loaded']) {{ window['quarto-listing-loaded'](); }}
}});
window.addEventListener('hashchange',() => {{
  if (window['quarto-listing-loaded']) {{ window['quarto-listing-loaded'](); }}
}})
</script>"""


def _data_attrs(post: Post, index: int) -> str:
    return (
        f'data-index="{index}" data-categories="{_b64(",".join(post.chips))}" '
        f'data-listing-date-sort="{_sort_ms(post.date)}" '
        f'data-listing-file-modified-sort="{_sort_ms("2026-12-05")}" '
        'data-listing-date-modified-sort="NaN" '
        f'data-listing-reading-time-sort="{_words(post) // 200 + 1}" '
        f'data-listing-word-count-sort="{_words(post)}"'
    )


def home(request: Request) -> Response:
    o = "./"
    posts = _sorted_posts()
    cards = []
    for i, post in enumerate(posts[:6]):
        href = f"./posts/{post.slug}/index.html"
        thumb = _thumb(post)
        img = (
            f'<p class="card-img-top">\n<img src="posts/{post.slug}/{thumb}" style="height: 150px;" '
            'class="thumbnail-image card-img"/>\n</p>'
            if thumb
            else '<div class="listing-item-img-placeholder card-img-top" style="height: 150px;">&nbsp;</div>'
        )
        cards.append(
            f'<div class="g-col-1" {_data_attrs(post, i)}>\n'
            f'<a href="{href}" class="quarto-grid-link">\n'
            '<div class="quarto-grid-item card h-100 card-left">\n'
            f"{img}\n"
            '<div class="card-body post-contents">\n'
            f'<h5 class="no-anchor card-title listing-title">\n{esc(post.title)}\n</h5>\n'
            '<div class="card-attribution card-text-small start">\n'
            f'<div class="listing-date">{_dmy(post.date)}</div>\n</div>\n'
            f'<div class="card-text listing-description delink">\n{esc(_listing_desc(post))}\n</div>\n'
            "</div>\n</div>\n</a>\n</div>"
        )
    research = [p for p in posts if p.category == RESEARCH][:3]
    rows = []
    for i, post in enumerate(research):
        href = f"./posts/{post.slug}/index.html"
        rows.append(
            f'<tr data-index="{i}" data-listing-date-sort="{_sort_ms(post.date)}" '
            f'data-listing-title-sort="{esc(post.title)}" onclick="window.location.href = \'{href}\';">\n'
            f'<td>\n<span class="listing-date">{_dmy(post.date)}</span>\n</td>\n'
            f'<td>\n<a href="{href}" class="title listing-title">{esc(post.title)}</a>\n</td>\n'
            f'<td>\n<span class="listing-author">{esc(", ".join(n for n, _ in post.byline))}</span>\n</td>\n'
            "</tr>"
        )
    sort_a = (
        "onclick=\"if (this.classList.contains('sort-asc')) { this.classList.add('sort-desc'); "
        "this.classList.remove('sort-asc') } else { this.classList.add('sort-asc'); "
        "this.classList.remove('sort-desc')} return false;\""
    )
    main = f"""<header id="title-block-header" class="quarto-title-block default">
<div class="quarto-title">
<h1 class="title">{SITE_TITLE}</h1>
</div>

<div>
  <div class="description">
    Trang thông tin nghiên cứu, trao đổi và tin hoạt động của {SCHOOL}
  </div>
</div>

<div class="quarto-title-meta">
  </div>
</header>

<p>Bản tin do Khoa Lý luận cơ sở phối hợp với Phòng Quản lý đào tạo - Nghiên cứu khoa học thực hiện, đăng tải các bài nghiên cứu, trao đổi của giảng viên, học viên và tin tức hoạt động của Nhà trường. Bài cộng tác xin gửi về hộp thư <a href="mailto:bantin.tct@hatinh.gov.vn">bantin.tct@hatinh.gov.vn</a>.</p>
<section id="bài-mới" class="level2">
<h2 class="anchored" data-anchor-id="bài-mới">Bài mới</h2>
<div class="quarto-listing quarto-listing-container-grid" id="listing-moi">
<div class="list grid quarto-listing-cols-3">
{chr(10).join(cards)}
</div>
<div class="listing-no-matching d-none">
No matching items
</div>
</div>
<p><a href="./posts.html" class="btn btn-outline-danger btn-sm">Xem tất cả bài viết →</a></p>
</section>
<section id="nghiên-cứu---trao-đổi" class="level2">
<h2 class="anchored" data-anchor-id="nghiên-cứu---trao-đổi">Nghiên cứu - Trao đổi</h2>
<div class="quarto-listing quarto-listing-container-table" id="listing-nghien-cuu">
<table class="quarto-listing-table table table-hover">
<thead>
<tr>
<th>
<a class="sort" data-sort="listing-date-sort" {sort_a}>Ngày</a>
</th>
<th>
<a class="sort" data-sort="listing-title-sort" {sort_a}>Tiêu đề</a>
</th>
<th>
<a class="sort" data-sort="listing-author-sort" {sort_a}>Tác giả</a>
</th>
</tr>
</thead>
<tbody class="list">
{chr(10).join(rows)}
</tbody>
</table>
<div class="listing-no-matching d-none">
No matching items
</div>
</div>
</section>"""
    extra = "\n".join(
        [
            f'<meta property="og:title" content="{SITE_TITLE}">',
            f'<meta property="og:description" content="Trang thông tin nghiên cứu, trao đổi và tin hoạt động của {SCHOOL}">',
            f'<meta property="og:image" content="{OLD_SITE}/images/toa-nha-truong.jpg">',
            '<script src="site_libs/quarto-listing/list.min.js"></script>',
            '<script src="site_libs/quarto-listing/quarto-listing.js"></script>',
            _listing_script("listing-moi", None),
        ]
    )
    return _page(
        request,
        o=o,
        path="/index.html",
        title=SITE_TITLE,
        body_class="nav-sidebar docked nav-fixed fullcontent",
        main=main,
        extra_head=extra,
        active="home",
    )


def posts_listing(request: Request) -> Response:
    o = "./"
    posts = _sorted_posts()
    items = []
    for i, post in enumerate(posts):
        href = f"./posts/{post.slug}/index.html"
        thumb = _thumb(post)
        thumb_html = (
            f'<p class="card-img-top"><img src="posts/{post.slug}/{thumb}" class="thumbnail-image card-img"/></p>'
            if thumb
            else '<div class="listing-item-img-placeholder card-img-top">&nbsp;</div>'
        )
        chips = "\n".join(
            f'<div class="listing-category" onclick="window.quartoListingCategory(\'{_b64(c)}\'); '
            f'return false;">{esc(c)}</div>'
            for c in post.chips
        )
        author = ", ".join(n for n, _ in post.byline)
        items.append(
            f'<div class="quarto-post image-right" {_data_attrs(post, i)}>\n'
            '<div class="thumbnail">\n'
            f'<p><a href="{href}" class="no-external"></a></p><a href="{href}" class="no-external">\n'
            f'{thumb_html}\n</a><p><a href="{href}" class="no-external"></a></p>\n</div>\n'
            '<div class="body">\n'
            f'<h3 class="no-anchor listing-title">\n<a href="{href}" class="no-external">{esc(post.title)}</a>\n</h3>\n'
            f'<div class="listing-subtitle">\n<a href="{href}" class="no-external"></a>\n</div>\n'
            f'<div class="listing-categories">\n{chips}\n</div>\n'
            f'<div class="delink listing-description">\n<a href="{href}" class="no-external">{esc(_listing_desc(post))}</a>\n</div>\n'
            "</div>\n"
            '<div class="metadata">\n'
            f'<a href="{href}" class="no-external">\n'
            f'<div class="listing-date">\n{_vi_short(post.date)}\n</div>\n'
            f'<div class="listing-author">\n{esc(author)}\n</div>\n'
            f'<div class="listing-reading-time">\n{_words(post) // 200 + 1} min\n</div>\n'
            "</a>\n</div>\n</div>"
        )
    counts: dict[str, int] = {}
    for post in POSTS:
        for c in post.chips:
            counts[c] = counts.get(c, 0) + 1
    cats = "".join(
        f'<div class="category" data-category="{_b64(c)}">{esc(c)} <span class="quarto-category-count">({n})</span></div>'
        for c, n in sorted(counts.items(), key=lambda kv: kv[0].lower())
    )
    margin = (
        '<div class="quarto-listing-category-title">Chuyên mục</div><div class="quarto-listing-category category-default">'
        f'<div class="category" data-category="">Tất cả <span class="quarto-category-count">({len(POSTS)})</span></div>'
        f"{cats}</div>"
    )
    main = f"""<header id="title-block-header" class="quarto-title-block default">
<div class="quarto-title">
<h1 class="title">Tất cả bài viết</h1>
</div>

<div>
  <div class="description">
    Các bài viết được sắp xếp theo thời gian đăng, mới nhất ở trên. Chọn chuyên mục ở cột bên phải để lọc.
  </div>
</div>

<div class="quarto-title-meta">
  </div>
</header>

<div class="quarto-listing quarto-listing-container-default" id="listing-listing">
<div class="listing-actions-group">
   <div class="input-group input-group-sm quarto-listing-sort">
     <span class="input-group-text"><i class="bi bi-sort-down"></i></span>
     <select id="listing-listing-sort" class="form-select" aria-label="Order By" onchange="window['quarto-listings']['listing-listing'].sort(this.options[this.selectedIndex].value, {{ order: this.options[this.selectedIndex].getAttribute('data-direction')}})">
       <option value="" disabled="" selected="" hidden="">Order By</option>
       <option value="index" data-direction="asc">Default</option>
         <option value="listing-date-sort" data-direction="asc">Date - Oldest</option>
         <option value="listing-date-sort" data-direction="desc">Date - Newest</option>
         <option value="listing-title-sort" data-direction="asc">Title</option>
         <option value="listing-author-sort" data-direction="asc">Author</option>
     </select>
    </div>
    <div class="input-group input-group-sm quarto-listing-filter">
      <span class="input-group-text"><i class="bi bi-search"></i></span>
      <input type="text" class="search form-control" placeholder="Lọc bài viết">
    </div>
</div>
<div class="list quarto-listing-default">
{chr(10).join(items)}
</div>
<div class="listing-no-matching d-none">
No matching items
</div>
<nav id="listing-listing-pagination" class="listing-pagination" aria-label="Page Navigation">
  <ul class="pagination"></ul>
</nav>
</div>"""
    extra = "\n".join(
        [
            '<link href="./posts.xml" rel="alternate" type="application/rss+xml" title="Bản tin Khoa học - Tin tức">',
            f'<meta property="og:title" content="Tất cả bài viết – {SITE_TITLE}">',
            '<script src="site_libs/quarto-listing/list.min.js"></script>',
            '<script src="site_libs/quarto-listing/quarto-listing.js"></script>',
            _listing_script("listing-listing", 6),
        ]
    )
    return _page(
        request,
        o=o,
        path="/posts.html",
        title=f"Tất cả bài viết – {SITE_TITLE}",
        body_class="nav-sidebar docked nav-fixed",
        main=main,
        margin=margin,
        extra_head=extra,
    )


def _simple_title(title: str, description: str | None = None) -> str:
    desc = (
        f'\n<div>\n  <div class="description">\n    {description}\n  </div>\n</div>\n'
        if description
        else ""
    )
    return (
        '<header id="title-block-header" class="quarto-title-block default">\n'
        f'<div class="quarto-title">\n<h1 class="title">{title}</h1>\n</div>\n{desc}\n'
        '<div class="quarto-title-meta">\n  </div>\n</header>'
    )


def _about(request: Request) -> Response:
    main = f"""<div class="quarto-about-trestles">
<div class="about-entity">
<img src="images/toa-nha-truong.jpg" class="about-image round" style="height: 15em; width: 15em;">
<h1 class="title">Giới thiệu Nhà trường</h1>
<div class="about-links">
  <a href="https://truongchinhtri.hatinh.gov.vn" class="about-link" rel="" target=""><i class="bi bi-globe"></i><span class="about-link-text">Cổng thông tin</span></a>
  <a href="https://www.facebook.com/truongchinhtritranphu" class="about-link" rel="" target=""><i class="bi bi-facebook"></i><span class="about-link-text">Facebook</span></a>
  <a href="mailto:truongchinhtri@hatinh.gov.vn" class="about-link" rel="" target=""><i class="bi bi-envelope"></i><span class="about-link-text">Email</span></a>
</div>
</div>
<div class="about-contents"><section id="lịch-sử-hình-thành" class="level2">
<h2 class="anchored" data-anchor-id="lịch-sử-hình-thành">Lịch sử hình thành</h2>
<p>{SCHOOL} là cơ sở đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở địa phương, trực thuộc Tỉnh ủy Hà Tĩnh, chịu sự chỉ đạo, hướng dẫn về chuyên môn, nghiệp vụ của Học viện Chính trị quốc gia Hồ Chí Minh.</p>
<p>Trải qua nhiều thời kỳ xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng vạn lượt cán bộ, đảng viên cho tỉnh nhà; nhiều đồng chí đã trưởng thành, giữ các cương vị lãnh đạo chủ chốt của tỉnh và Trung ương.</p>
</section>
<section id="chức-năng-nhiệm-vụ" class="level2">
<h2 class="anchored" data-anchor-id="chức-năng-nhiệm-vụ">Chức năng, nhiệm vụ</h2>
<ul>
<li>Đào tạo trung cấp lý luận chính trị; phối hợp mở các lớp cao cấp lý luận chính trị;</li>
<li>Bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý cấp xã và tương đương;</li>
<li>Nghiên cứu khoa học, tổng kết thực tiễn phục vụ giảng dạy và sự lãnh đạo của Tỉnh ủy.</li>
</ul>
</section>
<section id="về-bản-tin" class="level2">
<h2 class="anchored" data-anchor-id="về-bản-tin">Về Bản tin</h2>
<p>Bản tin Khoa học - Tin tức được xây dựng bằng Quarto từ năm 2024, do ThS. Lê Thị Minh Huệ (Khoa Lý luận cơ sở) phụ trách kỹ thuật. Nội dung bài viết thuộc về các tác giả; khi trích dẫn, đề nghị ghi rõ nguồn.</p>
</section>
</div>
</div>"""
    return _page(
        request,
        o="./",
        path="/about.html",
        title=f"Giới thiệu Nhà trường – {SITE_TITLE}",
        body_class="nav-sidebar docked nav-fixed fullcontent",
        main=main,
    )


def _structure(request: Request) -> Response:
    main = (
        _simple_title("Cơ cấu tổ chức")
        + """
<section id="ban-giám-hiệu" class="level2">
<h2 class="anchored" data-anchor-id="ban-giám-hiệu">Ban Giám hiệu</h2>
<table class="caption-top table">
<thead>
<tr class="header"><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
</thead>
<tbody>
<tr class="odd"><td>Trần Thị Hồng Minh</td><td>Hiệu trưởng</td><td>0239.3855.201</td></tr>
<tr class="even"><td>Nguyễn Văn Hòa</td><td>Phó Hiệu trưởng</td><td>0239.3855.202</td></tr>
<tr class="odd"><td>Hồ Sỹ Lâm</td><td>Phó Hiệu trưởng</td><td>0239.3855.203</td></tr>
</tbody>
</table>
</section>
<section id="các-phòng-khoa" class="level2">
<h2 class="anchored" data-anchor-id="các-phòng-khoa">Các phòng, khoa</h2>
<div class="columns">
<div class="column" style="width:50%;">
<ul>
<li>Phòng Tổ chức - Hành chính</li>
<li>Phòng Quản lý đào tạo - Nghiên cứu khoa học</li>
</ul>
</div><div class="column" style="width:50%;">
<ul>
<li>Khoa Lý luận cơ sở</li>
<li>Khoa Xây dựng Đảng</li>
<li>Khoa Nhà nước và pháp luật</li>
<li>Khoa Dân vận</li>
</ul>
</div>
</div>
</section>"""
    )
    return _page(
        request,
        o="./",
        path="/co-cau-to-chuc.html",
        title=f"Cơ cấu tổ chức – {SITE_TITLE}",
        body_class="nav-sidebar docked nav-fixed fullcontent",
        main=main,
    )


def _contact(request: Request) -> Response:
    main = (
        _simple_title("Liên hệ")
        + f"""
<p><strong>{SCHOOL}</strong><br>
Địa chỉ: số 2 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh<br>
Điện thoại: 0239.3855.216 · Fax: 0239.3855.299<br>
Email: <a href="mailto:truongchinhtri@hatinh.gov.vn">truongchinhtri@hatinh.gov.vn</a></p>
<p>Gửi bài cộng tác cho Bản tin: <a href="mailto:bantin.tct@hatinh.gov.vn">bantin.tct@hatinh.gov.vn</a> (ghi rõ họ tên, đơn vị, số điện thoại của tác giả).</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3794.3!2d105.9!3d18.34" width="100%" height="320" style="border:0;" allowfullscreen="" loading="lazy"></iframe>
<form action="https://formspree.io/f/xbjvtctht" method="POST" class="mt-3">
<p><label>Họ và tên<br><input type="text" name="hoten" class="form-control"></label></p>
<p><label>Email<br><input type="email" name="email" class="form-control"></label></p>
<p><label>Nội dung<br><textarea name="noidung" rows="4" class="form-control"></textarea></label></p>
<p><button type="submit" class="btn btn-danger">Gửi</button></p>
</form>"""
    )
    return _page(
        request,
        o="./",
        path="/lien-he.html",
        title=f"Liên hệ – {SITE_TITLE}",
        body_class="nav-sidebar docked nav-fixed fullcontent",
        main=main,
    )


DOCS = [
    (
        "215-TB/TCT",
        "30/11/2026",
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
        "215-TB-TCT.pdf",
    ),
    (
        "86-KH/TU",
        "15/10/2026",
        "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy",
        "86-KH-TU.pdf",
    ),
    (
        "112-QĐ/TCT",
        "02/03/2026",
        "Quy chế đào tạo trung cấp lý luận chính trị hệ tập trung và không tập trung",
        "112-QD-TCT.pdf",
    ),
    ("—", "01/11/2026", "Lịch giảng tháng 11/2026", "lich-giang-thang-11-2026.pdf"),
]


def _documents(request: Request) -> Response:
    rows = "\n".join(
        f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td>{esc(num)}</td><td>{day}</td>'
        f'<td>{esc(title)}</td><td><a href="tai-lieu/{f}"><i class="bi bi-file-earmark-pdf"></i> Tải về</a></td></tr>'
        for i, (num, day, title, f) in enumerate(DOCS)
    )
    main = (
        _simple_title(
            "Văn bản - Tài liệu", "Văn bản chỉ đạo, quy chế, kế hoạch và tài liệu học tập"
        )
        + f"""
<table class="caption-top table">
<thead>
<tr class="header"><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>"""
    )
    return _page(
        request,
        o="./",
        path="/van-ban.html",
        title=f"Văn bản - Tài liệu – {SITE_TITLE}",
        body_class="nav-sidebar docked nav-fixed fullcontent",
        main=main,
    )


def _calendar(request: Request) -> Response:
    rows = [
        (
            "Thứ Hai, 07/12",
            "Sáng",
            "TC LLCT K46",
            "Học phần: Xây dựng Đảng về tổ chức",
            "ThS. Phan Thị Thu Hà",
        ),
        ("Thứ Hai, 07/12", "Chiều", "TC LLCT K46", "Thảo luận", "ThS. Phan Thị Thu Hà"),
        (
            "Thứ Ba, 08/12",
            "Sáng",
            "BD cán bộ cấp xã",
            "Kỹ năng tiếp công dân",
            "ThS. Trần Thị Mai Anh",
        ),
        (
            "Thứ Tư, 09/12",
            "Sáng",
            "TC LLCT K47 (KTT)",
            "Triết học Mác - Lênin",
            "ThS. Lê Thị Minh Huệ",
        ),
        ("Thứ Năm, 10/12", "Cả ngày", "TC LLCT K46", "Kiểm tra học phần", "Phòng QLĐT-NCKH"),
    ]
    body = "\n".join(
        f'<tr class="{"odd" if i % 2 == 0 else "even"}">'
        + "".join(f"<td>{esc(c)}</td>" for c in r)
        + "</tr>"
        for i, r in enumerate(rows)
    )
    main = (
        _simple_title("Lịch giảng tháng 12/2026")
        + f"""
<p>Lịch có thể thay đổi; giảng viên theo dõi thông báo của Phòng Quản lý đào tạo - Nghiên cứu khoa học. Lịch các tháng trước: <a href="tai-lieu/lich-giang-thang-11-2026.pdf">tháng 11/2026 (PDF)</a>.</p>
<table class="caption-top table table-sm">
<thead>
<tr class="header"><th>Ngày</th><th>Buổi</th><th>Lớp</th><th>Nội dung</th><th>Giảng viên</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>"""
    )
    return _page(
        request,
        o="./",
        path="/lich-giang.html",
        title=f"Lịch giảng tháng 12/2026 – {SITE_TITLE}",
        body_class="nav-sidebar docked nav-fixed fullcontent",
        main=main,
    )


ALBUM = [
    ("hoi-nghi-vc-2027-1.jpg", "Hội nghị cán bộ, viên chức năm 2027"),
    ("hoi-nghi-vc-2027-2.jpg", "Biểu quyết thông qua Nghị quyết Hội nghị"),
    ("be-giang-k45-1.jpg", "Lễ bế giảng lớp TC LLCT K45"),
    ("be-giang-k45-2.jpg", "Học viên K45 chụp ảnh lưu niệm"),
    ("20-11-2026.jpg", "Mít tinh kỷ niệm Ngày Nhà giáo Việt Nam"),
    ("thuc-te-quang-tri.jpg", "Học viên K45 nghiên cứu thực tế tại Quảng Trị"),
]


def _gallery(request: Request) -> Response:
    cells = "\n".join(
        '<div class="quarto-layout-cell" style="flex-basis: 33.3%;justify-content: flex-start;">\n'
        '<div class="quarto-figure quarto-figure-center">\n<figure class="figure">\n'
        f'<p><a href="thu-vien-anh/{f}" class="lightbox" data-gallery="album-2026" title="{esc(c)}">'
        f'<img src="thu-vien-anh/{f}" class="img-fluid figure-img"></a></p>\n'
        f"<figcaption>{esc(c)}</figcaption>\n</figure>\n</div>\n</div>"
        for f, c in ALBUM
    )
    main = (
        _simple_title("Thư viện ảnh", "Hình ảnh hoạt động của Nhà trường năm 2026")
        + f"""
<div class="quarto-layout-panel" data-layout-ncol="3">
<div class="quarto-layout-row">
{cells}
</div>
</div>"""
    )
    return _page(
        request,
        o="./",
        path="/thu-vien-anh.html",
        title=f"Thư viện ảnh – {SITE_TITLE}",
        body_class="nav-sidebar docked nav-fixed fullcontent",
        main=main,
    )


def _videos(request: Request) -> Response:
    vids = [
        (
            "3kQm9xTct01",
            "Phóng sự: Trường Chính trị Trần Phú - Nơi ươm mầm cán bộ",
            "Thời lượng 12 phút · Đài PT-TH Hà Tĩnh",
        ),
        (
            "7pLr2vTct02",
            "Hội thi giảng viên dạy giỏi cấp trường năm 2026 - Bài giảng đạt giải Nhất",
            "Thời lượng 45 phút",
        ),
    ]
    blocks = "\n".join(
        f'<section id="video-{i}" class="level2">\n<h2 class="anchored" data-anchor-id="video-{i}">{esc(title)}</h2>\n'
        '<div class="quarto-video ratio ratio-16x9">'
        f'<iframe data-external="1" src="https://www.youtube.com/embed/{vid}" title="{esc(title)}" frameborder="0" '
        'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div>\n'
        f"<p>{esc(note)}</p>\n</section>"
        for i, (vid, title, note) in enumerate(vids, 1)
    )
    main = _simple_title("Video") + "\n" + blocks
    return _page(
        request,
        o="./",
        path="/video.html",
        title=f"Video – {SITE_TITLE}",
        body_class="nav-sidebar docked nav-fixed fullcontent",
        main=main,
    )


def _alias(request: Request) -> Response:
    target = f"../{ALIAS_TARGET}/index.html"
    return html(
        f"""<html>
  <head>
    <title>Redirect</title>
    <script type="text/javascript">
      var redirects = {{"": "{target}"}};
      var hash = window.location.hash.startsWith('#') ? window.location.hash.slice(1) : window.location.hash;
      var redirect = redirects[hash] || redirects[""] || "/";
      window.document.title = 'Redirect to ' + redirect;
      window.location.replace(redirect);
    </script>
  </head>
  <body>
  </body>
</html>
"""
    )


def _not_found(request: Request) -> Response:
    main = (
        _simple_title("Không tìm thấy trang")
        + '\n<p>Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Mời quay về <a href="/">trang chủ</a>.</p>'
    )
    resp = _page(
        request,
        o="/",
        path="/404.html",
        title=f"Không tìm thấy trang – {SITE_TITLE}",
        body_class="nav-sidebar docked nav-fixed fullcontent",
        main=main,
    )
    resp.status = 404
    return resp


def _rss(request: Request) -> Response:
    items = []
    for post in _sorted_posts():
        y, m, d = (int(x) for x in post.date.split("-"))
        wd = calendar.day_abbr[calendar.weekday(y, m, d)]
        mon = calendar.month_abbr[m]
        items.append(
            f"""  <item>
    <title>{esc(post.title)}</title>
    <dc:creator>{esc(", ".join(n for n, _ in post.byline))}</dc:creator>
    <link>{OLD_SITE}/posts/{post.slug}/index.html</link>
    <description><![CDATA[{_listing_desc(post)}]]></description>
{"".join(f"    <category>{esc(c)}</category>{chr(10)}" for c in post.chips)}    <guid>{OLD_SITE}/posts/{post.slug}/index.html</guid>
    <pubDate>{wd}, {d:02d} {mon} {y} 00:00:00 GMT</pubDate>
  </item>"""
        )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss  xmlns:atom="http://www.w3.org/2005/Atom"
      xmlns:media="http://search.yahoo.com/mrss/"
      xmlns:content="http://purl.org/rss/1.0/modules/content/"
      xmlns:dc="http://purl.org/dc/elements/1.1/"
      version="2.0">
<channel>
<title>{SITE_TITLE}</title>
<link>{OLD_SITE}/posts.html</link>
<atom:link href="{OLD_SITE}/posts.xml" rel="self" type="application/rss+xml"/>
<description>Bản tin của {SCHOOL}</description>
<generator>{GENERATOR}</generator>
<lastBuildDate>Sat, 05 Dec 2026 00:00:00 GMT</lastBuildDate>
{chr(10).join(items)}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


def _sitemap(request: Request) -> Response:
    locs = ["index.html", "posts.html", "about.html", "co-cau-to-chuc.html", "lien-he.html"]
    locs += ["van-ban.html", "lich-giang.html", "thu-vien-anh.html", "video.html"]
    locs += [f"posts/{p.slug}/index.html" for p in POSTS]
    urls = "\n".join(
        f"  <url>\n    <loc>{OLD_SITE}/{loc}</loc>\n    <lastmod>2026-12-05T06:15:02.118Z</lastmod>\n  </url>"
        for loc in locs
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


def _search_json(request: Request) -> Response:
    entries = []
    for post in POSTS:
        _, blocks, _ = render_post_body(post)
        text_ = " ".join(b.text for b in blocks if isinstance(b, P))[:900]
        href = f"posts/{post.slug}/index.html"
        entries.append(
            {
                "objectID": href,
                "href": href,
                "title": post.title,
                "section": "",
                "text": text_,
                "crumbs": ["Đọc nhiều"] if post.slug in [s for s, _ in READ_MOST] else [],
            }
        )
    for href, title in [
        ("about.html", "Giới thiệu Nhà trường"),
        ("posts.html", "Tất cả bài viết"),
        ("lich-giang.html", "Lịch giảng tháng 12/2026"),
    ]:
        entries.append(
            {
                "objectID": href,
                "href": href,
                "title": title,
                "section": "",
                "text": "",
                "crumbs": [],
            }
        )
    return Response(
        200,
        json.dumps(entries, ensure_ascii=False, indent=2),
        {"Content-Type": "application/json; charset=utf-8"},
    )


_STATIC_PREFIXES = ("/images/", "/site_libs/", "/thu-vien-anh/", "/posts/", "/styles.css")


class Site:
    """GitHub Pages serving the Quarto ``_site`` folder."""

    def __init__(self) -> None:
        self.pages = {
            "/": home,
            "/index.html": home,
            "/posts.html": posts_listing,
            "/about.html": _about,
            "/co-cau-to-chuc.html": _structure,
            "/lien-he.html": _contact,
            "/van-ban.html": _documents,
            "/lich-giang.html": _calendar,
            "/thu-vien-anh.html": _gallery,
            "/video.html": _videos,
            "/posts.xml": _rss,
            "/sitemap.xml": _sitemap,
            "/search.json": _search_json,
        }
        self.pdfs = {f"/tai-lieu/{f}" for *_, f in DOCS}

    def respond(self, request: Request) -> Response | None:
        path = request.path  # GitHub Pages ignores the query string
        if path in self.pages:
            return self.pages[path](request)
        if path in self.pdfs:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        m = re.fullmatch(r"/posts/([\w-]+)(/|/index\.html)?", path)
        if m:
            slug, tail = m.groups()
            if slug not in BY_SLUG and slug != ALIAS_SLUG:
                return _not_found(request)
            if tail is None:
                return redirect(f"{base_url(request)}/posts/{slug}/", status=301)
            if slug == ALIAS_SLUG:
                return _alias(request)
            return post_page(request, BY_SLUG[slug])
        if path.startswith(_STATIC_PREFIXES):
            found = static_file(path)
            if found is not None:
                return found
        return _not_found(request)


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _story(post: Post) -> Story:
    _, blocks, _ = render_post_body(post)
    _, app_blocks = appendix(post)
    summary = post.description or post.abstract
    outside = summary is not None
    if post.lead:
        summary = t(post.blocks[0][1])
    return Story(
        id=post.n,
        slug=post.slug,
        title=post.title,
        cat=post.category,
        published_at=post.published_at,
        blocks=[*blocks, *app_blocks],
        authors=post.authors,
        photographers=post.photographers,
        source=post.source,
        summary=summary,
        sapo_outside=outside,
    )


GOLD = [
    gold_record(
        _story(post),
        f"/posts/{post.slug}/index.html",
        post.category,
        canonical_path=f"/posts/{post.slug}/index.html",
        alt_paths=[f"/posts/{post.slug}/", *post.extra_alt],
    )
    for post in POSTS
]

NON_ARTICLES = [
    "/about.html",
    "/co-cau-to-chuc.html",
    "/lien-he.html",
    "/van-ban.html",
    "/lich-giang.html",
    "/thu-vien-anh.html",
    "/video.html",
]
