"""Phòng GD&ĐT huyện Cẩm Khê: Joomla 5.2 + Helix Ultimate 2 (JoomShaper), SP Page Builder home.

Platform
--------
Joomla 5 with the Helix Ultimate template: ``#sp-top-bar`` / ``#sp-header`` mega menu
(``sp-megamenu-parent``, ``sp-dropdown``), an off-canvas copy of the menu, ``#sp-main-body`` with the
component in ``#sp-component`` and modules in ``#sp-right``, ``#sp-bottom`` and ``#sp-footer``.
The home page is an SP Page Builder page (``sppb-section`` / ``sppb-addon-*``). Article ratings
come from Joomla's content-vote plugin (a POST form), hits are shown ("Lượt xem"), the "Văn bản"
section is Phoca Download, the photo library Phoca Gallery, the clips a small video component.
Dates are printed "d/m/Y H:i" (the site overrides DATE_FORMAT_LC3), Asia/Ho_Chi_Minh.

URL scheme
----------
- ``/`` SPPB home (``Itemid=101``);
- ``/tin-tuc`` parent blog (all sub-categories, 6 per page: 1 leading + 3 intro + 2 "links"),
  ``/tin-tuc?start=6`` …;
- ``/tin-tuc/<category>`` category blogs (``?start=N``), ``/tin-tuc/thong-bao`` a category *list*
  (table with a POST "Hiển thị #" form);
- ``/tin-tuc/<category>/<id>-<alias>`` the article (SEF, IDs kept: any alias with the right id is
  served, as Joomla's router does); ``?hitcount=0`` (vote form action), ``?tmpl=component&print=1``
  (print popup, only the "Thông báo" category shows the icon);
- ``/component/content/article/<id>-<alias>?catid=N&Itemid=101`` (SPPB carousel links) and
  ``/index.php?option=com_content&view=article&id=N&catid=N&Itemid=N`` (the marquee) serve the
  same article;
- ``/component/tags/tag/<alias>`` tag listings, ``/tim-kiem?q=`` Smart Search;
- ``/gioi-thieu/<alias>`` single-article menu items, ``/lien-he`` com_contact;
- ``/van-ban`` Phoca Download categories, ``/van-ban/<catid>-<alias>`` a category,
  ``/van-ban/<catid>-<alias>/<fileid>-<alias>`` a file's page, ``?download=<id>:<alias>`` the PDF;
- ``/thu-vien-anh`` and ``/thu-vien-anh/<id>-<alias>`` (Phoca Gallery), ``/video`` and
  ``/video/<id>-<alias>``.

Templates: home (SPPB), Helix blog, Joomla category list, Helix article, print view, single
article (intro pages), contact, Phoca Download category/file, Phoca Gallery album, video page,
tag listing, search results.

How each gold article is reached
--------------------------------
- 231, 228, 224, 219 (Tin giáo dục): home "Tin giáo dục" addon, /tin-tuc/tin-giao-duc page 1
  (231, 228 and 219 also from the home carousel through component URLs; 224 also via its old
  alias from a "Xem thêm" line in 231);
- 213 (Tin giáo dục): only as a title in the "links" block of /tin-tuc/tin-giao-duc page 1 and
  /tin-tuc?start=6, and the tag "chuyen-doi-so";
- 205 (Tin giáo dục): only /tin-tuc/tin-giao-duc?start=5 and /tin-tuc?start=12;
- 229, 222, 216 (Hoạt động chuyên môn): home addon, category page 1;
- 208 (Hoạt động chuyên môn): only /tin-tuc/hoat-dong-chuyen-mon?start=3 and /tin-tuc?start=6;
- 226 (Công đoàn - Đoàn thể): home carousel (component URL), its category page;
- 227, 210 (Thông báo): the home "Thông báo" box and the category list; 227 also from the
  top-bar marquee through a non-SEF ``index.php`` URL.

Traps
-----
1. Duplicate URLs everywhere, and a canonical that does not help: the SPPB carousel links
   ``/component/content/article/…?catid=…&Itemid=101``, the marquee a non-SEF ``/index.php?…``,
   the vote form posts to ``<current URL>?hitcount=0`` (GET answers the article), the "Thông báo"
   print icon opens ``?tmpl=component&print=1``, a "Xem thêm" line links 224 under its old alias.
   The System-SEF plugin prints ``rel=canonical`` as the *requested* URL (its real behaviour), so
   each variant calls itself canonical. Gold: one record per article, path and canonical_path the
   SEF ``/tin-tuc/<cat>/<id>-<alias>``, every linked variant in ``alt_paths``.
2. Three dates in the info block: "Ngày tạo:" (created, labelled, printed first), the publish date
   with only a calendar icon (``span.published``, ``itemprop=datePublished``, title "Ngày đăng: …")
   and "Cập nhật:" (modified). On 228 the Joomla 5 schema.org JSON-LD says ``datePublished`` =
   the creation day (28/11) as well. Gold: the publish date ("Ngày đăng").
3. Midnight: 219 was scheduled for 20/11/2026 00:00 (created the evening before). Gold: the day
   alone, "2026-11-20".
4. An official notice (227, Thông báo số 412/TB-PGDĐT) printed with its letterhead table inside
   the article, posted 01/12/2026 08:15. Gold: date = the letterhead's day "2026-11-30", author =
   the signer "Đỗ Văn Quang", body without the letterhead, "THÔNG BÁO"/"Về việc" lines, "Nơi nhận",
   the signature block and the "Tải về:" attachment line. The same notice also exists as a Phoca
   Download file page (a document entry: not an article).
5. Bylines: the info block's "Viết bởi" is a CMS account ("Super User", "quantri") on most
   articles -> nobody; the real byline is a right-aligned line at the end of the text ("Tin, ảnh:
   X", "Tin: X - Ảnh: Y", "ThS. X" + unit on the next line, "X (Bộ phận Mầm non)", a unit alone
   "Bộ phận Tiểu học"); on 224 the author alias field is the school ("Viết bởi: Trường THCS Phương
   Xá") -> that unit. Helix's "author information" box with the Super User avatar is chrome.
6. Text boundaries: a ``{loadposition}`` module "Tin cùng chuyên mục" rendered *inside* the
   ``articleBody`` div (228), a "Xem thêm:" line (231), "Tải về:"/"File đính kèm:" lines, a
   closing "Nguồn: Báo Phú Thọ điện tử" (226 -> source), Helix "Bài viết liên quan" with intro
   snippets, tags, the rating widget and share bar. None of it is body.
7. Images: Helix prints the full-text image *above* the h1 and outside ``articleBody`` with Joomla
   5's ``#joomlaImage://local-images/…?width=…&height=…`` fragment; it is the article's first
   photo (path without the fragment), its ``figcaption`` the caption. Captions come as TinyMCE
   ``figcaption``, a one-column table's second row, an italic centred paragraph under the photo
   (parentheses taken off), a Word-pasted italic line; a line that only credits ("Ảnh: Phạm Thị
   Lan") -> caption None; a photo with no line -> None. Listing thumbnails, the logo, the author
   avatar, the related-articles thumbnails and the PDF icon on 227's "Tải về:" line are not the
   article's photos.
8. Pagination as Joomla does it: ``?start=N`` with icon-only arrows, blog "links" blocks that show
   later articles as bare titles, a parent blog mixing all sub-categories; 213 appears only as a
   bare link, 205 and 208 only on page 2+/3 (most-read, latest and related lists never show them).
9. Word paste (222): ``MsoNormal`` spans, numbered list markers in ``mso-list:Ignore`` spans (not
   text), "- " items the editor typed (text). Table rows (231) are paragraphs, cells joined " | ".
   Footnote calls printed "[1]" by Word stay in their sentence; the footnote list entries under the
   ``<hr>`` are the text's own paragraphs (229).
10. ``<br>``-split lines: the "👉" lines and the poem of 219 are one ``<p>`` each with ``<br>``:
    each line is a paragraph; the emoji are Unicode characters, kept (also in 219's title).
11. 208 was typed with Unikey's "Unicode tổ hợp": title and text are decomposed (NFD) in the page;
    gold is NFC.
12. Non-articles that look like articles: the "Giới thiệu" pages are Joomla articles in the same
    Helix article template (h1, "Viết bởi", date 2023, hits); Phoca Download file pages have a
    title, a "Ngày đăng" date and a description; the video page has a title, date and text.

Gold decisions on ambiguous points
----------------------------------
- ``published_at``: the unlabelled ``span.published`` date (title "Ngày đăng"), never "Ngày tạo",
  "Cập nhật" or the JSON-LD; with its printed time ("d/m/Y H:i"); 00:00 -> the day alone; the
  letterhead notice -> its letterhead day.
- ``category``: the category title as the breadcrumb prints it ("Tin giáo dục", …), also when an
  article is reached through a component URL.
- ``summary``: the bold first paragraph when there is one (231, 229, 224, 213, 216, 226 with its
  "(PTĐT) -" prefix as printed); otherwise null. The meta description is never a sapo.
- ``authors`` from the author alias field when it names the unit (224); a byline's trailing unit in
  parentheses or after " - " or on the next line is dropped.
- Helix's full-text image (above the h1) is the first of ``images``.
- The "👉" and "🌸" are Unicode characters typed in the text (not pictures): kept as printed.
- The print popup, ``?hitcount=0`` and component/non-SEF URLs are ``alt_paths``, never the
  canonical, although each prints itself as ``rel=canonical``.
- The body of the letterhead notice keeps "Căn cứ …" lines, its numbered headings, "- " items and
  the closing sentence "Nhận được Thông báo này, …/."; the footnote entries of 229 are body.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qs, quote

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

NAME = "joomla5_helix_pgd"
PLATFORM = "Joomla 5 + Helix Ultimate + SP Page Builder"
START_PATH = "/"

SITE = "Phòng GD&ĐT huyện Cẩm Khê"
SITE_FULL = "Phòng Giáo dục và Đào tạo huyện Cẩm Khê"
TODAY_VN = "Thứ Bảy, 05/12/2026"
TOKEN = "9f3c1e07b2d84a6e5c0f1a2b3d4e5f60"


# --- categories -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    key: str
    catid: int
    title: str
    itemid: int
    lead: int = 1
    intro: int = 2
    links: int = 2
    layout: str = "blog"

    @property
    def path(self) -> str:
        return f"/tin-tuc/{self.key}"

    @property
    def limit(self) -> int:
        return self.lead + self.intro + self.links


CATS = {
    "tin-giao-duc": Cat("tin-giao-duc", 9, "Tin giáo dục", 111, 1, 2, 2),
    "hoat-dong-chuyen-mon": Cat("hoat-dong-chuyen-mon", 10, "Hoạt động chuyên môn", 112, 1, 2, 0),
    "cong-doan-doan-the": Cat("cong-doan-doan-the", 11, "Công đoàn - Đoàn thể", 113, 1, 2, 2),
    "thong-bao": Cat("thong-bao", 12, "Thông báo", 114, layout="list"),
}
PARENT = Cat("", 8, "Tin tức", 110, 1, 3, 2)


# --- articles -------------------------------------------------------------------------------

R = 'style="text-align: right;"'
C = 'style="text-align: center;"'

S231 = Story(
    id=231,
    slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
    title="Tổng kết Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
    cat="Tin giáo dục",
    published_at="2026-12-04T16:20:00+07:00",
    blocks=[
        Img(
            "/images/tin-tuc/2026/12/hoi-thi-gvdg-th-01.jpg",
            "Đồng chí Triệu Văn Khánh, Phó Chủ tịch UBND huyện trao giải Nhất cho các giáo viên",
            "Đồng chí Triệu Văn Khánh, Phó Chủ tịch UBND huyện trao giải Nhất cho các giáo viên",
            style="full",
        ),
        P(
            "Chiều ngày 04/12, Phòng GD&ĐT huyện Cẩm Khê tổ chức Hội nghị tổng kết Hội thi giáo viên dạy "
            "giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027. Dự hội nghị có đồng chí Triệu Văn Khánh, Phó "
            "Chủ tịch UBND huyện; lãnh đạo Phòng GD&ĐT cùng 68 giáo viên tham gia hội thi.",
            "lead",
        ),
        P(
            "Hội thi được tổ chức từ ngày 16/11 đến ngày 28/11/2026 tại 6 điểm trường, với 2 phần thi: "
            "trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy 2 tiết trên lớp. Các bài dạy "
            "bám sát Chương trình giáo dục phổ thông 2018, nhiều giáo viên đã ứng dụng hiệu quả công nghệ "
            "thông tin, học liệu số vào tổ chức hoạt động học tập cho học sinh."
        ),
        Img(
            "/images/tin-tuc/2026/12/hoi-thi-gvdg-th-02.jpg",
            "Cô giáo Nguyễn Thị Mai Phương, Trường TH Thị trấn Sông Thao trong tiết dạy môn Tiếng Việt lớp 4",
            "Cô giáo Nguyễn Thị Mai Phương, Trường TH Thị trấn Sông Thao trong tiết dạy môn Tiếng Việt lớp 4",
            style="figure",
        ),
        P(
            "Kết quả, Ban Tổ chức công nhận 52 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện, trong "
            "đó có 8 giải Nhất, 14 giải Nhì, 17 giải Ba và 13 giải Khuyến khích. Kết quả cụ thể của một số "
            "đơn vị như sau:"
        ),
        P("TT | Đơn vị | Số GV dự thi | Số GV đạt | Giải Nhất", "rowh"),
        P("1 | TH Thị trấn Sông Thao | 8 | 8 | 3", "row"),
        P("2 | TH Phương Xá | 6 | 5 | 1", "row"),
        P("3 | TH Tùng Khê | 5 | 4 | 1", "row"),
        P("4 | TH Tiên Lương | 7 | 5 | 2", "row"),
        P("5 | TH Sơn Tình | 4 | 3 | 1", "row"),
        P(
            "Phát biểu tại hội nghị, đồng chí Triệu Văn Khánh ghi nhận sự chuẩn bị công phu, nghiêm túc của "
            "các nhà trường và đề nghị Phòng GD&ĐT tiếp tục tham mưu cơ chế động viên, khen thưởng kịp thời "
            "đối với những giáo viên đạt thành tích cao."
        ),
        Img(
            "/images/tin-tuc/2026/12/hoi-thi-gvdg-th-03.jpg",
            "(Các giáo viên đạt giải Nhất chụp ảnh lưu niệm cùng Ban Tổ chức)",
            "Các giáo viên đạt giải Nhất chụp ảnh lưu niệm cùng Ban Tổ chức",
            style="pnext",
        ),
        Raw(f"<p {R}><strong>Tin, ảnh: Nguyễn Thị Thu Hà</strong></p>"),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/tin-giao-duc/'
            '224-truong-thcs-phuong-xa-dat-chuan-quoc-gia-muc-do-2">Trường THCS Phương Xá đạt chuẩn quốc '
            "gia mức độ 2</a></p>"
        ),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Nguyễn Thị Thu Hà"],
    summary=(
        "Chiều ngày 04/12, Phòng GD&ĐT huyện Cẩm Khê tổ chức Hội nghị tổng kết Hội thi giáo viên dạy "
        "giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027. Dự hội nghị có đồng chí Triệu Văn Khánh, Phó "
        "Chủ tịch UBND huyện; lãnh đạo Phòng GD&ĐT cùng 68 giáo viên tham gia hội thi."
    ),
    opts={
        "cat": "tin-giao-duc",
        "pub": "2026-12-04 16:20",
        "created": "2026-12-04 14:02",
        "modified": "2026-12-05 08:11",
        "hits": 412,
        "by": "Super User",
        "tags": ["chuong-trinh-gdpt-2018"],
        "featured": True,
    },
)

S228 = Story(
    id=228,
    slug="hon-1-200-van-dong-vien-tham-gia-hoi-khoe-phu-dong-huyen-cam-khe-lan-thu-xi-nam-2026",
    title="Hơn 1.200 vận động viên tham gia Hội khỏe Phù Đổng huyện Cẩm Khê lần thứ XI năm 2026",
    cat="Tin giáo dục",
    published_at="2026-12-02T09:05:00+07:00",
    blocks=[
        P(
            "Sáng 01/12, tại Sân vận động trung tâm huyện, Ban Chỉ đạo Hội khỏe Phù Đổng huyện Cẩm Khê long "
            "trọng tổ chức Lễ khai mạc Hội khỏe Phù Đổng lần thứ XI năm 2026. Hội khỏe thu hút hơn 1.200 vận "
            "động viên là học sinh của 52 trường Tiểu học, THCS trên địa bàn huyện tham gia."
        ),
        Img(
            "/images/tin-tuc/2026/12/hkpd-khai-mac-01.jpg",
            "Màn đồng diễn thể dục của học sinh Trường TH Thị trấn Sông Thao tại Lễ khai mạc",
            "Màn đồng diễn thể dục của học sinh Trường TH Thị trấn Sông Thao tại Lễ khai mạc",
            style="table",
        ),
        P(
            "Hội khỏe năm nay gồm 9 môn thi đấu: điền kinh, bơi lội, cầu lông, bóng bàn, cờ vua, đá cầu, kéo "
            "co, bóng đá nam THCS và võ cổ truyền. Các môn thi đấu diễn ra từ ngày 01/12 đến ngày 06/12/2026 "
            "tại 4 địa điểm: Sân vận động trung tâm huyện, Nhà thi đấu đa năng, Trường THCS Thị trấn Sông "
            "Thao và Trường THCS Phương Xá."
        ),
        P(
            "Phát biểu khai mạc, đồng chí Nguyễn Văn Thắng, Trưởng phòng GD&ĐT, Trưởng ban Chỉ đạo Hội khỏe "
            "nhấn mạnh: Hội khỏe Phù Đổng là hoạt động thể thao lớn nhất của học sinh trong năm học, là dịp "
            "để đánh giá kết quả công tác giáo dục thể chất trong nhà trường, đồng thời phát hiện, bồi dưỡng "
            "những tài năng thể thao cho huyện, cho tỉnh."
        ),
        Img("/images/tin-tuc/2026/12/hkpd-khai-mac-02.jpg", "Ảnh: Phạm Thị Lan", None, style="table"),
        P(
            "Kết thúc Hội khỏe, Ban Tổ chức sẽ trao giải toàn đoàn và lựa chọn các vận động viên xuất sắc "
            "tham gia Hội khỏe Phù Đổng tỉnh Phú Thọ năm 2027."
        ),
        Raw(f"<p {R}><strong>Tin: Hoàng Văn Sơn - Ảnh: Phạm Thị Lan</strong></p>"),
        Raw("{loadposition tin-cung-chuyen-muc}"),
    ],
    authors=["Hoàng Văn Sơn"],
    photographers=["Phạm Thị Lan"],
    opts={
        "cat": "tin-giao-duc",
        "pub": "2026-12-02 09:05",
        "created": "2026-11-28 10:02",
        "modified": "2026-12-04 15:40",
        "hits": 655,
        "by": "quantri",
        "featured": True,
        "jsonld": "2026-11-28T10:02:00+07:00",
    },
)

S224 = Story(
    id=224,
    slug="truong-thcs-phuong-xa-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
    title="Trường THCS Phương Xá đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
    cat="Tin giáo dục",
    published_at="2026-11-28T15:45:00+07:00",
    blocks=[
        P(
            "Chiều 27/11, Trường THCS Phương Xá tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và đón nhận "
            "Bằng công nhận trường đạt kiểm định chất lượng giáo dục cấp độ 3, đạt chuẩn quốc gia mức độ 2.",
            "lead",
        ),
        P(
            "Trường THCS Phương Xá hiện có 14 lớp với 512 học sinh, 31 cán bộ, giáo viên, nhân viên; 100% "
            "giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo. Những năm qua, nhà trường luôn duy trì tỉ "
            "lệ học sinh lên lớp đạt trên 99%, chất lượng học sinh giỏi các cấp đứng trong tốp đầu của huyện."
        ),
        P(
            "Theo kế hoạch phát triển giáo dục giai đoạn 2021 - 2025, xã Phương Xá đã đầu tư gần 9 tỷ đồng "
            "xây dựng nhà lớp học bộ môn, nhà đa năng và cải tạo sân chơi, bãi tập, tạo điều kiện để nhà "
            "trường hoàn thiện các tiêu chuẩn về cơ sở vật chất."
        ),
        Img(
            "/images/tin-tuc/2026/11/thcs-phuong-xa-chuan-qg-01.jpg",
            "Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà trường",
            "Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà trường",
            style="pnext",
        ),
        P(
            "“Danh hiệu trường chuẩn quốc gia mức độ 2 vừa là niềm vinh dự, vừa là trách nhiệm để tập thể "
            "nhà trường tiếp tục đổi mới, nâng cao chất lượng dạy và học” - thầy Đào Văn Hưng, Hiệu trưởng "
            "nhà trường chia sẻ.",
            "quote",
        ),
        P(
            "Dịp này, nhà trường cũng khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào thi "
            "đua “Dạy tốt - Học tốt” và trao 20 suất học bổng cho học sinh vượt khó học giỏi."
        ),
    ],
    authors=["Trường THCS Phương Xá"],
    summary=(
        "Chiều 27/11, Trường THCS Phương Xá tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và đón nhận "
        "Bằng công nhận trường đạt kiểm định chất lượng giáo dục cấp độ 3, đạt chuẩn quốc gia mức độ 2."
    ),
    opts={
        "cat": "tin-giao-duc",
        "pub": "2026-11-28 15:45",
        "created": "2026-11-28 09:31",
        "modified": "2026-11-29 07:58",
        "hits": 530,
        "by": "Trường THCS Phương Xá",
        "old": "truong-thcs-phuong-xa-dat-chuan-quoc-gia-muc-do-2",
    },
)

S219 = Story(
    id=219,
    slug="tri-an-thay-co-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="🌸 Tri ân thầy cô nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="Tin giáo dục",
    published_at="2026-11-20",
    blocks=[
        P(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), các nhà trường trên "
            "địa bàn huyện Cẩm Khê đã tổ chức nhiều hoạt động thiết thực, ý nghĩa nhằm tri ân các thế hệ thầy "
            "cô giáo."
        ),
        P(
            "👉 Tại các trường mầm non, tiểu học: tổ chức hội thi “Bông hoa điểm tốt dâng thầy cô”, làm "
            "thiệp, cắm hoa tặng thầy cô giáo;",
            "br",
        ),
        P(
            "👉 Tại các trường THCS: tổ chức hội diễn văn nghệ, thi báo tường, viết thư tri ân thầy cô, thăm "
            "hỏi các nhà giáo đã nghỉ hưu.",
            "br",
        ),
        Img(
            "/images/tin-tuc/2026/11/tri-an-20-11-mn-hoa-sen.jpg",
            "Học sinh Trường MN Hoa Sen tặng hoa chúc mừng các cô giáo",
            "Học sinh Trường MN Hoa Sen tặng hoa chúc mừng các cô giáo",
            style="figure",
        ),
        P(
            "Nhân dịp này, UBND huyện tặng Giấy khen cho 26 nhà giáo tiêu biểu có nhiều đóng góp trong sự "
            "nghiệp giáo dục huyện nhà. Trong số đó có nhiều thầy cô đã gắn bó hơn 30 năm với các điểm trường "
            "vùng khó khăn như Tùng Khê, Văn Khúc, Hương Lung."
        ),
        P("Bục giảng ấy bao mùa thay phấn trắng", "brc"),
        P("Tóc thầy xanh rồi cũng hóa mây chiều", "brc"),
        P("Lời cô giảng theo em vào năm tháng", "brc"),
        P("Mỗi con chữ gieo một hạt thương yêu.", "brc"),
        Raw(f"<p {R}><strong>Đinh Thị Hải Yến</strong></p>"),
    ],
    authors=["Đinh Thị Hải Yến"],
    opts={
        "cat": "tin-giao-duc",
        "pub": "2026-11-20 00:00",
        "created": "2026-11-19 21:40",
        "modified": "2026-11-20 06:12",
        "hits": 904,
        "by": "Super User",
        "featured": True,
    },
)

S213 = Story(
    id=213,
    slug="tap-huan-ung-dung-chuyen-doi-so-trong-quan-ly-quan-tri-truong-hoc-nam-2026",
    title="Tập huấn ứng dụng chuyển đổi số trong quản lý, quản trị trường học năm 2026",
    cat="Tin giáo dục",
    published_at="2026-11-12T08:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 10 đến ngày 11/11/2026, Phòng GD&ĐT huyện Cẩm Khê tổ chức lớp tập huấn ứng dụng chuyển "
            "đổi số trong quản lý, quản trị trường học cho 156 cán bộ quản lý, nhân viên văn thư, kế toán các "
            "đơn vị trường học trực thuộc.",
            "lead",
        ),
        P("Nội dung tập huấn tập trung vào các chuyên đề:"),
        P("Triển khai hồ sơ điện tử, học bạ số đối với cấp Tiểu học và THCS;", "li"),
        P("Sử dụng chữ ký số trong ban hành văn bản, hồ sơ quản lý;", "li"),
        P("Khai thác cơ sở dữ liệu ngành giáo dục, cập nhật dữ liệu định danh học sinh;", "li"),
        P("Bảo đảm an toàn thông tin khi sử dụng các nền tảng số dùng chung.", "li"),
        P(
            "Báo cáo viên là các chuyên gia của Viettel Phú Thọ và chuyên viên Phòng GD&ĐT. Sau mỗi chuyên "
            "đề, học viên được thực hành trực tiếp trên máy tính và phần mềm quản lý nhà trường."
        ),
        Img("/images/tin-tuc/2026/11/tap-huan-chuyen-doi-so.jpg", None, None, style="bare"),
        P(
            "Phòng GD&ĐT yêu cầu 100% các trường hoàn thành việc triển khai học bạ số trước ngày 31/12/2026 "
            "và thực hiện báo cáo định kỳ qua hệ thống quản lý văn bản điều hành."
        ),
        Raw(f"<p {R}><strong>Trần Quốc Việt</strong> - Chuyên viên Phòng GD&amp;ĐT</p>"),
    ],
    authors=["Trần Quốc Việt"],
    summary=(
        "Từ ngày 10 đến ngày 11/11/2026, Phòng GD&ĐT huyện Cẩm Khê tổ chức lớp tập huấn ứng dụng chuyển "
        "đổi số trong quản lý, quản trị trường học cho 156 cán bộ quản lý, nhân viên văn thư, kế toán các "
        "đơn vị trường học trực thuộc."
    ),
    opts={
        "cat": "tin-giao-duc",
        "pub": "2026-11-12 08:00",
        "created": "2026-11-11 16:25",
        "modified": "2026-11-12 08:00",
        "hits": 311,
        "by": "Super User",
        "tags": ["chuyen-doi-so"],
    },
)

S205 = Story(
    id=205,
    slug="khai-mac-giai-co-vua-co-tuong-hoc-sinh-pho-thong-cap-huyen-nam-2026",
    title="Khai mạc Giải Cờ vua, Cờ tướng học sinh phổ thông cấp huyện năm 2026",
    cat="Tin giáo dục",
    published_at="2026-10-27T14:00:00+07:00",
    blocks=[
        P(
            "Ngày 26/10, Phòng GD&ĐT huyện Cẩm Khê tổ chức khai mạc Giải Cờ vua, Cờ tướng học sinh phổ thông "
            "cấp huyện năm 2026 với sự tham gia của 184 kỳ thủ đến từ 34 trường Tiểu học và THCS."
        ),
        P(
            "Giải được tổ chức theo hình thức thi đấu hệ Thụy Sĩ 7 ván, thời gian mỗi ván 15 phút cộng 5 giây "
            "cho mỗi nước đi, chia theo các nhóm tuổi: nhóm 6 - 7 tuổi, 8 - 9 tuổi, 10 - 11 tuổi (cấp Tiểu "
            "học) và 12 - 13 tuổi, 14 - 15 tuổi (cấp THCS)."
        ),
        Img(
            "/images/tin-tuc/2026/10/giai-co-vua-2026.jpg",
            "(Các kỳ thủ nhỏ tuổi thi đấu tại bảng Cờ vua lứa tuổi 8 - 9)",
            "Các kỳ thủ nhỏ tuổi thi đấu tại bảng Cờ vua lứa tuổi 8 - 9",
            style="pnext",
        ),
        P(
            "Thông qua giải đấu, Ban Tổ chức lựa chọn các em có thành tích cao để bồi dưỡng tham gia Giải Cờ "
            "vua, Cờ tướng học sinh tỉnh Phú Thọ năm 2027."
        ),
        Raw(f"<p {R}><strong>Tin, ảnh: Lê Minh Tâm</strong></p>"),
    ],
    authors=["Lê Minh Tâm"],
    photographers=["Lê Minh Tâm"],
    opts={
        "cat": "tin-giao-duc",
        "pub": "2026-10-27 14:00",
        "created": "2026-10-27 11:20",
        "modified": "2026-10-27 14:00",
        "hits": 268,
        "by": "quantri",
    },
)

S229 = Story(
    id=229,
    slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-van-ban-nghi-luan-mon-ngu-van-cap-thcs",
    title="Chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận” môn Ngữ văn cấp THCS",
    cat="Hoạt động chuyên môn",
    published_at="2026-12-03T14:30:00+07:00",
    blocks=[
        P(
            "Ngày 03/12/2026, tại Trường THCS Thị trấn Sông Thao, Phòng GD&ĐT huyện Cẩm Khê tổ chức chuyên đề "
            "cấp huyện “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận” môn Ngữ văn cấp THCS. Tham dự "
            "chuyên đề có hơn 70 giáo viên dạy Ngữ văn của 17 trường THCS trên địa bàn huyện.",
            "lead",
        ),
        P(
            "Chương trình giáo dục phổ thông 2018 xác định đọc hiểu là một trong bốn kỹ năng cốt lõi của môn "
            "Ngữ văn, trong đó đọc hiểu văn bản nghị luận giúp học sinh hình thành tư duy phản biện, biết nhận "
            "diện luận đề, luận điểm, lí lẽ và bằng chứng.[1] Tuy nhiên, qua khảo sát đầu năm học, tỉ lệ học "
            "sinh lớp 8, lớp 9 chỉ ra được mối quan hệ giữa luận điểm và bằng chứng còn thấp.",
            "fn",
        ),
        P("1. Tiết dạy minh họa", "h"),
        P(
            "Tiết dạy minh họa bài “Tinh thần yêu nước của nhân dân ta” (Hồ Chí Minh) được cô giáo Bùi Thị "
            "Ngọc Ánh thực hiện tại lớp 8A. Giáo viên tổ chức cho học sinh làm việc nhóm với phiếu học tập, sử "
            "dụng sơ đồ tư duy để khái quát hệ thống luận điểm, sau đó liên hệ với các hoạt động thiết thực của "
            "tuổi trẻ hôm nay."
        ),
        Img(
            "/images/chuyen-mon/2026/12/chuyen-de-ngu-van-thcs.jpg",
            "Tiết dạy minh họa của cô giáo Bùi Thị Ngọc Ánh tại lớp 8A",
            "Tiết dạy minh họa của cô giáo Bùi Thị Ngọc Ánh tại lớp 8A",
            style="figure",
        ),
        P("2. Thảo luận, rút kinh nghiệm", "h"),
        P(
            "Trong phần thảo luận, các thầy cô đã trao đổi nhiều vấn đề thiết thực: cách thiết kế câu hỏi đọc "
            "hiểu theo các mức độ nhận biết, thông hiểu, vận dụng; cách hướng dẫn học sinh phân biệt lí lẽ với "
            "bằng chứng; việc sử dụng văn bản ngoài sách giáo khoa để kiểm tra, đánh giá theo định hướng của "
            "Bộ GD&ĐT.[2]",
            "fn",
        ),
        P(
            "Kết luận chuyên đề, đồng chí Hà Thị Thanh Huyền, Phó Trưởng phòng GD&ĐT đề nghị các nhà trường "
            "tiếp tục tổ chức sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học, chú trọng xây dựng ngân "
            "hàng văn bản đọc hiểu ngoài sách giáo khoa phù hợp với đặc điểm học sinh địa phương."
        ),
        Raw(
            f"<p {R}><strong>ThS. Bùi Thị Ngọc Ánh</strong><br><em>Tổ Ngữ văn, Trường THCS Thị trấn Sông "
            "Thao</em></p>"
        ),
        Raw('<div style="mso-element: footnote-list;"><br clear="all"><hr align="left" size="1" width="33%">'),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm "
            "theo Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018.",
            "note",
        ),
        P(
            "[2] Bộ Giáo dục và Đào tạo (2025), Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học "
            "2025 - 2026.",
            "note",
        ),
        Raw("</div>"),
    ],
    authors=["Bùi Thị Ngọc Ánh"],
    summary=(
        "Ngày 03/12/2026, tại Trường THCS Thị trấn Sông Thao, Phòng GD&ĐT huyện Cẩm Khê tổ chức chuyên đề "
        "cấp huyện “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận” môn Ngữ văn cấp THCS. Tham dự "
        "chuyên đề có hơn 70 giáo viên dạy Ngữ văn của 17 trường THCS trên địa bàn huyện."
    ),
    opts={
        "cat": "hoat-dong-chuyen-mon",
        "pub": "2026-12-03 14:30",
        "created": "2026-12-03 13:50",
        "modified": "2026-12-03 16:02",
        "hits": 287,
        "by": "Super User",
        "tags": ["chuong-trinh-gdpt-2018"],
    },
)

_MSO = "font-size:14.0pt;line-height:115%;font-family:'Times New Roman',serif"

S222 = Story(
    id=222,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-cum-truong-tieu-hoc-so-2",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường Tiểu học số 2",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-25T10:40:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch số 198/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT về tổ chức sinh hoạt chuyên môn "
            "cụm trường năm học 2026 - 2027, ngày 24/11/2026, cụm trường Tiểu học số 2 gồm các trường TH "
            "Phương Xá, TH Tùng Khê, TH Cấp Dẫn và TH Sơn Tình đã tổ chức buổi sinh hoạt chuyên môn theo "
            "nghiên cứu bài học tại Trường TH Tùng Khê.",
            "mso",
        ),
        P("Buổi sinh hoạt gồm các nội dung chính:", "mso"),
        P(
            "Dự tiết dạy minh họa môn Toán lớp 3, bài “Làm quen với chữ số La Mã” do cô giáo Nguyễn Thị Hoa, "
            "Trường TH Tùng Khê thực hiện.",
            "msoli",
        ),
        P(
            "Phân tích bài học theo các tiêu chí: việc tiếp nhận nhiệm vụ học tập của học sinh, mức độ tích "
            "cực tham gia hoạt động và sự tiến bộ của từng nhóm học sinh.",
            "msoli",
        ),
        P("Thống nhất các giải pháp nâng cao hiệu quả sử dụng đồ dùng trực quan trong dạy học môn Toán.", "msoli"),
        P("Qua thảo luận, các giáo viên thống nhất một số kinh nghiệm:", "mso"),
        P("- Giao nhiệm vụ ngắn gọn, rõ ràng, phù hợp với từng đối tượng học sinh;", "mso"),
        P("- Tăng cường trò chơi học tập để tạo hứng thú nhưng bảo đảm thời lượng của tiết dạy;", "mso"),
        P("- Quan sát, ghi chép biểu hiện của học sinh thay vì chỉ nhận xét tiết dạy của giáo viên.", "mso"),
        Img(
            "/images/chuyen-mon/2026/11/shcm-cum-2-tung-khe.jpg",
            "Giáo viên cụm trường dự giờ, quan sát học sinh trong tiết dạy minh họa",
            "Giáo viên cụm trường dự giờ, quan sát học sinh trong tiết dạy minh họa",
            style="mso",
        ),
        P(
            "Buổi sinh hoạt chuyên môn diễn ra sôi nổi, thiết thực, giúp giáo viên các trường trong cụm có "
            "thêm cơ hội giao lưu, học hỏi, chia sẻ kinh nghiệm trong giảng dạy.",
            "mso",
        ),
        Raw(
            f'<p class="MsoNormal" align="right" style="text-align:right"><b><span style="{_MSO}">Bộ phận '
            "Tiểu học<o:p></o:p></span></b></p>"
        ),
    ],
    authors=["Bộ phận Tiểu học"],
    opts={
        "cat": "hoat-dong-chuyen-mon",
        "pub": "2026-11-25 10:40",
        "created": "2026-11-25 10:12",
        "modified": "2026-11-25 10:40",
        "hits": 176,
        "by": "quantri",
        "tags": ["chuong-trinh-gdpt-2018"],
    },
)

S216 = Story(
    id=216,
    slug="kiem-tra-viec-thuc-hien-chuong-trinh-giao-duc-mam-non-tai-cac-co-so-giao-duc-mam-non",
    title="Kiểm tra việc thực hiện Chương trình giáo dục mầm non tại các cơ sở giáo dục mầm non",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-16T08:30:00+07:00",
    blocks=[
        Img(
            "/images/chuyen-mon/2026/11/kiem-tra-mn-dong-cam.jpg",
            "Đoàn kiểm tra dự hoạt động của trẻ tại Trường MN Đồng Cam",
            "Đoàn kiểm tra dự hoạt động của trẻ tại Trường MN Đồng Cam",
            style="full",
        ),
        P(
            "Từ ngày 09/11 đến ngày 14/11/2026, Phòng GD&ĐT huyện Cẩm Khê tiến hành kiểm tra việc thực hiện "
            "Chương trình giáo dục mầm non tại 8 trường mầm non công lập và 3 nhóm trẻ độc lập tư thục trên "
            "địa bàn huyện.",
            "lead",
        ),
        P(
            "Đoàn kiểm tra đã dự 46 hoạt động giáo dục, kiểm tra hồ sơ chuyên môn, việc xây dựng môi trường "
            "giáo dục lấy trẻ làm trung tâm và công tác bảo đảm an toàn, chăm sóc sức khỏe, dinh dưỡng cho "
            "trẻ."
        ),
        P(
            "Qua kiểm tra, các nhà trường cơ bản thực hiện đúng nội dung Chương trình giáo dục mầm non; nhiều "
            "trường đã chủ động xây dựng kế hoạch giáo dục phù hợp với điều kiện thực tế, tổ chức các hoạt "
            "động trải nghiệm gắn với văn hóa địa phương. Tuy nhiên, một số nhóm trẻ độc lập còn thiếu đồ "
            "dùng, đồ chơi theo danh mục tối thiểu, việc ghi chép đánh giá trẻ cuối ngày còn sơ sài."
        ),
        Img(
            "/images/chuyen-mon/2026/11/kiem-tra-mn-hoa-sen.jpg",
            "Trẻ Trường MN Hoa Sen tham gia hoạt động trải nghiệm làm bánh chưng",
            "Trẻ Trường MN Hoa Sen tham gia hoạt động trải nghiệm làm bánh chưng",
            style="table",
        ),
        P(
            "Đoàn kiểm tra đề nghị các đơn vị khắc phục những hạn chế đã chỉ ra, hoàn thành trước ngày "
            "15/12/2026 và báo cáo kết quả về Phòng GD&ĐT qua bộ phận Mầm non."
        ),
        Raw(f"<p {R}><strong>Tin, ảnh: Vũ Thị Minh Nguyệt</strong> (Bộ phận Mầm non)</p>"),
    ],
    authors=["Vũ Thị Minh Nguyệt"],
    photographers=["Vũ Thị Minh Nguyệt"],
    summary=(
        "Từ ngày 09/11 đến ngày 14/11/2026, Phòng GD&ĐT huyện Cẩm Khê tiến hành kiểm tra việc thực hiện "
        "Chương trình giáo dục mầm non tại 8 trường mầm non công lập và 3 nhóm trẻ độc lập tư thục trên "
        "địa bàn huyện."
    ),
    opts={
        "cat": "hoat-dong-chuyen-mon",
        "pub": "2026-11-16 08:30",
        "created": "2026-11-15 20:47",
        "modified": "2026-11-16 09:03",
        "hits": 233,
        "by": "Super User",
        "tags": ["chuyen-doi-so"],
    },
)

S208 = Story(
    id=208,
    slug="hoi-thao-doi-moi-phuong-phap-day-hoc-mon-tieng-anh-cap-tieu-hoc",
    title="Hội thảo đổi mới phương pháp dạy học môn Tiếng Anh cấp Tiểu học",
    cat="Hoạt động chuyên môn",
    published_at="2026-10-30T15:10:00+07:00",
    blocks=[
        P(
            "Ngày 29/10/2026, Phòng GD&ĐT huyện Cẩm Khê tổ chức hội thảo “Đổi mới phương pháp dạy học môn "
            "Tiếng Anh cấp Tiểu học theo Chương trình GDPT 2018” tại Trường TH Thị trấn Sông Thao. Tham dự hội "
            "thảo có 48 giáo viên Tiếng Anh của các trường Tiểu học trong huyện."
        ),
        P(
            "Tại hội thảo, các đại biểu đã nghe 5 tham luận về các chủ đề: tổ chức hoạt động nghe - nói qua "
            "bài hát, trò chơi; sử dụng phần mềm luyện phát âm; dạy học theo dự án với chủ đề “My hometown”; "
            "kiểm tra, đánh giá năng lực giao tiếp của học sinh lớp 3."
        ),
        Img(
            "/images/chuyen-mon/2026/10/hoi-thao-tieng-anh-th.jpg",
            "Cô giáo Lưu Thị Thanh Tâm, Trường TH Sơn Tình trình bày tham luận tại hội thảo",
            "Cô giáo Lưu Thị Thanh Tâm, Trường TH Sơn Tình trình bày tham luận tại hội thảo",
            style="figure",
        ),
        P(
            "Hội thảo cũng chỉ ra những khó khăn như: thiếu phòng học bộ môn Tiếng Anh, thời lượng 4 tiết/tuần "
            "chưa đủ để học sinh luyện tập thường xuyên, một số trường còn thiếu giáo viên phải dạy liên trường."
        ),
        Raw(f"<p {R}><strong>Tin: Phạm Thị Lan</strong></p>"),
    ],
    authors=["Phạm Thị Lan"],
    opts={
        "cat": "hoat-dong-chuyen-mon",
        "pub": "2026-10-30 15:10",
        "created": "2026-10-30 14:41",
        "modified": "2026-10-30 15:10",
        "hits": 121,
        "by": "quantri",
        "nfd": True,
    },
)

S226 = Story(
    id=226,
    slug="cong-doan-giao-duc-huyen-trao-45-suat-qua-cho-doan-vien-co-hoan-canh-kho-khan",
    title="Công đoàn Giáo dục huyện trao 45 suất quà cho đoàn viên có hoàn cảnh khó khăn",
    cat="Công đoàn - Đoàn thể",
    published_at="2026-11-30T17:05:00+07:00",
    blocks=[
        P(
            "(PTĐT) - Ngày 29/11, Công đoàn Giáo dục huyện Cẩm Khê tổ chức trao 45 suất quà cho đoàn viên, "
            "người lao động có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng.",
            "lead",
        ),
        P(
            "Đây là nguồn kinh phí trích từ quỹ xã hội của Công đoàn ngành và sự ủng hộ của các tổ chức, cá "
            "nhân, doanh nghiệp trên địa bàn. Những đoàn viên được nhận quà đều là người mắc bệnh hiểm nghèo, "
            "gia đình gặp khó khăn đột xuất do ảnh hưởng của thiên tai, bão lũ."
        ),
        Img(
            "/images/cong-doan/2026/11/trao-qua-doan-vien.jpg",
            "Đại diện Công đoàn Giáo dục huyện trao quà cho đoàn viên có hoàn cảnh khó khăn",
            "Đại diện Công đoàn Giáo dục huyện trao quà cho đoàn viên có hoàn cảnh khó khăn",
            style="pnext",
        ),
        P(
            "Phát biểu tại buổi trao quà, đồng chí Phạm Văn Đức, Chủ tịch Công đoàn Giáo dục huyện mong muốn "
            "những phần quà sẽ góp phần động viên, chia sẻ để các thầy cô yên tâm công tác, vượt qua khó khăn "
            "trong cuộc sống."
        ),
        Raw(f"<p {R}><strong>Minh Hằng</strong></p>"),
        Raw(
            f'<p {R}><em>Nguồn: <a href="https://baophutho.vn/cong-doan-giao-duc-cam-khe-trao-qua-'
            '245117.htm" target="_blank" rel="noopener">Báo Phú Thọ điện tử</a></em></p>'
        ),
    ],
    authors=["Minh Hằng"],
    source="Báo Phú Thọ điện tử",
    summary=(
        "(PTĐT) - Ngày 29/11, Công đoàn Giáo dục huyện Cẩm Khê tổ chức trao 45 suất quà cho đoàn viên, "
        "người lao động có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng."
    ),
    opts={
        "cat": "cong-doan-doan-the",
        "pub": "2026-11-30 17:05",
        "created": "2026-11-30 16:48",
        "modified": "2026-11-30 17:05",
        "hits": 198,
        "by": "quantri",
        "featured": True,
    },
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse; border: none;" border="0"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;">UBND HUYỆN CẨM KHÊ<br>'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br>———<br>Số: 412/TB-PGDĐT</td>"
    '<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
    "VIỆT NAM</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br><br>"
    "<em>Cẩm Khê, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    f"<p {C}><strong>THÔNG BÁO</strong></p>"
    f"<p {C}><strong>Về việc nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục</strong></p>"
)
_SIGNATURE = (
    '<table style="width: 100%; border: none;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    "- Các trường MN, TH, THCS;<br>- Lãnh đạo Phòng;<br>- Website Phòng GD&amp;ĐT;<br>- Lưu: VT.</td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG<br>'
    "PHÓ TRƯỞNG PHÒNG</strong><br><br><em>(Đã ký)</em><br><br><strong>Đỗ Văn Quang</strong></td>"
    "</tr></tbody></table>"
    '<p><img src="/media/com_phocadownload/images/mime/16/icon-pdf.png" alt=""> Tải về: '
    '<a href="/van-ban/2-van-ban-cua-phong?download=52:thong-bao-so-412-tb-pgddt">TB 412 nghi Tet Duong '
    "lich 2027.pdf</a> (186 KB)</p>"
)

S227 = Story(
    id=227,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027-doi-voi-cac-co-so-giao-duc-tren-dia-ban-huyen",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục trên địa bàn huyện",
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;"),
        P(
            "Căn cứ Thông báo số 1568/TB-UBND ngày 27/11/2026 của UBND huyện Cẩm Khê về việc nghỉ Tết Dương "
            "lịch năm 2027;"
        ),
        P(
            "Phòng Giáo dục và Đào tạo thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục "
            "trên địa bàn huyện như sau:"
        ),
        P("1. Thời gian nghỉ", "b"),
        P(
            "Cán bộ, giáo viên, nhân viên và học sinh được nghỉ Tết Dương lịch 03 ngày liên tục, từ Thứ Sáu "
            "ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027. Thứ Hai ngày 04/01/2027 các đơn vị trở lại làm "
            "việc, học tập bình thường."
        ),
        P("2. Tổ chức thực hiện", "b"),
        P(
            "- Thủ trưởng các đơn vị bố trí lịch trực bảo đảm an ninh, an toàn trường học, phòng chống cháy nổ "
            "trong thời gian nghỉ Tết;"
        ),
        P(
            "- Thông báo lịch nghỉ tới cha mẹ học sinh; nhắc nhở học sinh chấp hành nghiêm các quy định về an "
            "toàn giao thông, không tham gia các trò chơi nguy hiểm;"
        ),
        P(
            "- Báo cáo tình hình trước, trong và sau Tết về Phòng GD&ĐT (qua bộ phận Văn phòng) trước 10 giờ "
            "00 ngày 04/01/2027."
        ),
        P("Nhận được Thông báo này, đề nghị các đơn vị nghiêm túc triển khai thực hiện./."),
        Raw(_SIGNATURE),
    ],
    authors=["Đỗ Văn Quang"],
    opts={
        "cat": "thong-bao",
        "pub": "2026-12-01 08:15",
        "created": "2026-12-01 07:52",
        "modified": "2026-12-01 08:15",
        "hits": 1038,
        "by": "quantri",
        "print": True,
        "nonsef": True,
    },
)

S210 = Story(
    id=210,
    slug="huong-dan-dang-ky-tai-khoan-hoc-tap-tren-he-thong-boi-duong-thuong-xuyen-truc-tuyen-nam-2026",
    title="Hướng dẫn đăng ký tài khoản, học tập trên hệ thống bồi dưỡng thường xuyên trực tuyến năm 2026",
    cat="Thông báo",
    published_at="2026-11-05T09:30:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch bồi dưỡng thường xuyên giáo viên năm 2026 của Sở GD&ĐT Phú Thọ, Phòng GD&ĐT "
            "hướng dẫn cán bộ quản lý, giáo viên các trường học đăng ký tài khoản và học tập trên hệ thống bồi "
            "dưỡng thường xuyên trực tuyến như sau:"
        ),
        P(
            "Truy cập địa chỉ taphuan.csdl.edu.vn, đăng nhập bằng tài khoản được cấp trên cơ sở dữ liệu ngành;",
            "oli",
        ),
        P(
            "Chọn mục “Bồi dưỡng thường xuyên”, đăng ký các mô-đun theo kế hoạch cá nhân đã được nhà trường "
            "phê duyệt;",
            "oli",
        ),
        P("Hoàn thành các bài kiểm tra cuối mô-đun trước ngày 20/12/2026.", "oli"),
        P(
            "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ đồng chí Trần Quốc Việt, chuyên viên "
            "Phòng GD&ĐT, số điện thoại 0912.456.789 để được hỗ trợ."
        ),
        Raw(
            '<p><strong>File đính kèm:</strong> <a href="/images/van-ban/2026/huong-dan-bdtx-2026.pdf" '
            'target="_blank">Huong dan BDTX 2026.pdf</a></p>'
        ),
    ],
    opts={
        "cat": "thong-bao",
        "pub": "2026-11-05 09:30",
        "created": "2026-11-05 09:12",
        "modified": "2026-11-06 14:20",
        "hits": 742,
        "by": "quantri",
        "print": True,
    },
)

STORIES: list[Story] = [S231, S229, S228, S227, S226, S224, S222, S219, S216, S213, S210, S208, S205]
BY_ID = {s.id: s for s in STORIES}

TAGS = {
    "chuong-trinh-gdpt-2018": ("Chương trình GDPT 2018", 5),
    "chuyen-doi-so": ("Chuyển đổi số", 7),
}


# --- small helpers --------------------------------------------------------------------------


def _vn(stamp: str) -> str:
    """'2026-12-04 16:20' -> '04/12/2026 16:20' (the site's DATE_FORMAT_LC3 override)."""
    day, hm = stamp.split()
    y, m, d = day.split("-")
    return f"{d}/{m}/{y} {hm}"


def _iso(stamp: str) -> str:
    return stamp.replace(" ", "T") + ":00+07:00"


def _day(stamp: str) -> str:
    y, m, d = stamp.split()[0].split("-")
    return f"{d}/{m}/{y}"


def cat_of(story: Story) -> Cat:
    return CATS[story.opts["cat"]]


def sef(story: Story, alias: str | None = None) -> str:
    return f"{cat_of(story).path}/{story.id}-{alias or story.slug}"


def component_url(story: Story) -> str:
    return f"/component/content/article/{story.id}-{story.slug}?catid={cat_of(story).catid}&Itemid=101"


def nonsef_url(story: Story) -> str:
    c = cat_of(story)
    return f"/index.php?option=com_content&view=article&id={story.id}&catid={c.catid}&Itemid={c.itemid}"


def print_url(story: Story) -> str:
    return sef(story) + "?tmpl=component&print=1"


def with_hitcount(target: str) -> str:
    return target + ("&" if "?" in target else "?") + "hitcount=0"


def a(url: str) -> str:
    """An href value: ``&`` escaped as Joomla's router prints it."""
    return esc(url)


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _title(story: Story) -> str:
    return _t(story, story.title)


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["pub"], reverse=True)


