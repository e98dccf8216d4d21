"""Fixture portal: Phòng GD&ĐT huyện Cẩm Xuyên on Drupal 8.9, a Bootstrap 3 subtheme, Views.

Imitates a district education office's site as a local vendor builds it on Drupal 8.9: the
contrib ``bootstrap`` base theme with a subtheme (``/themes/custom/pgdcx``), core Views, Pathauto,
Taxonomy, Book, Statistics, Webform, AddToAny and a visitor-counter block. What it serves:

- "Bài viết" (article) nodes at Pathauto aliases ``/tin-tuc/<category>/<title-slug>``; the system
  path ``/node/N`` answers 200 with the very same page (both print an *absolute*
  ``rel=canonical`` to the alias and ``rel=shortlink`` to ``/node/N``, as Drupal 8 does). Old
  links in texts, the home page's hand-made "Tiêu điểm" block and the RSS guid use ``/node/N``.
- The node page: the page-title block prints ``h1.page-header > span.field--name-title`` *outside*
  the ``article.node--type-article``; inside it a ``<footer>`` with the submitted line "Gửi bởi
  admin vào T5, 12/11/2026 - 08:30" (Drupal's Vietnamese weekday abbreviations T2…T7, CN; the
  user name links ``/user/N``), then ``field--name-field-image`` (lead image, image style
  ``max_650x650`` with ``?itok=``), ``field--name-field-image-caption`` under it on some nodes
  only, ``field--name-body`` (CKEditor 4: p, h3, ul/ol, tables, inline images under
  ``/sites/default/files/inline-images/`` either bare or turned by the caption filter into
  ``<figure role="group"><figcaption>``), ``field--name-field-tac-gia`` "Tác giả:",
  ``field--name-field-nguon`` "Nguồn:", ``field--name-field-tep-dinh-kem`` (a PDF),
  ``field--name-field-category`` "Chuyên mục", ``field--name-field-tags`` "Từ khóa", the
  AddToAny share/print buttons and the links "Đăng nhập để gửi ý kiến" and "N lượt đọc". Below
  the node, a Views block "Bài viết liên quan" with dates.
- Views listings with Drupal's full pager counted from 0 (``?page=1`` is the second page; the
  hrefs are query-only, ``?page=1``; "« đầu tiên", "‹ trước", "1 2 3", "tiếp theo ›", "cuối cùng
  »"): ``/tin-tuc`` (all news, 5 a page, with an exposed filter form and sort links),
  ``/chuyen-muc/<term>`` (3 a page; "Hoạt động giáo dục" has three pages, ``?page=2`` the third),
  tag pages ``/tu-khoa/<tag>``, ``/node`` (the default front listing of promoted nodes, 10 a
  page, teasers), ``/van-ban`` (document table) and ``/thu-vien-anh`` (albums). A page number
  past the end shows the last page, as Views does.
- The home page: a Bootstrap carousel, the "Tin mới" block with a mini pager "Xem thêm ››"
  (``?page=N`` on ``/``), "Thông báo", "Điển hình tiên tiến", "Văn bản mới", "Thư viện ảnh".
- Non-articles: basic pages in a book (``/gioi-thieu`` with its child pages
  ``/gioi-thieu/chuc-nang-nhiem-vu`` and ``/co-cau-to-chuc``, book navigation "‹ … | Lên | … ›"
  and the book's printer-friendly ``/book/export/html/N``), a webform ``/lien-he``, "Văn bản"
  nodes ``/van-ban/<slug>`` (Số hiệu, Ngày ban hành, Cơ quan ban hành, Người ký, a PDF; no
  text), "Thư viện ảnh" nodes ``/thu-vien-anh/<slug>`` (photos with titles, Colorbox), user
  pages ``/user/1`` and ``/user/login`` (linked from every node: ``?destination=/node/N%23comment-form``),
  ``/search/node``, ``/rss.xml`` and the term feeds ``/taxonomy/term/N/feed``; term pages also
  answer at ``/taxonomy/term/N``.
- Chrome: a top bar with "Hôm nay: <TODAY>" and "Đăng nhập", the navbar with a search form, the
  breadcrumb ``ol.breadcrumb`` (Trang chủ › Tin tức › <title>: the system breadcrumb follows the
  path, ``/tin-tuc/<category>`` has no page of its own), sidebar blocks "Tin mới" (dates),
  "Văn bản mới", "Liên kết website" (a select), "Thống kê truy cập" (counter), a footer with
  the office's address and hotline.

Traps and hard cases: the same article at ``/node/N`` and at its alias. The exposed filter of
``/tin-tuc`` (``?title=&field_category_target_id=All&created=&sort_by=created&sort_order=DESC``)
answers 200 for any value; the view header's sort links and every row's category link
(``/tin-tuc?field_category_target_id=3``) are filter URLs, and the pager keeps every parameter:
a few dozen copies of the same listings. ``created`` takes any date (``?created=2026-11-01``:
"on or after"). ``/views/ajax`` is never linked; its path is only in the drupalSettings JSON
(GET without ``view_name`` is a 404, with it a JSON command list). The submitted line names the
account (``admin``, ``bientap``), not the writer. Text forms: one node was typed in decomposed
Unicode (NFD), one migrated from the old site keeps CKEditor's entities (``&agrave;``,
``&#7853;``) mixed with raw UTF-8. Every page is UTF-8.

Gold (by hand). Articles are the "Bài viết" nodes; the rest above is not. ``/node/N`` is an
alternative URL of each (alt_paths). Judgement calls:

- title: the page-title span; category: the node's "Chuyên mục" term (also the alias' segment);
- published_at: the submitted line's date and time (+07:00); no node lacks it;
- authors: the "Tác giả:" field when filled; otherwise a byline at the end of the body ("Bài,
  ảnh: X" gives X as author and photographer, "Tin: X - Ảnh: Y" splits). "Gửi bởi admin" is
  never an author. photographers: "Ảnh: Y" lines, and a caption ending "- Ảnh: Thiện Vỹ" (the
  caption is kept as printed). source: the "Nguồn:" field value or a "Nguồn: …" line at the end
  of the body, without the label;
- summary: a bold first paragraph of the body (CKEditor ``<p><strong>``) is the sapo, and stays the
  body's first paragraph; nodes without one have no summary (Drupal's body summary is not printed
  on the full node);
- body: the body field's paragraphs in order; ``h3`` headings and list items are paragraphs;
  table rows are paragraphs with cells joined by " | "; bylines, the caption field, figcaptions,
  the attachment, tags and the related block are not body;
- images: the lead image (field_image, with the ``?itok=`` query) first, then the body's images in
  order; caption = the caption field or the figcaption; a figcaption that is only the camera file
  name ("DSC_0412.JPG") is no caption; images without either have caption None.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
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
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "drupal8_views_pgd"
PLATFORM = "drupal8"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên"
SHORT = "Phòng GD&ĐT Cẩm Xuyên"
FILES = "/sites/default/files"
THEME = "/themes/custom/pgdcx"
TODAY_DATE = date(2026, 11, 25)
NEWS_PER_PAGE = 5
TERM_PER_PAGE = 3
FRONT_PER_PAGE = 4
NODE_PER_PAGE = 10

#: category terms: alias slug -> (tid, printed name)
CATS: dict[str, tuple[int, str]] = {
    "hoat-dong-giao-duc": (3, "Hoạt động giáo dục"),
    "thong-bao": (4, "Thông báo"),
    "dien-hinh-tien-tien": (5, "Điển hình tiên tiến"),
}
#: tag terms: alias slug -> (tid, printed name)
TAGS: dict[str, tuple[int, str]] = {
    "ngay-nha-giao-viet-nam": (11, "Ngày Nhà giáo Việt Nam"),
    "giao-vien-day-gioi": (12, "Giáo viên dạy giỏi"),
    "stem": (13, "STEM"),
    "chuyen-doi-so": (14, "Chuyển đổi số"),
    "hoc-sinh-gioi": (15, "Học sinh giỏi"),
    "an-toan-giao-thong": (16, "An toàn giao thông"),
    "kiem-tra-hoc-ky": (17, "Kiểm tra học kỳ"),
    "nam-hoc-2026-2027": (18, "Năm học 2026 - 2027"),
}
WD_ABBR = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
USERS = {1: "admin", 7: "bientap"}


def _itok(seed: str) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(alphabet[b % 64] for b in hashlib.sha1(seed.encode()).digest()[:8])


def _styled(style: str, name: str) -> str:
    return f"{FILES}/styles/{style}/public/{name}?itok={_itok(style + name)}"


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _lead(name: str, printed: str | None = None, caption: str | None = None) -> Img:
    return Img(_styled("max_650x650", name), printed, caption, "lead")


def _inline(name: str, printed: str | None = None, caption: str | None = None) -> Img:
    return Img(f"{FILES}/inline-images/{name}", printed, caption, "figure" if printed else "bare")


# Story.opts: when (datetime), uid (submitting account), tac_gia (field value), nguon (field
# value), tags (TAGS keys), file ((href, size) of field_tep_dinh_kem), nfd, entities, node_links
# (P index -> nid linked as /node/N in that paragraph), sticky.
# P styles: "" paragraph, sapo (bold lead paragraph), h3, li (ul), ol, th/tr (table rows, " | ").
# Img styles: lead (field_image + optional caption field), figure (figcaption), bare (<p><img>).
STORIES: list[Story] = [
    Story(
        id=412,
        slug="hoi-nghi-so-ket-cong-tac-chuyen-mon-thang-11-nam-hoc-2026-2027",
        title="Hội nghị sơ kết công tác chuyên môn tháng 11, năm học 2026 - 2027",
        cat="hoat-dong-giao-duc",
        published_at="2026-11-24T16:20:00+07:00",
        summary=(
            "Chiều 24/11, Phòng GD&ĐT huyện Cẩm Xuyên tổ chức hội nghị sơ kết công tác chuyên"
            " môn tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12 với sự tham dự của hiệu"
            " trưởng, phó hiệu trưởng phụ trách chuyên môn 68 trường mầm non, tiểu học, THCS."
        ),
        blocks=[
            _lead(
                "2026-11/so-ket-thang-11-1.jpg",
                "Quang cảnh hội nghị sơ kết công tác chuyên môn tháng 11",
                "Quang cảnh hội nghị sơ kết công tác chuyên môn tháng 11",
            ),
            P(
                "Chiều 24/11, Phòng GD&ĐT huyện Cẩm Xuyên tổ chức hội nghị sơ kết công tác chuyên"
                " môn tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12 với sự tham dự của hiệu"
                " trưởng, phó hiệu trưởng phụ trách chuyên môn 68 trường mầm non, tiểu học, THCS.",
                "sapo",
            ),
            P(
                "Trong tháng 11, các nhà trường đã tổ chức thiết thực các hoạt động chào mừng Ngày"
                " Nhà giáo Việt Nam 20/11; 100% trường tiểu học hoàn thành thao giảng cấp tổ, cấp"
                " trường; 14 trường THCS tổ chức kiểm tra giữa kỳ I theo ma trận, đặc tả đề của"
                " Chương trình giáo dục phổ thông 2018."
            ),
            _inline(
                "so-ket-thang-11-2.jpg",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu kết luận hội nghị",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu kết luận hội nghị",
            ),
            P(
                "Hội nghị đánh giá cao sự chủ động của các trường trong đổi mới sinh hoạt chuyên"
                " môn theo nghiên cứu bài học; đồng thời chỉ ra một số hạn chế như việc ứng dụng"
                " công nghệ thông tin ở một số điểm trường lẻ còn chậm, hồ sơ chuyên môn điện tử"
                " chưa được cập nhật thường xuyên."
            ),
            P(
                "Tháng 12, các đơn vị tập trung ôn tập, tổ chức kiểm tra cuối học kỳ I nghiêm túc,"
                " đúng quy chế; hoàn thành cập nhật điểm trên hệ thống cơ sở dữ liệu ngành trước"
                " ngày 10/01/2027."
            ),
        ],
        authors=["Trần Thị Mai Hương"],
        opts={
            "when": datetime(2026, 11, 24, 16, 20),
            "uid": 7,
            "tac_gia": "Trần Thị Mai Hương",
            "tags": ["nam-hoc-2026-2027"],
            "sticky": True,
        },
    ),
    Story(
        id=409,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-23T09:05:00+07:00",
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo thông báo lịch kiểm tra cuối học kỳ I năm học 2026 -"
                " 2027 đối với các trường THCS trên địa bàn huyện như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Khoa học tự nhiên | 90 phút", "tr"),
            P("23/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("23/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn còn lại do nhà trường chủ động xây dựng kế hoạch, hoàn thành trước ngày"
                " 26/12/2026. Đề kiểm tra các môn Ngữ văn, Toán, Tiếng Anh do Phòng GD&ĐT ra và"
                " gửi qua hộp thư điện tử công vụ của nhà trường."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 23, 9, 5),
            "uid": 1,
            "tags": ["kiem-tra-hoc-ky"],
            "file": (f"{FILES}/2026-11/TB-lich-kiem-tra-HKI-2026-2027.pdf", 214563),
        },
    ),
    Story(
        id=405,
        slug="nganh-giao-duc-cam-xuyen-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Ngành Giáo dục Cẩm Xuyên kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="hoat-dong-giao-duc",
        published_at="2026-11-20T10:45:00+07:00",
        blocks=[
            _lead("2026-11/ky-niem-20-11-1.jpg"),
            P(
                "Sáng 19/11, Phòng GD&ĐT huyện Cẩm Xuyên long trọng tổ chức lễ kỷ niệm 44 năm Ngày"
                " Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu"
                " năm 2026."
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngành, lễ kỷ niệm nhấn mạnh: năm học 2025 - 2026,"
                " toàn huyện có 42 học sinh đạt giải học sinh giỏi cấp tỉnh, 9 trường được công"
                " nhận đạt chuẩn quốc gia mức độ 2; tỷ lệ học sinh lớp 9 tốt nghiệp đạt 99,8%."
            ),
            _inline(
                "ky-niem-20-11-2.jpg",
                "Lãnh đạo huyện trao giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo huyện trao giấy khen cho các nhà giáo tiêu biểu",
            ),
            P(
                "Dịp này, UBND huyện tặng giấy khen cho 25 nhà giáo có thành tích xuất sắc; Phòng"
                " GD&ĐT biểu dương 12 giáo viên gắn bó lâu năm với các điểm trường lẻ vùng bãi"
                " ngang ven biển."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Lê Văn Quân</strong></p>'),
        ],
        authors=["Lê Văn Quân"],
        photographers=["Lê Văn Quân"],
        opts={
            "when": datetime(2026, 11, 20, 10, 45),
            "uid": 7,
            "tags": ["ngay-nha-giao-viet-nam"],
            "sticky": True,
        },
    ),
    Story(
        id=401,
        slug="co-giao-15-nam-bam-diem-truong-le-o-cam-lac",
        title="Cô giáo 15 năm bám điểm trường lẻ ở Cẩm Lạc",
        cat="dien-hinh-tien-tien",
        published_at="2026-11-18T07:30:00+07:00",
        blocks=[
            _lead(
                "2026-11/co-giao-cam-lac.jpg",
                "Cô Ngân trong giờ học với học sinh lớp 2 điểm trường thôn Thượng - Ảnh: Thiện Vỹ",
                "Cô Ngân trong giờ học với học sinh lớp 2 điểm trường thôn Thượng - Ảnh: Thiện Vỹ",
            ),
            P(
                "Mười lăm năm qua, cô Nguyễn Thị Ngân, giáo viên Trường Tiểu học Cẩm Lạc, vẫn đều"
                " đặn vượt gần 12 km đường đồi đến điểm trường thôn Thượng, nơi có 38 học sinh, phần"
                " lớn là con em các gia đình trồng rừng."
            ),
            P(
                "Không chỉ dạy chữ, cô còn vận động phụ huynh góp công làm sân chơi, trồng hàng rào"
                " cây xanh, xin sách cũ để lập “tủ sách lớp em”. Nhiều năm liền, lớp cô chủ nhiệm"
                " không có học sinh bỏ học giữa chừng."
            ),
            P(
                "“Mình chỉ mong các em được học trong một lớp học sạch, đẹp và có sách để đọc như"
                " học sinh ở trung tâm”, cô Ngân chia sẻ."
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        photographers=["Thiện Vỹ"],
        source="Báo Hà Tĩnh",
        opts={
            "when": datetime(2026, 11, 18, 7, 30),
            "uid": 7,
            "tac_gia": "Nguyễn Thị Hồng Nhung",
            "nguon": "Báo Hà Tĩnh",
            "tags": ["ngay-nha-giao-viet-nam"],
        },
    ),
    Story(
        id=398,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học",
        cat="hoat-dong-giao-duc",
        published_at="2026-11-13T14:00:00+07:00",
        blocks=[
            P(
                "Ngày 12/11, Phòng GD&ĐT huyện Cẩm Xuyên khai mạc Hội thi giáo viên dạy giỏi cấp"
                " huyện bậc Tiểu học chu kỳ 2026 - 2028 với 87 giáo viên đến từ 29 trường tham dự."
            ),
            P("Nội dung hội thi", "h3"),
            P("Trình bày biện pháp nâng cao chất lượng giáo dục (thời gian 15 phút);", "li"),
            P(
                "Thực hành dạy hai tiết: một tiết môn Tiếng Việt hoặc Toán và một tiết tự chọn;",
                "li",
            ),
            P("Kiểm tra năng lực sử dụng phần mềm dạy học và học liệu số.", "li"),
            _inline("DSC_0412.JPG", "DSC_0412.JPG", None),
            P("Thời gian và địa điểm", "h3"),
            P(
                "Hội thi diễn ra từ ngày 12/11 đến 28/11/2026 tại các trường Tiểu học Thị trấn,"
                " Cẩm Thành và Cẩm Quang. Kết quả sẽ được công bố trong tháng 12, làm căn cứ xét"
                " công nhận danh hiệu giáo viên dạy giỏi cấp huyện."
            ),
            Raw(
                '<p style="text-align: right;"><em>Tin: Phan Thị Thu Trang - Ảnh: Trần Đức Hải'
                "</em></p>"
            ),
        ],
        authors=["Phan Thị Thu Trang"],
        photographers=["Trần Đức Hải"],
        opts={
            "when": datetime(2026, 11, 13, 14, 0),
            "uid": 7,
            "tags": ["giao-vien-day-gioi"],
            "node_links": {},
        },
    ),
    Story(
        id=395,
        slug="truong-thcs-cam-thinh-to-chuc-ngay-hoi-stem",
        title="Trường THCS Cẩm Thịnh tổ chức Ngày hội STEM",
        cat="hoat-dong-giao-duc",
        published_at="2026-11-12T08:30:00+07:00",
        blocks=[
            _lead(
                "2026-11/ngay-hoi-stem-cam-thinh.jpg",
                "Học sinh lớp 8 giới thiệu mô hình hệ thống tưới cây tự động",
                "Học sinh lớp 8 giới thiệu mô hình hệ thống tưới cây tự động",
            ),
            P(
                "Ngày 10/11, Trường THCS Cẩm Thịnh tổ chức Ngày hội STEM với chủ đề “Khoa học"
                " cho cuộc sống xanh”, thu hút hơn 400 học sinh tham gia."
            ),
            P(
                "Mỗi lớp trưng bày ít nhất hai sản phẩm được làm từ vật liệu tái chế: máy lọc nước"
                " mini, đèn năng lượng mặt trời, xe chạy bằng sức gió, mô hình nhà thông minh… Ban"
                " giám khảo đánh giá sản phẩm theo các tiêu chí tính khoa học, tính sáng tạo và khả"
                " năng ứng dụng."
            ),
            _inline("ngay-hoi-stem-2.jpg"),
            P(
                "Kết thúc ngày hội, nhà trường trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba; các sản"
                " phẩm xuất sắc được chọn tham gia Ngày hội STEM cấp huyện (xem thêm kế hoạch tại"
                " bài viết Hội nghị sơ kết công tác chuyên môn tháng 11)."
            ),
        ],
        authors=["Võ Thị Thanh Tâm"],
        opts={
            "when": datetime(2026, 11, 12, 8, 30),
            "uid": 1,
            "tac_gia": "Võ Thị Thanh Tâm",
            "tags": ["stem"],
            "nfd": True,
            "node_links": {2: (412, "Hội nghị sơ kết công tác chuyên môn tháng 11")},
        },
    ),
    Story(
        id=390,
        slug="thong-bao-tuyen-dung-hop-dong-giao-vien-mam-non-nam-2026",
        title="Thông báo tuyển dụng hợp đồng giáo viên mầm non năm 2026",
        cat="thong-bao",
        published_at="2026-11-09T15:10:00+07:00",
        blocks=[
            P(
                "Căn cứ nhu cầu vị trí việc làm, Phòng GD&ĐT huyện Cẩm Xuyên thông báo tuyển dụng"
                " 12 giáo viên mầm non theo hình thức hợp đồng cho các trường mầm non công lập"
                " trên địa bàn huyện."
            ),
            P("Hồ sơ đăng ký gồm:", ""),
            P("Phiếu đăng ký dự tuyển theo mẫu;", "ol"),
            P("Bản sao văn bằng, chứng chỉ và bảng điểm theo yêu cầu của vị trí dự tuyển;", "ol"),
            P("Giấy chứng nhận sức khỏe do cơ quan y tế có thẩm quyền cấp trong 6 tháng.", "ol"),
            P(
                "Thời gian nhận hồ sơ từ ngày 10/11 đến hết ngày 30/11/2026 (trong giờ hành chính)"
                " tại Bộ phận Tổ chức cán bộ, Phòng GD&ĐT huyện Cẩm Xuyên."
            ),
        ],
        opts={"when": datetime(2026, 11, 9, 15, 10), "uid": 1, "tags": []},
    ),
    Story(
        id=386,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-hoc-sinh-cho-giao-vien-chu-nhiem",
        title="Tập huấn chuyển đổi số trong quản lý học sinh cho giáo viên chủ nhiệm",
        cat="hoat-dong-giao-duc",
        published_at="2026-11-05T09:15:00+07:00",
        blocks=[
            _lead("2026-11/tap-huan-chuyen-doi-so.jpg"),
            P(
                "Trong hai ngày 3 và 4/11, hơn 300 giáo viên chủ nhiệm các trường tiểu học, THCS"
                " được tập huấn sử dụng sổ liên lạc điện tử, học bạ số và phần mềm quản lý nề nếp"
                " học sinh."
            ),
            P(
                "Giảng viên là cán bộ Trung tâm Chuyển đổi số của Sở GD&ĐT hướng dẫn cách ký số học"
                " bạ, nhập nhận xét định kỳ và trao đổi với phụ huynh qua ứng dụng trên điện thoại."
            ),
            P(
                "Từ học kỳ II năm học 2026 - 2027, 100% trường tiểu học và THCS trên địa bàn huyện"
                " thực hiện học bạ số thay cho học bạ giấy."
            ),
        ],
        source="Sở GD&ĐT Hà Tĩnh",
        opts={
            "when": datetime(2026, 11, 5, 9, 15),
            "uid": 7,
            "nguon": "Sở GD&ĐT Hà Tĩnh",
            "tags": ["chuyen-doi-so"],
        },
    ),
    Story(
        id=381,
        slug="em-nguyen-minh-khang-gianh-giai-nhat-hoc-sinh-gioi-tinh-mon-toan",
        title="Em Nguyễn Minh Khang giành giải Nhất học sinh giỏi tỉnh môn Toán",
        cat="dien-hinh-tien-tien",
        published_at="2026-10-30T17:40:00+07:00",
        summary=(
            "Với 19,5/20 điểm, Nguyễn Minh Khang, học sinh lớp 9A Trường THCS Thị trấn Cẩm"
            " Xuyên, là thủ khoa kỳ thi chọn học sinh giỏi tỉnh lớp 9 môn Toán năm học 2026 -"
            " 2027."
        ),
        blocks=[
            P(
                "Với 19,5/20 điểm, Nguyễn Minh Khang, học sinh lớp 9A Trường THCS Thị trấn Cẩm"
                " Xuyên, là thủ khoa kỳ thi chọn học sinh giỏi tỉnh lớp 9 môn Toán năm học 2026 -"
                " 2027.",
                "sapo",
            ),
            _inline(
                "minh-khang-thu-khoa-toan.jpg",
                "Nguyễn Minh Khang (giữa) cùng thầy cô giáo bộ môn Toán",
                "Nguyễn Minh Khang (giữa) cùng thầy cô giáo bộ môn Toán",
            ),
            P(
                "Khang yêu thích môn Toán từ những năm tiểu học. Mỗi ngày, em dành khoảng hai giờ"
                " tự học, giải các đề thi cũ và trao đổi với bạn bè trong đội tuyển. “Em thích cảm"
                " giác tìm ra một lời giải đẹp sau nhiều lần thử”, Khang nói."
            ),
            P(
                "Thầy Hoàng Văn Tùng, giáo viên bồi dưỡng đội tuyển, cho biết Khang có tư duy"
                " logic tốt, biết tự đặt câu hỏi và không ngại khó. Năm nay, đội tuyển Toán của"
                " huyện giành 1 giải Nhất, 2 giải Nhì và 4 giải Ba."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Hồ Sỹ Hùng</em></p>'),
        ],
        authors=["Đặng Quang Huy"],
        photographers=["Hồ Sỹ Hùng"],
        opts={
            "when": datetime(2026, 10, 30, 17, 40),
            "uid": 7,
            "tac_gia": "Đặng Quang Huy",
            "tags": ["hoc-sinh-gioi"],
        },
    ),
    Story(
        id=377,
        slug="ra-quan-thang-an-toan-giao-thong-trong-truong-hoc",
        title="Ra quân tháng an toàn giao thông trong trường học",
        cat="hoat-dong-giao-duc",
        published_at="2026-10-21T07:50:00+07:00",
        blocks=[
            P(
                "Sáng 20/10, Phòng GD&ĐT phối hợp với Công an huyện tổ chức lễ ra quân hưởng ứng"
                " tháng an toàn giao thông trong trường học tại Trường THCS Cẩm Duệ."
            ),
            _inline(
                "ra-quan-atgt-1.jpg",
                "Học sinh diễu hành tuyên truyền an toàn giao thông",
                "Học sinh diễu hành tuyên truyền an toàn giao thông",
            ),
            P(
                "Tại buổi lễ, cán bộ Công an huyện phổ biến các quy định về đội mũ bảo hiểm, độ"
                " tuổi được điều khiển xe máy điện và những lỗi vi phạm thường gặp ở học sinh."
            ),
            _inline("ra-quan-atgt-2.jpg"),
            P(
                "Các trường cam kết không để học sinh chưa đủ tuổi điều khiển xe gắn máy đến trường;"
                " phụ huynh ký cam kết đội mũ bảo hiểm đúng quy cách khi đưa đón con."
            ),
        ],
        opts={"when": datetime(2026, 10, 21, 7, 50), "uid": 1, "tags": ["an-toan-giao-thong"]},
    ),
    Story(
        id=372,
        slug="ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-14T10:00:00+07:00",
        blocks=[
            P(
                "Phòng GD&ĐT ban hành kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026 -"
                " 2027 dành cho học sinh tiểu học và THCS."
            ),
            P("Các môn thi đấu:", ""),
            P("Điền kinh, bơi, cờ vua (cá nhân);", "li"),
            P("Bóng đá nam, bóng chuyền nữ (đồng đội);", "li"),
            P("Kéo co, nhảy dây tập thể (dành cho khối tiểu học).", "li"),
            P(
                "Các trường đăng ký danh sách vận động viên qua hộp thư công vụ trước ngày"
                " 15/11/2026. Chi tiết điều lệ xem tại tệp đính kèm."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 14, 10, 0),
            "uid": 1,
            "tags": ["nam-hoc-2026-2027"],
            "file": (f"{FILES}/2026-10/KH-HKPD-cap-huyen-2026-2027.pdf", 356812),
        },
    ),
    Story(
        id=365,
        slug="hon-18-nghin-hoc-sinh-cam-xuyen-buoc-vao-nam-hoc-moi",
        title="Hơn 18 nghìn học sinh Cẩm Xuyên bước vào năm học mới",
        cat="hoat-dong-giao-duc",
        published_at="2026-09-05T08:00:00+07:00",
        blocks=[
            P(
                "Sáng 5/9, hơn 18.000 học sinh mầm non, tiểu học và THCS trên địa bàn huyện Cẩm"
                " Xuyên hân hoan dự lễ khai giảng năm học 2026 - 2027."
            ),
            _inline(
                "khai-giang-2026.jpg",
                "Lễ chào cờ khai giảng tại Trường Tiểu học Cẩm Huy",
                "Lễ chào cờ khai giảng tại Trường Tiểu học Cẩm Huy",
            ),
            P(
                "Năm học này, toàn huyện có 68 trường với 712 nhóm, lớp; tăng 2 trường đạt chuẩn"
                " quốc gia so với năm trước. Nhiều phòng học được cải tạo, sửa chữa trong dịp hè"
                " từ nguồn vốn nông thôn mới."
            ),
            P(
                "Đến dự và đánh trống khai giảng tại các trường có lãnh đạo huyện, lãnh đạo các"
                " ban, ngành, đoàn thể cùng đông đảo phụ huynh học sinh."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguồn: Cổng TTĐT huyện Cẩm Xuyên</strong></p>'
            ),
        ],
        source="Cổng TTĐT huyện Cẩm Xuyên",
        opts={
            "when": datetime(2026, 9, 5, 8, 0),
            "uid": 1,
            "tags": ["nam-hoc-2026-2027"],
            "entities": 2,
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_NEWEST = sorted(STORIES, key=lambda s: (s.opts["when"], s.id), reverse=True)


def article_path(s: Story) -> str:
    return f"/tin-tuc/{s.cat}/{s.slug}"


def cat_name(s: Story) -> str:
    return CATS[s.cat][1]


def in_cat(cat: str) -> list[Story]:
    return [s for s in _NEWEST if s.cat == cat]


GOLD: list[dict] = [
    gold_record(s, article_path(s), cat_name(s), alt_paths=[f"/node/{s.id}"]) for s in _NEWEST
]


# --- non-article content -------------------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    nid: int
    slug: str
    number: str
    issued: date
    abstract: str
    signer: str
    file: str

    @property
    def path(self) -> str:
        return f"/van-ban/{self.slug}"


DOCS: list[Doc] = [
    Doc(410, "cong-van-1125-pgddt-huong-dan-kiem-tra-cuoi-hoc-ky-i", "1125/PGDĐT-THCS",
        date(2026, 11, 23), "Hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "Nguyễn Đình Thắng", f"{FILES}/van-ban/2026-11/1125-PGDDT-THCS.pdf"),
    Doc(403, "quyet-dinh-1087-qd-pgddt-thanh-lap-ban-giam-khao-hoi-thi-gvdg", "1087/QĐ-PGDĐT",
        date(2026, 11, 10), "Quyết định thành lập Ban Giám khảo Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học",
        "Nguyễn Đình Thắng", f"{FILES}/van-ban/2026-11/1087-QD-PGDDT.pdf"),
    Doc(392, "ke-hoach-1042-kh-pgddt-chuyen-doi-so-nam-hoc-2026-2027", "1042/KH-PGDĐT",
        date(2026, 10, 28), "Kế hoạch thực hiện chuyển đổi số trong giáo dục năm học 2026 - 2027",
        "Lê Thị Thu Hà", f"{FILES}/van-ban/2026-10/1042-KH-PGDDT.pdf"),
    Doc(374, "cong-van-986-pgddt-tang-cuong-an-toan-giao-thong", "986/PGDĐT-VP",
        date(2026, 10, 16), "Tăng cường công tác bảo đảm trật tự an toàn giao thông trong trường học",
        "Lê Thị Thu Hà", f"{FILES}/van-ban/2026-10/986-PGDDT-VP.pdf"),
    Doc(360, "bao-cao-912-bc-pgddt-tong-ket-nam-hoc-2025-2026", "912/BC-PGDĐT",
        date(2026, 8, 25), "Báo cáo tổng kết năm học 2025 - 2026 và phương hướng nhiệm vụ năm học 2026 - 2027",
        "Nguyễn Đình Thắng", f"{FILES}/van-ban/2026-08/912-BC-PGDDT.pdf"),
]  # fmt: skip


@dataclass(frozen=True)
class Album:
    nid: int
    slug: str
    title: str
    when: datetime
    photos: tuple[tuple[str, str], ...]

    @property
    def path(self) -> str:
        return f"/thu-vien-anh/{self.slug}"


ALBUMS: list[Album] = [
    Album(406, "le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026", "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
          datetime(2026, 11, 20, 15, 0), (
              ("album/2026-11/20-11-01.jpg", "Văn nghệ chào mừng của học sinh Trường Tiểu học Thị trấn"),
              ("album/2026-11/20-11-02.jpg", "Các nhà giáo tiêu biểu nhận giấy khen"),
              ("album/2026-11/20-11-03.jpg", "Đại biểu chụp ảnh lưu niệm"),
          )),
    Album(366, "khai-giang-nam-hoc-2026-2027", "Khai giảng năm học 2026 - 2027",
          datetime(2026, 9, 6, 9, 30), (
              ("album/2026-09/khai-giang-01.jpg", "Học sinh lớp 1 Trường Tiểu học Cẩm Huy"),
              ("album/2026-09/khai-giang-02.jpg", "Đánh trống khai giảng"),
          )),
]  # fmt: skip

#: book pages: path -> (nid, title, paragraphs, parent path or None)
PAGES: dict[str, tuple[int, str, list[str], str | None]] = {
    "/gioi-thieu": (2, "Giới thiệu", [
        "Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên là cơ quan chuyên môn thuộc Ủy ban nhân dân"
        " huyện, tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và"
        " đào tạo trên địa bàn.",
        "Toàn huyện hiện có 68 cơ sở giáo dục mầm non, tiểu học, trung học cơ sở với hơn 18.000"
        " học sinh và gần 1.400 cán bộ, giáo viên, nhân viên.",
    ], None),
    "/gioi-thieu/chuc-nang-nhiem-vu": (8, "Chức năng, nhiệm vụ", [
        "Trình UBND huyện ban hành quyết định, chỉ thị, kế hoạch phát triển giáo dục dài hạn, 5"
        " năm và hằng năm trên địa bàn huyện.",
        "Hướng dẫn, kiểm tra các cơ sở giáo dục thực hiện chương trình, kế hoạch giáo dục; tổ"
        " chức bồi dưỡng đội ngũ cán bộ quản lý, giáo viên.",
    ], "/gioi-thieu"),
    "/co-cau-to-chuc": (9, "Cơ cấu tổ chức", [
        "Trưởng phòng: ông Nguyễn Đình Thắng. Phó Trưởng phòng: bà Lê Thị Thu Hà, ông Phạm Văn"
        " Lực.",
        "Các bộ phận: Văn phòng; Tổ chức cán bộ; Chuyên môn Mầm non; Chuyên môn Tiểu học;"
        " Chuyên môn THCS; Kế hoạch - Tài chính.",
    ], "/gioi-thieu"),
}  # fmt: skip
BOOK_ORDER = ["/gioi-thieu", "/gioi-thieu/chuc-nang-nhiem-vu", "/co-cau-to-chuc"]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


NON_ARTICLES: list[str] = [
    "/",
    *(f"/?page={n}" for n in range(1, _pages(len(STORIES), FRONT_PER_PAGE))),
    "/tin-tuc",
    *(f"/tin-tuc?page={n}" for n in range(1, _pages(len(STORIES), NEWS_PER_PAGE))),
    *(f"/chuyen-muc/{c}" for c in CATS),
    *(
        f"/chuyen-muc/{c}?page={n}"
        for c in CATS
        for n in range(1, _pages(len(in_cat(c)), TERM_PER_PAGE))
    ),
    *(f"/tu-khoa/{t}" for t in TAGS if any(t in s.opts["tags"] for s in STORIES)),
    "/node",
    "/node?page=1",
    "/van-ban",
    *(d.path for d in DOCS),
    "/thu-vien-anh",
    *(a.path for a in ALBUMS),
    *PAGES,
    *(f"/book/export/html/{page[0]}" for page in PAGES.values()),
    "/lien-he",
    "/user/login",
    "/user/1",
]


# --- rendering helpers -----------------------------------------------------------------------


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _submitted(when: datetime) -> str:
    """Drupal 8's 'medium' date in Vietnamese: "T5, 12/11/2026 - 08:30"."""
    return f"{WD_ABBR[when.weekday()]}, {when:%d/%m/%Y - %H:%M}"


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return esc(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _settings(current: str, extra: dict | None = None) -> str:
    data = {
        "path": {"baseUrl": "/", "scriptPath": None, "pathPrefix": "", "currentPath": current,
                 "currentPathIsAdmin": False, "isFront": current == "node", "currentLanguage": "vi"},
        "pluralDelimiter": "\u0003",
        "suppressDeprecationErrors": True,
        "bootstrap": {"forms_has_error_value_toggle": 1, "modal_animation": 1, "popover_enabled": 1,
                      "tooltip_enabled": 1},
        "user": {"uid": 0, "permissionsHash": _itok("perm") * 4},
    }  # fmt: skip
    if extra:
        data.update(extra)
    return (
        '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        + json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
        + "</script>"
    )


def _views_ajax(view: str, display: str, dom: str, args: str = "", path: str = "node") -> dict:
    return {
        "views": {
            "ajax_path": "/views/ajax",
            "ajaxViews": {
                f"views_dom_id:{dom}": {
                    "view_name": view, "view_display_id": display, "view_args": args,
                    "view_path": "/" + path, "view_base_path": path, "view_dom_id": dom,
                    "pager_element": 0,
                }
            },
        }
    }  # fmt: skip


def _block(bid: str, title: str | None, inner: str, extra_class: str = "") -> str:
    h = f'<h2 class="block-title">{title}</h2>' if title else ""
    return (
        f'<section id="block-{bid}" class="block block-{extra_class or "views"} clearfix">'
        f"{h}{inner}</section>"
    )


def _sidebar() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}" hreflang="vi">{esc(s.title)}</a> '
        f'<span class="views-field-created">({_dmy(s.opts["when"])})</span></li>'
        for s in _NEWEST[:5]
    )
    docs = "".join(
        f'<div class="views-row"><div class="views-field views-field-field-so-hieu">'
        f'<a href="{d.path}" hreflang="vi">{d.number}</a></div>'
        f'<div class="views-field views-field-title">{esc(d.abstract)}</div></div>'
        for d in DOCS[:3]
    )
    links = (
        '<select class="form-select form-control" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option>'
        '<option value="https://camxuyen.hatinh.gov.vn">Cổng TTĐT huyện Cẩm Xuyên</option>'
        "</select>"
    )
    counter = (
        '<ul class="list-unstyled thong-ke">'
        "<li>Đang truy cập: <strong>23</strong></li><li>Hôm nay: <strong>418</strong></li>"
        "<li>Tháng hiện tại: <strong>12.906</strong></li>"
        "<li>Tổng lượt truy cập: <strong>1.284.537</strong></li></ul>"
    )
    return (
        '<aside class="col-sm-3" role="complementary"><div class="region region-sidebar-second">'
        + _block("views-block-tin-moi-block-1", "Tin mới",
                 f'<div class="view view-tin-moi"><div class="view-content"><ul>{latest}</ul></div></div>')
        + _block("views-block-van-ban-block-1", "Văn bản mới",
                 f'<div class="view view-van-ban"><div class="view-content">{docs}</div>'
                 '<div class="more-link form-group"><a href="/van-ban">Xem tất cả</a></div></div>')
        + _block("lienketwebsite", "Liên kết website", links, "block-content")
        + _block("thongketruycap", "Thống kê truy cập", counter, "visitors")
        + "</div></aside>"
    )  # fmt: skip


