"""Fixture portal: Trường Chính trị tỉnh Tuyên Quang on TYPO3 v11 with the 'news' extension (tx_news).

Imitates a provincial political school's site built by a local agency on TYPO3 11 LTS: a
sitepackage (``EXT:tct_sitepackage``, Bootstrap 4), fluid_styled_content, EXT:news 9.x, EXT:seo
(canonical, XML sitemap), indexed_search, felogin and powermail. Every content element is wrapped
in a frame (``div#cNN.frame.frame-default.frame-type-…``), plugins as ``frame-type-list``; the
main column sits between ``<!--TYPO3SEARCH_begin-->`` / ``<!--TYPO3SEARCH_end-->`` comments; the
``<title>`` is TYPO3's default "Site: Page" form. What it serves:

- news detail pages. Categories "Tin hoạt động" and "Nghiên cứu - Trao đổi" use the detail page
  uid 12 with speaking URLs ``/tin-tuc/chi-tiet/<slug>`` and the sitepackage's override of the
  detail template: ``div.news.news-single > div.article > div.header > h1``, ``div.footer > p``
  with ``span.news-list-date > time`` (visible "24/11/2026 08:30", ``datetime`` date only, as
  tx_news writes it), ``span.news-list-category`` (a link to the category page) and
  ``span.news-list-author`` ("Người viết: …"); ``div.teaser-text`` (the teaser), the media
  (``div.news-img-wrap`` with ``figure.mediaelement`` + ``figcaption.news-img-caption``), the
  RTE text ``div.news-text-wrap`` (``p.bodytext``, inline images with a centred italic line
  under them, bylines right-aligned at the end), the news record's content elements
  (fluid_styled_content textpic ``figure.image`` + ``figcaption.image-caption`` and
  ``div.ce-bodytext``; on one migrated record the old css_styled_content ``div.csc-default`` /
  ``dl.csc-textpic-image`` with ``dd.csc-textpic-caption``), share/print tools, tags
  ("Từ khóa"), ``div.news-related-wrap`` ("Tin liên quan", "Tải về" = ``news-related-files``),
  the back link, then a "Tin khác" list plugin. Category "Thông báo" sets its own detail page
  (uid 31, tx_news category "single_pid") at ``/thong-bao/chi-tiet/<slug>`` rendered with
  tx_news's *default* template: the headline is an ``h3`` while the page layout prints the
  section name "Thông báo" as the page's ``h1``; its date line has no time.
- the same article under the raw TYPO3 form ``/index.php?id=12&tx_news_pi1%5Bnews%5D=N&
  tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Baction%5D=detail&cHash=…`` (id=31 for
  notices): the home page's "Tin nổi bật" slider (a hand-written TypoScript menu) and an editor's
  link in an article use it. Both forms print EXT:seo's absolute ``rel=canonical`` to the
  speaking URL; the raw form is the record's ``alt_paths``.
- listings: ``/tin-tuc`` (both news categories, 4 a page, speaking pagination ``/tin-tuc/page-N``),
  the category pages ``/tin-tuc/tin-hoat-dong`` (3 a page: three pages) and
  ``/tin-tuc/nghien-cuu-trao-doi`` whose pagination is the raw
  ``?tx_news_pi1%5BcurrentPage%5D=N&cHash=…`` (the route enhancer is limited to ``/tin-tuc``);
  ``/thong-bao``; tag lists ``/tin-tuc?tx_news_pi1%5BoverwriteDemand%5D%5Btags%5D=N&cHash=…``;
  the news paginator writes "Trang 1 / 3." and links page 1 without a page argument.
- the date menu ("Lưu trữ tin", sidebar): ``/tin-tuc/luu-tru/YYYY/MM`` (+ ``/page-N``).
- ``/tin-tuc/rss.xml`` (tx_news RSS, typeNum 9818, the 8 newest news of ``/tin-tuc``; announced
  in ``<head>``), ``/sitemap.xml`` (EXT:seo index, announced in robots.txt) with the pages and
  news sitemaps at ``/sitemap.xml?sitemap=…&cHash=…`` listing every article.
- non-articles: home page, "Giới thiệu" and "Cơ cấu tổ chức" static pages (legacy
  ``csc-default`` content), "Lịch học" (a ``table.contenttable`` schedule), "Văn bản - Tài liệu"
  (``ul.ce-uploads`` file list), "Thư viện ảnh" with two albums (photos with captions, a date, no
  text), contact (powermail), search (indexed_search) and login (felogin) pages.
- chrome: header clock ``TODAY``, search box, main menu, breadcrumb ("Trang chủ › Tin tức › Chi
  tiết tin" on news pages: the rootline, not the category), sidebar (felogin box, "Tin mới
  nhất" with dates, "Lưu trữ tin", "Chuyên mục", banners, "Liên kết website", "Thống kê truy
  cập"), footer (address, phone, hotline, "Chịu trách nhiệm chính", "Bản quyền").

Traps and hard cases:
- the archive never ends: every ``/tin-tuc/luu-tru/YYYY/MM`` answers 200 (any 4-digit year) and
  prints "‹ Tháng trước" / "Tháng sau ›" (the sitepackage's addition), empty months saying
  "Không có tin tức nào trong thời gian này."; archive pages also print a category filter whose
  links keep the month (``addQueryString``): ``/tin-tuc/luu-tru/2026/11?tx_news_pi1%5B
  overwriteDemand%5D%5Bcategories%5D=3&cHash=…``, and the month and page links of those pages
  keep the category: months × categories × pages multiply without end.
- cHash: a raw tx_news URL with a missing or wrong cHash answers TYPO3's 404 ("Request
  parameters could not be validated"); unknown paths get the site's 404 page.
- soft 404: a detail URL of a deleted record (linked from article 395) answers 200 with the
  detail page's "Không tìm thấy tin tức." (the sitepackage emptied tx_news's errorHandling).
- the same article under two URLs (speaking and raw, see above).
- article 395 prints its teaser twice (teaser field and again as the RTE's first paragraph);
  article 388's RTE text is decomposed Unicode (NFD, typed with Unikey's "Unicode tổ hợp");
  article 381 (migrated from TYPO3 6.2) mixes named/numeric character references with UTF-8.

Gold (by hand):
- title: the detail template's headline (``h1``, or ``h3`` on the Thông báo template), not the
  ``h1`` "Thông báo" of the page layout nor the ``<title>``.
- published_at: the visible ``time`` text; news detail pages print date and time (taken with
  +07:00), the Thông báo template prints only a date (date only).
- summary: ``div.teaser-text`` when the record has a teaser; it is the body's first paragraph.
  On 395, where the RTE repeats it, it is in the body once.
- body: teaser, then ``p.bodytext`` paragraphs of ``news-text-wrap`` and of the record's content
  elements in page order, sub-headings and list items included, the English quote and slogan of
  407 included; captions, bylines, "Nguồn:", attachment names ("Tải về"), tags, related and
  "Tin khác" lists are not body.
- authors: the "Người viết:" field's names, without the academic title before them ("ThS. Lê Văn
  Minh" gives "Lê Văn Minh": harmonised with the other fixtures after the blind crawl), the
  unit after " – " dropped ("– Khoa Xây dựng Đảng", "– Khoa Lý luận Mác - Lênin, Tư tưởng Hồ Chí
  Minh"); two names joined by ", " are two authors; in-text credits: "Tin, ảnh: X" and "Tin và
  ảnh: X" put X in both lists, "Tin: X - Ảnh: Y" splits them, a bare right-aligned name is the
  author, "Ảnh: X" alone a photographer. "Nguồn: Báo Tuyên Quang điện tử" is the source.
- images: every article photo in page order (media, inline RTE, content elements), by its
  ``img src`` (the processed ``csm_`` file for media/content elements); caption = the figcaption,
  the ``dd.csc-textpic-caption`` or the centred italic line under an inline image; a caption
  ending "(Ảnh: Tư liệu)" is kept as printed and names no photographer (an archive photo, not a
  person); photos without a line have caption None. Listing thumbnails and banners are not
  article images.
- category: the record's category printed in ``span.news-list-category`` ("Tin hoạt động",
  "Nghiên cứu - Trao đổi", "Thông báo"), not the breadcrumb's "Tin tức" / "Chi tiết tin".
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import (
    PDF,
    TODAY,
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

NAME = "typo3_news_tct"
PLATFORM = "typo3"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
ADDRESS = "Số 6, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang"
PHONE = "0207 3 822 456"
HOTLINE = "0912 203 118"
EMAIL = "truongchinhtri@tuyenquang.gov.vn"
ENC_KEY = "b7c1e0f4a9d2"  # $GLOBALS['TYPO3_CONF_VARS']['SYS']['encryptionKey'] stand-in
EXT = "/typo3conf/ext/tct_sitepackage/Resources/Public"
UP = "/fileadmin/user_upload"
NEWS_PER_PAGE = 4
ARCHIVE_PER_PAGE = 4
FEED_SIZE = 8
DETAIL_NEWS = 12  # page uid of /tin-tuc/chi-tiet
DETAIL_NOTICE = 31  # page uid of /thong-bao/chi-tiet
SOFT_404 = "/tin-tuc/chi-tiet/hoc-vien-khoa-45-nghien-cuu-thuc-te-tai-huyen-lam-binh"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


@dataclass(frozen=True)
class Cat:
    uid: int
    slug: str
    name: str
    path: str  # the category's own listing page
    pid: int  # that page's uid
    per: int  # items per page of its list plugin
    detail: str  # speaking prefix of its detail page
    detail_pid: int


CATS: dict[str, Cat] = {
    "tin-hoat-dong": Cat(3, "tin-hoat-dong", "Tin hoạt động", "/tin-tuc/tin-hoat-dong", 14, 3,
                         "/tin-tuc/chi-tiet", DETAIL_NEWS),
    "nghien-cuu-trao-doi": Cat(4, "nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi",
                               "/tin-tuc/nghien-cuu-trao-doi", 15, 3, "/tin-tuc/chi-tiet", DETAIL_NEWS),
    "thong-bao": Cat(5, "thong-bao", "Thông báo", "/thong-bao", 30, 5, "/thong-bao/chi-tiet",
                     DETAIL_NOTICE),
}  # fmt: skip
_CAT_BY_UID = {c.uid: c for c in CATS.values()}
TAGS: dict[int, str] = {7: "Trung cấp lý luận chính trị", 8: "Chuyển đổi số", 9: "Công tác cán bộ"}


def _h(seed: str) -> str:
    return hashlib.md5(seed.encode("utf-8")).hexdigest()


def processed(name: str, size: str = "600x400") -> str:
    """FAL's processed file for an original under fileadmin: ``/fileadmin/_processed_/a/b/csm_…``."""
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    h = _h(name + size)
    return f"/fileadmin/_processed_/{h[0]}/{h[1]}/csm_{stem}_{h[2:12]}.jpg"


_ORIGINAL: dict[str, str] = {}


def _fal(name: str) -> str:
    """The processed file an image element prints, remembering its original (for thumbnails)."""
    src = processed(name)
    _ORIGINAL[src] = name
    return src


def _media(name: str, printed: str | None, caption: str | None) -> Img:
    return Img(_fal(name), printed, caption, "media")