def in_cat(key: str) -> list[Story]:
    return _newest([s for s in STORIES if s.opts["cat"] == key])


def _intro_html(story: Story) -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    inner = _t(story, first.text)
    return f"<p><strong>{inner}</strong></p>" if first.style == "lead" else f"<p>{inner}</p>"


def _first_img(story: Story) -> Img | None:
    return story.images[0] if story.images else None


def _jimg(src: str, w: int = 1280, h: int = 853) -> str:
    """Joomla 5 media field value, printed raw by the Helix override: path + #joomlaImage:// fragment."""
    local = src.removeprefix("/images/")
    return a(f"{src}#joomlaImage://local-images/{local}?width={w}&height={h}")


# --- article body ---------------------------------------------------------------------------

_FN = re.compile(r"\[(\d+)\]")


def _fn_calls(value: str) -> str:
    return _FN.sub(
        lambda m: (
            f'<a style="mso-footnote-id: ftn{m.group(1)};" href="#_ftn{m.group(1)}" name="_ftnref{m.group(1)}" '
            f'title=""><span class="MsoFootnoteReference"><span style="font-size: 14.0pt;">[{m.group(1)}]'
            "</span></span></a>"
        ),
        value,
    )


def _img_tag(img: Img, extra: str = "") -> str:
    return f'<img src="{a(img.src)}" alt="" width="700" height="466"{extra}>'


