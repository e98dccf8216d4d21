"""Sở GD&ĐT tỉnh Quảng Ngãi, rebuilt in 2025 (after the province merged with Kon Tum) by a local
agency on Next.js 14 (App Router, server-rendered) over a Strapi headless CMS.

Platform
--------
Every page is one long server-rendered line of React output: ``<!-- -->`` between adjacent text
nodes, Tailwind utility classes next to the agency's own Vietnamese abbreviations (``ct-bv`` = chi
tiết bài viết, ``nd-bv`` = nội dung, ``tg-bv`` = tác giả, ``mo-ta`` = sapo, ``tin-lq`` = tin liên
quan, ``kh-`` = khối), ``next/image`` thumbnails (``/_next/image?url=%2Fuploads%2F…&w=…&q=75``) and,
at the end of ``<body>``, the React Server Components payload in
``<script>self.__next_f.push([1,"…"])</script>`` chunks, which repeats the Strapi data of the page
(article text, ``publishedAt`` in UTC, ``createdAt``, ``updatedAt`` …) as escaped JSON.

Strapi holds two kinds of article text and the agency renders both:

* ``noiDung`` — Strapi *Blocks* (JSON) rendered by the agency's components: ``<p class="rt-p …">``,
  ``<h3 class="rt-h">``, ``<ul class="rt-ul">``, ``<blockquote class="rt-qt">``, images as
  ``<figure class="rt-img"><img src="/uploads/large_…"><figcaption>`` where the figcaption is the
  media library's ``caption`` field; a soft line break inside a paragraph becomes ``<br/>``. The
  author field (``tacGia``) and the source field (``nguon``) are printed after the text.
* ``noiDungHtml`` — a CKEditor field editors paste Word documents into, printed with
  ``dangerouslySetInnerHTML``: ``<p style="text-align:justify"><span style="font-size:14pt">…``,
  ``&nbsp;`` after full stops, images as ``<p style="text-align:center"><img …></p>`` followed by
  an italic centred caption paragraph, tables whose cells hold ``<p>``, bylines typed as a
  right-aligned bold last paragraph.

URL scheme
----------
* ``/`` home: "Tin nổi bật" slider, "Tin mới", one box per category, notices, documents, media.
* ``/tin-tuc`` hub (3 latest per category); ``/tin-tuc/<cat>`` listing, 4 cards; the "Xem thêm"
  button is a Next ``<Link href="?page=2">`` and ``?page=N`` prints the first 4·N cards
  (load-more fallback: page 2 repeats page 1's cards and adds the rest).
* ``/tin-tuc/<cat>/<slug>-<id>`` article; ``<cat>`` must be one of the article's categories or the
  virtual ``tin-noi-bat`` (featured) category, the page itself is the same whatever ``<cat>`` is;
  an old slug with the right id answers 308 to the canonical URL; a trailing slash answers 308
  (Next's ``trailingSlash: false``); other query strings are ignored.
* ``/the/<tag>`` tag pages, ``/tim-kiem?q=`` search (GET form in the header).
* Non-articles: ``/gioi-thieu``, ``/gioi-thieu/co-cau-to-chuc``, ``/lien-he`` (POST form to
  ``/api/lien-he``), ``/van-ban`` (documents table) and one document entry
  ``/van-ban/2145-kh-sgddt`` (the other rows link their PDF), ``/thu-vien-anh`` and one album,
  ``/video`` and one video page, ``/lich-cong-tac`` (weekly schedule; ``?tuan=48..50`` linked, no
  further weeks linked).
* Unknown pages: Next's untouched default 404 ("404 | This page could not be found.").

How each gold article is reached
--------------------------------
Home "Tin mới" / category boxes / sidebars link the newest ones; ``giao-duc-trung-hoc`` and
``chuyen-doi-so`` and ``thong-bao`` listings hold all their articles on page 1. "Tin hoạt động"
holds 6 (5 of its own + one filed there secondarily): the two oldest (ids 1251 and 1238) are
linked nowhere but on ``/tin-tuc/tin-hoat-dong?page=2``. Id 1264 is otherwise reached by its tag
page and by an old-slug link (308) in id 1287's "Tin liên quan".

Traps
-----
1. Streamed article (React Suspense): for ids 1272, 1259 and 1243 the column prints a skeleton
   ("Đang tải nội dung…") and the real breadcrumb, headline, meta bar and text come at the end of
   ``<body>`` in ``<div hidden id="S:0">`` swapped in by ``$RC("B:0","S:0")``. Gold: that hidden
   div *is* the article (title, date, body, bylines); the skeleton text is nothing.
2. UTC timestamps: ``<time dateTime="2026-11-05T23:15:00.000Z">`` and ``article:published_time``
   are UTC (Strapi ``publishedAt``); the printed text is local time. Three articles were
   scheduled before 07:00 local, so the UTC date is the day before. Gold: the printed local time
   with +07:00 (``2026-11-06T06:15:00+07:00``); "Cập nhật" (updatedAt) and the payload's
   ``createdAt`` are not the publication.
3. One article, several URLs: a card links ``/tin-tuc/<danhMucs[0]>/…``, so id 1285 (filed under
   "Tin hoạt động" first, "Giáo dục Trung học - GDTX" as its main category) is linked under
   ``tin-hoat-dong`` from the home page and sidebars, and the featured slider links every
   featured article under ``/tin-tuc/tin-noi-bat/…``. All serve the same page whose
   ``<link rel="canonical">`` and breadcrumb name the main category. Gold: one record at the
   canonical path, the others in ``alt_paths``; category = the breadcrumb's (main) category.
4. Renamed slug / trailing slash: "Tin liên quan" entries are typed URLs (a Strapi component), so
   id 1287 still links id 1264 by its pre-edit slug with the pre-edit title (308 to the new URL);
   a "Xem thêm:" line in id 1246 links id 1243 with a trailing slash (308). Gold: the canonical
   path, the redirecting URLs listed in ``alt_paths``; the old title is not the title.
5. Media-library captions: Strapi fills an image's ``caption`` with its file name when the editor
   leaves it empty, so a figcaption reads ``z6043817265142_3b9f0e7c2a1d4e5f8a6b.jpg`` (a Zalo photo
   name). Gold: caption None. A figcaption "Ảnh: Hoàng Yến" only credits: caption None,
   photographer "Hoàng Yến". In the pasted HTML the caption is the italic centred paragraph
   after the image (its enclosing parentheses taken off, the house's convention; harmonised after
   the first crawl: the helper's spec had said kept) and is not body.
6. Bylines in three places: the ``tacGia`` field after the text ("Tin, ảnh: Hồ Văn Nam (Phòng
   QLCL)", a unit alone "Phòng GDMN-GDTH"), a typed right-aligned bold last paragraph ("ThS. Trần
   Văn Quang - Phó Trưởng phòng …", "Tin: X - Ảnh: Y", "BBT"), and the meta bar's CMS account
   "Người đăng: bientap.vp" / "admin". Gold per the house rules: the CMS account and "BBT" are
   nobody, degrees and posts are dropped, a unit signing alone is the author.
7. Word paste: one article (id 1238) is pasted in decomposed Unicode (NFD: tone marks as
   combining characters) with ``&nbsp;`` after full stops, spans in spans, and a results table
   (id 1259) whose cells each hold a ``<p>``. Gold: NFC text, one paragraph per table row with
   cells joined by " | ".
8. Text boundary: after the text come the "Tệp đính kèm" attachment list, a "File đính kèm:"
   line inside pasted text, "Xem thêm:" lines, tags ("Từ khóa"), share tools, "Tin liên quan";
   an empty trailing Blocks paragraph. None is body. A source is printed as "Theo Cổng TTĐT Bộ
   GD&ĐT" (source field) or "Nguồn: Báo Quảng Ngãi" (typed), while a body sentence opens with
   "Theo kế hoạch, …" (text, not source).
9. SEO override: ``<title>`` and ``og:title`` come from Strapi's SEO component (shortened
   headline) and ``meta description`` from its description or an automatic 160-character excerpt
   of the text. Gold title = the ``<h1>``; summary = the ``mo-ta`` sapo element or a bold lead
   paragraph only, null where there is neither.
10. Load-more pagination: the only route to ids 1251 and 1238 is the query-only link
    ``href="?page=2"`` ("Xem thêm"), whose page repeats the first four cards before adding the
    last two.

Gold decisions on ambiguous points
----------------------------------
* ``path`` = ``canonical_path`` = ``/tin-tuc/<main category>/<slug>-<id>``; every other linked URL
  that serves or redirects to the article is in ``alt_paths`` (also the 308 ones).
* Images: the ``src`` printed in the article text (Strapi's ``large_`` format for Blocks, the
  original upload for pasted HTML); thumbnails, logos, ``og:image`` (the cover, never printed in
  the article) are not article images.
* The ``mo-ta`` sapo is printed above the text in its own element: it is the summary and the
  body's first paragraph. In pasted HTML a first paragraph wholly in ``<strong>`` is the sapo.
* A paragraph split by ``<br/>`` ("Thời gian: …<br/>Địa điểm: …") is two paragraphs.
* Category names as the breadcrumb prints them ("Giáo dục Trung học - GDTX").
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "nextjs_strapi_sgddt"
PLATFORM = "Next.js 14 App Router (RSC) + Strapi headless CMS, agency components"
START_PATH = "/"

TODAY = "Thứ Bảy, 05/12/2026"
SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi"
SHORT = "Sở GD&ĐT Quảng Ngãi"
VN = timezone(timedelta(hours=7))
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
PAGE_SIZE = 4
BUILD_ID = "Xq7pL2mN9vB4cT1kR8sW3"

CATS: dict[str, str] = {
    "tin-hoat-dong": "Tin hoạt động",
    "giao-duc-mam-non-tieu-hoc": "Giáo dục Mầm non - Tiểu học",
    "giao-duc-trung-hoc": "Giáo dục Trung học - GDTX",
    "thong-bao": "Thông báo",
    "chuyen-doi-so": "Chuyển đổi số",
}
FEATURED_CAT = "tin-noi-bat"
TAGS: dict[str, str] = {
    "hoc-sinh": "Học sinh",
    "giao-vien": "Giáo viên",
    "chuyen-doi-so": "Chuyển đổi số",
    "kiem-dinh": "Kiểm định chất lượng",
}


@dataclass
class Art:
    """A Strapi ``bai-viet`` entry: the story plus what the CMS stores around it."""

    story: Story
    cats: list[str]  # danhMucs in relation order; the card link uses the first
    main: str  # danhMucChinh: breadcrumb and canonical
    fmt: str  # "blocks" | "html"
    featured: bool = False
    streamed: bool = False
    tags: list[str] = field(default_factory=list)
    old_slug: str | None = None
    old_title: str | None = None
    poster: str = "bientap02"
    updated: str | None = None  # "dd/mm/yyyy HH:MM" local
    seo_title: str | None = None
    byline_field: str | None = None  # tacGia, printed after the text (Blocks only)
    source_field: str | None = None  # nguon, printed after the text (Blocks only)
    attachments: list[tuple[str, str]] = field(default_factory=list)  # (file, size)
    related: list[tuple[str, str]] = field(default_factory=list)  # typed (title, url)
    bold: list[str] = field(default_factory=list)  # phrases printed in <strong>

    @property
    def id(self) -> int:
        return self.story.id

    @property
    def url_slug(self) -> str:
        return f"{self.story.slug}-{self.id}"

    def url(self, cat: str | None = None) -> str:
        return f"/tin-tuc/{cat or self.main}/{self.url_slug}"

    @property
    def card_url(self) -> str:
        return self.url(self.cats[0])

    @property
    def local(self) -> datetime:
        return datetime.fromisoformat(self.story.published_at)

    @property
    def utc_iso(self) -> str:
        return self.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    @property
    def cover(self) -> str:
        imgs = self.story.images
        if not imgs:
            return "anh_dai_dien_mac_dinh_sgd_7c1e.jpg"
        return imgs[0].src.rsplit("/", 1)[1].removeprefix("large_")


def _u(name: str) -> str:
    return "/uploads/" + name


# --- the thirteen articles ------------------------------------------------------------------

A1287 = Art(
    Story(
        1287,
        "hoi-nghi-giao-ban-cong-tac-giao-duc-thang-11-2026-va-trien-khai-nhiem-vu-trong-tam-thang-12",
        "Hội nghị giao ban công tác giáo dục tháng 11/2026 và triển khai nhiệm vụ trọng tâm tháng 12",
        "tin-hoat-dong",
        "2026-12-02T08:45:00+07:00",
        [
            P(
                "Dự hội nghị có đồng chí Võ Thanh Bình, Giám đốc Sở GD&ĐT; các đồng chí Phó Giám "
                "đốc Sở; lãnh đạo các phòng chuyên môn thuộc Sở; hiệu trưởng các trường THPT, "
                "trung tâm GDNN-GDTX và đại diện lãnh đạo UBND các xã, phường."
            ),
            Img(
                _u("large_hoi_nghi_giao_ban_t11_01_5c2e9a71b3.jpg"),
                "Đồng chí Võ Thanh Bình, Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "Đồng chí Võ Thanh Bình, Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
            ),
            P(
                "Theo báo cáo tại hội nghị, trong tháng 11/2026, toàn ngành đã tổ chức thành công "
                "các hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026); "
                "hoàn thành kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 với 1.146 thí sinh dự thi; "
                "100% cơ sở giáo dục đã cập nhật dữ liệu lên hệ thống cơ sở dữ liệu ngành đúng "
                "thời hạn."
            ),
            P(
                "Bên cạnh kết quả đạt được, công tác sắp xếp, bố trí đội ngũ giáo viên tại một số "
                "xã khu vực phía Tây còn gặp khó khăn; tình trạng thiếu giáo viên Tin học, Tiếng "
                "Anh, Nghệ thuật ở cấp tiểu học chưa được khắc phục triệt để."
            ),
            Img(
                _u("large_z6043817265142_3b9f0e7c2a1d4e5f8a6b_1f0d.jpg"),
                "z6043817265142_3b9f0e7c2a1d4e5f8a6b.jpg",
                None,
            ),
            P("Nhiệm vụ trọng tâm tháng 12/2026", "h3"),
            P(
                "Tổ chức kiểm tra, đánh giá giữa học kỳ I theo đúng quy định tại Thông tư số "
                "22/2021/TT-BGDĐT và Thông tư số 27/2020/TT-BGDĐT;",
                "li",
            ),
            P("Hoàn thành tuyển dụng viên chức giáo dục đợt 2 năm 2026;", "li"),
            P(
                "Chuẩn bị các điều kiện tham dự kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027.",
                "li",
            ),
            P(
                "Phát biểu kết luận, Giám đốc Sở Võ Thanh Bình đề nghị các đơn vị chủ động rà "
                "soát, đánh giá chất lượng giáo dục giữa kỳ, kịp thời có giải pháp phụ đạo học sinh "
                "yếu; tăng cường công tác phòng, chống thiên tai trong mùa mưa bão, bảo đảm an toàn "
                "tuyệt đối cho học sinh và giáo viên."
            ),
        ],
        authors=["Văn phòng Sở"],
        summary=(
            "Sáng 02/12, Sở GD&ĐT tổ chức hội nghị giao ban trực tuyến đánh giá kết quả công tác "
            "tháng 11/2026 và triển khai nhiệm vụ trọng tâm tháng 12/2026 với 112 điểm cầu tại "
            "các xã, phường và đơn vị trực thuộc."
        ),
        sapo_outside=True,
    ),
    cats=["tin-hoat-dong"],
    main="tin-hoat-dong",
    fmt="blocks",
    featured=True,
    tags=["kiem-dinh"],
    poster="bientap.vp",
    updated="03/12/2026 09:20",
    seo_title="Giao ban công tác giáo dục tháng 11/2026",
    byline_field="Văn phòng Sở",
    bold=["Giám đốc Sở Võ Thanh Bình"],
)

A1272 = Art(
    Story(
        1272,
        "khai-mac-hoi-khoe-phu-dong-tinh-quang-ngai-lan-thu-xii-nam-2026",
        "Khai mạc Hội khỏe Phù Đổng tỉnh Quảng Ngãi lần thứ XII năm 2026",
        "tin-hoat-dong",
        "2026-11-14T07:30:00+07:00",
        [
            P(
                "Đây là kỳ Hội khỏe Phù Đổng đầu tiên được tổ chức sau khi hợp nhất tỉnh Quảng "
                "Ngãi và tỉnh Kon Tum, là đợt sinh hoạt thể thao lớn nhất của học sinh toàn tỉnh, "
                "đồng thời là dịp tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng toàn quốc lần "
                "thứ XI năm 2028."
            ),
            Img(
                _u("large_khai_mac_hkpd_xii_2a7d1f40c9.jpg"),
                "Màn đồng diễn thể dục của 500 học sinh các trường trên địa bàn phường Cẩm Thành",
                "Màn đồng diễn thể dục của 500 học sinh các trường trên địa bàn phường Cẩm Thành",
            ),
            P(
                "Hội khỏe năm nay gồm 14 môn thi đấu: điền kinh, bơi lội, bóng đá, bóng chuyền, "
                "cầu lông, bóng bàn, cờ vua, võ cổ truyền, taekwondo, karate, đá cầu, kéo co, bắn "
                "nỏ và đẩy gậy; trong đó bắn nỏ và đẩy gậy là hai môn thể thao dân tộc lần đầu "
                "được đưa vào chương trình thi đấu."
            ),
            P(
                "Phát biểu khai mạc, đồng chí Nguyễn Thị Kim Liên, Phó Giám đốc Sở GD&ĐT, Trưởng "
                "ban tổ chức nhấn mạnh:"
            ),
            P(
                "“Mỗi vận động viên hãy thi đấu bằng tinh thần trung thực, đoàn kết, cao thượng "
                "để Hội khỏe Phù Đổng thực sự là ngày hội của tuổi trẻ học đường.”",
                "quote",
            ),
            Img(
                _u("large_hkpd_xii_thi_dau_keo_co_91bd3e62a8.jpg"),
                "Nội dung kéo co nữ cấp THCS thu hút đông đảo cổ động viên",
                "Nội dung kéo co nữ cấp THCS thu hút đông đảo cổ động viên",
            ),
            P(
                "Các nội dung thi đấu diễn ra từ ngày 14/11 đến ngày 22/11/2026 tại 6 địa điểm "
                "thuộc phường Cẩm Thành, phường Nghĩa Lộ và phường Kon Tum."
            ),
        ],
        authors=["Lê Thị Hạnh"],
        photographers=["Lê Thị Hạnh"],
        summary=(
            "Tối 13/11, tại Nhà thi đấu thể dục thể thao tỉnh, Sở GD&ĐT phối hợp với Sở Văn "
            "hóa, Thể thao và Du lịch tổ chức khai mạc Hội khỏe Phù Đổng tỉnh Quảng Ngãi lần thứ "
            "XII năm 2026 với sự tham gia của hơn 2.300 vận động viên là học sinh đến từ 87 đơn "
            "vị."
        ),
        sapo_outside=True,
    ),
    cats=["tin-hoat-dong"],
    main="tin-hoat-dong",
    fmt="blocks",
    featured=True,
    streamed=True,
    tags=["hoc-sinh"],
    seo_title="Khai mạc Hội khỏe Phù Đổng tỉnh lần thứ XII",
    byline_field="Tin, ảnh: Lê Thị Hạnh",
    related=[
        (
            "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 diễn ra nghiêm túc, an toàn",
            "/tin-tuc/giao-duc-trung-hoc/ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027-dien-ra-nghiem-tuc-an-toan-1285",
        )
    ],
)

A1264 = Art(
    Story(
        1264,
        "tap-huan-cong-tac-kiem-dinh-chat-luong-giao-duc-va-danh-gia-ngoai-nam-2026",
        "Tập huấn công tác kiểm định chất lượng giáo dục và đánh giá ngoài năm 2026",
        "tin-hoat-dong",
        "2026-11-06T06:15:00+07:00",
        [
            P(
                "Từ ngày 04/11 đến ngày 06/11/2026, Sở GD&ĐT tổ chức lớp tập huấn công tác tự đánh "
                "giá, đánh giá ngoài và công nhận trường đạt chuẩn quốc gia cho hơn 250 cán bộ quản "
                "lý các cơ sở giáo dục mầm non, phổ thông trên địa bàn tỉnh.",
                "lead",
            ),
            Img(
                _u("tap_huan_kiem_dinh_0411_e41c7b.jpg"),
                "(Quang cảnh buổi khai mạc lớp tập huấn)",
                "Quang cảnh buổi khai mạc lớp tập huấn",  # (enclosing parentheses off: the house's form)
            ),
            P(
                "Tại lớp tập huấn, các học viên được báo cáo viên của Cục Quản lý chất lượng, Bộ "
                "GD&ĐT hướng dẫn quy trình tự đánh giá theo Thông tư số 17/2018/TT-BGDĐT, Thông tư "
                "số 18/2018/TT-BGDĐT và Thông tư số 19/2018/TT-BGDĐT; cách thu thập, mã hóa minh "
                "chứng và viết báo cáo tự đánh giá trên phần mềm kiểm định chất lượng giáo dục."
            ),
            P(
                "Các học viên cũng được thực hành đánh giá ngoài theo nhóm tại Trường Tiểu học "
                "Nghĩa Lộ và Trường THCS Cẩm Thành, qua đó nắm vững kỹ năng phỏng vấn, quan sát, "
                "nghiên cứu hồ sơ."
            ),
            P(
                "Hiện nay, toàn tỉnh có 612/843 trường mầm non, phổ thông đạt chuẩn quốc gia, đạt "
                "tỷ lệ 72,6%. Năm 2026, Sở GD&ĐT phấn đấu có thêm ít nhất 35 trường được công nhận "
                "đạt chuẩn quốc gia, trong đó ưu tiên các trường vùng đồng bào dân tộc thiểu số và "
                "miền núi."
            ),
            Raw(
                '<p><em><strong>Xem thêm:</strong> <a href="https://moet.gov.vn/van-ban/vbdh/Pages/chi-tiet-van-ban.aspx?ItemID=1380">'
                "Thông tư số 17/2018/TT-BGDĐT ban hành quy định về kiểm định chất lượng giáo dục "
                "và công nhận đạt chuẩn quốc gia đối với trường tiểu học</a></em></p>"
            ),
            Raw(
                '<p style="text-align:right"><strong>ThS. Trần Văn Quang - Phó Trưởng phòng Quản '
                "lý chất lượng</strong></p>"
            ),
        ],
        authors=["Trần Văn Quang"],
        summary=(
            "Từ ngày 04/11 đến ngày 06/11/2026, Sở GD&ĐT tổ chức lớp tập huấn công tác tự đánh "
            "giá, đánh giá ngoài và công nhận trường đạt chuẩn quốc gia cho hơn 250 cán bộ quản lý "
            "các cơ sở giáo dục mầm non, phổ thông trên địa bàn tỉnh."
        ),
    ),
    cats=["tin-hoat-dong"],
    main="tin-hoat-dong",
    fmt="html",
    tags=["kiem-dinh"],
    old_slug="tap-huan-kiem-dinh-chat-luong-giao-duc-nam-2026",
    old_title="Tập huấn kiểm định chất lượng giáo dục năm 2026",
    poster="qlcl.sgd",
    updated="07/11/2026 15:02",
)

A1251 = Art(
    Story(
        1251,
        "doan-cong-tac-bo-gd-dt-kiem-tra-dieu-kien-bao-dam-chat-luong-day-hoc-tai-cac-xa-khu-vuc-phia-tay",
        "Đoàn công tác Bộ GD&ĐT kiểm tra điều kiện bảo đảm chất lượng dạy học tại các xã khu vực phía Tây",
        "tin-hoat-dong",
        "2026-10-22T15:20:00+07:00",
        [
            P(
                "Ngày 21 và 22/10/2026, Đoàn công tác của Bộ GD&ĐT do ông Lê Đức Thịnh, Phó Vụ "
                "trưởng Vụ Giáo dục Phổ thông làm trưởng đoàn đã kiểm tra điều kiện bảo đảm chất "
                "lượng thực hiện Chương trình giáo dục phổ thông 2018 tại các xã Măng Đen, Đăk Tô, "
                "Kon Plông và Sơn Tây."
            ),
            Img(
                _u("doan_bo_kiem_tra_mang_den_7f3a.jpg"),
                "Đoàn công tác kiểm tra cơ sở vật chất tại Trường PTDTBT THCS Măng Đen",
                "Đoàn công tác kiểm tra cơ sở vật chất tại Trường PTDTBT THCS Măng Đen",
            ),
            P(
                "Tại các điểm trường, đoàn đã kiểm tra thực tế phòng học bộ môn, thiết bị dạy học "
                "tối thiểu, nhà ở bán trú cho học sinh và làm việc với cán bộ quản lý, giáo viên về "
                "những khó khăn trong việc dạy học môn Tin học, Công nghệ, Nghệ thuật."
            ),
            P(
                "Báo cáo với đoàn, lãnh đạo Sở GD&ĐT cho biết, sau khi hợp nhất, tỉnh có 53 trường "
                "phổ thông dân tộc bán trú và 11 trường phổ thông dân tộc nội trú với hơn 19.600 "
                "học sinh; tỷ lệ phòng học kiên cố ở khu vực phía Tây đạt 81,4%, thấp hơn mức trung "
                "bình chung của tỉnh."
            ),
            Img(
                _u("doan_bo_lam_viec_so_gddt_c29e.jpg"),
                "Ông Lê Đức Thịnh phát biểu tại buổi làm việc với Sở GD&ĐT",
                "Ông Lê Đức Thịnh phát biểu tại buổi làm việc với Sở GD&ĐT",
            ),
            P(
                "Kết luận buổi làm việc, trưởng đoàn ghi nhận những nỗ lực của ngành giáo dục tỉnh "
                "trong điều kiện còn nhiều khó khăn, đồng thời đề nghị Sở tiếp tục tham mưu UBND "
                "tỉnh ưu tiên nguồn lực đầu tư nhà ở bán trú, nhà công vụ giáo viên và bổ sung "
                "thiết bị dạy học theo lộ trình."
            ),
            Raw(
                '<p style="text-align:right"><strong>Tin: Phạm Minh Tuấn - Ảnh: Đinh Công Lực</strong></p>'
            ),
        ],
        authors=["Phạm Minh Tuấn"],
        photographers=["Đinh Công Lực"],
    ),
    cats=["tin-hoat-dong"],
    main="tin-hoat-dong",
    fmt="html",
    seo_title="Đoàn Bộ GD&ĐT kiểm tra tại các xã phía Tây",
)

A1238 = Art(
    Story(
        1238,
        "trao-120-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        "Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        "tin-hoat-dong",
        "2026-10-09T09:00:00+07:00",
        [
            P(
                "Sáng 08/10, Sở GD&ĐT phối hợp với Báo Quảng Ngãi và Quỹ Khuyến học tỉnh tổ chức "
                "trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, "
                "vươn lên trong học tập.",
                "lead",
            ),
            P(
                "Mỗi suất học bổng trị giá 3 triệu đồng, tổng kinh phí 360 triệu đồng do các doanh "
                "nghiệp, nhà hảo tâm trong và ngoài tỉnh đóng góp. Các em nhận học bổng năm nay "
                "phần lớn là con em đồng bào dân tộc thiểu số ở các xã miền núi, học sinh mồ côi "
                "cha hoặc mẹ, gia đình thuộc diện hộ nghèo."
            ),
            Img(
                _u("trao_hoc_bong_tiep_suc_0810_aa41.jpg"),
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
            ),
            P(
                "Em Đinh Thị Hoa, học sinh lớp 11 Trường PTDTNT tỉnh, xúc động chia sẻ: “Suất học "
                "bổng giúp em có thêm điều kiện mua sách vở, đồ dùng học tập và tiền xe để về thăm "
                "nhà mỗi tháng. Em sẽ cố gắng học thật tốt để không phụ lòng thầy cô và các nhà hảo "
                "tâm”."
            ),
            P(
                "Chương trình “Tiếp sức đến trường” được duy trì liên tục từ năm 2009 đến nay, đã "
                "trao hơn 2.800 suất học bổng với tổng trị giá trên 6 tỷ đồng."
            ),
            Raw('<p style="text-align:right"><strong>Thanh Nhị</strong></p>'),
            Raw('<p style="text-align:right"><em>Nguồn: Báo Quảng Ngãi</em></p>'),
        ],
        authors=["Thanh Nhị"],
        source="Báo Quảng Ngãi",
        summary=(
            "Sáng 08/10, Sở GD&ĐT phối hợp với Báo Quảng Ngãi và Quỹ Khuyến học tỉnh tổ chức trao "
            "120 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, vươn lên "
            "trong học tập."
        ),
        opts={"nfd": True},
    ),
    cats=["tin-hoat-dong"],
    main="tin-hoat-dong",
    fmt="html",
    poster="bientap02",
)

A1282 = Art(
    Story(
        1282,
        "chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam-tai-cum-cac-xa-phia-dong",
        "Chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” tại cụm các xã phía Đông",
        "giao-duc-mam-non-tieu-hoc",
        "2026-11-27T14:00:00+07:00",
        [
            P(
                "Chuyên đề nhằm nâng cao năng lực tổ chức hoạt động giáo dục theo hướng lấy trẻ làm "
                "trung tâm, giúp giáo viên biết quan sát, lắng nghe và tạo cơ hội để trẻ được trải "
                "nghiệm, khám phá theo khả năng của mình."
            ),
            P(
                "Tham dự chuyên đề có hơn 180 cán bộ quản lý, giáo viên đến từ 24 trường mầm non. "
                "Nội dung chuyên đề gồm:"
            ),
            P("Tham quan môi trường giáo dục trong và ngoài lớp học;", "li"),
            P(
                "Dự 2 hoạt động minh họa: “Khám phá vòng đời của cây lúa” (lớp Mẫu giáo 5 - 6 "
                "tuổi) và “Bé làm bánh ít lá gai” (lớp Mẫu giáo 4 - 5 tuổi);",
                "li",
            ),
            P("Thảo luận, chia sẻ kinh nghiệm xây dựng kế hoạch giáo dục theo chủ đề.", "li"),
            Img(
                _u("large_chuyen_de_mn_hoa_sen_01_4e8b2d.jpg"),
                "Tiết dạy minh họa tại Trường Mầm non Hoa Sen, xã Bình Sơn",
                "Tiết dạy minh họa tại Trường Mầm non Hoa Sen, xã Bình Sơn",
            ),
            P(
                "Qua chuyên đề, các trường có cơ hội học hỏi cách bố trí các góc hoạt động mở, tận "
                "dụng nguyên vật liệu sẵn có ở địa phương như rơm, tre, vỏ sò để làm đồ dùng, đồ "
                "chơi cho trẻ."
            ),
            Img(_u("large_chuyen_de_mn_hoa_sen_02_91c7a0.jpg"), "Ảnh: Hoàng Yến", None),
            P(
                "Được biết, trong năm học 2026-2027, Sở GD&ĐT sẽ tiếp tục tổ chức chuyên đề này tại "
                "cụm các xã phía Tây và khu vực phường Kon Tum."
            ),
        ],
        authors=["Phòng GDMN-GDTH"],
        photographers=["Hoàng Yến"],
        summary=(
            "Ngày 26/11/2026, tại Trường Mầm non Hoa Sen (xã Bình Sơn), Sở GD&ĐT tổ chức chuyên đề "
            "“Xây dựng trường mầm non lấy trẻ làm trung tâm” cho cán bộ quản lý, giáo viên mầm non "
            "cụm các xã phía Đông."
        ),
        sapo_outside=True,
    ),
    cats=["giao-duc-mam-non-tieu-hoc"],
    main="giao-duc-mam-non-tieu-hoc",
    fmt="blocks",
    tags=["giao-vien"],
    poster="gdmn.sgd",
    byline_field="Phòng GDMN-GDTH",
    related=[
        (
            "Kết quả Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học năm học 2026-2027",
            "/tin-tuc/giao-duc-mam-non-tieu-hoc/ket-qua-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-tieu-hoc-nam-hoc-2026-2027-1259",
        )
    ],
)

A1259 = Art(
    Story(
        1259,
        "ket-qua-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-tieu-hoc-nam-hoc-2026-2027",
        "Kết quả Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học năm học 2026-2027",
        "giao-duc-mam-non-tieu-hoc",
        "2026-11-03T10:30:00+07:00",
        [
            P(
                "Từ ngày 20/10 đến ngày 31/10/2026, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp "
                "tỉnh bậc Tiểu học năm học 2026-2027. Tham gia hội thi có 214 giáo viên đến từ các "
                "trường tiểu học trên địa bàn tỉnh."
            ),
            P(
                "Mỗi giáo viên dự thi phải trình bày biện pháp nâng cao chất lượng giảng dạy và thực "
                "hiện 2 tiết dạy minh họa, trong đó có 1 tiết môn Tiếng Việt hoặc Toán và 1 tiết do "
                "giáo viên tự chọn."
            ),
            Img(
                _u("hoi_thi_gvdg_th_2026_b7e2.jpg"),
                "Một tiết dạy của giáo viên tham gia hội thi tại Trường Tiểu học Trần Phú",
                "Một tiết dạy của giáo viên tham gia hội thi tại Trường Tiểu học Trần Phú",
            ),
            P(
                "Kết quả, Ban tổ chức đã công nhận 168 giáo viên đạt danh hiệu giáo viên dạy giỏi "
                "cấp tỉnh, trong đó các đơn vị có số giáo viên đạt giải cao gồm:"
            ),
            P("TT | Đơn vị | Số GV dự thi | Số GV đạt", "th"),
            P("1 | Phường Cẩm Thành | 18 | 17", "tr"),
            P("2 | Phường Kon Tum | 16 | 14", "tr"),
            P("3 | Xã Bình Sơn | 12 | 10", "tr"),
            P("4 | Phường Đức Phổ | 11 | 9", "tr"),
            P(
                "Hội thi là dịp để giáo viên tiểu học giao lưu, học hỏi kinh nghiệm, đổi mới phương "
                "pháp dạy học theo định hướng phát triển phẩm chất, năng lực học sinh."
            ),
            Raw('<p style="text-align:right"><strong>BBT</strong></p>'),
        ],
    ),
    cats=["giao-duc-mam-non-tieu-hoc"],
    main="giao-duc-mam-non-tieu-hoc",
    fmt="html",
    streamed=True,
    tags=["giao-vien"],
    poster="gdmn.sgd",
    related=[
        (
            "Chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” tại cụm các xã phía Đông",
            "/tin-tuc/giao-duc-mam-non-tieu-hoc/chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam-tai-cum-cac-xa-phia-dong-1282",
        )
    ],
)

A1285 = Art(
    Story(
        1285,
        "ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027-dien-ra-nghiem-tuc-an-toan",
        "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 diễn ra nghiêm túc, an toàn",
        "giao-duc-trung-hoc",
        "2026-11-29T06:40:00+07:00",
        [
            P(
                "Kỳ thi được tổ chức ở 10 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, "
                "Lịch sử, Địa lí, Tiếng Anh và Giáo dục kinh tế và pháp luật. Các điểm thi đặt tại "
                "Trường THPT chuyên Lê Khiết, Trường THPT chuyên Nguyễn Tất Thành và Trường THPT "
                "Trần Quốc Tuấn."
            ),
            Img(
                _u("large_thi_hsg_12_le_khiet_3d0f8a.jpg"),
                "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT chuyên Lê Khiết",
                "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT chuyên Lê Khiết",
            ),
            P(
                "Theo ghi nhận của các đoàn kiểm tra, công tác coi thi được thực hiện đúng quy chế; "
                "100% phòng thi được lắp camera giám sát; không có thí sinh vi phạm quy chế thi. Tỷ "
                "lệ thí sinh dự thi đạt 99,4%."
            ),
            P(
                "Kết quả kỳ thi dự kiến được công bố trước ngày 20/12/2026. Trên cơ sở kết quả kỳ "
                "thi, Sở GD&ĐT sẽ tuyển chọn đội tuyển dự thi chọn học sinh giỏi quốc gia THPT năm "
                "2027."
            ),
        ],
        authors=["Hồ Văn Nam"],
        photographers=["Hồ Văn Nam"],
        summary=(
            "Trong hai ngày 27 và 28/11/2026, 1.146 thí sinh của 58 trường THPT và trung tâm "
            "GDNN-GDTX đã tham dự kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 tại "
            "3 điểm thi."
        ),
        sapo_outside=True,
    ),
    cats=["tin-hoat-dong", "giao-duc-trung-hoc"],
    main="giao-duc-trung-hoc",
    fmt="blocks",
    featured=True,
    tags=["hoc-sinh"],
    poster="gdtrh.sgd",
    updated="29/11/2026 10:47",
    seo_title="Thi HSG cấp tỉnh lớp 12 năm học 2026-2027",
    byline_field="Tin, ảnh: Hồ Văn Nam (Phòng QLCL)",
    related=[
        (
            "Khai mạc Hội khỏe Phù Đổng tỉnh Quảng Ngãi lần thứ XII năm 2026",
            "/tin-tuc/tin-hoat-dong/khai-mac-hoi-khoe-phu-dong-tinh-quang-ngai-lan-thu-xii-nam-2026-1272",
        )
    ],
)

A1246 = Art(
    Story(
        1246,
        "tap-huan-day-hoc-tich-hop-giao-duc-stem-cho-giao-vien-thcs-thpt",
        "Tập huấn dạy học tích hợp giáo dục STEM cho giáo viên THCS, THPT",
        "giao-duc-trung-hoc",
        "2026-10-17T08:00:00+07:00",
        [
            P(
                "Nhằm triển khai hiệu quả Công văn số 3089/BGDĐT-GDTrH của Bộ GD&ĐT về việc triển "
                "khai thực hiện giáo dục STEM trong giáo dục trung học, từ ngày 14 đến 16/10/2026, "
                "Sở GD&ĐT tổ chức tập huấn dạy học tích hợp giáo dục STEM cho 320 giáo viên cốt cán "
                "cấp THCS, THPT."
            ),
            P("Xây dựng chủ đề STEM gắn với thực tiễn địa phương", "h3"),
            P(
                "Tại lớp tập huấn, các báo cáo viên đã hướng dẫn giáo viên quy trình xây dựng bài "
                "học STEM gồm 5 bước: lựa chọn chủ đề, xác định vấn đề cần giải quyết, xây dựng tiêu "
                "chí sản phẩm, thiết kế tiến trình tổ chức hoạt động và đánh giá."
            ),
            Img(
                _u("tap_huan_stem_thpt_2026_5a91.jpg"),
                "Giáo viên thực hành lắp ráp mô hình hệ thống tưới tiết kiệm nước",
                "Giáo viên thực hành lắp ráp mô hình hệ thống tưới tiết kiệm nước",
            ),
            P(
                "Nhiều nhóm giáo viên đã thiết kế các chủ đề gắn với thực tiễn địa phương như: hệ "
                "thống cảnh báo sạt lở đất, máy sấy cà phê bằng năng lượng mặt trời, mô hình lọc "
                "nước nhiễm phèn cho vùng ven biển."
            ),
            P("Chú trọng đánh giá năng lực học sinh", "h3"),
            P(
                "Phát biểu bế mạc lớp tập huấn, bà Nguyễn Thị Kim Liên, Phó Giám đốc Sở GD&ĐT lưu ý:"
            ),
            P(
                "“Giáo dục STEM không phải là phong trào làm sản phẩm để đi thi, mà phải trở thành "
                "phương pháp dạy học thường xuyên trong từng tiết học, từng chủ đề.”",
                "quote",
            ),
            P(
                "Sau tập huấn, các giáo viên cốt cán có trách nhiệm tổ chức tập huấn lại cho giáo "
                "viên tại đơn vị trước ngày 15/11/2026."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/tin-tuc/chuyen-doi-so/truong-thpt-tran-quoc-tuan-ung-'
                'dung-tri-tue-nhan-tao-ho-tro-quan-ly-day-hoc-1243/">Trường THPT Trần Quốc Tuấn ứng '
                "dụng trí tuệ nhân tạo hỗ trợ quản lý, dạy học</a></em></p>"
            ),
            Raw('<p style="text-align:right"><strong>Phòng GDTrH-GDTX</strong></p>'),
        ],
        authors=["Phòng GDTrH-GDTX"],
    ),
    cats=["giao-duc-trung-hoc"],
    main="giao-duc-trung-hoc",
    fmt="html",
    tags=["chuyen-doi-so"],
    poster="gdtrh.sgd",
)

A1290 = Art(
    Story(
        1290,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2",
        "Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        "thong-bao",
        "2026-12-04T16:30:00+07:00",
        [
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển "
                "dụng, sử dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 của "
                "Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 115/2020/NĐ-CP;"
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2) "
                "đối với các trường THPT, trường phổ thông dân tộc nội trú và trung tâm GDNN-GDTX "
                "trực thuộc Sở như sau:"
            ),
            P("1. Chỉ tiêu tuyển dụng", "h3"),
            P(
                "Tổng chỉ tiêu: 86 người, trong đó: giáo viên THPT 71 chỉ tiêu; giáo viên giáo dục "
                "thường xuyên 9 chỉ tiêu; nhân viên thiết bị, thí nghiệm 6 chỉ tiêu (chi tiết tại phụ "
                "lục đính kèm)."
            ),
            P("2. Hồ sơ đăng ký dự tuyển", "h3"),
            P(
                "Phiếu đăng ký dự tuyển theo Mẫu số 01 ban hành kèm theo Nghị định số "
                "85/2023/NĐ-CP;",
                "oli",
            ),
            P(
                "Bản sao văn bằng, chứng chỉ và kết quả học tập theo yêu cầu của vị trí dự tuyển;",
                "oli",
            ),
            P("Giấy chứng nhận thuộc đối tượng ưu tiên (nếu có).", "oli"),
            P("3. Thời gian và địa điểm nhận hồ sơ", "h3"),
            P(
                "Thời gian: từ ngày 07/12/2026 đến 17 giờ 00 ngày 05/01/2027 (trong giờ hành chính)."
            ),
            P(
                "Địa điểm: Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo, số 164 Hùng Vương, phường "
                "Cẩm Thành, tỉnh Quảng Ngãi.",
                "br",
            ),
            P(
                "Mọi chi tiết xin liên hệ Phòng Tổ chức cán bộ, điện thoại: 0255.3822.915 để được "
                "hướng dẫn."
            ),
        ],
    ),
    cats=["thong-bao"],
    main="thong-bao",
    fmt="blocks",
    tags=["giao-vien"],
    poster="admin",
    attachments=[
        ("TB_tuyen_dung_VC_GD_2026_dot2_8d21c4.pdf", "312 KB"),
        ("Phu_luc_chi_tieu_tuyen_dung_2026_dot2_f03b9e.pdf", "148 KB"),
    ],
)

A1269 = Art(
    Story(
        1269,
        "lich-tiep-cong-dan-dinh-ky-cua-giam-doc-so-gd-dt-thang-11-2026",
        "Lịch tiếp công dân định kỳ của Giám đốc Sở GD&ĐT tháng 11/2026",
        "thong-bao",
        "2026-11-09T07:05:00+07:00",
        [
            P(
                "Thực hiện Luật Tiếp công dân năm 2013 và Nghị định số 64/2014/NĐ-CP của Chính phủ, "
                "Sở GD&ĐT thông báo lịch tiếp công dân định kỳ của Giám đốc Sở tháng 11/2026 như sau:"
            ),
            P("Thời gian: Từ 7 giờ 30 đến 11 giờ 00, thứ Năm ngày 19/11/2026."),
            P(
                "Địa điểm: Phòng tiếp công dân, Sở GD&ĐT, số 164 Hùng Vương, phường Cẩm Thành, "
                "tỉnh Quảng Ngãi.",
                "br",
            ),
            P(
                "Công dân có nhu cầu gặp Giám đốc Sở để phản ánh, kiến nghị về lĩnh vực giáo dục và "
                "đào tạo vui lòng đăng ký trước tại Văn phòng Sở (điện thoại: 0255.3822.607) và mang "
                "theo căn cước khi đến làm việc."
            ),
            Raw("<p>&nbsp;</p>"),
            Raw(
                '<p>File đính kèm: <a href="/uploads/TB_lich_tiep_cong_dan_T11_2026_5e7a.pdf">'
                "TB_lich_tiep_cong_dan_T11_2026.pdf</a></p>"
            ),
        ],
    ),
    cats=["thong-bao"],
    main="thong-bao",
    fmt="html",
    poster="bientap.vp",
)

A1274 = Art(
    Story(
        1274,
        "trien-khai-hoc-ba-so-doi-voi-hoc-sinh-tieu-hoc-va-trung-hoc-co-so-tu-nam-hoc-2026-2027",
        "Triển khai học bạ số đối với học sinh tiểu học và trung học cơ sở từ năm học 2026-2027",
        "chuyen-doi-so",
        "2026-11-20T11:10:00+07:00",
        [
            P(
                "Theo kế hoạch, từ năm học 2026-2027, 100% cơ sở giáo dục tiểu học và trung học cơ "
                "sở trên cả nước triển khai học bạ số; đối với cấp trung học phổ thông, việc triển "
                "khai được thực hiện từ năm học 2025-2026."
            ),
            P(
                "Học bạ số được lập trên phần mềm quản lý trường học, có giá trị pháp lý như học bạ "
                "giấy và được ký số bởi giáo viên chủ nhiệm, hiệu trưởng. Học bạ số được kết nối, "
                "chia sẻ với cơ sở dữ liệu ngành, giúp cha mẹ học sinh tra cứu thuận tiện và giảm "
                "thủ tục giấy tờ khi chuyển trường."
            ),
            Img(
                _u("large_hoc_ba_so_minh_hoa_0c4f7e.jpg"),
                "Giáo viên chủ nhiệm thực hiện ký số học bạ trên phần mềm quản lý trường học",
                "Giáo viên chủ nhiệm thực hiện ký số học bạ trên phần mềm quản lý trường học",
            ),
            P(
                "Bộ GD&ĐT đề nghị các sở GD&ĐT chỉ đạo các cơ sở giáo dục rà soát hạ tầng công nghệ "
                "thông tin, cấp chứng thư số cho giáo viên và cán bộ quản lý; tổ chức tập huấn sử "
                "dụng học bạ số trước ngày 31/12/2026."
            ),
        ],
        source="Cổng TTĐT Bộ GD&ĐT",
        summary=(
            "Bộ GD&ĐT vừa có văn bản hướng dẫn các địa phương mở rộng triển khai học bạ số đối với "
            "học sinh tiểu học và trung học cơ sở, hướng tới hoàn thành số hóa học bạ ở tất cả các "
            "cấp học phổ thông."
        ),
        sapo_outside=True,
    ),
    cats=["chuyen-doi-so"],
    main="chuyen-doi-so",
    fmt="blocks",
    tags=["chuyen-doi-so"],
    poster="bientap02",
    source_field="Theo Cổng TTĐT Bộ GD&ĐT",
    related=[
        (
            "Trường THPT Trần Quốc Tuấn ứng dụng trí tuệ nhân tạo hỗ trợ quản lý, dạy học",
            "/tin-tuc/chuyen-doi-so/truong-thpt-tran-quoc-tuan-ung-dung-tri-tue-nhan-tao-ho-tro-quan-ly-day-hoc-1243",
        )
    ],
)

A1243 = Art(
    Story(
        1243,
        "truong-thpt-tran-quoc-tuan-ung-dung-tri-tue-nhan-tao-ho-tro-quan-ly-day-hoc",
        "Trường THPT Trần Quốc Tuấn ứng dụng trí tuệ nhân tạo hỗ trợ quản lý, dạy học",
        "chuyen-doi-so",
        "2026-10-13T15:45:00+07:00",
        [
            P(
                "Từ đầu năm học 2026-2027, Trường THPT Trần Quốc Tuấn (phường Cẩm Thành) đưa vào sử "
                "dụng trợ lý ảo hỗ trợ giáo viên xây dựng ngân hàng câu hỏi, chấm bài trắc nghiệm và "
                "theo dõi chuyên cần của học sinh.",
                "lead",
            ),
            P(
                "Theo thầy Huỳnh Văn Tài, Hiệu trưởng nhà trường, trợ lý ảo được xây dựng trên nền "
                "tảng trí tuệ nhân tạo do một nhóm giáo viên Tin học của trường phối hợp với doanh "
                "nghiệp công nghệ phát triển. Giáo viên chỉ cần nhập yêu cầu cần đạt của bài học, hệ "
                "thống sẽ gợi ý các câu hỏi theo 4 mức độ nhận thức để giáo viên chọn lọc, chỉnh sửa."
            ),
            Img(
                _u("thpt_tqt_tro_ly_ao_01_d3b8.jpg"),
                "Giáo viên Trường THPT Trần Quốc Tuấn sử dụng trợ lý ảo để xây dựng đề kiểm tra",
                "Giáo viên Trường THPT Trần Quốc Tuấn sử dụng trợ lý ảo để xây dựng đề kiểm tra",
            ),
            P(
                "Sau hơn một tháng áp dụng, thời gian giáo viên soạn đề kiểm tra thường xuyên giảm "
                "khoảng 40%; việc điểm danh bằng nhận diện khuôn mặt giúp nhà trường nắm bắt kịp thời "
                "tình hình chuyên cần và thông tin đến cha mẹ học sinh qua ứng dụng liên lạc điện tử."
            ),
            P(
                "Nhà trường cũng xây dựng bộ quy tắc sử dụng trí tuệ nhân tạo có trách nhiệm, yêu cầu "
                "mọi sản phẩm do hệ thống tạo ra đều phải được giáo viên kiểm tra trước khi sử dụng."
            ),
            Raw(
                '<p style="text-align:right"><strong>Nguyễn Thị Thu Hà (Trường THPT Trần Quốc '
                "Tuấn)</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        summary=(
            "Từ đầu năm học 2026-2027, Trường THPT Trần Quốc Tuấn (phường Cẩm Thành) đưa vào sử dụng "
            "trợ lý ảo hỗ trợ giáo viên xây dựng ngân hàng câu hỏi, chấm bài trắc nghiệm và theo dõi "
            "chuyên cần của học sinh."
        ),
    ),
    cats=["chuyen-doi-so"],
    main="chuyen-doi-so",
    fmt="html",
    streamed=True,
    tags=["chuyen-doi-so"],
    poster="bientap02",
    related=[
        (
            "Triển khai học bạ số đối với học sinh tiểu học và trung học cơ sở từ năm học 2026-2027",
            "/tin-tuc/chuyen-doi-so/trien-khai-hoc-ba-so-doi-voi-hoc-sinh-tieu-hoc-va-trung-hoc-co-so-tu-nam-hoc-2026-2027-1274",
        )
    ],
)

A1287.related = [
    (A1264.old_title or "", f"/tin-tuc/tin-hoat-dong/{A1264.old_slug}-1264"),
    (A1269.story.title, A1269.url()),
]

ARTS: list[Art] = sorted(
    [A1287, A1272, A1264, A1251, A1238, A1282, A1259, A1285, A1246, A1290, A1269, A1274, A1243],
    key=lambda a: a.local,
    reverse=True,
)
BY_ID = {a.id: a for a in ARTS}
MOST_READ = [A1272, A1259, A1274, A1285, A1243]


def _alt_paths(art: Art) -> list[str]:
    alts = [art.url(c) for c in art.cats if c != art.main]
    if art.featured:
        alts.append(art.url(FEATURED_CAT))
    if art.old_slug:
        alts.append(f"/tin-tuc/{art.main}/{art.old_slug}-{art.id}")
    if art.id == 1243:
        alts.append(art.url() + "/")
    return alts


GOLD = [
    gold_record(a.story, a.url(), CATS[a.main], canonical_path=a.url(), alt_paths=_alt_paths(a))
    for a in ARTS
]

DOC_PATH = "/van-ban/2145-kh-sgddt"
ALBUM_PATH = "/thu-vien-anh/hoi-khoe-phu-dong-tinh-lan-thu-xii-nam-2026"
VIDEO_PATH = "/video/ban-tin-giao-duc-quang-ngai-thang-11-2026"
NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    DOC_PATH,
    ALBUM_PATH,
    VIDEO_PATH,
    "/lich-cong-tac",
]


# --- small renderers ------------------------------------------------------------------------


def _dmy(dt: datetime) -> str:
    return dt.strftime("%d/%m/%Y")


def _num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _img_next(src: str, alt: str, w: int, h: int, cls: str = "", lazy: bool = True) -> str:
    """What ``next/image`` prints: srcset through the optimizer, the original never."""
    q = quote(src, safe="")
    widths = [384, 640] if w <= 400 else [828, 1200]
    srcset = ", ".join(
        f"/_next/image?url={q}&amp;w={x}&amp;q=75 {i + 1}x" for i, x in enumerate(widths)
    )
    load = ' loading="lazy"' if lazy else ' fetchPriority="high"'
    return (
        f'<img alt="{esc(alt)}"{load} width="{w}" height="{h}" decoding="async" data-nimg="1" '
        f'class="{cls}" style="color:transparent" srcSet="{srcset}" '
        f'src="/_next/image?url={q}&amp;w={widths[-1]}&amp;q=75"/>'
    )


def _thumb(
    art: Art, w: int = 240, h: int = 160, cls: str = "w-full h-auto object-cover rounded"
) -> str:
    return _img_next(_u("thumbnail_" + art.cover), art.story.title, w, h, cls)


def _rsc_chunks(records: list[str]) -> str:
    """The React Server Components payload as Next 14 inlines it."""
    out = [
        "<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>"
    ]
    for rec in records:
        literal = json.dumps(rec + "\n", ensure_ascii=False).replace("<", "\\u003c")
        out.append(f"<script>self.__next_f.push([1,{literal}])</script>")
    return "".join(out)


_RC = (
    "<script>$RC=function(b,c,e){c=document.getElementById(c);c.parentNode.removeChild(c);var a="
    'document.getElementById(b);if(a){b=a.previousSibling;if(e)b.data="$!",a.setAttribute('
    '"data-dgst",e);else{e=b.parentNode;a=b.nextSibling;var f=0;do{if(a&&8===a.nodeType){var d='
    'a.data;if("/$"===d)if(0===f)break;else f--;else"$"!==d&&"$?"!==d&&"$!"!==d||f++}d=a.nextSibling'
    ';e.removeChild(a);a=d}while(a);for(;c.firstChild;)e.insertBefore(c.firstChild,a);b.data="$"}'
    'b._reactRetry&&b._reactRetry()}};$RC("B:0","S:0")</script>'
)

_SVG_CLOCK = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 24 24" fill="none" '
    'stroke="currentColor" stroke-width="2"><circle cx="12" cy="12" r="10"></circle>'
    '<polyline points="12 6 12 12 16 14"></polyline></svg>'
)


# --- chrome ---------------------------------------------------------------------------------


def _head(
    req: Request, title: str, path: str, desc: str, og_type: str = "website", extra: str = ""
) -> str:
    base = base_url(req)
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
        '<link rel="stylesheet" href="/_next/static/css/8f2c1d0a7b3e4f56.css" data-precedence="next"/>'
        '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-3b1f9e0c2d4a5b67.js"/>'
        '<script src="/_next/static/chunks/fd9d1056-2a8c4e1f0b3d5a79.js" async=""></script>'
        '<script src="/_next/static/chunks/117-8e4b2c6a1f3d0957.js" async=""></script>'
        '<script src="/_next/static/chunks/main-app-6c1a9e3b7f2d4058.js" async=""></script>'
        '<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" '
        'crossorigin="" type="font/woff2"/>'
        f"<title>{esc(title)} | {esc(SHORT)}</title>"
        f'<meta name="description" content="{esc(desc)}"/>'
        '<meta name="robots" content="index, follow"/>'
        f'<link rel="canonical" href="{base}{path}"/>'
        f'<meta property="og:title" content="{esc(title)}"/>'
        f'<meta property="og:description" content="{esc(desc)}"/>'
        f'<meta property="og:url" content="{base}{path}"/>'
        f'<meta property="og:site_name" content="{esc(SITE_NAME)}"/>'
        '<meta property="og:locale" content="vi_VN"/>'
        f"{extra}"
        f'<meta property="og:type" content="{og_type}"/>'
        '<meta name="twitter:card" content="summary_large_image"/>'
        '<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="32x32"/>'
        '<script src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js" noModule=""></script>'
        "</head>"
    )


def _menu_items(mobile: bool = False) -> str:
    sub_cls = (
        "pl-4"
        if mobile
        else (
            "absolute left-0 top-full z-40 hidden min-w-[240px] bg-white text-[#1f2937] shadow-lg group-hover:block"
        )
    )
    li_cls = "py-2 border-b" if mobile else "group relative"
    a_cls = "block px-4 py-3 text-white hover:bg-[#083d7a] uppercase text-[14px] font-semibold"
    sub_a = "block px-4 py-2 hover:bg-[#eef4fb] text-[14px]"
    cats = "".join(
        f'<li><a class="{sub_a}" href="/tin-tuc/{s}">{esc(n)}</a></li>' for s, n in CATS.items()
    )
    return (
        f'<li class="{li_cls}"><a class="{a_cls}" href="/">Trang chủ</a></li>'
        f'<li class="{li_cls}"><a class="{a_cls}" href="/gioi-thieu">Giới thiệu</a>'
        f'<ul class="{sub_cls}"><li><a class="{sub_a}" href="/gioi-thieu">Giới thiệu chung</a></li>'
        f'<li><a class="{sub_a}" href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li class="{li_cls}"><a class="{a_cls}" href="/tin-tuc">Tin tức - Sự kiện</a>'
        f'<ul class="{sub_cls}">{cats}</ul></li>'
        f'<li class="{li_cls}"><a class="{a_cls}" href="/van-ban">Văn bản</a></li>'
        f'<li class="{li_cls}"><span class="{a_cls} cursor-default">Thư viện</span>'
        f'<ul class="{sub_cls}"><li><a class="{sub_a}" href="/thu-vien-anh">Thư viện ảnh</a></li>'
        f'<li><a class="{sub_a}" href="/video">Video</a></li></ul></li>'
        f'<li class="{li_cls}"><a class="{a_cls}" href="/lich-cong-tac">Lịch công tác</a></li>'
        f'<li class="{li_cls}"><a class="{a_cls}" href="/lien-he">Liên hệ</a></li>'
    )


def _header() -> str:
    return (
        '<div class="bg-[#083d7a] text-white text-[13px]"><div class="container mx-auto flex items-center '
        f'justify-between px-3 py-1"><span class="tg-hn">{TODAY}</span><div class="flex gap-4">'
        '<a href="https://www.facebook.com/sogddtquangngai" target="_blank" rel="noopener noreferrer">Facebook</a>'
        '<a href="https://www.youtube.com/@sogddtquangngai" target="_blank" rel="noopener noreferrer">Youtube</a>'
        '<a href="mailto:sgddt@quangngai.gov.vn">Email</a></div></div></div>'
        '<header class="hdr-sgd bg-white"><div class="container mx-auto flex items-center gap-4 px-3 py-3">'
        '<a href="/" class="shrink-0">'
        + _img_next(
            "/images/logo-sgddt-qn.png",
            "Logo Sở GD&ĐT Quảng Ngãi",
            88,
            88,
            "h-[88px] w-auto",
            lazy=False,
        )
        + '</a><div class="leading-tight"><p class="uppercase text-[15px] text-[#374151]">Ủy ban nhân dân tỉnh '
        'Quảng Ngãi</p><p class="uppercase font-bold text-[26px] text-[#0b4f9c]">Sở Giáo dục và Đào tạo</p></div>'
        '<form action="/tim-kiem" method="get" class="ml-auto hidden md:flex border rounded-full overflow-hidden">'
        '<input type="search" name="q" placeholder="Tìm kiếm..." class="px-4 py-2 text-[14px] outline-none w-[240px]"/>'
        '<button type="submit" aria-label="Tìm kiếm" class="px-3 bg-[#0b4f9c] text-white">'
        '<svg width="16" height="16" viewBox="0 0 24 24"><circle cx="11" cy="11" r="8"></circle></svg>'
        '</button></form><button type="button" class="lg:hidden ml-auto" aria-label="Mở menu">☰</button>'
        "</div></header>"
        f'<nav class="mn-chinh bg-[#0b4f9c] hidden lg:block"><ul class="container mx-auto flex">{_menu_items()}</ul></nav>'
        '<div id="mb-menu" class="fixed inset-0 z-50 hidden bg-black/40 lg:hidden"><div class="w-[280px] h-full '
        f'bg-[#0b4f9c] overflow-y-auto"><ul class="px-2">{_menu_items(mobile=True)}</ul></div></div>'
        '<div class="tb-chay bg-[#fff7e6] border-y border-[#f5c26b]"><div class="container mx-auto flex gap-3 px-3 '
        'py-2 text-[14px] overflow-hidden"><span class="shrink-0 font-bold text-[#c2410c]">THÔNG BÁO:</span>'
        '<div class="animate-marquee whitespace-nowrap">'
        f'<a href="{A1290.card_url}">Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2) - hạn nhận hồ sơ '
        'đến 17 giờ 00 ngày 05/01/2027</a><span class="mx-8">★</span>'
        "<span>Đường dây nóng tiếp nhận phản ánh về dạy thêm, học thêm: 0255.3822.607</span></div></div></div>"
    )


def _box(title: str, body: str, cls: str = "kh-sb") -> str:
    return (
        f'<section class="{cls} mb-5 bg-white shadow-sm"><h2 class="tde-kh border-b-2 border-[#0b4f9c] '
        f'px-3 py-2 text-[15px] font-bold uppercase text-[#0b4f9c]"><span>{title}</span></h2>'
        f'<div class="p-3">{body}</div></section>'
    )


def _sidebar() -> str:
    newest = "".join(
        f'<li class="flex gap-2 py-2 border-b border-dashed"><a href="{a.card_url}" class="w-[90px] shrink-0">'
        f'{_thumb(a, 90, 60)}</a><div><a href="{a.card_url}" class="text-[14px] font-medium line-clamp-3">'
        f'{esc(a.story.title)}</a><p class="text-[12px] text-[#6b7280]">{_dmy(a.local)}</p></div></li>'
        for a in ARTS[:5]
    )
    most = "".join(
        f'<li class="py-2 border-b border-dashed flex gap-2"><span class="so-tt font-bold text-[#c2410c]">'
        f'{i:02d}</span><a href="{a.card_url}" class="text-[14px]">{esc(a.story.title)}</a></li>'
        for i, a in enumerate(MOST_READ, 1)
    )
    links = "".join(
        f'<option value="{u}">{esc(n)}</option>'
        for u, n in [
            ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
            ("https://quangngai.gov.vn", "Cổng TTĐT tỉnh Quảng Ngãi"),
            ("https://thisinh.thitotnghiepthpt.edu.vn", "Hệ thống thi tốt nghiệp THPT"),
            ("https://csdl.moet.gov.vn", "Cơ sở dữ liệu ngành"),
        ]
    )
    poll = (
        '<p class="font-semibold text-[14px] mb-2">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin '
        "điện tử Sở GD&amp;ĐT?</p>"
        + "".join(
            f'<label class="flex items-center gap-2 text-[14px] py-1"><input type="radio" name="bc-1" value="{i}"/>'
            f"{t}</label>"
            for i, t in enumerate(
                ["Rất đẹp, dễ sử dụng", "Đẹp", "Bình thường", "Cần cải thiện thêm"], 1
            )
        )
        + '<div class="flex gap-2 mt-2"><button type="button" class="btn-bc px-3 py-1 bg-[#0b4f9c] text-white '
        'text-[13px]">Bình chọn</button><button type="button" class="px-3 py-1 border text-[13px]">Xem kết quả'
        "</button></div>"
    )
    counter = (
        '<ul class="tk-truycap text-[14px]"><li>Đang online: <b>127</b></li><li>Hôm nay: <b>2.415</b></li>'
        "<li>Hôm qua: <b>3.102</b></li><li>Tổng truy cập: <b>3.841.276</b></li></ul>"
    )
    banners = (
        '<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener" class="block mb-2">'
        + _img_next(
            "/images/banner-dich-vu-cong.png", "Dịch vụ công trực tuyến", 360, 100, "w-full h-auto"
        )
        + '</a><a href="https://hocbaso.edu.vn" target="_blank" rel="noopener" class="block">'
        + _img_next("/images/banner-hoc-ba-so.png", "Học bạ số", 360, 100, "w-full h-auto")
        + "</a>"
    )
    return (
        '<aside class="col-span-12 lg:col-span-4">'
        + _box("Tin mới nhất", f"<ul>{newest}</ul>")
        + _box("Xem nhiều", f'<ol class="ds-xn">{most}</ol>')
        + _box(
            "Liên kết website",
            f'<select class="w-full border p-2 text-[14px]" aria-label="Liên kết website">'
            f'<option value="">-- Chọn liên kết --</option>{links}</select>',
        )
        + _box("Thăm dò ý kiến", poll)
        + _box("Banner", banners, "kh-banner")
        + _box("Thống kê truy cập", counter)
        + "</aside>"
    )


def _footer() -> str:
    return (
        '<footer class="ft-sgd mt-8 bg-[#083d7a] text-white text-[14px]"><div class="container mx-auto grid '
        'grid-cols-1 md:grid-cols-3 gap-6 px-3 py-6"><div class="md:col-span-2">'
        '<p class="uppercase font-bold text-[16px] mb-2">Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi</p>'
        "<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi</p>"
        "<p>Địa chỉ: Số 164 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi</p>"
        '<p>Điện thoại: <a href="tel:02553822607">0255.3822.607</a> - Fax: 0255.3822.608 - Email: '
        '<a href="mailto:sgddt@quangngai.gov.vn">sgddt@quangngai.gov.vn</a></p>'
        "<p>Chịu trách nhiệm chính: Ông Võ Thanh Bình - Giám đốc Sở</p>"
        "<p>Giấy phép số 05/GP-TTĐT do Sở Khoa học và Công nghệ tỉnh Quảng Ngãi cấp ngày 12/09/2025</p></div>"
        '<div><p class="font-bold mb-2">Liên kết</p><ul><li><a href="/gioi-thieu">Giới thiệu</a></li>'
        '<li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ - Góp ý</a></li></ul></div></div>'
        '<div class="border-t border-white/20 py-3 text-center text-[13px]">© 2025 Bản quyền thuộc Sở GD&amp;ĐT '
        "Quảng Ngãi. Ghi rõ nguồn “Sở GD&amp;ĐT Quảng Ngãi” khi phát hành lại thông tin từ website này. "
        'Thiết kế và phát triển bởi <a href="https://thienan-digital.vn" target="_blank" rel="noopener">'
        "Công ty TNHH Công nghệ số Thiên Ấn</a></div></footer>"
        '<button type="button" class="fixed bottom-6 right-6 rounded-full bg-[#0b4f9c] p-3 text-white" '
        'aria-label="Lên đầu trang">↑</button>'
    )


def _page(
    req: Request,
    *,
    title: str,
    path: str,
    desc: str,
    main: str,
    rsc: list[str],
    og_type: str = "website",
    extra_head: str = "",
    tail: str = "",
) -> Response:
    doc = (
        _head(req, title, path, desc, og_type, extra_head)
        + '<body class="__className_aaf875 bg-[#f3f5f8] text-[#1f2937]">'
        + _header()
        + main
        + _footer()
        + tail
        + _rsc_chunks(rsc)
        + "</body></html>"
    )
    return html(
        doc,
        headers={
            "X-Powered-By": "Next.js",
            "Vary": "RSC, Next-Router-State-Tree, Next-Router-Prefetch",
        },
    )


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    parts = ['<li><a href="/" class="hover:underline">Trang chủ</a></li>']
    for label, href in items:
        parts.append('<li class="px-1 text-[#9ca3af]">›</li>')
        parts.append(
            f'<li><a href="{href}" class="hover:underline">{esc(label)}</a></li>'
            if href
            else f'<li aria-current="page">{esc(label)}</li>'
        )
    return f'<nav aria-label="breadcrumb" class="bc-sgd text-[13px] mb-3"><ol class="flex flex-wrap items-center">{"".join(parts)}</ol></nav>'


def _layout_rsc(segment: list[str]) -> list[str]:
    tree = json.dumps(
        ["", {"children": [*segment, {"children": ["__PAGE__", {}]}]}, None, None, True],
        separators=(",", ":"),
    )
    return [
        '1:HL["/_next/static/css/8f2c1d0a7b3e4f56.css","style"]',
        '2:I[2972,["972","static/chunks/972-0e7b5a3c1d9f2468.js","185","static/chunks/app/layout-4d2b8e0f1a3c5967.js"],""]',
        '3:I[4707,[],""]',
        '4:I[6423,[],""]',
        f'0:["{BUILD_ID}",[[{tree},null,null]]]',
    ]


# --- article page ---------------------------------------------------------------------------


def _bold(art: Art, escaped: str) -> str:
    for phrase in art.bold:
        e = esc(phrase)
        if e in escaped:
            return escaped.replace(e, f"<strong>{e}</strong>", 1)
    return escaped


def _blocks_html(art: Art) -> str:
    """The agency's renderer of Strapi Blocks."""
    out: list[str] = []
    blocks = art.story.blocks
    i = 0
    pcls = "rt-p mb-3 leading-7 text-justify"
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            lcls = "list-disc" if tag == "ul" else "list-decimal"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f'<li class="rt-li mb-1">{_bold(art, esc(blocks[i].text))}</li>')
                i += 1
            out.append(f'<{tag} class="rt-ul {lcls} pl-6 mb-3">{"".join(items)}</{tag}>')
            continue
        if isinstance(b, P):
            if b.style == "h3":
                out.append(f'<h3 class="rt-h text-[18px] font-bold my-3">{esc(b.text)}</h3>')
            elif b.style == "quote":
                out.append(
                    '<blockquote class="rt-qt border-l-4 border-[#0b4f9c] bg-[#f5f8fc] pl-4 py-2 italic my-3">'
                    f"<p>{esc(b.text)}</p></blockquote>"
                )
            else:
                pieces = [_bold(art, esc(b.text))]
                while (
                    i + 1 < len(blocks)
                    and isinstance(blocks[i + 1], P)
                    and blocks[i + 1].style == "br"
                ):
                    i += 1
                    pieces.append(esc(blocks[i].text))
                out.append(f'<p class="{pcls}">{"<br/>".join(pieces)}</p>')
        elif isinstance(b, Img):
            cap = (
                f'<figcaption class="mt-1 text-center text-[13px] italic text-[#4b5563]">{esc(b.printed)}</figcaption>'
                if b.printed
                else ""
            )
            out.append(
                f'<figure class="rt-img my-4"><img src="{b.src}" alt="{esc(b.caption or "")}" width="1024" '
                f'height="683" loading="lazy" decoding="async" class="mx-auto h-auto max-w-full"/>{cap}</figure>'
            )
        else:
            out.append(b.html)
        i += 1
    out.append(f'<p class="{pcls}"></p>')
    return "".join(out)


