"""Fixture portal: Phòng GD&ĐT huyện Thạch Hà (Hà Tĩnh) on a home-made Symfony 6 CMS.

Imitates the site a provincial IT centre ("Trung tâm Công nghệ thông tin và Truyền thông")
builds for a district education office: Symfony 6 controllers, Twig templates on Bootstrap 5
with Bootstrap Icons, CKEditor 5 in the back office (uploads renamed the way the Symfony docs
teach, ``<slug>-<uniqid>.jpg``), KnpPaginatorBundle for lists, LiipImagine thumbnails
(``/media/cache/thumb_360x240/…``), PrestaSitemapBundle, a ``PHPSESSID`` cookie on every page
(the sidebar poll carries a CSRF token). Symfony's web debug toolbar is not there (prod).

What it serves:

- articles at ``/bai-viet/{slug}-{id}``: breadcrumb, ``article.post`` > ``header`` with
  ``h1.post-title`` and ``div.post-meta`` (``bi-calendar3`` date, ``bi-clock`` time, ``bi-eye``
  views; one post adds ``bi-pencil-square`` "Cập nhật: …"), a sapo as ``p.lead`` (outside the
  body) on some posts, the CKEditor 5 body ``div.post-body.ck-content`` (``figure.image`` with or
  without ``figcaption``, ``image-style-side``, ``image_resized``, an inline ``<p><img></p>``,
  ``figure.table``, ``blockquote``, ``ul``/``ol``, ``h3`` sub-headings, right-aligned signature
  lines), a "Tệp đính kèm" card (``/uploads/files/….pdf|.docx``), the ``dl.post-info`` at the end
  (``dt`` Người viết / Ảnh / Nguồn), tag badges (``/tag/{slug}``), share / print / mail tools and
  "Bài viết khác" (five other posts of the category, dated); ``rel=canonical`` is absolute;
- three categories ``/chuyen-muc/{slug}``, newest first, four a page with Knp's Bootstrap 5
  pager (``nav > ul.pagination > li.page-item > a.page-link``, "« Trước" … "Sau »", every page
  number linked as ``?page=N``, page 1 too), Knp sortable links "Ngày đăng / Lượt xem / Tiêu đề"
  (``?sort=a.publishedAt&direction=asc&page=1``…), a GET filter form by school level
  (``?cap=mam-non|tieu-hoc|thcs``, also linked from each item's level badge) that combines with
  sort and page; tag pages ``/tag/{slug}`` the same without the filter and the sort bar (Knp
  still sorts them when the query asks);
- the home page (carousel, category blocks, albums), a notice ticker linking posts by id,
  sidebar (latest news with dates, "Lịch công tác", "Văn bản mới", a poll, banners, visitor
  counter), footer with address, phone, hotline;
- non-articles: ``/gioi-thieu``, ``/lien-he`` (form), ``/van-ban`` and ``/van-ban/{id}``
  (document records: number, date, signer, file), ``/thu-vien-anh`` and ``/thu-vien-anh/{id}``
  (albums: photos with short captions, no text), ``/tuyen-sinh/tra-cuu`` (a GET lookup form),
  ``/dang-nhap``, ``/lich-cong-tac?tuan=&nam=``, ``/binh-chon/3/ket-qua`` (poll results);
  ``/sitemap.xml`` (Presta index → ``sitemap.default.xml``, ``sitemap.bai_viet.xml``; an
  article's ``lastmod`` is its last save, never its publication time) announced in robots.txt;
  ``/tim-kiem?q=`` search (form only, no link).

Traps and hard cases (all real Symfony/Knp behaviour or home-made template bugs):

- ``/bai-viet/{id}`` answers 301 to the slugged URL (the ticker links posts that way);
  ``/bai-viet/{any-slug}-{id}`` answers 200 with the same page and a canonical to the real slug
  (ParamConverter by id only). Post 494's text links post 478 under its slug from before the
  title was edited (``…/ke-hoach-hoi-thi-giao-vien-day-gioi-cap-huyen-2026-478``): that URL is
  in 478's ``alt_paths``. A trailing slash answers 301 (Symfony's redirect), an unknown id 404.
- the hand-written mobile pager under Knp's prints "Trước"/"Sau" links always, only greying them
  (``li.disabled``): page 1 links ``?page=0`` (``getInt`` → 0 → Knp's LogicException → the
  Symfony 500 page, as for ``?page=abc``), the last page links ``?page=last+1``, which answers
  200 with "Không có bài viết nào phù hợp." and a "Sau" link to the next one, without end.
- sort/direction links multiply every listing (3 fields × 2 directions × 4 levels × pages,
  finite); an unknown sort field is a 500 (Knp's allow-list).
- ``/lich-cong-tac?tuan=N&nam=Y`` prints "Tuần trước"/"Tuần sau" for any week of any year.
- text forms: post 474 is stored decomposed (NFD, "Unicode tổ hợp" pasted from Word); post 479
  came from the old site with CKEditor 4 character references (named and numeric, every second
  character); pages are UTF-8 everywhere.

Gold (written by hand, what a careful reader takes):

- articles are the 13 ``/bai-viet/`` posts; listings, tag pages, documents, albums, the
  calendar, static pages and forms are not. Category = the breadcrumb's section.
- ``published_at``: the meta line's date and time (+07:00). The template hides the clock when
  the stored time is 00:00 (479, entered with the date-only picker): date only. Post 471's
  "Cập nhật: 03/10/2026 08:05" is an update, not the publication date (02/10/2026 14:10).
- ``p.lead`` is the summary and the body's first paragraph. Sub-headings, list items,
  blockquotes are body paragraphs; a table row is one paragraph, cells joined by " | " (header
  row included). The attachment card, tags, tools and "Bài viết khác" are no text.
- bylines: ``dt`` "Người viết" gives the authors (two names joined by ", " are two authors),
  ``dt`` "Ảnh" the photographers, ``dt`` "Nguồn" the source ("Báo Hà Tĩnh" on a reposted
  article with no writer; "Trường MN Thạch Đài" where a school sent the post). The right-aligned
  "Trường THCS Phan Huy Chú" line closing 486 is the school's signature: not body, not an author
  (the writer is named by "Người viết"), not a source (no "Nguồn" is printed). A right-aligned
  "Ảnh: Quang Vinh" line in 483 gives a photographer and is not body. A caption ending
  "(Ảnh: Minh Đức)" is kept as printed and gives Minh Đức as photographer. Office notices and
  plans (478, 482, 492) print no byline: no authors.
- images: every ``img`` of the body in order (the listing/og thumbnail is not printed on the
  post); caption = the ``figcaption`` text; a ``figcaption`` that is only a Zalo file name
  (488) is no caption; images without ``figcaption`` have none.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, quote, urlencode

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "symfony_pgd"
PLATFORM = "symfony"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Thạch Hà"
SHORT = "Phòng GD&ĐT Thạch Hà"
ADDRESS = "Số 12 đường Trần Phú, thị trấn Thạch Hà, huyện Thạch Hà, tỉnh Hà Tĩnh"
PHONE = "0239 3845 126"
HOTLINE = "0912 468 357"
EMAIL = "pgdthachha@hatinh.edu.vn"
PER_PAGE = 4
OTHER_POSTS = 5
TODAY_DATE = date(2026, 11, 25)
THIS_WEEK = TODAY_DATE.isocalendar()  # (2026, 48, 3)
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "chi-dao-dieu-hanh": "Chỉ đạo - Điều hành",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
}
CAPS: dict[str, str] = {"mam-non": "Mầm non", "tieu-hoc": "Tiểu học", "thcs": "THCS"}
#: Knp sortable fields: field -> (label, direction of the link when the field is not active)
SORTS: dict[str, tuple[str, str]] = {
    "a.publishedAt": ("Ngày đăng", "desc"),
    "a.viewCount": ("Lượt xem", "desc"),
    "a.title": ("Tiêu đề", "asc"),
}
TAGS: dict[str, str] = {
    "nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "giao-vien-day-gioi": "Giáo viên dạy giỏi",
    "an-toan-giao-thong": "An toàn giao thông",
    "doi-moi-phuong-phap": "Đổi mới phương pháp",
    "the-thao": "Thể dục thể thao",
    "thu-vien": "Thư viện",
    "truong-chuan-quoc-gia": "Trường chuẩn quốc gia",
    "chuyen-doi-so": "Chuyển đổi số",
}


def _uniq(seed: str) -> str:
    return hashlib.md5(seed.encode()).hexdigest()[:13]


def _up(month: str, name: str) -> str:
    """A CKEditor 5 upload as the Symfony controller stores it: ``<safe-name>-<uniqid>.jpg``."""
    return f"/uploads/images/2026/{month}/{name}-{_uniq(name)}.jpg"


def _file(name: str, ext: str) -> str:
    return f"/uploads/files/{name}-{_uniq(name)}.{ext}"


# Story.opts: at (stored local time "YYYY-MM-DD HH:MM"; 00:00 prints no clock), cap (school
# level), tags, info (dl rows: (dt, dd)), attach ([(href, name, size)]), updated (meta line
# "Cập nhật"), nfd / entities (text form), old_slug (a slug the post had before an edit).
# P styles: "" p, "h3", "ul"/"ol" list items, "quote" blockquote, "th"/"tr" table rows,
# "a|href|phrase" (phrase linked). Img styles: figure, side, resized, inline (<p><img></p>).
STORIES: list[Story] = [
    Story(
        id=494,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-24T09:15:00+07:00",
        summary=(
            "Sáng 23/11, tại Trường Tiểu học Thạch Long, Phòng GD&ĐT Thạch Hà khai mạc Hội thi"
            " giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 với 86 giáo viên đến"
            " từ 28 trường tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi được tổ chức theo Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện"
                " năm học 2026 - 2027 của Phòng GD&ĐT, nhằm phát hiện, tôn vinh những giáo viên có"
                " năng lực chuyên môn vững vàng, tích cực đổi mới phương pháp dạy học và kiểm tra,"
                " đánh giá học sinh.",
                "a|/bai-viet/ke-hoach-hoi-thi-giao-vien-day-gioi-cap-huyen-2026-478|Kế hoạch tổ chức"
                " Hội thi giáo viên dạy giỏi cấp huyện năm học 2026 - 2027",
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai nội dung: trình bày biện pháp nâng cao chất"
                " lượng giảng dạy, giáo dục học sinh và dạy hai tiết thực hành (một tiết môn Tiếng"
                " Việt hoặc Toán, một tiết tự chọn) tại các lớp do Ban Tổ chức bốc thăm."
            ),
            Img(
                _up("11", "gvdg-tieu-hoc-thach-van"),
                "Cô giáo Nguyễn Thị Hằng (Trường Tiểu học Thạch Văn) thực hiện tiết dạy môn Toán"
                " lớp 4 (Ảnh: Minh Đức)",
                "Cô giáo Nguyễn Thị Hằng (Trường Tiểu học Thạch Văn) thực hiện tiết dạy môn Toán"
                " lớp 4 (Ảnh: Minh Đức)",
                "figure",
            ),
            P(
                "Hội thi diễn ra từ ngày 23/11 đến ngày 05/12/2026. Kết quả hội thi là căn cứ để"
                " Phòng GD&ĐT lựa chọn giáo viên tham gia Hội thi giáo viên dạy giỏi cấp tỉnh năm"
                " 2027."
            ),
        ],
        authors=["Nguyễn Văn Thắng"],
        photographers=["Minh Đức"],
        opts={
            "at": "2026-11-24 09:15",
            "cap": "tieu-hoc",
            "tags": ["giao-vien-day-gioi"],
            "info": [("Người viết", "Nguyễn Văn Thắng")],
        },
    ),
    Story(
        id=492,
        slug="cong-van-ve-viec-tang-cuong-cong-tac-phong-chong-ret-cho-hoc-sinh",
        title="Công văn về việc tăng cường công tác phòng, chống rét cho học sinh",
        cat="chi-dao-dieu-hanh",
        published_at="2026-11-20T17:05:00+07:00",
        blocks=[
            P(
                "Ngày 20/11/2026, Phòng GD&ĐT Thạch Hà ban hành Công văn số 1245/PGDĐT-VP về việc"
                " tăng cường công tác phòng, chống rét cho học sinh trong mùa đông năm học 2026 -"
                " 2027."
            ),
            P("Theo đó, Phòng GD&ĐT yêu cầu thủ trưởng các đơn vị:"),
            P(
                "Theo dõi chặt chẽ diễn biến thời tiết, chủ động điều chỉnh giờ vào học buổi sáng"
                " cho phù hợp;",
                "ul",
            ),
            P(
                "Kiểm tra, sửa chữa cửa kính, cửa sổ phòng học; bảo đảm đủ chăn, đệm, nước ấm cho"
                " trẻ mầm non học bán trú;",
                "ul",
            ),
            P(
                "Khi nhiệt độ ngoài trời dưới 10°C, cho trẻ mầm non và học sinh tiểu học nghỉ học;"
                " dưới 7°C, cho học sinh THCS nghỉ học.",
                "ul",
            ),
            P("Văn bản chi tiết xem tại tệp đính kèm."),
        ],
        opts={
            "at": "2026-11-20 17:05",
            "tags": [],
            "attach": [
                (
                    _file("cv-1245-pgddt-phong-chong-ret", "pdf"),
                    "CV 1245-PGDĐT phòng chống rét.pdf",
                    "186 KB",
                )
            ],
        },
    ),
    Story(
        id=491,
        slug="thach-ha-long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Thạch Hà long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-19T16:30:00+07:00",
        summary=(
            "Sáng 19/11, Phòng Giáo dục và Đào tạo huyện Thạch Hà tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương 52 nhà giáo tiêu biểu"
            " năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ có đồng chí Trần Quốc Hùng, Phó Chủ tịch UBND huyện; lãnh đạo các phòng,"
                " ban, ngành cấp huyện; đại diện Hội Cựu giáo chức huyện cùng hơn 300 cán bộ quản"
                " lý, giáo viên tiêu biểu của các trường mầm non, tiểu học và THCS trên địa bàn."
            ),
            Img(
                _up("11", "le-ky-niem-20-11-dai-bieu"),
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "figure",
            ),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục và Đào tạo Thạch Hà tiếp tục giữ vững vị trí"
                " trong tốp đầu của tỉnh: 18 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp"
                " tỉnh lớp 9; tỷ lệ trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non đạt 100%;"
                " có thêm 4 trường được công nhận đạt chuẩn quốc gia, nâng tổng số trường đạt"
                " chuẩn lên 61/64 trường."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận những nỗ lực của"
                " đội ngũ nhà giáo trong bối cảnh triển khai Chương trình giáo dục phổ thông 2018"
                " và sắp xếp lại mạng lưới trường, lớp:"
            ),
            P(
                "“Mỗi thầy giáo, cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng"
                " tạo; mỗi nhà trường thực sự là địa chỉ tin cậy để cha mẹ học sinh gửi gắm con"
                " em.”",
                "quote",
            ),
            Img(
                _up("11", "le-ky-niem-20-11-khen-thuong"),
                "Phó Chủ tịch UBND huyện Trần Quốc Hùng trao Giấy khen cho các nhà giáo tiêu biểu",
                "Phó Chủ tịch UBND huyện Trần Quốc Hùng trao Giấy khen cho các nhà giáo tiêu biểu",
                "figure",
            ),
            P(
                "Dịp này, UBND huyện tặng Giấy khen cho 52 nhà giáo có thành tích xuất sắc; Phòng"
                " GD&ĐT trao thưởng cho 15 giáo viên có học sinh đạt giải cao trong các kỳ thi cấp"
                " tỉnh, cấp quốc gia."
            ),
        ],
        authors=["Trần Thị Minh Huệ"],
        photographers=["Lê Hùng"],
        opts={
            "at": "2026-11-19 16:30",
            "tags": ["nha-giao-viet-nam"],
            "info": [("Người viết", "Trần Thị Minh Huệ"), ("Ảnh", "Lê Hùng")],
        },
    ),
    Story(
        id=488,
        slug="truong-mam-non-thach-dai-to-chuc-ngay-hoi-be-vui-hoc-an-toan-giao-thong",
        title="Trường Mầm non Thạch Đài tổ chức ngày hội “Bé vui học an toàn giao thông”",
        cat="tin-tuc-su-kien",
        published_at="2026-11-16T10:05:00+07:00",
        blocks=[
            P(
                "Nhằm giúp trẻ hình thành những hiểu biết ban đầu về Luật Giao thông đường bộ, sáng"
                " 14/11, Trường Mầm non Thạch Đài tổ chức ngày hội “Bé vui học an toàn giao thông”"
                " cho hơn 250 trẻ của 9 lớp mẫu giáo."
            ),
            Img(_up("11", "mn-thach-dai-attgt-1"), None, None, "figure"),
            P(
                "Tại ngày hội, các bé được cùng cô giáo và các chú cảnh sát giao thông Công an"
                " huyện tìm hiểu ý nghĩa của đèn tín hiệu, một số biển báo giao thông thường gặp;"
                " thực hành đội mũ bảo hiểm đúng cách và đi bộ qua đường tại nơi có vạch kẻ đường"
                " dành cho người đi bộ."
            ),
            Img(
                _up("11", "mn-thach-dai-attgt-2"),
                "z5987441203395_8c1f3e0b7d2a4a6f9e51c2d7b8a0f4e3.jpg",
                None,
                "figure",
            ),
            P(
                "Các trò chơi “Bé lái xe giỏi”, “Về đúng bến”, “Ai nhanh hơn” được tổ chức sôi nổi,"
                " giúp trẻ ghi nhớ kiến thức một cách nhẹ nhàng, tự nhiên."
            ),
            Img(
                _up("11", "mn-thach-dai-attgt-3"),
                "Các bé lớp Mẫu giáo lớn A1 tham gia trò chơi “Bé lái xe giỏi”",
                "Các bé lớp Mẫu giáo lớn A1 tham gia trò chơi “Bé lái xe giỏi”",
                "figure",
            ),
        ],
        authors=["Phạm Thị Thu Hà"],
        source="Trường MN Thạch Đài",
        opts={
            "at": "2026-11-16 10:05",
            "cap": "mam-non",
            "tags": ["an-toan-giao-thong"],
            "info": [("Người viết", "Phạm Thị Thu Hà"), ("Nguồn", "Trường MN Thạch Đài")],
        },
    ),
    Story(
        id=487,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-hieu-qua-tu-cum-truong-thach-van-thach-tri",
        title=(
            "Sinh hoạt chuyên môn theo nghiên cứu bài học: hiệu quả từ cụm trường Thạch Văn -"
            " Thạch Trị"
        ),
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-14T09:40:00+07:00",
        summary=(
            "Sau hơn hai tháng triển khai, mô hình sinh hoạt chuyên môn theo nghiên cứu bài học"
            " liên trường ở cụm Thạch Văn - Thạch Trị đã giúp giáo viên tự tin đổi mới phương"
            " pháp và quan tâm nhiều hơn đến việc học của từng học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P("Chuyển trọng tâm từ người dạy sang người học", "h3"),
            P(
                "Khác với cách dự giờ, rút kinh nghiệm truyền thống, trong các buổi sinh hoạt chuyên"
                " môn theo nghiên cứu bài học, giáo viên dự giờ không nhận xét, xếp loại tiết dạy mà"
                " tập trung quan sát học sinh: em nào gặp khó khăn, vì sao, giáo viên đã hỗ trợ như"
                " thế nào."
            ),
            Img(
                _up("11", "nghien-cuu-bai-hoc-thach-van"),
                "Giáo viên cụm trường quan sát học sinh lớp 3A Trường Tiểu học Thạch Văn trong"
                " tiết dạy nghiên cứu",
                "Giáo viên cụm trường quan sát học sinh lớp 3A Trường Tiểu học Thạch Văn trong"
                " tiết dạy nghiên cứu",
                "figure",
            ),
            P("Lan tỏa cách làm hay", "h3"),
            P(
                "Mỗi tháng, cụm trường tổ chức một buổi sinh hoạt liên trường luân phiên tại hai đơn"
                " vị. Giáo viên cùng thiết kế bài học, một người dạy minh họa, sau đó cả nhóm phân"
                " tích và điều chỉnh kế hoạch bài dạy để áp dụng tại lớp mình."
            ),
            P(
                "Thời gian tới, Phòng GD&ĐT sẽ nhân rộng mô hình ra 6 cụm trường tiểu học còn lại"
                " trên địa bàn huyện."
            ),
        ],
        authors=["Đặng Quốc Tuấn"],
        opts={
            "at": "2026-11-14 09:40",
            "cap": "tieu-hoc",
            "tags": ["doi-moi-phuong-phap"],
            "info": [("Người viết", "Đặng Quốc Tuấn")],
        },
    ),
    Story(
        id=486,
        slug="truong-thcs-phan-huy-chu-to-chuc-chuyen-de-day-hoc-phat-trien-nang-luc-qua-hoat-dong-trai-nghiem",
        title=(
            "Trường THCS Phan Huy Chú tổ chức chuyên đề “Dạy học phát triển năng lực qua hoạt"
            " động trải nghiệm”"
        ),
        cat="tin-tuc-su-kien",
        published_at="2026-11-12T15:45:00+07:00",
        blocks=[
            P(
                "Ngày 11/11, Trường THCS Phan Huy Chú tổ chức chuyên đề cấp huyện “Dạy học phát"
                " triển năng lực học sinh qua hoạt động trải nghiệm” với sự tham gia của cán bộ"
                " quản lý, giáo viên cốt cán môn Hoạt động trải nghiệm, hướng nghiệp của 22 trường"
                " THCS trong huyện."
            ),
            P("Chuyên đề gồm hai phần:"),
            P(
                "Tiết dạy minh họa chủ đề “Em với cộng đồng” tại lớp 7A do cô giáo Võ Thị Hoài"
                " Thương thực hiện;",
                "ol",
            ),
            P(
                "Thảo luận, chia sẻ kinh nghiệm thiết kế và tổ chức các hoạt động trải nghiệm gắn"
                " với thực tiễn địa phương.",
                "ol",
            ),
            Img(
                _up("11", "thcs-phan-huy-chu-chuyen-de"),
                "Học sinh lớp 7A thảo luận nhóm trong tiết dạy minh họa",
                "Học sinh lớp 7A thảo luận nhóm trong tiết dạy minh họa",
                "figure",
            ),
            P(
                "Các ý kiến thảo luận đánh giá cao việc giáo viên tổ chức cho học sinh khảo sát thực"
                " tế, phỏng vấn người dân và xây dựng sản phẩm chung của nhóm. Các đại biểu cũng chỉ"
                " ra một số khó khăn khi tổ chức hoạt động ngoài nhà trường như thời gian, kinh phí"
                " và bảo đảm an toàn cho học sinh."
            ),
            P(
                "Kết luận chuyên đề, đại diện lãnh đạo Phòng GD&ĐT đề nghị các nhà trường chủ động"
                " xây dựng kế hoạch giáo dục linh hoạt, tăng cường phối hợp với chính quyền địa"
                " phương và cha mẹ học sinh để hoạt động trải nghiệm thực sự hiệu quả."
            ),
            Raw(
                '<p style="text-align:right;"><strong><i>Trường THCS Phan Huy Chú</i></strong></p>'
            ),
        ],
        authors=["Lê Thị Hồng Nhung"],
        opts={
            "at": "2026-11-12 15:45",
            "cap": "thcs",
            "tags": ["doi-moi-phuong-phap"],
            "info": [("Người viết", "Lê Thị Hồng Nhung")],
        },
    ),
    Story(
        id=484,
        slug="hoc-sinh-thach-ha-gianh-12-huy-chuong-tai-hoi-khoe-phu-dong-tinh-ha-tinh-lan-thu-xx",
        title="Học sinh Thạch Hà giành 12 huy chương tại Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XX",
        cat="tin-tuc-su-kien",
        published_at="2026-11-05T08:30:00+07:00",
        summary=(
            "Kết thúc Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XX, đoàn vận động viên huyện Thạch"
            " Hà giành 12 huy chương các loại, xếp thứ 4 toàn đoàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XX diễn ra từ ngày 26/10 đến 02/11/2026 với"
                " 1.650 vận động viên của 13 huyện, thị xã, thành phố tranh tài ở 9 môn thi đấu."
            ),
            P("Kết quả của đoàn Thạch Hà ở các môn cụ thể như sau:"),
            P("Môn thi | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng", "th"),
            P("Điền kinh | 2 | 1 | 2", "tr"),
            P("Bơi | 1 | 1 | 0", "tr"),
            P("Cờ vua | 0 | 2 | 1", "tr"),
            P("Bóng bàn | 0 | 0 | 2", "tr"),
            Img(
                _up("11", "hkpd-tinh-800m-nam"),
                "Vận động viên Trần Minh Khang (Trường THCS Thạch Kênh) về nhất nội dung chạy 800m"
                " nam",
                "Vận động viên Trần Minh Khang (Trường THCS Thạch Kênh) về nhất nội dung chạy 800m"
                " nam",
                "figure",
            ),
            P(
                "Đây là kết quả của quá trình tuyển chọn, tập luyện nghiêm túc từ cấp trường, cấp"
                " huyện, cũng như sự quan tâm của các nhà trường trong việc duy trì các câu lạc bộ"
                " thể dục thể thao cho học sinh."
            ),
        ],
        source="Báo Hà Tĩnh",
        opts={
            "at": "2026-11-05 08:30",
            "tags": ["the-thao"],
            "info": [("Nguồn", "Báo Hà Tĩnh")],
        },
    ),
    Story(
        id=483,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-thiet-ke-bai-giang-cho-giao-vien-thcs",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong thiết kế bài giảng cho giáo viên THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-02T13:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 31/10 đến ngày 01/11, Phòng GD&ĐT tổ chức lớp tập huấn ứng dụng trí tuệ"
                " nhân tạo (AI) trong thiết kế bài giảng và kiểm tra, đánh giá cho 120 giáo viên cốt"
                " cán các môn học cấp THCS."
            ),
            Img(
                _up("11", "tap-huan-ai-thcs"),
                "Báo cáo viên hướng dẫn giáo viên sử dụng công cụ AI để xây dựng ngân hàng câu hỏi",
                "Báo cáo viên hướng dẫn giáo viên sử dụng công cụ AI để xây dựng ngân hàng câu hỏi",
                "resized",
            ),
            P(
                "Tại lớp tập huấn, giáo viên được hướng dẫn khai thác các công cụ AI để gợi ý ý"
                " tưởng bài dạy, tạo học liệu số, xây dựng ngân hàng câu hỏi trắc nghiệm và phân"
                " tích kết quả học tập của học sinh. Báo cáo viên cũng lưu ý về đạo đức, bản quyền"
                " và bảo mật dữ liệu khi sử dụng AI trong nhà trường."
            ),
            P(
                "Kết thúc khóa tập huấn, mỗi giáo viên hoàn thành một sản phẩm là kế hoạch bài dạy"
                " có ứng dụng AI và chia sẻ lên kho học liệu số dùng chung của ngành."
            ),
            Raw('<p style="text-align:right;"><i>Ảnh: Quang Vinh</i></p>'),
        ],
        authors=["Nguyễn Hữu Phước"],
        photographers=["Quang Vinh"],
        opts={
            "at": "2026-11-02 13:30",
            "cap": "thcs",
            "tags": ["chuyen-doi-so"],
            "info": [("Người viết", "Nguyễn Hữu Phước")],
        },
    ),
    Story(
        id=482,
        slug="hoi-nghi-cong-chuc-vien-chuc-nam-hoc-2026-2027",
        title="Hội nghị công chức, viên chức năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30T14:00:00+07:00",
        blocks=[
            P(
                "Chiều 29/10, Phòng Giáo dục và Đào tạo huyện Thạch Hà tổ chức Hội nghị công chức,"
                " viên chức năm học 2026 - 2027. Tham dự có toàn thể công chức, viên chức và người"
                " lao động của cơ quan."
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026, phương"
                " hướng, nhiệm vụ năm học 2026 - 2027; báo cáo công khai tài chính, kết quả thực"
                " hiện quy chế dân chủ ở cơ sở và hoạt động của Ban Thanh tra nhân dân."
            ),
            Img(_up("10", "hoi-nghi-ccvc-2026"), None, None, "figure"),
            P(
                "Năm học 2026 - 2027, cơ quan phấn đấu 100% công chức, viên chức hoàn thành tốt"
                " nhiệm vụ trở lên; đẩy mạnh chuyển đổi số trong quản lý, chỉ đạo, điều hành; thực"
                " hiện văn hóa công sở và thực hành tiết kiệm, chống lãng phí."
            ),
            P(
                "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 thành viên và tổ"
                " chức ký kết giao ước thi đua giữa Trưởng phòng với Chủ tịch Công đoàn cơ sở."
            ),
        ],
        opts={"at": "2026-10-30 14:00", "tags": []},
    ),
    Story(
        id=479,
        slug="truong-tieu-hoc-thach-long-khanh-thanh-thu-vien-than-thien",
        title="Trường Tiểu học Thạch Long khánh thành thư viện thân thiện",
        cat="tin-tuc-su-kien",
        published_at="2026-10-27",
        blocks=[
            P(
                "Ngày 26/10, Trường Tiểu học Thạch Long tổ chức lễ khánh thành thư viện thân thiện"
                " do Hội Khuyến học huyện và các nhà hảo tâm tài trợ với tổng kinh phí hơn 180 triệu"
                " đồng."
            ),
            P(
                "Thư viện được bố trí tại phòng học rộng 60 m², gồm khu đọc sách, khu kể chuyện và"
                " góc sáng tạo; được trang bị hơn 2.500 đầu sách thiếu nhi, bàn ghế, giá sách phù"
                " hợp với lứa tuổi học sinh tiểu học."
            ),
            Img(_up("10", "th-thach-long-thu-vien"), None, None, "inline"),
            P(
                "Bên cạnh thư viện chính, nhà trường còn xây dựng 16 thư viện lớp học và thư viện"
                " xanh dưới tán cây, tạo điều kiện để học sinh được đọc sách mọi lúc, mọi nơi."
            ),
            P(
                "Thầy Nguyễn Đình Khoa, Hiệu trưởng nhà trường cho biết: thư viện mở cửa vào giờ ra"
                " chơi và chiều thứ Bảy hằng tuần; mỗi lớp được bố trí 1 tiết đọc thư viện/tuần."
            ),
        ],
        authors=["Hoàng Thị Lan", "Nguyễn Đình Khoa"],
        opts={
            "at": "2026-10-27 00:00",
            "cap": "tieu-hoc",
            "tags": ["thu-vien"],
            "info": [("Người viết", "Hoàng Thị Lan, Nguyễn Đình Khoa")],
            "entities": 2,
        },
    ),
    Story(
        id=478,
        slug="ke-hoach-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2026 - 2027",
        cat="chi-dao-dieu-hanh",
        published_at="2026-10-23T08:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 2156/KH-SGDĐT ngày 30/9/2026 của Sở GD&ĐT Hà Tĩnh về việc tổ"
                " chức các hội thi chuyên môn năm học 2026 - 2027, Phòng GD&ĐT Thạch Hà xây dựng kế"
                " hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện với các nội dung chính như sau:"
            ),
            P("1. Đối tượng dự thi", "h3"),
            P(
                "Giáo viên đang trực tiếp giảng dạy tại các trường tiểu học, THCS công lập trên địa"
                " bàn huyện, có ít nhất 3 năm công tác và đạt danh hiệu giáo viên dạy giỏi cấp trường"
                " năm học 2025 - 2026."
            ),
            P("2. Thời gian tổ chức", "h3"),
            P("Bậc Tiểu học: từ ngày 23/11 đến ngày 05/12/2026;", "ul"),
            P("Bậc THCS: từ ngày 07/12 đến ngày 19/12/2026.", "ul"),
            P("3. Hồ sơ đăng ký", "h3"),
            P(
                "Các đơn vị gửi hồ sơ đăng ký dự thi (theo mẫu đính kèm) về Phòng GD&ĐT (qua bộ phận"
                " chuyên môn) trước ngày 10/11/2026."
            ),
        ],
        opts={
            "at": "2026-10-23 08:00",
            "tags": ["giao-vien-day-gioi"],
            "old_slug": "ke-hoach-hoi-thi-giao-vien-day-gioi-cap-huyen-2026",
            "attach": [
                (
                    _file("kh-2317-pgddt-hoi-thi-gvdg", "pdf"),
                    "KH 2317-PGDĐT Hội thi GVDG 2026-2027.pdf",
                    "412 KB",
                ),
                (_file("mau-dang-ky-du-thi-gvdg", "docx"), "Mẫu đăng ký dự thi GVDG.docx", "38 KB"),
            ],
        },
    ),
    Story(
        id=474,
        slug="giai-co-vua-hoc-sinh-tieu-hoc-va-thcs-huyen-thach-ha-nam-2026",
        title="Giải Cờ vua học sinh tiểu học và THCS huyện Thạch Hà năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-15T10:20:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 12 và 13/10, tại Nhà văn hóa trung tâm huyện, Phòng GD&ĐT phối hợp"
                " với Trung tâm Văn hóa - Thể thao và Truyền thông huyện tổ chức Giải Cờ vua học sinh"
                " tiểu học và THCS năm 2026."
            ),
            P(
                "Giải thu hút 214 kỳ thủ đến từ 40 trường, thi đấu ở 8 nội dung cờ tiêu chuẩn và cờ"
                " nhanh theo từng lứa tuổi. Các ván đấu diễn ra hấp dẫn, thể hiện tinh thần thi đấu"
                " trung thực, cao thượng."
            ),
            Img(
                _up("10", "giai-co-vua-2026"),
                "Các kỳ thủ nhóm tuổi 12 - 13 thi đấu nội dung cờ tiêu chuẩn",
                "Các kỳ thủ nhóm tuổi 12 - 13 thi đấu nội dung cờ tiêu chuẩn",
                "figure",
            ),
            P(
                "Kết quả, Ban Tổ chức đã trao 8 giải Nhất, 8 giải Nhì, 16 giải Ba cho các vận động"
                " viên. Trường THCS Thạch Kênh giành giải Nhất toàn đoàn khối THCS, Trường Tiểu học"
                " Thạch Văn giành giải Nhất toàn đoàn khối tiểu học."
            ),
        ],
        authors=["Đinh Thị Mai"],
        photographers=["Hồ Sỹ Tuấn"],
        opts={
            "at": "2026-10-15 10:20",
            "cap": "thcs",
            "tags": ["the-thao"],
            "info": [("Người viết", "Đinh Thị Mai"), ("Ảnh", "Hồ Sỹ Tuấn")],
            "nfd": True,
        },
    ),
    Story(
        id=471,
        slug="truong-mam-non-hoa-sen-don-doan-kiem-tra-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title=(
            "Trường Mầm non Hoa Sen đón đoàn kiểm tra công nhận trường đạt chuẩn quốc gia mức độ 2"
        ),
        cat="tin-tuc-su-kien",
        published_at="2026-10-02T14:10:00+07:00",
        blocks=[
            P(
                "Ngày 01/10, đoàn kiểm tra của UBND tỉnh Hà Tĩnh do đồng chí Phó Giám đốc Sở GD&ĐT"
                " làm trưởng đoàn đã kiểm tra công nhận Trường Mầm non Hoa Sen đạt chuẩn quốc gia"
                " mức độ 2."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ, cơ sở vật chất, quan sát các hoạt động chăm sóc, giáo dục"
                " trẻ và đối chiếu với 5 tiêu chuẩn theo quy định tại Thông tư số 19/2018/TT-BGDĐT"
                " của Bộ Giáo dục và Đào tạo."
            ),
            Img(
                _up("10", "mn-hoa-sen-kiem-tra-1"),
                "Đoàn kiểm tra quan sát hoạt động học của trẻ lớp Mẫu giáo nhỡ B2",
                "Đoàn kiểm tra quan sát hoạt động học của trẻ lớp Mẫu giáo nhỡ B2",
                "side",
            ),
            Img(_up("10", "mn-hoa-sen-kiem-tra-2"), None, None, "figure"),
            P(
                "Qua kiểm tra, đoàn đánh giá nhà trường có khuôn viên xanh - sạch - đẹp, 100% phòng"
                " học kiên cố; 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo; tỷ lệ trẻ"
                " suy dinh dưỡng giảm còn 2,1%. Đoàn cũng đề nghị nhà trường tiếp tục bổ sung đồ"
                " dùng, đồ chơi ngoài trời và hoàn thiện khu vui chơi phát triển vận động."
            ),
        ],
        authors=["Nguyễn Thị Thanh Tâm"],
        opts={
            "at": "2026-10-02 14:10",
            "updated": "03/10/2026 08:05",
            "cap": "mam-non",
            "tags": ["truong-chuan-quoc-gia"],
            "info": [("Người viết", "Nguyễn Thị Thanh Tâm")],
        },
    ),
]


def _when(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%Y-%m-%d %H:%M")


_BY_ID = {s.id: s for s in STORIES}
_NEWEST = sorted(STORIES, key=_when, reverse=True)


def article_path(s: Story) -> str:
    return f"/bai-viet/{s.slug}-{s.id}"


def in_cat(cat: str) -> list[Story]:
    return [s for s in _NEWEST if s.cat == cat]


def with_tag(tag: str) -> list[Story]:
    return [s for s in _NEWEST if tag in s.opts.get("tags", [])]


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def _alt_paths(s: Story) -> list[str]:
    return [f"/bai-viet/{s.opts['old_slug']}-{s.id}"] if "old_slug" in s.opts else []


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat], alt_paths=_alt_paths(s)) for s in _NEWEST
]


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    issued: str
    kind: str
    summary: str
    signer: str
    file: str
    size: str


DOCS: list[Doc] = [
    Doc(
        215, "1245/PGDĐT-VP", "20/11/2026", "Công văn",
        "V/v tăng cường công tác phòng, chống rét cho học sinh mùa đông năm học 2026 - 2027",
        "Nguyễn Văn Cường", _file("cv-1245-pgddt-phong-chong-ret", "pdf"), "186 KB",
    ),
    Doc(
        213, "2317/KH-PGDĐT", "22/10/2026", "Kế hoạch",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2026 - 2027",
        "Trần Thị Hải Yến", _file("kh-2317-pgddt-hoi-thi-gvdg", "pdf"), "412 KB",
    ),
    Doc(
        211, "1108/PGDĐT-CM", "10/10/2026", "Công văn",
        "V/v hướng dẫn thực hiện giáo dục STEM năm học 2026 - 2027",
        "Trần Thị Hải Yến", _file("cv-1108-pgddt-stem", "pdf"), "297 KB",
    ),
    Doc(
        208, "85/QĐ-PGDĐT", "15/09/2026", "Quyết định",
        "Quyết định thành lập Ban Tổ chức Hội khỏe Phù Đổng cấp huyện năm 2026",
        "Nguyễn Văn Cường", _file("qd-85-pgddt-btc-hkpd", "pdf"), "154 KB",
    ),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}

#: albums: id -> (title, date, [(photo, caption)])
ALBUMS: dict[int, tuple[str, str, list[tuple[str, str]]]] = {
    12: (
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "19/11/2026",
        [
            (_up("11", "album-20-11-1"), "Văn nghệ chào mừng"),
            (_up("11", "album-20-11-2"), "Đại biểu dự lễ"),
            (_up("11", "album-20-11-3"), "Tuyên dương nhà giáo tiêu biểu"),
            (_up("11", "album-20-11-4"), "Học sinh tặng hoa thầy cô"),
            (_up("11", "album-20-11-5"), "Chụp ảnh lưu niệm"),
        ],
    ),
    11: (
        "Hội khỏe Phù Đổng cấp huyện năm 2026",
        "08/10/2026",
        [
            (_up("10", "album-hkpd-1"), "Lễ khai mạc"),
            (_up("10", "album-hkpd-2"), "Nội dung chạy 100m nữ"),
            (_up("10", "album-hkpd-3"), "Môn bóng bàn"),
            (_up("10", "album-hkpd-4"), "Trao giải toàn đoàn"),
        ],
    ),
}

STATIC_PAGES = ("/gioi-thieu", "/lien-he", "/tuyen-sinh/tra-cuu", "/dang-nhap")
POLL_RESULTS = "/binh-chon/3/ket-qua"
CALENDAR = f"/lich-cong-tac?tuan={THIS_WEEK[1]}&nam={THIS_WEEK[0]}"

NON_ARTICLES: list[str] = [
    "/",
    *(f"/chuyen-muc/{c}" for c in CATS),
    *(f"/chuyen-muc/{c}?page={n}" for c in CATS for n in range(2, _pages(len(in_cat(c))) + 1)),
    *(f"/tag/{t}" for t in TAGS),
    "/van-ban",
    *(f"/van-ban/{d.id}" for d in DOCS),
    "/thu-vien-anh",
    *(f"/thu-vien-anh/{a}" for a in ALBUMS),
    *STATIC_PAGES,
    CALENDAR,
    POLL_RESULTS,
]


# --- rendering helpers ------------------------------------------------------------------------


def tw(value: str) -> str:
    """Twig's autoescape (htmlspecialchars with ENT_QUOTES)."""
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#039;")
    )