def _render_img(img: Img) -> str:
    if img.style == "figure":
        return (
            f'<figure class="image" style="display: table; margin-left: auto; margin-right: auto;">'
            f"{_img_tag(img)}<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "table":
        wide = _img_tag(img, ' style="width: 100%; height: auto;"')
        return (
            '<table class="tbl-anh" style="margin-left: auto; margin-right: auto; width: 90%;" border="0">'
            f'<tbody><tr><td style="text-align: center;">{wide}'
            f'</td></tr><tr><td style="text-align: center; background-color: #f2f2f2;"><em><span '
            f'style="font-size: 10pt;">{esc(img.printed or "")}</span></em></td></tr></tbody></table>'
        )
    if img.style == "pnext":
        return f"<p {C}>{_img_tag(img)}</p>\n<p {C}><em>{esc(img.printed or '')}</em></p>"
    if img.style == "mso":
        return (
            f'<p class="MsoNormal" align="center" style="text-align:center"><span style="{_MSO}">'
            f'<img src="{a(img.src)}" width="602" height="401" alt="" border="0"></span></p>\n'
            f'<p class="MsoNormal" align="center" style="text-align:center"><i><span style="{_MSO}">'
            f"{esc(img.printed or '')}<o:p></o:p></span></i></p>"
        )
    return f"<p {C}>{_img_tag(img)}</p>"


def render_body(story: Story) -> str:
    """The article text as TinyMCE (or Word) left it; Helix's full image is printed elsewhere."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "full")]
    i = 0
    msoli = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(b))
        elif b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
            continue
        elif b.style in ("row", "rowh"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("row", "rowh"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "rowh":
                    tds = "".join(
                        f'<td style="text-align: center; background-color: #deeaf6;"><strong>{esc(c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(
                        f'<td style="text-align: {"left" if n == 1 else "center"};">{esc(c)}</td>'
                        for n, c in enumerate(cells)
                    )
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" border="1">'
                "<tbody>" + "\n".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style in ("br", "brc"):
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                lines.append(_t(story, blocks[i].text))
                i += 1
            if b.style == "brc":
                out.append(f"<p {C}><em>" + "<br>\n".join(lines) + "</em></p>")
            else:
                out.append("<p>" + "<br>\n".join(lines) + "</p>")
            continue
        elif b.style == "lead" or b.style == "b":
            out.append(f"<p><strong>{_t(story, b.text)}</strong></p>")
        elif b.style == "h":
            out.append(f'<h4 style="color: #003366;">{_t(story, b.text)}</h4>')
        elif b.style == "quote":
            quoted, _, rest = b.text.partition("” - ")
            out.append(
                '<blockquote style="border-left: 3px solid #1a5fa8; padding-left: 12px;"><p><em>'
                f"{_t(story, quoted)}”</em> - {_t(story, rest)}</p></blockquote>"
            )
        elif b.style == "fn":
            out.append(f"<p>{_fn_calls(_t(story, b.text))}</p>")
        elif b.style == "note":
            num = _FN.match(b.text).group(1)
            rest = b.text[len(f"[{num}]") :]
            out.append(
                f'<div id="ftn{num}" style="mso-element: footnote;"><p class="MsoFootnoteText"><a '
                f'style="mso-footnote-id: ftn{num};" href="#_ftnref{num}" name="_ftn{num}" title=""><span '
                f'class="MsoFootnoteReference">[{num}]</span></a>{_t(story, rest)}</p></div>'
            )
        elif b.style == "mso":
            out.append(
                f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span style="{_MSO}">'
                f"{_t(story, b.text)}<o:p></o:p></span></p>"
            )
        elif b.style == "msoli":
            msoli += 1
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-align:justify;'
                f'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><span style="{_MSO}"><span '
                f'style="mso-list:Ignore">{msoli}.<span style="font:7.0pt \'Times New Roman\'">&nbsp;&nbsp;&nbsp;'
                f"&nbsp;&nbsp; </span></span></span><span style=\"{_MSO}\">{_t(story, b.text)}<o:p></o:p></span></p>"
            )
        else:
            out.append(f"<p style=\"text-align: justify;\">{_t(story, b.text)}</p>")
        i += 1
    body = "\n".join(out)
    if "{loadposition tin-cung-chuyen-muc}" in body:
        body = body.replace("{loadposition tin-cung-chuyen-muc}", _loadposition_module(story))
    if story.opts.get("nfd"):
        # typed with Unikey's "Unicode tổ hợp": every letter of the text decomposed, markup is ASCII
        body = unicodedata.normalize("NFD", body)
    return body


def _loadposition_module(story: Story) -> str:
    items = "".join(
        f'<li><a class="mod-articles-category-title " href="{a(sef(s))}">{_title(s)}</a> '
        f'<span class="mod-articles-category-date">{_day(s.opts["pub"])}</span></li>'
        for s in in_cat(story.opts["cat"])[:4]
    )
    return (
        '<div class="moduletable "><h3>Tin cùng chuyên mục</h3>'
        f'<ul class="mod-articlescategory category-module mod-list">{items}</ul></div>'
    )


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", None, [("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu"),
                          ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc")]),
    ("Tin tức", "/tin-tuc", [(c.title, c.path) for c in CATS.values()]),
    ("Văn bản", "/van-ban", [("Văn bản của Phòng", "/van-ban/2-van-ban-cua-phong"),
                             ("Văn bản cấp trên", "/van-ban/3-van-ban-cap-tren")]),
    ("Thư viện", None, [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Liên hệ", "/lien-he", []),
]


def _megamenu(active: str) -> str:
    lis = []
    for title, href, children in MENU:
        cls = "sp-menu-item" + (" sp-has-child" if children else "")
        if href and (active == href or (href != "/" and active.startswith(href))):
            cls += " current-item active"
        head = f'<a href="{href}">{esc(title)}</a>' if href else f'<span class="sp-menu-heading">{esc(title)}</span>'
        sub = ""
        if children:
            items = "".join(f'<li class="sp-menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in children)
            sub = (
                '<div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 240px;">'
                f'<div class="sp-dropdown-inner"><ul class="sp-dropdown-items">{items}</ul></div></div>'
            )
        lis.append(f'<li class="{cls}">{head}{sub}</li>')
    return '<ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">' + "".join(lis) + "</ul>"


def _offcanvas() -> str:
    lis = []
    for n, (title, href, children) in enumerate(MENU):
        item = 101 + n
        head = (
            f'<a href="{href}">{esc(title)}</a>' if href else f'<span class="nav-header ">{esc(title)}</span>'
        )
        sub = ""
        if children:
            sub = (
                '<span class="menu-toggler"></span><ul class="menu-child">'
                + "".join(f'<li class="item-{item}{k}"><a href="{h}">{esc(t)}</a></li>' for k, (t, h) in enumerate(children))
                + "</ul>"
            )
        lis.append(f'<li class="item-{item} menu-deeper menu-parent">{head}{sub}</li>')
    return (
        '<div class="offcanvas-menu"><div class="d-flex align-items-center p-3 pt-4"><a href="#" '
        'class="close-offcanvas" role="button" aria-label="Đóng"><div class="burger-icon" aria-hidden="true">'
        '<span></span><span></span><span></span></div></a></div><div class="offcanvas-inner">'
        '<div class="d-flex header-modules mb-3"><div class="sp-module "><div class="sp-module-content">'
        '<div class="search"><form action="/tim-kiem" method="get" role="search"><input name="q" type="search" '
        'class="form-control" placeholder="Tìm kiếm..."></form></div></div></div></div>'
        '<div class="sp-module "><div class="sp-module-content"><ul class="menu nav-pills">'
        + "".join(lis)
        + "</ul></div></div></div></div>"
    )


def _marquee() -> str:
    return (
        '<div class="sp-module "><div class="sp-module-content"><div id="mod-custom125" class="mod-custom custom">'
        '<div class="chay-chu"><marquee onmouseover="this.stop();" onmouseout="this.start();" scrollamount="3">'
        '<strong style="color: #c00000;">THÔNG BÁO:</strong> '
        f'<a href="{a(nonsef_url(S227))}">{esc(S227.title)}</a> &nbsp;&nbsp;|&nbsp;&nbsp; '
        "Hạn cuối nộp báo cáo thống kê giữa năm học: ngày 15/12/2026</marquee></div></div></div></div>"
    )


def _header(active: str) -> str:
    return f"""<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start"><div class="sp-module "><div class="sp-module-content"><div id="mod-custom121" class="mod-custom custom"><p><span class="ngaythang"><span class="far fa-calendar-alt"></span> {TODAY_VN}</span></p></div></div></div></div></div>
<div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-end"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:02103879123">0210.3879.123</a></li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:pgdcamkhe@phutho.edu.vn">pgdcamkhe@phutho.edu.vn</a></li></ul><ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer" href="https://www.facebook.com/pgdcamkhe" aria-label="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li class="social-icon-youtube"><a target="_blank" rel="noopener noreferrer" href="https://www.youtube.com/@pgdcamkhe" aria-label="Youtube"><span class="fab fa-youtube" aria-hidden="true"></span></a></li></ul></div></div>
</div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image d-none d-lg-inline-block" srcset="/images/logo/logo-pgd-camkhe.png 1x, /images/logo/logo-pgd-camkhe@2x.png 2x" src="/images/logo/logo-pgd-camkhe.png" height="80" alt="{esc(SITE)}"></a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation" aria-label="navigation"><a id="offcanvas-toggler" aria-label="Menu" class="offcanvas-toggler-right d-flex d-lg-none" href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a>{_megamenu(active)}</nav>
<div class="sp-module "><div class="sp-module-content"><div class="search"><form action="/tim-kiem" method="get" role="search"><label for="mod-finder-searchword0" class="visually-hidden finder">Tìm kiếm</label><input type="text" name="q" id="mod-finder-searchword0" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm..."></form></div></div></div></div></div>
</div></div></div></header>
<section id="sp-section-3"><div class="container"><div class="container-inner"><div class="row"><div id="sp-title" class="col-lg-12"><div class="sp-column ">{_marquee()}</div></div></div></div></div></section>"""


def _breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    items = []
    for pos, (label, href) in enumerate([("Trang chủ", "/"), *trail], start=1):
        if href:
            inner = f'<a itemprop="item" href="{a(href)}" class="pathway"><span itemprop="name">{label}</span></a>'
            cls = "mod-breadcrumbs__item breadcrumb-item"
        else:
            inner = f'<span itemprop="name">{label}</span>'
            cls = "mod-breadcrumbs__item breadcrumb-item active"
        items.append(
            f'<li class="{cls}" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'{inner}<meta itemprop="position" content="{pos}"></li>'
        )
    return (
        '<section id="sp-breadcrumb"><div class="container"><div class="container-inner"><div class="row">'
        '<div class="col-lg-12"><div class="sp-column "><div class="sp-module "><div class="sp-module-content">'
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope '
        'itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
        '<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>'
        + "".join(items)
        + "</ol></nav></div></div></div></div></div></div></div></section>"
    )


def _module(title: str, content: str, extra_cls: str = "") -> str:
    return (
        f'<div class="sp-module {extra_cls}"><h3 class="sp-module-title">{title}</h3>'
        f'<div class="sp-module-content">{content}</div></div>'
    )


def _sidebar() -> str:
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{a(sef(s))}" itemprop="url">'
        f'<span itemprop="name">{_title(s)}</span></a></li>'
        for s in _newest(STORIES)[:5]
    )
    popular = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{a(sef(s))}" itemprop="url">'
        f'<span itemprop="name">{_title(s)}</span></a></li>'
        for s in sorted(STORIES, key=lambda s: s.opts["hits"], reverse=True)[:5]
    )
    poll = (
        '<div class="sp-poll" id="sp-poll-97"><p class="sp-poll-question">Bạn đánh giá thế nào về Cổng thông tin '
        'điện tử của Phòng GD&amp;ĐT?</p><form class="sp-poll-form" method="post" action="#">'
        + "".join(
            f'<div class="form-check"><input class="form-check-input" type="radio" name="question" id="pq{n}" '
            f'value="{n}"><label class="form-check-label" for="pq{n}">{lbl}</label></div>'
            for n, lbl in enumerate(["Rất hữu ích", "Hữu ích", "Bình thường", "Cần cải thiện"])
        )
        + '<input type="hidden" name="poll_id" value="3"><button type="submit" class="btn btn-primary btn-sm '
        'btn-poll-submit">Bình chọn</button> <a class="btn btn-secondary btn-sm btn-poll-result" href="#" '
        'data-result="true">Kết quả</a></form></div>'
    )
    links = (
        '<select class="form-select lienket-web" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://phutho.edu.vn">Sở GD&amp;ĐT Phú Thọ</option>'
        '<option value="https://camkhe.phutho.gov.vn">Cổng TTĐT huyện Cẩm Khê</option>'
        '<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option></select>'
    )
    banners = (
        '<div id="mod-custom131" class="mod-custom custom"><p><a href="https://dichvucong.gov.vn" '
        'target="_blank" rel="noopener"><img src="/images/banners/dich-vu-cong.jpg" alt="Dịch vụ công" '
        'width="270" height="80"></a></p><p><a href="https://tuyensinh.phutho.edu.vn" target="_blank" '
        'rel="noopener"><img src="/images/banners/tuyen-sinh-dau-cap.png" alt="Tuyển sinh đầu cấp" '
        'width="270" height="80"></a></p></div>'
    )
    return (
        '<aside id="sp-right" class="col-lg-3 "><div class="sp-column ">'
        + _module("Tin mới", f'<ul class="mod-articleslatest latestnews mod-list">{latest}</ul>', "tin-moi")
        + _module("Tin xem nhiều", f'<ul class="mostread mod-list">{popular}</ul>', "xem-nhieu")
        + _module("Thăm dò ý kiến", poll)
        + _module("Liên kết website", links)
        + _module("Dịch vụ trực tuyến", banners, "banner-phai")
        + "</div></aside>"
    )


def _counter() -> str:
    digits = "".join(f'<span class="vdigit-{d}">{d}</span>' for d in "01287345")
    rows = [("Hôm nay", "436"), ("Hôm qua", "1.208"), ("Tuần này", "3.915"), ("Tháng này", "5.117"),
            ("Tất cả", "1.287.345")]
    stats = "".join(
        f'<tr><td><img src="/modules/mod_vvisit_counter/images/stats/default/vtoday.png" alt="" width="16" '
        f'height="16"></td><td>{lbl}</td><td align="right">{num}</td></tr>'
        for lbl, num in rows
    )
    return (
        '<div id="vvisit_counter114" class="vvisit_counter text-center"><div class="vdigit_counter">'
        f"{digits}</div><div class=\"vstats_counter\"><table cellpadding=\"0\" cellspacing=\"0\" "
        f'style="width: 90%;"><tbody>{stats}</tbody></table></div><hr style="width: 90%;">'
        '<div>Đang online: <strong>27</strong></div></div>'
    )


def _bottom_footer() -> str:
    mail = (
        '<joomla-hidden-mail is-link="1" is-email="1" first="cGdkY2Fta2hl" last="cGh1dGhvLmVkdS52bg==" '
        'text="cGdkY2Fta2hlQHBodXRoby5lZHUudm4=" base="">Địa chỉ email này đang được bảo vệ khỏi chương '
        "trình thư rác, bạn cần kích hoạt JavaScript để xem nó.</joomla-hidden-mail>"
    )
    return f"""<section id="sp-bottom"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-bottom1" class="col-sm-col-sm-6 col-lg-5"><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">{esc(SITE_FULL).upper()}</h3><div class="sp-module-content"><div id="mod-custom140" class="mod-custom custom"><p><span class="fas fa-map-marker-alt"></span> Địa chỉ: Khu 5, thị trấn Sông Thao, huyện Cẩm Khê, tỉnh Phú Thọ</p><p><span class="fas fa-phone"></span> Điện thoại: 0210.3879.123 - Fax: 0210.3879.456</p><p><span class="far fa-envelope"></span> Email: {mail}</p><p>Chịu trách nhiệm nội dung: Ông Nguyễn Văn Thắng - Trưởng phòng</p></div></div></div></div></div>
<div id="sp-bottom2" class="col-sm-col-sm-6 col-lg-4"><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">Liên kết nhanh</h3><div class="sp-module-content"><ul class="menu"><li class="item-151"><a href="https://vnedu.vn" target="_blank" rel="noopener noreferrer">Sổ liên lạc điện tử vnEdu</a></li><li class="item-152"><a href="https://hocbaso.moet.gov.vn" target="_blank" rel="noopener noreferrer">Học bạ số</a></li><li class="item-153"><a href="https://temis.csdl.edu.vn" target="_blank" rel="noopener noreferrer">Hệ thống TEMIS</a></li><li class="item-154"><a href="https://mail.phutho.edu.vn" target="_blank" rel="noopener noreferrer">Thư điện tử công vụ</a></li></ul></div></div></div></div>
<div id="sp-bottom3" class="col-lg-3"><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">Thống kê truy cập</h3><div class="sp-module-content">{_counter()}</div></div></div></div>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12"><div class="sp-column "><span class="sp-copyright">© 2026 Bản quyền thuộc {esc(SITE_FULL)}. Ghi rõ nguồn "pgdcamkhe.edu.vn" khi phát hành lại thông tin từ website này.</span></div></div></div></div></div></footer>"""


def _head(req: Request, title: str, *, desc: str = "", og: str = "", extra: str = "") -> str:
    canonical = base_url(req) + req.target
    return f"""<!doctype html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="description" content="{esc(desc or 'Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Cẩm Khê, tỉnh Phú Thọ')}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="{esc(canonical)}" rel="canonical">
<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.4.1" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/system-j4.min.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/presets/preset2.css" rel="stylesheet">
<link href="/components/com_sppagebuilder/assets/css/sppagebuilder.css?5c1f8e2b" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"data":{{"breakpoints":{{"tablet":991,"mobile":480}},"header":{{"stickyOffset":"100"}}}},"csrf.token":"{TOKEN}","system.paths":{{"root":"","rootFull":"{base_url(req)}/","base":"","baseFull":"{base_url(req)}/"}},"joomla.jtext":{{"ERROR":"L\\u1ed7i","MESSAGE":"Th\\u00f4ng b\\u00e1o","JCLOSE":"\\u0110\\u00f3ng"}}}}</script>
<script src="/media/system/js/core.min.js?2cb912"></script>
<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.3" nomodule defer></script>
<script src="/media/system/js/joomla-hidden-mail.min.js?80d9c7" type="module"></script>
<script src="/templates/shaper_helixultimate/js/main.js"></script>
<meta property="og:type" content="{'article' if og else 'website'}">
<meta property="og:url" content="{esc(canonical)}">
<meta property="og:title" content="{esc(title)}">
{og}
{extra}
</head>"""


def page(
    req: Request,
    *,
    title: str,
    body_cls: str,
    itemid: int,
    main: str,
    trail: list[tuple[str, str | None]] | None,
    active: str,
    sidebar: bool = True,
    desc: str = "",
    og: str = "",
    extra_head: str = "",
) -> Response:
    crumbs = _breadcrumbs(trail) if trail is not None else ""
    if sidebar:
        component = (
            '<div id="sp-component" class="col-lg-9 "><div class="sp-column "><div '
            f'id="system-message-container" aria-live="polite"></div>{main}</div></div>{_sidebar()}'
        )
    else:
        component = f'<div id="sp-component" class="col-lg-12 "><div class="sp-column ">{main}</div></div>'
    doc = f"""{_head(req, title + ' - ' + SITE, desc=desc, og=og, extra=extra_head)}