# Story.opts: at (local datetime), author_field (printed "Người viết:" value), tags (uids),
# related (story ids), files ((href, label, size) …), top (home slider), nfd, entities.
# Img styles: media (news-img-wrap, figcaption), rte (inline image + centred italic line),
# ce (fluid_styled_content textpic; the following P(style="ce") are its bodytext),
# csc (css_styled_content textpic; the following P(style="csc") are its text).
# P styles: "" | h (bold sub-heading) | li | en (lang="en") | ce | csc | "a|href|phrase".
STORIES: list[Story] = [
    Story(
        id=412,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-47-he-khong-tap-trung",
        title="Khai giảng lớp Trung cấp lý luận chính trị khóa 47 hệ không tập trung",
        cat="tin-hoat-dong",
        published_at="2026-11-24T08:30:00+07:00",
        summary=(
            "Sáng 23/11/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ khai giảng lớp Trung cấp"
            " lý luận chính trị khóa 47, hệ không tập trung, mở tại Cơ sở 2 của Nhà trường cho 86"
            " học viên là cán bộ, công chức, viên chức các xã, phường và cơ quan, đơn vị trên địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            _media(
                f"{UP}/tin-tuc/2026/11/khai-giang-k47-1.jpg",
                "Đồng chí Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "Đồng chí Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            ),
            P(
                "Dự lễ khai giảng có đồng chí Nguyễn Văn Sơn, Phó Trưởng Ban Tổ chức Tỉnh ủy; lãnh đạo"
                " Trường Chính trị tỉnh; đại diện Đảng ủy các xã có học viên tham gia lớp học."
            ),
            P(
                "Phát biểu khai giảng, TS. Hoàng Thị Thanh Huyền, Hiệu trưởng Nhà trường nhấn mạnh: lớp"
                " học được tổ chức nhằm trang bị kiến thức lý luận chính trị, quản lý nhà nước một cách"
                " hệ thống cho đội ngũ cán bộ cơ sở sau sắp xếp tổ chức bộ máy và vận hành chính quyền"
                " địa phương hai cấp."
            ),
            Img(
                f"{UP}/tin-tuc/2026/11/khai-giang-k47-2.jpg",
                "Các đại biểu và học viên dự lễ khai giảng",
                "Các đại biểu và học viên dự lễ khai giảng",
                "rte",
            ),
            P(
                "Trong thời gian 8 tháng, học viên sẽ nghiên cứu 4 phần học với 19 học phần, gồm: những"
                " vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; những vấn đề cơ bản về"
                " Đảng Cộng sản và Nhà nước; quản lý hành chính nhà nước; kỹ năng lãnh đạo, quản lý và"
                " nghiên cứu thực tế."
            ),
            P(
                "Trước đó, học viên lớp khóa 46 đã hoàn thành đợt nghiên cứu thực tế tại xã Lâm Bình và"
                " đang chuẩn bị viết tiểu luận cuối khóa.",
                "a|@raw:395|đợt nghiên cứu thực tế tại xã Lâm Bình",
            ),
            P(
                "Nhà trường yêu cầu học viên chấp hành nghiêm quy chế học tập, chủ động nghiên cứu tài"
                " liệu, tích cực trao đổi, thảo luận, gắn lý luận với thực tiễn công tác tại địa phương,"
                " đơn vị."
            ),
            Raw(
                '<p class="bodytext" style="text-align: right;"><strong>Tin, ảnh: Hoàng Thu Trang</strong></p>'
            ),
        ],
        authors=["Hoàng Thu Trang"],
        photographers=["Hoàng Thu Trang"],
        opts={"at": datetime(2026, 11, 24, 8, 30), "tags": [7], "related": [395, 388], "top": True},
    ),
    Story(
        id=410,
        slug="thong-bao-tuyen-sinh-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
        title="Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="thong-bao",
        published_at="2026-11-23",
        blocks=[
            P(
                "Thực hiện Kế hoạch của Học viện Chính trị quốc gia Hồ Chí Minh về đào tạo cao cấp lý"
                " luận chính trị năm 2027, Trường Chính trị tỉnh Tuyên Quang thông báo tuyển sinh lớp"
                " Cao cấp lý luận chính trị hệ không tập trung, cụ thể như sau:"
            ),
            P("1. Đối tượng, tiêu chuẩn", "h"),
            P(
                "Cán bộ lãnh đạo, quản lý diện Ban Thường vụ Tỉnh ủy quản lý và cán bộ trong quy hoạch"
                " các chức danh tương đương;",
                "li",
            ),
            P(
                "Có trình độ đại học trở lên, đã có bằng trung cấp lý luận chính trị hoặc tương đương;",
                "li",
            ),
            P(
                "Tuổi đời khi được cử đi học: nam không quá 50 tuổi, nữ không quá 45 tuổi (trừ trường hợp"
                " đặc biệt theo quy định).",
                "li",
            ),
            P("2. Hồ sơ và thời gian nhận hồ sơ", "h"),
            P(
                "Hồ sơ gồm: quyết định hoặc công văn cử đi học của cấp có thẩm quyền; bản sao bằng tốt"
                " nghiệp đại học, bằng trung cấp lý luận chính trị; lý lịch học viên theo mẫu (tải về ở"
                " cuối thông báo)."
            ),
            P(
                "Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 25/12/2026, tại Phòng Quản lý đào"
                " tạo - Nghiên cứu khoa học, Trường Chính trị tỉnh (điện thoại: 0207 3 822 459)."
            ),
        ],
        opts={
            "at": datetime(2026, 11, 23, 15, 10),
            "files": [
                (
                    f"{UP}/thong-bao/2026/215-TB-TCT-tuyen-sinh-CCLLCT-2027.pdf",
                    "Thông báo số 215/TB-TCT ngày 20/11/2026",
                    "284 KB",
                ),
                (f"{UP}/thong-bao/2026/mau-ly-lich-hoc-vien.docx", "Mẫu lý lịch học viên", "41 KB"),
            ],
        },
    ),
    Story(
        id=407,
        slug="hoi-thao-khoa-hoc-chuyen-doi-so-trong-dao-tao-boi-duong-can-bo-cong-chuc",
        title="Hội thảo khoa học “Chuyển đổi số trong đào tạo, bồi dưỡng cán bộ, công chức”",
        cat="tin-hoat-dong",
        published_at="2026-11-20T14:15:00+07:00",
        summary=(
            "Ngày 19/11/2026, Trường Chính trị tỉnh phối hợp với Sở Khoa học và Công nghệ tổ chức Hội"
            " thảo khoa học “Chuyển đổi số trong đào tạo, bồi dưỡng cán bộ, công chức: thực trạng và"
            " giải pháp”."
        ),
        sapo_outside=True,
        blocks=[
            _media(
                f"{UP}/tin-tuc/2026/11/hoi-thao-cds-1.jpg",
                "Quang cảnh Hội thảo",
                "Quang cảnh Hội thảo",
            ),
            P(
                "Hội thảo nhận được 32 bài tham luận của các nhà khoa học, giảng viên Nhà trường và cán"
                " bộ các sở, ngành. Các ý kiến tập trung làm rõ yêu cầu đổi mới phương thức đào tạo, bồi"
                " dưỡng trong bối cảnh chuyển đổi số; kinh nghiệm xây dựng bài giảng điện tử, lớp học"
                " trực tuyến và hệ thống quản lý học tập (LMS)."
            ),
            P(
                "Tham luận tại Hội thảo, ông Michael Turner, chuyên gia tư vấn của một dự án hợp tác quốc"
                " tế về cải cách hành chính, chia sẻ:"
            ),
            P(
                "“Digital skills are no longer optional for public servants. They are the foundation of"
                " a modern, transparent and accountable administration.”",
                "en",
            ),
            P(
                "Theo ông, kỹ năng số không còn là lựa chọn đối với công chức mà là nền tảng của một nền"
                " hành chính hiện đại, minh bạch và có trách nhiệm giải trình."
            ),
            Img(
                _fal(f"{UP}/tin-tuc/2026/11/hoi-thao-cds-2.jpg"),
                "Giảng viên Nhà trường trình bày tham luận về xây dựng bài giảng điện tử",
                "Giảng viên Nhà trường trình bày tham luận về xây dựng bài giảng điện tử",
                "ce",
            ),
            P(
                "Phát biểu kết luận, đồng chí Phó Hiệu trưởng Nhà trường đề nghị các khoa, phòng tiếp thu"
                " các ý kiến tại Hội thảo, sớm hoàn thiện đề án số hóa học liệu, phấn đấu đến năm 2027"
                " có 100% học phần chương trình trung cấp lý luận chính trị có bài giảng điện tử.",
                "ce",
            ),
            P(
                "Hội thảo cũng thống nhất khẩu hiệu hành động cho năm học tới: “Smart School – Smart"
                " Training”, gắn với mục tiêu xây dựng Trường Chính trị đạt chuẩn mức 1.",
                "ce",
            ),
            Raw('<p class="bodytext" style="text-align: right;"><em>Ảnh: Đức Anh</em></p>'),
        ],
        authors=["Lê Văn Minh"],
        photographers=["Đức Anh"],
        opts={
            "at": datetime(2026, 11, 20, 14, 15),
            "author_field": "ThS. Lê Văn Minh – Khoa Xây dựng Đảng",
            "tags": [8],
            "related": [369],
            "top": True,
        },
    ),
    Story(
        id=399,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-hoat-dong",
        published_at="2026-11-19T16:40:00+07:00",
        blocks=[
            _media(
                f"{UP}/tin-tuc/2026/11/ky-niem-20-11-1.jpg",
                "Đồng chí Bí thư Đảng ủy, Hiệu trưởng Nhà trường phát biểu tại buổi lễ",
                "Đồng chí Bí thư Đảng ủy, Hiệu trưởng Nhà trường phát biểu tại buổi lễ",
            ),
            _media(f"{UP}/tin-tuc/2026/11/ky-niem-20-11-2.jpg", None, None),
            _media(
                f"{UP}/tin-tuc/2026/11/ky-niem-20-11-3.jpg",
                "Trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho các nhà giáo",
                "Trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho các nhà giáo",
            ),
            P(
                "Chiều 19/11/2026, Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
                " (20/11/1982 - 20/11/2026). Dự buổi lễ có lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở"
                " Giáo dục và Đào tạo cùng toàn thể cán bộ, giảng viên, nhân viên Nhà trường."
            ),
            P(
                "Buổi lễ đã điểm lại những kết quả nổi bật trong năm học 2025 - 2026: Nhà trường mở 42"
                " lớp đào tạo, bồi dưỡng với hơn 3.600 lượt học viên; 100% giảng viên đạt chuẩn theo quy"
                " định; 2 đề tài khoa học cấp tỉnh được nghiệm thu đạt loại xuất sắc."
            ),
            P(
                "Dịp này, 3 nhà giáo được trao Kỷ niệm chương “Vì sự nghiệp giáo dục”; 12 tập thể, cá nhân"
                " được Hiệu trưởng tặng Giấy khen vì có thành tích xuất sắc trong công tác giảng dạy và"
                " nghiên cứu khoa học."
            ),
            Raw(
                '<p class="bodytext" style="text-align: right;"><strong>Tin: Phạm Ngọc Ánh - Ảnh: Vũ Minh'
                " Đức</strong></p>"
            ),
        ],
        authors=["Phạm Ngọc Ánh"],
        photographers=["Vũ Minh Đức"],
        opts={"at": datetime(2026, 11, 19, 16, 40), "top": True},
    ),
    Story(
        id=405,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-cong-tac-can-bo-trong-xay-dung-doi-ngu-can-bo-cap-co-so",
        title=(
            "Vận dụng tư tưởng Hồ Chí Minh về công tác cán bộ trong xây dựng đội ngũ cán bộ cấp cơ sở"
            " hiện nay"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-18T09:00:00+07:00",
        summary=(
            "Tư tưởng Hồ Chí Minh về công tác cán bộ là cơ sở lý luận quan trọng để Đảng ta xây dựng đội"
            " ngũ cán bộ các cấp, nhất là cán bộ cấp cơ sở - nơi trực tiếp tổ chức thực hiện chủ trương"
            " của Đảng, chính sách, pháp luật của Nhà nước."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Quan điểm của Hồ Chí Minh về công tác cán bộ", "h"),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”, “muôn việc thành"
                " công hoặc thất bại đều do cán bộ tốt hay kém”. Theo Người, người cán bộ phải có đủ đức"
                " và tài, trong đó đức là gốc; phải gần dân, hiểu dân, học dân và có trách nhiệm với dân."
            ),
            P(
                "Người đặc biệt coi trọng việc huấn luyện cán bộ, coi đó là “công việc gốc của Đảng”; đồng"
                " thời chỉ rõ phải khéo dùng cán bộ, dùng người đúng chỗ, đúng việc, thường xuyên kiểm"
                " tra, giúp đỡ cán bộ tiến bộ."
            ),
            P("2. Một số giải pháp vận dụng", "h"),
            P(
                "Thứ nhất, đổi mới nội dung, chương trình đào tạo, bồi dưỡng theo hướng sát với yêu cầu"
                " nhiệm vụ của chính quyền địa phương hai cấp, tăng thời lượng thực hành, xử lý tình huống."
            ),
            P(
                "Thứ hai, gắn đào tạo với sử dụng cán bộ; đánh giá cán bộ bằng kết quả, sản phẩm cụ thể,"
                " lấy sự hài lòng của Nhân dân làm thước đo."
            ),
            P(
                "Thứ ba, tăng cường kiểm tra, giám sát, kịp thời phát hiện, chấn chỉnh những biểu hiện suy"
                " thoái về tư tưởng chính trị, đạo đức, lối sống trong đội ngũ cán bộ."
            ),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={
            "at": datetime(2026, 11, 18, 9, 0),
            "author_field": "ThS. Lê Thị Thu Hà – Khoa Lý luận Mác - Lênin, Tư tưởng Hồ Chí Minh",
            "tags": [9],
        },
    ),
    Story(
        id=403,
        slug="thong-bao-lich-hoc-thang-12-2026-cac-lop-trung-cap-ly-luan-chinh-tri",
        title="Thông báo lịch học tháng 12/2026 các lớp Trung cấp lý luận chính trị",
        cat="thong-bao",
        published_at="2026-11-16",
        blocks=[
            P(
                "Phòng Quản lý đào tạo - Nghiên cứu khoa học thông báo lịch học tháng 12/2026 của các lớp"
                " Trung cấp lý luận chính trị khóa 46, khóa 47 hệ không tập trung."
            ),
            P(
                "Lịch học chi tiết của từng lớp được đăng tại mục Lịch học trên Trang thông tin điện tử"
                " của Nhà trường.",
                "a|/dao-tao/lich-hoc|mục Lịch học",
            ),
            P(
                "Đề nghị các đồng chí học viên bố trí công việc, tham gia học tập đầy đủ, đúng giờ. Mọi"
                " thắc mắc xin liên hệ đồng chí Hà Thị Lan, chuyên viên Phòng Quản lý đào tạo - Nghiên"
                " cứu khoa học, số điện thoại 0912 458 316."
            ),
        ],
        opts={"at": datetime(2026, 11, 16, 10, 5)},
    ),
    Story(
        id=395,
        slug="hoc-vien-lop-trung-cap-ly-luan-chinh-tri-khoa-46-nghien-cuu-thuc-te-tai-xa-lam-binh",
        title="Học viên lớp Trung cấp lý luận chính trị khóa 46 nghiên cứu thực tế tại xã Lâm Bình",
        cat="tin-hoat-dong",
        published_at="2026-11-12T07:45:00+07:00",
        summary=(
            "Từ ngày 09 đến 11/11/2026, 78 học viên lớp Trung cấp lý luận chính trị khóa 46 đã đi nghiên"
            " cứu thực tế tại xã Lâm Bình về phát triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc."
        ),
        blocks=[
            P(
                "Từ ngày 09 đến 11/11/2026, 78 học viên lớp Trung cấp lý luận chính trị khóa 46 đã đi nghiên"
                " cứu thực tế tại xã Lâm Bình về phát triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc."
            ),
            P(
                "Tại đây, đoàn đã làm việc với Đảng ủy, UBND xã, nghe giới thiệu về tình hình phát triển"
                " kinh tế - xã hội và kết quả thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030;"
                " tham quan mô hình du lịch cộng đồng tại thôn Nà Thác và làng nghề dệt thổ cẩm của đồng"
                " bào Tày."
            ),
            Img(
                f"{UP}/tin-tuc/2026/11/nghien-cuu-thuc-te-k46.jpg",
                "Học viên tìm hiểu nghề dệt thổ cẩm tại thôn Nà Thác",
                "Học viên tìm hiểu nghề dệt thổ cẩm tại thôn Nà Thác",
                "rte",
            ),
            P(
                "Năm 2025, học viên khóa 45 cũng đã đến nghiên cứu thực tế tại địa phương và đề xuất nhiều"
                " giải pháp phát triển du lịch cộng đồng được cấp ủy, chính quyền ghi nhận.",
                f"a|{SOFT_404}|học viên khóa 45 cũng đã đến nghiên cứu thực tế",
            ),
            P(
                "Kết thúc đợt nghiên cứu thực tế, các tổ học tập sẽ báo cáo thu hoạch và bảo vệ trước giảng"
                " viên hướng dẫn vào tuần đầu tháng 12/2026."
            ),
            Raw(
                '<p class="bodytext" style="text-align: right;"><strong>Tin và ảnh: Ma Thị Hồng</strong></p>'
            ),
        ],
        authors=["Ma Thị Hồng"],
        photographers=["Ma Thị Hồng"],
        opts={"at": datetime(2026, 11, 12, 7, 45), "tags": [7]},
    ),
    Story(
        id=392,
        slug="nang-cao-chat-luong-sinh-hoat-chi-bo-trong-giai-doan-hien-nay",
        title="Nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn hiện nay",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-05T10:00:00+07:00",
        summary=(
            "Sinh hoạt chi bộ là hình thức quan trọng để giáo dục, rèn luyện, quản lý đảng viên. Bài viết"
            " phân tích thực trạng và đề xuất một số giải pháp nâng cao chất lượng sinh hoạt chi bộ ở cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            _media(
                f"{UP}/tin-tuc/2026/11/sinh-hoat-chi-bo.jpg",
                "Một buổi sinh hoạt chi bộ thôn ở xã Yên Sơn (Ảnh: Tư liệu)",
                "Một buổi sinh hoạt chi bộ thôn ở xã Yên Sơn (Ảnh: Tư liệu)",
            ),
            P(
                "Thời gian qua, thực hiện Chỉ thị số 10-CT/TW của Ban Bí thư và Hướng dẫn số 12-HD/BTCTW"
                " của Ban Tổ chức Trung ương, chất lượng sinh hoạt chi bộ trên địa bàn tỉnh từng bước được"
                " nâng lên. Nhiều chi bộ đã đổi mới cách thức tổ chức, lựa chọn chuyên đề sát thực tế, khơi"
                " dậy tinh thần tự phê bình và phê bình của đảng viên."
            ),
            P(
                "Tuy nhiên, ở một số nơi, sinh hoạt chi bộ vẫn còn hình thức, nội dung đơn điệu, chủ yếu"
                " thông báo tình hình và triển khai nhiệm vụ; vai trò của cấp ủy trong chuẩn bị nội dung"
                " sinh hoạt chưa được phát huy đầy đủ."
            ),
            P(
                "Để khắc phục, cần tập trung vào ba nhóm giải pháp: nâng cao năng lực của bí thư chi bộ;"
                " chuẩn bị kỹ nội dung, chương trình từng kỳ sinh hoạt; tăng cường kiểm tra, giám sát và"
                " định kỳ đánh giá chất lượng sinh hoạt chi bộ."
            ),
        ],
        authors=["Nguyễn Thị Hồng Vân"],
        opts={
            "at": datetime(2026, 11, 5, 10, 0),
            "author_field": "TS. Nguyễn Thị Hồng Vân – Phó Trưởng khoa Xây dựng Đảng",
        },
    ),
    Story(
        id=388,
        slug="be-giang-lop-boi-duong-ly-luan-chinh-tri-danh-cho-dang-vien-moi-khoa-12-nam-2026",
        title="Bế giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới khóa 12 năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-30T10:20:00+07:00",
        blocks=[
            _media(
                f"{UP}/tin-tuc/2026/10/be-giang-dang-vien-moi-k12.jpg",
                "Trao giấy chứng nhận cho học viên đạt kết quả xuất sắc",
                "Trao giấy chứng nhận cho học viên đạt kết quả xuất sắc",
            ),
            P(
                "Sáng 29/10/2026, Trường Chính trị tỉnh tổ chức Lễ bế giảng lớp bồi dưỡng lý luận chính trị"
                " dành cho đảng viên mới khóa 12 năm 2026."
            ),
            P(
                "Sau 10 ngày học tập, 115 học viên đã được nghiên cứu các chuyên đề về chủ nghĩa Mác - Lênin,"
                " tư tưởng Hồ Chí Minh; Điều lệ Đảng; nhiệm vụ của đảng viên và những nội dung cơ bản về"
                " lịch sử Đảng bộ tỉnh Tuyên Quang. Kết quả, 100% học viên đủ điều kiện được cấp giấy chứng"
                " nhận, trong đó 38 học viên đạt loại giỏi."
            ),
            P(
                "Phát biểu bế giảng, đại diện lãnh đạo Nhà trường mong muốn các đồng chí đảng viên mới tiếp"
                " tục tu dưỡng, rèn luyện, phát huy vai trò tiên phong, gương mẫu tại cơ quan, đơn vị và nơi"
                " cư trú."
            ),
            Raw('<p class="bodytext" style="text-align: right;">Nguyễn Thị Mai Hương</p>'),
        ],
        authors=["Nguyễn Thị Mai Hương"],
        opts={"at": datetime(2026, 10, 30, 10, 20), "nfd": True},
    ),
    Story(
        id=385,
        slug="ke-hoach-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-khoa-45",
        title="Kế hoạch thi tốt nghiệp lớp Trung cấp lý luận chính trị khóa 45",
        cat="thong-bao",
        published_at="2026-10-26",
        blocks=[
            P(
                "Trường Chính trị tỉnh Tuyên Quang thông báo Kế hoạch thi tốt nghiệp lớp Trung cấp lý luận"
                " chính trị khóa 45 hệ không tập trung như sau:"
            ),
            P("Thời gian thi: ngày 12 và 13/11/2026;", "li"),
            P("Hình thức thi: thi viết, thời gian làm bài 180 phút/môn;", "li"),
            P("Địa điểm: Hội trường A, Trường Chính trị tỉnh.", "li"),
            P("Học viên xem chi tiết kế hoạch và danh sách dự thi trong tệp đính kèm."),
        ],
        opts={
            "at": datetime(2026, 10, 26, 14, 0),
            "files": [
                (
                    f"{UP}/thong-bao/2026/98-KH-TCT-thi-tot-nghiep-K45.pdf",
                    "Kế hoạch số 98/KH-TCT",
                    "176 KB",
                ),
                (
                    f"{UP}/thong-bao/2026/danh-sach-du-thi-K45.xlsx",
                    "Danh sách học viên dự thi",
                    "52 KB",
                ),
            ],
        },
    ),
    Story(
        id=381,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-21T15:00:00+07:00",
        summary=(
            "Chiều 20/10/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề"
            " “Nâng cao tinh thần trách nhiệm, tính tiên phong, gương mẫu của đảng viên là giảng viên”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi sinh hoạt, các đảng viên đã nghe đồng chí Bí thư Chi bộ trình bày chuyên đề, làm"
                " rõ những yêu cầu đặt ra đối với đảng viên là giảng viên lý luận chính trị trong bối cảnh"
                " mới: vừa vững vàng về bản lĩnh chính trị, vừa giỏi chuyên môn, thành thạo kỹ năng số."
            ),
            Img(
                "/fileadmin/_migrated/pics/sinh-hoat-chuyen-de-q4.jpg",
                "Đảng viên Chi bộ Khoa Xây dựng Đảng thảo luận tại buổi sinh hoạt",
                "Đảng viên Chi bộ Khoa Xây dựng Đảng thảo luận tại buổi sinh hoạt",
                "csc",
            ),
            P(
                "Nhiều ý kiến thảo luận thẳng thắn, chỉ ra những hạn chế như: việc cập nhật thông tin thực"
                " tiễn vào bài giảng có lúc chưa kịp thời; một số giảng viên trẻ còn lúng túng khi xử lý"
                " tình huống trên lớp.",
                "csc",
            ),
            P(
                "Kết luận buổi sinh hoạt, Chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một nội dung cụ"
                " thể để khắc phục hạn chế và làm theo tấm gương đạo đức Hồ Chí Minh trong năm 2027.",
                "csc",
            ),
        ],
        authors=["Đặng Quốc Toàn"],
        opts={"at": datetime(2026, 10, 21, 15, 0), "author_field": "Đặng Quốc Toàn", "entities": 2},
    ),
    Story(
        id=374,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-08T08:00:00+07:00",
        blocks=[
            _media(
                f"{UP}/tin-tuc/2026/10/hoi-thi-gvdg-1.jpg",
                "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng tại Hội thi",
                "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng tại Hội thi",
            ),
            _media(f"{UP}/tin-tuc/2026/10/hoi-thi-gvdg-2.jpg", None, None),
            P(
                "Từ ngày 05 đến 07/10/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thi giảng viên dạy"
                " giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa chuyên môn."
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng lý thuyết 45 phút và một phần xử lý tình huống sư"
                " phạm. Ban Giám khảo đánh giá các bài giảng được chuẩn bị công phu, nhiều giảng viên ứng"
                " dụng hiệu quả công nghệ thông tin, phương pháp giảng dạy tích cực."
            ),
            P(
                "Kết quả, Ban Tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 5 giải Khuyến khích. Các"
                " giảng viên đạt giải Nhất sẽ được cử tham dự Hội thi giảng viên giỏi các trường chính trị"
                " toàn quốc năm 2027."
            ),
            Raw(
                '<p class="bodytext" style="text-align: right;"><strong>Minh Châu</strong></p>\n'
                '<p class="bodytext" style="text-align: right;"><em>Nguồn: Báo Tuyên Quang điện tử</em></p>'
            ),
        ],
        authors=["Minh Châu"],
        source="Báo Tuyên Quang điện tử",
        opts={"at": datetime(2026, 10, 8, 8, 0), "related": [412]},
    ),
    Story(
        id=369,
        slug="doi-moi-phuong-phap-giang-day-ly-luan-chinh-tri-theo-huong-phat-huy-tinh-tich-cuc-cua-hoc-vien",
        title="Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực của học viên",
        cat="nghien-cuu-trao-doi",
        published_at="2026-09-28T08:15:00+07:00",
        summary=(
            "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng"
            " lý luận chính trị, giúp học viên chủ động tiếp nhận và vận dụng kiến thức vào thực tiễn công tác."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đặc thù của học viên các lớp lý luận chính trị là cán bộ đang công tác, có kinh nghiệm thực"
                " tiễn phong phú. Vì vậy, giảng viên cần chuyển từ truyền thụ một chiều sang tổ chức cho học"
                " viên thảo luận, tranh luận, nghiên cứu tình huống và liên hệ thực tiễn địa phương."
            ),
            Img(f"{UP}/tin-tuc/2026/09/giang-day-tich-cuc.jpg", None, None, "rte"),
            P(
                "Bên cạnh đó, cần đẩy mạnh ứng dụng công nghệ thông tin, xây dựng kho học liệu số, bài giảng"
                " điện tử; đổi mới kiểm tra, đánh giá theo hướng đánh giá năng lực vận dụng của học viên thay"
                " vì chỉ kiểm tra khả năng ghi nhớ."
            ),
            P(
                "Để thực hiện hiệu quả, mỗi giảng viên phải không ngừng tự học, tự bồi dưỡng, tích cực đi thực"
                " tế cơ sở để bổ sung thông tin, tư liệu cho bài giảng."
            ),
        ],
        authors=["Lê Văn Minh", "Hà Thị Lan"],
        opts={
            "at": datetime(2026, 9, 28, 8, 15),
            "author_field": "ThS. Lê Văn Minh, ThS. Hà Thị Lan",
            "tags": [8],
        },
    ),
]
_BY_ID = {s.id: s for s in STORIES}
_NEWEST = sorted(STORIES, key=lambda s: s.opts["at"], reverse=True)
NEWS_CATS = ("tin-hoat-dong", "nghien-cuu-trao-doi")  # the categories of the /tin-tuc plugin
NEWS = [s for s in _NEWEST if s.cat in NEWS_CATS]