def _word_text(art: Art, value: str) -> str:
    s = text(value, nfd=bool(art.story.opts.get("nfd")))
    return s.replace(". ", ".&nbsp;", 2)


def _html_body(art: Art) -> str:
    """The CKEditor field as pasted from Word."""
    out: list[str] = []
    blocks = art.story.blocks
    span = '<span style="font-size:14pt"><span style="font-family:&quot;Times New Roman&quot;,serif">{}</span></span>'
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                bold = blocks[i].style == "th"
                tds = "".join(
                    f'<td style="width:{w}%;border:1px solid #000;padding:0 5px"><p style="text-align:center">'
                    + (f"<strong>{_word_text(art, c)}</strong>" if bold else _word_text(art, c))
                    + "</p></td>"
                    for c, w in zip(cells, (8, 52, 20, 20), strict=False)
                )
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
            continue
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{span.format(_word_text(art, blocks[i].text))}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
            continue
        if isinstance(b, P):
            t = _word_text(art, b.text)
            if b.style == "lead":
                out.append(f'<p style="text-align:justify"><strong>{span.format(t)}</strong></p>')
            elif b.style == "h3":
                out.append(f"<h3><strong>{span.format(t)}</strong></h3>")
            elif b.style == "quote":
                out.append(
                    f'<blockquote><p style="text-align:justify"><em>{t}</em></p></blockquote>'
                )
            else:
                pieces = [t]
                while (
                    i + 1 < len(blocks)
                    and isinstance(blocks[i + 1], P)
                    and blocks[i + 1].style == "br"
                ):
                    i += 1
                    pieces.append(_word_text(art, blocks[i].text))
                out.append(
                    f'<p style="text-align:justify">{span.format("<br />".join(pieces))}</p>'
                )
        elif isinstance(b, Img):
            out.append(
                f'<p style="text-align:center"><img alt="" src="{b.src}" style="height:433px;width:650px" /></p>'
            )
            if b.printed:
                out.append(
                    f'<p style="text-align:center"><em><span style="font-size:12pt">{_word_text(art, b.printed)}'
                    "</span></em></p>"
                )
        else:
            out.append(b.html)
        i += 1
    return "".join(out)