<body class="site helix-ultimate hu {body_cls} itemid-{itemid} vi-vn ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="sp-pre-loader"><div class="sp-loader-circle"></div></div>
<div class="body-wrapper"><div class="body-innerwrapper">
{_header(active)}
{crumbs}
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
{component}
</div></div></div></section>
{_bottom_footer()}
</div></div>
{_offcanvas()}
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</body>
</html>"""
    return html(doc)


# --- article page ---------------------------------------------------------------------------


def _info_block(story: Story, *, full: bool) -> str:
    o = story.opts
    c = cat_of(story)
    parts = [
        f'<span class="createdby" title="Viết bởi: {esc(o["by"])}"><span class="fas fa-user" aria-hidden="true">'
        f'</span> <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">'
        f"{esc(o['by'])}</span></span></span>",
        f'<span class="category-name" title="Danh mục: {esc(c.title)}"><span class="far fa-folder-open" '
        f'aria-hidden="true"></span> <a href="{c.path}"><span itemprop="genre">{esc(c.title)}</span></a></span>',
    ]
    if full:
        parts.append(
            f'<span class="create" title="Ngày tạo: {_vn(o["created"])}">Ngày tạo: <time '
            f'datetime="{_iso(o["created"])}" itemprop="dateCreated">{_vn(o["created"])}</time></span>'
        )
    parts.append(
        f'<span class="published" title="Ngày đăng: {_vn(o["pub"])}"><span class="far fa-calendar" '
        f'aria-hidden="true"></span> <time datetime="{_iso(o["pub"])}" itemprop="datePublished">'
        f"{_vn(o['pub'])}</time></span>"
    )
    if full:
        parts.append(
            f'<span class="modified" title="Cập nhật: {_vn(o["modified"])}">Cập nhật: <time '
            f'datetime="{_iso(o["modified"])}" itemprop="dateModified">{_vn(o["modified"])}</time></span>'
        )
        parts.append(
            f'<span class="hits"><span class="fas fa-eye" aria-hidden="true"></span> <meta itemprop="interactionCount" '
            f'content="UserPageVisits:{o["hits"]}">Lượt xem: {o["hits"]}</span>'
        )
    return '<div class="article-info">\n' + "\n".join(parts) + "\n</div>"


def _vote(story: Story, here: str) -> str:
    rating = {231: (4.6, 14), 228: (4.2, 9), 227: (3.9, 11), 219: (5.0, 23)}.get(story.id, (0, 0))
    stars = "".join(
        f'<li class="vote-star{"" if n < round(rating[0]) else "-empty"}"><svg aria-hidden="true" '
        f'viewBox="0 0 576 512" height="1em" width="1em"><path d="M259.3 17.8 194 150.2 47.9 171.5c-26.2 3.8-36.7 '
        f'36.1-17.7 54.6l105.7 103-25 145.5c-4.5 26.3 23.2 46 46.4 33.7L288 439.6l130.7 68.7c23.2 12.2 50.9-7.4 '
        f'46.4-33.7l-25-145.5 105.7-103c19-18.5 8.5-50.8-17.7-54.6L382 150.2 316.7 17.8c-11.7-23.6-45.6-23.9-57.4 '
        f'0z"></path></svg></li>'
        for n in range(5)
    )
    opts = "".join(f'<option value="{n}">Bình chọn {n}</option>' for n in range(1, 6))
    return (
        f'<div class="content_rating" role="img" aria-label="Đánh giá: {rating[0]} / 5">'
        f'<p class="visually-hidden" itemprop="aggregateRating" itemscope '
        f'itemtype="https://schema.org/AggregateRating">Người dùng đánh giá: <span itemprop="ratingValue">'
        f'{rating[0]}</span> / <span itemprop="bestRating">5</span><meta itemprop="ratingCount" '
        f'content="{rating[1]}"><meta itemprop="worstRating" content="1"></p><ul>{stars}</ul></div>'
        f'<form method="post" action="{a(with_hitcount(here))}" class="form-inline mb-2"><span class="content_vote">'
        f'<label class="visually-hidden" for="content_vote_{story.id}">Vui lòng đánh giá</label>'
        f'<select id="content_vote_{story.id}" name="user_rating">{opts}</select>&#160;<input class="btn btn-sm '
        'btn-primary align-baseline" type="submit" name="submit_vote" value="Đánh giá">'
        '<input type="hidden" name="task" value="article.vote"><input type="hidden" name="hitcount" value="0">'
        f'<input type="hidden" name="url" value="{esc(here)}"><input type="hidden" name="{TOKEN}" value="1">'
        "</span></form>"
    )


def _share(req: Request, here: str) -> str:
    url = quote(base_url(req) + here, safe="")
    return (
        '<div class="article-social-share"><div class="social-share-icon"><ul>'
        f'<li><a class="facebook" onClick="window.open(\'https://www.facebook.com/sharer.php?u={url}\','
        "'Facebook','width=600,height=300,left='+(screen.availWidth/2-300)+',top='+(screen.availHeight/2-150)+'');"
        f' return false;" href="https://www.facebook.com/sharer.php?u={url}" title="Facebook"><span '
        'class="fab fa-facebook" aria-hidden="true"></span></a></li>'
        f'<li><a class="twitter" title="X (formerly Twitter)" onClick="window.open(\'https://twitter.com/share?url='
        f"{url}','Twitter share','width=600,height=300'); return false;\" href=\"https://twitter.com/share?url={url}\">"
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" fill="currentColor" style="width: 13.56px;'
        'position: relative; top: -1.5px;"><path d="M389.2 48h70.6L305.6 224.2 487 464H345L233.7 318.6 106.5 '
        '464H35.8L200.7 275.5 26.8 48H172.4L272.9 180.9 389.2 48z"/></svg></a></li>'
        f'<li><a class="linkedin" title="LinkedIn" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={url}">'
        '<span class="fab fa-linkedin" aria-hidden="true"></span></a></li>'
        "</ul></div></div>"
        f'<div class="zalo-share-button" data-href="{esc(base_url(req) + here)}" data-oaid="579745863508352884" '
        'data-layout="1" data-color="blue" data-customize="false"></div>'
    )


def _tags(story: Story) -> str:
    tags = story.opts.get("tags") or []
    if not tags:
        return ""
    lis = "".join(
        f'<li class="list-inline-item tag-{TAGS[t][1]} tag-list0" itemprop="keywords"><a '
        f'href="/component/tags/tag/{t}" class="btn-sm btn-info">{esc(TAGS[t][0])}</a></li>'
        for t in tags
    )
    return f'<ul class="tags list-inline mb-4">{lis}</ul>'


def _author_box(story: Story) -> str:
    if story.opts["by"] != "Super User":
        return ""
    return (
        '<div class="article-author-information"><div class="d-flex"><div class="flex-shrink-0">'
        '<img class="me-3" src="/images/avatar/super-user.png" alt="Super User" width="64" height="64"></div>'
        '<div class="flex-grow-1 ms-3"><h5 class="mt-0">Super User</h5><div class="author-bio">Quản trị Cổng '
        "thông tin điện tử Phòng GD&amp;ĐT</div></div></div></div>"
    )


def _related(story: Story) -> str:
    others = [s for s in in_cat(story.opts["cat"]) if s.id != story.id][:2]
    if not others:
        return ""
    items = []
    for s in others:
        img = _first_img(s)
        pic = (
            f'<div class="article-intro-image"><a href="{a(sef(s))}"><img src="{_jimg(img.src)}" alt="'
            f'{esc(s.title)}"></a></div>'
            if img
            else ""
        )
        first = next(b for b in s.blocks if isinstance(b, P)).text
        snippet = " ".join(first.split()[:28]) + "..."
        items.append(
            f'<div class="col-md-6"><div class="article">{pic}<div class="article-header"><h2><a '
            f'href="{a(sef(s))}">{_title(s)}</a></h2></div><div class="article-info"><span class="published" '
            f'title="Ngày đăng: {_vn(s.opts["pub"])}"><time datetime="{_iso(s.opts["pub"])}">'
            f"{_vn(s.opts['pub'])}</time></span></div><div class=\"article-introtext\">{_t(s, snippet)}</div>"
            "</div></div>"
        )
    return (
        '<div class="related-article-list-container"><h3 class="related-article-title">Bài viết liên quan</h3>'
        '<div class="article-list related-article-list"><div class="row">' + "".join(items) + "</div></div></div>"
    )


def _full_image(story: Story) -> str:
    full = next((b for b in story.blocks if isinstance(b, Img) and b.style == "full"), None)
    if not full:
        return ""
    return (
        f'<figure class="article-full-image float-none"><img src="{_jimg(full.src)}" itemprop="image" alt="'
        f'{esc(story.title)}" width="1280" height="853" loading="lazy"><figcaption class="caption">'
        f"{esc(full.printed or '')}</figcaption></figure>"
    )


def _jsonld(req: Request, story: Story) -> str:
    base = base_url(req)
    posting = ""
    if story.opts.get("jsonld"):
        posting = (
            f',{{"@type":"BlogPosting","@id":"{base}/#/schema/BlogPosting/{story.id}","name":"{story.title}",'
            f'"headline":"{story.title}","author":{{"@type":"Person","name":"Super User"}},'
            f'"datePublished":"{story.opts["jsonld"]}","isPartOf":{{"@id":"{base}/#/schema/WebPage/base"}}}}'
        )
    return (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        f'{{"@type":"Organization","@id":"{base}/#/schema/Organization/base","name":"{SITE}","url":"{base}/"}},'
        f'{{"@type":"WebSite","@id":"{base}/#/schema/WebSite/base","url":"{base}/","name":"{SITE}",'
        f'"publisher":{{"@id":"{base}/#/schema/Organization/base"}}}},'
        f'{{"@type":"WebPage","@id":"{base}/#/schema/WebPage/base","url":"{base}{req.target}","name":'
        f'"{story.title} - {SITE}","isPartOf":{{"@id":"{base}/#/schema/WebSite/base"}},"inLanguage":"vi-VN"}}'
        f"{posting}]}}</script>"
    )


def article_page(req: Request, story: Story) -> Response:
    here = req.target.replace("&hitcount=0", "").replace("?hitcount=0", "")
    c = cat_of(story)
    if req.params.get("tmpl") == "component":
        return print_page(req, story)
    icons = ""
    if story.opts.get("print"):
        icons = (
            '<div class="article-print-email"><a href="' + a(print_url(story)) + '" title="In bài viết" '
            "onclick=\"window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,"
            "resizable=yes,width=640,height=480,directories=no,location=no'); return false;\" rel=\"nofollow\">"
            '<span class="icon-print" aria-hidden="true"></span> In</a></div>'
        )
    main = f"""<div class="article-details " itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
{_full_image(story)}
<div class="article-header"><h1 itemprop="headline">{_title(story)}</h1></div>
<div class="article-can-edit d-flex flex-wrap justify-content-between"></div>
{_info_block(story, full=True)}
<div class="article-ratings-social-share d-flex justify-content-end">
<div class="me-auto align-self-center">{_vote(story, here)}</div>
<div class="social-share-block">{_share(req, here)}</div>
</div>
{icons}
<div itemprop="articleBody">
{render_body(story)}
</div>
{_tags(story)}
{_author_box(story)}
{_related(story)}
</div>"""
    img = _first_img(story)
    og = f'<meta property="og:image" content="{esc(base_url(req) + img.src)}">' if img else ""
    desc = ""
    if story.summary:
        desc = story.summary.split(". ")[0] + "."
    return page(
        req,
        title=story.title,
        body_cls=f"com_content com-content view-article layout-default task-none catid-{c.catid}",
        itemid=c.itemid,
        main=main,
        trail=[("Tin tức", "/tin-tuc"), (c.title, c.path), (_title(story), None)],
        active=c.path,
        desc=desc,
        og=og,
        extra_head=_jsonld(req, story),
    )


def print_page(req: Request, story: Story) -> Response:
    doc = f"""<!doctype html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<title>{esc(story.title)} - {esc(SITE)}</title>