def _nav() -> str:
    cats = "".join(
        f'<li><a href="/chuyen-muc/{slug}" data-drupal-link-system-path="taxonomy/term/{tid}">{name}</a></li>'
        for slug, (tid, name) in CATS.items()
    )
    return (
        '<header class="navbar navbar-default container" id="navbar" role="banner">'
        '<div class="navbar-header"><a class="logo navbar-btn pull-left" href="/" title="Trang chủ" rel="home">'
        f'<img src="{THEME}/logo.png" alt="Trang chủ" /></a>'
        f'<a class="name navbar-brand" href="/" title="Trang chủ" rel="home">{esc(SHORT)}</a>'
        '<button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#navbar-collapse">'
        '<span class="sr-only">Toggle navigation</span><span class="icon-bar"></span></button></div>'
        '<div id="navbar-collapse" class="navbar-collapse collapse"><div class="region region-navigation-collapsible">'
        '<nav role="navigation" aria-labelledby="block-pgdcx-main-menu-menu" id="block-pgdcx-main-menu">'
        '<h2 class="sr-only" id="block-pgdcx-main-menu-menu">Main navigation</h2>'
        '<ul class="menu menu--main nav navbar-nav">'
        '<li class="first"><a href="/" data-drupal-link-system-path="&lt;front&gt;">Trang chủ</a></li>'
        '<li class="expanded dropdown"><a href="/gioi-thieu" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <span class="caret"></span></a>'
        '<ul class="dropdown-menu"><li><a href="/gioi-thieu">Giới thiệu chung</a></li>'
        '<li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li>'
        '<li><a href="/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>'
        '<li class="expanded dropdown"><a href="/tin-tuc" class="dropdown-toggle" data-toggle="dropdown">Tin tức <span class="caret"></span></a>'
        f'<ul class="dropdown-menu">{cats}</ul></li>'
        '<li><a href="/van-ban" data-drupal-link-system-path="van-ban">Văn bản</a></li>'
        '<li><a href="/thu-vien-anh" data-drupal-link-system-path="thu-vien-anh">Thư viện ảnh</a></li>'
        '<li class="last"><a href="/lien-he" data-drupal-link-system-path="webform/lien_he">Liên hệ</a></li></ul></nav>'
        '<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-pgdcx-search" role="search">'
        '<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="navbar-form navbar-right">'
        '<div class="form-item js-form-item form-type-search form-item-keys form-no-label form-group">'
        '<label for="edit-keys" class="control-label sr-only">Tìm kiếm</label>'
        '<div class="input-group"><input title="Nhập từ khóa bạn muốn tìm." data-drupal-selector="edit-keys" class="form-search form-control" placeholder="Tìm kiếm" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" />'
        '<span class="input-group-btn"><button type="submit" value="Tìm kiếm" class="button js-form-submit form-submit btn-primary btn icon-only" name="">'
        '<span class="sr-only">Tìm kiếm</span><span class="icon glyphicon glyphicon-search" aria-hidden="true"></span></button></span></div></div>'
        "</form></div></div></div></header>"
    )  # fmt: skip