def cat_of(s: Story) -> Cat:
    return CATS[s.cat]


def article_path(s: Story) -> str:
    return f"{cat_of(s).detail}/{s.slug}"


def in_cat(slug: str) -> list[Story]:
    return [s for s in _NEWEST if s.cat == slug]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


# --- TYPO3 links: query strings with cHash ----------------------------------------------------


def chash(scope: str, params: list[tuple[str, str]]) -> str:
    """The cacheHash of a set of plugin arguments on one page (``scope``: page uid + route)."""
    base = "&".join(f"{k}={v}" for k, v in sorted(params))
    return _h(f"{ENC_KEY}|{scope}|{base}")


def _query(scope: str, params: list[tuple[str, str]]) -> str:
    """``k=v&…&cHash=…`` with brackets percent-encoded, as TYPO3's typolink writes them."""
    parts = [f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in params]
    return "&".join([*parts, f"cHash={chash(scope, params)}"])


def raw_detail(s: Story) -> str:
    pid = cat_of(s).detail_pid
    params = [
        ("tx_news_pi1[news]", str(s.id)),
        ("tx_news_pi1[controller]", "News"),
        ("tx_news_pi1[action]", "detail"),
    ]
    return "/index.php?" + _query(f"id={pid}", [("id", str(pid)), *params])