def _excerpt(art: Art) -> str:
    first = next(b.text for b in art.story.blocks if isinstance(b, P))
    return first[:157].rsplit(" ", 1)[0] + "..."


def _strapi_blocks(art: Art) -> list[dict]:
    out: list[dict] = []
    for b in art.story.blocks:
        if isinstance(b, P):
            node: dict = {"type": "paragraph", "children": [{"type": "text", "text": b.text}]}
            if b.style == "h3":
                node = {
                    "type": "heading",
                    "level": 3,
                    "children": [{"type": "text", "text": b.text}],
                }
            elif b.style in ("li", "oli"):
                node = {"type": "list-item", "children": [{"type": "text", "text": b.text}]}
            elif b.style == "quote":
                node = {"type": "quote", "children": [{"type": "text", "text": b.text}]}
            elif b.style == "br" and out:
                out[-1]["children"][0]["text"] += "\n" + b.text
                continue
            out.append(node)
        elif isinstance(b, Img):
            name = b.src.rsplit("/", 1)[1].removeprefix("large_")
            out.append(
                {
                    "type": "image",
                    "image": {
                        "name": name,
                        "alternativeText": b.caption or name,
                        "caption": b.printed or name,
                        "width": 2048,
                        "height": 1365,
                        "url": _u(name),
                        "formats": {
                            "large": {"url": b.src, "width": 1024},
                            "small": {"url": _u("small_" + name), "width": 500},
                            "thumbnail": {"url": _u("thumbnail_" + name), "width": 234},
                        },
                    },
                    "children": [{"type": "text", "text": ""}],
                }
            )
    out.append({"type": "paragraph", "children": [{"type": "text", "text": ""}]})
    return out