def _breadcrumb(items: list[tuple[str, str | None]]) -> str:
    lis = ['<li><a href="/">Trang chủ</a></li>']
    for label, href in items:
        lis.append(
            f'<li><a href="{href}">{label}</a></li>' if href else f'<li class="active">{label}</li>'
        )
    return f'<ol class="breadcrumb">{"".join(lis)}</ol>'


def _page(
    title: str,
    main: str,
    *,
    current: str,
    body_class: str,
    crumbs: str = "",
    head: str = "",
    settings: dict | None = None,
    page_title: bool = True,
) -> str:
    h1 = (
        '<div class="block block-core block-page-title-block" id="block-pgdcx-page-title">'
        f'<h1 class="page-header">{title}</h1></div>'
        if page_title
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ '
        'dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# schema: http://schema.org/">\n'
        '<head>\n<meta charset="utf-8" />\n<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />\n'
        '<meta name="MobileOptimized" content="width" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f'<link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />\n{head}'
        f"<title>{re.sub(r'<[^>]+>', '', title)} | {esc(SHORT)}</title>\n"
        f'<link rel="stylesheet" media="all" href="{FILES}/css/css_{_itok(current)}.css" />\n'
        "</head>\n"
        f'<body class="{body_class} has-glyphicons">\n'
        '<a href="#main-content" class="visually-hidden focusable skip-link">Bỏ qua nội dung chính</a>\n'
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
        '<div class="top-bar"><div class="container"><div class="row">'
        f'<div class="col-sm-6 ngay-hom-nay"><span class="glyphicon glyphicon-calendar"></span> Hôm nay: {TODAY}</div>'
        '<div class="col-sm-6 text-right"><nav role="navigation" id="block-pgdcx-account-menu">'
        '<ul class="menu menu--account nav navbar-nav navbar-right"><li class="last">'
        '<a href="/user/login" data-drupal-link-system-path="user/login">Đăng nhập</a></li></ul></nav></div>'
        "</div></div></div>"
        '<div class="banner"><div class="container">'
        f'<img src="{THEME}/images/banner-pgd.jpg" alt="{esc(SITE)}" class="img-responsive" /></div></div>'
        f"{_nav()}"
        '<div role="main" class="main-container container js-quickedit-main-content"><div class="row">'
        f'<div class="col-sm-12" role="heading"><div class="region region-header">{crumbs}</div></div>'
        '<section class="col-sm-9"><a id="main-content"></a><div class="region region-content">'
        f'<div data-drupal-messages-fallback class="hidden"></div>{h1}{main}</div></section>'
        f"{_sidebar()}</div></div>"
        '<footer class="footer container" role="contentinfo"><div class="region region-footer">'
        '<section id="block-thongtinchantrang" class="block block-block-content clearfix">'
        f'<div class="field field--name-body field--type-text-with-summary field--label-hidden field--item">'
        f"<p><strong>{esc(SITE.upper())}</strong></p>"
        "<p>Địa chỉ: Khối 7, thị trấn Cẩm Xuyên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh</p>"
        "<p>Điện thoại: 0239 3861 245 - Đường dây nóng: 0912 345 826 - Email: pgdcamxuyen@hatinh.edu.vn</p>"
        "<p>Chịu trách nhiệm chính: Ông Nguyễn Đình Thắng - Trưởng phòng</p>"
        "<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></section>"
        "</div></footer></div>"
        f"{_settings(current, settings)}"
        f'<script src="{FILES}/js/js_{_itok(current + "js")}.js"></script>\n'
        "</body></html>"
    )  # fmt: skip