<link href="{esc(base_url(req) + req.target)}" rel="canonical">
<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
</head>
<body class="contentpane component ">
<div id="system-message-container" aria-live="polite"></div>
<div class="article-details " itemscope itemtype="https://schema.org/Article">
<div class="article-header"><h1 itemprop="headline">{_title(story)}</h1></div>
{_info_block(story, full=False)}
<div itemprop="articleBody">
{render_body(story)}
</div>
</div>
<script>window.print();</script>
</body>
</html>"""
    return html(doc)


# --- listings -------------------------------------------------------------------------------


def _blog_item(story: Story, *, heading: str) -> str:
    img = _first_img(story)
    pic = (
        f'<div class="article-intro-image float-start"><a href="{a(sef(story))}"><img src="{_jimg(img.src)}" '
        f'alt="{esc(story.title)}" itemprop="thumbnailUrl" width="400" height="267" loading="lazy"></a></div>'
        if img
        else ""
    )
    return f"""<div class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{pic}
<div class="article-body">
<div class="article-header"><{heading} itemprop="name"><a href="{a(sef(story))}" itemprop="url">{_title(story)}</a></{heading}></div>
{_info_block(story, full=False)}
<div class="article-introtext">{_intro_html(story)}</div>
<div class="readmore"><a class="btn btn-outline-secondary" href="{a(sef(story))}" itemprop="url" aria-label="Đọc thêm: {esc(story.title)}">Đọc thêm...</a></div>
</div>
</div>"""


def _pagination(base: str, start: int, limit: int, total: int) -> str:
    pages = (total + limit - 1) // limit
    if pages <= 1:
        return ""
    cur = start // limit

    def href(n: int) -> str:
        return base if n == 0 else f"{base}?start={n * limit}"

    def li(n: int | None, icon: str, label: str) -> str:
        if n is None:
            return (
                f'<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span '
                f'class="{icon}" aria-hidden="true"></span></span></li>'
            )
        return (
            f'<li class="page-item"><a aria-label="{label}" href="{href(n)}" class="page-link"><span '
            f'class="{icon}" aria-hidden="true"></span></a></li>'
        )

    items = [
        li(0 if cur > 0 else None, "icon-angle-double-left", "Đi tới trang đầu"),
        li(cur - 1 if cur > 0 else None, "icon-angle-left", "Đi tới trang trước"),
    ]
    for n in range(pages):
        if n == cur:
            items.append(
                f'<li class="active page-item"><a aria-current="true" aria-label="Trang {n + 1}" href="#" '
                f'class="page-link">{n + 1}</a></li>'
            )
        else:
            items.append(
                f'<li class="page-item"><a aria-label="Đi tới trang {n + 1}" href="{href(n)}" '
                f'class="page-link">{n + 1}</a></li>'
            )
    items += [
        li(cur + 1 if cur < pages - 1 else None, "icon-angle-right", "Đi tới trang tiếp"),
        li(pages - 1 if cur < pages - 1 else None, "icon-angle-double-right", "Đi tới trang cuối"),
    ]
    return (
        '<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter '
        f'counter float-md-end pt-3 pe-2">Trang {cur + 1} / {pages}</p><div '
        'class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="Phân trang">'
        '<ul class="pagination ms-0 mb-4">' + "".join(items) + "</ul></nav></div></div>"
    )


def blog_page(req: Request, cat: Cat, stories: list[Story], base: str, start: int) -> Response:
    chunk = stories[start : start + cat.limit]
    lead = chunk[: cat.lead]
    intro = chunk[cat.lead : cat.lead + cat.intro]
    links = chunk[cat.lead + cat.intro :]
    parts = ['<div class="blog com-content-category-blog" itemscope itemtype="https://schema.org/Blog">',
             f'<div class="page-header"><h1>{esc(cat.title)}</h1></div>']
    if not chunk:
        parts.append('<div class="alert alert-info">Không có bài viết nào trong chuyên mục này.</div>')
    if lead:
        parts.append('<div class="com-content-category-blog__items blog-items items-leading article-list">')
        parts += [f'<div class="com-content-category-blog__item blog-item">{_blog_item(s, heading="h2")}</div>'
                  for s in lead]
        parts.append("</div>")
    if intro:
        parts.append('<div class="com-content-category-blog__items blog-items columns-2 article-list"><div class="row">')
        parts += [f'<div class="col-lg-6"><div class="com-content-category-blog__item blog-item">'
                  f'{_blog_item(s, heading="h3")}</div></div>' for s in intro]
        parts.append("</div></div>")
    if links:
        parts.append(
            '<div class="items-more"><h3 class="tieude-xemthem">Các tin khác</h3><div '
            'class="com-content-category-blog__links"><ol class="com-content-blog__links">'
            + "".join(f'<li class="com-content-blog__link"><a href="{a(sef(s))}">{_title(s)}</a></li>' for s in links)
            + "</ol></div></div>"
        )
    if chunk:
        parts.append(_pagination(base, start, cat.limit, len(stories)))
    parts.append("</div>")
    trail = [("Tin tức", "/tin-tuc" if cat is not PARENT else None)]
    if cat is not PARENT:
        trail.append((esc(cat.title), None))
    return page(
        req,
        title=cat.title + (f" - Trang {start // cat.limit + 1}" if start else ""),
        body_cls="com_content com-content view-category layout-blog task-none",
        itemid=cat.itemid,
        main="\n".join(parts),
        trail=trail,
        active=base,
    )


def list_page(req: Request, cat: Cat) -> Response:
    rows = "".join(
        f'<tr class="cat-list-row{n % 2}" ><th class="list-title" scope="row"><a href="{a(sef(s))}">{_title(s)}</a>'
        f'</th><td class="list-date small">{_day(s.opts["pub"]).replace("/", "-")}</td><td class="list-hits">'
        f'<span class="badge bg-info">Lượt xem: {s.opts["hits"]}</span></td></tr>'
        for n, s in enumerate(in_cat(cat.key))
    )
    limits = "".join(
        f'<option value="{v}"{" selected" if v == 10 else ""}>{"Tất cả" if v == 0 else v}</option>'
        for v in (5, 10, 15, 20, 25, 30, 50, 100, 0)
    )
    main = f"""<div class="com-content-category category-list">
