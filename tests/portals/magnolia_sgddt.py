"""Fixture portal: Sở GD&ĐT tỉnh Nghệ An on Magnolia CMS 6.2, templates by a systems integrator (2021).

Imitates a Java Magnolia 6 public instance as provincial departments bought it from an
integrator: a light module ``sgddt-theme`` (``/.resources/sgddt-theme/webresources/…``), the DAM
(``/dam/jcr:<uuid>/<file>``), the imaging servlet (``/.imaging/mte/sgddt-theme/<variant>/dam/…``)
and the REST delivery endpoint. Every page address ends in ``.html``; list state lives in
Magnolia's ``~`` selectors. What it serves:

- the home page ``/sgddt.html`` (``/`` answers 302 to it): a slideshow of the three newest
  articles, "Tin mới" (the six newest) with a "Xem thêm" button whose script fetches
  ``/.rest/delivery/tin-tuc/v1?limit=6&offset=6`` (JSON: ``offset``, ``limit``, ``total``,
  ``results`` with ``@name``, ``@path`` (JCR path, no ``.html``), ``@id``, ``title``, ``path``
  (the page address), ``date``, ``summary``, ``image``), one box per category, new documents,
  albums;
- ``/sgddt/tin-tuc.html`` (all news, 5 a page) and the categories ``/sgddt/tin-tuc/<cat>.html``
  (3 a page: "Hoạt động ngành" has 3 pages), paged by ``<base>~page~N~.html`` with the
  integrator's pager ``nav.phan-trang > ul > li`` ("Trang đầu", "‹", numbers with
  ``li.trang-hien-tai``, "›", "Trang cuối"); page 1 is the bare address, but "Trang đầu" links
  ``~page~1~`` (the same list under a second address);
- tag lists ``/sgddt/tin-tuc~tag~<tag>~.html`` (article tags link there) and year archives
  ``/sgddt/tin-tuc~nam~<year>~.html`` with their own pages ``~nam~<year>~page~N~``;
- articles ``/sgddt/tin-tuc/<cat>/<slug>.html``: ``header.site-header`` (logo, the department's
  name, TODAY, a search box, the language switch "VI | EN"), ``nav.main-nav``,
  ``div.breadcrumb-bar ol``, then ``main > div.article-page``: ``header.article-head``
  (``p.article-category`` link, ``h1.article-title``, ``div.article-meta`` "Ngày đăng: 14/11/2026
  - 08:30", on some posts "Cập nhật: …", "Lượt xem", the "Cỡ chữ A- A A+" buttons, "In bài" and
  share links; one post has a cover banner drawn as a CSS ``background-image``),
  ``div.article-lead`` (the bold lead, on most posts), ``div.article-body`` made of components:
  ``div.text-component`` (CKEditor 4 rich text; some posts keep CKEditor's Latin-1 named entities,
  ``&agrave;`` beside raw ``ạ``), ``div.image-component`` (``<picture>`` with ``<source srcset>``
  of imaging variants and ``<img src="/dam/jcr:…">``; some lazy-loaded: ``src`` a placeholder gif,
  the photo in ``data-src``; ``p.image-caption`` and the credit field ``span.image-credit``
  "Ảnh: …"), ``div.quote-component`` (``blockquote`` + ``cite``), ``div.download-component``
  (PDF link with size), ``div.video-component`` (YouTube iframe); then ``div.article-author``
  "Tác giả: …", ``div.article-source`` "Nguồn: …", tags, "Tin liên quan" (dated), a sidebar
  ("Tin mới nhất" with dates, "Lưu trữ" years, banners, "Liên kết website") and a footer
  (address, hotline, "Bản quyền thuộc …", visitor counter, a "Quản trị" link). Pages print
  ``og:url`` (always the default-locale address), no ``rel=canonical``.
- non-articles: ``/sgddt/gioi-thieu/{chuc-nang-nhiem-vu,co-cau-to-chuc,lanh-dao-so}.html``,
  ``/sgddt/lien-he.html`` (form), ``/sgddt/van-ban.html`` (register with ``/dam/jcr:…`` PDFs)
  and document pages ``/sgddt/van-ban/so-<n>-<code>.html`` (number, dates, signer, summary,
  download), ``/sgddt/thu-vien-anh.html`` and two albums, ``/sgddt/tim-kiem.html`` (search),
  ``/en/sgddt.html`` (the English landing page), print views.

Traps (the platform's own):
- the year archive answers 200 for every year 1900-2999 and prints "‹ Năm Y-1" / "Năm Y+1 ›":
  links that never end (the sidebar "Lưu trữ" links 2026, 2025, 2024 into it); any
  ``~page~N~`` past the last page answers 200 with "Chưa có tin bài" (not linked);
- ``<article>~print~.html`` (the "In bài" link): the same text in a print template;
- the language prefix: every page also answers under ``/vi/…`` with all its links rewritten to
  ``/vi/…`` (a whole mirror); the header's "VI" link enters it from every page;
- ``?mgnlPreview=true`` (and any other query) is ignored: the same page; one post's text links
  another post with it, as the editor copied it from the author instance;
- an old address of a moved post (``/sgddt/tin-tuc/thong-bao/…``, a category removed in 2026)
  is a virtual URI mapping answering 301 to the new address; one post's text links it;
- ``/.magnolia/admincentral`` (footer "Quản trị") answers 401 with Magnolia's login form;
- unknown pages answer 404 with the theme's page.

Gold (by hand). Articles are the pages under ``/sgddt/tin-tuc/<cat>/``; alt_paths are their
``/vi/`` twin and ``?mgnlPreview=true``. Judgement calls:
- published_at is "Ngày đăng" (with its time); "Cập nhật" is never the date; S5 prints
  "12/11/2026 - 00:00": a day without a time. The UTC ``article:published_time`` meta is ignored.
- summary is ``div.article-lead`` (and the body's first paragraph). S7 has no lead block but its
  text opens with a paragraph wholly in bold: that is the summary and stays the first paragraph.
- body: text-component paragraphs in order, list items and bold sub-headings included; a
  quote-component is two paragraphs, the quotation and its ``cite`` line (the attribution is
  printed as part of the article); download and video components, the credit lines, the
  author box and the source line are not body.
- captions: ``p.image-caption`` text; the credit ``span.image-credit`` "Ảnh: X" is not caption
  but gives X as photographer (in order of first appearance, once). An image printing only a
  credit has caption None; an image whose caption line is the camera file name
  ("IMG_20261118_091532", the DAM asset's title printed by default) has caption None.
  Lazy-loaded photos are gold under their ``data-src`` address; S11's cover banner (CSS
  background) is no article image.
- authors: the "Tác giả" box without degree ("ThS.") or the unit after a dash ("Nguyễn Văn Hải -
  Phòng Quản lý chất lượng" -> "Nguyễn Văn Hải"); a unit in the box ("Phòng Quản lý chất
  lượng", "Thanh tra Sở", "Phòng Giáo dục Mầm non") is the author; S7's box says "Văn phòng Sở"
  but the text is signed "Thanh Hương" at its end: the signature is the author. No box: no author.
  "Nguồn: X" gives source X (S12: a school, no author).
- category: the name in ``p.article-category`` and the breadcrumb.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "magnolia_sgddt"
PLATFORM = "magnolia6"
START_PATH = "/sgddt.html"

SITE = "Sở Giáo dục và Đào tạo tỉnh Nghệ An"
SHORT = "Sở GD&ĐT Nghệ An"
ADDRESS = "Số 62 đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An"
PHONE = "0238 3 844 788"
HOTLINE = "0238 3 598 102"
EMAIL = "vanphong@nghean.edu.vn"
THEME = "/.resources/sgddt-theme/webresources"
HOME = "/sgddt.html"
NEWS = "/sgddt/tin-tuc"
CAT_PER_PAGE = 3
ALL_PER_PAGE = 5
HOME_NEWEST = 6
_LOCAL = timezone(timedelta(hours=7))

CATS: dict[str, str] = {
    "hoat-dong-nganh": "Hoạt động ngành",
    "thi-tuyen-sinh": "Thi - Tuyển sinh",
    "tin-co-so": "Tin từ cơ sở",
}
TAGS: dict[str, str] = {
    "chuyen-doi-so": "Chuyển đổi số",
    "thi-dua": "Thi đua",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "tuyen-sinh-lop-10": "Tuyển sinh lớp 10",
    "day-them-hoc-them": "Dạy thêm, học thêm",
    "y-te-truong-hoc": "Y tế trường học",
    "giao-duc-mam-non": "Giáo dục mầm non",
    "chuong-trinh-gdpt-2018": "Chương trình GDPT 2018",
    "nam-hoc-moi": "Năm học mới",
    "van-hoa-doc": "Văn hóa đọc",
}
ARCHIVE_YEARS = (2026, 2025, 2024)
YEAR_MIN, YEAR_MAX = 1900, 2999


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def dam(name: str) -> str:
    """The DAM address of an asset: ``/dam/jcr:<uuid>/<file>``."""
    return f"/dam/jcr:{_uuid(name)}/{name}"


def imaging(name: str, variant: str) -> str:
    """An imaging-servlet rendition of a DAM asset."""
    return f"/.imaging/mte/sgddt-theme/{variant}/dam/jcr:{_uuid(name)}/{name}/jcr:content/{name}"


def _pic(
    name: str,
    caption: str | None,
    credit: str | None = None,
    lazy: bool = False,
    printed: str | None = "=",
) -> Img:
    """An image component: ``printed`` is the caption line ("=": the caption itself)."""
    line = caption if printed == "=" else printed
    style = ("lazy" if lazy else "pic") + (f"|{credit}" if credit else "")
    return Img(dam(name), line, caption, style)


def _q(text: str) -> P:
    return P(text, "quote")


def _cite(text: str) -> P:
    return P(text, "cite")


def _b(text: str) -> P:
    return P(text, "b")


def _li(text: str) -> P:
    return P(text, "li")


# Story.opts: at (local datetime as stored), upd ("Cập nhật" line or absent), box (the "Tác giả"
# box as printed, or absent), src (the "Nguồn" line as printed), tags, ck (CKEditor Latin-1
# entities in the rich text), links ([(phrase, href)] inside text paragraphs), cover (a CSS
# background banner), lead (printed in div.article-lead: the summary with sapo_outside).
STORIES: list[Story] = [
    Story(
        id=1,
        slug="hoi-nghi-trien-khai-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-hoc-2026-2027",
        title="Hội nghị triển khai chuyển đổi số trong quản lý trường học năm học 2026 - 2027",
        cat="hoat-dong-nganh",
        published_at="2026-11-23T16:20:00+07:00",
        summary=(
            "Chiều 23/11, Sở Giáo dục và Đào tạo tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số"
            " trong quản lý, dạy học năm học 2026 - 2027 với sự tham dự của lãnh đạo hơn 600 cơ sở"
            " giáo dục trên địa bàn tỉnh theo hình thức trực tiếp kết hợp trực tuyến."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo tại hội nghị, năm học 2025 - 2026, 100% cơ sở giáo dục phổ thông trong"
                " tỉnh đã sử dụng học bạ số đối với học sinh tiểu học và lớp 6, lớp 10; 98,7% giáo"
                " viên được cấp tài khoản và sử dụng thường xuyên hệ thống quản lý học tập; cơ sở dữ"
                " liệu ngành được kết nối, đồng bộ với cơ sở dữ liệu quốc gia về dân cư."
            ),
            _pic(
                "hoi-nghi-chuyen-doi-so-2026-01.jpg",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu khai mạc hội nghị",
                "Trần Quốc Bảo",
            ),
            P(
                "Bên cạnh kết quả đạt được, hạ tầng công nghệ thông tin tại một số trường vùng cao,"
                " vùng đặc biệt khó khăn còn thiếu và xuống cấp; đường truyền Internet chưa ổn định;"
                " kỹ năng số của một bộ phận cán bộ quản lý, giáo viên còn hạn chế, như đã được chỉ ra"
                " tại buổi làm việc với đoàn công tác của Bộ GD&ĐT hồi cuối tháng 10."
            ),
            _q(
                "“Chuyển đổi số không phải là việc của riêng bộ phận công nghệ thông tin mà là nhiệm"
                " vụ của từng thầy cô giáo, từng nhà trường. Mỗi cơ sở giáo dục phải coi dữ liệu là"
                " tài sản và giữ cho dữ liệu đúng, đủ, sạch, sống.”"
            ),
            _cite("Ông Trần Đình Khoa, Giám đốc Sở GD&ĐT"),
            P(
                "Năm học 2026 - 2027, ngành tập trung hoàn thiện cơ sở dữ liệu ngành, triển khai học"
                " bạ số đối với toàn bộ học sinh phổ thông, số hóa hồ sơ văn bằng, chứng chỉ và đẩy"
                " mạnh thanh toán không dùng tiền mặt trong trường học."
            ),
            _pic(
                "hoi-nghi-chuyen-doi-so-2026-02.jpg",
                "Các đại biểu tham quan mô hình lớp học thông minh tại hội nghị",
                "Trần Quốc Bảo",
            ),
            P(
                "Tại hội nghị, các đại biểu đã được giới thiệu phần mềm quản lý trường học phiên bản"
                " mới và nghe chia sẻ kinh nghiệm triển khai học bạ số của Trường THPT Huỳnh Thúc"
                " Kháng và Trường Tiểu học Lê Mao."
            ),
        ],
        authors=["Nguyễn Thị Mai"],
        photographers=["Trần Quốc Bảo"],
        opts={
            "at": datetime(2026, 11, 23, 16, 20),
            "upd": "24/11/2026 - 09:15",
            "box": "Nguyễn Thị Mai",
            "tags": ["chuyen-doi-so"],
            "ck": True,
            "links": [("buổi làm việc với đoàn công tác của Bộ GD&amp;ĐT", "S8?mgnlPreview=true")],
        },
    ),
    Story(
        id=2,
        slug="huong-dan-dang-ky-du-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Hướng dẫn đăng ký dự thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="thi-tuyen-sinh",
        published_at="2026-11-20T10:05:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 2145/KH-SGDĐT ngày 28/8/2026 của Sở Giáo dục và Đào tạo về tổ"
                " chức các kỳ thi năm học 2026 - 2027, Sở hướng dẫn các đơn vị đăng ký dự thi chọn"
                " học sinh giỏi cấp tỉnh lớp 12 như sau:"
            ),
            _b("1. Đối tượng dự thi"),
            P(
                "Học sinh lớp 12 đang học tại các trường THPT, trường phổ thông có nhiều cấp học,"
                " trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trên địa bàn tỉnh; có kết"
                " quả học tập năm học 2025 - 2026 đạt mức Tốt, rèn luyện đạt mức Tốt."
            ),
            _b("2. Môn thi và thời gian thi"),
            _li(
                "Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng"
                " Anh, Giáo dục kinh tế và pháp luật."
            ),
            _li(
                "Thời gian thi: ngày 16 và 17/12/2026; mỗi môn thi 01 bài, thời gian làm bài 180"
                " phút."
            ),
            _b("3. Đăng ký dự thi"),
            P(
                "Các đơn vị đăng ký danh sách thí sinh trên phần mềm quản lý thi của Sở trước 17h00"
                " ngày 30/11/2026, đồng thời gửi bản đăng ký có chữ ký, đóng dấu về Phòng Quản lý"
                " chất lượng. Mỗi đơn vị được đăng ký tối đa 06 thí sinh/môn."
            ),
            Raw(
                '<div class="download-component"><a class="dl-link" href="{pdf:HD-2391-SGDDT-QLCL.pdf}"'
                ' download><span class="dl-icon">PDF</span><span class="dl-name">Hướng dẫn số'
                ' 2391/SGDĐT-QLCL</span> <span class="dl-meta">(PDF, 312 KB)</span></a></div>'
            ),
        ],
        authors=["Phòng Quản lý chất lượng"],
        opts={
            "at": datetime(2026, 11, 20, 10, 5),
            "box": "Phòng Quản lý chất lượng",
            "tags": ["hoc-sinh-gioi"],
        },
    ),
    Story(
        id=3,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-nganh",
        published_at="2026-11-19T08:30:00+07:00",
        summary=(
            "Sáng 18/11, Sở Giáo dục và Đào tạo tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt"
            " Nam (20/11/1982 - 20/11/2026), tuyên dương 120 nhà giáo tiêu biểu có nhiều đóng góp"
            " cho sự nghiệp giáo dục của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi gặp mặt có đại diện lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh, Ủy ban MTTQ Việt Nam"
                " tỉnh cùng các thế hệ nhà giáo, cán bộ quản lý giáo dục đã nghỉ hưu."
            ),
            _pic(
                "gap-mat-20-11-2026-01.jpg",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các thế hệ nhà giáo",
                "Hồ Văn Tâm",
                lazy=True,
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngành, đại diện lãnh đạo Sở cho biết, năm học vừa"
                " qua giáo dục tỉnh nhà tiếp tục đạt nhiều kết quả nổi bật: 42 học sinh đạt giải"
                " trong kỳ thi chọn học sinh giỏi quốc gia; điểm trung bình thi tốt nghiệp THPT xếp"
                " trong nhóm 20 tỉnh, thành phố dẫn đầu cả nước; tỷ lệ trường đạt chuẩn quốc gia"
                " đạt 88,4%."
            ),
            _pic(
                "IMG_20261118_091532.jpg",
                None,
                "Hồ Văn Tâm",
                lazy=True,
                printed="IMG_20261118_091532",
            ),
            P(
                "Thay mặt các nhà giáo được tuyên dương, cô Lô Thị Hằng, giáo viên Trường PTDTBT THCS"
                " Tri Lễ (xã Tri Lễ) chia sẻ về hành trình 18 năm gắn bó với học sinh vùng cao, vận"
                " động các em đến lớp, dựng nhà bán trú và mở lớp học tiếng Việt cho trẻ trước tuổi"
                " vào lớp 1."
            ),
            _pic(
                "gap-mat-20-11-2026-03.jpg",
                "Các nhà giáo tiêu biểu được tuyên dương tại buổi gặp mặt",
                "Hồ Văn Tâm",
                lazy=True,
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 35 tập thể, 120 cá nhân có thành"
                " tích xuất sắc trong năm học 2025 - 2026."
            ),
        ],
        authors=["Lê Thị Hoài Thu"],
        photographers=["Hồ Văn Tâm"],
        opts={
            "at": datetime(2026, 11, 19, 8, 30),
            "box": "ThS. Lê Thị Hoài Thu",
            "tags": ["thi-dua"],
        },
    ),
    Story(
        id=4,
        slug="truong-thcs-dang-thai-mai-don-bang-cong-nhan-dat-chuan-quoc-gia-muc-do-2",
        title="Trường THCS Đặng Thai Mai đón Bằng công nhận đạt chuẩn quốc gia mức độ 2",
        cat="tin-co-so",
        published_at="2026-11-16T14:10:00+07:00",
        blocks=[
            P(
                "Ngày 15/11, Trường THCS Đặng Thai Mai (phường Thành Vinh) tổ chức lễ đón Bằng công"
                " nhận trường đạt chuẩn quốc gia mức độ 2 và kỷ niệm Ngày Nhà giáo Việt Nam."
            ),
            P(
                "Sau 5 năm đạt chuẩn mức độ 1, nhà trường đã huy động hơn 7 tỷ đồng từ ngân sách và"
                " xã hội hóa để xây mới khu phòng học bộ môn, nhà đa năng, thư viện thân thiện và"
                " trang bị 28 màn hình tương tác cho các lớp học."
            ),
            _pic(
                "thcs-dang-thai-mai-chuan-quoc-gia.jpg",
                "Đại diện lãnh đạo UBND phường trao Bằng công nhận cho nhà trường",
                "Phan Quỳnh",
            ),
            P(
                "Năm học 2025 - 2026, nhà trường có 46 học sinh đạt giải học sinh giỏi cấp tỉnh, 98%"
                " học sinh lớp 9 đỗ vào các trường THPT công lập; đội ngũ 52 giáo viên đều đạt chuẩn"
                " và trên chuẩn về trình độ đào tạo."
            ),
        ],
        authors=["Phan Quỳnh"],
        photographers=["Phan Quỳnh"],
        source="Báo Nghệ An",
        opts={
            "at": datetime(2026, 11, 16, 14, 10),
            "box": "Phan Quỳnh",
            "src": "Báo Nghệ An",
            "tags": ["thi-dua"],
            "ck": True,
        },
    ),
    Story(
        id=5,
        slug="kiem-tra-cong-tac-quan-ly-day-them-hoc-them-tai-cac-co-so-giao-duc",
        title="Kiểm tra công tác quản lý dạy thêm, học thêm tại các cơ sở giáo dục",
        cat="hoat-dong-nganh",
        published_at="2026-11-12",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 2287/KH-SGDĐT, từ ngày 03 đến ngày 10/11/2026, Thanh tra Sở"
                " Giáo dục và Đào tạo phối hợp với UBND các xã, phường kiểm tra công tác quản lý dạy"
                " thêm, học thêm tại 38 cơ sở giáo dục và 24 cơ sở dạy thêm ngoài nhà trường."
            ),
            P(
                "Qua kiểm tra, phần lớn các nhà trường đã xây dựng kế hoạch dạy thêm trong nhà trường"
                " đúng quy định, không thu tiền đối với các lớp bồi dưỡng học sinh giỏi, phụ đạo học"
                " sinh yếu. Tuy nhiên, đoàn kiểm tra phát hiện một số tồn tại:"
            ),
            _li(
                "03 cơ sở dạy thêm ngoài nhà trường chưa công khai danh sách người dạy, thời gian và"
                " mức thu;"
            ),
            _li(
                "02 giáo viên tham gia dạy thêm ngoài nhà trường nhưng chưa báo cáo Hiệu trưởng theo"
                " quy định;"
            ),
            _li(
                "Một số phòng học tại cơ sở dạy thêm chưa bảo đảm diện tích, ánh sáng và phòng cháy,"
                " chữa cháy."
            ),
            P(
                "Đoàn kiểm tra đã yêu cầu các cơ sở khắc phục ngay các tồn tại và đề nghị UBND các"
                " xã, phường tăng cường quản lý hoạt động dạy thêm, học thêm trên địa bàn."
            ),
        ],
        authors=["Thanh tra Sở"],
        opts={
            "at": datetime(2026, 11, 12, 0, 0),
            "box": "Thanh tra Sở",
            "tags": ["day-them-hoc-them"],
        },
    ),
    Story(
        id=6,
        slug="cong-bo-phuong-an-tuyen-sinh-lop-10-thpt-nam-hoc-2027-2028",
        title="Công bố phương án tuyển sinh lớp 10 THPT năm học 2027 - 2028",
        cat="thi-tuyen-sinh",
        published_at="2026-11-09T09:00:00+07:00",
        summary=(
            "Kỳ thi tuyển sinh lớp 10 THPT năm học 2027 - 2028 giữ ổn định 3 môn thi Toán, Ngữ văn và"
            " Tiếng Anh; thí sinh đăng ký nguyện vọng hoàn toàn trực tuyến."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo phương án vừa được UBND tỉnh phê duyệt, kỳ thi dự kiến tổ chức trong hai ngày"
                " 03 và 04/6/2027. Các trường THPT công lập tuyển sinh theo phương thức thi tuyển;"
                " các trường phổ thông dân tộc nội trú tổ chức thi tuyển kết hợp xét tuyển."
            ),
            P(
                "Mỗi thí sinh được đăng ký tối đa 03 nguyện vọng vào các trường THPT công lập theo"
                " thứ tự ưu tiên. Điểm xét tuyển là tổng điểm ba bài thi, trong đó điểm bài thi Toán"
                " và Ngữ văn tính hệ số 2, cộng điểm ưu tiên, khuyến khích (nếu có)."
            ),
            _q(
                "“Sở sẽ công bố phương án sớm để học sinh, cha mẹ học sinh yên tâm, chủ động ôn tập;"
                " tuyệt đối không để xảy ra tình trạng dạy thêm, học thêm tràn lan vì áp lực thi"
                " cử.”"
            ),
            _cite("Bà Nguyễn Thị Thu Hà, Phó Giám đốc Sở GD&ĐT"),
            Raw(
                '<div class="video-component"><div class="video-ratio"><iframe width="560" height="315"'
                ' src="https://www.youtube-nocookie.com/embed/q3Xk9vTzL2M" title="YouTube video player"'
                ' frameborder="0" allow="accelerometer; encrypted-media; picture-in-picture"'
                " allowfullscreen></iframe></div></div>"
            ),
            P(
                "Trường THPT chuyên Phan Bội Châu tổ chức thi tuyển riêng vào các ngày 05 và 06/6/2027,"
                " thí sinh được đăng ký dự thi vào trường chuyên đồng thời với nguyện vọng vào các"
                " trường THPT công lập khác."
            ),
        ],
        authors=["Nguyễn Văn Hải"],
        opts={
            "at": datetime(2026, 11, 9, 9, 0),
            "upd": "10/11/2026 - 14:30",
            "box": "Nguyễn Văn Hải - Phòng Quản lý chất lượng",
            "tags": ["tuyen-sinh-lop-10"],
            "ck": True,
        },
    ),
    Story(
        id=7,
        slug="tap-huan-cong-tac-y-te-truong-hoc-va-an-toan-thuc-pham-bep-an-ban-tru",
        title="Tập huấn công tác y tế trường học và an toàn thực phẩm bếp ăn bán trú",
        cat="hoat-dong-nganh",
        published_at="2026-11-05T15:00:00+07:00",
        summary=(
            "Trong hai ngày 04 và 05/11, Sở Giáo dục và Đào tạo phối hợp với Sở Y tế tổ chức tập"
            " huấn công tác y tế trường học và bảo đảm an toàn thực phẩm tại bếp ăn bán trú cho hơn"
            " 400 cán bộ y tế, nhân viên nấu ăn các trường học."
        ),
        blocks=[
            P(
                "Trong hai ngày 04 và 05/11, Sở Giáo dục và Đào tạo phối hợp với Sở Y tế tổ chức tập"
                " huấn công tác y tế trường học và bảo đảm an toàn thực phẩm tại bếp ăn bán trú cho"
                " hơn 400 cán bộ y tế, nhân viên nấu ăn các trường học.",
                "lead",
            ),
            P(
                "Các học viên được cập nhật kiến thức về phòng, chống dịch bệnh truyền nhiễm trong"
                " trường học, sơ cứu, cấp cứu ban đầu các tai nạn thương tích thường gặp ở học sinh;"
                " quy trình bếp ăn một chiều, lưu mẫu thức ăn và kiểm soát nguồn gốc thực phẩm."
            ),
            _pic(
                "tap-huan-y-te-truong-hoc-2026.jpg",
                "Bác sĩ Trung tâm Kiểm soát bệnh tật tỉnh hướng dẫn học viên thực hành sơ cứu",
            ),
            P(
                "Đến nay, toàn tỉnh có 312 trường tổ chức bán trú cho gần 85.000 học sinh. Năm học"
                " 2025 - 2026 không xảy ra vụ ngộ độc thực phẩm nào trong các bếp ăn tập thể trường"
                " học."
            ),
            P(
                "Nội dung tập huấn bám sát nhiệm vụ giáo dục mầm non năm học 2026 - 2027 và hướng dẫn"
                " công tác y tế trường học của liên ngành Giáo dục - Y tế."
            ),
            Raw(
                '<div class="text-component"><p style="text-align: right;"><strong>Thanh Hương</strong></p></div>'
            ),
        ],
        authors=["Thanh Hương"],
        opts={
            "at": datetime(2026, 11, 5, 15, 0),
            "box": "Văn phòng Sở",
            "tags": ["y-te-truong-hoc"],
            "links": [("nhiệm vụ giáo dục mầm non năm học 2026 - 2027", "OLD")],
        },
    ),
    Story(
        id=8,
        slug="doan-cong-tac-bo-gd-dt-lam-viec-ve-thuc-hien-chuong-trinh-giao-duc-pho-thong-2018",
        title="Đoàn công tác Bộ GD&ĐT làm việc về thực hiện Chương trình giáo dục phổ thông 2018",
        cat="hoat-dong-nganh",
        published_at="2026-10-30T08:45:00+07:00",
        summary=(
            "Ngày 29/10, đoàn công tác của Bộ Giáo dục và Đào tạo do lãnh đạo Vụ Giáo dục phổ thông"
            " làm trưởng đoàn đã làm việc với Sở Giáo dục và Đào tạo về tình hình thực hiện Chương"
            " trình giáo dục phổ thông 2018 tại địa phương."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Báo cáo với đoàn, lãnh đạo Sở cho biết, đến nay toàn tỉnh đã cơ bản bảo đảm đủ sách"
                " giáo khoa cho học sinh; 96,2% giáo viên đã hoàn thành bồi dưỡng thực hiện chương"
                " trình mới. Tuy nhiên, tình trạng thiếu giáo viên các môn Tin học, Âm nhạc, Mĩ thuật"
                " và Tiếng Anh ở cấp tiểu học vẫn chưa được khắc phục."
            ),
            _pic("lam-viec-doan-bo-gddt-10-2026-01.jpg", "Quang cảnh buổi làm việc", "Minh Đức"),
            P(
                "Trước đó, đoàn đã kiểm tra thực tế tại Trường Tiểu học Nghi Phú 2 và Trường THPT"
                " Nghi Lộc 1, dự giờ các tiết học môn Hoạt động trải nghiệm, hướng nghiệp và môn"
                " Công nghệ."
            ),
            _pic("lam-viec-doan-bo-gddt-10-2026-02.jpg", None, "Minh Đức"),
            P(
                "Kết luận buổi làm việc, trưởng đoàn ghi nhận sự chủ động của ngành giáo dục tỉnh,"
                " đồng thời đề nghị Sở tiếp tục rà soát, tham mưu UBND tỉnh tuyển dụng đủ giáo viên,"
                " ưu tiên bổ sung thiết bị dạy học tối thiểu cho các trường vùng khó khăn."
            ),
        ],
        photographers=["Minh Đức"],
        opts={
            "at": datetime(2026, 10, 30, 8, 45),
            "tags": ["chuong-trinh-gdpt-2018"],
        },
    ),
    Story(
        id=9,
        slug="hon-300-thi-sinh-thi-chon-doi-tuyen-hoc-sinh-gioi-du-thi-quoc-gia-nam-2027",
        title="Hơn 300 thí sinh thi chọn đội tuyển học sinh giỏi dự thi quốc gia năm 2027",
        cat="thi-tuyen-sinh",
        published_at="2026-10-14T10:20:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 13 và 14/10, Sở Giáo dục và Đào tạo tổ chức kỳ thi chọn đội tuyển học"
                " sinh giỏi dự thi cấp quốc gia năm 2027 cho 318 thí sinh đến từ 32 trường THPT trong"
                " tỉnh."
            ),
            P(
                "Kỳ thi có 13 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí,"
                " Tiếng Anh, Tiếng Pháp, Tiếng Nga, Tiếng Nhật và Tiếng Trung Quốc. Mỗi môn thi gồm"
                " hai bài, thời gian làm mỗi bài 180 phút; riêng các môn ngoại ngữ có thêm phần thi"
                " nghe và nói."
            ),
            _pic(
                "thi-chon-doi-tuyen-hsg-qg-2027.jpg",
                "Thí sinh làm thủ tục dự thi tại Hội đồng thi Trường THPT chuyên Phan Bội Châu",
            ),
            P(
                "Căn cứ kết quả thi, Sở sẽ chọn tối đa 10 thí sinh mỗi môn vào đội tuyển, tổ chức bồi"
                " dưỡng tập trung trước khi tham dự kỳ thi chọn học sinh giỏi quốc gia THPT dự kiến"
                " diễn ra vào tháng 01/2027."
            ),
        ],
        authors=["Đặng Minh Châu"],
        opts={
            "at": datetime(2026, 10, 14, 10, 20),
            "upd": "15/10/2026 - 08:00",
            "box": "Đặng Minh Châu",
            "tags": ["hoc-sinh-gioi"],
        },
    ),
    Story(
        id=10,
        slug="hoi-nghi-trien-khai-nhiem-vu-giao-duc-mam-non-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ giáo dục mầm non năm học 2026 - 2027",
        cat="hoat-dong-nganh",
        published_at="2026-10-08T09:40:00+07:00",
        blocks=[
            P(
                "Ngày 07/10, Sở Giáo dục và Đào tạo tổ chức hội nghị triển khai nhiệm vụ giáo dục mầm"
                " non năm học 2026 - 2027 cho cán bộ quản lý các trường mầm non trên địa bàn tỉnh."
            ),
            P(
                "Năm học 2025 - 2026, toàn tỉnh huy động 99,8% trẻ 5 tuổi ra lớp; 100% trẻ được học 2"
                " buổi/ngày và ăn bán trú tại trường; tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm còn"
                " 5,1%. Các trường đã tổ chức nhiều hoạt động trải nghiệm, làm quen với tiếng Anh và"
                " ứng dụng công nghệ thông tin trong tổ chức hoạt động cho trẻ."
            ),
            _pic(
                "hoi-nghi-mam-non-2026-2027.jpg",
                "Đại biểu tham quan gian trưng bày đồ dùng, đồ chơi tự làm",
                "Nguyễn Đức Anh",
            ),
            P(
                "Năm học mới, ngành học mầm non tập trung thực hiện phổ cập giáo dục mầm non cho trẻ từ"
                " 3 đến 5 tuổi; tăng cường bảo đảm an toàn cho trẻ; xây dựng trường mầm non lấy trẻ"
                " làm trung tâm và chuẩn bị các điều kiện áp dụng Chương trình giáo dục mầm non mới."
            ),
        ],
        authors=["Phòng Giáo dục Mầm non"],
        photographers=["Nguyễn Đức Anh"],
        opts={
            "at": datetime(2026, 10, 8, 9, 40),
            "box": "Phòng Giáo dục Mầm non",
            "tags": ["giao-duc-mam-non"],
            "old": "/sgddt/tin-tuc/thong-bao/hoi-nghi-trien-khai-nhiem-vu-giao-duc-mam-non-nam-hoc-2026-2027.html",
        },
    ),
    Story(
        id=11,
        slug="hon-870-nghin-hoc-sinh-buoc-vao-nam-hoc-moi-2026-2027",
        title="Hơn 870 nghìn học sinh bước vào năm học mới 2026 - 2027",
        cat="hoat-dong-nganh",
        published_at="2026-09-05T07:30:00+07:00",
        summary=(
            "Sáng 05/9, hơn 870 nghìn học sinh từ mầm non đến THPT trên địa bàn tỉnh đồng loạt dự lễ"
            " khai giảng năm học mới 2026 - 2027 trong không khí trang trọng, vui tươi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại Trường THPT Hà Huy Tập (phường Trường Vinh), đồng chí Chủ tịch UBND tỉnh đã dự lễ"
                " khai giảng, đánh trống khai trường và tặng quà cho học sinh có hoàn cảnh khó khăn,"
                " vượt khó học tốt."
            ),
            _pic(
                "khai-giang-2026-2027-01.jpg",
                "Lãnh đạo tỉnh đánh trống khai giảng năm học mới tại Trường THPT Hà Huy Tập",
                "Hồ Văn Tâm",
            ),
            P(
                "Năm học 2026 - 2027, toàn tỉnh có 1.512 cơ sở giáo dục với hơn 870 nghìn học sinh,"
                " tăng khoảng 9.000 học sinh so với năm học trước. Ngành tiếp tục thực hiện miễn học"
                " phí cho học sinh từ mầm non đến THPT công lập."
            ),
            _pic(
                "khai-giang-2026-2027-02.jpg",
                "Học sinh lớp 1 Trường Tiểu học Hưng Dũng 1 trong ngày khai giảng",
                "Nguyễn Đức Anh",
            ),
            P(
                "Cùng ngày, lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh và Sở GD&ĐT chia thành các đoàn dự lễ"
                " khai giảng tại các trường học trên địa bàn, trong đó có nhiều trường phổ thông dân"
                " tộc nội trú, bán trú ở các xã miền núi."
            ),
            _pic(
                "khai-giang-2026-2027-03.jpg",
                "Niềm vui của học sinh Trường PTDTBT THCS Tri Lễ ngày khai trường",
                "Hồ Văn Tâm",
            ),
        ],
        authors=["Nguyễn Thị Mai"],
        photographers=["Hồ Văn Tâm", "Nguyễn Đức Anh"],
        opts={
            "at": datetime(2026, 9, 5, 7, 30),
            "box": "Nguyễn Thị Mai",
            "tags": ["nam-hoc-moi"],
            "cover": "banner-khai-giang-2026-2027.jpg",
        },
    ),
    Story(
        id=12,
        slug="truong-tieu-hoc-hung-dung-1-to-chuc-ngay-hoi-doc-sach",
        title="Trường Tiểu học Hưng Dũng 1 tổ chức Ngày hội đọc sách",
        cat="tin-co-so",
        published_at="2025-12-18T09:10:00+07:00",
        blocks=[
            P(
                "Nhằm khơi dậy niềm đam mê đọc sách và xây dựng văn hóa đọc trong nhà trường, ngày"
                " 17/12, Trường Tiểu học Hưng Dũng 1 tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn"
                " sách - một người bạn”."
            ),
            P(
                "Ngày hội có nhiều hoạt động hấp dẫn như: trưng bày sách theo chủ đề, thi kể chuyện"
                " theo sách, vẽ tranh về nhân vật em yêu thích, đổi sách cũ lấy sách mới và giao lưu"
                " với tác giả sách thiếu nhi."
            ),
            _pic(
                "ngay-hoi-doc-sach-hung-dung-1-01.jpg",
                "Học sinh khối 3 say sưa đọc sách tại gian trưng bày",
                lazy=True,
            ),
            P(
                "Dịp này, nhà trường phát động phong trào “Tủ sách lớp em”, quyên góp được hơn 1.200"
                " cuốn sách để bổ sung cho thư viện và tặng học sinh Trường Tiểu học Hạnh Lâm (xã"
                " Hạnh Lâm)."
            ),
            _pic(
                "ngay-hoi-doc-sach-hung-dung-1-02.jpg",
                "Tiết mục kể chuyện theo sách của học sinh lớp 5A",
                lazy=True,
            ),
        ],
        source="Trường Tiểu học Hưng Dũng 1",
        opts={
            "at": datetime(2025, 12, 18, 9, 10),
            "src": "Trường Tiểu học Hưng Dũng 1",
            "tags": ["van-hoa-doc"],
            "ck": True,
        },
    ),
    Story(
        id=13,
        slug="co-giao-mam-non-vung-cao-gianh-giai-nhat-hoi-thi-giao-vien-day-gioi-cap-tinh",
        title="Cô giáo mầm non vùng cao giành giải Nhất Hội thi giáo viên dạy giỏi cấp tỉnh",
        cat="tin-co-so",
        published_at="2025-11-27T14:00:00+07:00",
        summary=(
            "Với tiết dạy “Bé khám phá cây lúa”, cô giáo Vi Thị Hương, Trường Mầm non Châu Phong (xã"
            " Châu Phong), đã xuất sắc giành giải Nhất Hội thi giáo viên dạy giỏi cấp học mầm non"
            " cấp tỉnh năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi diễn ra từ ngày 20 đến 25/11/2025 với 156 giáo viên tham gia. Các thí sinh"
                " trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục"
                " trẻ và thực hành tổ chức hoạt động giáo dục."
            ),
            P(
                "Chia sẻ về tiết dạy đạt giải, cô Hương cho biết đã đưa trẻ ra ruộng lúa gần trường để"
                " quan sát, sử dụng hạt thóc, rơm rạ làm học liệu và lồng ghép tiếng Việt cho trẻ người"
                " dân tộc Thái."
            ),
            _pic(
                "co-giao-vi-thi-huong-giai-nhat.jpg",
                "Cô giáo Vi Thị Hương trong tiết dạy tại hội thi",
                "Hà Anh",
            ),
            P(
                "Gắn bó với nghề hơn 12 năm, cô Hương luôn tìm tòi, sáng tạo đồ dùng dạy học từ nguyên"
                " vật liệu sẵn có ở địa phương. Nhiều sáng kiến của cô được Sở GD&ĐT công nhận và phổ"
                " biến áp dụng trong các trường mầm non vùng cao."
            ),
        ],
        authors=["Hà Anh"],
        photographers=["Hà Anh"],
        source="Báo Giáo dục và Thời đại",
        opts={
            "at": datetime(2025, 11, 27, 14, 0),
            "box": "Hà Anh",
            "src": "Báo Giáo dục và Thời đại",
            "tags": ["thi-dua", "giao-duc-mam-non"],
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_BY_PATH: dict[str, Story] = {}


def article_path(s: Story) -> str:
    return f"{NEWS}/{s.cat}/{s.slug}.html"


def print_path(s: Story) -> str:
    return f"{NEWS}/{s.cat}/{s.slug}~print~.html"


for _s in STORIES:
    _BY_PATH[article_path(_s)] = _s
_OLD = {s.opts["old"]: s for s in STORIES if "old" in s.opts}
OLD_PATH = next(iter(_OLD))


def newest(cat: str | None = None, tag: str | None = None, year: int | None = None) -> list[Story]:
    out = [
        s
        for s in STORIES
        if (cat is None or s.cat == cat)
        and (tag is None or tag in s.opts.get("tags", []))
        and (year is None or s.opts["at"].year == year)
    ]
    return sorted(out, key=lambda s: s.opts["at"], reverse=True)


def pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


# --- documents and albums -------------------------------------------------------------------

#: slug, number, type, summary (trích yếu), signed, effective, signer, file
DOCS: list[tuple[str, str, str, str, str, str, str, str]] = [
    ("so-2391-sgddt-qlcl", "2391/SGDĐT-QLCL", "Công văn",
     "V/v hướng dẫn đăng ký dự thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
     "19/11/2026", "19/11/2026", "Nguyễn Thị Thu Hà", "HD-2391-SGDDT-QLCL.pdf"),
    ("so-2287-kh-sgddt", "2287/KH-SGDĐT", "Kế hoạch",
     "Kế hoạch kiểm tra công tác quản lý dạy thêm, học thêm năm 2026",
     "28/10/2026", "28/10/2026", "Trần Đình Khoa", "KH-2287-SGDDT.pdf"),
    ("so-2145-kh-sgddt", "2145/KH-SGDĐT", "Kế hoạch",
     "Kế hoạch tổ chức các kỳ thi năm học 2026 - 2027",
     "28/08/2026", "28/08/2026", "Nguyễn Thị Thu Hà", "KH-2145-SGDDT.pdf"),
    ("so-123-sgddt", "123/QĐ-SGDĐT", "Quyết định",
     "Quyết định ban hành Quy chế làm việc của Sở Giáo dục và Đào tạo",
     "15/01/2026", "01/02/2026", "Trần Đình Khoa", "QD-123-SGDDT.pdf"),
    ("so-2016-sgddt-gdmn", "2016/SGDĐT-GDMN", "Công văn",
     "V/v hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2026 - 2027",
     "10/09/2026", "10/09/2026", "Nguyễn Thị Thu Hà", "CV-2016-SGDDT-GDMN.pdf"),
]  # fmt: skip
DOC_FILES = {d[7] for d in DOCS}

#: album slug, title, date, [(file, caption)]
ALBUMS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("le-khai-giang-nam-hoc-2026-2027", "Lễ khai giảng năm học 2026 - 2027", "05/09/2026", [
        ("album-khai-giang-2026-01.jpg", "Đánh trống khai trường tại Trường THPT Hà Huy Tập"),
        ("album-khai-giang-2026-02.jpg", "Học sinh lớp 10 trong ngày đầu đến trường"),
        ("album-khai-giang-2026-03.jpg", "Tiết mục văn nghệ chào mừng năm học mới"),
        ("album-khai-giang-2026-04.jpg", "Trao quà cho học sinh có hoàn cảnh khó khăn"),
    ]),
    ("ky-niem-ngay-nha-giao-viet-nam-20-11-2026", "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", "18/11/2026", [
        ("album-20-11-2026-01.jpg", "Các thế hệ nhà giáo dự buổi gặp mặt"),
        ("album-20-11-2026-02.jpg", "Tuyên dương nhà giáo tiêu biểu"),
        ("album-20-11-2026-03.jpg", "Văn nghệ chào mừng của học sinh"),
    ]),
]  # fmt: skip

STATIC_PAGES: dict[str, tuple[str, list[str]]] = {
    "chuc-nang-nhiem-vu": ("Chức năng, nhiệm vụ", [
        "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng tham mưu, giúp"
        " UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức,"
        " biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm"
        " tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        "Sở trình UBND tỉnh dự thảo quy hoạch, kế hoạch phát triển giáo dục; hướng dẫn, kiểm tra việc"
        " thực hiện chương trình, kế hoạch giáo dục; quản lý thi, tuyển sinh và cấp phát văn bằng,"
        " chứng chỉ theo quy định.",
    ]),
    "co-cau-to-chuc": ("Cơ cấu tổ chức", [
        "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
        "Các phòng chuyên môn, nghiệp vụ: Văn phòng Sở; Thanh tra Sở; Phòng Tổ chức cán bộ; Phòng Kế"
        " hoạch - Tài chính; Phòng Giáo dục Mầm non; Phòng Giáo dục Tiểu học; Phòng Giáo dục Trung"
        " học; Phòng Giáo dục thường xuyên - Chuyên nghiệp; Phòng Quản lý chất lượng.",
        "Các đơn vị sự nghiệp trực thuộc gồm các trường THPT, trường phổ thông dân tộc nội trú, các"
        " trung tâm giáo dục thường xuyên và trường chuyên biệt trên địa bàn tỉnh.",
    ]),
    "lanh-dao-so": ("Lãnh đạo Sở", [
        "Giám đốc: Ông Trần Đình Khoa. Điện thoại: 0238 3 844 266.",
        "Phó Giám đốc: Bà Nguyễn Thị Thu Hà. Điện thoại: 0238 3 844 267.",
        "Phó Giám đốc: Ông Lê Văn Hưng. Điện thoại: 0238 3 844 268.",
    ]),
}  # fmt: skip


# --- gold -----------------------------------------------------------------------------------

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat],
        alt_paths=["/vi" + article_path(s), article_path(s) + "?mgnlPreview=true"],
    )
    for s in newest()
]


def _pager_targets(base: str, n: int, sel: str = "") -> list[str]:
    first = f"{base}~{sel}.html" if sel else f"{base}.html"
    out = [first]
    if n > 1:
        out += [f"{base}~{sel}page~{k}~.html" for k in range(1, n + 1)]
    return out


NON_ARTICLES: list[str] = [
    HOME,
    *_pager_targets(NEWS, pages(len(STORIES), ALL_PER_PAGE)),
    *(t for c in CATS for t in _pager_targets(f"{NEWS}/{c}", pages(len(newest(c)), CAT_PER_PAGE))),
    *(
        t
        for tag in TAGS
        for t in _pager_targets(NEWS, pages(len(newest(tag=tag)), ALL_PER_PAGE), f"tag~{tag}~")
    ),
    *(
        t
        for y in ARCHIVE_YEARS
        for t in _pager_targets(NEWS, pages(len(newest(year=y)), ALL_PER_PAGE), f"nam~{y}~")
    ),
    *(f"/sgddt/gioi-thieu/{slug}.html" for slug in STATIC_PAGES),
    "/sgddt/lien-he.html",
    "/sgddt/van-ban.html",
    *(f"/sgddt/van-ban/{d[0]}.html" for d in DOCS),
    "/sgddt/thu-vien-anh.html",
    *(f"/sgddt/thu-vien-anh/{a[0]}.html" for a in ALBUMS),
    "/sgddt/tim-kiem.html",
    "/en/sgddt.html",
    *(print_path(s) for s in newest()),
]


# --- rendering ------------------------------------------------------------------------------

_LATIN1_NAMED = {i: f"&{codepoint2name[i]};" for i in range(0xC0, 0x100) if i in codepoint2name}


def ck_entities(markup: str) -> str:
    """CKEditor 4 with ``entities_latin``: Latin-1 letters as named entities, the rest raw."""
    return markup.translate(_LATIN1_NAMED)


def _dmy(s: Story) -> str:
    return f"{s.opts['at']:%d/%m/%Y}"


def _stamp(s: Story) -> str:
    return f"{s.opts['at']:%d/%m/%Y - %H:%M}"


def _utc(s: Story) -> str:
    return s.opts["at"].replace(tzinfo=_LOCAL).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _iso_local(s: Story) -> str:
    return s.opts["at"].strftime("%Y-%m-%dT%H:%M:%S.000+07:00")


def _modified(s: Story) -> str:
    """``mgnl:lastModified``: the "Cập nhật" stamp when the post prints one."""
    if not s.opts.get("upd"):
        return _iso_local(s)
    return datetime.strptime(s.opts["upd"], "%d/%m/%Y - %H:%M").strftime(
        "%Y-%m-%dT%H:%M:%S.000+07:00"
    )


def _first_image(s: Story) -> str | None:
    imgs = s.images
    if imgs:
        return imgs[0].src.rsplit("/", 1)[1]
    return s.opts.get("cover")


def _thumb(s: Story) -> str:
    name = _first_image(s)
    return imaging(name, "320x200") if name else f"{THEME}/img/no-image.jpg"


def _teaser(s: Story) -> str:
    text = s.summary or s.paragraphs[0]
    if len(text) <= 180:
        return text
    return text[:180].rsplit(" ", 1)[0] + "…"


def _resolve(href: str) -> str:
    if href == "OLD":
        return OLD_PATH
    if href.startswith("S"):
        num, _, query = href[1:].partition("?")
        return article_path(_BY_ID[int(num)]) + (f"?{query}" if query else "")
    return href


def _para_html(p: P, s: Story) -> str:
    body = esc(p.text).replace("&#x27;", "'")
    for phrase, href in s.opts.get("links", []):
        if phrase in body:
            body = body.replace(phrase, f'<a href="{esc(_resolve(href))}">{phrase}</a>', 1)
    if s.opts.get("ck"):
        body = ck_entities(body)
    return body


def _image_html(img: Img) -> str:
    kind, _, credit = img.style.partition("|")
    name = img.src.rsplit("/", 1)[1]
    alt = esc(img.caption or "")
    if kind == "lazy":
        tag = (
            f'<img class="lazyload img-fluid" src="{THEME}/img/blank.gif" data-src="{img.src}"'
            f' alt="{alt}" width="960" height="640">'
        )
    else:
        tag = f'<img class="img-fluid" src="{img.src}" alt="{alt}" width="960" height="640" loading="lazy">'
    sources = (
        f'<source media="(max-width: 575px)" srcset="{imaging(name, "480")}">'
        f'<source media="(max-width: 991px)" srcset="{imaging(name, "768")}">'
    )
    cap = f'<p class="image-caption">{esc(img.printed)}</p>' if img.printed else ""
    cred = f'<span class="image-credit">Ảnh: {esc(credit)}</span>' if credit else ""
    return (
        f'<div class="image-component"><figure class="img-wrap img-center"><picture>{sources}{tag}</picture>'
        f'<figcaption class="img-meta">{cap}{cred}</figcaption></figure></div>'
        if cap or cred
        else f'<div class="image-component"><figure class="img-wrap img-center"><picture>{sources}{tag}</picture></figure></div>'
    )


def _body_html(s: Story) -> str:
    out: list[str] = []
    run: list[str] = []
    items: list[str] = []

    def close_list() -> None:
        if items:
            run.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()

    def close_text() -> None:
        close_list()
        if run:
            out.append('<div class="text-component">\n' + "\n".join(run) + "\n</div>")
            run.clear()

    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "quote":
            close_text()
            cite = ""
            if (
                i + 1 < len(blocks)
                and isinstance(blocks[i + 1], P)
                and blocks[i + 1].style == "cite"
            ):
                cite = f"<footer><cite>{_para_html(blocks[i + 1], s)}</cite></footer>"
                i += 1
            out.append(
                f'<div class="quote-component"><blockquote><p>{_para_html(b, s)}</p>{cite}</blockquote></div>'
            )
        elif isinstance(b, P):
            if b.style == "li":
                items.append(_para_html(b, s))
            else:
                close_list()
                inner = _para_html(b, s)
                if b.style in ("b", "lead"):
                    inner = f"<strong>{inner}</strong>"
                run.append(f"<p>{inner}</p>")
        elif isinstance(b, Img):
            close_text()
            out.append(_image_html(b))
        else:
            close_text()
            out.append(re.sub(r"\{pdf:([^}]+)\}", lambda m: dam(m.group(1)), b.html))
        i += 1
    close_text()
    return "\n".join(out)


_NAV = [
    ("Trang chủ", HOME, []),
    ("Giới thiệu", "/sgddt/gioi-thieu/chuc-nang-nhiem-vu.html", [
        (title, f"/sgddt/gioi-thieu/{slug}.html") for slug, (title, _) in STATIC_PAGES.items()
    ]),
    ("Tin tức", f"{NEWS}.html", [(name, f"{NEWS}/{c}.html") for c, name in CATS.items()]),
    ("Văn bản", "/sgddt/van-ban.html", []),
    ("Thư viện ảnh", "/sgddt/thu-vien-anh.html", []),
    ("Liên hệ", "/sgddt/lien-he.html", []),
]  # fmt: skip


def _nav(active: str) -> str:
    items = []
    for label, href, children in _NAV:
        cls = (
            ' class="is-active"' if href == active or any(h == active for _, h in children) else ""
        )
        sub = ""
        if children:
            sub = (
                '<ul class="sub-menu">'
                + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in children)
                + "</ul>"
            )
        items.append(f'<li{cls}><a href="{href}">{esc(label)}</a>{sub}</li>')
    return (
        '<nav class="main-nav" aria-label="Menu chính"><div class="container"><button class="nav-toggle"'
        ' aria-label="Mở menu"><span></span></button><ul class="menu-level-1">'
        + "".join(items)
        + "</ul></div></nav>"
    )


def _crumbs(*trail: tuple[str | None, str]) -> str:
    lis = ['<li><a href="/sgddt.html">Trang chủ</a></li>']
    for href, label in trail:
        if href:
            lis.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="active" aria-current="page">{esc(label)}</li>')
    return f'<div class="breadcrumb-bar"><div class="container"><ol>{"".join(lis)}</ol></div></div>'


def _sidebar() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a><span class="side-date">{_dmy(s)}</span></li>'
        for s in newest()[:5]
    )
    years = "".join(f'<li><a href="{NEWS}~nam~{y}~.html">Năm {y}</a></li>' for y in ARCHIVE_YEARS)
    return f"""<aside class="col-sidebar">