def _pager(page: int, pages: int, params: dict[str, str]) -> str:
    """Drupal 8's full pager (bootstrap theme): query-only hrefs that keep every parameter."""
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        q = {k: v for k, v in params.items() if k != "page"}
        q["page"] = str(n)
        return "?" + "&amp;".join(f"{k}={quote(v, safe='')}" for k, v in q.items())

    items = []
    if page > 0:
        items.append(
            f'<li class="pager__item pager__item--first"><a href="{href(0)}" title="Đến trang đầu tiên">'
            '<span class="visually-hidden">Trang đầu tiên</span><span aria-hidden="true">« đầu tiên</span></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--previous"><a href="{href(page - 1)}" title="Đến trang trước" rel="prev">'
            '<span class="visually-hidden">Trang trước</span><span aria-hidden="true">‹ trước</span></a></li>'
        )
    for n in range(pages):
        if n == page:
            items.append(
                f'<li class="pager__item is-active active"><a href="{href(n)}" title="Trang hiện tại">'
                f'<span class="visually-hidden">Trang hiện tại</span>{n + 1}</a></li>'
            )
        else:
            items.append(
                f'<li class="pager__item"><a href="{href(n)}" title="Đến trang {n + 1}">'
                f'<span class="visually-hidden">Trang</span>{n + 1}</a></li>'
            )
    if page < pages - 1:
        items.append(
            f'<li class="pager__item pager__item--next"><a href="{href(page + 1)}" title="Đến trang tiếp theo" rel="next">'
            '<span class="visually-hidden">Trang tiếp theo</span><span aria-hidden="true">tiếp theo ›</span></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--last"><a href="{href(pages - 1)}" title="Đến trang cuối cùng">'
            '<span class="visually-hidden">Trang cuối cùng</span><span aria-hidden="true">cuối cùng »</span></a></li>'
        )
    return (
        '<nav class="pager-nav text-center" role="navigation" aria-labelledby="pagination-heading">'
        '<h4 id="pagination-heading" class="visually-hidden">Phân trang</h4>'
        f'<ul class="pagination js-pager__items">{"".join(items)}</ul></nav>'
    )