def _cat_page_link(cat: Cat, page: int) -> str:
    if page <= 1:
        return cat.path
    return f"{cat.path}?" + _query(cat.path, [("tx_news_pi1[currentPage]", str(page))])


def _tag_link(uid: int, page: int = 1) -> str:
    params = [("tx_news_pi1[overwriteDemand][tags]", str(uid))]
    if page > 1:
        params.append(("tx_news_pi1[currentPage]", str(page)))
    return "/tin-tuc?" + _query("/tin-tuc", params)


def _archive_path(year: int, month: int, page: int = 1) -> str:
    tail = f"/page-{page}" if page > 1 else ""
    return f"/tin-tuc/luu-tru/{year:04d}/{month:02d}{tail}"


def archive_link(year: int, month: int, cat: int | None = None, page: int = 1) -> str:
    path = _archive_path(year, month, page)
    if cat is None:
        return path
    return f"{path}?" + _query(path, [("tx_news_pi1[overwriteDemand][categories]", str(cat))])


def _news_page_link(page: int) -> str:
    return "/tin-tuc" if page <= 1 else f"/tin-tuc/page-{page}"


MONTHS = sorted({(s.opts["at"].year, s.opts["at"].month) for s in STORIES}, reverse=True)


def in_month(year: int, month: int, cat: int | None = None) -> list[Story]:
    return [
        s
        for s in _NEWEST
        if (s.opts["at"].year, s.opts["at"].month) == (year, month)
        and (cat is None or cat_of(s).uid == cat)
    ]


GOLD: list[dict] = [
    gold_record(s, article_path(s), cat_of(s).name, alt_paths=[raw_detail(s)]) for s in _NEWEST
]

ALBUMS: dict[str, tuple[str, date, list[tuple[str, str | None]]]] = {
    "le-khai-giang-lop-trung-cap-llct-khoa-47": (
        "Lễ khai giảng lớp Trung cấp LLCT khóa 47", date(2026, 11, 24),
        [("album-k47-01.jpg", "Quang cảnh lễ khai giảng"),
         ("album-k47-02.jpg", "Học viên chào cờ"),
         ("album-k47-03.jpg", None),
         ("album-k47-04.jpg", "Học viên chụp ảnh lưu niệm với lãnh đạo Nhà trường")],
    ),
    "hoi-thao-chuyen-doi-so-2026": (
        "Hội thảo khoa học về chuyển đổi số năm 2026", date(2026, 11, 20),
        [("album-cds-01.jpg", "Đại biểu dự Hội thảo"),
         ("album-cds-02.jpg", "Phiên thảo luận chuyên đề"),
         ("album-cds-03.jpg", None)],
    ),
}  # fmt: skip

STATIC_PAGES: dict[str, tuple[int, str, list[str]]] = {
    "/gioi-thieu": (2, "Lịch sử hình thành và phát triển", [
        "Trường Chính trị tỉnh Tuyên Quang tiền thân là Trường Đảng tỉnh, được thành lập năm 1949 tại"
        " chiến khu Việt Bắc. Qua các thời kỳ, Nhà trường mang các tên gọi Trường Đảng tỉnh, Trường Đào"
        " tạo cán bộ Lê Hồng Phong và từ năm 2003 là Trường Chính trị tỉnh Tuyên Quang.",
        "Nhà trường là cơ quan trực thuộc Tỉnh ủy, Ủy ban nhân dân tỉnh, có chức năng đào tạo, bồi dưỡng"
        " cán bộ, công chức, viên chức của hệ thống chính trị ở địa phương và nghiên cứu khoa học.",
        "Năm 2025, thực hiện sắp xếp tổ chức bộ máy, Trường Chính trị tỉnh Hà Giang được hợp nhất vào"
        " Nhà trường; cơ sở tại phường Hà Giang 1 trở thành Cơ sở 2 của Trường.",
    ]),
    "/gioi-thieu/co-cau-to-chuc": (3, "Cơ cấu tổ chức", [
        "Ban Giám hiệu: Hiệu trưởng và 03 Phó Hiệu trưởng.",
        "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo - Nghiên cứu khoa học.",
        "Các khoa chuyên môn: Khoa Lý luận Mác - Lênin, Tư tưởng Hồ Chí Minh; Khoa Xây dựng Đảng; Khoa"
        " Nhà nước và pháp luật; Khoa Dân vận.",
    ]),
}  # fmt: skip

SCHEDULE = [
    ("Ngày", "Lớp", "Nội dung", "Giảng viên", "Địa điểm"),
    ("01-03/12/2026", "TCLLCT K46", "Học phần IV.3: Kỹ năng lãnh đạo, quản lý", "ThS. Lê Văn Minh", "Phòng học 201"),
    ("04/12/2026", "TCLLCT K46", "Thi hết học phần IV", "Phòng QLĐT-NCKH", "Hội trường A"),
    ("07-11/12/2026", "TCLLCT K47", "Học phần I.1: Chủ nghĩa duy vật biện chứng", "TS. Hoàng Thị Thanh Huyền", "Cơ sở 2"),
    ("14-18/12/2026", "TCLLCT K47", "Học phần I.2: Chủ nghĩa duy vật lịch sử", "ThS. Lê Thị Thu Hà", "Cơ sở 2"),
    ("21-23/12/2026", "Bồi dưỡng đảng viên mới K13", "Chuyên đề 1 - 3", "Khoa Xây dựng Đảng", "Hội trường B"),
]  # fmt: skip

DOCUMENTS = [
    ("quy-che-dao-tao-tcllct-2025.pdf", "Quy chế đào tạo trung cấp lý luận chính trị (ban hành kèm Quyết định số 112/QĐ-TCT)", "412 KB"),
    ("chuong-trinh-tcllct-2025.pdf", "Chương trình đào tạo trung cấp lý luận chính trị - hành chính", "1.2 MB"),
    ("mau-tieu-luan-cuoi-khoa.docx", "Mẫu trình bày tiểu luận cuối khóa", "38 KB"),
    ("ke-hoach-dao-tao-boi-duong-2027.pdf", "Kế hoạch đào tạo, bồi dưỡng năm 2027", "356 KB"),
]  # fmt: skip

NON_ARTICLES: list[str] = [
    "/",
    *(_news_page_link(n) for n in range(1, _pages(len(NEWS), NEWS_PER_PAGE) + 1)),
    *(
        _cat_page_link(c, n)
        for c in CATS.values()
        for n in range(1, _pages(len(in_cat(c.slug)), c.per) + 1)
    ),
    *(_tag_link(uid) for uid in TAGS),
    *(
        _archive_path(y, m, n)
        for y, m in MONTHS
        for n in range(1, _pages(len(in_month(y, m)), ARCHIVE_PER_PAGE) + 1)
    ),
    *STATIC_PAGES,
    "/dao-tao/lich-hoc",
    "/van-ban",
    "/thu-vien-anh",
    *(f"/thu-vien-anh/{slug}" for slug in ALBUMS),
    "/lien-he",
    "/tim-kiem",
    "/dang-nhap",
    SOFT_404,
]