def _article_rsc(art: Art) -> list[str]:
    created = (art.local - timedelta(hours=20, minutes=13)).astimezone(UTC)
    upd = art.local
    if art.updated:
        upd = datetime.strptime(art.updated, "%d/%m/%Y %H:%M").replace(tzinfo=VN)
    data = {
        "id": art.id,
        "documentId": f"q{art.id * 7919:x}r2k",
        "tieuDe": art.story.title,
        "slug": art.url_slug,
        "moTa": art.story.summary if art.story.sapo_outside else None,
        "noiDung": _strapi_blocks(art) if art.fmt == "blocks" else None,
        "noiDungHtml": _html_body(art) if art.fmt == "html" else None,
        "tacGia": art.byline_field,
        "nguon": art.source_field,
        "noiBat": art.featured,
        "luotXem": art.story.views(),
        "nguoiDang": {"username": art.poster},
        "createdAt": created.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "updatedAt": upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "publishedAt": art.utc_iso,
        "danhMucChinh": {"slug": art.main, "ten": CATS[art.main]},
        "danhMucs": [{"slug": c, "ten": CATS[c]} for c in art.cats],
        "the": [{"slug": t, "ten": TAGS[t]} for t in art.tags],
        "seo": {"metaTitle": art.seo_title or art.story.title, "metaDescription": _desc(art)},
    }
    return [
        *_layout_rsc(["tin-tuc", ["category", art.main, "d"], ["slug", art.url_slug, "d"]]),
        '5:I[8173,["173","static/chunks/173-c1e9f7a2b4d6083e.js","931","static/chunks/app/tin-tuc/%5Bcategory%5D/%5Bslug%5D/page-2f8a0c6e4b1d3957.js"],"ArticleTools"]',
        "6:" + json.dumps({"article": data}, ensure_ascii=False, separators=(",", ":")),
    ]