def _page_no(params: dict[str, str], pages: int) -> int:
    """Views: a non-number is page 0, a page past the end is the last page."""
    try:
        n = int(params.get("page", "0"))
    except ValueError:
        n = 0
    return min(max(n, 0), pages - 1)


# --- the node page ---------------------------------------------------------------------------


def _img_tag(src: str, alt: str = "", uuid: str = "", w: int = 800, h: int = 533) -> str:
    ent = f' data-entity-type="file" data-entity-uuid="{uuid}"' if uuid else ""
    return f'<img alt="{esc(alt)}"{ent} src="{src}" width="{w}" height="{h}" />'


def _body(s: Story) -> str:
    out: list[str] = []
    group: tuple[str, list[str]] | None = None
    links = s.opts.get("node_links", {})

    def flush() -> None:
        nonlocal group
        if group is None:
            return
        kind, items = group
        if kind == "li":
            out.append("<ul>" + "".join(items) + "</ul>")
        elif kind == "ol":
            out.append("<ol>" + "".join(items) + "</ol>")
        else:
            out.append(
                '<table border="1" cellpadding="1" cellspacing="1" class="table table-bordered" style="width:100%;">'
                + "<tbody>" + "".join(items) + "</tbody></table>"
            )  # fmt: skip
        group = None

    p_index = -1
    for b in s.blocks:
        if isinstance(b, Img) and b.style == "lead":
            continue
        if isinstance(b, P):
            p_index += 1
            kind = {"li": "li", "ol": "ol", "th": "tab", "tr": "tab"}.get(b.style)
            if kind:
                if group is None or group[0] != kind:
                    flush()
                    group = (kind, [])
                if b.style in ("li", "ol"):
                    group[1].append(f"<li>{_t(b.text, s)}</li>")
                else:
                    cell = "th" if b.style == "th" else "td"
                    cells = "".join(f"<{cell}>{_t(c, s)}</{cell}>" for c in b.text.split(" | "))
                    group[1].append(f"<tr>{cells}</tr>")
                continue
            flush()
            body = _t(b.text, s)
            if p_index in links:
                nid, phrase = links[p_index]
                body = body.replace(_t(phrase, s), f'<a href="/node/{nid}">{_t(phrase, s)}</a>', 1)
            if b.style == "sapo":
                out.append(f"<p><strong>{body}</strong></p>")
            elif b.style == "h3":
                out.append(f"<h3>{body}</h3>")
            else:
                out.append(f"<p>{body}</p>")
            continue
        flush()
        if isinstance(b, Img):
            tag = _img_tag(b.src, "", _uuid(b.src))
            if b.style == "figure":
                out.append(
                    '<figure role="group" class="caption caption-img align-center">'
                    f"{tag}<figcaption>{_t(b.printed or '', s)}</figcaption></figure>"
                )
            else:
                out.append(f'<p class="text-align-center">{tag}</p>')
        elif isinstance(b, Raw):
            markup = unicodedata.normalize("NFD", b.html) if s.opts.get("nfd") else b.html
            out.append(entity_mix(markup, s.opts["entities"]) if s.opts.get("entities") else markup)
    flush()
    return "\n".join(out)


def _field(
    name: str, ftype: str, inner: str, label: str | None = None, inline: bool = False
) -> str:
    if label is None:
        return f'<div class="field field--name-{name} field--type-{ftype} field--label-hidden field--item">{inner}</div>'
    pos = "inline" if inline else "above"
    return (
        f'<div class="field field--name-{name} field--type-{ftype} field--label-{pos}">'
        f'<div class="field--label">{label}</div><div class="field--item">{inner}</div></div>'
    )


def _tags_field(s: Story) -> str:
    if not s.opts["tags"]:
        return ""
    items = "".join(
        f'<div class="field--item"><a href="/tu-khoa/{t}" hreflang="vi">{TAGS[t][1]}</a></div>'
        for t in s.opts["tags"]
    )
    return (
        '<div class="field field--name-field-tags field--type-entity-reference field--label-above">'
        f'<div class="field--label">Từ khóa</div><div class="field--items">{items}</div></div>'
    )


def _article(s: Story, base: str) -> str:
    alias = article_path(s)
    when = s.opts["when"]
    uid = s.opts["uid"]
    parts: list[str] = []
    lead = next((b for b in s.blocks if isinstance(b, Img) and b.style == "lead"), None)
    if lead:
        parts.append(_field("field-image", "image",
                            f'<img src="{lead.src}" width="650" height="433" alt="{esc(s.title)}" '
                            'typeof="foaf:Image" class="img-responsive" />'))  # fmt: skip
        if lead.printed:
            parts.append(_field("field-image-caption", "string", _t(lead.printed, s)))
    parts.append(
        '<div property="schema:text" class="field field--name-body field--type-text-with-summary '
        f'field--label-hidden field--item">{_body(s)}</div>'
    )
    if s.opts.get("tac_gia"):
        parts.append(_field("field-tac-gia", "string", esc(s.opts["tac_gia"]), "Tác giả:", True))
    if s.opts.get("nguon"):
        parts.append(_field("field-nguon", "string", esc(s.opts["nguon"]), "Nguồn:", True))
    if f := s.opts.get("file"):
        href, size = f
        parts.append(_field("field-tep-dinh-kem", "file",
                            '<span class="file file--mime-application-pdf file--application-pdf">'
                            f'<a href="{href}" type="application/pdf; length={size}">{href.rsplit("/", 1)[1]}</a></span>'
                            f' <span class="file-size">({size // 1024} KB)</span>',
                            "Tệp đính kèm"))  # fmt: skip
    cname = CATS[s.cat][1]
    parts.append(_field("field-category", "entity-reference",
                        f'<a href="/chuyen-muc/{s.cat}" hreflang="vi">{cname}</a>', "Chuyên mục", True))  # fmt: skip
    parts.append(_tags_field(s))
    parts.append(
        f'<span class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{base}{alias}" '
        f'data-a2a-title="{esc(s.title)}"><a class="a2a_button_facebook"></a>'
        '<a class="a2a_button_zalo"></a><a class="a2a_button_email"></a>'
        '<a class="a2a_button_print"></a><a class="a2a_dd addtoany_share" '
        f'href="https://www.addtoany.com/share#url={quote(base + alias, safe="")}">Chia sẻ</a></span>'
    )
    parts.append(
        '<ul class="links inline list-inline"><li class="comment-forbidden">'
        f'<a href="/user/login?destination=/node/{s.id}%23comment-form">Đăng nhập</a> để gửi ý kiến</li>'
        f'<li class="statistics-counter">{s.views()} lượt đọc</li></ul>'
    )
    classes = "node node--type-article node--promoted"
    if s.opts.get("sticky"):
        classes += " node--sticky"
    article = (
        f'<article role="article" about="{alias}" class="{classes} node--view-mode-full clearfix">\n'
        '<footer><div class="author">'
        f'Gửi bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden">'
        f'<a title="Xem hồ sơ thành viên." href="/user/{uid}" lang="" about="/user/{uid}" typeof="schema:Person" '
        f'property="schema:name" datatype="" class="username">{USERS[uid]}</a></span> vào '
        f'<span class="field field--name-created field--type-created field--label-hidden">{_submitted(when)}</span>'
        "</div></footer>\n"
        f'<div class="content">{"".join(parts)}</div>\n</article>'
    )  # fmt: skip
    related = [r for r in in_cat(s.cat) if r.id != s.id][:4]
    rel_rows = "".join(
        f'<li><a href="{article_path(r)}" hreflang="vi">{esc(r.title)}</a>'
        f' <span class="ngay-dang">- {_dmy(r.opts["when"])}</span></li>'
        for r in related
    )
    rel = (
        '<section class="views-element-container block block-views block-views-blockbai-viet-lien-quan-block-1 clearfix" '
        'id="block-views-block-bai-viet-lien-quan-block-1"><h2 class="block-title">Bài viết liên quan</h2>'
        f'<div class="view view-bai-viet-lien-quan view-id-bai_viet_lien_quan view-display-id-block_1">'
        f'<div class="view-content"><div class="item-list"><ul>{rel_rows}</ul></div></div></div></section>'
    )  # fmt: skip
    title = (
        '<span property="schema:name" class="field field--name-title field--type-string field--label-hidden">'
        f"{esc(s.title)}</span>"
    )
    head = (
        f'<link rel="canonical" href="{base}{alias}" />\n<link rel="shortlink" href="{base}/node/{s.id}" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        '<link rel="alternate" type="application/rss+xml" title="" href="/rss.xml" />\n'
    )
    crumbs = _breadcrumb([("Tin tức", "/tin-tuc"), (esc(s.title), None)])
    return _page(title, article + rel, current=f"node/{s.id}",
                 body_class="path-node page-node-type-article", crumbs=crumbs, head=head)  # fmt: skip