def _t(value: str, s: Story) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _dmy(d: date | datetime) -> str:
    return d.strftime("%d/%m/%Y")


def _excerpt(s: Story, limit: int = 170) -> str:
    source = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    source = collapse(source)
    if len(source) <= limit:
        return source
    return source[:limit].rsplit(" ", 1)[0] + "..."


def _thumb(s: Story) -> str:
    first = next(iter(s.images), None)
    if first is None:
        return "/images/no-image-van-ban.png"
    return "/media/cache/thumb_360x240" + first.src


def _qs(params: dict[str, str], **updates: str | int) -> str:
    """``path(route, query|merge({...}))``: existing keys keep their place, new ones go last."""
    merged = dict(params)
    for key, value in updates.items():
        merged[key] = str(value)
    return "?" + urlencode(merged) if merged else ""


def _session_headers() -> dict[str, str]:
    return {
        "Cache-Control": "no-cache, private",
        "Set-Cookie": f"PHPSESSID={_uniq('session')}{_uniq('sess2')[:13]}; path=/; httponly; samesite=lax",
        "X-Powered-By": "PHP/8.2.24",
    }


# --- body -------------------------------------------------------------------------------------


def _p_html(p: P, s: Story) -> str:
    if p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        before, after = p.text.split(phrase, 1)
        return f'{_t(before, s)}<a href="{href}">{_t(phrase, s)}</a>{_t(after, s)}'
    return _t(p.text, s)