# --- rendering: text ---------------------------------------------------------------------------


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _para(p: P, s: Story) -> str:
    if p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        if href.startswith("@raw:"):
            href = raw_detail(_BY_ID[int(href[5:])])
        before, after = p.text.split(phrase, 1)
        inner = f'{_t(before, s)}<a href="{esc(href)}">{_t(phrase, s)}</a>{_t(after, s)}'
        return f'<p class="bodytext">{inner}</p>'
    if p.style == "h":
        return f'<p class="bodytext"><strong>{_t(p.text, s)}</strong></p>'
    if p.style == "en":
        return f'<p class="bodytext" style="text-align: justify;"><em><span lang="en">{_t(p.text, s)}</span></em></p>'
    return f'<p class="bodytext" style="text-align: justify;">{_t(p.text, s)}</p>'


def _media_wrap(s: Story) -> str:
    media = [i for i in s.images if i.style == "media"]
    if not media:
        return ""
    figs = []
    for i in media:
        cap = (
            f'\n<figcaption class="news-img-caption">{_t(i.printed, s)}</figcaption>'
            if i.printed
            else ""
        )
        figs.append(
            '<div class="outer"><figure class="mediaelement mediaelement-image">'
            f'<img src="{esc(i.src)}" width="600" height="400" alt="{esc(s.title)}" title="" />{cap}</figure></div>'
        )
    return '<!-- media files -->\n<div class="news-img-wrap">\n' + "\n".join(figs) + "\n</div>\n"


def _rte_image(i: Img, s: Story, n: int) -> str:
    out = (
        f'<p class="bodytext" style="text-align: center;"><img src="{esc(i.src)}" alt="" width="640"'
        f' height="427" data-htmlarea-file-uid="{2400 + s.id + n}" data-htmlarea-file-table="sys_file" /></p>'
    )
    if i.printed:
        out += f'\n<p class="bodytext" style="text-align: center;"><em>{_t(i.printed, s)}</em></p>'
    return out


def _ce_textpic(i: Img, paras: list[P | Raw], s: Story, uid: int) -> str:
    cap = f'<figcaption class="image-caption">{_t(i.printed, s)}</figcaption>' if i.printed else ""
    texts = "\n".join(
        p.html if isinstance(p, Raw) else f'<p class="bodytext">{_t(p.text, s)}</p>' for p in paras
    )
    return (
        f'<div id="c{uid}" class="frame frame-default frame-type-textpic frame-layout-0"><a id="c{uid + 1}"></a>'
        '<div class="ce-textpic ce-center ce-above"><div class="ce-gallery" data-ce-columns="1" data-ce-images="1">'
        '<div class="ce-outer"><div class="ce-inner"><div class="ce-row"><div class="ce-column"><figure class="image">'
        f'<img class="image-embed-item" src="{esc(i.src)}" width="600" height="400" loading="lazy" alt="" />{cap}'
        f'</figure></div></div></div></div></div><div class="ce-bodytext">\n{texts}\n</div></div></div>'
    )


def _csc_textpic(i: Img, paras: list[P | Raw], s: Story, uid: int) -> str:
    cap = f'<dd class="csc-textpic-caption">{_t(i.printed, s)}</dd>' if i.printed else ""
    texts = "\n".join(
        p.html if isinstance(p, Raw) else f'<p class="bodytext">{_t(p.text, s)}</p>' for p in paras
    )
    return (
        f'<div id="c{uid}" class="csc-default"><div class="csc-textpic csc-textpic-center csc-textpic-above">'
        '<div class="csc-textpic-imagewrap"><dl class="csc-textpic-image csc-textpic-firstcol csc-textpic-lastcol"'
        f' style="width:600px;"><dt><img src="{esc(i.src)}" width="600" height="400" alt="" /></dt>{cap}</dl></div>'
        f'<div class="csc-textpic-text">\n{texts}\n</div></div></div>'
    )


def _body(s: Story) -> tuple[str, str]:
    """The RTE text (``news-text-wrap``) and the record's content elements after it."""
    text_parts: list[str] = []
    ces: list[str] = []
    items: list[str] = []
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "media")]
    n = 0
    i = 0

    def flush() -> None:
        if items:
            text_parts.append("<ul>" + "".join(items) + "</ul>")
            items.clear()

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img) and b.style in ("ce", "csc"):
            flush()
            paras = []
            j = i + 1
            while j < len(blocks) and (
                (isinstance(blocks[j], P) and blocks[j].style == b.style)
                or isinstance(blocks[j], Raw)
            ):
                paras.append(blocks[j])
                j += 1
            render = _ce_textpic if b.style == "ce" else _csc_textpic
            ces.append(render(b, paras, s, 700 + s.id * 3 + n))
            n += 1
            i = j
            continue
        if isinstance(b, P) and b.style == "li":
            items.append(f"<li>{_t(b.text, s)}</li>")
        elif isinstance(b, P):
            flush()
            text_parts.append(_para(b, s))
        elif isinstance(b, Img):
            flush()
            text_parts.append(_rte_image(b, s, n))
            n += 1
        else:
            flush()
            text_parts.append(b.html)
        i += 1
    flush()
    return "\n".join(text_parts), "\n".join(ces)


def _excerpt(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    if len(first) <= 150:
        return first
    return first[:150].rsplit(" ", 1)[0] + "..."


def _thumb(s: Story) -> str:
    pics = s.images
    if not pics:
        return f"{EXT}/Images/dummy-preview-image.png"
    return processed(_ORIGINAL.get(pics[0].src, pics[0].src), "300x200")


# --- rendering: chrome ---------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Lịch sử hình thành"), ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("/tin-tuc", "Tin tức", [(CATS["tin-hoat-dong"].path, "Tin hoạt động"),
                             (CATS["nghien-cuu-trao-doi"].path, "Nghiên cứu - Trao đổi")]),
    ("/dao-tao/lich-hoc", "Đào tạo - Bồi dưỡng", [("/dao-tao/lich-hoc", "Lịch học")]),
    ("/thong-bao", "Thông báo", []),
    ("/van-ban", "Văn bản - Tài liệu", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]  # fmt: skip


def _menu(active: str) -> str:
    out = []
    for href, label, subs in _MENU:
        cls = "nav-item" + (" active" if href == active else "") + (" dropdown" if subs else "")
        sub = ""
        if subs:
            sub = (
                '<div class="dropdown-menu">'
                + "".join(f'<a class="dropdown-item" href="{h}">{esc(t)}</a>' for h, t in subs)
                + "</div>"
            )
        out.append(
            f'<li class="{cls}"><a class="nav-link" href="{href}" title="{esc(label)}">{esc(label)}</a>{sub}</li>'
        )
    return "\n".join(out)


def _crumbs(trail: list[tuple[str | None, str]]) -> str:
    items = ['<li class="breadcrumb-item"><a href="/" title="Trang chủ">Trang chủ</a></li>']
    for href, label in trail:
        if href:
            items.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            items.append(
                f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>'
            )
    return (
        '<nav aria-label="breadcrumb" class="breadcrumb-section"><ol class="breadcrumb">'
        + "".join(items)
        + "</ol></nav>"
    )


def _date_menu() -> str:
    years: dict[int, list[int]] = {}
    for y, m in MONTHS:
        years.setdefault(y, []).append(m)
    out = []
    for y, months in years.items():
        lis = "".join(
            f'<li class="item"><a href="{_archive_path(y, m)}" title="Tháng {m}/{y}">Tháng {m}</a>'
            f' <span class="count">({len(in_month(y, m))} tin)</span></li>'
            for m in months
        )
        out.append(f'<li class="item"><span class="year">Năm {y}</span><ul>{lis}</ul></li>')
    return '<div class="news"><div class="news-menu-view"><ul>' + "".join(out) + "</ul></div></div>"


def _sidebar() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a>'
        f' <span class="date">({_dmy(s.opts["at"])})</span></li>'
        for s in _NEWEST[:5]
    )
    cats = "".join(
        f'<li><a href="{c.path}" title="{esc(c.name)}">{esc(c.name)}</a></li>'
        for c in CATS.values()
    )
    return f"""<aside class="col-lg-4 sidebar">
<div id="c40" class="frame frame-default frame-type-felogin_login frame-layout-0"><header><h3 class="frame-title">Đăng nhập học viên</h3></header>
<form action="/dang-nhap" target="_top" method="post"><fieldset><legend>Đăng nhập</legend>
<div><label for="tx-felogin-input-username">Tên đăng nhập:</label><input type="text" id="tx-felogin-input-username" name="user" required="required" /></div>
<div><label for="tx-felogin-input-password">Mật khẩu:</label><input type="password" id="tx-felogin-input-password" name="pass" required="required" /></div>
<div><input type="submit" value="Đăng nhập" name="submit" /></div>
<input type="hidden" name="logintype" value="login" /><input type="hidden" name="pid" value="5" /></fieldset></form></div>
<div id="c41" class="frame frame-default frame-type-list frame-layout-0"><header><h3 class="frame-title">Tin mới nhất</h3></header>
<div class="news"><div class="news-list-view news-latest"><ul class="list-latest">{latest}</ul></div></div></div>
<div id="c42" class="frame frame-default frame-type-list frame-layout-0"><header><h3 class="frame-title">Lưu trữ tin</h3></header>{_date_menu()}</div>
<div id="c43" class="frame frame-default frame-type-list frame-layout-0"><header><h3 class="frame-title">Chuyên mục</h3></header>
<div class="news-category-menu"><ul>{cats}</ul></div></div>
<div id="c44" class="frame frame-default frame-type-image frame-layout-0"><div class="ce-image ce-center ce-above"><div class="ce-gallery">
<a href="https://hcma.vn" target="_blank"><img src="{EXT}/Images/banner-hvctqg.jpg" width="360" height="90" alt="Học viện Chính trị quốc gia Hồ Chí Minh" /></a>
<a href="https://dangcongsan.vn" target="_blank"><img src="{EXT}/Images/banner-dcsvn.jpg" width="360" height="90" alt="Báo điện tử Đảng Cộng sản Việt Nam" /></a>
<a href="https://tuyenquang.gov.vn" target="_blank"><img src="{EXT}/Images/banner-cong-ttdt.jpg" width="360" height="90" alt="Cổng thông tin điện tử tỉnh" /></a></div></div></div>
<div id="c45" class="frame frame-default frame-type-html frame-layout-0"><header><h3 class="frame-title">Liên kết website</h3></header>
<select onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option><option value="https://tuyenquang.dcs.vn">Tỉnh ủy Tuyên Quang</option>
<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option></select></div>
<div id="c46" class="frame frame-default frame-type-html frame-layout-0"><header><h3 class="frame-title">Thống kê truy cập</h3></header>
<ul class="counter"><li>Đang truy cập: <strong>23</strong></li><li>Hôm nay: <strong>412</strong></li><li>Tháng này: <strong>9.871</strong></li><li>Tổng lượt truy cập: <strong>1.204.587</strong></li></ul></div>
</aside>"""