def _desc(art: Art) -> str:
    return art.story.summary if art.story.sapo_outside and art.story.summary else _excerpt(art)


def _article_column(art: Art, page_url: str, base: str) -> str:
    s = art.story
    dt = art.local
    when = f"{WEEKDAYS[dt.weekday()]}, {_dmy(dt)}<!-- --> - <!-- -->{dt.strftime('%H:%M')}"
    meta = (
        '<div class="tt-bv flex flex-wrap items-center gap-x-4 gap-y-1 border-b pb-2 mb-3 text-[13px] text-[#6b7280]">'
        f'<span class="inline-flex items-center gap-1">{_SVG_CLOCK}<time dateTime="{art.utc_iso}">{when}</time></span>'
        + (f"<span>Cập nhật: <!-- -->{art.updated}</span>" if art.updated else "")
        + f"<span>Lượt xem: <!-- -->{_num(s.views())}</span>"
        f"<span>Người đăng: <!-- -->{esc(art.poster)}</span></div>"
    )
    share_url = quote(base + page_url, safe="")
    tools = (
        '<div class="cg-cu flex items-center gap-2 mb-3 text-[13px]">'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener" '
        'class="px-2 py-1 rounded bg-[#1877f2] text-white">Chia sẻ</a>'
        f'<a href="https://zalo.me/share/?url={share_url}" target="_blank" rel="noopener" '
        'class="px-2 py-1 rounded bg-[#0068ff] text-white">Zalo</a>'
        '<button type="button" title="In bài viết" class="px-2 py-1 border rounded">In bài</button>'
        '<button type="button" title="Sao chép liên kết" class="px-2 py-1 border rounded">Sao chép liên kết</button>'
        '<span class="ml-auto">Cỡ chữ: <button type="button">A-</button> <button type="button">A+</button></span></div>'
    )
    sapo = (
        f'<div class="mo-ta mb-3 text-[17px] font-semibold leading-7 text-justify">{esc(s.summary)}</div>'
        if s.sapo_outside and s.summary
        else ""
    )
    if art.fmt == "blocks":
        content = f'<div class="nd-bv rt-ctn text-[16px]">{_blocks_html(art)}</div>'
    else:
        content = f'<div class="nd-bv prose max-w-none text-[16px]">{_html_body(art)}</div>'
    after = ""
    if art.byline_field:
        after += f'<div class="tg-bv mt-2 text-right font-bold">{esc(art.byline_field)}</div>'
    if art.source_field:
        after += f'<p class="ng-bv text-right italic text-[14px] text-[#4b5563]">{esc(art.source_field)}</p>'
    if art.attachments:
        files = "".join(
            f'<li class="flex items-center gap-2 py-1"><span class="ic-pdf">PDF</span><a href="{_u(f)}" target="_blank" '
            f'class="text-[#0b4f9c] hover:underline">{esc(f)}</a><span class="text-[12px] text-[#6b7280]">({sz})</span></li>'
            for f, sz in art.attachments
        )
        after += (
            '<div class="dk-tep mt-4 border rounded p-3"><p class="font-semibold mb-1">Tệp đính kèm</p>'
            f"<ul>{files}</ul></div>"
        )
    if art.tags:
        tags = "".join(
            f'<a href="/the/{t}" class="rounded bg-[#eef2f7] px-2 py-1 text-[13px]">{esc(TAGS[t])}</a>'
            for t in art.tags
        )
        after += f'<div class="the-bv mt-4 flex flex-wrap items-center gap-2"><span class="text-[13px]">Từ khóa:</span>{tags}</div>'
    related = ""
    if art.related:
        lis = "".join(
            f"<li class=\"py-1 pl-4 relative before:absolute before:left-0 before:content-['•']\">"
            f'<a href="{u}" class="hover:text-[#0b4f9c]">{esc(t)}</a></li>'
            for t, u in art.related
        )
        related = (
            '<section class="tin-lq mt-6 bg-white p-4"><h2 class="tde-kh border-b-2 border-[#0b4f9c] pb-1 mb-2 '
            f'text-[16px] font-bold uppercase text-[#0b4f9c]">Tin liên quan</h2><ul>{lis}</ul></section>'
        )
    crumbs = _crumbs([("Tin tức", "/tin-tuc"), (CATS[art.main], f"/tin-tuc/{art.main}")])
    return (
        crumbs
        + '<article class="ct-bv bg-white p-5 shadow-sm">'
        + f'<h1 class="mb-2 text-[26px] font-bold leading-snug text-[#0b4f9c]">{esc(s.title)}</h1>'
        + meta
        + tools
        + sapo
        + content
        + after
        + '<div class="cg-cu mt-4 flex gap-2 border-t pt-3 text-[13px]"><span>Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener">Facebook</a>'
        f'<a href="https://zalo.me/share/?url={share_url}" target="_blank" rel="noopener">Zalo</a></div>'
        + "</article>"
        + related
    )