# --- listings ------------------------------------------------------------------------------


def _row(s: Story, with_cat_link: bool = False) -> str:
    lead = next((b for b in s.blocks if isinstance(b, Img)), None)
    thumb = (
        f'<div class="views-field views-field-field-image"><div class="field-content">'
        f'<a href="{article_path(s)}" hreflang="vi"><img src="{_styled("thumbnail", f"thumb-{s.id}.jpg")}" '
        'width="100" height="67" alt="" typeof="foaf:Image" class="img-responsive" /></a></div></div>'
        if lead
        else ""
    )
    tid, cname = CATS[s.cat]
    cat = (
        f'<span class="views-field views-field-field-category"><a href="/tin-tuc?field_category_target_id={tid}">{cname}</a></span> | '
        if with_cat_link
        else ""
    )
    return (
        f'<div class="views-row">{thumb}'
        f'<div class="views-field views-field-title"><span class="field-content"><a href="{article_path(s)}" hreflang="vi">{esc(s.title)}</a></span></div>'
        f'<div class="views-field views-field-created">{cat}<span class="field-content">'
        f'<time datetime="{s.opts["when"]:%Y-%m-%dT%H:%M:%S}+07:00">{_dmy(s.opts["when"])}</time></span></div>'
        "</div>"
    )  # fmt: skip


def _exposed_form(params: dict[str, str]) -> str:
    cat = params.get("field_category_target_id", "All")
    opts = '<option value="All">- Tất cả -</option>' + "".join(
        f'<option value="{tid}"{" selected" if str(tid) == cat else ""}>{name}</option>'
        for tid, name in CATS.values()
    )
    sort_by = params.get("sort_by", "created")
    sort_order = params.get("sort_order", "DESC")

    def sel(name: str, value: str, label: str, cur: str) -> str:
        return f'<option value="{value}"{" selected" if value == cur else ""}>{label}</option>'

    return (
        '<form class="views-exposed-form form-inline" data-drupal-selector="views-exposed-form-tin-tuc-page-1" '
        'action="/tin-tuc" method="get" id="views-exposed-form-tin-tuc-page-1" accept-charset="UTF-8">'
        '<div class="form--inline form-inline clearfix">'
        '<div class="form-item js-form-item form-type-textfield form-item-title form-group"><label for="edit-title" class="control-label">Tiêu đề</label>'
        f'<input data-drupal-selector="edit-title" class="form-text form-control" type="text" id="edit-title" name="title" value="{esc(params.get("title", ""))}" size="30" maxlength="128" /></div>'
        '<div class="form-item js-form-item form-type-select form-item-field-category-target-id form-group"><label for="edit-field-category-target-id" class="control-label">Chuyên mục</label>'
        f'<div class="select-wrapper"><select data-drupal-selector="edit-field-category-target-id" class="form-select form-control" id="edit-field-category-target-id" name="field_category_target_id">{opts}</select></div></div>'
        '<div class="form-item js-form-item form-type-date form-item-created form-group"><label for="edit-created" class="control-label">Đăng từ ngày</label>'
        f'<input data-drupal-selector="edit-created" class="form-text form-control" type="date" id="edit-created" name="created" value="{esc(params.get("created", ""))}" /></div>'
        '<div class="form-item js-form-item form-type-select form-item-sort-by form-group"><label for="edit-sort-by" class="control-label">Sắp xếp theo</label>'
        f'<select class="form-select form-control" id="edit-sort-by" name="sort_by">{sel("sort_by", "created", "Ngày đăng", sort_by)}{sel("sort_by", "title", "Tiêu đề", sort_by)}</select></div>'
        '<div class="form-item js-form-item form-type-select form-item-sort-order form-group"><label for="edit-sort-order" class="control-label">Thứ tự</label>'
        f'<select class="form-select form-control" id="edit-sort-order" name="sort_order">{sel("o", "ASC", "Tăng dần", sort_order)}{sel("o", "DESC", "Giảm dần", sort_order)}</select></div>'
        '<div data-drupal-selector="edit-actions" class="form-actions form-group js-form-wrapper form-wrapper" id="edit-actions">'
        '<button data-drupal-selector="edit-submit-tin-tuc" class="button js-form-submit form-submit btn-info btn" type="submit" id="edit-submit-tin-tuc" value="Áp dụng">Áp dụng</button></div>'
        "</div></form>"
    )  # fmt: skip


def _news(params: dict[str, str]) -> str:
    stories = list(_NEWEST)
    cat = params.get("field_category_target_id", "All")
    if cat != "All":
        stories = [s for s in stories if str(CATS[s.cat][0]) == cat]
    title = params.get("title", "").strip().casefold()
    if title:
        stories = [s for s in stories if title in s.title.casefold()]
    created = params.get("created", "").strip()
    message = ""
    if created:
        try:
            since = date.fromisoformat(created)
            stories = [s for s in stories if s.opts["when"].date() >= since]
        except ValueError:
            message = (
                '<div class="alert alert-danger" role="alert">Giá trị ngày không hợp lệ.</div>'
            )
            stories = []
    sort_by = params.get("sort_by", "created")
    sort_order = params.get("sort_order", "DESC")
    if sort_by == "title":
        stories.sort(key=lambda s: s.title.casefold(), reverse=sort_order == "DESC")
    elif sort_order == "ASC":
        stories.reverse()
    pages = _pages(len(stories), NEWS_PER_PAGE)
    page = _page_no(params, pages)
    rows = "".join(
        _row(s, True) for s in stories[page * NEWS_PER_PAGE : (page + 1) * NEWS_PER_PAGE]
    )
    if not rows:
        rows = '<div class="view-empty">Không tìm thấy bài viết nào phù hợp.</div>'
    keep = {k: v for k, v in params.items() if k != "page"}

    def sort_link(by: str, order: str, label: str) -> str:
        q = {**keep, "sort_by": by, "sort_order": order}
        query = "&amp;".join(f"{k}={quote(v, safe='')}" for k, v in q.items())
        return f'<a href="/tin-tuc?{query}">{label}</a>'

    header = (
        '<div class="view-header"><p class="sap-xep">Sắp xếp: '
        + sort_link("created", "DESC", "Mới nhất") + " | " + sort_link("created", "ASC", "Cũ nhất")
        + " | " + sort_link("title", "ASC", "Tiêu đề A-Z") + "</p></div>"
    )  # fmt: skip
    dom = _itok("tin-tuc" + str(sorted(params.items())))
    view = (
        f'<div class="views-element-container form-group"><div class="view view-tin-tuc view-id-tin_tuc '
        f'view-display-id-page_1 js-view-dom-id-{dom}">{header}'
        f'<div class="view-filters form-group">{_exposed_form(params)}</div>{message}'
        f'<div class="view-content">{rows}</div>{_pager(page, pages, params)}</div></div>'
    )
    return _page("Tin tức", view, current="tin-tuc", body_class="path-tin-tuc",
                 crumbs=_breadcrumb([("Tin tức", None)]),
                 settings=_views_ajax("tin_tuc", "page_1", dom, path="tin-tuc"))  # fmt: skip


def _term_page(kind: str, slug: str, params: dict[str, str]) -> str:
    if kind == "cat":
        tid, name = CATS[slug]
        stories = in_cat(slug)
    else:
        tid, name = TAGS[slug]
        stories = [s for s in _NEWEST if slug in s.opts["tags"]]
    pages = _pages(len(stories), TERM_PER_PAGE)
    page = _page_no(params, pages)
    rows = "".join(_row(s) for s in stories[page * TERM_PER_PAGE : (page + 1) * TERM_PER_PAGE])
    if not rows:
        rows = '<div class="view-empty">Chưa có bài viết nào trong mục này.</div>'
    dom = _itok(f"term{tid}{page}")
    view = (
        f'<div class="views-element-container form-group"><div class="view view-taxonomy-term view-id-taxonomy_term '
        f'view-display-id-page_1 js-view-dom-id-{dom}"><div class="view-content">{rows}</div>'
        f"{_pager(page, pages, params)}"
        f'<a href="/taxonomy/term/{tid}/feed" class="feed-icon">Đăng ký theo dõi {name}</a></div></div>'
    )
    head = (
        f'<link rel="alternate" type="application/rss+xml" title="{name}" href="/taxonomy/term/{tid}/feed" />\n'
        f'<link rel="canonical" href="/{"chuyen-muc" if kind == "cat" else "tu-khoa"}/{slug}" />\n'
        f'<link rel="shortlink" href="/taxonomy/term/{tid}" />\n'
    )
    crumbs = _breadcrumb(
        [("Tin tức", "/tin-tuc"), (name, None)] if kind == "cat" else [(name, None)]
    )
    return _page(name, view, current=f"taxonomy/term/{tid}", body_class="path-taxonomy",
                 crumbs=crumbs, head=head,
                 settings=_views_ajax("taxonomy_term", "page_1", dom, str(tid), f"taxonomy/term/{tid}"))  # fmt: skip


def _teaser(s: Story) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    trimmed = first if len(first) < 200 else first[: first.rfind(" ", 0, 200)] + "…"
    lead = next((b for b in s.blocks if isinstance(b, Img) and b.style == "lead"), None)
    img = (
        f'<div class="field field--name-field-image field--type-image field--label-hidden field--item">'
        f'<a href="{article_path(s)}" hreflang="vi"><img src="{_styled("medium", f"teaser-{s.id}.jpg")}" '
        'width="220" height="147" alt="" class="img-responsive" /></a></div>'
        if lead
        else ""
    )
    return (
        f'<article role="article" about="{article_path(s)}" class="node node--type-article node--promoted node--view-mode-teaser clearfix">'
        f'<h2><a href="{article_path(s)}" rel="bookmark"><span class="field field--name-title">{esc(s.title)}</span></a></h2>'
        f'<footer><div class="author">Gửi bởi <span class="username">{USERS[s.opts["uid"]]}</span> vào '
        f'<span class="field field--name-created">{_submitted(s.opts["when"])}</span></div></footer>'
        f'<div class="content">{img}<div class="field field--name-body field--type-text-with-summary field--label-hidden field--item"><p>{esc(trimmed)}</p></div>'
        f'<ul class="links inline list-inline"><li class="node-readmore"><a href="{article_path(s)}" rel="tag" title="{esc(s.title)}" hreflang="vi">'
        f'Đọc thêm<span class="visually-hidden"> về {esc(s.title)}</span></a></li></ul></div></article>'
    )  # fmt: skip


def _node_front(params: dict[str, str]) -> str:
    stories = sorted(_NEWEST, key=lambda s: (not s.opts.get("sticky"), -s.opts["when"].timestamp()))
    pages = _pages(len(stories), NODE_PER_PAGE)
    page = _page_no(params, pages)
    rows = "".join(
        f'<div class="views-row">{_teaser(s)}</div>'
        for s in stories[page * NODE_PER_PAGE : (page + 1) * NODE_PER_PAGE]
    )
    view = (
        '<div class="views-element-container form-group"><div class="view view-frontpage view-id-frontpage view-display-id-page_1">'
        f'<div class="view-content">{rows}</div>{_pager(page, pages, params)}'
        '<a href="/rss.xml" class="feed-icon">Đăng ký theo dõi</a></div></div>'
    )
    head = '<link rel="alternate" type="application/rss+xml" title="" href="/rss.xml" />\n'
    return _page("", view, current="node", body_class="path-frontpage", head=head, page_title=False)