def _page(
    request: Request,
    *,
    title: str,
    pid: int,
    main: str,
    crumbs: str = "",
    active: str = "",
    head: str = "",
    page_header: str = "",
    canonical: str | None = None,
) -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    header = (
        f'<div class="page-header"><h1 class="page-title">{esc(page_header)}</h1></div>\n'
        if page_header
        else ""
    )
    level = crumbs.count("<li")
    return f"""<!DOCTYPE html>
<html lang="vi-VN" dir="ltr">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2026 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<title>{esc(SITE)}: {esc(title)}</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="twitter:card" content="summary" />
{head}
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-3f9d1c0b6e2a4d7f8c5b2e1a9d0c4f7e-min.css?1731900012" media="all">
<link rel="alternate" type="application/rss+xml" title="Tin tức - {esc(SITE)}" href="/tin-tuc/rss.xml" />
{canon}</head>
<body id="p{pid}" class="page-{pid} pagelevel-{level} language-0 backendlayout-subnavigation_right layout-default">
<div id="top-bar"><div class="container d-flex justify-content-between">
<span class="top-date"><i class="fa fa-calendar"></i> {TODAY}</span>
<form class="top-search" action="/tim-kiem" method="post"><input type="hidden" name="tx_indexedsearch_pi2[__referrer][@extension]" value="IndexedSearch" />
<input type="text" name="tx_indexedsearch_pi2[search][sword]" placeholder="Tìm kiếm..." /><button type="submit" name="tx_indexedsearch_pi2[search][submitButton]">Tìm</button> <a href="/tim-kiem" class="adv-search">Tìm kiếm nâng cao</a></form>
<span class="top-links"><a href="/dang-nhap"><i class="fa fa-user"></i> Đăng nhập</a> | <a href="/lien-he">Liên hệ</a></span>
</div></div>
<header class="site-header"><div class="container"><a class="logo" href="/" title="{esc(SITE)}"><img src="{EXT}/Images/logo.png" alt="Logo" width="90" height="90" /></a>
<div class="site-name"><span class="line-1">Tỉnh ủy Tuyên Quang</span><span class="line-2">{esc(SITE.upper())}</span></div></div></header>
<nav class="navbar navbar-expand-lg main-navigation"><div class="container"><ul class="navbar-nav">
{_menu(active)}
</ul></div></nav>
<div class="container">{crumbs}</div>
<div id="page-content" class="container"><div class="row">
<main class="col-lg-8 main-content">
<!--TYPO3SEARCH_begin-->
{header}{main}
<!--TYPO3SEARCH_end-->
</main>
{_sidebar()}
</div></div>
<footer class="site-footer"><div class="container">
<div id="c90" class="frame frame-default frame-type-text frame-layout-0"><p class="bodytext"><strong>{esc(SITE.upper())}</strong></p>
<p class="bodytext">Địa chỉ: {esc(ADDRESS)}</p>
<p class="bodytext">Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p class="bodytext">Chịu trách nhiệm chính: TS. Hoàng Thị Thanh Huyền - Hiệu trưởng</p>
<p class="bodytext">Bản quyền © 2026 {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
</div></footer>
<script src="/typo3temp/assets/compressed/merged-9a2c4e6f8b0d1e3a5c7e9f1b3d5a7c9e-min.js?1731900012"></script>
</body>
</html>"""


# --- rendering: news -----------------------------------------------------------------------------


def _list_item(s: Story, teaser: bool = True) -> str:
    href = article_path(s)
    top = " topnews" if s.opts.get("top") else ""
    teaser_html = (
        f'<div class="teaser-text"><div itemprop="description"><p>{esc(_excerpt(s))}</p></div>'
        f'<a class="more" title="{esc(s.title)}" href="{href}">Xem tiếp</a></div>'
        if teaser
        else ""
    )
    return f"""<div class="article articletype-0{top}" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="news-img-wrap"><a title="{esc(s.title)}" href="{href}"><img class="img-fluid" src="{esc(_thumb(s))}" width="300" height="200" alt="" /></a></div>
<div class="header"><h3><a title="{esc(s.title)}" href="{href}"><span itemprop="headline">{esc(s.title)}</span></a></h3></div>
{teaser_html}
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{s.opts["at"]:%Y-%m-%d}">{_dmy(s.opts["at"])}</time></span>
<span class="news-list-category">{esc(cat_of(s).name)}</span></p></div>
</div>"""


def _paginator(page: int, pages: int, link) -> str:
    if pages <= 1:
        return ""
    items = []
    if page > 1:
        items.append(
            f'<li class="previous"><a href="{esc(link(page - 1))}" title="Trang trước">Trước</a></li>'
        )
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="current">{n}</li>')
        else:
            items.append(f'<li><a href="{esc(link(n))}">{n}</a></li>')
    if page < pages:
        items.append(
            f'<li class="next last"><a href="{esc(link(page + 1))}" title="Trang sau">Tiếp</a></li>'
        )
    return (
        f'<div class="page-navigation"><p>Trang {page} / {pages}.</p>'
        f'<ul class="f3-widget-paginator">{"".join(items)}</ul></div>'
    )


def _list_plugin(uid: int, stories: list[Story], page: int, per: int, link, empty: str = "") -> str:
    pages = _pages(len(stories), per)
    page = min(max(page, 1), pages)
    chunk = stories[(page - 1) * per : page * per]
    body = (
        "\n".join(_list_item(s) for s in chunk)
        if chunk
        else f'<div class="no-news-found">{esc(empty)}</div>'
    )
    return (
        f'<div id="c{uid}" class="frame frame-default frame-type-list frame-layout-0"><a id="c{uid + 1}"></a>'
        f'<div class="news"><div class="news-list-view" id="news-container-{uid}">\n{body}\n'
        f"{_paginator(page, pages, link)}</div></div></div>"
    )


def _detail_frame(s: Story, pid: int, base: str) -> str:
    at: datetime = s.opts["at"]
    cat = cat_of(s)
    default_tpl = pid == DETAIL_NOTICE
    headline = (
        f'<h3 itemprop="headline">{esc(s.title)}</h3>'
        if default_tpl
        else f'<h1 itemprop="headline">{esc(s.title)}</h1>'
    )
    shown = _dmy(at) if default_tpl else f"{_dmy(at)} {at:%H:%M}"
    author = ""
    if s.opts.get("author_field"):
        author = (
            '\n<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">'
            f'Người viết: <span itemprop="name">{esc(s.opts["author_field"])}</span></span>'
        )
    category = (
        f'<span class="news-list-category">{esc(cat.name)}</span>'
        if default_tpl
        else f'<span class="news-list-category"><i class="fa fa-folder-open-o"></i> <a href="{cat.path}" title="{esc(cat.name)}">{esc(cat.name)}</a></span>'
    )
    teaser = ""
    if s.summary:
        teaser = f'<!-- teaser -->\n<div class="teaser-text" itemprop="description">\n<p>{_t(s.summary, s)}</p>\n</div>\n'
    text_html, ces = _body(s)
    tools = ""
    if not default_tpl:
        tools = (
            '<div class="news-tools"><a href="javascript:window.print();" class="print"><i class="fa fa-print"></i> In bài viết</a>'
            f' <a href="mailto:?subject={quote(s.title)}" class="mail"><i class="fa fa-envelope"></i> Gửi email</a>'
            ' <span class="share">Chia sẻ: <a class="fb" target="_blank" href="https://www.facebook.com/sharer/sharer.php?u='
            f'{quote(base + article_path(s), safe="")}">Facebook</a> <a class="zalo" target="_blank" href="https://sp.zalo.me/share_inline?u='
            f'{quote(base + article_path(s), safe="")}">Zalo</a></span></div>\n'
        )
    tags = ""
    if s.opts.get("tags"):
        links = ", ".join(
            f'<a href="{esc(_tag_link(t))}" title="{esc(TAGS[t])}">{esc(TAGS[t])}</a>'
            for t in s.opts["tags"]
        )
        tags = f'<div class="news-tags"><span class="news-list-tags" itemprop="keywords">Từ khóa: {links}</span></div>\n'
    related = ""
    if s.opts.get("related") or s.opts.get("files"):
        parts = []
        if s.opts.get("related"):
            lis = "".join(
                f'<li><span class="news-related-news-date">{_dmy(_BY_ID[r].opts["at"])}</span>'
                f' <a href="{article_path(_BY_ID[r])}" title="{esc(_BY_ID[r].title)}">{esc(_BY_ID[r].title)}</a></li>'
                for r in s.opts["related"]
            )
            parts.append(
                f'<div class="news-related news-related-news"><h4>Tin liên quan</h4><ul>{lis}</ul></div>'
            )
        if s.opts.get("files"):
            lis = "".join(
                f'<li><span class="news-related-files-link"><a href="{href}" target="_blank">{esc(label)}</a></span>'
                f' <span class="news-related-files-size">{size}</span></li>'
                for href, label, size in s.opts["files"]
            )
            parts.append(
                f'<div class="news-related news-related-files"><h4>Tải về</h4><ul>{lis}</ul></div>'
            )
        related = (
            '<!-- related things -->\n<div class="news-related-wrap">\n'
            + "\n".join(parts)
            + "\n</div>\n"
        )
    back = cat.path if default_tpl else "/tin-tuc"
    return f"""<div id="c{pid * 2 + 3}" class="frame frame-default frame-type-list frame-layout-0"><a id="c{pid * 2 + 4}"></a>
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header">
{headline}
</div>
<div class="footer">
<p>
<!-- date -->
<span class="news-list-date"><i class="fa fa-clock-o"></i> <time itemprop="datePublished" datetime="{at:%Y-%m-%d}">{shown}</time></span>
<!-- category -->
{category}{author}
</p>
</div>
{teaser}{_media_wrap(s)}<!-- main text -->
<div class="news-text-wrap" itemprop="articleBody">
{text_html}
</div>
{ces}
{tools}{tags}{related}</div>
<div class="news-backlink-wrap"><a href="{back}">Quay lại</a></div>
</div>
</div>"""


def _other_news(s: Story) -> str:
    others = [o for o in in_cat(s.cat) if o.id != s.id][:5]
    if not others:
        return ""
    lis = "".join(
        f'<li><a href="{article_path(o)}" title="{esc(o.title)}">{esc(o.title)}</a>'
        f' <span class="date">({_dmy(o.opts["at"])})</span></li>'
        for o in others
    )
    label = "Thông báo khác" if s.cat == "thong-bao" else "Tin khác"
    return (
        f'<div id="c{60 + len(s.cat)}" class="frame frame-default frame-type-list frame-layout-0 frame-tin-khac">'
        f'<header><h2 class="frame-title">{label}</h2></header>'
        f'<div class="news"><div class="news-list-view news-list-other"><ul>{lis}</ul></div></div></div>'
    )


def _detail(request: Request, s: Story | None, pid: int) -> str:
    notice = pid == DETAIL_NOTICE
    section = "/thong-bao" if notice else "/tin-tuc"
    crumbs = _crumbs(
        [
            (section, "Thông báo" if notice else "Tin tức"),
            (None, "Chi tiết thông báo" if notice else "Chi tiết tin"),
        ]
    )
    if s is None:
        main = (
            f'<div id="c{pid * 2 + 3}" class="frame frame-default frame-type-list frame-layout-0">'
            '<div class="news news-single"><div class="alert alert-warning">Không tìm thấy tin tức.</div>'
            f'<div class="news-backlink-wrap"><a href="{section}">Quay lại</a></div></div></div>'
        )
        return _page(request, title="Chi tiết tin", pid=pid, main=main, crumbs=crumbs, active=section,
                     page_header="Thông báo" if notice else "")  # fmt: skip
    first = s.images[0].src if s.images else None
    base = base_url(request)
    head = (
        f'<meta name="description" content="{esc(_excerpt(s))}" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:description" content="{esc(_excerpt(s))}" />\n'
        + (f'<meta property="og:image" content="{base}{esc(first)}" />\n' if first else "")
        + f'<meta property="og:url" content="{base}{article_path(s)}" />'
    )
    main = _detail_frame(s, pid, base) + "\n" + _other_news(s)
    return _page(request, title=s.title, pid=pid, main=main, crumbs=crumbs, active=section, head=head,
                 page_header="Thông báo" if notice else "", canonical=article_path(s))  # fmt: skip