def _article_page(req: Request, art: Art, page_url: str) -> Response:
    base = base_url(req)
    column = _article_column(art, page_url, base)
    tail = ""
    if art.streamed:
        skeleton = (
            '<div class="sk-bv animate-pulse bg-white p-5"><div class="mb-3 h-4 w-1/3 rounded bg-[#e5e7eb]"></div>'
            '<div class="mb-2 h-7 w-5/6 rounded bg-[#e5e7eb]"></div><div class="mb-6 h-7 w-2/3 rounded bg-[#e5e7eb]"></div>'
            '<p class="text-[14px] text-[#9ca3af]">Đang tải nội dung...</p>'
            '<div class="mt-3 h-4 w-full rounded bg-[#e5e7eb]"></div><div class="mt-2 h-4 w-full rounded bg-[#e5e7eb]"></div></div>'
        )
        shown = f'<!--$?--><template id="B:0"></template>{skeleton}<!--/$-->'
        tail = f'<div hidden id="S:0">{column}</div>{_RC}'
    else:
        shown = column
    main = (
        '<main class="container mx-auto grid grid-cols-12 gap-6 px-3 py-5">'
        f'<div class="col-span-12 lg:col-span-8">{shown}</div>{_sidebar()}</main>'
    )
    extra = (
        f'<meta property="og:image" content="{base}{_u(art.cover)}"/>'
        f'<meta property="article:published_time" content="{art.utc_iso}"/>'
        f'<meta property="article:section" content="{esc(CATS[art.main])}"/>'
    )
    return _page(
        req,
        title=art.seo_title or art.story.title,
        path=art.url(),
        desc=_desc(art),
        main=main,
        rsc=_article_rsc(art),
        og_type="article",
        extra_head=extra,
        tail=tail,
    )


# --- listings -------------------------------------------------------------------------------


def _card(art: Art, href: str) -> str:
    return (
        '<div class="the-tin grid grid-cols-12 gap-4 border-b py-4">'
        f'<a href="{href}" class="col-span-4">{_thumb(art)}</a><div class="col-span-8">'
        f'<h3 class="text-[17px] font-semibold leading-snug"><a href="{href}" class="hover:text-[#0b4f9c]">'
        f"{esc(art.story.title)}</a></h3>"
        f'<p class="my-1 text-[12px] text-[#6b7280]">{_dmy(art.local)}</p>'
        f'<p class="line-clamp-3 text-[14px] text-[#374151]">{esc(_desc(art))}</p></div></div>'
    )


def _cat_arts(slug: str) -> list[Art]:
    if slug == FEATURED_CAT:
        return [a for a in ARTS if a.featured]
    return [a for a in ARTS if slug in a.cats]