def _front(params: dict[str, str]) -> str:
    pages = _pages(len(_NEWEST), FRONT_PER_PAGE)
    page = _page_no(params, pages)
    carousel_items = [
        s for s in _NEWEST if any(isinstance(b, Img) and b.style == "lead" for b in s.blocks)
    ][:3]
    slides = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="/node/{s.id}">'
        f'<img src="{_styled("slide_780x400", f"slide-{s.id}.jpg")}" alt="{esc(s.title)}" class="img-responsive" /></a>'
        f'<div class="carousel-caption"><a href="/node/{s.id}">{esc(s.title)}</a></div></div>'
        for i, s in enumerate(carousel_items)
    )  # fmt: skip
    carousel = _block("tieudiem", "Tiêu điểm",
                      f'<div id="carousel-tieu-diem" class="carousel slide" data-ride="carousel"><div class="carousel-inner" role="listbox">{slides}</div>'
                      '<a class="left carousel-control" href="#carousel-tieu-diem" role="button" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>'
                      '<a class="right carousel-control" href="#carousel-tieu-diem" role="button" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a></div>',
                      "block-content")  # fmt: skip
    rows = "".join(_row(s) for s in _NEWEST[page * FRONT_PER_PAGE : (page + 1) * FRONT_PER_PAGE])
    mini = ""
    if page > 0 or page < pages - 1:
        items = []
        if page > 0:
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="?page={page - 1}" title="Đến trang trước" rel="prev">‹‹ Quay lại</a></li>'
            )
        items.append(f'<li class="pager__item is-active">Trang {page + 1}</li>')
        if page < pages - 1:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="?page={page + 1}" title="Đến trang tiếp theo" rel="next">Xem thêm ››</a></li>'
            )
        mini = f'<nav class="pager-nav" role="navigation"><ul class="pager js-pager__items">{"".join(items)}</ul></nav>'
    dom = _itok(f"front{page}")
    latest = _block("views-block-tin-moi-block-2", "Tin mới",
                    f'<div class="view view-tin-moi view-id-tin_moi view-display-id-block_2 js-view-dom-id-{dom}">'
                    f'<div class="view-content">{rows}</div>{mini}'
                    '<div class="more-link form-group"><a href="/node">Xem tất cả tin bài</a></div></div>')  # fmt: skip
    notices = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <em>({_dmy(s.opts["when"])})</em></li>'
        for s in in_cat("thong-bao")
    )
    models = "".join(_row(s) for s in in_cat("dien-hinh-tien-tien"))
    docs = "".join(
        f'<tr><td><a href="{d.path}">{d.number}</a></td><td>{_dmy(d.issued)}</td><td>{esc(d.abstract)}</td></tr>'
        for d in DOCS[:4]
    )
    albums = "".join(
        f'<div class="col-xs-6"><a href="{a.path}"><img src="{_styled("medium", a.photos[0][0])}" alt="" class="img-responsive" /></a>'
        f'<a href="{a.path}">{esc(a.title)}</a></div>'
        for a in ALBUMS
    )
    main = (
        carousel
        + latest
        + _block("views-block-thong-bao-block-1", "Thông báo", f'<ul class="list-unstyled">{notices}</ul>'
                 '<div class="more-link"><a href="/chuyen-muc/thong-bao">Xem tất cả</a></div>')
        + _block("views-block-dien-hinh-block-1", "Điển hình tiên tiến", f'<div class="view-content">{models}</div>')
        + _block("views-block-van-ban-block-2", "Văn bản mới",
                 f'<table class="table table-striped"><tbody>{docs}</tbody></table><div class="more-link"><a href="/van-ban">Xem tất cả</a></div>')
        + _block("views-block-thu-vien-anh-block-1", "Thư viện ảnh", f'<div class="row">{albums}</div>')
    )  # fmt: skip
    head = '<link rel="alternate" type="application/rss+xml" title="" href="/rss.xml" />\n'
    return _page("Trang chủ", main, current="node", body_class="path-frontpage", head=head,
                 page_title=False, settings=_views_ajax("tin_moi", "block_2", dom))  # fmt: skip


# --- non-article pages ---------------------------------------------------------------------


def _van_ban() -> str:
    rows = "".join(
        f'<tr><td class="views-field views-field-field-so-hieu"><a href="{d.path}" hreflang="vi">{d.number}</a></td>'
        f'<td class="views-field views-field-field-ngay-ban-hanh"><time datetime="{d.issued}T12:00:00Z">{_dmy(d.issued)}</time></td>'
        f'<td class="views-field views-field-title">{esc(d.abstract)}</td>'
        f'<td class="views-field views-field-field-tep"><a href="{d.file}">Tải về</a></td></tr>'
        for d in DOCS
    )  # fmt: skip
    view = (
        '<div class="view view-van-ban view-id-van_ban view-display-id-page_1"><div class="view-content"><div class="table-responsive">'
        '<table class="table table-hover table-striped"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div></div></div>"
    )  # fmt: skip
    return _page("Văn bản", view, current="van-ban", body_class="path-van-ban",
                 crumbs=_breadcrumb([("Văn bản", None)]))  # fmt: skip


def _doc(d: Doc, base: str) -> str:
    size = 120000 + d.nid * 31
    fields = (
        _field("field-so-hieu", "string", d.number, "Số hiệu", True)
        + _field("field-ngay-ban-hanh", "datetime",
                 f'<time datetime="{d.issued}T12:00:00Z">{_dmy(d.issued)}</time>', "Ngày ban hành", True)
        + _field("field-co-quan-ban-hanh", "string", esc(SITE), "Cơ quan ban hành", True)
        + _field("field-nguoi-ky", "string", d.signer, "Người ký", True)
        + _field("field-tep-van-ban", "file",
                 '<span class="file file--mime-application-pdf file--application-pdf">'
                 f'<a href="{d.file}" type="application/pdf; length={size}">{d.file.rsplit("/", 1)[1]}</a></span>',
                 "Tệp văn bản")
    )  # fmt: skip
    node = (
        f'<article role="article" about="{d.path}" class="node node--type-van-ban node--view-mode-full clearfix">'
        f'<div class="content">{fields}</div></article>'
    )
    head = f'<link rel="canonical" href="{base}{d.path}" />\n<link rel="shortlink" href="{base}/node/{d.nid}" />\n'
    return _page(f'<span class="field field--name-title">{esc(d.abstract)}</span>', node,
                 current=f"node/{d.nid}", body_class="path-node page-node-type-van-ban", head=head,
                 crumbs=_breadcrumb([("Văn bản", "/van-ban"), (d.number, None)]))  # fmt: skip


def _thu_vien() -> str:
    rows = "".join(
        f'<div class="col-sm-4 views-row"><a href="{a.path}"><img src="{_styled("medium", a.photos[0][0])}" alt="" class="img-responsive" /></a>'
        f'<h4><a href="{a.path}">{esc(a.title)}</a></h4><span>{_dmy(a.when)} - {len(a.photos)} ảnh</span></div>'
        for a in ALBUMS
    )  # fmt: skip
    view = f'<div class="view view-thu-vien-anh view-id-thu_vien_anh"><div class="view-content row">{rows}</div></div>'
    return _page("Thư viện ảnh", view, current="thu-vien-anh", body_class="path-thu-vien-anh",
                 crumbs=_breadcrumb([("Thư viện ảnh", None)]))  # fmt: skip


def _album(a: Album, base: str) -> str:
    items = "".join(
        f'<div class="field--item"><a href="{FILES}/{src}" aria-controls="colorbox" class="colorbox" '
        f'data-colorbox-gallery="gallery-field_anh-{a.nid}" title="{esc(cap)}">'
        f'<img src="{_styled("medium", src)}" alt="{esc(cap)}" title="{esc(cap)}" class="img-responsive" /></a></div>'
        for src, cap in a.photos
    )  # fmt: skip
    node = (
        f'<article role="article" about="{a.path}" class="node node--type-thu-vien-anh node--view-mode-full clearfix">'
        '<div class="content"><div class="field field--name-field-anh field--type-image field--label-hidden field--items">'
        f"{items}</div></div></article>"
    )
    head = f'<link rel="canonical" href="{base}{a.path}" />\n<link rel="shortlink" href="{base}/node/{a.nid}" />\n'
    return _page(f'<span class="field field--name-title">{esc(a.title)}</span>', node,
                 current=f"node/{a.nid}", body_class="path-node page-node-type-thu-vien-anh", head=head,
                 crumbs=_breadcrumb([("Thư viện ảnh", "/thu-vien-anh"), (esc(a.title), None)]))  # fmt: skip


def _book_nav(path: str) -> str:
    i = BOOK_ORDER.index(path)
    tree = "".join(
        f'<li><a href="{p}" hreflang="vi">{PAGES[p][1]}</a></li>'
        for p in BOOK_ORDER
        if PAGES[p][3] == path
    )
    links = []
    if i > 0:
        prev = BOOK_ORDER[i - 1]
        links.append(
            f'<li class="previous"><a href="{prev}" rel="prev" title="Đến trang trước">‹ {PAGES[prev][1]}</a></li>'
        )
    if PAGES[path][3]:
        links.append(f'<li><a href="{PAGES[path][3]}" title="Đến trang cấp trên">Lên</a></li>')
    if i < len(BOOK_ORDER) - 1:
        nxt = BOOK_ORDER[i + 1]
        links.append(
            f'<li class="next"><a href="{nxt}" rel="next" title="Đến trang tiếp theo">{PAGES[nxt][1]} ›</a></li>'
        )
    return (
        '<nav id="book-navigation-2" class="book-navigation" role="navigation" aria-labelledby="book-label-2">'
        + (f'<ul class="menu">{tree}</ul>' if tree else "")
        + f'<h2 class="visually-hidden" id="book-label-2">Điều hướng sách</h2><ul class="pager">{"".join(links)}</ul></nav>'
    )  # fmt: skip


def _basic(path: str, base: str) -> str:
    nid, title, paras, _parent = PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    node = (
        f'<article role="article" about="{path}" class="node node--type-book node--view-mode-full clearfix">'
        f'<div class="content"><div class="field field--name-body field--type-text-with-summary field--label-hidden field--item">{body}</div>'
        f"{_book_nav(path)}"
        '<ul class="links inline list-inline"><li class="book-printer">'
        f'<a href="/book/export/html/{nid}" title="Hiển thị phiên bản để in của trang sách này và các trang con.">Phiên bản để in</a></li></ul>'
        "</div></article>"
    )  # fmt: skip
    head = f'<link rel="canonical" href="{base}{path}" />\n<link rel="shortlink" href="{base}/node/{nid}" />\n'
    return _page(f'<span class="field field--name-title">{title}</span>', node, current=f"node/{nid}",
                 body_class="path-node page-node-type-book", head=head,
                 crumbs=_breadcrumb([(title, None)]))  # fmt: skip