def _home(request: Request) -> str:
    tops = [s for s in _NEWEST if s.opts.get("top")]
    slides = "".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{esc(raw_detail(s))}">'
        f'<img src="{esc(_thumb(s))}" alt="{esc(s.title)}" width="750" height="420" /></a>'
        f'<div class="carousel-caption"><a href="{esc(raw_detail(s))}">{esc(s.title)}</a></div></div>'
        for n, s in enumerate(tops)
    )
    hd = "\n".join(_list_item(s) for s in in_cat("tin-hoat-dong")[:4])
    notices = "".join(
        f'<li><span class="date">{_dmy(s.opts["at"])}</span> <a href="{article_path(s)}">{esc(s.title)}</a></li>'
        for s in in_cat("thong-bao")[:3]
    )
    research = "\n".join(_list_item(s, teaser=False) for s in in_cat("nghien-cuu-trao-doi")[:3])
    main = f"""<div id="c20" class="frame frame-default frame-type-html frame-layout-0">
<div id="tinNoiBat" class="carousel slide" data-ride="carousel"><h2 class="frame-title">Tin nổi bật</h2><div class="carousel-inner">{slides}</div></div></div>
<div id="c21" class="frame frame-default frame-type-list frame-layout-0"><header><h2 class="frame-title"><a href="{CATS["tin-hoat-dong"].path}">Tin hoạt động</a></h2></header>
<div class="news"><div class="news-list-view" id="news-container-21">{hd}</div></div>
<p class="more-link"><a href="{CATS["tin-hoat-dong"].path}">Xem thêm »</a></p></div>
<div id="c22" class="frame frame-default frame-type-list frame-layout-0"><header><h2 class="frame-title"><a href="/thong-bao">Thông báo</a></h2></header>
<div class="news"><div class="news-list-view news-list-notice"><ul>{notices}</ul></div></div></div>
<div id="c23" class="frame frame-default frame-type-list frame-layout-0"><header><h2 class="frame-title"><a href="{CATS["nghien-cuu-trao-doi"].path}">Nghiên cứu - Trao đổi</a></h2></header>
<div class="news"><div class="news-list-view" id="news-container-23">{research}</div></div></div>"""
    return _page(request, title="Trang chủ", pid=1, main=main, active="/", canonical="/")


def _news_listing(request: Request, page: int) -> str:
    crumbs = _crumbs([(None, "Tin tức")])
    main = _list_plugin(27, NEWS, page, NEWS_PER_PAGE, _news_page_link)
    return _page(request, title="Tin tức", pid=10, main=main, crumbs=crumbs, active="/tin-tuc",
                 page_header="Tin tức", canonical=_news_page_link(page))  # fmt: skip


def _cat_listing(request: Request, cat: Cat, page: int) -> str:
    trail = (
        [(None, cat.name)]
        if cat.slug == "thong-bao"
        else [("/tin-tuc", "Tin tức"), (None, cat.name)]
    )
    main = _list_plugin(
        100 + cat.uid * 2, in_cat(cat.slug), page, cat.per, lambda n: _cat_page_link(cat, n)
    )
    active = "/thong-bao" if cat.slug == "thong-bao" else "/tin-tuc"
    return _page(request, title=cat.name, pid=cat.pid, main=main, crumbs=_crumbs(trail), active=active,
                 page_header=cat.name)  # fmt: skip


def _tag_listing(request: Request, tag: int, page: int) -> str:
    name = TAGS[tag]
    stories = [s for s in NEWS if tag in s.opts.get("tags", [])]
    main = (
        f'<div class="news-tag-header"><p>Các tin có từ khóa: <strong>{esc(name)}</strong></p></div>'
        + _list_plugin(27, stories, page, NEWS_PER_PAGE, lambda n: _tag_link(tag, n))
    )
    return _page(request, title="Tin tức", pid=10, main=main, crumbs=_crumbs([("/tin-tuc", "Tin tức"), (None, name)]),
                 active="/tin-tuc", page_header="Tin tức")  # fmt: skip


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def _archive(request: Request, year: int, month: int, cat: int | None, page: int) -> str:
    stories = in_month(year, month, cat)
    filt = [f'<li><a href="{esc(archive_link(year, month))}">Tất cả</a></li>']
    filt += [
        f'<li><a href="{esc(archive_link(year, month, c.uid))}">{esc(c.name)}</a></li>'
        for c in CATS.values()
    ]
    nav = []
    py, pm = _month_shift(year, month, -1)
    ny, nm = _month_shift(year, month, 1)
    if py >= 1000:
        nav.append(
            f'<a class="prev-month" href="{esc(archive_link(py, pm, cat))}">‹ Tháng trước</a>'
        )
    if ny <= 9999:
        nav.append(f'<a class="next-month" href="{esc(archive_link(ny, nm, cat))}">Tháng sau ›</a>')
    head = (
        f'<div class="news-archive-header"><h2>Tin tức tháng {month:02d}/{year}</h2>'
        f'<ul class="archive-category-filter">{"".join(filt)}</ul>'
        f'<div class="archive-nav">{" | ".join(nav)}</div></div>'
    )
    plugin = _list_plugin(
        29,
        stories,
        page,
        ARCHIVE_PER_PAGE,
        lambda n: archive_link(year, month, cat, n),
        "Không có tin tức nào trong thời gian này.",
    )
    crumbs = _crumbs([("/tin-tuc", "Tin tức"), (None, "Lưu trữ")])
    return _page(request, title="Lưu trữ tin", pid=11, main=head + plugin, crumbs=crumbs, active="/tin-tuc",
                 page_header="Lưu trữ tin")  # fmt: skip


# --- rendering: other pages ----------------------------------------------------------------------


def _static(request: Request, path: str) -> str:
    uid, title, paras = STATIC_PAGES[path]
    body = "\n".join(f'<p class="bodytext">{esc(p)}</p>' for p in paras)
    main = (
        f'<div id="c{uid * 10}" class="csc-default"><div class="csc-header csc-header-n1"><h2 class="csc-firstHeader">'
        f"{esc(title)}</h2></div>\n{body}\n</div>"
    )
    trail = (
        [(None, "Giới thiệu")]
        if path == "/gioi-thieu"
        else [("/gioi-thieu", "Giới thiệu"), (None, title)]
    )
    return _page(request, title=title, pid=uid, main=main, crumbs=_crumbs(trail), active="/gioi-thieu",
                 page_header="Giới thiệu", canonical=path)  # fmt: skip


def _schedule(request: Request) -> str:
    head, *rows = SCHEDULE
    ths = "".join(f'<th scope="col">{esc(c)}</th>' for c in head)
    trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    main = f"""<div id="c150" class="frame frame-default frame-type-table frame-layout-0"><header><h2 class="">Lịch học tháng 12/2026</h2></header>
<table class="contenttable contenttable-0"><caption>Các lớp trung cấp lý luận chính trị và bồi dưỡng (cập nhật 16/11/2026)</caption>
<thead><tr>{ths}</tr></thead><tbody>{trs}</tbody></table></div>
<div id="c151" class="frame frame-default frame-type-text frame-layout-0"><p class="bodytext"><em>Lịch học có thể thay đổi; học viên theo dõi thông báo của Phòng Quản lý đào tạo - Nghiên cứu khoa học.</em></p></div>"""
    crumbs = _crumbs([("/dao-tao/lich-hoc", "Đào tạo - Bồi dưỡng"), (None, "Lịch học")])
    return _page(request, title="Lịch học", pid=20, main=main, crumbs=crumbs, active="/dao-tao/lich-hoc",
                 page_header="Lịch học", canonical="/dao-tao/lich-hoc")  # fmt: skip


def _documents(request: Request) -> str:
    lis = "".join(
        f'<li><a href="/fileadmin/van-ban/{name}" title="{esc(desc)}"><img src="/typo3/sysext/frontend/Resources/Public/Icons/FileIcons/'
        f'{name.rsplit(".", 1)[1]}.gif" alt="" /></a><div><a href="/fileadmin/van-ban/{name}"><span class="ce-uploads-fileName">{name}</span></a>'
        f'<span class="ce-uploads-description">{esc(desc)}</span><span class="ce-uploads-filesize">{size}</span></div></li>'
        for name, desc, size in DOCUMENTS
    )
    main = (
        '<div id="c160" class="frame frame-default frame-type-uploads frame-layout-0"><header><h2 class="">Văn bản - Tài liệu</h2></header>'
        f'<ul class="ce-uploads">{lis}</ul></div>'
    )
    return _page(request, title="Văn bản - Tài liệu", pid=22, main=main, crumbs=_crumbs([(None, "Văn bản - Tài liệu")]),
                 active="/van-ban", canonical="/van-ban")  # fmt: skip


def _album_pic(slug: str, name: str) -> str:
    return processed(f"/fileadmin/thu-vien-anh/{slug}/{name}", "800x533")


def _albums(request: Request) -> str:
    cards = "".join(
        f'<div class="col-md-6 album-item"><a href="/thu-vien-anh/{slug}"><img src="{esc(_album_pic(slug, pics[0][0]))}" alt="" width="360" height="240" /></a>'
        f'<h3><a href="/thu-vien-anh/{slug}">{esc(title)}</a></h3><p class="album-meta">{_dmy(day)} - {len(pics)} ảnh</p></div>'
        for slug, (title, day, pics) in ALBUMS.items()
    )
    main = f'<div id="c170" class="frame frame-default frame-type-list frame-layout-0"><div class="tx-fs-media-gallery"><div class="row album-list">{cards}</div></div></div>'
    return _page(request, title="Thư viện ảnh", pid=24, main=main, crumbs=_crumbs([(None, "Thư viện ảnh")]),
                 active="/thu-vien-anh", page_header="Thư viện ảnh", canonical="/thu-vien-anh")  # fmt: skip


def _album(request: Request, slug: str) -> str:
    title, day, pics = ALBUMS[slug]
    items = "".join(
        f'<li class="col-md-4"><figure><a href="{esc(_album_pic(slug, name))}" class="lightbox" rel="album"><img src="{esc(_album_pic(slug, name))}" alt="" width="240" height="160" /></a>'
        + (f"<figcaption>{esc(cap)}</figcaption>" if cap else "")
        + "</figure></li>"
        for name, cap in pics
    )
    main = (
        '<div id="c171" class="frame frame-default frame-type-list frame-layout-0"><div class="tx-fs-media-gallery">'
        f'<div class="mediaalbum"><h2 class="album-title">{esc(title)}</h2><p class="album-meta">Ngày đăng: {_dmy(day)} | {len(pics)} ảnh</p>'
        f'<ul class="row album-thumbs">{items}</ul><p><a href="/thu-vien-anh">« Quay lại thư viện ảnh</a></p></div></div></div>'
    )
    crumbs = _crumbs([("/thu-vien-anh", "Thư viện ảnh"), (None, title)])
    return _page(request, title=title, pid=24, main=main, crumbs=crumbs, active="/thu-vien-anh",
                 page_header="Thư viện ảnh", canonical=f"/thu-vien-anh/{slug}")  # fmt: skip


def _contact(request: Request) -> str:
    main = f"""<div id="c180" class="frame frame-default frame-type-text frame-layout-0"><header><h2 class="">Thông tin liên hệ</h2></header>
<p class="bodytext"><strong>{esc(SITE)}</strong></p><p class="bodytext">Địa chỉ: {esc(ADDRESS)}</p>
<p class="bodytext">Điện thoại: {PHONE} - Fax: 0207 3 822 457</p><p class="bodytext">Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p></div>
<div id="c181" class="frame frame-default frame-type-list frame-layout-0"><div class="tx-powermail">
<form data-powermail-validate="data-powermail-validate" action="/lien-he?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash={chash("/lien-he", [("tx_powermail_pi1[action]", "create")])}" method="post" class="powermail_form powermail_form_1">
<h3>Gửi ý kiến</h3><fieldset class="powermail_fieldset"><div class="powermail_fieldwrap powermail_fieldwrap_type_input"><label for="powermail_field_hoten">Họ và tên</label><input type="text" name="tx_powermail_pi1[field][hoten]" id="powermail_field_hoten" required="required" /></div>
<div class="powermail_fieldwrap powermail_fieldwrap_type_input"><label for="powermail_field_email">Email</label><input type="email" name="tx_powermail_pi1[field][email]" id="powermail_field_email" /></div>
<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea"><label for="powermail_field_noidung">Nội dung</label><textarea name="tx_powermail_pi1[field][noidung]" id="powermail_field_noidung" rows="5"></textarea></div>
<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input type="submit" value="Gửi" class="powermail_submit" /></div></fieldset></form></div></div>"""
    return _page(request, title="Liên hệ", pid=26, main=main, crumbs=_crumbs([(None, "Liên hệ")]), active="/lien-he",
                 page_header="Liên hệ", canonical="/lien-he")  # fmt: skip