def _listing(req: Request, slug: str) -> Response:
    name = "Tin nổi bật" if slug == FEATURED_CAT else CATS[slug]
    arts = _cat_arts(slug)
    try:
        page = max(1, int(req.params.get("page", "1")))
    except ValueError:
        page = 1
    shown = arts[: PAGE_SIZE * page]
    cards = "".join(_card(a, a.url(slug)) for a in shown)
    more = (
        f'<div class="mt-4 text-center"><a href="?page={page + 1}" class="btn-xt inline-block rounded border '
        'border-[#0b4f9c] px-6 py-2 text-[#0b4f9c] hover:bg-[#0b4f9c] hover:text-white">Xem thêm</a></div>'
        if len(arts) > len(shown)
        else ""
    )
    main = (
        '<main class="container mx-auto grid grid-cols-12 gap-6 px-3 py-5"><div class="col-span-12 lg:col-span-8">'
        + _crumbs([("Tin tức", "/tin-tuc"), (name, None)])
        + f'<div class="ds-tin bg-white p-4"><h1 class="border-b-2 border-[#0b4f9c] pb-2 text-[20px] font-bold uppercase '
        f'text-[#0b4f9c]">{esc(name)}</h1>{cards}{more}</div></div>{_sidebar()}</main>'
    )
    items = [
        {"id": a.id, "tieuDe": a.story.title, "slug": a.url_slug, "publishedAt": a.utc_iso}
        for a in shown
    ]
    rsc = [
        *_layout_rsc(["tin-tuc", ["category", slug, "d"]]),
        '5:I[3391,["391","static/chunks/app/tin-tuc/%5Bcategory%5D/page-9b0d2e4f6a8c1357.js"],"ListingClient"]',
        "6:"
        + json.dumps(
            {
                "initialItems": items,
                "page": page,
                "pageSize": PAGE_SIZE,
                "hasMore": bool(more),
                "danhMuc": slug,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ),
    ]
    path = f"/tin-tuc/{slug}" + (f"?page={page}" if page > 1 else "")
    return _page(req, title=name, path=path, desc=f"{name} - {SITE_NAME}", main=main, rsc=rsc)


def _hub(req: Request) -> Response:
    blocks = ""
    for slug, name in CATS.items():
        arts = _cat_arts(slug)[:3]
        blocks += (
            f'<section class="mb-5 bg-white p-4"><h2 class="flex justify-between border-b-2 border-[#0b4f9c] pb-1 '
            f'text-[16px] font-bold uppercase text-[#0b4f9c]"><a href="/tin-tuc/{slug}">{esc(name)}</a>'
            f'<a href="/tin-tuc/{slug}" class="text-[13px] font-normal normal-case">Xem tất cả »</a></h2>'
            + "".join(_card(a, a.url(slug)) for a in arts)
            + "</section>"
        )
    main = (
        '<main class="container mx-auto grid grid-cols-12 gap-6 px-3 py-5"><div class="col-span-12 lg:col-span-8">'
        + _crumbs([("Tin tức", None)])
        + blocks
        + f"</div>{_sidebar()}</main>"
    )
    return _page(
        req,
        title="Tin tức - Sự kiện",
        path="/tin-tuc",
        desc="Tin tức - Sự kiện",
        main=main,
        rsc=_layout_rsc(["tin-tuc"]),
    )


def _tag_page(req: Request, tag: str) -> Response:
    arts = [a for a in ARTS if tag in a.tags]
    main = (
        '<main class="container mx-auto grid grid-cols-12 gap-6 px-3 py-5"><div class="col-span-12 lg:col-span-8">'
        + _crumbs([("Từ khóa", None), (TAGS[tag], None)])
        + f'<div class="bg-white p-4"><h1 class="text-[20px] font-bold">Từ khóa: {esc(TAGS[tag])}</h1>'
        + f'<p class="text-[13px] text-[#6b7280]">Có {len(arts)} bài viết</p>'
        + "".join(_card(a, a.card_url) for a in arts)
        + f"</div></div>{_sidebar()}</main>"
    )
    return _page(
        req,
        title=f"Từ khóa: {TAGS[tag]}",
        path=f"/the/{tag}",
        desc=TAGS[tag],
        main=main,
        rsc=_layout_rsc(["the", ["tag", tag, "d"]]),
    )


def _fold(value: str) -> str:
    s = unicodedata.normalize("NFD", value.lower()).replace("đ", "d")
    return "".join(c for c in s if not unicodedata.combining(c))


def _search(req: Request) -> Response:
    q = req.params.get("q", "").strip()
    if q:
        hits = [a for a in ARTS if _fold(q) in _fold(a.story.title)]
        body = (
            f'<p class="text-[14px] mb-2">Tìm thấy {len(hits)} kết quả cho từ khóa “{esc(q)}”</p>'
            + "".join(_card(a, a.card_url) for a in hits)
        )
    else:
        body = '<p class="text-[14px] text-[#6b7280]">Vui lòng nhập từ khóa tìm kiếm.</p>'
    main = (
        '<main class="container mx-auto grid grid-cols-12 gap-6 px-3 py-5"><div class="col-span-12 lg:col-span-8">'
        + _crumbs([("Tìm kiếm", None)])
        + '<div class="bg-white p-4"><h1 class="text-[20px] font-bold mb-3">Tìm kiếm</h1>'
        f'<form action="/tim-kiem" method="get" class="flex gap-2 mb-4"><input type="search" name="q" value="{esc(q)}" '
        'class="flex-1 border px-3 py-2"/><button type="submit" class="bg-[#0b4f9c] px-4 text-white">Tìm</button></form>'
        + body
        + f"</div></div>{_sidebar()}</main>"
    )
    return _page(
        req,
        title="Tìm kiếm",
        path="/tim-kiem",
        desc="Tìm kiếm",
        main=main,
        rsc=_layout_rsc(["tim-kiem"]),
    )


# --- home -----------------------------------------------------------------------------------

DOCS = [
    (
        "2145/KH-SGDĐT",
        "28/11/2026",
        "Kế hoạch tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THPT năm học 2026-2027",
        DOC_PATH,
    ),
    (
        "2098/SGDĐT-GDTrH",
        "24/11/2026",
        "V/v hướng dẫn kiểm tra, đánh giá giữa học kỳ I năm học 2026-2027",
        _u("2098_SGDDT_GDTrH_huong_dan_KTGK1_b41e.pdf"),
    ),
    (
        "1987/QĐ-SGDĐT",
        "10/11/2026",
        "Quyết định thành lập Ban tổ chức Hội khỏe Phù Đổng tỉnh lần thứ XII năm 2026",
        _u("1987_QD_SGDDT_BTC_HKPD_7a0c.pdf"),
    ),
]


def _home(req: Request) -> Response:
    featured = [a for a in ARTS if a.featured]
    slides = "".join(
        f'<div class="swiper-slide relative{"" if i == 0 else " hidden"}"><a href="{a.url(FEATURED_CAT)}">'
        + _img_next(_u(a.cover), a.story.title, 800, 450, "w-full h-auto", lazy=i > 0)
        + f'</a><div class="absolute bottom-0 w-full bg-gradient-to-t from-black/80 p-4"><h3 class="text-[20px] font-bold '
        f'text-white"><a href="{a.url(FEATURED_CAT)}">{esc(a.story.title)}</a></h3></div></div>'
        for i, a in enumerate(featured)
    )
    slider = (
        '<section class="kh-noibat mb-5 bg-white p-3"><div class="swiper"><div class="swiper-wrapper">'
        f'{slides}</div><div class="swiper-pagination"></div></div><p class="mt-2 text-right text-[13px]">'
        f'<a href="/tin-tuc/{FEATURED_CAT}">Xem tất cả tin nổi bật »</a></p></section>'
    )
    newest = "".join(_card(a, a.card_url) for a in ARTS[:5])
    cat_boxes = ""
    for slug, name in CATS.items():
        arts = _cat_arts(slug)[:3]
        lis = "".join(
            f'<li class="flex gap-3 py-2 border-b border-dashed"><a href="{a.card_url}" class="w-[120px] shrink-0">'
            f'{_thumb(a, 120, 80)}</a><div><a href="{a.card_url}" class="text-[15px] font-medium">{esc(a.story.title)}</a>'
            f'<p class="text-[12px] text-[#6b7280]">{_dmy(a.local)}</p></div></li>'
            for a in arts
        )
        cat_boxes += (
            f'<section class="kh-dm mb-5 bg-white p-4"><h2 class="flex items-center justify-between border-b-2 '
            f'border-[#0b4f9c] pb-1"><a href="/tin-tuc/{slug}" class="text-[16px] font-bold uppercase text-[#0b4f9c]">'
            f'{esc(name)}</a><a href="/tin-tuc/{slug}" class="text-[13px]">Xem thêm</a></h2><ul>{lis}</ul></section>'
        )
    docs = "".join(
        f'<li class="py-2 border-b border-dashed text-[14px]"><a href="{href}">{esc(so)}</a> - {esc(trich)} '
        f'<span class="text-[12px] text-[#6b7280]">({ngay})</span></li>'
        for so, ngay, trich, href in DOCS
    )
    media = (
        f'<a href="{ALBUM_PATH}" class="block mb-2">'
        + _img_next(
            _u("album_hkpd_xii_bia_3e9c.jpg"), "Hội khỏe Phù Đổng", 360, 200, "w-full h-auto"
        )
        + '<span class="text-[14px]">Hội khỏe Phù Đổng tỉnh lần thứ XII năm 2026</span></a>'
        f'<a href="{VIDEO_PATH}" class="block">'
        + _img_next(
            _u("video_ban_tin_t11_bia_52aa.jpg"), "Bản tin giáo dục", 360, 200, "w-full h-auto"
        )
        + '<span class="text-[14px]">Bản tin Giáo dục Quảng Ngãi tháng 11/2026</span></a>'
        '<p class="mt-2 text-[13px]"><a href="/thu-vien-anh">Thư viện ảnh</a> | <a href="/video">Video</a></p>'
    )
    main = (
        '<main class="container mx-auto grid grid-cols-12 gap-6 px-3 py-5"><div class="col-span-12 lg:col-span-8">'
        + slider
        + '<section class="kh-tinmoi mb-5 bg-white p-4"><h2 class="border-b-2 border-[#0b4f9c] pb-1 text-[16px] '
        f'font-bold uppercase text-[#0b4f9c]">Tin mới</h2>{newest}</section>'
        + cat_boxes
        + '</div><aside class="col-span-12 lg:col-span-4">'
        + _box(
            "Văn bản mới",
            f'<ul>{docs}</ul><p class="text-right text-[13px]"><a href="/van-ban">Xem tất cả »</a></p>',
        )
        + _box("Thư viện", media)
        + _box(
            "Lịch công tác",
            '<a href="/lich-cong-tac" class="text-[14px]">Lịch công tác tuần 49/2026 '
            "(từ 30/11/2026 đến 06/12/2026)</a>",
        )
        + "</aside></main>"
    )
    rsc = [
        *_layout_rsc([]),
        "5:"
        + json.dumps(
            {
                "noiBat": [{"id": a.id, "slug": a.url_slug} for a in featured],
                "tinMoi": [a.id for a in ARTS[:5]],
            },
            separators=(",", ":"),
        ),
    ]
    return _page(
        req,
        title="Trang chủ",
        path="/",
        desc="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi",
        main=main,
        rsc=rsc,
    )


# --- non-articles ---------------------------------------------------------------------------


def _simple(
    req: Request, path: str, title: str, crumbs: list[tuple[str, str | None]], inner: str, seg: list
) -> Response:
    main = (
        '<main class="container mx-auto grid grid-cols-12 gap-6 px-3 py-5"><div class="col-span-12 lg:col-span-8">'
        + _crumbs(crumbs)
        + f'<div class="trang-tinh bg-white p-5"><h1 class="mb-3 text-[24px] font-bold text-[#0b4f9c]">{esc(title)}</h1>'
        + inner
        + f"</div></div>{_sidebar()}</main>"
    )
    return _page(
        req, title=title, path=path, desc=f"{title} - {SITE_NAME}", main=main, rsc=_layout_rsc(seg)
    )


def _about(req: Request) -> Response:
    inner = (
        '<p class="text-[13px] text-[#6b7280] mb-3">Cập nhật: 15/08/2025</p>'
        '<h2 class="font-bold text-[18px] my-2">I. Vị trí và chức năng</h2>'
        "<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Quảng Ngãi, tham mưu, giúp "
        "Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo, bao gồm: chương trình, nội "
        "dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và tiêu chuẩn cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật "
        "chất, thiết bị trường học; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>"
        "<p>Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chấp hành sự chỉ đạo, quản lý "
        "về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chấp hành sự chỉ đạo, hướng dẫn, kiểm "
        "tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>"
        '<h2 class="font-bold text-[18px] my-2">II. Nhiệm vụ và quyền hạn</h2>'
        '<ul class="list-disc pl-6"><li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chương trình, kế hoạch phát '
        "triển giáo dục và đào tạo trên địa bàn tỉnh;</li><li>Tổ chức thực hiện các văn bản quy phạm pháp luật, quy "
        "hoạch, kế hoạch về giáo dục và đào tạo sau khi được phê duyệt;</li><li>Quản lý chất lượng giáo dục; tổ chức "
        "các kỳ thi theo quy định; cấp, thu hồi văn bằng, chứng chỉ theo thẩm quyền.</li></ul>"
        '<p class="mt-3"><a href="/gioi-thieu/co-cau-to-chuc">Xem cơ cấu tổ chức »</a></p>'
    )
    return _simple(
        req, "/gioi-thieu", "Giới thiệu chung", [("Giới thiệu", None)], inner, ["gioi-thieu"]
    )


def _org(req: Request) -> Response:
    rows = [
        ("Võ Thanh Bình", "Giám đốc", "0255.3822.601", "vtbinh@quangngai.gov.vn"),
        ("Nguyễn Thị Kim Liên", "Phó Giám đốc", "0255.3822.602", "ntkliens@quangngai.gov.vn"),
        ("Lê Quang Sơn", "Phó Giám đốc", "0255.3822.603", "lqson@quangngai.gov.vn"),
        ("A Văn Thuận", "Phó Giám đốc", "0260.3862.110", "avthuan@quangngai.gov.vn"),
    ]
    trs = "".join(
        f'<tr><td class="border px-2 py-1">{i}</td><td class="border px-2 py-1">{n}</td><td class="border px-2 py-1">{c}'
        f'</td><td class="border px-2 py-1">{p}</td><td class="border px-2 py-1">{e}</td></tr>'
        for i, (n, c, p, e) in enumerate(rows, 1)
    )
    inner = (
        '<h2 class="font-bold text-[18px] my-2">Ban Giám đốc</h2><table class="w-full text-[14px] border-collapse">'
        '<thead><tr class="bg-[#eef4fb]"><th class="border px-2">TT</th><th class="border px-2">Họ và tên</th>'
        '<th class="border px-2">Chức vụ</th><th class="border px-2">Điện thoại</th><th class="border px-2">Email</th>'
        f"</tr></thead><tbody>{trs}</tbody></table>"
        '<h2 class="font-bold text-[18px] my-2">Các phòng chuyên môn, nghiệp vụ</h2><ul class="list-disc pl-6">'
        "<li>Văn phòng Sở</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li>"
        "<li>Phòng Giáo dục Mầm non - Tiểu học</li><li>Phòng Giáo dục Trung học - Giáo dục thường xuyên</li>"
        "<li>Phòng Quản lý chất lượng</li><li>Thanh tra Sở</li></ul>"
    )
    return _simple(
        req,
        "/gioi-thieu/co-cau-to-chuc",
        "Cơ cấu tổ chức",
        [("Giới thiệu", "/gioi-thieu"), ("Cơ cấu tổ chức", None)],
        inner,
        ["gioi-thieu", "co-cau-to-chuc"],
    )


def _contact(req: Request) -> Response:
    inner = (
        "<p><b>Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi</b></p><p>Địa chỉ: Số 164 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi</p>"
        "<p>Điện thoại: 0255.3822.607 - Fax: 0255.3822.608</p><p>Email: sgddt@quangngai.gov.vn</p>"
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3870.2!2d108.79!3d15.12" width="100%" '
        'height="300" style="border:0" loading="lazy" title="Bản đồ"></iframe>'
        '<form action="/api/lien-he" method="post" class="lh-form mt-4 grid gap-3">'
        '<input name="hoTen" placeholder="Họ và tên (*)" required class="border px-3 py-2"/>'
        '<input name="email" type="email" placeholder="Email (*)" required class="border px-3 py-2"/>'
        '<input name="dienThoai" placeholder="Số điện thoại" class="border px-3 py-2"/>'
        '<textarea name="noiDung" rows="5" placeholder="Nội dung góp ý" class="border px-3 py-2"></textarea>'
        '<button type="submit" class="w-fit bg-[#0b4f9c] px-5 py-2 text-white">Gửi liên hệ</button></form>'
    )
    return _simple(req, "/lien-he", "Liên hệ", [("Liên hệ", None)], inner, ["lien-he"])


def _docs(req: Request) -> Response:
    trs = "".join(
        f'<tr><td class="border px-2 py-1 whitespace-nowrap"><a href="{href}">{esc(so)}</a></td>'
        f'<td class="border px-2 py-1">{ngay}</td><td class="border px-2 py-1">{esc(trich)}</td>'
        f'<td class="border px-2 py-1 text-center"><a href="{href}">{"Xem" if href.startswith("/van-ban") else "Tải về"}</a></td></tr>'
        for so, ngay, trich, href in DOCS
    )
    inner = (
        '<table class="w-full text-[14px] border-collapse"><thead><tr class="bg-[#eef4fb]"><th class="border">Số/Ký hiệu</th>'
        '<th class="border">Ngày ban hành</th><th class="border">Trích yếu</th><th class="border"></th></tr></thead>'
        f"<tbody>{trs}</tbody></table>"
    )
    return _simple(
        req, "/van-ban", "Văn bản chỉ đạo, điều hành", [("Văn bản", None)], inner, ["van-ban"]
    )


def _doc(req: Request) -> Response:
    so, ngay, trich, _ = DOCS[0]
    inner = (
        '<table class="w-full text-[14px] border-collapse ttvb">'
        f'<tr><th class="border px-2 py-1 w-[180px] text-left">Số ký hiệu</th><td class="border px-2 py-1">{esc(so)}</td></tr>'
        f'<tr><th class="border px-2 py-1 text-left">Ngày ban hành</th><td class="border px-2 py-1">{ngay}</td></tr>'
        '<tr><th class="border px-2 py-1 text-left">Ngày hiệu lực</th><td class="border px-2 py-1">28/11/2026</td></tr>'
        '<tr><th class="border px-2 py-1 text-left">Loại văn bản</th><td class="border px-2 py-1">Kế hoạch</td></tr>'
        '<tr><th class="border px-2 py-1 text-left">Cơ quan ban hành</th><td class="border px-2 py-1">Sở Giáo dục và Đào tạo</td></tr>'
        '<tr><th class="border px-2 py-1 text-left">Người ký</th><td class="border px-2 py-1">Nguyễn Thị Kim Liên</td></tr>'
        f'<tr><th class="border px-2 py-1 text-left">Trích yếu</th><td class="border px-2 py-1">{esc(trich)}</td></tr>'
        "</table>"
        '<p class="mt-3">Nhằm phát hiện, tôn vinh và nhân rộng điển hình giáo viên làm tốt công tác chủ nhiệm lớp, Sở '
        "Giáo dục và Đào tạo xây dựng Kế hoạch tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THPT năm học "
        "2026-2027 với các nội dung cụ thể tại văn bản đính kèm.</p>"
        f'<p class="mt-2">Tệp đính kèm: <a href="{_u("2145_KH_SGDDT_hoi_thi_GVCN_gioi_THPT_c7d1.pdf")}">'
        "2145_KH_SGDDT_hoi_thi_GVCN_gioi_THPT.pdf</a> (402 KB)</p>"
    )
    return _simple(
        req,
        DOC_PATH,
        trich,
        [("Văn bản", "/van-ban"), (so, None)],
        inner,
        ["van-ban", ["slug", "2145-kh-sgddt", "d"]],
    )


ALBUM_PHOTOS = [
    ("album_hkpd_xii_01_81fa.jpg", "Lễ diễu hành của các đoàn vận động viên"),
    ("album_hkpd_xii_02_2c07.jpg", "Màn đồng diễn võ cổ truyền"),
    ("album_hkpd_xii_03_9e44.jpg", "Thi đấu môn bắn nỏ"),
    ("album_hkpd_xii_04_d61b.jpg", "Thi đấu môn đẩy gậy"),
    ("album_hkpd_xii_05_47c3.jpg", "Trao huy chương môn điền kinh"),
]


def _albums(req: Request) -> Response:
    inner = (
        f'<div class="grid grid-cols-2 gap-4"><a href="{ALBUM_PATH}" class="block">'
        + _img_next(
            _u("album_hkpd_xii_bia_3e9c.jpg"), "Hội khỏe Phù Đổng", 360, 240, "w-full h-auto"
        )
        + '<span class="font-semibold">Hội khỏe Phù Đổng tỉnh lần thứ XII năm 2026</span>'
        '<span class="block text-[12px] text-[#6b7280]">5 ảnh - 23/11/2026</span></a></div>'
    )
    return _simple(
        req, "/thu-vien-anh", "Thư viện ảnh", [("Thư viện ảnh", None)], inner, ["thu-vien-anh"]
    )


def _album(req: Request) -> Response:
    figs = "".join(
        f'<figure class="mb-4"><img src="{_u(f)}" alt="{esc(c)}" loading="lazy" class="w-full h-auto"/>'
        f'<figcaption class="text-center text-[13px] italic">{esc(c)}</figcaption></figure>'
        for f, c in ALBUM_PHOTOS
    )
    inner = (
        '<p class="text-[13px] text-[#6b7280] mb-3">Ngày đăng: 23/11/2026 | 5 ảnh</p>'
        f'<div class="album-lg grid grid-cols-1 md:grid-cols-2 gap-4">{figs}</div>'
    )
    return _simple(
        req,
        ALBUM_PATH,
        "Hội khỏe Phù Đổng tỉnh lần thứ XII năm 2026",
        [("Thư viện ảnh", "/thu-vien-anh"), ("Hội khỏe Phù Đổng tỉnh lần thứ XII năm 2026", None)],
        inner,
        ["thu-vien-anh", ["slug", ALBUM_PATH.rsplit("/", 1)[1], "d"]],
    )


def _videos(req: Request) -> Response:
    inner = (
        f'<a href="{VIDEO_PATH}" class="block">'
        + _img_next(
            _u("video_ban_tin_t11_bia_52aa.jpg"), "Bản tin giáo dục", 360, 200, "w-full h-auto"
        )
        + '<span class="font-semibold">Bản tin Giáo dục Quảng Ngãi tháng 11/2026</span></a>'
    )
    return _simple(req, "/video", "Video", [("Video", None)], inner, ["video"])


def _video(req: Request) -> Response:
    inner = (
        '<p class="text-[13px] text-[#6b7280] mb-3">Ngày đăng: 01/12/2026 | Thời lượng: 12:35</p>'
        '<div class="aspect-video"><iframe width="100%" height="100%" src="https://www.youtube.com/embed/q3XbN7m2KcA" '
        'title="Bản tin Giáo dục Quảng Ngãi tháng 11/2026" frameborder="0" allowfullscreen=""></iframe></div>'
        '<p class="mt-3">Bản tin Giáo dục Quảng Ngãi tháng 11/2026 điểm lại các hoạt động nổi bật của ngành trong tháng: '
        "kỷ niệm Ngày Nhà giáo Việt Nam 20/11, Hội khỏe Phù Đổng tỉnh lần thứ XII, kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12.</p>"
    )
    return _simple(
        req,
        VIDEO_PATH,
        "Bản tin Giáo dục Quảng Ngãi tháng 11/2026",
        [("Video", "/video"), ("Bản tin Giáo dục Quảng Ngãi tháng 11/2026", None)],
        inner,
        ["video", ["slug", "ban-tin", "d"]],
    )


WEEKS = {48: "23/11/2026", 49: "30/11/2026", 50: "07/12/2026"}


def _calendar(req: Request) -> Response:
    try:
        week = int(req.params.get("tuan", "49"))
    except ValueError:
        week = 49
    if week in WEEKS:
        start = datetime.strptime(WEEKS[week], "%d/%m/%Y")
        rows = ""
        plans = [
            ("07:30", "Giám đốc Sở chủ trì giao ban Ban Giám đốc", "Phòng họp số 1"),
            (
                "14:00",
                "Phó Giám đốc Nguyễn Thị Kim Liên làm việc với Phòng GDTrH-GDTX",
                "Phòng họp số 2",
            ),
            (
                "08:00",
                "Kiểm tra công tác chuẩn bị thi học kỳ I tại các trường THPT",
                "Theo lịch đoàn",
            ),
        ]
        for d in range(6):
            day = start + timedelta(days=d)
            t, job, place = plans[d % 3]
            rows += (
                f'<tr><td class="border px-2 py-1 whitespace-nowrap">{WEEKDAYS[day.weekday()]}<br/>{_dmy(day)}</td>'
                f'<td class="border px-2 py-1">{t}</td><td class="border px-2 py-1">{job}</td>'
                f'<td class="border px-2 py-1">{place}</td></tr>'
            )
        end = start + timedelta(days=6)
        nav = ""
        if week - 1 in WEEKS:
            nav += f'<a href="/lich-cong-tac?tuan={week - 1}" class="px-3 py-1 border">« Tuần trước</a>'
        if week + 1 in WEEKS:
            nav += (
                f'<a href="/lich-cong-tac?tuan={week + 1}" class="px-3 py-1 border">Tuần sau »</a>'
            )
        inner = (
            f'<p class="mb-2 font-semibold">Tuần {week} (từ {_dmy(start)} đến {_dmy(end)})</p>'
            f'<div class="mb-3 flex gap-2 text-[13px]">{nav}</div>'
            '<table class="w-full text-[14px] border-collapse"><thead><tr class="bg-[#eef4fb]"><th class="border">Ngày</th>'
            '<th class="border">Giờ</th><th class="border">Nội dung</th><th class="border">Địa điểm</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>"
        )
    else:
        inner = '<p class="text-[#6b7280]">Chưa có lịch công tác cho tuần này.</p>'
    return _simple(
        req, "/lich-cong-tac", "Lịch công tác", [("Lịch công tác", None)], inner, ["lich-cong-tac"]
    )


def _not_found() -> Response:
    doc = (
        '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, '
        'initial-scale=1"/><meta name="robots" content="noindex"/><title>404: This page could not be found.</title></head>'
        '<body><div style="font-family:system-ui,&quot;Segoe UI&quot;,Roboto,Helvetica,Arial,sans-serif;height:100vh;'
        'text-align:center;display:flex;flex-direction:column;align-items:center;justify-content:center"><div>'
        '<h1 class="next-error-h1" style="display:inline-block;margin:0 20px 0 0;padding:0 23px 0 0;font-size:24px;'
        'font-weight:500;vertical-align:top;line-height:49px">404</h1><div style="display:inline-block">'
        '<h2 style="font-size:14px;font-weight:400;line-height:49px;margin:0">This page could not be found.</h2>'
        "</div></div></div></body></html>"
    )
    return html(doc, status=404, headers={"X-Powered-By": "Next.js"})


# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$")


class NextStrapiSite:
    def respond(self, req: Request) -> Response | None:
        path = req.path
        if req.method == "POST":
            if path == "/api/lien-he":
                return Response(200, b'{"ok":true}', {"Content-Type": "application/json"})
            return None
        if path.startswith("/_next/image"):
            return Response(200, static_file("x.jpg").body, {"Content-Type": "image/jpeg"})
        if path.startswith(("/_next/static/", "/uploads/", "/images/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.endswith(".woff2"):
                return Response(200, b"wOF2", {"Content-Type": "font/woff2"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(
                200, b"User-agent: *\nAllow: /\nDisallow: /api/\n", {"Content-Type": "text/plain"}
            )
        if len(path) > 1 and path.endswith("/"):
            target = path.rstrip("/") + (f"?{req.query}" if req.query else "")
            return Response(
                308, target.encode(), {"Location": target, "Content-Type": "text/plain"}
            )
        return self._page(req, path) or _not_found()

    def _page(self, req: Request, path: str) -> Response | None:
        pages = {
            "/": _home,
            "/tin-tuc": _hub,
            "/tim-kiem": _search,
            "/gioi-thieu": _about,
            "/gioi-thieu/co-cau-to-chuc": _org,
            "/lien-he": _contact,
            "/van-ban": _docs,
            DOC_PATH: _doc,
            "/thu-vien-anh": _albums,
            ALBUM_PATH: _album,
            "/video": _videos,
            VIDEO_PATH: _video,
            "/lich-cong-tac": _calendar,
        }
        if path in pages:
            return pages[path](req)
        if path.startswith("/the/") and path[5:] in TAGS:
            return _tag_page(req, path[5:])
        if path.startswith("/tin-tuc/"):
            rest = path[len("/tin-tuc/") :]
            if rest in CATS or rest == FEATURED_CAT:
                return _listing(req, rest)
            m = _ARTICLE.match(path)
            if not m:
                return None
            cat, slug, ident = m.group(1), m.group(2), int(m.group(3))
            art = BY_ID.get(ident)
            if art is None or not (cat in art.cats or (cat == FEATURED_CAT and art.featured)):
                return None
            if slug == art.story.slug:
                return _article_page(req, art, path)
            if slug == art.old_slug:
                return redirect(art.url(), 308)
        return None


def build_site() -> NextStrapiSite:
    return NextStrapiSite()