<div class="content-category"><h1>{esc(cat.title)}</h1>
<form action="{cat.path}" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">
<div class="com-content-category__pagination btn-group float-end"><label for="limit" class="visually-hidden">Hiển thị #</label><select id="limit" name="limit" class="form-select" onchange="this.form.submit()">{limits}</select></div>
<table class="com-content-category__table category table table-striped table-bordered table-hover">
<caption class="visually-hidden">Bài viết</caption>
<thead><tr><th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','', document.getElementById('adminForm')); return false;" class="hasTooltip" title="Sắp xếp theo cột này">Tiêu đề</a></th><th scope="col" id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','', document.getElementById('adminForm')); return false;">Ngày đăng</a></th><th scope="col" id="categorylist_header_hits">Lượt xem</th></tr></thead>
<tbody>{rows}</tbody></table>
<input type="hidden" name="filter_order" value=""><input type="hidden" name="filter_order_Dir" value=""><input type="hidden" name="limitstart" value="">
</form></div></div>"""
    return page(
        req,
        title=cat.title,
        body_cls="com_content com-content view-category layout-default task-none",
        itemid=cat.itemid,
        main=main,
        trail=[("Tin tức", "/tin-tuc"), (esc(cat.title), None)],
        active=cat.path,
    )


def tag_page(req: Request, alias: str) -> Response | None:
    if alias not in TAGS:
        return None
    name, _tid = TAGS[alias]
    tagged = _newest([s for s in STORIES if alias in (s.opts.get("tags") or [])])
    items = "".join(
        f'<li class="list-group-item list-group-item-action"><h3><a href="{a(sef(s))}">{_title(s)}</a></h3>'
        f'<span class="tag-body">{_intro_html(s)}</span></li>'
        for s in tagged
    )
    main = (
        f'<div class="com-tags-tag tag-category"><h1>{esc(name)}</h1><div class="com-tags-tag__items">'
        f'<ul class="com-tags-tag__category category list-group">{items}</ul></div></div>'
    )
    return page(
        req,
        title=name,
        body_cls="com_tags com-tags view-tag layout-default task-none",
        itemid=101,
        main=main,
        trail=[(esc(name), None)],
        active="",
    )


def search_page(req: Request) -> Response:
    q = (req.params.get("q") or "").strip()
    found = [s for s in STORIES if q and q.lower() in s.title.lower()]
    if not q:
        results = '<div class="alert alert-info">Nhập từ khóa để tìm kiếm.</div>'
    elif not found:
        results = f'<div id="search-result-empty" class="com-finder__empty"><h2>Không tìm thấy kết quả cho "{esc(q)}"</h2></div>'
    else:
        results = (
            f'<div id="search-result-count" class="com-finder__counter">Tìm thấy {len(found)} kết quả.</div>'
            '<ol id="search-result-list" class="com-finder__results-list">'
            + "".join(
                f'<li class="result__item"><p class="result__title"><a href="{a(sef(s))}" '
                f'class="result__title-link"><span class="result__title-text">{_title(s)}</span></a></p>'
                f'<p class="result__description">{_t(s, next(b for b in s.blocks if isinstance(b, P)).text[:160])}'
                "...</p></li>"
                for s in found
            )
            + "</ol>"
        )
    main = (
        '<div class="com-finder finder"><h1>Tìm kiếm</h1><form action="/tim-kiem" method="get" '
        'class="js-finder-searchform"><div class="com-finder__search"><input type="text" name="q" '
        f'id="q" class="js-finder-search-query form-control" value="{esc(q)}"><button type="submit" '
        'class="btn btn-primary"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm kiếm'
        f'</button></div></form><div id="search-results" class="com-finder__results">{results}</div></div>'
    )
    return page(
        req,
        title="Tìm kiếm",
        body_cls="com_finder com-finder view-search layout-default task-none",
        itemid=124,
        main=main,
        trail=[("Tìm kiếm", None)],
        active="",
    )


# --- home (SP Page Builder) -----------------------------------------------------------------


def _sppb_article(story: Story, *, href: str, intro: bool = True) -> str:
    img = _first_img(story)
    pic = (
        f'<a href="{a(href)}" itemprop="url"><img class="sppb-img-responsive" src="{_jimg(img.src)}" '
        f'alt="{esc(story.title)}" itemprop="thumbnailUrl" loading="lazy"></a>'
        if img
        else ""
    )
    text_ = f'<div class="sppb-article-introtext">{_intro_html(story)}</div>' if intro else ""
    return (
        f'<div class="sppb-addon-article">{pic}<div class="sppb-article-info-wrap"><h3><a href="{a(href)}" '
        f'itemprop="url">{_title(story)}</a></h3><div class="sppb-article-meta"><span class="sppb-meta-date" '
        f'itemprop="datePublished">{_vn(story.opts["pub"])}</span><span class="sppb-meta-category"><a '
        f'href="{cat_of(story).path}" itemprop="genre">{esc(cat_of(story).title)}</a></span></div>{text_}'
        f'<a class="sppb-readmore" href="{a(href)}" itemprop="url">Xem chi tiết</a></div></div>'
    )


def _addon(uid: int, kind: str, title: str, content: str) -> str:
    head = f'<h3 class="sppb-addon-title">{title}</h3>' if title else ""
    return (
        f'<div id="sppb-addon-wrapper-{uid}" class="sppb-addon-wrapper addon-root-{kind}"><div '
        f'id="sppb-addon-{uid}" class="clearfix "><div class="sppb-addon sppb-addon-{kind} ">{head}'
        f'<div class="sppb-addon-content">{content}</div></div></div></div>'
    )


def _col(uid: int, md: int, addons: str) -> str:
    return (
        f'<div class="sppb-col-md-{md} " id="column-wrap-id-{uid}"><div id="column-id-{uid}" class="sppb-column ">'
        f'<div class="sppb-column-addons">{addons}</div></div></div>'
    )


def _section(uid: int, cols: str, title: str = "") -> str:
    head = (
        f'<div class="sppb-section-title sppb-text-left"><h2 class="sppb-title-heading">{title}</h2></div>'
        if title
        else ""
    )
    return (
        f'<section id="section-id-{uid}" class="sppb-section "><div class="sppb-row-container">{head}'
        f'<div class="sppb-row">{cols}</div></div></section>'
    )


def home(req: Request) -> Response:
    featured = [s for s in _newest(STORIES) if s.opts.get("featured")]
    slides = "".join(
        f'<div class="sppb-item sppb-item-has-bg{" active" if n == 0 else ""}"><img src="{_jimg(_first_img(s).src)}" '
        f'alt="{esc(s.title)}"><div class="sppb-carousel-item-inner"><div class="sppb-carousel-caption"><div '
        f'class="sppb-carousel-text"><h2><a href="{a(component_url(s))}">{_title(s)}</a></h2><div '
        f'class="sppb-carousel-content">{_vn(s.opts["pub"])}</div><a href="{a(component_url(s))}" '
        'class="sppb-btn sppb-btn-primary sppb-btn-sm">Chi tiết</a></div></div></div></div>'
        for n, s in enumerate(featured)
    )
    indicators = "".join(
        f'<li data-sppb-target="#sppb-carousel-1733201" {active}data-sppb-slide-to="{n}"></li>'
        for n, active in enumerate(['class="active" '] + [""] * (len(featured) - 1))
    )
    carousel = (
        '<div id="sppb-carousel-1733201" data-interval="5000" class="sppb-carousel sppb-slide" '
        f'data-sppb-ride="sppb-carousel"><ol class="sppb-carousel-indicators">{indicators}</ol>'
        f'<div class="sppb-carousel-inner">{slides}</div><a href="#sppb-carousel-1733201" '
        'class="sppb-carousel-arrow left sppb-carousel-control" data-slide="prev" aria-label="Previous">'
        '<i class="fa fa-chevron-left" aria-hidden="true"></i></a><a href="#sppb-carousel-1733201" '
        'class="sppb-carousel-arrow right sppb-carousel-control" data-slide="next" aria-label="Next">'
        '<i class="fa fa-chevron-right" aria-hidden="true"></i></a></div>'
    )
    notices = "".join(
        f'<li><span class="fas fa-bullhorn" aria-hidden="true"></span> <a href="{a(sef(s))}">{_title(s)}</a> '
        f'<em class="ngay-tb">({_day(s.opts["pub"])})</em></li>'
        for s in in_cat("thong-bao")
    )
    docs = "".join(
        f'<li><a href="{a(_doc_path(d))}">{esc(d.number)}</a>'
        f"<br><small>{esc(d.summary)}</small></li>"
        for d in sorted(DOCS.values(), key=lambda d: d.date, reverse=True)
    )
    tgd = "".join(
        f'<div class="sppb-col-sm-6">{_sppb_article(s, href=sef(s))}</div>' for s in in_cat("tin-giao-duc")[:4]
    )
    hdcm = "".join(_sppb_article(s, href=sef(s), intro=False) for s in in_cat("hoat-dong-chuyen-mon")[:3])
    cd = "".join(_sppb_article(s, href=sef(s), intro=False) for s in in_cat("cong-doan-doan-the")[:2])
    welcome = (
        '<div class="sppb-addon-text-block"><p style="text-align: justify;">Chào mừng quý thầy cô, quý phụ huynh '
        "và các em học sinh đến với Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Cẩm Khê. Cổng thông "
        "tin cung cấp thông tin về hoạt động của ngành giáo dục huyện, các văn bản chỉ đạo, điều hành và thông "
        "báo của Phòng GD&amp;ĐT tới các nhà trường.</p></div>"
    )
    video = (
        '<div class="sppb-video-block sppb-embed-responsive sppb-embed-responsive-16by9"><iframe '
        'class="sppb-embed-responsive-item" src="https://www.youtube-nocookie.com/embed/Xq7pL2mK9aE?iv_load_policy=3'
        '&amp;rel=0" title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam" webkitAllowFullScreen mozallowfullscreen '
        'allowFullScreen loading="lazy"></iframe></div><p class="sppb-text-center"><a href="/video">Xem thêm '
        "video &raquo;</a></p>"
    )
    gallery = (
        '<div class="sppb-gallery"><a href="/thu-vien-anh/4-hoi-khoe-phu-dong-huyen-cam-khe-lan-thu-xi-nam-2026">'
        '<img class="sppb-img-responsive" src="/images/phocagallery/hkpd-2026/thumbs/phoca_thumb_m_anh-01.jpg" '
        'alt="Hội khỏe Phù Đổng 2026"></a><p><a href="/thu-vien-anh">Thư viện ảnh &raquo;</a></p></div>'
    )
    quick = "".join(
        f'<div class="sppb-addon-feature"><a href="{u}" target="_blank" rel="noopener"><span class="sppb-icon '
        f'{ic}"></span> {t}</a></div>'
        for u, ic, t in [
            ("https://csdl.moet.gov.vn", "fas fa-database", "Cơ sở dữ liệu ngành"),
            ("https://tuyensinh.phutho.edu.vn", "fas fa-user-graduate", "Tuyển sinh đầu cấp"),
            ("https://dichvucong.gov.vn", "fas fa-landmark", "Dịch vụ công trực tuyến"),
        ]
    )
    main = (
        '<div id="sp-page-builder" class="sp-page-builder  page-1 "><div class="page-content">'
        + _section(
            1733200,
            _col(1733202, 8, _addon(1733201, "articles-slider", "", carousel))
            + _col(
                1733203,
                4,
                _addon(1733204, "raw-html", "Thông báo", f'<ul class="ds-thongbao">{notices}</ul>')
                + _addon(1733205, "module", "Văn bản mới", f'<ul class="latest-files">{docs}</ul>'),
            ),
        )
        + _section(1733210, _col(1733211, 12, _addon(1733212, "text-block", "", welcome)))
        + _section(
            1733220,
            _col(
                1733221,
                8,
                _addon(
                    1733222,
                    "articles",
                    'Tin giáo dục <a class="xem-tat-ca" href="/tin-tuc/tin-giao-duc">Xem tất cả</a>',
                    f'<div class="sppb-row">{tgd}</div>',
                ),
            )
            + _col(1733223, 4, _addon(1733224, "articles", "Công đoàn - Đoàn thể", cd)),
        )
        + _section(
            1733230,
            _col(1733231, 6, _addon(1733232, "articles", "Hoạt động chuyên môn", hdcm))
            + _col(1733233, 3, _addon(1733234, "video", "Video", video))
            + _col(1733235, 3, _addon(1733236, "image-gallery", "Thư viện ảnh", gallery) + quick),
        )
        + "</div></div>"
    )
    return page(
        req,
        title="Trang chủ",
        body_cls="com_sppagebuilder com-sppagebuilder view-page layout-default task-none",
        itemid=101,
        main=main,
        trail=None,
        active="/",
        sidebar=False,
    )


# --- non-articles ---------------------------------------------------------------------------

INTRO_PAGES = {
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ của Phòng Giáo dục và Đào tạo",
        "2023-09-12 10:15",
        [
            "Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Cẩm Khê, có chức năng "
            "tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo "
            "trên địa bàn huyện.",
            "Phòng Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, "
            "quản lý về tổ chức, vị trí việc làm, biên chế công chức và công tác của Ủy ban nhân dân huyện, "
            "đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo.",
            "Trình Ủy ban nhân dân huyện ban hành quyết định, chỉ thị, kế hoạch dài hạn, 05 năm và hằng năm về "
            "giáo dục và đào tạo; tổ chức thực hiện các văn bản pháp luật sau khi được ban hành.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "2023-09-12 10:32",
        [
            "Lãnh đạo Phòng Giáo dục và Đào tạo huyện Cẩm Khê gồm Trưởng phòng và các Phó Trưởng phòng, cùng "
            "các bộ phận chuyên môn: Mầm non, Tiểu học, THCS, Tổ chức - Cán bộ, Kế hoạch - Tài chính, Văn phòng.",
        ],
    ),
}
STAFF = [
    ("Nguyễn Văn Thắng", "Trưởng phòng", "0913.270.118"),
    ("Đỗ Văn Quang", "Phó Trưởng phòng", "0912.834.602"),
    ("Hà Thị Thanh Huyền", "Phó Trưởng phòng", "0985.112.473"),
]


def intro_page(req: Request, key: str) -> Response:
    title, stamp, paras = INTRO_PAGES[key]
    body = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    if key == "co-cau-to-chuc":
        body += (
            '<table class="table table-bordered"><tbody><tr><td><strong>Họ và tên</strong></td><td><strong>Chức '
            "vụ</strong></td><td><strong>Điện thoại</strong></td></tr>"
            + "".join(f"<tr><td>{n}</td><td>{p}</td><td>{t}</td></tr>" for n, p, t in STAFF)
            + "</tbody></table>"
        )
    main = f"""<div class="article-details " itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="article-header"><h1 itemprop="headline">{esc(title)}</h1></div>