def _search(request: Request) -> str:
    main = """<div id="c190" class="frame frame-default frame-type-list frame-layout-0"><div class="tx-indexedsearch-searchbox">
<form method="post" id="tx_indexedsearch" action="/tim-kiem"><fieldset><legend>Tìm kiếm</legend>
<div class="tx-indexedsearch-form"><label for="tx-indexedsearch-searchbox-sword">Từ khóa:</label><input class="tx-indexedsearch-searchbox-sword" id="tx-indexedsearch-searchbox-sword" type="text" name="tx_indexedsearch_pi2[search][sword]" value="" /></div>
<div class="tx-indexedsearch-search-submit"><input class="tx-indexedsearch-searchbox-button" type="submit" value="Tìm kiếm" name="tx_indexedsearch_pi2[search][submitButton]" /></div>
</fieldset></form></div></div>"""
    return _page(request, title="Tìm kiếm", pid=27, main=main, crumbs=_crumbs([(None, "Tìm kiếm")]),
                 head='<meta name="robots" content="noindex,follow" />')  # fmt: skip


def _login(request: Request) -> str:
    main = """<div id="c195" class="frame frame-default frame-type-felogin_login frame-layout-0"><h3>Đăng nhập</h3>
<p class="bodytext">Học viên đăng nhập để xem tài liệu học tập và kết quả học tập.</p>
<form action="/dang-nhap" target="_top" method="post"><fieldset><legend>Đăng nhập</legend>
<div><label for="user">Tên đăng nhập:</label><input type="text" id="user" name="user" /></div>
<div><label for="pass">Mật khẩu:</label><input type="password" id="pass" name="pass" /></div>
<div><input type="submit" value="Đăng nhập" name="submit" /></div><input type="hidden" name="logintype" value="login" /></fieldset></form></div>"""
    return _page(request, title="Đăng nhập", pid=5, main=main, crumbs=_crumbs([(None, "Đăng nhập")]),
                 head='<meta name="robots" content="noindex,nofollow" />')  # fmt: skip


# --- feeds, sitemaps, errors ---------------------------------------------------------------------


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"""
		<item>
			<guid isPermaLink="false">news-{s.id}</guid>
			<pubDate>{format_datetime(s.opts["at"].replace(tzinfo=_TZ))}</pubDate>
			<title>{esc(s.title)}</title>
			<link>{base}{article_path(s)}</link>
			<description>{esc(_excerpt(s))}</description>
			<category>{esc(cat_of(s).name)}</category>
		</item>"""
        for s in NEWS[:FEED_SIZE]
    )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<title>Tin tức - {esc(SITE)}</title>
		<link>{base}/</link>
		<description>Tin tức mới nhất của {esc(SITE)}</description>
		<language>vi</language>
		<generator>TYPO3 EXT:news</generator>
		<lastBuildDate>{format_datetime(NEWS[0].opts["at"].replace(tzinfo=_TZ))}</lastBuildDate>
		<atom:link href="{base}/tin-tuc/rss.xml" rel="self" type="application/rss+xml" />{items}
	</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _sitemap_link(kind: str) -> str:
    return "/sitemap.xml?" + _query("/sitemap.xml", [("sitemap", kind)])


_SITEMAP_PAGES = ["/", "/gioi-thieu", "/gioi-thieu/co-cau-to-chuc", "/tin-tuc", *(c.path for c in CATS.values()),
                  "/dao-tao/lich-hoc", "/van-ban", "/thu-vien-anh", "/lien-he"]  # fmt: skip


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<?xml-stylesheet type="text/xsl" href="/typo3/sysext/seo/Resources/Public/CSS/Sitemap.xsl"?>\n'
    )
    kind = request.params.get("sitemap")
    if kind is None:
        entries = "".join(
            f"    <sitemap>\n        <loc>{base}{esc(_sitemap_link(k))}</loc>\n        <lastmod>{mod}</lastmod>\n    </sitemap>\n"
            for k, mod in (
                ("pages", "2026-11-16T10:05:00+07:00"),
                ("news", f"{NEWS[0].opts['at']:%Y-%m-%dT%H:%M:%S}+07:00"),
            )
        )
        body = (
            head
            + f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</sitemapindex>\n'
        )
    else:
        if request.params.get("cHash") != chash(
            "/sitemap.xml", [("sitemap", kind)]
        ) or kind not in ("pages", "news"):
            return _chash_error(request)
        if kind == "pages":
            urls = [(p, "2026-11-16T10:05:00+07:00") for p in _SITEMAP_PAGES]
        else:
            urls = [(article_path(s), f"{s.opts['at']:%Y-%m-%dT%H:%M:%S}+07:00") for s in _NEWEST]
        entries = "".join(
            f"    <url>\n        <loc>{base}{p}</loc>\n        <lastmod>{mod}</lastmod>\n    </url>\n"
            for p, mod in urls
        )
        body = head + (
            '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
            ' xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd">\n'
            f"{entries}</urlset>\n"
        )
    return Response(
        200, body, {"Content-Type": "application/xml;charset=utf-8", "X-Robots-Tag": "noindex"}
    )


_ROBOTS = """User-agent: *
Disallow: /typo3/
Disallow: /typo3conf/
Allow: /typo3conf/ext/
Disallow: /typo3temp/
Allow: /typo3temp/assets/

Sitemap: {base}/sitemap.xml
"""


def _error_page(request: Request, reason: str) -> Response:
    main = (
        '<div id="c5" class="frame frame-default frame-type-text frame-layout-0"><header><h2 class="">Không tìm thấy trang</h2></header>'
        '<p class="bodytext">Trang bạn yêu cầu không tồn tại hoặc đã bị xóa. Vui lòng quay lại <a href="/">Trang chủ</a>.</p></div>'
        f"<!-- {esc(reason)} -->"
    )
    return html(_page(request, title="404", pid=4, main=main), status=404)


def _chash_error(request: Request) -> Response:
    reason = "empty" if "cHash" not in request.params else "comparison failed"
    return _error_page(request, f"Request parameters could not be validated (&cHash {reason})")


# --- routing ---------------------------------------------------------------------------------------

_TZ = timezone(timedelta(hours=7))
_BY_SLUG = {(cat_of(s).detail, s.slug): s for s in STORIES}
_DETAIL = re.compile(r"^(/tin-tuc/chi-tiet|/thong-bao/chi-tiet)/([a-z0-9-]+)$")
_ARCHIVE = re.compile(r"^/tin-tuc/luu-tru/(\d{4})/(\d{2})(?:/page-(\d+))?$")
_CAT_BY_PATH = {c.path: c for c in CATS.values()}
_FILES = {href for s in STORIES for href, _label, _size in s.opts.get("files", [])} | {
    f"/fileadmin/van-ban/{name}" for name, _d, _s in DOCUMENTS
}
_CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _plugin_params(params: dict[str, str]) -> list[tuple[str, str]]:
    return [(k, v) for k, v in params.items() if k.startswith("tx_")]


def _checked(request: Request, scope: str, extra: list[tuple[str, str]] = ()) -> bool:
    """Whether the request's plugin arguments carry the right cHash (no arguments: nothing to check)."""
    args = _plugin_params(request.params)
    if not args:
        return True
    return request.params.get("cHash") == chash(scope, [*extra, *args])


def _int(value: str | None, default: int = 1) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class Typo3NewsSite:
    """TYPO3's frontend as a table of routes: site config route enhancers, then page slugs."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in _FILES:
            ext = path.rsplit(".", 1)[1]
            data = PDF if ext == "pdf" else b"PK\x03\x04" + _h(path).encode()
            return Response(200, data, {"Content-Type": _CTYPES[ext]})
        if (
            path.startswith(("/fileadmin/", "/typo3conf/", "/typo3temp/", "/typo3/"))
            or path == "/favicon.ico"
        ):
            return static_file(path)
        if path == "/robots.txt":
            return Response(
                200,
                _ROBOTS.format(base=base_url(request)),
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path == "/tin-tuc/rss.xml":
            return _rss(request)
        if path == "/index.php":
            return self._index_php(request)
        page = self._page(request)
        if isinstance(page, Response):
            return page
        if page is None:
            return _error_page(request, "The requested page does not exist!")
        return html(page, headers={"Cache-Control": "private, no-store"})

    def _index_php(self, request: Request) -> Response:
        params = request.params
        pid = params.get("id", "")
        if pid in (str(DETAIL_NEWS), str(DETAIL_NOTICE)):
            if not _checked(request, f"id={pid}", [("id", pid)]) or "cHash" not in params:
                return _chash_error(request)
            story = _BY_ID.get(_int(params.get("tx_news_pi1[news]"), 0))
            return html(_detail(request, story, int(pid)))
        if pid in ("", "1"):
            return html(_home(request))
        return _error_page(request, "The requested page does not exist!")

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        params = request.params
        if path == "/":
            return _home(request)
        if m := _DETAIL.match(path):
            story = _BY_SLUG.get((m.group(1), m.group(2)))
            pid = DETAIL_NEWS if m.group(1) == "/tin-tuc/chi-tiet" else DETAIL_NOTICE
            return _detail(request, story, pid)
        if path in ("/tin-tuc/chi-tiet", "/thong-bao/chi-tiet"):
            return _detail(
                request, None, DETAIL_NEWS if path.startswith("/tin-tuc") else DETAIL_NOTICE
            )
        if path == "/tin-tuc" or (m := re.fullmatch(r"/tin-tuc/page-(\d+)", path)):
            page = int(m.group(1)) if path != "/tin-tuc" else 1
            args = _plugin_params(params)
            if args:
                if not _checked(request, "/tin-tuc") or "cHash" not in params:
                    return _chash_error(request)
                tag = _int(params.get("tx_news_pi1[overwriteDemand][tags]"), 0)
                if tag in TAGS:
                    return _tag_listing(request, tag, _int(params.get("tx_news_pi1[currentPage]")))
                page = _int(params.get("tx_news_pi1[currentPage]"), page)
            return _news_listing(request, page)
        if path in _CAT_BY_PATH:
            if _plugin_params(params) and (not _checked(request, path) or "cHash" not in params):
                return _chash_error(request)
            return _cat_listing(
                request, _CAT_BY_PATH[path], _int(params.get("tx_news_pi1[currentPage]"))
            )
        if m := _ARCHIVE.match(path):
            year, month = int(m.group(1)), int(m.group(2))
            if not 1 <= month <= 12:
                return None
            if _plugin_params(params) and (not _checked(request, path) or "cHash" not in params):
                return _chash_error(request)
            cat = _int(params.get("tx_news_pi1[overwriteDemand][categories]"), 0) or None
            if cat is not None and cat not in _CAT_BY_UID:
                cat = None
            return _archive(request, year, month, cat, _int(m.group(3)))
        if path in STATIC_PAGES:
            return _static(request, path)
        if path == "/dao-tao/lich-hoc":
            return _schedule(request)
        if path == "/van-ban":
            return _documents(request)
        if path == "/thu-vien-anh":
            return _albums(request)
        if (m := re.fullmatch(r"/thu-vien-anh/([a-z0-9-]+)", path)) and m.group(1) in ALBUMS:
            return _album(request, m.group(1))
        if path == "/lien-he":
            return _contact(request)
        if path == "/tim-kiem":
            return _search(request)
        if path == "/dang-nhap":
            return _login(request)
        return None


def build_site() -> Typo3NewsSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return Typo3NewsSite()