<div class="widget widget-latest"><h3 class="widget-title">Tin mới nhất</h3><ul>{latest}</ul></div>
<div class="widget widget-banner"><a href="https://dichvucong.nghean.gov.vn" target="_blank" rel="noopener"><img src="{THEME}/img/banner-dich-vu-cong.jpg" alt="Dịch vụ công trực tuyến"></a>
<a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="{THEME}/img/banner-bo-gddt.jpg" alt="Bộ Giáo dục và Đào tạo"></a>
<a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img src="{THEME}/img/banner-csdl-nganh.jpg" alt="Cơ sở dữ liệu ngành"></a></div>
<div class="widget widget-archive"><h3 class="widget-title">Lưu trữ</h3><ul>{years}</ul></div>
<div class="widget widget-links"><h3 class="widget-title">Liên kết website</h3><select onchange="if(this.value) window.open(this.value)">
<option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://nghean.gov.vn">Cổng TTĐT tỉnh Nghệ An</option><option value="https://thisinh.thitotnghiepthpt.edu.vn">Hệ thống quản lý thi</option></select></div>
</aside>"""


def _lang_links(path: str) -> str:
    return (
        f'<ul class="lang-switch"><li class="is-active"><a href="/vi{path}" hreflang="vi" lang="vi">VI</a></li>'
        '<li><a href="/en/sgddt.html" hreflang="en" lang="en">EN</a></li></ul>'
    )


def _page(
    request: Request,
    path: str,
    title: str,
    main: str,
    *,
    active: str = "",
    extra: str = "",
    sidebar: bool = True,
) -> str:
    og = f"{base_url(request)}{path}"
    layout = (
        f'<div class="container layout-2col"><div class="col-main">{main}</div>{_sidebar()}</div>'
        if sidebar
        else f'<div class="container">{main}</div>'
    )
    return f"""<!DOCTYPE html>