<div class="article-info">
<span class="createdby" title="Viết bởi: Super User"><span class="fas fa-user" aria-hidden="true"></span> <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Super User</span></span></span>
<span class="published" title="Ngày đăng: {_vn(stamp)}"><span class="far fa-calendar" aria-hidden="true"></span> <time datetime="{_iso(stamp)}" itemprop="datePublished">{_vn(stamp)}</time></span>
<span class="hits"><span class="fas fa-eye" aria-hidden="true"></span> Lượt xem: 3841</span>
</div>
<div itemprop="articleBody">
{body}
</div>
</div>"""
    return page(
        req,
        title=title,
        body_cls="com_content com-content view-article layout-default task-none",
        itemid=102 if key == "chuc-nang-nhiem-vu" else 103,
        main=main,
        trail=[("Giới thiệu", None), (esc(title), None)],
        active="/gioi-thieu",
    )


def contact_page(req: Request) -> Response:
    if req.method == "POST":
        return redirect("/lien-he", 303)
    mail = (
        '<joomla-hidden-mail is-link="1" is-email="1" first="cGdkY2Fta2hl" last="cGh1dGhvLmVkdS52bg==" '
        'text="cGdkY2Fta2hlQHBodXRoby5lZHUudm4=" base="">Địa chỉ email này đang được bảo vệ khỏi chương '
        "trình thư rác, bạn cần kích hoạt JavaScript để xem nó.</joomla-hidden-mail>"
    )
    main = f"""<div class="com-contact contact" itemscope itemtype="https://schema.org/Organization">