def _img_html(img: Img, s: Story) -> str:
    src = img.src
    tag = f'<img src="{src}" alt="" width="1280" height="853">'
    cap = f"<figcaption>{_t(img.printed, s)}</figcaption>" if img.printed else ""
    if img.style == "inline":
        return f"<p>{tag}</p>"
    if img.style == "side":
        return f'<figure class="image image-style-side">{tag}{cap}</figure>'
    if img.style == "resized":
        return f'<figure class="image image_resized" style="width:75%;">{tag}{cap}</figure>'
    return f'<figure class="image">{tag}{cap}</figure>'


def _body_html(s: Story) -> str:
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(_img_html(b, s))
        elif isinstance(b, Raw):
            out.append(b.html)
        elif b.style in ("ul", "ol"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{_p_html(blocks[i], s)}</li>")
                i += 1
            out.append(f"<{b.style}>{''.join(items)}</{b.style}>")
            continue
        elif b.style in ("th", "tr"):
            head, rows = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head.append("<tr>" + "".join(f"<th>{_t(c, s)}</th>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{_t(c, s)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                f'<figure class="table"><table><thead>{"".join(head)}</thead>'
                f"<tbody>{''.join(rows)}</tbody></table></figure>"
            )
            continue
        elif b.style == "h3":
            out.append(f"<h3>{_p_html(b, s)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{_p_html(b, s)}</p></blockquote>")
        else:
            out.append(f"<p>{_p_html(b, s)}</p>")
        i += 1
    return "\n".join(out)


# --- page chrome ------------------------------------------------------------------------------


def _menu(active: str) -> str:
    items = [
        ("/", '<i class="bi bi-house-door-fill"></i>'),
        ("/gioi-thieu", "Giới thiệu"),
        *((f"/chuyen-muc/{c}", name) for c, name in CATS.items()),
        ("/van-ban", "Văn bản"),
        ("/thu-vien-anh", "Thư viện ảnh"),
    ]
    current = ' aria-current="page"'
    lis = "".join(
        f'<li class="nav-item"><a class="nav-link{" active" if href == active else ""}"'
        f'{current if href == active else ""} href="{href}">{label}</a></li>'
        for href, label in items
    )
    lis += (
        '<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button"'
        ' data-bs-toggle="dropdown" aria-expanded="false">Tuyển sinh</a><ul class="dropdown-menu">'
        '<li><a class="dropdown-item" href="/tuyen-sinh/tra-cuu">Tra cứu kết quả tuyển sinh</a></li>'
        '<li><a class="dropdown-item" href="https://tuyensinh.hatinh.edu.vn" target="_blank"'
        ' rel="noopener">Tuyển sinh trực tuyến</a></li></ul></li>'
        '<li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>'
    )
    return (
        '<nav class="navbar navbar-expand-lg navbar-dark main-nav sticky-top"><div class="container">'
        '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav"'
        ' aria-controls="mainNav" aria-expanded="false" aria-label="Menu"><span class="navbar-toggler-icon">'
        '</span></button><div class="collapse navbar-collapse" id="mainNav">'
        f'<ul class="navbar-nav me-auto mb-2 mb-lg-0">{lis}</ul></div></div></nav>'
    )


def _ticker() -> str:
    notices = [_BY_ID[492], _BY_ID[494], _BY_ID[478]]
    links = '<span class="mx-3 text-danger">&#9679;</span>'.join(
        f'<a href="/bai-viet/{s.id}">{tw(s.title)}</a>' for s in notices
    )
    return (
        '<div class="notice-ticker bg-light border-bottom py-1"><div class="container d-flex align-items-center">'
        '<span class="badge text-bg-danger me-2 flex-shrink-0"><i class="bi bi-megaphone-fill"></i> Thông báo</span>'
        '<marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();"'
        f' onmouseout="this.start();">{links}</marquee></div></div>'
    )


def _header() -> str:
    return f"""<div class="topbar small py-1"><div class="container d-flex justify-content-between align-items-center">
<span class="today"><i class="bi bi-calendar-event"></i> {TODAY}</span>
<span class="topbar-links"><a href="/lien-he"><i class="bi bi-telephone"></i> {PHONE}</a><span class="mx-2">|</span><a href="/dang-nhap"><i class="bi bi-box-arrow-in-right"></i> Đăng nhập</a></span>
</div></div>
<header class="site-header py-3"><div class="container d-flex align-items-center">
<a href="/" class="brand d-flex align-items-center text-decoration-none"><img src="/images/logo-pgd-thach-ha.png" alt="Logo {tw(SHORT)}" height="78">
<div class="ms-3"><div class="brand-sub">UBND HUYỆN THẠCH HÀ</div><div class="brand-name">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</div></div></a>
<form class="search-form ms-auto d-none d-lg-flex" action="/tim-kiem" method="get" role="search">
<input class="form-control form-control-sm" type="search" name="q" placeholder="Nhập từ khóa tìm kiếm..." aria-label="Tìm kiếm">
<button class="btn btn-sm btn-primary ms-1" type="submit"><i class="bi bi-search"></i></button></form>
</div></header>"""


def _sidebar() -> str:
    latest = "".join(
        f'<li class="list-group-item"><a href="{article_path(s)}">{tw(s.title)}</a>'
        f'<div class="small text-muted"><i class="bi bi-calendar3"></i> {_dmy(_when(s))}</div></li>'
        for s in _NEWEST[:5]
    )
    monday = date.fromisocalendar(THIS_WEEK[0], THIS_WEEK[1], 1)
    docs = "".join(
        f'<li class="list-group-item"><a href="/van-ban/{d.id}"><strong>{tw(d.number)}</strong></a>'
        f'<div class="small">{tw(d.summary)}</div><div class="small text-muted">Ban hành: {d.issued}</div></li>'
        for d in DOCS[:3]
    )
    token = opaque("poll-csrf", 24)
    return f"""<aside class="col-lg-4 sidebar">
<div class="card widget mb-4"><div class="card-header widget-title"><i class="bi bi-newspaper"></i> Tin mới nhất</div>
<ul class="list-group list-group-flush">{latest}</ul></div>
<div class="card widget mb-4"><div class="card-header widget-title"><i class="bi bi-calendar-week"></i> Lịch công tác</div>
<div class="card-body"><a class="btn btn-outline-primary w-100" href="{CALENDAR}">Lịch công tác tuần {THIS_WEEK[1]}<br><small>({monday:%d/%m} - {monday + timedelta(days=6):%d/%m/%Y})</small></a></div></div>
<div class="card widget mb-4"><div class="card-header widget-title"><i class="bi bi-file-earmark-text"></i> Văn bản mới</div>
<ul class="list-group list-group-flush">{docs}</ul><div class="card-footer text-end"><a href="/van-ban" class="small">Xem tất cả <i class="bi bi-chevron-double-right"></i></a></div></div>
<div class="card widget mb-4"><div class="card-header widget-title"><i class="bi bi-bar-chart"></i> Thăm dò ý kiến</div>
<div class="card-body"><form method="post" action="/binh-chon/3" name="poll">
<p class="fw-semibold">Bạn thấy thông tin trên Cổng thông tin điện tử {tw(SHORT)} như thế nào?</p>
<div class="form-check"><input class="form-check-input" type="radio" name="poll[option]" id="poll_option_0" value="11"><label class="form-check-label" for="poll_option_0">Rất hữu ích</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="poll[option]" id="poll_option_1" value="12"><label class="form-check-label" for="poll_option_1">Hữu ích</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="poll[option]" id="poll_option_2" value="13"><label class="form-check-label" for="poll_option_2">Bình thường</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="poll[option]" id="poll_option_3" value="14"><label class="form-check-label" for="poll_option_3">Chưa đáp ứng</label></div>
<input type="hidden" id="poll__token" name="poll[_token]" value="{token}">
<div class="mt-2 d-flex gap-2"><button type="submit" class="btn btn-sm btn-primary">Bình chọn</button><a href="{POLL_RESULTS}" class="btn btn-sm btn-outline-secondary">Xem kết quả</a></div></form></div></div>
<div class="widget banners mb-4">
<a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banner/bo-gddt.png" class="img-fluid mb-2" alt="Bộ Giáo dục và Đào tạo"></a>
<a href="https://hatinh.edu.vn" target="_blank" rel="noopener"><img src="/images/banner/so-gddt-ha-tinh.png" class="img-fluid mb-2" alt="Sở GD&amp;ĐT Hà Tĩnh"></a>
<a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banner/csdl-nganh.png" class="img-fluid mb-2" alt="Cơ sở dữ liệu ngành"></a>
<a href="https://dichvucong.hatinh.gov.vn" target="_blank" rel="noopener"><img src="/images/banner/dich-vu-cong.png" class="img-fluid" alt="Dịch vụ công trực tuyến"></a></div>
<div class="card widget mb-4"><div class="card-header widget-title"><i class="bi bi-graph-up"></i> Thống kê truy cập</div>
<ul class="list-group list-group-flush small counter">
<li class="list-group-item d-flex justify-content-between"><span>Đang truy cập</span><strong>37</strong></li>
<li class="list-group-item d-flex justify-content-between"><span>Hôm nay</span><strong>1.215</strong></li>
<li class="list-group-item d-flex justify-content-between"><span>Tháng này</span><strong>28.904</strong></li>
<li class="list-group-item d-flex justify-content-between"><span>Tổng lượt truy cập</span><strong>2.157.338</strong></li></ul></div>
</aside>"""


def _footer() -> str:
    return f"""<footer class="site-footer mt-auto pt-4 pb-3"><div class="container"><div class="row">
<div class="col-md-7"><h5 class="text-uppercase fw-bold">{tw(SITE)}</h5>
<p class="mb-1">Cơ quan chủ quản: UBND huyện Thạch Hà</p>
<p class="mb-1"><i class="bi bi-geo-alt"></i> Địa chỉ: {tw(ADDRESS)}</p>
<p class="mb-1"><i class="bi bi-telephone"></i> Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE}</p>
<p class="mb-1"><i class="bi bi-envelope"></i> Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p class="mb-0">Chịu trách nhiệm chính: Ông Nguyễn Văn Cường - Trưởng phòng</p></div>
<div class="col-md-5"><h6 class="fw-bold">Liên kết website</h6>
<select class="form-select form-select-sm" onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option><option value="https://thachha.hatinh.gov.vn">Cổng TTĐT huyện Thạch Hà</option></select></div></div>
<hr><div class="small d-flex flex-wrap justify-content-between"><span>© 2026 Bản quyền thuộc {tw(SHORT)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</span>
<span>Phát triển bởi Trung tâm Công nghệ thông tin và Truyền thông tỉnh Hà Tĩnh</span></div></div></footer>
<a href="#" class="back-to-top" title="Về đầu trang"><i class="bi bi-arrow-up-circle-fill"></i></a>"""


def _page(title: str, main: str, *, active: str = "", head: str = "", sidebar: bool = True) -> str:
    aside = _sidebar() if sidebar else ""
    col = "col-lg-8" if sidebar else "col-12"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{tw(title)}</title>
{head}
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css">
<link rel="stylesheet" href="/build/app.8c1f2e4a.css">
<script src="/build/runtime.5d2a7f3b.js" defer></script>
<script src="/build/app.1b9e6c0d.js" defer></script>
</head>
<body class="d-flex flex-column min-vh-100">
{_header()}
{_menu(active)}
{_ticker()}
<main class="container my-4"><div class="row">
<div class="{col} main-col">
{main}
</div>
{aside}
</div></main>
{_footer()}
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


def _crumbs(*trail: tuple[str | None, str]) -> str:
    items = [
        '<li class="breadcrumb-item"><a href="/"><i class="bi bi-house-door"></i> Trang chủ</a></li>'
    ]
    for href, label in trail:
        if href:
            items.append(f'<li class="breadcrumb-item"><a href="{href}">{tw(label)}</a></li>')
        else:
            items.append(f'<li class="breadcrumb-item active" aria-current="page">{tw(label)}</li>')
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{"".join(items)}</ol></nav>'


# --- article ---------------------------------------------------------------------------------


def _meta_line(s: Story) -> str:
    when = _when(s)
    parts = [f'<span><i class="bi bi-calendar3"></i> {_dmy(when)}</span>']
    if when.strftime("%H:%M") != "00:00":
        parts.append(f'<span><i class="bi bi-clock"></i> {when:%H:%M}</span>')
    parts.append(f'<span><i class="bi bi-eye"></i> {s.views()}</span>')
    if "updated" in s.opts:
        parts.append(
            f'<span><i class="bi bi-pencil-square"></i> Cập nhật: {s.opts["updated"]}</span>'
        )
    return (
        f'<div class="post-meta text-secondary small d-flex flex-wrap gap-3">{"".join(parts)}</div>'
    )


def _attachments(s: Story) -> str:
    files = s.opts.get("attach")
    if not files:
        return ""
    icon = {"pdf": "bi-file-earmark-pdf text-danger", "docx": "bi-file-earmark-word text-primary"}
    lis = "".join(
        f'<li class="mb-1"><i class="bi {icon[href.rsplit(".", 1)[1]]}"></i> <a href="{href}" target="_blank">'
        f'{tw(name)}</a> <span class="text-muted small">({size})</span></li>'
        for href, name, size in files
    )
    return (
        '<div class="post-attachments card card-body bg-light mb-3"><h2 class="h6 fw-bold">'
        f'<i class="bi bi-paperclip"></i> Tệp đính kèm</h2><ul class="list-unstyled mb-0">{lis}</ul></div>'
    )


def _info(s: Story) -> str:
    rows = s.opts.get("info")
    if not rows:
        return ""
    inner = "".join(
        f'<dt class="col-sm-3">{tw(dt)}</dt><dd class="col-sm-9">{_t(dd, s)}</dd>'
        for dt, dd in rows
    )
    return f'<dl class="post-info row small mb-3">{inner}</dl>'


def _tags(s: Story) -> str:
    tags = s.opts.get("tags") or []
    if not tags:
        return ""
    badges = " ".join(
        f'<a class="badge rounded-pill text-bg-secondary text-decoration-none" href="/tag/{t}">{tw(TAGS[t])}</a>'
        for t in tags
    )
    return f'<div class="post-tags mb-3"><i class="bi bi-tags"></i> Từ khóa: {badges}</div>'


def _tools(s: Story, url: str) -> str:
    enc = quote(url, safe="")
    return f"""<div class="post-tools d-flex flex-wrap gap-2 border-top border-bottom py-2 mb-4">
<a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={enc}" target="_blank" rel="noopener"><i class="bi bi-facebook"></i> Chia sẻ</a>
<div class="zalo-share-button" data-href="{url}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
<button type="button" class="btn btn-sm btn-outline-secondary" onclick="window.print();"><i class="bi bi-printer"></i> In bài</button>
<a class="btn btn-sm btn-outline-secondary" href="mailto:?subject={quote(s.title)}&amp;body={enc}"><i class="bi bi-envelope"></i> Gửi email</a>
<a class="btn btn-sm btn-outline-secondary ms-auto" href="javascript:history.back();"><i class="bi bi-arrow-left"></i> Quay lại</a></div>"""


def _other_posts(s: Story) -> str:
    others = [o for o in in_cat(s.cat) if o.id != s.id][:OTHER_POSTS]
    if not others:
        return ""
    lis = "".join(
        f'<li class="py-1 border-bottom"><i class="bi bi-chevron-right small"></i> <a href="{article_path(o)}">'
        f'{tw(o.title)}</a> <span class="text-muted small">({_dmy(_when(o))})</span></li>'
        for o in others
    )
    return (
        '<section class="other-posts mb-4"><h2 class="section-title h5"><span>Bài viết khác</span></h2>'
        f'<ul class="list-unstyled other-list">{lis}</ul></section>'
    )


def _article(s: Story, request: Request) -> str:
    url = base_url(request) + article_path(s)
    lead = f'<p class="lead fw-semibold">{_t(s.summary, s)}</p>\n' if s.summary else ""
    og_image = base_url(request) + _thumb(s)
    head = f"""<meta name="description" content="{tw(_excerpt(s))}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{tw(s.title)}">
<meta property="og:description" content="{tw(_excerpt(s))}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{og_image}">"""
    main = f"""{_crumbs((f"/chuyen-muc/{s.cat}", CATS[s.cat]), (None, "Chi tiết bài viết"))}
<article class="post" id="post-{s.id}">
<header class="post-header mb-3">
<h1 class="post-title">{tw(s.title)}</h1>
{_meta_line(s)}
</header>
{lead}<div class="post-body ck-content">
{_body_html(s)}
</div>
{_attachments(s)}
{_info(s)}
{_tags(s)}
{_tools(s, url)}
</article>
{_other_posts(s)}"""
    return _page(f"{s.title} | {SHORT}", main, active=f"/chuyen-muc/{s.cat}", head=head)


# --- listings ---------------------------------------------------------------------------------


class ServerError(Exception):
    """What Knp throws on a page number below 1 or a sort field off its allow-list."""


def _php_int(value: str) -> int:
    m = re.match(r"\s*([+-]?\d+)", value)
    return int(m.group(1)) if m else 0


def _sorted(items: list[Story], sort: str | None, direction: str) -> list[Story]:
    if sort is None:
        return items
    key = {
        "a.publishedAt": _when,
        "a.viewCount": lambda s: (s.views(), _when(s)),
        "a.title": lambda s: unicodedata.normalize("NFD", s.title.lower()),
    }[sort]
    return sorted(items, key=key, reverse=direction == "desc")


def _item(s: Story, path: str, cap_links: bool) -> str:
    cap = s.opts.get("cap")
    badge = ""
    if cap:
        label = tw(CAPS[cap])
        badge = (
            f' <a class="badge text-bg-light border text-decoration-none" href="{path}?cap={cap}">{label}</a>'
            if cap_links
            else f' <span class="badge text-bg-light border">{label}</span>'
        )
    return f"""<div class="post-item d-flex mb-3 pb-3 border-bottom">
<a href="{article_path(s)}" class="post-thumb flex-shrink-0 me-3"><img src="{_thumb(s)}" class="img-fluid rounded" width="180" alt="{tw(s.title)}"></a>
<div class="post-item-body"><h3 class="post-item-title h6 fw-bold mb-1"><a href="{article_path(s)}">{tw(s.title)}</a></h3>
<div class="small text-muted mb-1"><i class="bi bi-calendar3"></i> {_dmy(_when(s))} <span class="mx-1">|</span> <i class="bi bi-eye"></i> {s.views()}{badge}</div>
<p class="small mb-0 text-body-secondary">{_t(_excerpt(s), s)}</p></div></div>"""


def _knp_pager(path: str, params: dict[str, str], page: int, count: int) -> str:
    if count <= 1:
        return ""
    lis = []
    if page > 1:
        lis.append(
            f'<li class="page-item"><a class="page-link" rel="prev" href="{tw(path + _qs(params, page=page - 1))}">&laquo;&nbsp;Trước</a></li>'
        )
    else:
        lis.append(
            '<li class="page-item disabled"><span class="page-link">&laquo;&nbsp;Trước</span></li>'
        )
    for n in range(1, count + 1):
        if n == page:
            lis.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            lis.append(
                f'<li class="page-item"><a class="page-link" href="{tw(path + _qs(params, page=n))}">{n}</a></li>'
            )
    if page < count:
        lis.append(
            f'<li class="page-item"><a class="page-link" rel="next" href="{tw(path + _qs(params, page=page + 1))}">Sau&nbsp;&raquo;</a></li>'
        )
    else:
        lis.append(
            '<li class="page-item disabled"><span class="page-link">Sau&nbsp;&raquo;</span></li>'
        )
    return f'<div class="navigation d-none d-md-block"><nav><ul class="pagination justify-content-center">{"".join(lis)}</ul></nav></div>'


def _mobile_pager(path: str, params: dict[str, str], page: int, count: int) -> str:
    """The theme's own pager for small screens: both links always printed, only greyed out."""
    prev_off = " disabled" if page <= 1 else ""
    next_off = " disabled" if page >= count else ""
    return (
        '<nav class="pager-mobile d-md-none"><ul class="pagination justify-content-between">'
        f'<li class="page-item{prev_off}"><a class="page-link" href="{tw(path + _qs(params, page=page - 1))}">Trước</a></li>'
        f'<li class="page-item disabled"><span class="page-link">Trang {page}/{count}</span></li>'
        f'<li class="page-item{next_off}"><a class="page-link" href="{tw(path + _qs(params, page=page + 1))}">Sau</a></li>'
        "</ul></nav>"
    )


def _sort_links(path: str, params: dict[str, str], sort: str | None, direction: str) -> str:
    links = []
    for field, (label, default) in SORTS.items():
        if field == sort:
            new_dir = "desc" if direction == "asc" else "asc"
            cls = direction
        else:
            new_dir, cls = default, "sortable"
        href = path + _qs(params, sort=field, direction=new_dir, page=1)
        links.append(f'<a class="{cls}" href="{tw(href)}" title="{tw(label)}">{tw(label)}</a>')
    sep = ' <span class="text-muted">|</span> '
    return f'<div class="sort-bar small mb-3">Sắp xếp theo: {sep.join(links)}</div>'


def _filter_form(path: str, params: dict[str, str]) -> str:
    current = params.get("cap", "")
    options = '<option value="">-- Tất cả cấp học --</option>' + "".join(
        f'<option value="{k}"{" selected" if k == current else ""}>{tw(v)}</option>'
        for k, v in CAPS.items()
    )
    hidden = "".join(
        f'<input type="hidden" name="{k}" value="{tw(params[k])}">'
        for k in ("sort", "direction")
        if k in params
    )
    return (
        f'<form method="get" action="{path}" class="row g-2 align-items-center mb-3 filter-form" name="filter">'
        '<div class="col-auto"><label for="filter_cap" class="col-form-label col-form-label-sm">Cấp học:</label></div>'
        f'<div class="col-auto"><select id="filter_cap" name="cap" class="form-select form-select-sm">{options}</select></div>'
        f'{hidden}<div class="col-auto"><button type="submit" class="btn btn-sm btn-primary"><i class="bi bi-funnel"></i> Lọc</button></div></form>'
    )


def _listing(request: Request, path: str, title: str, items: list[Story], *, filters: bool) -> str:
    params = dict(parse_qsl(request.query, keep_blank_values=True))
    page = _php_int(params.get("page", "1"))
    if page <= 0:
        raise ServerError(f"Invalid item per page number. Limit: {PER_PAGE} and Page: {page}")
    sort = params.get("sort") or None
    if sort is not None and sort not in SORTS:
        raise ServerError(f"Cannot sort by: [{sort}] this field is not in allow list.")
    direction = "desc" if params.get("direction", "").lower() == "desc" else "asc"
    cap = params.get("cap", "")
    if filters and cap in CAPS:
        items = [s for s in items if s.opts.get("cap") == cap]
    items = _sorted(items, sort, direction)
    count = _pages(len(items))
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    listed = (
        "".join(_item(s, path, filters) for s in chunk)
        if chunk
        else '<div class="alert alert-light border">Không có bài viết nào phù hợp.</div>'
    )
    form = _filter_form(path, params) if filters else ""
    main = f"""{_crumbs((None, title))}
<div class="category-page"><h1 class="page-title h4 fw-bold text-uppercase mb-3">{tw(title)}</h1>
<div class="d-flex flex-wrap justify-content-between align-items-center"><p class="small text-muted mb-2">Tổng số: {len(items)} bài viết</p>{form}</div>
{_sort_links(path, params, sort, direction) if filters else ""}
<div class="post-list">
{listed}
</div>
{_knp_pager(path, params, page, count)}
{_mobile_pager(path, params, page, count)}
</div>"""
    suffix = f" - Trang {page}" if page > 1 else ""
    return _page(f"{title}{suffix} | {SHORT}", main, active=path)


def _home(request: Request) -> str:
    news = in_cat("tin-tuc-su-kien")
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{article_path(s)}">'
        f'<img src="{_thumb(s).replace("thumb_360x240", "slide_800x450")}" class="d-block w-100" alt="{tw(s.title)}"></a>'
        f'<div class="carousel-caption"><h2 class="h5"><a href="{article_path(s)}" class="text-white">{tw(s.title)}</a></h2></div></div>'
        for i, s in enumerate(news[:3])
    )
    lead, rest = news[0], news[1:5]
    news_list = "".join(
        f'<li class="py-1"><a href="{article_path(s)}">{tw(s.title)}</a> <span class="small text-muted">({_dmy(_when(s))})</span></li>'
        for s in rest
    )

    def block(cat: str) -> str:
        lis = "".join(
            f'<li class="list-group-item"><a href="{article_path(s)}">{tw(s.title)}</a>'
            f'<div class="small text-muted">{_dmy(_when(s))}</div></li>'
            for s in in_cat(cat)[:4]
        )
        return (
            f'<div class="col-md-6 mb-4"><div class="card h-100"><div class="card-header d-flex justify-content-between">'
            f'<h2 class="h6 fw-bold mb-0 text-uppercase">{tw(CATS[cat])}</h2><a class="small" href="/chuyen-muc/{cat}">Xem tất cả</a></div>'
            f'<ul class="list-group list-group-flush">{lis}</ul></div></div>'
        )

    albums = "".join(
        f'<div class="col-6"><a href="/thu-vien-anh/{aid}" class="d-block"><img src="/media/cache/thumb_360x240{photos[0][0]}" class="img-fluid rounded" alt="{tw(title)}">'
        f'<div class="small fw-semibold mt-1">{tw(title)}</div></a></div>'
        for aid, (title, _d, photos) in ALBUMS.items()
    )
    main = f"""<div id="homeCarousel" class="carousel slide mb-4" data-bs-ride="carousel"><div class="carousel-inner">{slides}</div>
<button class="carousel-control-prev" type="button" data-bs-target="#homeCarousel" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>
<button class="carousel-control-next" type="button" data-bs-target="#homeCarousel" data-bs-slide="next"><span class="carousel-control-next-icon"></span></button></div>
<section class="home-news mb-4"><div class="d-flex justify-content-between align-items-center border-bottom mb-3">
<h2 class="section-title h5 fw-bold text-uppercase mb-2">{tw(CATS["tin-tuc-su-kien"])}</h2><a href="/chuyen-muc/tin-tuc-su-kien" class="small">Xem tất cả <i class="bi bi-chevron-double-right"></i></a></div>
<div class="row"><div class="col-md-6"><a href="{article_path(lead)}"><img src="{_thumb(lead)}" class="img-fluid rounded mb-2" alt="{tw(lead.title)}"></a>
<h3 class="h6 fw-bold"><a href="{article_path(lead)}">{tw(lead.title)}</a></h3><p class="small">{_t(_excerpt(lead), lead)}</p></div>
<div class="col-md-6"><ul class="list-unstyled home-list">{news_list}</ul></div></div></section>
<div class="row">{block("chi-dao-dieu-hanh")}{block("hoat-dong-chuyen-mon")}</div>
<section class="home-albums mb-4"><div class="d-flex justify-content-between align-items-center border-bottom mb-3">
<h2 class="section-title h5 fw-bold text-uppercase mb-2">Thư viện ảnh</h2><a href="/thu-vien-anh" class="small">Xem tất cả</a></div><div class="row g-3">{albums}</div></section>"""
    head = f'<meta name="description" content="Cổng thông tin điện tử {tw(SITE)}">'
    return _page(f"Trang chủ | {SHORT}", main, active="/", head=head)


# --- non-article pages ------------------------------------------------------------------------


def _about() -> str:
    paragraphs = (
        f"{SITE} là cơ quan chuyên môn thuộc UBND huyện Thạch Hà, có chức năng tham mưu, giúp UBND"
        " huyện thực hiện quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.",
        "Hiện nay, toàn huyện có 64 cơ sở giáo dục công lập gồm 22 trường mầm non, 20 trường tiểu học,"
        " 18 trường THCS và 4 trường tiểu học và THCS với hơn 31.000 học sinh, 2.350 cán bộ quản lý,"
        " giáo viên, nhân viên.",
        "Lãnh đạo Phòng: Ông Nguyễn Văn Cường - Trưởng phòng; Bà Trần Thị Hải Yến - Phó Trưởng phòng;"
        " Ông Phan Đình Lộc - Phó Trưởng phòng.",
    )
    body = "".join(f"<p>{tw(p)}</p>" for p in paragraphs)
    main = f'{_crumbs((None, "Giới thiệu"))}<div class="static-page"><h1 class="page-title h4 fw-bold mb-3">Giới thiệu</h1>{body}</div>'
    return _page(f"Giới thiệu | {SHORT}", main, active="/gioi-thieu")


def _contact() -> str:
    token = opaque("contact-csrf", 24)
    main = f"""{_crumbs((None, "Liên hệ"))}<h1 class="page-title h4 fw-bold mb-3">Liên hệ</h1>
<div class="contact-info mb-4"><p class="fw-bold mb-1">{tw(SITE)}</p>
<p class="mb-1"><i class="bi bi-geo-alt"></i> {tw(ADDRESS)}</p>
<p class="mb-1"><i class="bi bi-telephone"></i> Văn phòng: {PHONE} - Đường dây nóng: {HOTLINE}</p>
<p class="mb-1"><i class="bi bi-envelope"></i> {EMAIL}</p></div>
<form name="contact" method="post" action="/lien-he">
<div class="mb-3"><label for="contact_hoTen" class="form-label required">Họ và tên</label><input type="text" id="contact_hoTen" name="contact[hoTen]" required="required" class="form-control"></div>
<div class="mb-3"><label for="contact_email" class="form-label required">Email</label><input type="email" id="contact_email" name="contact[email]" required="required" class="form-control"></div>
<div class="mb-3"><label for="contact_tieuDe" class="form-label required">Tiêu đề</label><input type="text" id="contact_tieuDe" name="contact[tieuDe]" required="required" class="form-control"></div>
<div class="mb-3"><label for="contact_noiDung" class="form-label required">Nội dung</label><textarea id="contact_noiDung" name="contact[noiDung]" required="required" rows="5" class="form-control"></textarea></div>
<input type="hidden" id="contact__token" name="contact[_token]" value="{token}">
<button type="submit" class="btn btn-primary"><i class="bi bi-send"></i> Gửi liên hệ</button></form>"""
    return _page(f"Liên hệ | {SHORT}", main, active="/lien-he")


def _lookup(request: Request) -> str:
    params = request.params
    result = ""
    if params.get("ma_hoc_sinh"):
        result = '<div class="alert alert-warning mt-3">Không tìm thấy thông tin phù hợp. Vui lòng kiểm tra lại mã học sinh và ngày sinh.</div>'
    main = f"""{_crumbs((None, "Tra cứu kết quả tuyển sinh"))}<h1 class="page-title h4 fw-bold mb-3">Tra cứu kết quả tuyển sinh lớp 6 năm học 2026 - 2027</h1>
<form method="get" action="/tuyen-sinh/tra-cuu" class="row g-3">
<div class="col-md-5"><label class="form-label" for="ma_hoc_sinh">Mã học sinh (mã định danh)</label><input class="form-control" id="ma_hoc_sinh" name="ma_hoc_sinh" value="{tw(params.get("ma_hoc_sinh", ""))}"></div>
<div class="col-md-4"><label class="form-label" for="ngay_sinh">Ngày sinh</label><input class="form-control" type="date" id="ngay_sinh" name="ngay_sinh"></div>
<div class="col-md-3 d-flex align-items-end"><button class="btn btn-primary w-100" type="submit"><i class="bi bi-search"></i> Tra cứu</button></div></form>{result}"""
    return _page(f"Tra cứu kết quả tuyển sinh | {SHORT}", main)


def _login() -> str:
    token = opaque("login-csrf", 24)
    main = f"""<div class="row justify-content-center"><div class="col-md-5"><div class="card shadow-sm"><div class="card-body p-4">
<h1 class="h5 fw-bold text-center mb-3">Đăng nhập hệ thống</h1>
<form method="post" action="/dang-nhap">
<div class="mb-3"><label for="username" class="form-label">Tên đăng nhập</label><input type="text" value="" name="_username" id="username" class="form-control" autocomplete="username" required autofocus></div>
<div class="mb-3"><label for="password" class="form-label">Mật khẩu</label><input type="password" name="_password" id="password" class="form-control" autocomplete="current-password" required></div>
<input type="hidden" name="_csrf_token" value="{token}">
<div class="form-check mb-3"><input type="checkbox" name="_remember_me" id="remember_me" class="form-check-input"><label for="remember_me" class="form-check-label">Ghi nhớ đăng nhập</label></div>
<button class="btn btn-primary w-100" type="submit">Đăng nhập</button></form></div></div></div></div>"""
    head = '<meta name="robots" content="noindex, nofollow">'
    return _page(f"Đăng nhập | {SHORT}", main, head=head, sidebar=False)


def _doc_register() -> str:
    rows = "".join(
        f'<tr><td><a href="/van-ban/{d.id}">{tw(d.number)}</a></td><td>{d.issued}</td><td>{tw(d.kind)}</td>'
        f'<td>{tw(d.summary)}</td><td class="text-center"><a href="{d.file}" title="Tải về"><i class="bi bi-download"></i></a></td></tr>'
        for d in DOCS
    )
    main = f"""{_crumbs((None, "Văn bản"))}<h1 class="page-title h4 fw-bold mb-3">Văn bản chỉ đạo, điều hành</h1>
<div class="table-responsive"><table class="table table-bordered table-hover table-sm align-middle doc-table">
<thead class="table-light"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return _page(f"Văn bản | {SHORT}", main, active="/van-ban")


def _doc(d: Doc) -> str:
    main = f"""{_crumbs(("/van-ban", "Văn bản"), (None, d.number))}<h1 class="page-title h5 fw-bold mb-3">{tw(d.kind)} số {tw(d.number)}</h1>
<table class="table table-bordered doc-detail"><tbody>
<tr><th class="w-25">Số/Ký hiệu</th><td>{tw(d.number)}</td></tr>
<tr><th>Ngày ban hành</th><td>{d.issued}</td></tr>
<tr><th>Loại văn bản</th><td>{tw(d.kind)}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{tw(SITE)}</td></tr>
<tr><th>Người ký</th><td>{tw(d.signer)}</td></tr>
<tr><th>Trích yếu</th><td>{tw(d.summary)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{d.file}" target="_blank"><i class="bi bi-file-earmark-pdf text-danger"></i> {tw(d.file.rsplit("/", 1)[1])}</a> ({d.size})</td></tr>
</tbody></table>"""
    return _page(f"{d.kind} {d.number} | {SHORT}", main, active="/van-ban")


def _albums() -> str:
    cards = "".join(
        f'<div class="col-md-6 mb-4"><div class="card h-100"><a href="/thu-vien-anh/{aid}"><img src="/media/cache/thumb_360x240{photos[0][0]}" class="card-img-top" alt="{tw(title)}"></a>'
        f'<div class="card-body"><h2 class="h6 fw-bold"><a href="/thu-vien-anh/{aid}">{tw(title)}</a></h2><div class="small text-muted"><i class="bi bi-images"></i> {len(photos)} ảnh · {day}</div></div></div></div>'
        for aid, (title, day, photos) in ALBUMS.items()
    )
    main = f'{_crumbs((None, "Thư viện ảnh"))}<h1 class="page-title h4 fw-bold mb-3">Thư viện ảnh</h1><div class="row">{cards}</div>'
    return _page(f"Thư viện ảnh | {SHORT}", main, active="/thu-vien-anh")


def _album(aid: int) -> str:
    title, day, photos = ALBUMS[aid]
    grid = "".join(
        f'<div class="col-6 col-md-4 mb-3"><a href="{src}" class="glightbox" data-gallery="album-{aid}" data-title="{tw(cap)}">'
        f'<img src="/media/cache/thumb_360x240{src}" class="img-fluid rounded" alt="{tw(cap)}"></a><div class="small text-center mt-1">{tw(cap)}</div></div>'
        for src, cap in photos
    )
    main = f"""{_crumbs(("/thu-vien-anh", "Thư viện ảnh"), (None, title))}<h1 class="page-title h4 fw-bold mb-1">{tw(title)}</h1>
<div class="small text-muted mb-3"><i class="bi bi-calendar3"></i> {day} · <i class="bi bi-images"></i> {len(photos)} ảnh</div><div class="row gallery">{grid}</div>"""
    return _page(f"{title} | Thư viện ảnh | {SHORT}", main, active="/thu-vien-anh")


def _weeks_in(year: int) -> int:
    return date(year, 12, 28).isocalendar()[1]


_SCHEDULE = {
    (2026, 48): [
        (0, "Sáng", "Giao ban lãnh đạo Phòng", "Trưởng phòng", "Phòng họp cơ quan"),
        (
            0,
            "Chiều",
            "Dự Hội thi GVDG bậc Tiểu học tại Trường TH Thạch Long",
            "Phó Trưởng phòng Trần Thị Hải Yến",
            "Trường TH Thạch Long",
        ),
        (
            2,
            "Sáng",
            "Kiểm tra công tác bán trú tại các trường mầm non cụm Thạch Đài",
            "Phó Trưởng phòng Phan Đình Lộc",
            "Các trường MN",
        ),
        (4, "Chiều", "Họp Hội đồng thi đua khen thưởng ngành", "Trưởng phòng", "Phòng họp cơ quan"),
    ],
    (2026, 47): [
        (
            3,
            "Sáng",
            "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
            "Trưởng phòng",
            "Hội trường UBND huyện",
        ),
        (4, "Cả ngày", "Trực Ngày Nhà giáo Việt Nam", "Văn phòng", "Cơ quan"),
    ],
}


def _calendar(request: Request) -> Response:
    params = request.params
    year = _php_int(params.get("nam", str(THIS_WEEK[0])))
    week = _php_int(params.get("tuan", str(THIS_WEEK[1])))
    if not 1 <= year <= 9998 or not 1 <= week <= _weeks_in(year):
        return _not_found()
    monday = date.fromisocalendar(year, week, 1)
    prev_y, prev_w = (
        (year, week - 1) if week > 1 else (year - 1, _weeks_in(year - 1) if year > 1 else 52)
    )
    next_y, next_w = (year, week + 1) if week < _weeks_in(year) else (year + 1, 1)
    events = _SCHEDULE.get((year, week), [])
    if events:
        rows = "".join(
            f'<tr><td class="text-nowrap">{WEEKDAYS[d]}<br>{monday + timedelta(days=d):%d/%m/%Y}</td><td>{part}</td>'
            f"<td>{tw(what)}</td><td>{tw(who)}</td><td>{tw(where)}</td></tr>"
            for d, part, what, who, where in events
        )
        table = (
            '<table class="table table-bordered table-sm calendar"><thead class="table-light"><tr><th>Thứ, ngày</th>'
            f"<th>Buổi</th><th>Nội dung công việc</th><th>Chủ trì</th><th>Địa điểm</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    else:
        table = '<div class="alert alert-light border">Chưa có lịch công tác của tuần này.</div>'
    title = f"Lịch công tác tuần {week} (từ {_dmy(monday)} đến {_dmy(monday + timedelta(days=6))})"
    main = f"""{_crumbs((None, "Lịch công tác"))}<h1 class="page-title h5 fw-bold mb-3">{tw(title)}</h1>
<div class="d-flex justify-content-between mb-3"><a class="btn btn-sm btn-outline-primary" href="/lich-cong-tac?tuan={prev_w}&amp;nam={prev_y}">&laquo; Tuần trước</a>
<a class="btn btn-sm btn-outline-secondary" href="{CALENDAR.replace("&", "&amp;")}">Tuần hiện tại</a>
<a class="btn btn-sm btn-outline-primary" href="/lich-cong-tac?tuan={next_w}&amp;nam={next_y}">Tuần sau &raquo;</a></div>{table}"""
    return html(_page(f"Lịch công tác | {SHORT}", main), headers=_session_headers())


def _poll_results() -> str:
    rows = [
        ("Rất hữu ích", 412, 52),
        ("Hữu ích", 275, 35),
        ("Bình thường", 79, 10),
        ("Chưa đáp ứng", 24, 3),
    ]
    bars = "".join(
        f'<div class="mb-2"><div class="d-flex justify-content-between small"><span>{tw(label)}</span><span>{n} phiếu ({pct}%)</span></div>'
        f'<div class="progress" role="progressbar" aria-valuenow="{pct}"><div class="progress-bar" style="width: {pct}%"></div></div></div>'
        for label, n, pct in rows
    )
    main = f"""{_crumbs((None, "Kết quả bình chọn"))}<h1 class="page-title h5 fw-bold mb-3">Kết quả bình chọn</h1>
<p class="fw-semibold">Bạn thấy thông tin trên Cổng thông tin điện tử {tw(SHORT)} như thế nào?</p>{bars}<p class="small text-muted">Tổng số: 790 phiếu</p>"""
    return _page(f"Kết quả bình chọn | {SHORT}", main)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    q = request.params.get("q", "").strip()
    hits = [s for s in _NEWEST if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    found = "".join(_item(s, "/tim-kiem", False) for s in hits)
    summary = (
        f"<p>Tìm thấy <strong>{len(hits)}</strong> kết quả với từ khóa “{tw(q)}”.</p>{found}"
        if q
        else "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    )
    main = f'{_crumbs((None, "Tìm kiếm"))}<h1 class="page-title h4 fw-bold mb-3">Kết quả tìm kiếm</h1>{summary}'
    return _page(f"Tìm kiếm | {SHORT}", main, head='<meta name="robots" content="noindex">')


# --- sitemap, robots, errors ------------------------------------------------------------------


def _lastmod(s: Story) -> str:
    """Presta writes the entity's updatedAt: the last save, never the publication time."""
    if "updated" in s.opts:
        saved = datetime.strptime(s.opts["updated"], "%d/%m/%Y %H:%M")
    else:
        saved = _when(s) + timedelta(hours=2, minutes=13)
    return saved.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _sitemap(request: Request, section: str) -> Response:
    base = base_url(request)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if section == "index":
        body = head + (
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/sitemap.default.xml</loc><lastmod>2026-11-25T06:00:00+07:00</lastmod></sitemap>"
            f"<sitemap><loc>{base}/sitemap.bai_viet.xml</loc><lastmod>2026-11-25T06:00:00+07:00</lastmod></sitemap>"
            "</sitemapindex>"
        )
    else:
        if section == "default":
            entries = [("/", "2026-11-25T06:00:00+07:00", "daily", "1.0")]
            entries += [
                (f"/chuyen-muc/{c}", "2026-11-25T06:00:00+07:00", "daily", "0.8") for c in CATS
            ]
            entries += [
                (p, "2026-08-01T08:00:00+07:00", "monthly", "0.5")
                for p in ("/gioi-thieu", "/lien-he", "/van-ban")
            ]
        else:
            entries = [(article_path(s), _lastmod(s), "weekly", "0.7") for s in _NEWEST]
        urls = "".join(
            f"<url><loc>{base}{p}</loc><lastmod>{m}</lastmod><changefreq>{f}</changefreq><priority>{pr}</priority></url>"
            for p, m, f, pr in entries
        )
        body = head + f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8"})


_SERVER_ERROR = """<!DOCTYPE html>
<html>
    <head>
        <meta charset="UTF-8" />
        <meta name="robots" content="noindex,nofollow,noarchive" />
        <title>An Error Occurred: Internal Server Error</title>
    </head>
    <body>
        <h1>Oops! An Error Occurred</h1>
        <h2>The server returned a "500 Internal Server Error".</h2>
        <p>
            Something is broken. Please let us know what you were doing when this error occurred.
            We will fix it as soon as possible. Sorry for any inconvenience caused.
        </p>
    </body>
</html>
"""


def _not_found() -> Response:
    main = """<div class="text-center py-5"><div class="display-1 fw-bold text-primary">404</div>
<h1 class="h4">Không tìm thấy trang</h1><p>Trang bạn tìm kiếm không tồn tại hoặc đã bị xóa.</p>
<a href="/" class="btn btn-primary"><i class="bi bi-house-door"></i> Về trang chủ</a></div>"""
    return html(_page(f"Không tìm thấy trang | {SHORT}", main, sidebar=False), status=404)


_SLUGGED = re.compile(r"^/bai-viet/([a-z0-9-]+)-(\d+)$")
_BY_NUMBER = re.compile(r"^/bai-viet/(\d+)$")
_ATTACHMENTS = {href for s in STORIES for href, _n, _z in s.opts.get("attach", [])} | {
    d.file for d in DOCS
}
_DOCX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"\x00" * 32


class SymfonyPgd:
    """The app's routes (``config/routes`` + controllers) as one dispatcher."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/uploads/files/"):
            if path not in _ATTACHMENTS:
                return _not_found()
            if path.endswith(".docx"):
                ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                return Response(200, _DOCX, {"Content-Type": ctype})
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if (
            path.startswith(("/uploads/", "/media/", "/images/", "/build/"))
            or path == "/favicon.ico"
        ):
            return static_file(path) or _not_found()
        if path == "/robots.txt":
            body = f"User-agent: *\nDisallow: /admin\nDisallow: /dang-nhap\n\nSitemap: {base_url(request)}/sitemap.xml\n"
            return Response(200, body, {"Content-Type": "text/plain; charset=UTF-8"})
        if path == "/sitemap.xml":
            return _sitemap(request, "index")
        if path in ("/sitemap.default.xml", "/sitemap.bai_viet.xml"):
            return _sitemap(request, path.split(".")[1])
        if len(path) > 1 and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 301)
        if request.method == "POST":
            if path == "/binh-chon/3":
                return redirect(POLL_RESULTS, 302)
            if path in ("/lien-he", "/dang-nhap"):
                return redirect(path, 302)
        try:
            page = self._route(request)
        except ServerError:
            return html(_SERVER_ERROR, status=500, headers={"Cache-Control": "no-cache, private"})
        if page is None:
            return _not_found()
        if isinstance(page, Response):
            return page
        return html(page, headers=_session_headers())

    def _route(self, request: Request) -> str | Response | None:
        path = request.path
        if path == "/":
            return _home(request)
        if m := _BY_NUMBER.match(path):
            story = _BY_ID.get(int(m.group(1)))
            return redirect(article_path(story), 301) if story else None
        if m := _SLUGGED.match(path):
            story = _BY_ID.get(int(m.group(2)))
            return _article(story, request) if story else None
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)", path):
            cat = m.group(1)
            if cat not in CATS:
                return None
            return _listing(request, path, CATS[cat], in_cat(cat), filters=True)
        if m := re.fullmatch(r"/tag/([a-z0-9-]+)", path):
            tag = m.group(1)
            if tag not in TAGS:
                return None
            return _listing(request, path, f"Từ khóa: {TAGS[tag]}", with_tag(tag), filters=False)
        if path == "/gioi-thieu":
            return _about()
        if path == "/lien-he":
            return _contact()
        if path == "/tuyen-sinh/tra-cuu":
            return _lookup(request)
        if path == "/dang-nhap":
            return _login()
        if path == "/van-ban":
            return _doc_register()
        if m := re.fullmatch(r"/van-ban/(\d+)", path):
            doc = _DOC_BY_ID.get(int(m.group(1)))
            return _doc(doc) if doc else None
        if path == "/thu-vien-anh":
            return _albums()
        if m := re.fullmatch(r"/thu-vien-anh/(\d+)", path):
            return _album(int(m.group(1))) if int(m.group(1)) in ALBUMS else None
        if path == "/lich-cong-tac":
            return _calendar(request)
        if path == POLL_RESULTS:
            return _poll_results()
        if path == "/tim-kiem":
            return _search(request)
        return None


def build_site() -> SymfonyPgd:
    """A fresh site object; every page is rendered per request from the constants above."""
    return SymfonyPgd()