def _book_export(start: str) -> str:
    """The book's printer-friendly page: the page and the pages below it."""
    below = [p for p in BOOK_ORDER if p == start or PAGES[p][3] == start]
    parts = "".join(
        f'<article id="node-{PAGES[p][0]}" class="section-{1 if PAGES[p][3] is None else 2}">'
        f'<h1 class="book-heading">{PAGES[p][1]}</h1>{"".join(f"<p>{esc(x)}</p>" for x in PAGES[p][2])}</article>'
        for p in below
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi" dir="ltr"><head><meta charset="utf-8" />'
        f"<title>{PAGES[start][1]}</title>"
        '<meta name="robots" content="noindex, nofollow" /></head><body>'
        f'<div class="book-export">{parts}</div></body></html>'
    )


def _contact() -> str:
    form = (
        "<p>Cá nhân, tổ chức có ý kiến đóng góp, phản ánh xin gửi về Phòng Giáo dục và Đào tạo qua biểu mẫu dưới đây.</p>"
        '<form class="webform-submission-form webform-submission-add-form webform-submission-lien-he-form js-webform-details-toggle webform-details-toggle" '
        'data-drupal-selector="webform-submission-lien-he-add-form" action="/lien-he" method="post" id="webform-submission-lien-he-add-form" accept-charset="UTF-8">'
        '<div class="form-item form-group"><label for="edit-ho-ten" class="control-label js-form-required form-required">Họ và tên</label>'
        '<input class="form-text required form-control" type="text" id="edit-ho-ten" name="ho_ten" required="required" /></div>'
        '<div class="form-item form-group"><label for="edit-email" class="control-label">Email</label>'
        '<input class="form-email form-control" type="email" id="edit-email" name="email" /></div>'
        '<div class="form-item form-group"><label for="edit-noi-dung" class="control-label js-form-required form-required">Nội dung</label>'
        '<textarea class="form-textarea required form-control" id="edit-noi-dung" name="noi_dung" rows="5" required="required"></textarea></div>'
        f'<input type="hidden" name="form_build_id" value="form-{_itok("lienhe")}{_itok("lh2")}" />'
        '<input type="hidden" name="form_id" value="webform_submission_lien_he_add_form" />'
        '<div class="form-actions form-group"><button class="webform-button--submit button button--primary js-form-submit form-submit btn-primary btn" type="submit" name="op" value="Gửi">Gửi</button></div>'
        "</form>"
    )  # fmt: skip
    return _page("Liên hệ", form, current="webform/lien_he", body_class="path-webform",
                 crumbs=_breadcrumb([("Liên hệ", None)]))  # fmt: skip


def _user_login() -> str:
    form = (
        '<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login" method="post" id="user-login-form" accept-charset="UTF-8">'
        '<div class="form-item form-group"><label for="edit-name" class="control-label js-form-required form-required">Tên người dùng</label>'
        '<input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" class="form-text required form-control" type="text" id="edit-name" name="name" size="60" maxlength="60" required="required" />'
        '<div class="help-block">Nhập tên người dùng của bạn.</div></div>'
        '<div class="form-item form-group"><label for="edit-pass" class="control-label js-form-required form-required">Mật khẩu</label>'
        '<input class="form-text required form-control" type="password" id="edit-pass" name="pass" size="60" maxlength="128" required="required" /></div>'
        '<input type="hidden" name="form_id" value="user_login_form" />'
        '<div class="form-actions form-group"><button class="button js-form-submit form-submit btn-primary btn" type="submit" name="op" value="Đăng nhập">Đăng nhập</button></div></form>'
        '<ul class="nav nav-tabs"><li class="active"><a href="/user/login">Đăng nhập</a></li><li><a href="/user/password">Khôi phục mật khẩu</a></li></ul>'
    )  # fmt: skip
    return _page("Đăng nhập", form, current="user/login", body_class="path-user",
                 crumbs=_breadcrumb([("Đăng nhập", None)]))  # fmt: skip


def _user_password() -> str:
    form = (
        '<form class="user-pass" action="/user/password" method="post" id="user-pass" accept-charset="UTF-8">'
        '<div class="form-item form-group"><label for="edit-name" class="control-label">Tên người dùng hoặc địa chỉ email</label>'
        '<input class="form-text required form-control" type="text" id="edit-name" name="name" /></div>'
        '<p>Hướng dẫn khôi phục mật khẩu sẽ được gửi tới địa chỉ email đã đăng ký.</p>'
        '<button class="button js-form-submit form-submit btn-primary btn" type="submit" name="op" value="Gửi">Gửi</button></form>'
    )  # fmt: skip
    return _page("Khôi phục mật khẩu", form, current="user/password", body_class="path-user",
                 crumbs=_breadcrumb([("Khôi phục mật khẩu", None)]))  # fmt: skip


def _user(uid: int) -> str:
    name = USERS[uid]
    profile = (
        f'<article typeof="schema:Person" about="/user/{uid}" class="profile">'
        '<div class="field field--name-user-picture field--type-image field--label-hidden field--item"></div>'
        '<h4 class="label">Thành viên trong</h4><div>' + ("6 năm 3 tháng" if uid == 1 else "4 năm 1 tháng") + "</div></article>"
    )  # fmt: skip
    return _page(name, profile, current=f"user/{uid}", body_class="path-user",
                 crumbs=_breadcrumb([(name, None)]))  # fmt: skip


def _search(keys: str) -> str:
    found = [s for s in _NEWEST if keys and keys.casefold() in s.title.casefold()]
    results = "".join(
        f'<li><h3 class="title"><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
        f'<p class="search-info">Bài viết - {USERS[s.opts["uid"]]} - {_dmy(s.opts["when"])}</p></li>'
        for s in found
    )
    if not keys:
        out = "<p>Vui lòng nhập từ khóa để tìm kiếm.</p>"
    elif not results:
        out = "<h2>Tìm kiếm kết quả</h2><p>Không tìm thấy kết quả nào.</p>"
    else:
        out = f'<h2>Tìm kiếm kết quả</h2><ol class="search-results node_search-results">{results}</ol>'
    form = (
        '<form class="search-form" action="/search/node" method="get" id="search-form" accept-charset="UTF-8">'
        f'<input class="form-search form-control" type="search" name="keys" value="{esc(keys)}" />'
        '<button class="button js-form-submit form-submit btn-primary btn" type="submit" value="Tìm kiếm">Tìm kiếm</button></form>'
    )
    return _page("Tìm kiếm", form + out, current="search/node", body_class="path-search",
                 crumbs=_breadcrumb([("Tìm kiếm", None)]))  # fmt: skip


def _rss(base: str, stories: list[Story], title: str, link: str) -> str:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f"<description>{esc(esc(next(b.text for b in s.blocks if isinstance(b, P))))}</description>"
        f"<pubDate>{s.opts['when']:%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
        f"<dc:creator>{USERS[s.opts['uid']]}</dc:creator>"
        f'<guid isPermaLink="false">{s.id} at {base}</guid></item>'
        for s in stories[:10]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="'
        f'{base}{link}" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{esc(title)}</title><link>{base}{link}</link><description></description>"
        f"<language>vi</language>{items}</channel></rss>"
    )


def _views_ajax_answer(params: dict[str, str]) -> Response | None:
    if not params.get("view_name"):
        return None
    data = [
        {"command": "settings", "settings": {"pluralDelimiter": "\u0003"}, "merge": True},
        {"command": "insert", "method": "replaceWith",
         "selector": f".js-view-dom-id-{params.get('view_dom_id', '')}", "data": "", "settings": None},
    ]  # fmt: skip
    return Response(200, json.dumps(data), {"Content-Type": "application/json"})


# --- the site ------------------------------------------------------------------------------

_ALIASES = {article_path(s): s for s in STORIES}
_DOCS = {d.path: d for d in DOCS}
_ALBUMS = {a.path: a for a in ALBUMS}
_TERM_IDS = {tid: ("cat", slug) for slug, (tid, _n) in CATS.items()} | {
    tid: ("tag", slug) for slug, (tid, _n) in TAGS.items()
}
_FILES = {s.opts["file"][0] for s in STORIES if s.opts.get("file")} | {d.file for d in DOCS}


class Drupal8ViewsSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        base = base_url(request)
        if path.endswith(".pdf"):
            if path in _FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith((FILES, "/themes/", "/core/", "/modules/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /core/\nDisallow: /search/\n"
                            "Disallow: /user/login\nDisallow: /user/password\n",
                            {"Content-Type": "text/plain"})  # fmt: skip
        if path == "/":
            return html(_front(params))
        if path == "/node":
            return html(_node_front(params))
        if path == "/rss.xml":
            promoted = sorted(
                _NEWEST, key=lambda s: (not s.opts.get("sticky"), -s.opts["when"].timestamp())
            )
            return Response(200, _rss(base, promoted, SITE, "/"),
                            {"Content-Type": "application/rss+xml; charset=utf-8"})  # fmt: skip
        if path == "/tin-tuc":
            return html(_news(params))
        if m := re.fullmatch(r"/(chuyen-muc|tu-khoa)/([a-z0-9-]+)", path):
            kind = "cat" if m.group(1) == "chuyen-muc" else "tag"
            if m.group(2) not in (CATS if kind == "cat" else TAGS):
                return None
            return html(_term_page(kind, m.group(2), params))
        if m := re.fullmatch(r"/taxonomy/term/(\d+)(/feed)?", path):
            term = _TERM_IDS.get(int(m.group(1)))
            if term is None:
                return None
            if m.group(2):
                kind, slug = term
                stories = (
                    in_cat(slug)
                    if kind == "cat"
                    else [s for s in _NEWEST if slug in s.opts["tags"]]
                )
                name = (CATS if kind == "cat" else TAGS)[slug][1]
                link = f"/{'chuyen-muc' if kind == 'cat' else 'tu-khoa'}/{slug}"
                return Response(200, _rss(base, stories, name, link),
                                {"Content-Type": "application/rss+xml; charset=utf-8"})  # fmt: skip
            return html(_term_page(*term, params))
        if path in _ALIASES:
            return html(_article(_ALIASES[path], base))
        if m := re.fullmatch(r"/node/(\d+)", path):
            nid = int(m.group(1))
            if nid in _BY_ID:
                return html(_article(_BY_ID[nid], base))
            for d in DOCS:
                if d.nid == nid:
                    return html(_doc(d, base))
            for a in ALBUMS:
                if a.nid == nid:
                    return html(_album(a, base))
            for p, page in PAGES.items():
                if page[0] == nid:
                    return html(_basic(p, base))
            return None
        if path == "/van-ban":
            return html(_van_ban())
        if path in _DOCS:
            return html(_doc(_DOCS[path], base))
        if path == "/thu-vien-anh":
            return html(_thu_vien())
        if path in _ALBUMS:
            return html(_album(_ALBUMS[path], base))
        if path in PAGES:
            return html(_basic(path, base))
        if m := re.fullmatch(r"/book/export/html/(\d+)", path):
            start = next((p for p, page in PAGES.items() if page[0] == int(m.group(1))), None)
            return html(_book_export(start)) if start else None
        if path == "/lien-he":
            return html(_contact())
        if path == "/user/login":
            return html(_user_login())
        if path == "/user/password":
            return html(_user_password())
        if m := re.fullmatch(r"/user/(\d+)", path):
            uid = int(m.group(1))
            return html(_user(uid)) if uid in USERS else html(
                _page("Truy cập bị từ chối", "<p>Bạn không có quyền truy cập trang này.</p>",
                      current=path[1:], body_class="path-user"), status=403)  # fmt: skip
        if path == "/search/node":
            return html(_search(params.get("keys", "")))
        if path == "/views/ajax":
            return _views_ajax_answer(params if request.method == "GET" else request.form)
        return None


def build_site() -> Drupal8ViewsSite:
    return Drupal8ViewsSite()
