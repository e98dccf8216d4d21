"""Adobe Experience Manager 6.5 (AEM Sites, Core Components v2): the Sở GD&ĐT of Quảng Ninh.

The platform
------------
The portal of the Sở Giáo dục và Đào tạo tỉnh Quảng Ninh as an integrator rebuilt it in 2024 on
AEM 6.5 publish behind the Dispatcher: an editable template ("article-page", "category-page",
"content-page") made of Core Components v2 in nested layout containers, an experience fragment
for the header and one for the footer, a few custom components (the article meta line, the
paged news list, the document table, the article tools bar) and the Adobe Client Data Layer
switched on (every title, text and image component carries a ``data-cmp-data-layer`` JSON
attribute; the page pushes its own JSON into ``window.adobeDataLayer``).

Addresses
---------
- Every page lives at its repository path ``/content/sgddt-quangninh/vi/…`` + ``.html``
  (Sling: resource path, then ``.selector.…``, then the extension). Articles are at
  ``/content/sgddt-quangninh/vi/tin-tuc/<chuyen-muc>/<yyyy>/<slug>.html``; the year folders
  (``…/hoat-dong/2026.html``) are redirect pages answering 302 to their category.
- ``/etc/map`` maps the short vanity form ``/vi/…`` (and ``/en/…``) onto ``/content/sgddt-quangninh``:
  every page answers at both. The mapping is a regular expression, which Sling cannot map
  backwards, so every link the components print (menus, lists, teasers, breadcrumbs, related
  lists) is the long ``/content/…`` form; the canonical link (a custom head include using the
  Externalizer) and the sitemap print the short form. Gold ``path`` is therefore the long form and
  ``canonical_path`` the short one.
- The canonical include prints the page's path + ``.html`` and drops the selectors: the listing's
  ``hoat-dong.page-2.html`` and an article's ``.print.html`` both declare the plain page canonical.
- ``/`` answers 302 to ``/content/sgddt-quangninh/vi.html`` (Dispatcher rewrite).
- ``/robots.txt`` allows everything and names the sitemap ``/vi.sitemap.xml`` (Sling Sitemap),
  which lists every Vietnamese page in the short form with a ``lastmod``.

Page kinds
----------
- Home (``vi.html``): a banner carousel of two teasers (one links a notice with
  ``?wcmmode=disabled``, a link an editor copied from the author preview), "Tin nổi bật" (five
  newest articles as ``div.cmp-teaser``), a "Thông báo" box, a "Chuyển đổi số" box.
- Landing ``tin-tuc.html``: three teasers of each category.
- Category pages ``tin-tuc/<cat>.html``: the custom news list, 4 teasers a page, paged by a Sling
  selector ``<cat>.page-N.html`` (numbered links and "Trang sau"); a "Xem thêm" button whose
  ``data-cmp-list-url`` is the component's own address
  ``<cat>/_jcr_content/<root container>/list.page-N.html``, which answers a bare fragment of
  teaser items (no html/head/body). Both forms exist for every page N. "Tin hoạt động" has 9
  articles (pages 1-3: 4, 4, 1), "Thông báo" 2 articles and 3 items linking PDFs in the DAM
  (pages 1-2), "Chuyển đổi số" 2 articles (one page). Any selector past the end answers the
  category with an empty list ("Không có dữ liệu").
- Articles: ``div.breadcrumb > nav.cmp-breadcrumb`` (hideCurrent, the year folder hidden in
  navigation, so its last item is the category), ``div.cmp-title > h1.cmp-title__text``, the custom
  ``div.cmp-article-meta`` ("Cập nhật lúc 08:30, 14/11/2026", "Tác giả: …" when the field is
  filled, "Lượt xem: N"), then a sequence of ``div.text > div.cmp-text`` blocks (a few ``<p>``
  each; the lead is a text component with the style-system class ``cmp-text--lead`` and a bold
  paragraph), ``div.image > div.cmp-image`` (``data-cmp-src`` adaptive template
  ``….coreimg{.width}.jpeg/<lastModified>/<name>.jpeg``, the real ``<img src>`` for the original
  width inside ``<noscript>``, or on the "Chuyển đổi số" LMS article a plain ``<img src>`` of the
  640 rendition outside any noscript; ``span.cmp-image__title`` with the caption and a
  ``meta itemprop=caption``), ``div.cmp-embed`` (a YouTube iframe), then the right-aligned byline
  text component when the editor wrote one, the tag list ("Từ khóa:" links to the search
  servlet), the tools bar ("In bài viết" → ``.print.html``, e-mail, Facebook, Zalo) and
  "Tin cùng chuyên mục" (a ``div.cmp-list`` of up to four other articles of the category).
- Side column on every Vietnamese page: "Tin mới" (the five newest), "Liên kết website" (a
  select of outside sites), banners. Header XF: logo, site name, today's date (TODAY), the
  navigation, VI/EN language navigation, the search form (GET ``/bin/sgddt/search``). Footer XF:
  address, phone, responsible editor, visitor counter.
- Non-articles: two "Giới thiệu" pages and "Liên hệ" (content pages without meta line), the
  document list ``van-ban.html`` and two document entries (a table of number, date, abstract and
  the DAM PDF), the album list and one album (a carousel of captioned photos), the English
  language copy (``en.html``, ``en/about-us.html``, ``en/organisation.html``; English, linked from
  the language navigation). An "errors/404" page exists as a page too.

Traps
-----
- ``<page>.model.json`` (Sling Model Exporter; every page links it with
  ``<link rel="alternate" type="application/json">``): the page's components as JSON, text
  included, ``application/json``.
- ``<article>.print.html``: the print rendition (robots noindex, canonical to the article, no
  breadcrumb, no side column), linked from "In bài viết".
- ``?wcmmode=disabled`` on any page answers the very page (publish ignores it); linked from the
  home banner for the December reception-schedule notice.
- Every page again at the short ``/vi/…`` form (from the sitemap and canonical links).
- ``/content/dam/…`` PDFs (notices, document entries, the recruitment notice) and original
  photos (album "Tải ảnh gốc").
- ``/bin/sgddt/search?q=…&page=N``: a servlet printing a bare result page, 5 hits a page,
  linked from every tag; its QueryBuilder runs with ``guessTotal``, so "Trang sau" is always
  printed, also past the last hit: paging never ends.
- Any unknown path under ``/content`` (or ``/vi``, ``/en``) answers **200** with the error page
  "Không tìm thấy trang" (the error handler includes ``/content/sgddt-quangninh/vi/errors/404``
  without setting the status; its canonical is ``/vi/errors/404.html``). The "Hội thảo tiếng Anh"
  article links an unpublished plan page, which answers so. Paths outside ``/content`` that the
  Dispatcher does not allow answer a real 404; unknown ``.json`` is blocked (404).
- Unknown selectors fall back to the page's default script (Sling), so ``x.foo.html`` = ``x.html``.
- Text: the ASGT article (Oct 2026) was pasted in decomposed Unicode (NFD) in its paragraphs and
  caption; the 2024 reading-day article came over by the migration tool with every second
  non-ASCII character as an HTML entity; the RTE leaves ``&nbsp;`` in a few places and writes
  "GD&amp;ĐT".

Gold articles and how they are reached
--------------------------------------
Hoạt động (``tin-tuc/hoat-dong``), newest first, listing pages 1 (H1-H4), 2 (H5-H8), 3 (H9):
 H1 khai-mac-hoi-thi-giao-vien-day-gioi (24/11) home, Tin mới, page 1.
 H2 tong-ket-hoi-khoe-phu-dong (20/11) home (banner and Tin nổi bật), page 1.
 H3 lam-viec-voi-dac-khu-van-don (18/11) home, page 1.
 H4 trao-hoc-bong (12/11) page 1, related lists.
 H5 hoi-thao-tieng-anh (05/11), H6 truong-chuyen-ha-long (28/10), H7 an-toan-giao-thong (15/10),
 H8 khai-giang (05/09): page 2 (and related lists for some).
 H9 ngay-hoi-doc-sach (2024, folder 2024): page 3 only (and the sitemap, the search).
Thông báo: T1 lich-tiep-cong-dan (23/11; home banner with ?wcmmode=disabled, Tin nổi bật, box),
 T2 tuyen-dung (10/11; home box, category page 1).
Chuyển đổi số: C1 hoc-ba-so (16/11; home), C2 tap-huan-lms (02/10; home box, category page).

Gold decisions (as a reader decides)
------------------------------------
- Title: the ``h1.cmp-title__text`` (jcr:title). The HTML ``<title>`` is "page title | site";
  for the Hội khỏe Phù Đổng report the editor set a shorter SEO page title, not the headline.
- Date: the meta line "Cập nhật lúc HH:MM, DD/MM/YYYY" (the only date the page shows; read as
  local time +07:00). The data layer's ``repo:modifyDate`` (UTC, a later edit) and the listing's
  day are not it.
- Authors: the meta component's "Tác giả:" field and the closing right-aligned byline, merged,
  each person once: H2 prints "Lê Văn Hùng" in both; H3 "Hoàng Minh Đức" in the meta and as a bare
  right-aligned name. "Tin, ảnh: X" and "Tin và ảnh: X" make X author and photographer; "Bài: X -
  Ảnh: Y" makes Y the photographer; "Tin: A, B" two authors. A title ("ThS.") is dropped. The
  English-workshop article's author field holds a unit ("Phòng Giáo dục Mầm non - Tiểu học"): the
  office wrote it, and is its author (as on the other portals; the name keeps its dash). Notices without byline: empty.
- Source: "Nguồn: Báo Quảng Ninh" closing the Chuyên Hạ Long article is the source, not body.
- Summary: the ``cmp-text--lead`` paragraph where there is one (it is the body's first
  paragraph); articles without it have none (no meta description either).
- Body: every ``<p>``, ``<h3>``, list item and table row (cells joined by " | ") of the text
  components, in order; not the caption paragraph (H2's centred italic line under the second
  photo, which opens the next text component), not the byline or source line, tags, tools,
  related list, embed.
- Images: the article photos in order, at the ``src`` the page prints (noscript's original, or
  the 640 rendition on C2); caption = ``cmp-image__title``; H2's second photo has no title and its
  caption is the centred italic paragraph; H3's photo title is only a Zalo file name: no caption.
  Teaser thumbnails, logos and banners are not article images.
- Category: the breadcrumb's last item: "Tin hoạt động", "Thông báo", "Chuyển đổi số".
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "aem_sgddt"
PLATFORM = "Adobe Experience Manager 6.5 (Core Components v2)"
START_PATH = "/"

ROOT = "/content/sgddt-quangninh"
VI = ROOT + "/vi"
EN = ROOT + "/en"
DAM = "/content/dam/sgddt-quangninh"
SITE = "Sở Giáo dục và Đào tạo tỉnh Quảng Ninh"
CLIENTLIB = "/etc.clientlibs/sgddt-quangninh/clientlibs"
#: the page's component tree under its content node, joined from its segments ("_jcr_content",
#: "root", "container"): written whole, the path reads as a home directory of this machine
JCR_ROOT = "/".join(("", "_jcr_content", "root", "container"))

CATS = {
    "hoat-dong": "Tin hoạt động",
    "thong-bao": "Thông báo",
    "chuyen-doi-so": "Chuyển đổi số",
}
PER_PAGE = 4


# --- data model -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PH(P):
    """A paragraph whose markup carries a link; ``text`` is what it reads as (the gold)."""

    markup: str = ""


@dataclass(frozen=True)
class Embed:
    """A Core Embed component (a video): not text, not an image."""

    src: str


@dataclass
class Article:
    story: Story
    year: str
    #: what the meta component prints after "Tác giả:" (None: the field is empty)
    meta_author: str | None = None
    #: the closing right-aligned text component, one line a paragraph
    end: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    #: the SEO page title for <title> when the editor set one
    page_title: str | None = None
    #: image markup: "noscript" (Image v2 with lazy loading) or "src" (the 640 rendition printed)
    image_variant: str = "noscript"
    #: the last edit, hours after publication (data layer, model.json, sitemap)
    edited_after_h: int = 2

    @property
    def res(self) -> str:
        return f"{VI}/tin-tuc/{self.story.cat}/{self.year}/{self.story.slug}"

    @property
    def long(self) -> str:
        return self.res + ".html"

    @property
    def short(self) -> str:
        return short_of(self.res)

    @property
    def published(self) -> datetime:
        return datetime.fromisoformat(self.story.published_at)

    @property
    def modified(self) -> datetime:
        return self.published + timedelta(hours=self.edited_after_h)


def short_of(res: str) -> str:
    """The /etc/map vanity form of a page resource."""
    return res[len(ROOT) :] + ".html"


def rendition(res: str, name: str, stamp: int, file: str, width: int | None = None) -> str:
    """The address of an Image v2 rendition: ``<page>/_jcr_content/…/<name>.coreimg[.W].jpeg/<ts>/<file>``."""
    w = f".{width}" if width else ""
    return f"{res}{JCR_ROOT}/container/{name}.coreimg{w}.jpeg/{stamp}/{file}"


def _res(cat: str, year: str, slug: str) -> str:
    return f"{VI}/tin-tuc/{cat}/{year}/{slug}"


YT = "https://www.youtube.com/embed/q9Xk3TnV2aE"

# --- the articles (all text written by hand) --------------------------------------------------

_h1 = _res("hoat-dong", "2026", "khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-thpt")
H1 = Article(
    Story(
        id=101,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-thpt",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026-2027",
        cat="hoat-dong",
        published_at="2026-11-24T08:30:00+07:00",
        summary=(
            "Sáng 23/11, tại Trường THPT Chuyên Hạ Long, Sở Giáo dục và Đào tạo tổ chức khai mạc "
            "Hội thi giáo viên dạy giỏi cấp tỉnh cấp trung học phổ thông năm học 2026-2027 với sự "
            "tham gia của 186 giáo viên đến từ 58 đơn vị trong toàn tỉnh."
        ),
        blocks=[
            P(
                "Sáng 23/11, tại Trường THPT Chuyên Hạ Long, Sở Giáo dục và Đào tạo tổ chức khai mạc "
                "Hội thi giáo viên dạy giỏi cấp tỉnh cấp trung học phổ thông năm học 2026-2027 với sự "
                "tham gia của 186 giáo viên đến từ 58 đơn vị trong toàn tỉnh.",
                "lead",
            ),
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
                "có phương pháp dạy học tích cực, đáp ứng yêu cầu của Chương trình giáo dục phổ "
                "thông 2018; đồng thời tạo cơ hội để đội ngũ giáo viên giao lưu, học hỏi kinh nghiệm."
            ),
            Img(
                rendition(_h1, "image", 1795476600000, "khai-mac.jpeg"),
                "Đồng chí Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi.",
                "Đồng chí Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi.",
                "title",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Phó Giám đốc Sở Giáo dục và Đào tạo đề nghị Ban Giám "
                "khảo làm việc khách quan, công tâm, đánh giá đúng năng lực của từng giáo viên; các "
                "thí sinh phát huy tinh thần sáng tạo, mạnh dạn ứng dụng công nghệ thông tin và "
                "chuyển đổi số trong từng tiết dạy."
            ),
            P(
                "Theo kế hoạch, mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng "
                "cao chất lượng giảng dạy và dạy hai tiết thực hành trên lớp. Hội thi diễn ra từ ngày "
                "23/11 đến ngày 04/12/2026 tại\xa06 điểm trường."
            ),
            Img(
                rendition(_h1, "image_copy", 1795476660000, "boc-tham.jpeg"),
                "Các giáo viên dự thi bốc thăm thứ tự tiết dạy.",
                "Các giáo viên dự thi bốc thăm thứ tự tiết dạy.",
                "title",
            ),
        ],
        authors=["Phạm Hải Yến"],
        photographers=["Phạm Hải Yến"],
    ),
    year="2026",
    end=["Tin, ảnh: Phạm Hải Yến"],
    tags=["Hội thi", "Giáo viên dạy giỏi"],
)

_h2 = _res("hoat-dong", "2026", "tong-ket-hoi-khoe-phu-dong-lan-thu-xii")
H2 = Article(
    Story(
        id=102,
        slug="tong-ket-hoi-khoe-phu-dong-lan-thu-xii",
        title="Tổng kết Hội khỏe Phù Đổng tỉnh Quảng Ninh lần thứ XII năm 2026",
        cat="hoat-dong",
        published_at="2026-11-20T15:10:00+07:00",
        summary=(
            "Sau 5 ngày tranh tài sôi nổi, chiều 19/11, Hội khỏe Phù Đổng tỉnh Quảng Ninh lần thứ "
            "XII năm 2026 đã bế mạc. Hơn 2.300 vận động viên là học sinh đến từ 35 đoàn đã tranh "
            "tài ở 12 môn thi đấu."
        ),
        blocks=[
            P(
                "Sau 5 ngày tranh tài sôi nổi, chiều 19/11, Hội khỏe Phù Đổng tỉnh Quảng Ninh lần thứ "
                "XII năm 2026 đã bế mạc. Hơn 2.300 vận động viên là học sinh đến từ 35 đoàn đã tranh "
                "tài ở 12 môn thi đấu.",
                "lead",
            ),
            P("Nhiều thành tích vượt kỳ vọng", "h3"),
            P(
                "Các môn thi đấu năm nay gồm điền kinh, bơi lội, bóng đá, bóng chuyền, bóng bàn, cầu "
                "lông, cờ vua, đá cầu, võ thuật cổ truyền, vovinam, karate và kéo co. Ban Tổ chức đã "
                "trao 186 bộ huy chương; có 7 kỷ lục Hội khỏe Phù Đổng cấp tỉnh được phá, trong đó môn "
                "bơi lội có 4 kỷ lục."
            ),
            Img(
                rendition(_h2, "image", 1795155000000, "dien-kinh-100m.jpeg"),
                "Vận động viên thi đấu nội dung chạy 100m nữ lứa tuổi THPT.",
                "Vận động viên thi đấu nội dung chạy 100m nữ lứa tuổi THPT.",
                "title",
            ),
            P(
                "Ở môn điền kinh, đoàn cụm trường Hạ Long dẫn đầu với 12 huy chương vàng; nhiều vận "
                "động viên lần đầu tham gia Hội khỏe đã thi đấu tự tin, đạt thành tích cao."
            ),
            Img(
                rendition(_h2, "image_copy", 1795155060000, "boi-ech.jpeg"),
                "Các vận động viên tranh tài ở nội dung bơi ếch 50m.",
                "Các vận động viên tranh tài ở nội dung bơi ếch 50m.",
                "para",
            ),
            P(
                "Ở nội dung bơi lội, em Nguyễn Ngọc Bảo Anh, học sinh Trường THCS Trọng Điểm, đã phá "
                "2 kỷ lục ở nội dung 50m và 100m bơi ếch, trở thành vận động viên giành nhiều huy "
                "chương vàng nhất Hội khỏe."
            ),
            P("Bảng xếp hạng toàn đoàn", "h3"),
            P("Xếp hạng | Đoàn | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng", "th"),
            P("1 | Cụm trường Hạ Long | 38 | 29 | 31", "tr"),
            P("2 | Cụm trường Cẩm Phả | 27 | 25 | 30", "tr"),
            P("3 | Cụm trường Uông Bí | 21 | 24 | 22", "tr"),
            P("4 | Cụm trường Móng Cái | 16 | 15 | 19", "tr"),
            P("5 | Cụm trường Đông Triều | 14 | 17 | 20", "tr"),
            P(
                "Kết quả Hội khỏe là cơ sở để Sở Giáo dục và Đào tạo lựa chọn, thành lập đội tuyển "
                "tham dự Hội khỏe Phù Đổng toàn quốc lần thứ XI năm 2028."
            ),
            Img(
                rendition(_h2, "image_copy_1", 1795155120000, "trao-co.jpeg"),
                "Lãnh đạo Sở GD&ĐT trao cờ cho đoàn xếp thứ Nhất toàn đoàn.",
                "Lãnh đạo Sở GD&ĐT trao cờ cho đoàn xếp thứ Nhất toàn đoàn.",
                "title",
            ),
            P(
                "Phát biểu bế mạc, lãnh đạo Sở Giáo dục và Đào tạo ghi nhận sự chuẩn bị chu đáo của "
                "các đơn vị và đề nghị các nhà trường tiếp tục đẩy mạnh phong trào rèn luyện thân thể "
                "theo gương Bác Hồ vĩ đại."
            ),
        ],
        authors=["Lê Văn Hùng"],
        photographers=["Trần Quốc Khánh"],
    ),
    year="2026",
    meta_author="Lê Văn Hùng",
    end=["Bài: Lê Văn Hùng - Ảnh: Trần Quốc Khánh"],
    tags=["Hội khỏe Phù Đổng", "Thể thao"],
    page_title="Tổng kết Hội khỏe Phù Đổng lần thứ XII",
    edited_after_h=19,
)

_h3 = _res("hoat-dong", "2026", "lam-viec-voi-dac-khu-van-don-ve-phat-trien-giao-duc")
H3 = Article(
    Story(
        id=103,
        slug="lam-viec-voi-dac-khu-van-don-ve-phat-trien-giao-duc",
        title="Sở GD&ĐT làm việc với đặc khu Vân Đồn về phát triển giáo dục giai đoạn 2026-2030",
        cat="hoat-dong",
        published_at="2026-11-18T09:00:00+07:00",
        blocks=[
            P(
                "Ngày 17/11, đoàn công tác của Sở Giáo dục và Đào tạo do đồng chí Giám đốc Sở làm "
                "trưởng đoàn đã có buổi làm việc với Ủy ban nhân dân đặc khu Vân Đồn về tình hình phát "
                "triển giáo dục và kế hoạch mạng lưới trường, lớp giai đoạn 2026-2030."
            ),
            P(
                "Báo cáo tại buổi làm việc cho biết, năm học 2026-2027 đặc khu có 21 trường học với "
                "hơn 9.800 học sinh; tỷ lệ trường đạt chuẩn quốc gia đạt 85,7%. Tuy nhiên, cơ sở vật "
                "chất tại một số điểm trường ở các xã đảo còn khó khăn, thiếu giáo viên các môn Tin "
                "học, Tiếng Anh và Nghệ thuật."
            ),
            Img(
                rendition(_h3, "image", 1794960000000, "lam-viec-van-don.jpeg"),
                "z5987654321098_8c1f2e3d4b5a69788796a5b4c3d2e1f0.jpg",
                None,
                "title",
            ),
            P(
                "Kết luận buổi làm việc, đồng chí Giám đốc Sở đề nghị đặc khu rà soát quy hoạch đất "
                "dành cho giáo dục, ưu tiên đầu tư xây dựng phòng học bộ môn và nhà ở công vụ cho "
                "giáo viên công tác tại các xã đảo; Sở sẽ phối hợp tham mưu UBND tỉnh bố trí nguồn "
                "lực trong kế hoạch đầu tư công trung hạn."
            ),
        ],
        authors=["Hoàng Minh Đức"],
    ),
    year="2026",
    meta_author="Hoàng Minh Đức",
    end=["Hoàng Minh Đức"],
    tags=["Vân Đồn", "Mạng lưới trường lớp"],
)

_h4 = _res("hoat-dong", "2026", "trao-hoc-bong-vi-em-hieu-hoc-2026")
H4 = Article(
    Story(
        id=104,
        slug="trao-hoc-bong-vi-em-hieu-hoc-2026",
        title="Trao học bổng “Vì em hiếu học” cho 150 học sinh có hoàn cảnh khó khăn",
        cat="hoat-dong",
        published_at="2026-11-12T14:45:00+07:00",
        summary=(
            "Chiều 11/11, Sở Giáo dục và Đào tạo phối hợp với Quỹ Khuyến học tỉnh trao 150 suất "
            "học bổng “Vì em hiếu học” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập, "
            "tổng trị giá 450 triệu đồng."
        ),
        blocks=[
            P(
                "Chiều 11/11, Sở Giáo dục và Đào tạo phối hợp với Quỹ Khuyến học tỉnh trao 150 suất "
                "học bổng “Vì em hiếu học” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập, "
                "tổng trị giá 450 triệu đồng.",
                "lead",
            ),
            P(
                "Mỗi suất học bổng trị giá 3 triệu đồng, được trao cho học sinh các cấp học có thành "
                "tích học tập tốt, có hoàn cảnh gia đình đặc biệt khó khăn, trong đó 62 suất dành cho "
                "học sinh người dân tộc thiểu số tại các xã vùng cao của tỉnh."
            ),
            Embed(YT),
            Img(
                rendition(_h4, "image", 1794462300000, "trao-hoc-bong.jpeg"),
                "Đại biểu trao học bổng cho các em học sinh.",
                "Đại biểu trao học bổng cho các em học sinh.",
                "title",
            ),
            P(
                "Chương trình học bổng “Vì em hiếu học” được duy trì từ năm 2015 đến nay; qua 12 năm "
                "đã trao gần 2.000 suất học bổng với tổng trị giá hơn 5 tỷ đồng."
            ),
        ],
        authors=["Đỗ Thị Hạnh"],
    ),
    year="2026",
    meta_author="Đỗ Thị Hạnh",
    tags=["Học bổng", "Khuyến học"],
)

_h5 = _res("hoat-dong", "2026", "hoi-thao-nang-cao-chat-luong-day-hoc-tieng-anh-tieu-hoc")
MISSING_PLAN = f"{VI}/tin-tuc/thong-bao/2026/ke-hoach-hoi-thao-tieng-anh-tieu-hoc.html"
H5 = Article(
    Story(
        id=105,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-tieng-anh-tieu-hoc",
        title="Hội thảo nâng cao chất lượng dạy học tiếng Anh cấp tiểu học",
        cat="hoat-dong",
        published_at="2026-11-05T10:20:00+07:00",
        # (harmonised with the other portals' gold: an office alone in the author field wrote
        # the post; the helper had written no author)
        authors=["Phòng Giáo dục Mầm non - Tiểu học"],
        summary=(
            "Ngày 04/11, Sở Giáo dục và Đào tạo tổ chức hội thảo chuyên đề “Nâng cao chất lượng "
            "dạy học tiếng Anh cấp tiểu học theo Chương trình giáo dục phổ thông 2018” với sự tham "
            "gia của hơn 200 cán bộ quản lý và giáo viên."
        ),
        blocks=[
            P(
                "Ngày 04/11, Sở Giáo dục và Đào tạo tổ chức hội thảo chuyên đề “Nâng cao chất lượng "
                "dạy học tiếng Anh cấp tiểu học theo Chương trình giáo dục phổ thông 2018” với sự tham "
                "gia của hơn 200 cán bộ quản lý và giáo viên.",
                "lead",
            ),
            P("Tại hội thảo, các đại biểu tập trung thảo luận các nội dung:"),
            P("Đổi mới phương pháp dạy kỹ năng nghe, nói cho học sinh lớp 3, lớp 4;", "li"),
            P("Ứng dụng học liệu số và phần mềm luyện phát âm trong giờ học;", "li"),
            P(
                "Kiểm tra, đánh giá năng lực ngôn ngữ theo định hướng phát triển phẩm chất, năng lực;",
                "li",
            ),
            P("Xây dựng môi trường sử dụng tiếng Anh trong nhà trường.", "li"),
            Img(
                rendition(_h5, "image", 1793841600000, "tiet-day-minh-hoa.jpeg"),
                "Tiết dạy minh họa của cô giáo Trường Tiểu học Trần Quốc Toản.",
                "Tiết dạy minh họa của cô giáo Trường Tiểu học Trần Quốc Toản.",
                "title",
            ),
            P(
                "Hội thảo cũng dành thời gian dự tiết dạy minh họa và chia sẻ kinh nghiệm tổ chức câu "
                "lạc bộ tiếng Anh của Trường Tiểu học Trần Quốc Toản, Trường Tiểu học Kim Đồng."
            ),
            PH(
                "Chi tiết kế hoạch tổ chức hội thảo xem tại đây.",
                markup=(
                    "Chi tiết kế hoạch tổ chức hội thảo xem "
                    f'<a href="{MISSING_PLAN}" target="_blank" rel="noopener noreferrer">tại đây</a>.'
                ),
            ),
        ],
    ),
    year="2026",
    meta_author="Phòng Giáo dục Mầm non - Tiểu học",
    tags=["Tiếng Anh", "Tiểu học"],
)

_h6 = _res(
    "hoat-dong", "2026", "truong-thpt-chuyen-ha-long-don-nhan-huan-chuong-lao-dong-hang-nhat"
)
H6 = Article(
    Story(
        id=106,
        slug="truong-thpt-chuyen-ha-long-don-nhan-huan-chuong-lao-dong-hang-nhat",
        title="Trường THPT Chuyên Hạ Long đón nhận Huân chương Lao động hạng Nhất",
        cat="hoat-dong",
        published_at="2026-10-28T16:00:00+07:00",
        summary=(
            "Sáng 27/10, Trường THPT Chuyên Hạ Long long trọng tổ chức Lễ kỷ niệm 35 năm thành lập "
            "trường và đón nhận Huân chương Lao động hạng Nhất của Chủ tịch nước."
        ),
        blocks=[
            P(
                "Sáng 27/10, Trường THPT Chuyên Hạ Long long trọng tổ chức Lễ kỷ niệm 35 năm thành lập "
                "trường và đón nhận Huân chương Lao động hạng Nhất của Chủ tịch nước.",
                "lead",
            ),
            P(
                "Được thành lập năm 1991, qua 35 năm xây dựng và phát triển, Trường THPT Chuyên Hạ Long "
                "đã trở thành địa chỉ tin cậy trong phát hiện, bồi dưỡng học sinh giỏi của tỉnh. Học "
                "sinh của trường đã đạt 1.126 giải học sinh giỏi quốc gia, 9 huy chương Olympic khu "
                "vực và quốc tế."
            ),
            Img(
                rendition(_h6, "image", 1793170800000, "huan-chuong.jpeg"),
                "Thừa ủy quyền của Chủ tịch nước, lãnh đạo tỉnh trao Huân chương Lao động hạng Nhất "
                "cho nhà trường.",
                "Thừa ủy quyền của Chủ tịch nước, lãnh đạo tỉnh trao Huân chương Lao động hạng Nhất "
                "cho nhà trường.",
                "title",
            ),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo tỉnh đề nghị nhà trường tiếp tục giữ vững vị thế "
                "trường chuyên hàng đầu, đổi mới mạnh mẽ công tác quản trị, phát triển đội ngũ giáo "
                "viên có trình độ cao, đẩy mạnh hợp tác quốc tế trong giáo dục."
            ),
        ],
        authors=["Thu Hằng"],
        source="Báo Quảng Ninh",
    ),
    year="2026",
    meta_author="Thu Hằng",
    end=["Nguồn: Báo Quảng Ninh"],
    tags=["Trường chuyên", "Khen thưởng"],
)

_h7 = _res("hoat-dong", "2026", "ra-quan-thang-an-toan-giao-thong-trong-truong-hoc")
H7 = Article(
    Story(
        id=107,
        slug="ra-quan-thang-an-toan-giao-thong-trong-truong-hoc",
        title="Ra quân hưởng ứng Tháng an toàn giao thông trong trường học",
        cat="hoat-dong",
        published_at="2026-10-15T07:45:00+07:00",
        blocks=[
            P(
                "Sáng 14/10, Sở Giáo dục và Đào tạo phối hợp với Phòng Cảnh sát giao thông Công an "
                "tỉnh tổ chức lễ ra quân hưởng ứng Tháng an toàn giao thông trong trường học năm 2026."
            ),
            Img(
                rendition(_h7, "image", 1792017900000, "dieu-hanh-atgt.jpeg"),
                "Học sinh tham gia diễu hành cổ động an toàn giao thông.",
                "Học sinh tham gia diễu hành cổ động an toàn giao thông.",
                "title",
            ),
            P(
                "Dịp này, các đơn vị đã trao tặng 500 mũ bảo hiểm đạt chuẩn cho học sinh lớp 1; tổ "
                "chức cho học sinh ký cam kết chấp hành pháp luật về trật tự, an toàn giao thông."
            ),
        ],
        authors=["Đỗ Thị Hạnh", "Vũ Quang Huy"],
        opts={"nfd": True},
    ),
    year="2026",
    end=["Tin: Đỗ Thị Hạnh, Vũ Quang Huy"],
    tags=["An toàn giao thông"],
)

_h8 = _res("hoat-dong", "2026", "hon-380000-hoc-sinh-buoc-vao-nam-hoc-moi-2026-2027")
H8 = Article(
    Story(
        id=108,
        slug="hon-380000-hoc-sinh-buoc-vao-nam-hoc-moi-2026-2027",
        title="Hơn 380.000 học sinh Quảng Ninh bước vào năm học mới 2026-2027",
        cat="hoat-dong",
        published_at="2026-09-05T08:00:00+07:00",
        summary=(
            "Sáng 5/9, cùng với cả nước, hơn 380.000 học sinh từ mầm non đến trung học phổ thông "
            "trên địa bàn tỉnh Quảng Ninh đã hân hoan dự lễ khai giảng năm học mới 2026-2027."
        ),
        blocks=[
            P(
                "Sáng 5/9, cùng với cả nước, hơn 380.000 học sinh từ mầm non đến trung học phổ thông "
                "trên địa bàn tỉnh Quảng Ninh đã hân hoan dự lễ khai giảng năm học mới 2026-2027.",
                "lead",
            ),
            P(
                "Năm học 2026-2027, toàn tỉnh có 636 cơ sở giáo dục mầm non và phổ thông, tăng 4 "
                "trường so với năm học trước. Ngành Giáo dục tiếp tục thực hiện mục tiêu nâng cao "
                "chất lượng giáo dục toàn diện, đẩy mạnh chuyển đổi số, xây dựng trường học hạnh phúc."
            ),
            Img(
                rendition(_h8, "image", 1788562800000, "danh-trong-khai-giang.jpeg"),
                "Lãnh đạo tỉnh đánh trống khai giảng tại Trường THPT Hòn Gai.",
                "Lãnh đạo tỉnh đánh trống khai giảng tại Trường THPT Hòn Gai.",
                "title",
            ),
            P("Những con số của năm học mới", "h3"),
            P("Giáo dục mầm non: 214 trường, hơn 95.000 trẻ;", "li"),
            P("Giáo dục tiểu học: 187 trường, hơn 132.000 học sinh;", "li"),
            P("Giáo dục trung học cơ sở: 162 trường, hơn 101.000 học sinh;", "li"),
            P("Giáo dục trung học phổ thông: 73 trường, hơn 53.000 học sinh.", "li"),
            Img(
                rendition(_h8, "image_copy", 1788562860000, "hoc-sinh-lop-1.jpeg"),
                "Học sinh lớp 1 Trường Tiểu học Hồng Hải trong ngày khai trường.",
                "Học sinh lớp 1 Trường Tiểu học Hồng Hải trong ngày khai trường.",
                "title",
            ),
            Img(
                rendition(_h8, "image_copy_1", 1788562920000, "van-nghe.jpeg"),
                "Tiết mục văn nghệ chào mừng năm học mới.",
                "Tiết mục văn nghệ chào mừng năm học mới.",
                "title",
            ),
            P(
                "Tại các lễ khai giảng, nhiều địa phương, doanh nghiệp đã trao tặng học bổng, thiết "
                "bị học tập cho các nhà trường và học sinh có hoàn cảnh khó khăn với tổng trị giá hơn "
                "12 tỷ đồng."
            ),
        ],
        authors=["Nguyễn Thu Trang"],
    ),
    year="2026",
    meta_author="Nguyễn Thu Trang",
    tags=["Khai giảng", "Năm học mới"],
    edited_after_h=30,
)

_h9 = _res("hoat-dong", "2024", "ngay-hoi-doc-sach-danh-cho-hoc-sinh-tieu-hoc-2024")
H9 = Article(
    Story(
        id=109,
        slug="ngay-hoi-doc-sach-danh-cho-hoc-sinh-tieu-hoc-2024",
        title="Ngày hội đọc sách dành cho học sinh tiểu học năm 2024",
        cat="hoat-dong",
        published_at="2024-04-23T09:30:00+07:00",
        blocks=[
            P(
                "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ ba, ngày 22/4, Sở Giáo dục và "
                "Đào tạo phối hợp với Thư viện tỉnh tổ chức Ngày hội đọc sách dành cho học sinh tiểu "
                "học."
            ),
            P(
                "Ngày hội có nhiều hoạt động hấp dẫn như: giới thiệu sách, kể chuyện theo sách, vẽ "
                "tranh về nhân vật yêu thích, đổi sách cũ lấy sách mới... thu hút hơn 1.500 học sinh "
                "tham gia."
            ),
            Img(
                rendition(_h9, "image", 1713832200000, "doc-sach.jpeg"),
                "Học sinh tìm đọc sách tại Ngày hội.",
                "Học sinh tìm đọc sách tại Ngày hội.",
                "title",
            ),
        ],
        authors=["Phạm Hải Yến"],
        opts={"entities": 2},
    ),
    year="2024",
    end=["Tin: Phạm Hải Yến"],
    tags=["Văn hóa đọc"],
    edited_after_h=24 * 200,
)

_t1 = _res("thong-bao", "2026", "lich-tiep-cong-dan-thang-12-2026")
T1 = Article(
    Story(
        id=201,
        slug="lich-tiep-cong-dan-thang-12-2026",
        title="Lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc Sở",
        cat="thong-bao",
        published_at="2026-11-23T16:30:00+07:00",
        blocks=[
            P(
                "Giám đốc Sở Giáo dục và Đào tạo tiếp công dân định kỳ vào ngày 15/12/2026 (thứ Ba), "
                "tại Phòng tiếp công dân của Sở, Trụ sở Liên cơ quan số 3, phường Hồng Gai."
            ),
            P(
                "Trường hợp ngày tiếp công dân trùng lịch công tác đột xuất, Văn phòng Sở sẽ thông báo "
                "lịch thay thế trên Cổng thông tin điện tử của Sở."
            ),
        ],
    ),
    year="2026",
    tags=["Tiếp công dân"],
    edited_after_h=1,
)

TB_PDF = f"{DAM}/van-ban/2026/tb-2890-sgddt-tuyen-dung-vien-chuc.pdf"
_t2 = _res("thong-bao", "2026", "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026")
T2 = Article(
    Story(
        id=202,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
        cat="thong-bao",
        published_at="2026-11-10T11:00:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo thông báo tuyển dụng 126 chỉ tiêu viên chức giảng dạy tại các "
            "trường trung học phổ thông, trung tâm GDNN-GDTX trực thuộc Sở năm 2026."
        ),
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo tuyển dụng 126 chỉ tiêu viên chức giảng dạy tại các "
                "trường trung học phổ thông, trung tâm GDNN-GDTX trực thuộc Sở năm 2026.",
                "lead",
            ),
            P("1. Chỉ tiêu tuyển dụng", "h3"),
            P("TT | Vị trí việc làm | Chỉ tiêu", "th"),
            P("1 | Giáo viên Toán | 18", "tr"),
            P("2 | Giáo viên Ngữ văn | 15", "tr"),
            P("3 | Giáo viên Tiếng Anh | 22", "tr"),
            P("4 | Giáo viên Tin học | 24", "tr"),
            P("5 | Giáo viên các môn khác | 47", "tr"),
            P("Tổng cộng | 126", "tr2"),
            P("2. Điều kiện đăng ký dự tuyển", "h3"),
            P("Có quốc tịch Việt Nam, cư trú tại Việt Nam, từ đủ 18 tuổi trở lên;", "li"),
            P(
                "Có trình độ đào tạo, chứng chỉ theo tiêu chuẩn chức danh nghề nghiệp giáo viên;",
                "li",
            ),
            P("Đủ sức khỏe để thực hiện công việc.", "li"),
            P("3. Thời gian nhận phiếu đăng ký", "h3"),
            P(
                "Từ ngày 12/11/2026 đến hết ngày 11/12/2026 (trong giờ hành chính), tại Phòng Tổ chức "
                "cán bộ, Sở Giáo dục và Đào tạo."
            ),
            PH(
                "Toàn văn Thông báo số 2890/TB-SGDĐT và mẫu phiếu đăng ký dự tuyển xem tại tệp đính kèm.",
                markup=(
                    "Toàn văn Thông báo số 2890/TB-SGDĐT và mẫu phiếu đăng ký dự tuyển xem tại "
                    f'<a href="{TB_PDF}" target="_blank">tệp đính kèm</a>.'
                ),
            ),
        ],
    ),
    year="2026",
    tags=["Tuyển dụng", "Viên chức"],
    edited_after_h=26,
)

_c1 = _res("chuyen-doi-so", "2026", "trien-khai-hoc-ba-so-doi-voi-hoc-sinh-tieu-hoc-va-thcs")
C1 = Article(
    Story(
        id=301,
        slug="trien-khai-hoc-ba-so-doi-voi-hoc-sinh-tieu-hoc-va-thcs",
        title="Triển khai học bạ số đối với học sinh tiểu học và THCS từ năm học 2026-2027",
        cat="chuyen-doi-so",
        published_at="2026-11-16T09:15:00+07:00",
        summary=(
            "Thực hiện hướng dẫn của Bộ Giáo dục và Đào tạo, từ năm học 2026-2027, 100% cơ sở giáo "
            "dục tiểu học và trung học cơ sở trên địa bàn tỉnh triển khai học bạ số thay cho học bạ "
            "giấy."
        ),
        blocks=[
            P(
                "Thực hiện hướng dẫn của Bộ Giáo dục và Đào tạo, từ năm học 2026-2027, 100% cơ sở giáo "
                "dục tiểu học và trung học cơ sở trên địa bàn tỉnh triển khai học bạ số thay cho học bạ "
                "giấy.",
                "lead",
            ),
            P(
                "Học bạ số được lập, lưu trữ trên phần mềm quản lý nhà trường, có chữ ký số của giáo "
                "viên chủ nhiệm và hiệu trưởng, kết nối với cơ sở dữ liệu ngành Giáo dục. Phụ huynh, "
                "học sinh có thể tra cứu kết quả học tập qua ứng dụng trên điện thoại."
            ),
            P("Để triển khai hiệu quả, Sở đề nghị các nhà trường thực hiện tốt các nội dung sau:"),
            P(
                "Rà soát, chuẩn hóa dữ liệu học sinh trên cơ sở dữ liệu ngành trước ngày 30/11/2026;",
                "oli",
            ),
            P("Cấp chứng thư số cho 100% cán bộ quản lý, giáo viên chủ nhiệm;", "oli"),
            P("Tổ chức tập huấn cho giáo viên và tuyên truyền tới cha mẹ học sinh.", "oli"),
            Img(
                rendition(_c1, "image", 1794788100000, "ky-so-hoc-ba.jpeg"),
                "Giáo viên Trường THCS Trọng Điểm thực hành ký số học bạ.",
                "Giáo viên Trường THCS Trọng Điểm thực hành ký số học bạ.",
                "title",
            ),
            P(
                "Sở Giáo dục và Đào tạo sẽ kiểm tra tiến độ triển khai tại các đơn vị trong tháng "
                "01/2027."
            ),
        ],
        authors=["Nguyễn Văn Bình"],
    ),
    year="2026",
    meta_author="ThS. Nguyễn Văn Bình",
    tags=["Học bạ số", "Chuyển đổi số"],
)

_c2 = _res("chuyen-doi-so", "2026", "tap-huan-su-dung-nen-tang-hoc-tap-truc-tuyen-lms")
C2 = Article(
    Story(
        id=302,
        slug="tap-huan-su-dung-nen-tang-hoc-tap-truc-tuyen-lms",
        title="Tập huấn sử dụng nền tảng học tập trực tuyến LMS cho giáo viên THCS",
        cat="chuyen-doi-so",
        published_at="2026-10-02T14:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 30/9 đến ngày 01/10, Sở Giáo dục và Đào tạo tổ chức tập huấn sử dụng nền tảng "
                "học tập trực tuyến (LMS) cho hơn 400 giáo viên cốt cán cấp trung học cơ sở."
            ),
            Img(
                rendition(_c2, "image", 1790917200000, "thuc-hanh-lms.jpeg", width=640),
                "Giáo viên thực hành xây dựng bài giảng trên nền tảng LMS.",
                "Giáo viên thực hành xây dựng bài giảng trên nền tảng LMS.",
                "title",
            ),
            P(
                "Nội dung tập huấn gồm: tạo lớp học, xây dựng học liệu số, giao bài và chấm bài trực "
                "tuyến, khai thác dữ liệu học tập để hỗ trợ học sinh. Sau tập huấn, giáo viên cốt cán "
                "có trách nhiệm hướng dẫn lại cho đồng nghiệp tại đơn vị."
            ),
            Img(
                rendition(_c2, "image_copy", 1790917260000, "bao-cao-vien.jpeg", width=640),
                "Báo cáo viên hướng dẫn giáo viên khai thác dữ liệu học tập.",
                "Báo cáo viên hướng dẫn giáo viên khai thác dữ liệu học tập.",
                "title",
            ),
        ],
        authors=["Vũ Quang Huy"],
        photographers=["Vũ Quang Huy"],
    ),
    year="2026",
    end=["Tin và ảnh: Vũ Quang Huy"],
    tags=["LMS", "Chuyển đổi số"],
    image_variant="src",
)

ARTICLES = [H1, H2, H3, H4, H5, H6, H7, H8, H9, T1, T2, C1, C2]


def newest(items: list[Article]) -> list[Article]:
    return sorted(items, key=lambda a: a.published, reverse=True)


@dataclass(frozen=True)
class DamItem:
    """A news-list item pointing straight at a PDF in the DAM (no page)."""

    title: str
    day: str  # "dd/mm/yyyy"
    pdf: str
    sort: str  # ISO, for ordering among articles


NOTICE_PDFS = [
    DamItem(
        "Công văn số 2345/SGDĐT-GDTrH về việc hướng dẫn kiểm tra, đánh giá giữa học kỳ I",
        "20/10/2026",
        f"{DAM}/van-ban/2026/cv-2345-sgddt-gdtrh.pdf",
        "2026-10-20T08:00:00+07:00",
    ),
    DamItem(
        "Quyết định số 1876/QĐ-SGDĐT ban hành kế hoạch thời gian năm học 2026-2027",
        "12/08/2026",
        f"{DAM}/van-ban/2026/qd-1876-sgddt-ke-hoach-thoi-gian-nam-hoc.pdf",
        "2026-08-12T08:00:00+07:00",
    ),
    DamItem(
        "Thông báo lịch nghỉ Tết Dương lịch năm 2026",
        "20/12/2025",
        f"{DAM}/van-ban/2025/tb-nghi-tet-duong-lich-2026.pdf",
        "2025-12-20T08:00:00+07:00",
    ),
]


def category_items(cat: str) -> list[Article | DamItem]:
    items: list[Article | DamItem] = [a for a in ARTICLES if a.story.cat == cat]
    if cat == "thong-bao":
        items += NOTICE_PDFS

    def key(item: Article | DamItem) -> str:
        return item.story.published_at if isinstance(item, Article) else item.sort

    return sorted(items, key=key, reverse=True)


# --- non-article pages -------------------------------------------------------------------------

DOCS = [
    {
        "slug": "cv-2345-sgddt-gdtrh",
        "number": "2345/SGDĐT-GDTrH",
        "day": "20/10/2026",
        "kind": "Công văn",
        "signer": "Phó Giám đốc Sở",
        "abstract": "Hướng dẫn kiểm tra, đánh giá giữa học kỳ I năm học 2026-2027 cấp THCS, THPT",
        "pdf": f"{DAM}/van-ban/2026/cv-2345-sgddt-gdtrh.pdf",
    },
    {
        "slug": "qd-1876-sgddt",
        "number": "1876/QĐ-SGDĐT",
        "day": "12/08/2026",
        "kind": "Quyết định",
        "signer": "Giám đốc Sở",
        "abstract": "Ban hành kế hoạch thời gian năm học 2026-2027 đối với giáo dục mầm non, giáo "
        "dục phổ thông và giáo dục thường xuyên",
        "pdf": f"{DAM}/van-ban/2026/qd-1876-sgddt-ke-hoach-thoi-gian-nam-hoc.pdf",
    },
]

ALBUM_RES = f"{VI}/thu-vien-anh/2026/hoi-khoe-phu-dong-lan-thu-xii"
ALBUM_PHOTOS = [
    ("hkpd-01.jpg", "Lễ khai mạc Hội khỏe Phù Đổng tỉnh lần thứ XII."),
    ("hkpd-02.jpg", "Màn đồng diễn thể dục của học sinh Trường Tiểu học Cao Xanh."),
    ("hkpd-03.jpg", "Thi đấu môn kéo co."),
    ("hkpd-04.jpg", "Thi đấu môn bóng chuyền nữ lứa tuổi THPT."),
    ("hkpd-05.jpg", "Các vận động viên môn vovinam."),
]

STATIC = {
    f"{VI}/gioi-thieu/chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            (
                "p",
                "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Quảng "
                "Ninh, tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo "
                "dục và đào tạo trên địa bàn tỉnh.",
            ),
            ("h3", "Nhiệm vụ và quyền hạn"),
            (
                "li",
                "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển giáo dục dài "
                "hạn, trung hạn và hằng năm;",
            ),
            ("li", "Hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục;"),
            ("li", "Quản lý chất lượng giáo dục, tổ chức các kỳ thi theo quy định;"),
            ("li", "Thực hiện các nhiệm vụ khác do Ủy ban nhân dân tỉnh giao."),
        ],
    ),
    f"{VI}/gioi-thieu/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            ("h3", "Lãnh đạo Sở"),
            ("li", "Giám đốc Sở: phụ trách chung."),
            ("li", "Các Phó Giám đốc Sở: phụ trách các lĩnh vực theo phân công."),
            ("h3", "Các phòng chuyên môn, nghiệp vụ"),
            ("li", "Văn phòng Sở"),
            ("li", "Thanh tra Sở"),
            ("li", "Phòng Tổ chức cán bộ"),
            ("li", "Phòng Kế hoạch - Tài chính"),
            ("li", "Phòng Giáo dục Mầm non - Tiểu học"),
            ("li", "Phòng Giáo dục Trung học"),
            ("li", "Phòng Quản lý chất lượng"),
        ],
    ),
    f"{VI}/lien-he": (
        "Liên hệ",
        [
            ("p", "Sở Giáo dục và Đào tạo tỉnh Quảng Ninh"),
            ("p", "Địa chỉ: Trụ sở Liên cơ quan số 3, phường Hồng Gai, tỉnh Quảng Ninh"),
            ("p", "Điện thoại: 0203.3835.590 - Fax: 0203.3835.591"),
            ("p", "Thư điện tử: sgddt@quangninh.gov.vn"),
        ],
    ),
}

EN_PAGES = {
    EN: (
        "Quang Ninh Department of Education and Training",
        [
            (
                "p",
                "Welcome to the web portal of the Department of Education and Training of Quang "
                "Ninh Province. The Department advises the Provincial People's Committee on education "
                "and training from pre-school to upper secondary and continuing education.",
            ),
            (
                "p",
                "News and official documents are published in Vietnamese on the Vietnamese site.",
            ),
        ],
    ),
    f"{EN}/about-us": (
        "About us",
        [
            (
                "p",
                "The Department of Education and Training is a specialised agency of the Quang "
                "Ninh Provincial People's Committee. It manages 636 pre-schools and general education "
                "schools with more than 380,000 pupils.",
            ),
            (
                "p",
                "Its tasks include planning the school network, managing teaching quality, "
                "organising examinations and developing the teaching staff.",
            ),
        ],
    ),
    f"{EN}/organisation": (
        "Organisational structure",
        [
            ("p", "The Department is led by a Director and Deputy Directors."),
            ("li", "Office of the Department"),
            ("li", "Inspectorate"),
            ("li", "Division of Personnel"),
            ("li", "Division of Planning and Finance"),
            ("li", "Division of Pre-school and Primary Education"),
            ("li", "Division of Secondary Education"),
            ("li", "Division of Quality Management"),
        ],
    ),
}

NON_ARTICLES = [
    f"{VI}/gioi-thieu/chuc-nang-nhiem-vu.html",
    f"{VI}/gioi-thieu/co-cau-to-chuc.html",
    f"{VI}/lien-he.html",
    f"{VI}/van-ban/2026/cv-2345-sgddt-gdtrh.html",
    f"{VI}/van-ban/2026/qd-1876-sgddt.html",
    ALBUM_RES + ".html",
    f"{EN}/about-us.html",
    f"{EN}/organisation.html",
]

# --- gold (written by hand, per article) ------------------------------------------------------


def _gold(art: Article) -> dict:
    return gold_record(
        art.story,
        path=art.long,
        category=CATS[art.story.cat],
        canonical_path=art.short,
        alt_paths=[art.long + "?wcmmode=disabled", art.res + ".print.html"],
    )


GOLD = [_gold(a) for a in ARTICLES]

# --- markup helpers --------------------------------------------------------------------------


def hid(*parts: str) -> str:
    """The hash Core Components put in generated ids ("text-5d3c1e2a9b")."""
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:10]


def dl_attr(obj: dict) -> str:
    """A ``data-cmp-data-layer`` value as HTL prints it (quotes as &#34;)."""
    return esc(json.dumps(obj, ensure_ascii=False, separators=(",", ":"))).replace(
        "&quot;", "&#34;"
    )


def utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def col(cls: str, inner: str, width: int = 12) -> str:
    return f'<div class="{cls} aem-GridColumn aem-GridColumn--default--{width}">\n{inner}\n</div>\n'


def grid(cls: str, inner: str, width: int, key: str) -> str:
    """A layout container in a grid column, with its own grid inside."""
    return col(
        f"container responsivegrid{cls}",
        f'<div id="container-{hid(key)}" class="cmp-container">\n'
        f'<div class="aem-Grid aem-Grid--{width} aem-Grid--default--{width} ">\n{inner}</div>\n</div>',
        width,
    )


@dataclass
class Comp:
    """One component of a page: its node name, resource type, markup and exported properties."""

    name: str
    rtype: str
    markup: str
    props: dict = field(default_factory=dict)


def title_comp(page_key: str, title: str, level: str = "h1", name: str = "title") -> Comp:
    cid = f"title-{hid(page_key, name)}"
    layer = dl_attr({cid: {"@type": "sgddt-quangninh/components/title", "dc:title": title}})
    inner = (
        f'<div data-cmp-data-layer="{layer}" id="{cid}" class="cmp-title">\n'
        f'    <{level} class="cmp-title__text">{esc(title)}</{level}>\n</div>'
    )
    return Comp(
        name,
        "sgddt-quangninh/components/title",
        col("title", inner),
        {"text": title, "type": level},
    )


def text_comp(
    page_key: str, name: str, inner_html: str, extra_cls: str = "", modified: str = ""
) -> Comp:
    cid = f"text-{hid(page_key, name)}"
    layer = {"@type": "sgddt-quangninh/components/text", "xdm:text": inner_html}
    if modified:
        layer["repo:modifyDate"] = modified
    markup = col(
        f"text{extra_cls}",
        f'<div data-cmp-data-layer="{dl_attr({cid: layer})}" id="{cid}" class="cmp-text">\n'
        f"{inner_html}\n</div>",
    )
    return Comp(
        name, "sgddt-quangninh/components/text", markup, {"text": inner_html, "richText": True}
    )


def breadcrumb(page_key: str, crumbs: list[tuple[str, str]]) -> Comp:
    items = []
    for pos, (label, res) in enumerate(crumbs, 1):
        items.append(
            '<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope '
            'itemtype="http://schema.org/ListItem">\n'
            f'    <a href="{res}.html" class="cmp-breadcrumb__item-link" itemprop="item">\n'
            f'        <span itemprop="name">{esc(label)}</span>\n    </a>\n'
            f'    <meta itemprop="position" content="{pos}"/>\n</li>'
        )
    inner = (
        f'<nav id="breadcrumb-{hid(page_key, "bc")}" class="cmp-breadcrumb" aria-label="Điều hướng">\n'
        '<ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">\n'
        + "\n".join(items)
        + "\n</ol>\n</nav>"
    )
    return Comp("breadcrumb", "sgddt-quangninh/components/breadcrumb", col("breadcrumb", inner))


def dmy(dt: datetime) -> str:
    return dt.strftime("%d/%m/%Y")


def list_comp(page_key: str, name: str, arts: list[Article], cls: str = "") -> Comp:
    """A Core List (links with dates)."""
    items = "\n".join(
        '<li class="cmp-list__item">\n'
        f'    <a class="cmp-list__item-link" href="{a.long}">\n'
        f'        <span class="cmp-list__item-title">{esc(a.story.title)}</span>\n'
        f'        <span class="cmp-list__item-date">{dmy(a.published)}</span>\n    </a>\n</li>'
        for a in arts
    )
    inner = f'<ul id="list-{hid(page_key, name)}" class="cmp-list">\n{items}\n</ul>'
    return Comp(
        name,
        "sgddt-quangninh/components/list",
        col(f"list{cls}", inner),
        {"items": [{"url": a.long, "title": a.story.title} for a in arts]},
    )


def featured(art: Article, width: int = 320) -> str | None:
    imgs = art.story.images
    if not imgs:
        return None
    file = imgs[0].src.rsplit("/", 1)[1]
    stamp = imgs[0].src.rsplit("/", 2)[1]
    return f"{art.res}/_jcr_content/cq_featuredimage.coreimg.{width}.jpeg/{stamp}/{file}"


def teaser(item: Article | DamItem, href_suffix: str = "", show_desc: bool = True) -> str:
    """One item of the news list: a Core Teaser with the custom date line."""
    if isinstance(item, DamItem):
        return (
            '<div class="teaser cmp-newslist__item cmp-newslist__item--file">\n'
            '<div class="cmp-teaser">\n<div class="cmp-teaser__content">\n'
            f'    <span class="cmp-newslist__date">{item.day}</span>\n'
            f'    <h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="{item.pdf}" '
            f'target="_blank">{esc(item.title)}</a> <span class="cmp-newslist__filetype">(PDF)</span></h3>\n'
            "</div>\n</div>\n</div>"
        )
    s = item.story
    href = item.long + href_suffix
    img = featured(item)
    image = (
        '<div class="cmp-teaser__image"><div class="cmp-image" itemscope '
        'itemtype="http://schema.org/ImageObject">'
        f'<img class="cmp-image__image" src="{img}" alt="{esc(s.title)}" itemprop="contentUrl" '
        'loading="lazy"/></div></div>\n'
        if img
        else ""
    )
    desc = (
        f'    <div class="cmp-teaser__description"><p>{esc(s.summary)}</p></div>\n'
        if s.summary and show_desc
        else ""
    )
    return (
        '<div class="teaser cmp-newslist__item">\n'
        f'<div id="teaser-{hid(item.res, "teaser")}" class="cmp-teaser">\n'
        f"{image}"
        '<div class="cmp-teaser__content">\n'
        f'    <span class="cmp-newslist__date">{dmy(item.published)}</span>\n'
        f'    <h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="{href}">'
        f"{esc(s.title)}</a></h3>\n"
        f"{desc}"
        '    <div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" '
        f'href="{href}">Chi tiết</a></div>\n'
        "</div>\n</div>\n</div>"
    )


def teaser_box(
    page_key: str, name: str, heading: str, items: list, more: str | None = None
) -> Comp:
    more_html = (
        f'<div class="cmp-newsbox__more"><a href="{more}">Xem tất cả</a></div>\n' if more else ""
    )
    inner = (
        f'<div id="newsbox-{hid(page_key, name)}" class="cmp-newsbox">\n'
        f'<h2 class="cmp-newsbox__title">{esc(heading)}</h2>\n'
        + "\n".join(teaser(i) for i in items)
        + f"\n{more_html}</div>"
    )
    return Comp(name, "sgddt-quangninh/components/newsbox", col("newsbox", inner))


# --- the article body -------------------------------------------------------------------------


def render_text(art: Article, value: str) -> str:
    opts = art.story.opts
    out = text(value, nfd=opts.get("nfd", False), entities=opts.get("entities", 0))
    return out.replace("\xa0", "&nbsp;")


def image_comp(art: Article, img: Img, name: str) -> Comp:
    key = art.res
    cid = f"image-{hid(key, name)}"
    if art.image_variant == "src":
        template = re.sub(r"\.coreimg\.\d+\.jpeg", ".coreimg{.width}.jpeg", img.src)
    else:
        template = img.src.replace(".coreimg.jpeg", ".coreimg{.width}.jpeg")
    file = img.src.rsplit("/", 1)[1].replace(".jpeg", ".jpg")
    month = art.published.strftime("%Y/%m")
    asset = f"{DAM}/tin-tuc/{month}/{file}"
    printed = img.printed
    has_title = printed is not None and img.style == "title"
    shown = render_text(art, printed) if has_title else ""
    alt = esc(art.story.title)
    title_attr = f' title="{esc(printed)}"' if has_title else ""
    layer = dl_attr(
        {
            cid: {
                "@type": "sgddt-quangninh/components/image",
                "repo:modifyDate": utc(art.modified),
                **({"dc:title": printed} if has_title else {}),
                "image": {
                    "repo:id": hid(asset),
                    "repo:modifyDate": utc(art.published - timedelta(hours=3)),
                    "@type": "image/jpeg",
                    "repo:path": asset,
                },
            }
        }
    )
    img_tag = (
        f'<img src="{img.src}" class="cmp-image__image" itemprop="contentUrl" '
        f'data-cmp-hook-image="image" alt="{alt}"{title_attr}/>'
    )
    if art.image_variant == "src":
        body = f"    {img_tag}\n"
    else:
        body = (
            f'    <noscript data-cmp-hook-image="noscript">\n        {img_tag}\n    </noscript>\n'
        )
    caption = (
        f'    <span class="cmp-image__title" itemprop="caption">{shown}</span>\n'
        f'    <meta itemprop="caption" content="{esc(printed)}"/>\n'
        if has_title
        else ""
    )
    inner = (
        f'<div data-cmp-is="image" data-cmp-lazythreshold="0" data-cmp-src="{template}" '
        f'data-asset="{asset}" data-asset-id="{hid(asset)}" '
        + (f'data-title="{esc(printed)}" ' if has_title else "")
        + 'data-cmp-widths="320,480,640,1024,1280" '
        f'data-cmp-data-layer="{layer}" id="{cid}" class="cmp-image" itemscope '
        'itemtype="http://schema.org/ImageObject">\n'
        f"{body}{caption}</div>"
    )
    return Comp(
        name,
        "sgddt-quangninh/components/image",
        col("image", inner),
        {"src": template, "alt": art.story.title, "title": printed if has_title else None},
    )


def embed_comp(art: Article, emb: Embed, name: str) -> Comp:
    inner = (
        f'<div id="embed-{hid(art.res, name)}" class="cmp-embed">\n'
        f'    <iframe width="640" height="360" src="{emb.src}?rel=0" frameborder="0" '
        'allow="accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture" '
        'allowfullscreen title="YouTube video"></iframe>\n</div>'
    )
    return Comp(name, "sgddt-quangninh/components/embed", col("embed", inner), {"url": emb.src})


def body_comps(art: Article) -> list[Comp]:
    """The text, image and embed components of the article, in order."""
    comps: list[Comp] = []
    buf: list[str] = []
    mode: list[str] = []  # open "ul", "ol" or "table"
    counters = {"text": 0, "image": 0, "embed": 0}
    modified = utc(art.modified)

    def next_name(kind: str) -> str:
        n = counters[kind]
        counters[kind] += 1
        return kind if n == 0 else (f"{kind}_copy" if n == 1 else f"{kind}_copy_{n - 1}")

    def close() -> None:
        if mode:
            m = mode.pop()
            buf.append("</tbody>\n</table>" if m == "table" else f"</{m}>")

    def flush(extra_cls: str = "") -> None:
        close()
        if buf:
            comps.append(text_comp(art.res, next_name("text"), "\n".join(buf), extra_cls, modified))
            buf.clear()

    def open_(m: str) -> None:
        if mode and mode[-1] == m:
            return
        close()
        mode.append(m)
        buf.append(
            '<table border="1" cellpadding="4" cellspacing="0" width="100%">\n<tbody>'
            if m == "table"
            else f"<{m}>"
        )

    for block in art.story.blocks:
        if isinstance(block, Img):
            flush()
            comps.append(image_comp(art, block, next_name("image")))
            if block.style == "para":
                buf.append(
                    f'<p style="text-align: center;"><i>{render_text(art, block.printed)}</i></p>'
                )
        elif isinstance(block, Embed):
            flush()
            comps.append(embed_comp(art, block, next_name("embed")))
        elif isinstance(block, P):
            inner = block.markup if isinstance(block, PH) else render_text(art, block.text)
            style = block.style
            if style == "lead":
                flush()
                buf.append(f"<p><b>{inner}</b></p>")
                flush(" cmp-text--lead")
            elif style == "h3":
                close()
                buf.append(f"<h3>{inner}</h3>")
            elif style in ("li", "oli"):
                open_("ul" if style == "li" else "ol")
                buf.append(f"<li>{inner}</li>")
            elif style in ("th", "tr", "tr2"):
                open_("table")
                cells = [render_text(art, c) for c in block.text.split(" | ")]
                tag = "th" if style == "th" else "td"
                row = []
                for i, cell in enumerate(cells):
                    span = ' colspan="2"' if style == "tr2" and i == 0 else ""
                    row.append(f"<{tag}{span}>{cell}</{tag}>")
                buf.append("<tr>" + "".join(row) + "</tr>")
            else:
                close()
                buf.append(f"<p>{inner}</p>")
    flush()
    return comps


def meta_comp(art: Article) -> Comp:
    s = art.story
    when = art.published.strftime("Cập nhật lúc %H:%M, %d/%m/%Y")
    author = (
        f'    <span class="cmp-article-meta__author">Tác giả: {esc(art.meta_author)}</span>\n'
        if art.meta_author
        else ""
    )
    inner = (
        f'<div id="article-meta-{hid(art.res, "meta")}" class="cmp-article-meta">\n'
        f'    <span class="cmp-article-meta__date"><em class="icon icon-clock"></em>{when}</span>\n'
        f"{author}"
        f'    <span class="cmp-article-meta__views">Lượt xem: {s.views()}</span>\n</div>'
    )
    return Comp(
        "article_meta",
        "sgddt-quangninh/components/article-meta",
        col("article-meta", inner),
        {"author": art.meta_author, "publishDate": when},
    )


def byline_comp(art: Article) -> Comp | None:
    if not art.end:
        return None
    inner = "\n".join(
        f'<p style="text-align: right;"><b>{render_text(art, line)}</b></p>' for line in art.end
    )
    return text_comp(art.res, "text_byline", inner, "", utc(art.modified))


def tags_comp(art: Article) -> Comp:
    links = ", ".join(
        f'<a class="cmp-tags__link" href="/bin/sgddt/search?q={quote_plus(t)}">{esc(t)}</a>'
        for t in art.tags
    )
    inner = f'<div class="cmp-tags"><span class="cmp-tags__label">Từ khóa:</span> {links}</div>'
    return Comp("tags", "sgddt-quangninh/components/tags", col("tags", inner), {"tags": art.tags})


def tools_comp(art: Article, base: str) -> Comp:
    url = base + art.short
    inner = (
        '<div class="cmp-article-tools">\n'
        f'    <a class="cmp-article-tools__print" href="{art.res}.print.html" target="_blank" '
        'rel="nofollow">In bài viết</a>\n'
        f'    <a class="cmp-article-tools__mail" href="mailto:?subject={quote_plus(art.story.title)}'
        f'&amp;body={url}">Gửi email</a>\n'
        f'    <a class="cmp-article-tools__share" href="https://www.facebook.com/sharer/sharer.php?u={url}" '
        'target="_blank">Chia sẻ Facebook</a>\n'
        f'    <a class="cmp-article-tools__share" href="https://sp.zalo.me/share_inline?u={url}" '
        'target="_blank">Zalo</a>\n</div>'
    )
    return Comp(
        "article_tools", "sgddt-quangninh/components/article-tools", col("article-tools", inner)
    )


def related(art: Article) -> list[Article]:
    same = [a for a in newest(ARTICLES) if a.story.cat == art.story.cat and a is not art]
    return same[:4]


def article_main(art: Article, base: str) -> list[Comp]:
    crumbs = [
        ("Trang chủ", VI),
        ("Tin tức", f"{VI}/tin-tuc"),
        (CATS[art.story.cat], f"{VI}/tin-tuc/{art.story.cat}"),
    ]
    comps = [
        breadcrumb(art.res, crumbs),
        title_comp(art.res, art.story.title),
        meta_comp(art),
        *body_comps(art),
    ]
    byline = byline_comp(art)
    if byline:
        comps.append(byline)
    comps += [tags_comp(art), tools_comp(art, base)]
    rel = related(art)
    if rel:
        comps.append(title_comp(art.res, "Tin cùng chuyên mục", "h2", "title_related"))
        comps.append(list_comp(art.res, "list_related", rel, " cmp-list--related"))
    return comps


# --- chrome: experience fragments, side column -------------------------------------------------

NAV = [
    ("Trang chủ", VI, []),
    (
        "Giới thiệu",
        f"{VI}/gioi-thieu",
        [
            ("Chức năng, nhiệm vụ", f"{VI}/gioi-thieu/chuc-nang-nhiem-vu"),
            ("Cơ cấu tổ chức", f"{VI}/gioi-thieu/co-cau-to-chuc"),
        ],
    ),
    (
        "Tin tức",
        f"{VI}/tin-tuc",
        [(label, f"{VI}/tin-tuc/{cat}") for cat, label in CATS.items()],
    ),
    ("Văn bản", f"{VI}/van-ban", []),
    ("Thư viện ảnh", f"{VI}/thu-vien-anh", []),
    ("Liên hệ", f"{VI}/lien-he", []),
]


def nav_html(active: str) -> str:
    out = ['<ul class="cmp-navigation__group">']
    for label, res, children in NAV:
        cls = " cmp-navigation__item--active" if active.startswith(res) and res != VI else ""
        out.append(f'<li class="cmp-navigation__item cmp-navigation__item--level-0{cls}">')
        out.append(
            f'<a href="{res}.html" title="{esc(label)}" class="cmp-navigation__item-link">{esc(label)}</a>'
        )
        if children:
            out.append('<ul class="cmp-navigation__group">')
            for clabel, cres in children:
                out.append(
                    '<li class="cmp-navigation__item cmp-navigation__item--level-1">'
                    f'<a href="{cres}.html" title="{esc(clabel)}" class="cmp-navigation__item-link">'
                    f"{esc(clabel)}</a></li>"
                )
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def header_xf(res: str, en_target: str) -> str:
    inner = (
        '<div id="experiencefragment-' + hid("xf-header") + '" class="cmp-experiencefragment '
        'cmp-experiencefragment--header">\n<div class="xf-content-height">\n'
        '<div class="root container responsivegrid">\n'
        f'<div id="container-{hid("xf-header-root")}" class="cmp-container">\n'
        '<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">\n'
        + col(
            "image cmp-image--logo",
            f'<div id="image-{hid("xf-logo")}" class="cmp-image"><a class="cmp-image__link" href="{VI}.html">'
            f'<img src="{DAM}/logo/logo-sgddt-quangninh.png" class="cmp-image__image" alt="Logo Sở GD&amp;ĐT Quảng Ninh"/>'
            "</a></div>",
            3,
        )
        + col(
            "title cmp-title--site",
            '<div class="cmp-title"><p class="cmp-title__text">UBND TỈNH QUẢNG NINH<br/>'
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO</p></div>",
            6,
        )
        + col(
            "languagenavigation",
            f'<nav id="languagenavigation-{hid("langnav")}" class="cmp-languagenavigation">\n'
            '<ul class="cmp-languagenavigation__group">\n'
            '<li class="cmp-languagenavigation__item cmp-languagenavigation__item--active '
            f'cmp-languagenavigation__item--langcode-vi"><a class="cmp-languagenavigation__item-link" '
            f'href="{res}.html" hreflang="vi" lang="vi" rel="alternate" title="Tiếng Việt">VI</a></li>\n'
            '<li class="cmp-languagenavigation__item cmp-languagenavigation__item--langcode-en">'
            f'<a class="cmp-languagenavigation__item-link" href="{en_target}.html" hreflang="en" '
            'lang="en" rel="alternate" title="English">EN</a></li>\n</ul>\n</nav>',
            3,
        )
        + col(
            "cmp-header__bar",
            f'<div class="cmp-header__date">{TODAY}</div>\n'
            '<form class="cmp-search__form" action="/bin/sgddt/search" method="get" role="search">\n'
            '<input class="cmp-search__input" type="text" name="q" placeholder="Tìm kiếm..." '
            'aria-label="Tìm kiếm"/>\n<button type="submit" class="cmp-search__button">Tìm</button>\n'
            "</form>",
        )
        + col(
            "navigation",
            f'<nav id="navigation-{hid("nav")}" class="cmp-navigation" itemscope '
            'itemtype="http://schema.org/SiteNavigationElement" aria-label="Menu chính">\n'
            + nav_html(res)
            + "\n</nav>",
        )
        + "</div>\n</div>\n</div>\n</div>\n</div>"
    )
    return col("experiencefragment", inner)


FOOTER_XF = col(
    "experiencefragment",
    f'<div id="experiencefragment-{hid("xf-footer")}" class="cmp-experiencefragment '
    'cmp-experiencefragment--footer">\n<div class="xf-content-height">\n'
    '<div class="root container responsivegrid">\n'
    f'<div id="container-{hid("xf-footer-root")}" class="cmp-container">\n'
    '<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">\n'
    + col(
        "text",
        f'<div id="text-{hid("footer-text")}" class="cmp-text">\n'
        "<p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH</b></p>\n"
        "<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Quảng Ninh</p>\n"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>\n"
        "<p>Địa chỉ: Trụ sở Liên cơ quan số 3, phường Hồng Gai, tỉnh Quảng Ninh</p>\n"
        "<p>Điện thoại: 0203.3835.590 - Email: sgddt@quangninh.gov.vn</p>\n"
        "<p>Ghi rõ nguồn “Cổng thông tin điện tử Sở GD&amp;ĐT Quảng Ninh” khi phát hành lại thông "
        "tin từ website này.</p>\n</div>",
        8,
    )
    + col(
        "visitor-counter",
        '<div class="cmp-visitor-counter">\n<ul>\n'
        "<li>Đang truy cập: <span>42</span></li>\n"
        "<li>Hôm nay: <span>1.287</span></li>\n"
        "<li>Tháng này: <span>38.652</span></li>\n"
        "<li>Tổng lượt truy cập: <span>4.215.836</span></li>\n</ul>\n</div>",
        4,
    )
    + "</div>\n</div>\n</div>\n</div>\n</div>",
)

LINKS = [
    ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn/"),
    ("Cổng thông tin điện tử tỉnh Quảng Ninh", "https://www.quangninh.gov.vn/"),
    ("Cơ sở dữ liệu ngành Giáo dục", "https://csdl.moet.gov.vn/"),
    ("Thi tốt nghiệp THPT", "https://thisinh.thitotnghiepthpt.edu.vn/"),
]


def side_column(key: str) -> str:
    latest = newest(ARTICLES)[:5]
    comps = [
        title_comp(key, "Tin mới", "h2", "title_side"),
        list_comp(key, "list_side", latest, " cmp-list--latest"),
    ]
    options = "\n".join(f'<option value="{u}">{esc(label)}</option>' for label, u in LINKS)
    links = col(
        "weblinks",
        '<div class="cmp-weblinks">\n<h2 class="cmp-weblinks__title">Liên kết website</h2>\n'
        '<select class="cmp-weblinks__select" onchange="if(this.value)window.open(this.value)">\n'
        f'<option value="">-- Chọn liên kết --</option>\n{options}\n</select>\n</div>',
    )
    banners = col(
        "image cmp-image--banner",
        '<div class="cmp-image"><a class="cmp-image__link" href="https://dichvucong.quangninh.gov.vn/" '
        f'target="_blank"><img class="cmp-image__image" src="{DAM}/banner/dich-vu-cong.png" '
        'alt="Dịch vụ công trực tuyến"/></a></div>',
    )
    inner = "".join(c.markup for c in comps) + links + banners
    return grid(" cmp-container--sidebar", inner, 4, key + "|side")


# --- page shell -------------------------------------------------------------------------------


def page_layer(key: str, title: str, template: str, modified: datetime | None, lang: str) -> str:
    page = {
        f"page-{hid(key)}": {
            "@type": "sgddt-quangninh/components/page",
            "repo:modifyDate": utc(modified) if modified else "2026-11-20T03:12:44Z",
            "dc:title": title,
            "xdm:template": f"/conf/sgddt-quangninh/settings/wcm/templates/{template}",
            "xdm:language": lang,
            "repo:path": key + ".html",
        }
    }
    raw = json.dumps(page, ensure_ascii=False, separators=(",", ":"))
    return raw.replace("\\", "\\\\").replace('"', "\\x22").replace("-", "\\u002D")


def shell(
    request: Request,
    key: str,
    *,
    title: str,
    title_tag: str | None = None,
    main: list[Comp],
    template: str,
    lang: str = "vi",
    description: str | None = None,
    og_image: str | None = None,
    modified: datetime | None = None,
    canonical: str | None = None,
    side: bool = True,
    en_target: str = EN,
    keywords: list[str] | None = None,
) -> str:
    base = base_url(request)
    canon = canonical or short_of(key)
    head = [
        "<!DOCTYPE HTML>",
        f'<html lang="{lang}">',
        "    <head>",
        '    <meta charset="UTF-8"/>',
        f"    <title>{esc(title_tag or title)} | {'Sở GD&amp;ĐT Quảng Ninh' if lang == 'vi' else 'Quang Ninh DOET'}</title>",
    ]
    if keywords:
        head.append(f'    <meta name="keywords" content="{esc(", ".join(keywords))}"/>')
    if description:
        head.append(f'    <meta name="description" content="{esc(description)}"/>')
    head += [
        f'    <meta name="template" content="{template}"/>',
        '    <meta name="viewport" content="width=device-width, initial-scale=1"/>',
        f'    <link rel="canonical" href="{base}{canon}"/>',
        f'    <link rel="alternate" type="application/json" href="{key}.model.json"/>',
        f'    <meta property="og:title" content="{esc(title)}"/>',
        f'    <meta property="og:url" content="{base}{canon}"/>',
        f'    <meta property="og:site_name" content="{esc(SITE)}"/>',
    ]
    if og_image:
        head.append(f'    <meta property="og:image" content="{base}{og_image}"/>')
    head += [
        f'<link rel="stylesheet" href="{CLIENTLIB}/clientlib-base.lc-9d4a1f0b2c7e3a15c6b8e2d9f1a07c3e-lc.min.css" type="text/css">',
        f'<link rel="stylesheet" href="{CLIENTLIB}/clientlib-site.lc-3be71c0a94d2f5e8a1c6b7d0e2f39a41-lc.min.css" type="text/css">',
        '<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/'
        'core.wcm.components.commons.datalayer.v1.lc-70264651675213ed7f7cc5a02a00f621-lc.min.js"></script>',
        f'<link rel="icon" type="image/x-icon" href="{CLIENTLIB}/clientlib-site/resources/favicon.ico"/>',
        "    </head>",
    ]
    body = [
        f'    <body class="page basicpage" id="page-{hid(key)}" data-cmp-link-accessibility-enabled '
        'data-cmp-link-accessibility-text="mở trong thẻ mới" data-cmp-data-layer-enabled '
        'data-cmp-data-layer-name="adobeDataLayer">',
        "        <script>",
        "          window.adobeDataLayer = window.adobeDataLayer || [];",
        f'          adobeDataLayer.push({{ page: JSON.parse("{page_layer(key, title, template, modified, lang)}"), '
        "event:'cm:loaded' });",
        "        </script>",
        '<div class="root container responsivegrid">',
        f'<div id="container-{hid(key, "root")}" class="cmp-container">',
        '<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">',
        header_xf(key, en_target) if lang == "vi" else header_en(key),
        grid("", "".join(c.markup for c in main), 8 if side else 12, key + "|main"),
        side_column(key) if side else "",
        FOOTER_XF if lang == "vi" else FOOTER_EN,
        "</div>",
        "</div>",
        "</div>",
        f'<script src="{CLIENTLIB}/clientlib-site.lc-5a0e3d91b7c24f68d1e2a3b4c5d6e7f8-lc.min.js"></script>',
        '<script src="/etc.clientlibs/core/wcm/components/image/v2/image/clientlibs/site.lc-'
        '8c4dd1e86a5e0e2a7b1f2b6bd4bda4ab-lc.min.js"></script>',
        "    </body>",
        "</html>",
    ]
    return "\n".join(head + body)


def header_en(key: str) -> str:
    inner = (
        f'<div id="experiencefragment-{hid("xf-header-en")}" class="cmp-experiencefragment '
        'cmp-experiencefragment--header">\n<div class="xf-content-height">\n'
        f'<div class="cmp-header__date">Wednesday, 25/11/2026</div>\n'
        f'<p class="cmp-title__text">QUANG NINH DEPARTMENT OF EDUCATION AND TRAINING</p>\n'
        f'<nav class="cmp-navigation"><ul class="cmp-navigation__group">\n'
        f'<li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="{EN}.html">Home</a></li>\n'
        f'<li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="{EN}/about-us.html">About us</a></li>\n'
        f'<li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="{EN}/organisation.html">Organisation</a></li>\n'
        "</ul></nav>\n"
        '<nav class="cmp-languagenavigation"><ul class="cmp-languagenavigation__group">\n'
        f'<li class="cmp-languagenavigation__item"><a class="cmp-languagenavigation__item-link" href="{VI}.html" hreflang="vi" lang="vi">VI</a></li>\n'
        '<li class="cmp-languagenavigation__item cmp-languagenavigation__item--active"><a class="cmp-languagenavigation__item-link" '
        f'href="{key}.html" hreflang="en" lang="en">EN</a></li>\n'
        "</ul></nav>\n</div>\n</div>"
    )
    return col("experiencefragment", inner)


FOOTER_EN = col(
    "experiencefragment",
    f'<div id="experiencefragment-{hid("xf-footer-en")}" class="cmp-experiencefragment '
    'cmp-experiencefragment--footer">\n<div class="cmp-text">\n'
    "<p>Quang Ninh Department of Education and Training</p>\n"
    "<p>Address: Inter-agency Office Building No. 3, Hong Gai Ward, Quang Ninh Province</p>\n"
    "<p>Tel: (+84) 203 3835 590</p>\n</div>\n</div>",
)


# --- pages ------------------------------------------------------------------------------------


def article_page(request: Request, art: Article) -> str:
    s = art.story
    return shell(
        request,
        art.res,
        title=s.title,
        title_tag=art.page_title,
        main=article_main(art, base_url(request)),
        template="article-page",
        description=s.summary,
        og_image=featured(art, 1280),
        modified=art.modified,
        keywords=art.tags,
    )


def print_page(request: Request, art: Article) -> str:
    base = base_url(request)
    comps = [title_comp(art.res, art.story.title), meta_comp(art)]
    comps += [c for c in body_comps(art) if c.rtype != "sgddt-quangninh/components/embed"]
    byline = byline_comp(art)
    if byline:
        comps.append(byline)
    return (
        '<!DOCTYPE HTML>\n<html lang="vi">\n<head>\n<meta charset="UTF-8"/>\n'
        f"<title>{esc(art.story.title)} | In bài viết</title>\n"
        '<meta name="robots" content="noindex, nofollow"/>\n'
        f'<link rel="canonical" href="{base}{art.short}"/>\n'
        f'<link rel="stylesheet" href="{CLIENTLIB}/clientlib-print.lc-0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f-lc.min.css" type="text/css">\n'
        '</head>\n<body class="page page--print" onload="window.print()">\n'
        f'<div class="print-header"><img src="{DAM}/logo/logo-sgddt-quangninh.png" alt="Logo"/> '
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH</div>\n"
        '<div class="print-content">\n' + "".join(c.markup for c in comps) + "</div>\n"
        f'<div class="print-footer">Địa chỉ bài viết: {base}{art.short}</div>\n'
        "</body>\n</html>"
    )


def pager(cat_res: str, page: int, pages: int) -> str:
    def href(n: int) -> str:
        return f"{cat_res}.html" if n == 1 else f"{cat_res}.page-{n}.html"

    items = []
    if page > 1:
        items.append(f'<li><a href="{href(1)}" aria-label="Trang đầu">«</a></li>')
        items.append(f'<li><a href="{href(page - 1)}" aria-label="Trang trước">‹</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><span>{n}</span></li>')
        else:
            items.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a href="{href(page + 1)}" aria-label="Trang sau">›</a></li>')
        items.append(f'<li><a href="{href(pages)}" aria-label="Trang cuối">»</a></li>')
    return (
        '<nav class="cmp-newslist__pagination" aria-label="Phân trang">\n<ul>\n'
        + "\n".join(items)
        + "\n</ul>\n</nav>"
    )


def list_fragment(cat: str, page: int) -> str:
    items = category_items(cat)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    return "\n".join(teaser(i) for i in chunk)


def category_page(request: Request, cat: str, page: int) -> str:
    cat_res = f"{VI}/tin-tuc/{cat}"
    items = category_items(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    body = list_fragment(cat, page) if page <= pages else ""
    if not body:
        body = '<p class="cmp-newslist__empty">Không có dữ liệu</p>'
    more = ""
    if page < pages:
        more = (
            f'<button type="button" class="cmp-newslist__more" data-cmp-list-url="{cat_res}'
            f'{JCR_ROOT}/list.page-{page + 1}.html" data-cmp-page="{page}" '
            f'data-cmp-pages="{pages}">Xem thêm</button>\n'
        )
    inner = (
        f'<div id="newslist-{hid(cat_res, "list")}" class="cmp-newslist" data-cmp-is="newslist">\n'
        f'<div class="cmp-newslist__items">\n{body}\n</div>\n{more}'
        + (pager(cat_res, min(page, pages), pages) if pages > 1 else "")
        + "\n</div>"
    )
    comps = [
        breadcrumb(cat_res, [("Trang chủ", VI), ("Tin tức", f"{VI}/tin-tuc")]),
        title_comp(cat_res, CATS[cat]),
        Comp("list", "sgddt-quangninh/components/newslist", col("newslist", inner)),
    ]
    return shell(request, cat_res, title=CATS[cat], main=comps, template="category-page")


def landing_page(request: Request) -> str:
    key = f"{VI}/tin-tuc"
    comps = [breadcrumb(key, [("Trang chủ", VI)]), title_comp(key, "Tin tức")]
    for cat, label in CATS.items():
        arts = [i for i in category_items(cat) if isinstance(i, Article)][:3]
        comps.append(teaser_box(key, f"newsbox_{cat}", label, arts, f"{key}/{cat}.html"))
    return shell(request, key, title="Tin tức", main=comps, template="category-page")


def home_page(request: Request) -> str:
    key = VI
    slides = [(T1, "?wcmmode=disabled", "banner-tiep-cong-dan.jpg"), (H2, "", "banner-hkpd.jpg")]
    items = []
    for n, (art, suffix, banner) in enumerate(slides, 1):
        active = " cmp-carousel__item--active" if n == 1 else ""
        items.append(
            f'<div class="cmp-carousel__item{active}" role="tabpanel" '
            f'aria-label="Trang trình bày {n} trong số {len(slides)}" data-cmp-hook-carousel="item">\n'
            '<div class="teaser"><div class="cmp-teaser">\n'
            f'<div class="cmp-teaser__image"><div class="cmp-image"><img class="cmp-image__image" '
            f'src="{DAM}/banner/{banner}" alt=""/></div></div>\n'
            f'<div class="cmp-teaser__content"><h2 class="cmp-teaser__title">'
            f'<a class="cmp-teaser__title-link" href="{art.long}{suffix}">{esc(art.story.title)}</a>'
            "</h2></div>\n</div></div>\n</div>"
        )
    carousel = col(
        "carousel",
        f'<div id="carousel-{hid(key, "carousel")}" class="cmp-carousel" role="group" '
        'aria-live="polite" aria-roledescription="carousel" data-cmp-is="carousel" '
        'data-cmp-autoplay data-cmp-delay="5000">\n<div class="cmp-carousel__content">\n'
        + "\n".join(items)
        + '\n<div class="cmp-carousel__actions">\n'
        '<button class="cmp-carousel__action cmp-carousel__action--previous" type="button" '
        'aria-label="Trước" data-cmp-hook-carousel="previous"><span class="cmp-carousel__action-text">Trước</span></button>\n'
        '<button class="cmp-carousel__action cmp-carousel__action--next" type="button" '
        'aria-label="Sau" data-cmp-hook-carousel="next"><span class="cmp-carousel__action-text">Sau</span></button>\n'
        "</div>\n</div>\n</div>",
    )
    comps = [
        Comp("carousel", "sgddt-quangninh/components/carousel", carousel),
        teaser_box(key, "newsbox_noibat", "Tin nổi bật", newest(ARTICLES)[:5]),
        teaser_box(
            key,
            "newsbox_thongbao",
            "Thông báo",
            category_items("thong-bao")[:4],
            f"{VI}/tin-tuc/thong-bao.html",
        ),
        teaser_box(
            key,
            "newsbox_cds",
            "Chuyển đổi số",
            category_items("chuyen-doi-so")[:3],
            f"{VI}/tin-tuc/chuyen-doi-so.html",
        ),
    ]
    return shell(
        request,
        key,
        title="Trang chủ",
        main=comps,
        template="home-page",
        description="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Quảng Ninh",
    )


def content_blocks(key: str, blocks: list[tuple[str, str]]) -> str:
    out: list[str] = []
    in_list = False
    for kind, value in blocks:
        if kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{esc(value)}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        out.append(f"<{kind}>{esc(value)}</{kind}>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def static_page(request: Request, key: str) -> str:
    title, blocks = STATIC[key]
    crumbs = [("Trang chủ", VI)]
    if "/gioi-thieu/" in key:
        crumbs.append(("Giới thiệu", f"{VI}/gioi-thieu"))
    comps = [
        breadcrumb(key, crumbs),
        title_comp(key, title),
        text_comp(key, "text", content_blocks(key, blocks)),
    ]
    if key.endswith("/lien-he"):
        comps.append(
            Comp(
                "embed",
                "sgddt-quangninh/components/embed",
                col(
                    "embed",
                    '<div class="cmp-embed"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12'
                    '!1m3!1d3724.1!2d107.08!3d20.95" width="100%" height="360" style="border:0;" '
                    'loading="lazy" title="Bản đồ"></iframe></div>',
                ),
            )
        )
    en_target = (
        f"{EN}/organisation"
        if key.endswith("co-cau-to-chuc")
        else (f"{EN}/about-us" if key.endswith("chuc-nang-nhiem-vu") else EN)
    )
    return shell(
        request, key, title=title, main=comps, template="content-page", en_target=en_target
    )


def intro_page(request: Request) -> str:
    key = f"{VI}/gioi-thieu"
    comps = [
        breadcrumb(key, [("Trang chủ", VI)]),
        title_comp(key, "Giới thiệu"),
        list_comp_static(key, [(label, res) for label, res in NAV[1][2]]),
    ]
    return shell(
        request,
        key,
        title="Giới thiệu",
        main=comps,
        template="content-page",
        en_target=f"{EN}/about-us",
    )


def list_comp_static(key: str, entries: list[tuple[str, str]]) -> Comp:
    items = "\n".join(
        f'<li class="cmp-list__item"><a class="cmp-list__item-link" href="{res}.html">'
        f'<span class="cmp-list__item-title">{esc(label)}</span></a></li>'
        for label, res in entries
    )
    return Comp(
        "list",
        "sgddt-quangninh/components/list",
        col("list", f'<ul class="cmp-list">\n{items}\n</ul>'),
    )


def doc_res(doc: dict) -> str:
    return f"{VI}/van-ban/2026/{doc['slug']}"


def doclist_page(request: Request) -> str:
    key = f"{VI}/van-ban"
    rows = "\n".join(
        f'<tr><td><a href="{doc_res(d)}.html">{esc(d["number"])}</a></td><td>{d["day"]}</td>'
        f"<td>{esc(d['abstract'])}</td>"
        f'<td><a href="{d["pdf"]}" target="_blank" class="cmp-doclist__download">Tải về</a></td></tr>'
        for d in DOCS
    )
    table = (
        '<div class="cmp-doclist">\n<table class="cmp-doclist__table">\n'
        "<thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>\n"
        f"<tbody>\n{rows}\n</tbody>\n</table>\n</div>"
    )
    comps = [
        breadcrumb(key, [("Trang chủ", VI)]),
        title_comp(key, "Văn bản chỉ đạo, điều hành"),
        Comp("doclist", "sgddt-quangninh/components/doclist", col("doclist", table)),
    ]
    return shell(
        request, key, title="Văn bản chỉ đạo, điều hành", main=comps, template="category-page"
    )


def doc_page(request: Request, doc: dict) -> str:
    key = doc_res(doc)
    title = f"{doc['kind']} số {doc['number']}"
    table = (
        '<div class="cmp-docdetail">\n<table class="cmp-docdetail__table">\n<tbody>\n'
        f"<tr><th>Số/Ký hiệu</th><td>{esc(doc['number'])}</td></tr>\n"
        f"<tr><th>Loại văn bản</th><td>{esc(doc['kind'])}</td></tr>\n"
        f"<tr><th>Ngày ban hành</th><td>{doc['day']}</td></tr>\n"
        f"<tr><th>Người ký</th><td>{esc(doc['signer'])}</td></tr>\n"
        f"<tr><th>Trích yếu</th><td>{esc(doc['abstract'])}</td></tr>\n"
        f'<tr><th>Tệp đính kèm</th><td><a href="{doc["pdf"]}" target="_blank">'
        f"{doc['pdf'].rsplit('/', 1)[1]}</a></td></tr>\n</tbody>\n</table>\n</div>"
    )
    comps = [
        breadcrumb(key, [("Trang chủ", VI), ("Văn bản", f"{VI}/van-ban")]),
        title_comp(key, title),
        Comp("docdetail", "sgddt-quangninh/components/docdetail", col("docdetail", table)),
    ]
    return shell(request, key, title=title, main=comps, template="document-page")


def albums_page(request: Request) -> str:
    key = f"{VI}/thu-vien-anh"
    inner = (
        '<div class="cmp-albumlist">\n<div class="teaser"><div class="cmp-teaser">\n'
        f'<div class="cmp-teaser__image"><div class="cmp-image"><img class="cmp-image__image" '
        f'src="{DAM}/thu-vien-anh/2026/hkpd/{ALBUM_PHOTOS[0][0]}" alt=""/></div></div>\n'
        '<div class="cmp-teaser__content"><h3 class="cmp-teaser__title">'
        f'<a class="cmp-teaser__title-link" href="{ALBUM_RES}.html">Hội khỏe Phù Đổng tỉnh Quảng Ninh '
        f'lần thứ XII</a></h3><span class="cmp-albumlist__count">{len(ALBUM_PHOTOS)} ảnh</span></div>\n'
        "</div></div>\n</div>"
    )
    comps = [
        breadcrumb(key, [("Trang chủ", VI)]),
        title_comp(key, "Thư viện ảnh"),
        Comp("albumlist", "sgddt-quangninh/components/albumlist", col("albumlist", inner)),
    ]
    return shell(request, key, title="Thư viện ảnh", main=comps, template="category-page")


def album_page(request: Request) -> str:
    key = ALBUM_RES
    title = "Hội khỏe Phù Đổng tỉnh Quảng Ninh lần thứ XII"
    slides = []
    for n, (file, caption) in enumerate(ALBUM_PHOTOS, 1):
        src = f"{DAM}/thu-vien-anh/2026/hkpd/{file}"
        active = " cmp-carousel__item--active" if n == 1 else ""
        slides.append(
            f'<div class="cmp-carousel__item{active}" role="tabpanel" '
            f'aria-label="Trang trình bày {n} trong số {len(ALBUM_PHOTOS)}" data-cmp-hook-carousel="item">\n'
            f'<div class="image"><div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject">\n'
            f'<img src="{src}" class="cmp-image__image" itemprop="contentUrl" alt="{esc(caption)}"/>\n'
            f'<span class="cmp-image__title" itemprop="caption">{esc(caption)}</span>\n'
            f'<a class="cmp-album__download" href="{src}" download>Tải ảnh gốc</a>\n</div></div>\n</div>'
        )
    carousel = col(
        "carousel cmp-carousel--album",
        f'<div id="carousel-{hid(key, "album")}" class="cmp-carousel" role="group" '
        'aria-roledescription="carousel" data-cmp-is="carousel">\n<div class="cmp-carousel__content">\n'
        + "\n".join(slides)
        + "\n</div>\n</div>",
    )
    comps = [
        breadcrumb(key, [("Trang chủ", VI), ("Thư viện ảnh", f"{VI}/thu-vien-anh")]),
        title_comp(key, title),
        Comp(
            "album_meta",
            "sgddt-quangninh/components/album-meta",
            col(
                "album-meta",
                f'<div class="cmp-album-meta">Ngày đăng: 21/11/2026 | {len(ALBUM_PHOTOS)} ảnh</div>',
            ),
        ),
        Comp("carousel", "sgddt-quangninh/components/carousel", carousel),
    ]
    return shell(request, key, title=title, main=comps, template="album-page")


def en_page(request: Request, key: str) -> str:
    title, blocks = EN_PAGES[key]
    comps = [title_comp(key, title), text_comp(key, "text", content_blocks(key, blocks))]
    return shell(
        request, key, title=title, main=comps, template="content-page", lang="en", side=False
    )


ERROR_RES = f"{VI}/errors/404"


def error_page(request: Request) -> str:
    comps = [
        title_comp(ERROR_RES, "Không tìm thấy trang"),
        text_comp(
            ERROR_RES,
            "text",
            "<p>Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p>\n"
            f'<p>Vui lòng quay lại <a href="{VI}.html">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</p>',
        ),
    ]
    return shell(
        request, ERROR_RES, title="Không tìm thấy trang", main=comps, template="content-page"
    )


# --- JSON, sitemap, search -------------------------------------------------------------------


def model_json(
    request: Request,
    key: str,
    comps: list[Comp],
    title: str,
    template: str,
    modified: datetime | None,
) -> Response:
    items = {c.name: {":type": c.rtype, **c.props} for c in comps}
    order = [c.name for c in comps]
    stamp = int((modified or datetime(2026, 11, 20, 10, 12, tzinfo=UTC)).timestamp() * 1000)
    model = {
        "designPath": "/libs/settings/wcm/designs/default",
        "title": title,
        "lastModifiedDate": stamp,
        "templateName": template,
        "cssClassNames": "page basicpage",
        "language": "vi" if key.startswith(VI) else "en",
        ":itemsOrder": ["root"],
        ":items": {
            "root": {
                ":itemsOrder": ["container"],
                ":items": {
                    "container": {
                        ":itemsOrder": ["container"],
                        ":items": {
                            "container": {
                                ":itemsOrder": order,
                                ":items": items,
                                ":type": "sgddt-quangninh/components/container",
                            }
                        },
                        ":type": "sgddt-quangninh/components/container",
                    }
                },
                ":type": "sgddt-quangninh/components/container",
            }
        },
        ":path": key,
        ":hierarchyType": "page",
        ":type": "sgddt-quangninh/components/page",
    }
    return Response(
        200,
        json.dumps(model, ensure_ascii=False, indent=None),
        {"Content-Type": "application/json;charset=utf-8"},
    )


def sitemap(request: Request) -> Response:
    base = base_url(request)
    entries: list[tuple[str, str]] = [
        (VI, "2026-11-24"),
        (f"{VI}/tin-tuc", "2026-11-24"),
        *[(f"{VI}/tin-tuc/{cat}", "2026-11-24") for cat in CATS],
    ]
    entries += [(a.res, a.modified.date().isoformat()) for a in newest(ARTICLES)]
    entries += [(f"{VI}/gioi-thieu", "2024-09-12"), *[(k, "2025-07-15") for k in STATIC]]
    entries += [(f"{VI}/van-ban", "2026-10-20"), *[(doc_res(d), "2026-10-20") for d in DOCS]]
    entries += [(f"{VI}/thu-vien-anh", "2026-11-21"), (ALBUM_RES, "2026-11-21")]
    urls = "\n".join(
        f"<url><loc>{base}{short_of(res)}</loc><lastmod>{day}</lastmod></url>"
        for res, day in entries
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'
    )
    return Response(200, body, {"Content-Type": "application/xml;charset=utf-8"})


SEARCH_PER_PAGE = 5


def search(request: Request) -> Response:
    params = request.params
    q = params.get("q", "").strip()
    try:
        page = max(1, int(params.get("page", "1")))
    except ValueError:
        page = 1
    needle = q.casefold()
    hits = [
        a
        for a in newest(ARTICLES)
        if needle
        and (needle in a.story.title.casefold() or any(needle == t.casefold() for t in a.tags))
    ]
    chunk = hits[(page - 1) * SEARCH_PER_PAGE : page * SEARCH_PER_PAGE]
    rows = "\n".join(
        '<li class="search-result">'
        f'<a class="search-result__title" href="{a.long}">{esc(a.story.title)}</a>'
        f'<span class="search-result__date">{dmy(a.published)}</span>'
        f'<p class="search-result__excerpt">{esc(a.story.paragraphs[0][:160])}…</p></li>'
        for a in chunk
    )
    if not rows:
        rows = '<li class="search-result search-result--empty">Không tìm thấy kết quả phù hợp.</li>'
    qs = quote_plus(q)
    prev = (
        f'<a class="search-pager__prev" href="/bin/sgddt/search?q={qs}&amp;page={page - 1}">Trang trước</a> '
        if page > 1
        else ""
    )
    body = (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"/>'
        f"<title>Kết quả tìm kiếm: {esc(q)}</title>"
        '<meta name="robots" content="noindex"/></head>\n<body class="search-servlet">\n'
        f'<div class="search-summary">Kết quả tìm kiếm cho “{esc(q)}” - trang {page}</div>\n'
        f'<ul class="search-results">\n{rows}\n</ul>\n'
        f'<div class="search-pager">{prev}'
        f'<a class="search-pager__next" href="/bin/sgddt/search?q={qs}&amp;page={page + 1}">Trang sau</a>'
        "</div>\n</body></html>"
    )
    return html(body)


# --- the site: Sling resolution behind the Dispatcher ------------------------------------------


class AemSite:
    """Resolves a request as the Dispatcher, /etc/map and Sling do."""

    def __init__(self) -> None:
        self.articles = {a.res: a for a in ARTICLES}
        self.docs = {doc_res(d): d for d in DOCS}
        self.year_folders = {
            f"{VI}/tin-tuc/{a.story.cat}/{a.year}": f"{VI}/tin-tuc/{a.story.cat}" for a in ARTICLES
        }

    # which resources are pages, and how each renders: (html(request, selectors), comps, title, template, modified)
    def page(
        self, key: str, request: Request, selectors: list[str]
    ) -> tuple[str, list[Comp], str, str, datetime | None] | None:
        base = base_url(request)
        if key in self.articles:
            art = self.articles[key]
            out = print_page(request, art) if "print" in selectors else article_page(request, art)
            return out, article_main(art, base), art.story.title, "article-page", art.modified
        if key == VI:
            return home_page(request), [], "Trang chủ", "home-page", None
        if key == f"{VI}/tin-tuc":
            return landing_page(request), [], "Tin tức", "category-page", None
        for cat in CATS:
            if key == f"{VI}/tin-tuc/{cat}":
                page = 1
                for sel in selectors:
                    m = re.fullmatch(r"page-(\d+)", sel)
                    if m:
                        page = max(1, int(m.group(1)))
                comps = [title_comp(key, CATS[cat])]
                return category_page(request, cat, page), comps, CATS[cat], "category-page", None
        if key in STATIC:
            title, _ = STATIC[key]
            return static_page(request, key), [title_comp(key, title)], title, "content-page", None
        if key == f"{VI}/gioi-thieu":
            return intro_page(request), [], "Giới thiệu", "content-page", None
        if key == f"{VI}/van-ban":
            return doclist_page(request), [], "Văn bản chỉ đạo, điều hành", "category-page", None
        if key in self.docs:
            return (
                doc_page(request, self.docs[key]),
                [],
                self.docs[key]["number"],
                "document-page",
                None,
            )
        if key == f"{VI}/thu-vien-anh":
            return albums_page(request), [], "Thư viện ảnh", "category-page", None
        if key == ALBUM_RES:
            return album_page(request), [], "Hội khỏe Phù Đổng", "album-page", None
        if key in EN_PAGES:
            title, _ = EN_PAGES[key]
            return en_page(request, key), [title_comp(key, title)], title, "content-page", None
        if key == ERROR_RES:
            return error_page(request), [], "Không tìm thấy trang", "content-page", None
        return None

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(f"{VI}.html", 302)
        if path == "/robots.txt":
            body = f"User-agent: *\nDisallow:\n\nSitemap: {base_url(request)}/vi.sitemap.xml\n"
            return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith("/etc.clientlibs/"):
            return static_file(path)
        if path.startswith("/bin/"):
            return search(request) if path == "/bin/sgddt/search" else None
        # /etc/map: the vanity form
        if path.startswith(("/vi/", "/en/", "/vi.", "/en.")):
            path = ROOT + path
        if not path.startswith(ROOT + "/") and not path.startswith("/content/dam/"):
            if path.startswith("/content/"):
                return html(error_page(request))
            return None
        if path.startswith("/content/dam/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path) or html(error_page(request))
        if "/_jcr_content/" in path:
            if ".coreimg" in path:
                return static_file(path)
            m = re.fullmatch(rf"(.+){re.escape(JCR_ROOT)}/list(?:\.page-(\d+))?\.html", path)
            if m:
                for cat in CATS:
                    if m.group(1) == f"{VI}/tin-tuc/{cat}":
                        return html(list_fragment(cat, int(m.group(2) or 1)))
            return html(error_page(request))
        head, _, last = path.rpartition("/")
        name, *rest = last.split(".")
        key = f"{head}/{name}"
        if not rest:
            return html(error_page(request))
        ext, selectors = rest[-1], rest[:-1]
        if path.endswith(".sitemap.xml") and key == VI:
            return sitemap(request)
        if key in self.year_folders and ext == "html":
            return redirect(f"{self.year_folders[key]}.html", 302)
        if key == ROOT:
            return redirect(f"{VI}.html", 302)
        found = self.page(key, request, selectors)
        if ext == "json":
            if selectors == ["model"] and found:
                _, comps, title, template, modified = found
                return model_json(request, key, comps, title, template, modified)
            return None
        if ext != "html":
            return None
        if found is None:
            return html(error_page(request))
        return html(found[0])


def build_site() -> AemSite:
    return AemSite()