<div class="page-header"><h1>Liên hệ</h1></div>
<div class="page-header"><h2><span class="contact-name" itemprop="name">{esc(SITE_FULL)}</span></h2></div>
<div class="com-contact__container"><div class="com-contact__info">
<dl class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="icon-address" aria-hidden="true"></span></dt><dd><span class="contact-street" itemprop="streetAddress">Khu 5, thị trấn Sông Thao</span></dd>
<dd><span class="contact-suburb" itemprop="addressLocality">huyện Cẩm Khê, tỉnh Phú Thọ</span></dd>
<dt><span class="icon-envelope" aria-hidden="true"></span></dt><dd><span class="contact-emailto">{mail}</span></dd>
<dt><span class="icon-phone" aria-hidden="true"></span></dt><dd><span class="contact-telephone" itemprop="telephone">0210.3879.123</span></dd>
</dl></div>
<div class="com-contact__map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3714.2!2d105.1!3d21.41" width="100%" height="300" style="border:0;" loading="lazy" title="Bản đồ"></iframe></div>
<div class="com-contact__form contact-form">
<form id="contact-form" action="/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi thư cho chúng tôi</legend>
<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Trường bắt buộc</label></span><span class="after"></span></span></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Họ tên<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">Email<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" required></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Tiêu đề<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Nội dung<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>
</fieldset>
<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Gửi</button><input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value=""><input type="hidden" name="id" value="1:phong-gd-dt-cam-khe"><input type="hidden" name="{TOKEN}" value="1"></div></div>
</form></div></div></div>"""
    return page(
        req,
        title="Liên hệ",
        body_cls="com_contact com-contact view-contact layout-default task-none",
        itemid=123,
        main=main,
        trail=[("Liên hệ", None)],
        active="/lien-he",
    )


@dataclass(frozen=True)
class Doc:
    id: int
    cat: int
    alias: str
    number: str
    summary: str
    date: str
    signer: str
    issuer: str
    filename: str
    size: str
    downloads: int


DOC_CATS = {2: ("van-ban-cua-phong", "Văn bản của Phòng"), 3: ("van-ban-cap-tren", "Văn bản cấp trên")}
DOCS = {
    52: Doc(52, 2, "thong-bao-so-412-tb-pgddt", "Thông báo số 412/TB-PGDĐT",
            "Thông báo về việc nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục", "2026-11-30",
            "Đỗ Văn Quang", "Phòng GD&ĐT huyện Cẩm Khê", "TB 412 nghi Tet Duong lich 2027.pdf", "186 KB", 57),
    45: Doc(45, 2, "ke-hoach-so-215-kh-pgddt", "Kế hoạch số 215/KH-PGDĐT",
            "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
            "2026-10-05", "Nguyễn Văn Thắng", "Phòng GD&ĐT huyện Cẩm Khê", "KH 215 Hoi thi GVDG TH.pdf",
            "286 KB", 132),
    38: Doc(38, 3, "cong-van-so-1890-sgddt-gdtrh", "Công văn số 1890/SGDĐT-GDTrH",
            "V/v hướng dẫn tổ chức kiểm tra, đánh giá định kỳ giữa học kỳ I năm học 2026 - 2027", "2026-10-15",
            "Lê Thị Hồng Vân", "Sở GD&ĐT Phú Thọ", "CV 1890 SGDDT-GDTrH.pdf", "412 KB", 208),
}


def _doc_path(d: Doc) -> str:
    return f"/van-ban/{d.cat}-{DOC_CATS[d.cat][0]}/{d.id}-{d.alias}"


def _dl(d: Doc) -> str:
    return f"/van-ban/{d.cat}-{DOC_CATS[d.cat][0]}?download={d.id}:{d.alias}"


def _vdate(iso_day: str) -> str:
    y, m, d = iso_day.split("-")
    return f"{d}/{m}/{y}"


def docs_index(req: Request) -> Response:
    cats = "".join(
        f'<div class="pd-categoriesbox"><div class="pd-title"><a href="/van-ban/{cid}-{alias}">{esc(t)}</a> '
        f'<small>({sum(1 for d in DOCS.values() if d.cat == cid)})</small></div></div>'
        for cid, (alias, t) in DOC_CATS.items()
    )
    main = f'<div id="phoca-dl-categories-box" class="pd-categories-view"><h1 class="ph-header">Văn bản</h1>{cats}</div>'
    return page(
        req,
        title="Văn bản",
        body_cls="com_phocadownload com-phocadownload view-categories layout-default task-none",
        itemid=120,
        main=main,
        trail=[("Văn bản", None)],
        active="/van-ban",
    )


def docs_category(req: Request, cid: int) -> Response:
    _alias, title = DOC_CATS[cid]
    rows = []
    for d in sorted((d for d in DOCS.values() if d.cat == cid), key=lambda d: d.date, reverse=True):
        rows.append(
            f'<div class="pd-filebox"><div class="pd-filenamebox"><div class="pd-title">{esc(d.summary)}</div>'
            '<div class="pd-filename"><div class="pd-document16" style="background: url(\'/media/com_phocadownload/'
            'images/mime/16/icon-pdf.png\') 0 center no-repeat;"><div class="pd-float"><a class="" '
            f'href="{a(_doc_path(d))}">{esc(d.number)}</a></div></div></div></div><div class="pd-date-txt">Ngày '
            f'ban hành:</div><div class="pd-date">{_vdate(d.date)}</div><div class="pd-buttons"><div '
            f'class="pd-button-download"><a class="btn btn-success" href="{a(_dl(d))}">Tải về</a></div><div '
            f'class="pd-button-details"><a class="btn btn-info" href="{a(_doc_path(d))}">Chi tiết</a></div></div>'
            '<div class="pd-cb"></div></div>'
        )
    main = (
        f'<div id="phoca-dl-category-box" class="pd-category-view"><div class="pd-category"><h1 class="ph-header">'
        f"{esc(title)}</h1>{''.join(rows)}</div></div>"
    )
    return page(
        req,
        title=title,
        body_cls="com_phocadownload com-phocadownload view-category layout-default task-none",
        itemid=120,
        main=main,
        trail=[("Văn bản", "/van-ban"), (esc(title), None)],
        active="/van-ban",
    )


def doc_file(req: Request, d: Doc) -> Response:
    alias, title = DOC_CATS[d.cat]
    main = f"""<div id="phoca-dl-file-box" class="pd-file-view">
<h1 class="ph-header">{esc(d.number)}</h1>
<div class="pd-filebox">
<div class="pd-filenamebox"><div class="pd-filename"><div class="pd-document32" style="background: url('/media/com_phocadownload/images/mime/32/icon-pdf.png') 0 center no-repeat;">{esc(d.filename)}</div></div></div>
<table class="pd-info-tbl"><tbody>
<tr><td class="pd-lbl">Trích yếu:</td><td>{esc(d.summary)}</td></tr>
<tr><td class="pd-lbl">Cơ quan ban hành:</td><td>{esc(d.issuer)}</td></tr>
<tr><td class="pd-lbl">Người ký:</td><td>{esc(d.signer)}</td></tr>
<tr><td class="pd-lbl">Ngày đăng:</td><td>{_vdate(d.date)}</td></tr>
<tr><td class="pd-lbl">Dung lượng:</td><td>{d.size}</td></tr>
<tr><td class="pd-lbl">Lượt tải:</td><td>{d.downloads}</td></tr>
</tbody></table>
<div class="pd-fdesc"><p>{esc(d.summary)}.</p></div>
<div class="pd-buttons"><div class="pd-button-download"><a class="btn btn-success" href="{a(_dl(d))}">Tải về</a></div></div>
</div>
<div class="pd-cb"></div>
<p><a href="/van-ban/{d.cat}-{alias}">&laquo; Quay lại {esc(title)}</a></p>
</div>"""
    return page(
        req,
        title=d.number,
        body_cls="com_phocadownload com-phocadownload view-file layout-default task-none",
        itemid=120,
        main=main,
        trail=[("Văn bản", "/van-ban"), (esc(title), f"/van-ban/{d.cat}-{alias}"), (esc(d.number), None)],
        active="/van-ban",
    )


ALBUM = "/thu-vien-anh/4-hoi-khoe-phu-dong-huyen-cam-khe-lan-thu-xi-nam-2026"
ALBUM_PICS = ["Lễ diễu hành khai mạc", "Đồng diễn thể dục", "Thi đấu điền kinh", "Môn kéo co",
              "Bóng đá nam THCS", "Trao giải môn cờ vua"]


def gallery_index(req: Request) -> Response:
    main = (
        '<div id="phocagallery" class="pg-categories-view"><h1>Thư viện ảnh</h1><div class="pg-categories-items-box">'
        f'<div class="pg-category-box"><div class="pg-category-box-image"><a href="{ALBUM}"><img '
        'src="/images/phocagallery/hkpd-2026/thumbs/phoca_thumb_m_anh-01.jpg" alt="Hội khỏe Phù Đổng"></a></div>'
        f'<div class="pg-category-box-title"><a href="{ALBUM}">Hội khỏe Phù Đổng huyện Cẩm Khê lần thứ XI năm '
        '2026</a> <span class="pg-category-box-count">(6)</span></div></div></div></div>'
    )
    return page(
        req,
        title="Thư viện ảnh",
        body_cls="com_phocagallery com-phocagallery view-categories layout-default task-none",
        itemid=121,
        main=main,
        trail=[("Thư viện ảnh", None)],
        active="/thu-vien-anh",
    )


def album_page(req: Request) -> Response:
    boxes = "".join(
        f'<div class="pg-item-box"><div class="pg-item-box-image"><a class="pg-modal-button" '
        f'href="/images/phocagallery/hkpd-2026/anh-{n:02d}.jpg" data-img-title="{esc(t)}"><img '
        f'src="/images/phocagallery/hkpd-2026/thumbs/phoca_thumb_m_anh-{n:02d}.jpg" alt="{esc(t)}" '
        f'class="pg-image c-Image c-Image--shaded"></a></div><div class="pg-item-box-title image">{esc(t)}</div></div>'
        for n, t in enumerate(ALBUM_PICS, start=1)
    )
    main = (
        '<div id="phocagallery" class="pg-category-view"><h1 class="ph-header">Hội khỏe Phù Đổng huyện Cẩm Khê lần '
        'thứ XI năm 2026</h1><div class="pg-category-view-desc"><p>Một số hình ảnh tại Hội khỏe Phù Đổng huyện '
        'Cẩm Khê lần thứ XI năm 2026.</p></div><div class="pg-category-items-box">'
        f'{boxes}</div><div class="pg-cv-paginaton"><p><a href="/thu-vien-anh">&laquo; Quay lại</a></p></div></div>'
    )
    return page(
        req,
        title="Hội khỏe Phù Đổng huyện Cẩm Khê lần thứ XI năm 2026",
        body_cls="com_phocagallery com-phocagallery view-category layout-default task-none",
        itemid=121,
        main=main,
        trail=[("Thư viện ảnh", "/thu-vien-anh"), ("Hội khỏe Phù Đổng huyện Cẩm Khê lần thứ XI năm 2026", None)],
        active="/thu-vien-anh",
    )


VIDEO = "/video/7-le-ky-niem-44-nam-ngay-nha-giao-viet-nam"


def video_index(req: Request) -> Response:
    main = (
        '<div class="avs videos"><h1>Video</h1><div class="row"><div class="col-md-6 avs-item"><a href="'
        f'{VIDEO}"><img src="/images/video/thumb-20-11-2026.jpg" alt="" class="img-fluid"></a><div '
        f'class="avs-title"><a href="{VIDEO}">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></div><div '
        'class="avs-meta">20/11/2026 · 312 lượt xem</div></div><div class="col-md-6 avs-item"><a '
        'href="https://www.youtube.com/watch?v=Bt5nQ1zR0cU" target="_blank" rel="noopener"><img '
        'src="/images/video/thumb-khai-giang-2026.jpg" alt="" class="img-fluid"></a><div class="avs-title"><a '
        'href="https://www.youtube.com/watch?v=Bt5nQ1zR0cU" target="_blank" rel="noopener">Lễ khai giảng năm học '
        "2026 - 2027 (Youtube)</a></div></div></div></div>"
    )
    return page(
        req,
        title="Video",
        body_cls="com_allvideoshare com-allvideoshare view-videos layout-default task-none",
        itemid=122,
        main=main,
        trail=[("Video", None)],
        active="/video",
    )


def video_page(req: Request) -> Response:
    main = (
        '<div class="avs video-page"><h1 class="avs-title">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</h1>'
        '<div class="avs-meta"><span class="far fa-calendar"></span> 20/11/2026 09:00 · <span class="fas fa-eye">'
        '</span> 312 lượt xem</div><div class="avs-player"><div class="ratio ratio-16x9"><iframe '
        'src="https://www.youtube-nocookie.com/embed/Xq7pL2mK9aE" title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam" '
        'allowfullscreen loading="lazy"></iframe></div></div><div class="avs-description"><p>Phóng sự Lễ kỷ niệm '
        "44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tôn vinh 26 nhà giáo tiêu biểu của ngành "
        "Giáo dục huyện Cẩm Khê.</p></div><p><a href=\"/video\">&laquo; Tất cả video</a></p></div>"
    )
    return page(
        req,
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        body_cls="com_allvideoshare com-allvideoshare view-video layout-default task-none",
        itemid=122,
        main=main,
        trail=[("Video", "/video"), ("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", None)],
        active="/video",
    )


ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
User-agent: *
Disallow: /administrator/
Disallow: /api/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
"""


# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/(\d+)(?:-[a-z0-9-]*)?$")
_COMPONENT = re.compile(r"^/component/content/article/(\d+)(?:-[a-z0-9-]*)?$")
_TAG = re.compile(r"^/component/tags/tag/([a-z0-9-]+)$")
_DOCCAT = re.compile(r"^/van-ban/(\d+)-([a-z0-9-]+)$")
_DOCFILE = re.compile(r"^/van-ban/(\d+)-([a-z0-9-]+)/(\d+)-([a-z0-9-]+)$")


def _start(req: Request) -> int | None:
    raw = req.params.get("start", "0") or "0"
    return int(raw) if raw.isdigit() else None


def _serve_article(req: Request, story: Story) -> Response:
    if req.method == "POST":
        return redirect(sef(story), 303)
    return article_page(req, story)


class JoomlaHelixSite:
    def respond(self, req: Request) -> Response | None:
        path = req.path.rstrip("/") or "/"
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith(("/images/", "/media/", "/templates/", "/modules/", "/components/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return home(req) if not req.query else None
        if path == "/index.php":
            q = parse_qs(req.query)
            if not req.query:
                return home(req)
            if q.get("option") == ["com_content"] and q.get("view") == ["article"]:
                raw = (q.get("id") or [""])[0].split(":")[0]
                story = BY_ID.get(int(raw)) if raw.isdigit() else None
                return _serve_article(req, story) if story else None
            return None
        if m := _COMPONENT.match(path):
            story = BY_ID.get(int(m.group(1)))
            return _serve_article(req, story) if story else None
        if m := _TAG.match(path):
            return tag_page(req, m.group(1))
        if m := _ARTICLE.match(path):
            story = BY_ID.get(int(m.group(2)))
            if story is None or story.opts["cat"] != m.group(1):
                return None
            return _serve_article(req, story)
        if path == "/tin-tuc":
            start = _start(req)
            if start is None:
                return None
            return blog_page(req, PARENT, _newest(STORIES), "/tin-tuc", start)
        if path.startswith("/tin-tuc/") and path.count("/") == 2:
            cat = CATS.get(path.split("/")[2])
            if cat is None:
                return None
            if cat.layout == "list":
                return list_page(req, cat)
            start = _start(req)
            if start is None:
                return None
            return blog_page(req, cat, in_cat(cat.key), cat.path, start)
        if path.startswith("/gioi-thieu/") and path.split("/")[2] in INTRO_PAGES:
            return intro_page(req, path.split("/")[2])
        if path == "/lien-he":
            return contact_page(req)
        if path == "/tim-kiem":
            return search_page(req)
        if path == "/van-ban":
            return docs_index(req)
        if m := _DOCFILE.match(path):
            cid, fid = int(m.group(1)), int(m.group(3))
            d = DOCS.get(fid)
            if d is None or d.cat != cid or m.group(2) != DOC_CATS[cid][0]:
                return None
            return doc_file(req, d)
        if m := _DOCCAT.match(path):
            cid = int(m.group(1))
            if cid not in DOC_CATS or DOC_CATS[cid][0] != m.group(2):
                return None
            if "download" in req.params:
                fid = req.params["download"].split(":")[0]
                d = DOCS.get(int(fid)) if fid.isdigit() else None
                if d is None or d.cat != cid:
                    return None
                return Response(
                    200,
                    PDF,
                    {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": f'attachment; filename="{d.filename.replace(" ", "_")}"',
                    },
                )
            return docs_category(req, cid)
        if path == "/thu-vien-anh":
            return gallery_index(req)
        if path == ALBUM:
            return album_page(req)
        if path == "/video":
            return video_index(req)
        if path == VIDEO:
            return video_page(req)
        return None


def build_site() -> JoomlaHelixSite:
    return JoomlaHelixSite()


# --- gold -----------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [with_hitcount(sef(story))]
    if story.opts.get("featured"):
        alts += [component_url(story), with_hitcount(component_url(story))]
    if story.opts.get("nonsef"):
        alts += [nonsef_url(story), with_hitcount(nonsef_url(story))]
    if story.opts.get("print"):
        alts.append(print_url(story))
    if story.opts.get("old"):
        old = sef(story, story.opts["old"])
        alts += [old, with_hitcount(old)]
    return alts


GOLD = [
    gold_record(story, sef(story), story.cat, canonical_path=sef(story), alt_paths=_alts(story))
    for story in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    _doc_path(DOCS[52]),
    _doc_path(DOCS[45]),
    _doc_path(DOCS[38]),
    ALBUM,
    VIDEO,
]