<html lang="vi" xml:lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta property="og:site_name" content="{esc(SITE)}">
<meta property="og:url" content="{og}">
<meta property="og:title" content="{esc(title)}">
{extra}
<link rel="icon" href="{THEME}/img/favicon.ico">
<link rel="stylesheet" href="{THEME}/css/bootstrap-grid.min.css">
<link rel="stylesheet" href="{THEME}/css/main.css">
</head>
<body class="sgddt-site">
<a class="skip-link" href="#main-content">Bỏ qua đến nội dung chính</a>
<div class="top-bar"><div class="container"><span class="today">{TODAY}</span>{_lang_links(path)}
<a class="top-link" href="/sgddt/lien-he.html">Đường dây nóng: {HOTLINE}</a></div></div>
<header class="site-header"><div class="container header-inner">
<a class="site-logo" href="/sgddt.html"><img src="{THEME}/img/logo-sgddt.png" alt="Logo {esc(SHORT)}"></a>
<div class="site-name"><span class="site-name__top">UBND TỈNH NGHỆ AN</span><span class="site-name__main">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div>
<form class="search-box" action="/sgddt/tim-kiem.html" method="get" role="search"><input type="search" name="q" placeholder="Nhập từ khóa tìm kiếm..." aria-label="Tìm kiếm"><button type="submit">Tìm</button>
<a class="search-advanced" href="/sgddt/tim-kiem.html">Tìm kiếm nâng cao</a></form>
</div></header>
{_nav(active)}
<main id="main-content">
{layout}
</main>
<footer class="site-footer"><div class="container footer-inner">
<div class="footer-info"><p class="footer-name">{esc(SITE.upper())}</p>
<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>
<p>Chịu trách nhiệm chính: Ông Trần Đình Khoa - Giám đốc Sở</p>
<p>Bản quyền thuộc {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
<div class="footer-counter"><p class="counter-title">Thống kê truy cập</p><ul><li>Đang truy cập: <b>58</b></li><li>Hôm nay: <b>2.417</b></li><li>Tháng này: <b>61.930</b></li><li>Tổng lượt truy cập: <b>4.872.105</b></li></ul></div>
<div class="footer-links"><a href="/sgddt/lien-he.html">Liên hệ</a> | <a href="/.magnolia/admincentral">Quản trị</a></div>
</div><div class="footer-bottom">Thiết kế và phát triển trên nền tảng Magnolia CMS</div></footer>
<script src="{THEME}/js/vendor/lazysizes.min.js" async></script>
<script src="{THEME}/js/main.js"></script>
</body>
</html>
"""


def _news_item(s: Story) -> str:
    href = article_path(s)
    return (
        f'<article class="news-item"><a class="news-thumb" href="{href}"><img src="{_thumb(s)}" alt="{esc(s.title)}"></a>'
        f'<div class="news-info"><h3 class="news-title"><a href="{href}">{esc(s.title)}</a></h3>'
        f'<span class="news-date">{_dmy(s)}</span><p class="news-teaser">{esc(_teaser(s))}</p></div></article>'
    )


def _pager(base: str, sel: str, page: int, last: int) -> str:
    if last <= 1:
        return ""

    def url(n: int) -> str:
        return f"{base}~{sel}page~{n}~.html"

    def plain(n: int) -> str:
        return (f"{base}~{sel}.html" if sel else f"{base}.html") if n == 1 else url(n)

    lis = []
    if page > 1:
        lis.append(f'<li class="trang-dau"><a href="{url(1)}" title="Trang đầu">Trang đầu</a></li>')
        lis.append(
            f'<li class="trang-truoc"><a href="{plain(page - 1)}" title="Trang trước">‹</a></li>'
        )
    else:
        lis.append('<li class="trang-dau disabled"><span>Trang đầu</span></li>')
        lis.append('<li class="trang-truoc disabled"><span>‹</span></li>')
    for n in range(1, last + 1):
        if n == page:
            lis.append(f'<li class="trang-hien-tai"><span>{n}</span></li>')
        else:
            lis.append(f'<li><a href="{plain(n)}">{n}</a></li>')
    if page < last:
        lis.append(f'<li class="trang-sau"><a href="{url(page + 1)}" title="Trang sau">›</a></li>')
        lis.append(
            f'<li class="trang-cuoi"><a href="{url(last)}" title="Trang cuối">Trang cuối</a></li>'
        )
    else:
        lis.append('<li class="trang-sau disabled"><span>›</span></li>')
        lis.append('<li class="trang-cuoi disabled"><span>Trang cuối</span></li>')
    return f'<nav class="phan-trang" aria-label="Phân trang"><ul>{"".join(lis)}</ul></nav>'


def _listing(
    request: Request, path: str, *, cat: str | None, tag: str | None, year: int | None, page: int
) -> str:
    items = newest(cat, tag, year)
    per = CAT_PER_PAGE if cat else ALL_PER_PAGE
    last = pages(len(items), per)
    chunk = items[(page - 1) * per : page * per]
    base = f"{NEWS}/{cat}" if cat else NEWS
    sel = f"tag~{tag}~" if tag else (f"nam~{year}~" if year else "")
    if cat:
        heading, trail = CATS[cat], [(f"{NEWS}.html", "Tin tức"), (None, CATS[cat])]
    elif tag:
        heading, trail = f"Từ khóa: {TAGS[tag]}", [(f"{NEWS}.html", "Tin tức"), (None, TAGS[tag])]
    elif year:
        heading, trail = (
            f"Lưu trữ tin bài năm {year}",
            [(f"{NEWS}.html", "Tin tức"), (None, f"Năm {year}")],
        )
    else:
        heading, trail = "Tin tức", [(None, "Tin tức")]
    rows = "".join(_news_item(s) for s in chunk) or '<p class="empty-list">Chưa có tin bài.</p>'
    years = ""
    if year:
        prev_y = (
            f'<a class="nam-truoc" href="{NEWS}~nam~{year - 1}~.html">‹ Năm {year - 1}</a>'
            if year > YEAR_MIN
            else ""
        )
        next_y = (
            f'<a class="nam-sau" href="{NEWS}~nam~{year + 1}~.html">Năm {year + 1} ›</a>'
            if year < YEAR_MAX
            else ""
        )
        years = f'<div class="archive-years">{prev_y}{next_y}</div>'
    subtitle = f" - Trang {page}" if page > 1 else ""
    main = (
        f'{_crumbs(*trail)}<section class="news-list-page"><h1 class="page-title">{esc(heading)}</h1>{years}'
        f'<div class="news-list">{rows}</div>{_pager(base, sel, page, last)}</section>'
    )
    active = f"{base}.html"
    return _page(request, path, f"{heading}{subtitle} - {SITE}", main, active=active)


def _home(request: Request, path: str) -> str:
    items = newest()
    slides = "".join(
        f'<div class="slide"><a href="{article_path(s)}"><img src="{imaging(_first_image(s), "960x540") if _first_image(s) else _thumb(s)}" alt="{esc(s.title)}">'
        f'<span class="slide-title">{esc(s.title)}</span></a></div>'
        for s in items[:3]
    )
    latest = "".join(_news_item(s) for s in items[:HOME_NEWEST])
    boxes = ""
    for c, name in CATS.items():
        lis = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">({_dmy(s)})</span></li>'
            for s in newest(c)[:3]
        )
        boxes += f'<section class="cat-box"><h2 class="cat-box__title"><a href="{NEWS}/{c}.html">{esc(name)}</a></h2><ul>{lis}</ul></section>'
    docs = "".join(
        f'<li><a href="/sgddt/van-ban/{d[0]}.html">{esc(d[1])}</a> - {esc(d[3])}</li>'
        for d in DOCS[:3]
    )
    albums = "".join(
        f'<li><a href="/sgddt/thu-vien-anh/{a[0]}.html"><img src="{imaging(a[3][0][0], "320x200")}" alt="">{esc(a[1])}</a></li>'
        for a in ALBUMS
    )
    main = f"""<section class="home-slider">{slides}</section>
<section class="home-latest"><h2 class="section-title">Tin mới</h2><div class="news-list" id="tin-moi">{latest}</div>
<button type="button" class="btn-xem-them" id="xem-them" data-endpoint="/.rest/delivery/tin-tuc/v1" data-limit="{HOME_NEWEST}" data-offset="{HOME_NEWEST}">Xem thêm</button></section>
<script>
(function () {{
  var btn = document.getElementById('xem-them');
  btn.addEventListener('click', function () {{
    var url = btn.dataset.endpoint + '?limit=' + btn.dataset.limit + '&offset=' + btn.dataset.offset;
    fetch(url).then(function (r) {{ return r.json(); }}).then(function (data) {{
      data.results.forEach(function (item) {{
        var el = document.createElement('article');
        el.className = 'news-item';
        el.innerHTML = '<div class="news-info"><h3 class="news-title"><a href="' + item.path + '">' + item.title + '</a></h3><span class="news-date">' + item.date.substring(8, 10) + '/' + item.date.substring(5, 7) + '/' + item.date.substring(0, 4) + '</span></div>';
        document.getElementById('tin-moi').appendChild(el);
      }});
      btn.dataset.offset = data.offset + data.results.length;
      if (btn.dataset.offset >= data.total) {{ btn.remove(); }}
    }});
  }});
}})();
</script>
<div class="home-cats">{boxes}</div>
<section class="home-docs"><h2 class="section-title"><a href="/sgddt/van-ban.html">Văn bản mới</a></h2><ul>{docs}</ul></section>
<section class="home-albums"><h2 class="section-title"><a href="/sgddt/thu-vien-anh.html">Thư viện ảnh</a></h2><ul>{albums}</ul></section>"""
    extra = f'<meta name="description" content="Cổng thông tin điện tử {esc(SITE)}">'
    return _page(request, path, f"Trang chủ - {SITE}", main, active=HOME, extra=extra)


def _article(request: Request, s: Story, path: str) -> str:
    cat_href = f"{NEWS}/{s.cat}.html"
    upd = (
        f'<span class="meta-updated">Cập nhật: {s.opts["upd"]}</span>' if s.opts.get("upd") else ""
    )
    cover = ""
    if s.opts.get("cover"):
        cover = f'<div class="article-cover" style="background-image: url(\'{dam(s.opts["cover"])}\');" role="presentation"></div>'
    share = f"{base_url(request)}{article_path(s)}"
    tools = (
        '<div class="article-tools"><span class="font-size">Cỡ chữ <button type="button" data-font="-1">A-</button>'
        '<button type="button" data-font="0">A</button><button type="button" data-font="1">A+</button></span>'
        f'<a class="tool-print" href="{print_path(s)}" target="_blank" rel="nofollow">In bài</a>'
        f'<a class="tool-share fb" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener">Chia sẻ</a>'
        f'<a class="tool-share zalo" href="https://sp.zalo.me/share_inline?u={share}" target="_blank" rel="noopener">Zalo</a></div>'
    )
    lead = ""
    if s.summary and s.sapo_outside:
        lead = f'<div class="article-lead"><p><strong>{esc(s.summary)}</strong></p></div>'
    box = ""
    if s.opts.get("box"):
        box = f'<div class="article-author"><span class="label">Tác giả:</span> <strong>{esc(s.opts["box"])}</strong></div>'
    src = ""
    if s.opts.get("src"):
        src = f'<div class="article-source">Nguồn: <em>{esc(s.opts["src"])}</em></div>'
    tags = ""
    if s.opts.get("tags"):
        links = ", ".join(
            f'<a href="{NEWS}~tag~{t}~.html" rel="tag">{esc(TAGS[t])}</a>' for t in s.opts["tags"]
        )
        tags = f'<div class="article-tags"><span class="label">Từ khóa:</span> {links}</div>'
    related = [r for r in newest(s.cat) if r.id != s.id][:4]
    rel = "".join(
        f'<li><a href="{article_path(r)}">{esc(r.title)}</a> <span class="date">({_dmy(r)})</span></li>'
        for r in related
    )
    related_html = (
        f'<section class="related-news"><h2 class="section-title">Tin liên quan</h2><ul>{rel}</ul></section>'
        if rel
        else ""
    )
    main = f"""{_crumbs((f"{NEWS}.html", "Tin tức"), (cat_href, CATS[s.cat]), (None, s.title))}
<div class="article-page">
<header class="article-head">{cover}
<p class="article-category"><a href="{cat_href}">{esc(CATS[s.cat])}</a></p>
<h1 class="article-title">{esc(s.title)}</h1>
<div class="article-meta"><span class="meta-date">Ngày đăng: {_stamp(s)}</span>{upd}<span class="meta-views">Lượt xem: {f"{s.views():,}".replace(",", ".")}</span></div>
{tools}
</header>
{lead}
<div class="article-body">
{_body_html(s)}
</div>
{box}{src}
{tags}
</div>
{related_html}"""
    og_img = _first_image(s)
    extra = (
        f'<meta property="og:type" content="article">\n<meta property="og:description" content="{esc(_teaser(s))}">\n'
        + (
            f'<meta property="og:image" content="{base_url(request)}{dam(og_img)}">\n'
            if og_img
            else ""
        )
        + f'<meta property="article:published_time" content="{_utc(s)}">'
    )
    return _page(request, path, f"{s.title} - {SITE}", main, active=f"{NEWS}.html", extra=extra)


def _print_view(request: Request, s: Story) -> str:
    lead = (
        f'<div class="article-lead"><p><strong>{esc(s.summary)}</strong></p></div>'
        if s.summary and s.sapo_outside
        else ""
    )
    box = f'<p class="print-author">Tác giả: {esc(s.opts["box"])}</p>' if s.opts.get("box") else ""
    src = f'<p class="print-source">Nguồn: {esc(s.opts["src"])}</p>' if s.opts.get("src") else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>In bài: {esc(s.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="{THEME}/css/print.css"></head>
<body class="print-view" onload="window.print()">
<div class="print-header"><img src="{THEME}/img/logo-sgddt.png" alt=""> {esc(SITE)}</div>
<h1>{esc(s.title)}</h1><p class="print-date">Ngày đăng: {_stamp(s)}</p>
{lead}<div class="article-body">{_body_html(s)}</div>{box}{src}
<p class="print-url">Địa chỉ bài viết: {base_url(request)}{article_path(s)}</p>
<p><a href="{article_path(s)}">Quay lại bài viết</a> | <a href="javascript:window.print()">In trang</a></p>
</body></html>
"""


def _static(request: Request, path: str, slug: str) -> str:
    title, paragraphs = STATIC_PAGES[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    main = f'{_crumbs(("/sgddt/gioi-thieu/chuc-nang-nhiem-vu.html", "Giới thiệu"), (None, title))}<div class="content-page"><h1 class="page-title">{esc(title)}</h1><div class="text-component">{body}</div></div>'
    return _page(request, path, f"{title} - {SITE}", main, active=path)


def _contact(request: Request, path: str) -> str:
    main = f"""{_crumbs((None, "Liên hệ"))}<div class="content-page contact-page"><h1 class="page-title">Liên hệ</h1>
<ul class="contact-info"><li>{esc(SITE)}</li><li>Địa chỉ: {esc(ADDRESS)}</li><li>Điện thoại: {PHONE}</li><li>Email: {EMAIL}</li></ul>
<form class="contact-form" method="post" action="/sgddt/lien-he.html"><input type="hidden" name="mgnlModelExecutionUUID" value="{_uuid("contact-form")}">
<label>Họ và tên<input name="hoTen" required></label><label>Email<input type="email" name="email" required></label>
<label>Tiêu đề<input name="tieuDe"></label><label>Nội dung<textarea name="noiDung" rows="6" required></textarea></label>
<button type="submit">Gửi liên hệ</button></form>
<div class="map"><iframe src="https://www.google.com/maps/embed?pb=sgddt-nghean" width="100%" height="320" loading="lazy"></iframe></div></div>"""
    return _page(request, path, f"Liên hệ - {SITE}", main, active=path)


def _docs(request: Request, path: str) -> str:
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="/sgddt/van-ban/{d[0]}.html">{esc(d[1])}</a></td><td>{d[4]}</td>'
        f'<td>{esc(d[3])}</td><td><a class="dl" href="{dam(d[7])}">Tải về</a></td></tr>'
        for i, d in enumerate(DOCS, 1)
    )
    main = f"""{_crumbs((None, "Văn bản"))}<section class="doc-register"><h1 class="page-title">Văn bản chỉ đạo, điều hành</h1>
<table class="doc-table"><thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>
<tbody>{rows}</tbody></table></section>"""
    return _page(request, path, f"Văn bản - {SITE}", main, active=path)


def _doc(request: Request, path: str, d: tuple) -> str:
    _slug, number, kind, summary, signed, effective, signer, file = d
    main = f"""{_crumbs(("/sgddt/van-ban.html", "Văn bản"), (None, number))}<section class="doc-detail"><h1 class="page-title">{esc(kind)} số {esc(number)}</h1>
<table class="doc-fields"><tr><th>Số ký hiệu</th><td>{esc(number)}</td></tr><tr><th>Loại văn bản</th><td>{esc(kind)}</td></tr>
<tr><th>Ngày ban hành</th><td>{signed}</td></tr><tr><th>Ngày hiệu lực</th><td>{effective}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{esc(SITE)}</td></tr><tr><th>Người ký</th><td>{esc(signer)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(summary)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{dam(file)}">{esc(file)}</a> (PDF)</td></tr></table>
<p><a href="/sgddt/van-ban.html">« Quay lại danh sách văn bản</a></p></section>"""
    return _page(request, path, f"{kind} số {number} - {SITE}", main, active="/sgddt/van-ban.html")


def _albums(request: Request, path: str) -> str:
    cards = "".join(
        f'<div class="album-card"><a href="/sgddt/thu-vien-anh/{a[0]}.html"><img src="{imaging(a[3][0][0], "320x200")}" alt="">'
        f'<span class="album-name">{esc(a[1])}</span></a><span class="album-count">{len(a[3])} ảnh - {a[2]}</span></div>'
        for a in ALBUMS
    )
    main = f'{_crumbs((None, "Thư viện ảnh"))}<section class="album-list"><h1 class="page-title">Thư viện ảnh</h1>{cards}</section>'
    return _page(request, path, f"Thư viện ảnh - {SITE}", main, active=path)


def _album(request: Request, path: str, a: tuple) -> str:
    _slug, title, day, photos = a
    grid = "".join(
        f'<figure class="album-photo"><a href="{dam(f)}" data-lightbox="album" data-title="{esc(c)}"><img src="{imaging(f, "320x200")}" alt="{esc(c)}"></a></figure>'
        for f, c in photos
    )
    main = f'{_crumbs(("/sgddt/thu-vien-anh.html", "Thư viện ảnh"), (None, title))}<section class="album-page"><h1 class="album-title">{esc(title)}</h1><p class="album-meta">{len(photos)} ảnh - {day}</p><div class="album-grid">{grid}</div></section>'
    return _page(request, path, f"{title} - {SITE}", main, active="/sgddt/thu-vien-anh.html")


def _search(request: Request, path: str) -> str:
    q = request.params.get("q", "").strip()
    if q:
        hits = [
            s for s in newest() if q.lower() in (s.title + " " + " ".join(s.paragraphs)).lower()
        ]
        rows = "".join(_news_item(s) for s in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
        result = f'<p class="search-count">Tìm thấy {len(hits)} kết quả cho “{esc(q)}”</p><div class="news-list">{rows}</div>'
    else:
        result = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    main = f"""{_crumbs((None, "Tìm kiếm"))}<section class="search-page"><h1 class="page-title">Tìm kiếm</h1>
<form action="/sgddt/tim-kiem.html" method="get"><input type="search" name="q" value="{esc(q)}"><button type="submit">Tìm kiếm</button></form>{result}</section>"""
    return _page(
        request, path, f"Tìm kiếm - {SITE}", main, extra='<meta name="robots" content="noindex">'
    )


def _english(request: Request, path: str) -> str:
    main = """<div class="content-page"><h1 class="page-title">Nghe An Department of Education and Training</h1>
<p>The Department of Education and Training is a specialised agency of the Provincial People's Committee,
advising on and managing education and training in the province.</p>
<p>The English version of this website is under construction. Please visit the <a href="/sgddt.html">Vietnamese version</a>.</p></div>"""
    return _page(request, path, "Nghe An Department of Education and Training", main, sidebar=False)


def _rest(request: Request) -> Response:
    params = request.params
    try:
        limit = min(50, max(1, int(params.get("limit", "10"))))
        offset = max(0, int(params.get("offset", "0")))
    except ValueError:
        return Response(
            400,
            json.dumps({"error": {"code": "invalidParameter", "message": "limit/offset"}}),
            {"Content-Type": "application/json"},
        )
    items = newest()
    chunk = items[offset : offset + limit]
    results = [
        {
            "@name": s.slug,
            "@path": f"{NEWS}/{s.cat}/{s.slug}",
            "@id": _uuid("page" + s.slug),
            "@nodeType": "mgnl:page",
            "mgnl:template": "sgddt-theme:pages/tin-bai",
            "mgnl:created": _iso_local(s),
            "mgnl:lastModified": _modified(s),
            "title": s.title,
            "path": article_path(s),
            "date": _iso_local(s),
            "summary": _teaser(s),
            "category": CATS[s.cat],
            "image": imaging(_first_image(s), "320x200") if _first_image(s) else None,
        }
        for s in chunk
    ]
    body = json.dumps(
        {"offset": offset, "limit": limit, "total": len(items), "results": results},
        ensure_ascii=False,
        indent=2,
    )
    return Response(200, body, {"Content-Type": "application/json;charset=UTF-8"})


_LOGIN = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Magnolia 6.2 - Login</title>
<link rel="stylesheet" href="/.resources/admincentral/css/login.css"></head>
<body class="login"><div id="login-container"><h1>Magnolia</h1>
<form id="loginForm" method="post" action="/.magnolia/admincentral"><input type="hidden" name="mgnlReturnTo" value="/.magnolia/admincentral">
<label for="mgnlUserId">Username</label><input id="mgnlUserId" name="mgnlUserId" type="text" autofocus>
<label for="mgnlUserPSWD">Password</label><input id="mgnlUserPSWD" name="mgnlUserPSWD" type="password">
<button type="submit">Login</button></form><p class="version">Magnolia DX Core 6.2.19</p></div></body></html>"""

_NOT_FOUND_MAIN = """<div class="content-page error-page"><h1 class="page-title">404 - Không tìm thấy trang</h1>
<p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển đến địa chỉ khác.</p>
<p><a href="/sgddt.html">Về trang chủ</a></p></div>"""

_ROBOTS = "User-agent: *\nDisallow: /.magnolia/\n"

_SELECTOR = re.compile(r"^(?P<base>/(?:sgddt|en)(?:/[a-z0-9-]+)*)(?P<sel>~[^/]*~)?\.html$")


def _selectors(raw: str | None) -> dict[str, str] | None:
    """``~page~2~`` -> {"page": "2"}; ``~print~`` -> {"print": ""}; None if malformed."""
    if not raw:
        return {}
    parts = raw.strip("~").split("~")
    if parts == ["print"]:
        return {"print": ""}
    if len(parts) % 2:
        return None
    return dict(zip(parts[::2], parts[1::2], strict=True))


class MagnoliaSite:
    """The public instance: DAM, imaging, resources, REST, the admin login and the page tree."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(HOME, 302)
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain;charset=UTF-8"})
        if path.startswith("/.magnolia"):
            return html(_LOGIN, status=401, headers={"Cache-Control": "no-cache"})
        if path.startswith("/.rest/delivery/tin-tuc/v1"):
            return _rest(request)
        if path.startswith("/dam/"):
            if path.endswith(".pdf"):
                name = path.rsplit("/", 1)[1]
                return (
                    Response(200, PDF, {"Content-Type": "application/pdf"})
                    if name in DOC_FILES
                    else self._missing(request, path)
                )
            return static_file(path)
        if path.startswith(("/.imaging/", "/.resources/")):
            return static_file(path)
        if path in _OLD:
            return redirect(article_path(_OLD[path]), 301)
        prefix = ""
        inner = path
        if path.startswith("/vi/"):
            prefix, inner = "/vi", path[3:]
        page = self._page(request, inner)
        if page is None:
            return self._missing(request, path)
        if isinstance(page, Response):
            return page
        if prefix:
            page = re.sub(r'(href|action)="/(sgddt)', rf'\1="{prefix}/\2', page)
        return html(
            page,
            headers={"Set-Cookie": "JSESSIONID=9F2C41A7D0E3B5C86A1F4E2D7B3C9A10; Path=/; HttpOnly"},
        )

    def _page(self, request: Request, path: str) -> str | Response | None:
        if path == HOME:
            return _home(request, path)
        if path == "/en/sgddt.html":
            return _english(request, path)
        m = _SELECTOR.match(path)
        if not m:
            return None
        base, sel = m.group("base"), _selectors(m.group("sel"))
        if sel is None:
            return None
        story = _BY_PATH.get(base + ".html")
        if story is not None:
            if sel == {}:
                return _article(request, story, path)
            if sel == {"print": ""}:
                return _print_view(request, story)
            return None
        page = 1
        if "page" in sel:
            if not sel["page"].isdigit() or not 1 <= int(sel["page"]) <= 9999:
                return None
            page = int(sel["page"])
        if base == NEWS:
            keys = set(sel) - {"page"}
            if not keys:
                return _listing(request, path, cat=None, tag=None, year=None, page=page)
            if keys == {"tag"} and sel["tag"] in TAGS:
                return _listing(request, path, cat=None, tag=sel["tag"], year=None, page=page)
            if keys == {"nam"} and sel["nam"].isdigit() and YEAR_MIN <= int(sel["nam"]) <= YEAR_MAX:
                return _listing(request, path, cat=None, tag=None, year=int(sel["nam"]), page=page)
            return None
        if base.startswith(NEWS + "/") and base[len(NEWS) + 1 :] in CATS and set(sel) <= {"page"}:
            return _listing(
                request, path, cat=base[len(NEWS) + 1 :], tag=None, year=None, page=page
            )
        if sel:
            return None
        if base.startswith("/sgddt/gioi-thieu/") and base.rsplit("/", 1)[1] in STATIC_PAGES:
            return _static(request, path, base.rsplit("/", 1)[1])
        if base == "/sgddt/lien-he":
            return _contact(request, path)
        if base == "/sgddt/van-ban":
            return _docs(request, path)
        if base.startswith("/sgddt/van-ban/"):
            doc = next((d for d in DOCS if d[0] == base.rsplit("/", 1)[1]), None)
            return _doc(request, path, doc) if doc else None
        if base == "/sgddt/thu-vien-anh":
            return _albums(request, path)
        if base.startswith("/sgddt/thu-vien-anh/"):
            album = next((a for a in ALBUMS if a[0] == base.rsplit("/", 1)[1]), None)
            return _album(request, path, album) if album else None
        if base == "/sgddt/tim-kiem":
            return _search(request, path)
        return None

    @staticmethod
    def _missing(request: Request, path: str) -> Response:
        return html(
            _page(request, path, f"Không tìm thấy trang - {SITE}", _NOT_FOUND_MAIN, sidebar=False),
            status=404,
        )


def build_site() -> MagnoliaSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return MagnoliaSite()
