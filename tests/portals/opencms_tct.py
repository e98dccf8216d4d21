"""Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn on OpenCms 10 (Alkacon) with the Apollo template.

The platform
------------
OpenCms 10.5 behind Tomcat. Pages are container pages built from Apollo formatters; news posts are
XML content resources of type ``a-blog`` (Apollo "blog" entries) stored in section folders. The
site is partly statically exported: most links are the export rewrite (``/tin-tuc/…``), but the
servlet path ``/opencms/`` shows wherever a formatter writes a link without ``<cms:link>``'s export
awareness, and the static export's own folder ``/export/sites/default/…`` shows where an editor
pasted a link copied from the export. OpenCms answers all three: every page of the site is served
under ``/opencms/…`` and under ``/export/sites/default/…`` as well, and a page reached through one
of those prefixes prints all its internal links with that same prefix (the link substitution works
relative to the request's context), so each prefix is a full mirror of the site.

URL scheme
----------
- ``/`` and ``/index.html``: home page (the same page).
- ``/tin-tuc/`` and ``/tin-tuc/index.html``: the news list (Apollo list, 5 entries per page, newest
  first) of all three sections. The pager is JavaScript (``reloadInnerList``) with AJAX fallback
  hrefs in two forms: the page numbers link ``/tin-tuc/?page=N``, the "next"/"last" arrows link
  ``/tin-tuc/index.html?page=N``; both serve the same list page. The list's filter box: an archive
  by year (``?year=2026``, ``?year=2025``, with counts) and a category filter (``?category=dao-tao``,
  ``nghien-cuu-khoa-hoc``, ``thong-bao``, with counts); filters combine
  (``?year=2025&category=thong-bao``) and the pager keeps them (``?year=2026&page=2``).
  The list element also carries a ``data-ajax`` URL of Apollo's ``list-ajax.jsp`` (served: a bare
  fragment of entries, never linked by an href).
- Section pages ``/tin-tuc/hoat-dong-dao-tao/``, ``/tin-tuc/nghien-cuu-khoa-hoc/``,
  ``/tin-tuc/thong-bao/`` (with ``index.html`` twins): section lists, 3 entries per page, the same
  pager forms.
- Articles: ``/tin-tuc/<section>/<slug>.html`` (the resource). The same article also at
  ``/opencms/tin-tuc/<section>/<slug>.html`` (servlet path), ``/export/sites/default/tin-tuc/
  <section>/<slug>.html`` (static export folder), and ``/tin-tuc/chi-tiet/?id=<structure UUID>``
  (the detail page of the site's detail-page mapping, which the home page's "Tin mới nhất" list
  links). The detail-page form has the page title "Chi tiết tin - …" in ``<title>`` and breadcrumbs
  ending "Tin tức" (the detail page is hidden from navigation); the headline is the same ``h1``.
  No form prints ``rel=canonical`` (Apollo 10 has none), so all forms are in ``alt_paths``.
- Print: ``<article>.html?__print=true`` (the "In bài" link of ``ap-share``): the bare article for
  printing, no chrome, no category. A trap: not an article address of its own (not in alt_paths).
- ``/system/login/``: the OpenCms workplace login (the footer's "Đăng nhập"). Trap.
- Images: ``/export/sites/default/.galleries/anh-tin-tuc/<year>/<file>.jpg?__scale=w:600,h:400``
  (OpenCms image scaling parameters; gold keeps them, as printed in ``src``).
- PDFs: ``/export/sites/default/.content/van-ban/<file>.pdf``, linked as ``<a class="ap-download">``.
- Non-articles: ``/gioi-thieu/`` (Apollo "section" blocks with headlines, no date),
  ``/lich-hoc/`` (a table page), ``/lien-he/`` (contact), ``/tin-tuc/hoat-dong-dao-tao/``
  (a section index), ``/thu-vien-anh/`` (an image gallery, thumbnails and scaled images).

Page markup (Apollo)
--------------------
``<div class="area-header">`` with the logo and the header clock "Thứ Tư, ngày 25 tháng 11 năm
2026" (today, never a publication date), the menu ``<div class="head-navbar">``, the left column
(``Thông báo`` list, ``Lịch học`` teaser, ``Tin mới`` box whose links carry ``/opencms/``, poll
"Thăm dò ý kiến", visitor counter), ``<ul class="breadcrumbs">``, and the footer (address, phone,
"Powered by OpenCms"). The article: ``<div class="ap-detail-page ap-blog-page">`` → ``ap-blog-header``
(``h1.ap-blog-title``, ``ap-blog-info`` with ``span.ap-blog-date`` "dd/mm/yyyy" and
``span.ap-blog-author`` when the author field is filled), then one ``<div class="ap-blog-paragraph">``
per Apollo paragraph (sibling divs: optional ``h2.ap-paragraph-headline``, optional
``div.ap-image-section`` with ``img`` and ``div.subtitle``, then the text), then
``div.ap-blog-categories`` ("Danh mục: <a>…</a>", when the post has a category), ``div.ap-share``
(share + "In bài"), and "Tin cùng chuyên mục" (``div.ap-list-entries``).

Gold decisions
--------------
- Title: the ``h1.ap-blog-title``. Date: ``span.ap-blog-date`` (day only → "YYYY-MM-DD"); listing
  dates agree with it.
- Authors: the author field: a unit ("Phòng Quản lý đào tạo", "Phòng Nghiên cứu khoa học và Thông
  tin tư liệu") is the author as printed; "ThS. Nguyễn Văn Hải - Khoa Lý luận cơ sở" → "Nguyễn Văn
  Hải"; "Tin, ảnh: X" → X author and photographer; "admin" and "BBT" credit nobody. Where the field
  is empty or an account, a right-aligned bold name closing the last paragraph is the author
  ("Hoàng Minh Đức"; "Minh Ngọc" followed by "Nguồn: Báo Lạng Sơn" → source "Báo Lạng Sơn").
- Summary: only where the first paragraph block opens with a bold lead paragraph (then it is also
  the body's first paragraph); the list teasers are not printed on the article page and are not
  the summary of the others (None).
- Body: every paragraph block's headline and text, table rows as "cell | cell", list items as
  paragraphs; not the image subtitles, the closing byline/source lines, the download box
  (``a.ap-download`` with file name and size: an attachment widget, not text), categories, share,
  related list.
- Images: each paragraph block's image in order; caption = ``div.subtitle``, except a subtitle that
  is only the image's file name (the gallery title defaults to it: "z5934…jpg") → None.
- Category: the breadcrumb's last item at the article's own path, which is its section folder
  ("Hoạt động đào tạo", "Nghiên cứu khoa học", "Thông báo"). The ``ap-blog-categories`` link
  ("Danh mục: Đào tạo") filters the section's list (``/tin-tuc/?category=dao-tao``): a label
  inside the section, not the post's place (the house convention, as squarespace_school's
  ``?category=`` filters). The helper's gold took the link ("Đào tạo" for the four posts of
  "Hoạt động đào tạo"); harmonised after the first crawl (round 46), no crawler change.

Gold articles and how they are reached
--------------------------------------
All 13 are listed on ``/tin-tuc/`` pages 1–3 (and in their section's list and the year archive);
the six newest also from the home page's "Tin mới nhất" (``?id=`` form) and the notices from the
left "Thông báo" box. Sections: Hoạt động đào tạo (5), Nghiên cứu khoa học (4), Thông báo (4).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "opencms_tct"
PLATFORM = "OpenCms 10 (Apollo template, Tomcat)"
START_PATH = "/"

SITE = "Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn"
SERVLET = "/opencms"
EXPORT = "/export/sites/default"
GALLERY = EXPORT + "/.galleries/anh-tin-tuc"
SCALE = "?__scale=w:600,h:400"
FILES = EXPORT + "/.content/van-ban"

#: a new Apollo paragraph block (``div.ap-blog-paragraph``) starts here
NEXT = Raw("<!--ap-next-paragraph-->")


@dataclass(frozen=True)
class Section:
    folder: str
    name: str  # the navigation title (breadcrumb)
    cat_key: str  # the category filter's value
    cat_name: str  # the category's title


SECTIONS = {
    "hoat-dong-dao-tao": Section("hoat-dong-dao-tao", "Hoạt động đào tạo", "dao-tao", "Đào tạo"),
    "nghien-cuu-khoa-hoc": Section(
        "nghien-cuu-khoa-hoc", "Nghiên cứu khoa học", "nghien-cuu-khoa-hoc", "Nghiên cứu khoa học"
    ),
    "thong-bao": Section("thong-bao", "Thông báo", "thong-bao", "Thông báo"),
}
CAT_BY_KEY = {s.cat_key: s for s in SECTIONS.values()}


def img(year: int, name: str, printed: str | None, caption: str | None) -> Img:
    return Img(f"{GALLERY}/{year}/{name}{SCALE}", printed, caption)


def byline(name: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(name)}</strong></p>')


def download(file: str, title: str, size: str) -> Raw:
    return Raw(
        '<div class="ap-download-list"><a class="ap-download" href="'
        f'{FILES}/{file}" target="_blank"><i class="fa fa-file-pdf-o"></i> '
        f'<span class="ap-download-title">{esc(title)}</span> '
        f'<span class="ap-download-info">{esc(file)} · PDF · {size}</span></a></div>'
    )


# --- the articles (newest first) ------------------------------------------------------------
# opts: uuid (structure id of the resource), author (the author field as printed, "" = empty),
# category (False: the post has no category), teaser (the list teaser), nfd/entities (text forms)

A_K73 = Story(
    1,
    "thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-k73",
    "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính K73 (hệ không tập trung)",
    "thong-bao",
    "2026-11-24",
    [
        P(
            "Thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, Trường "
            "Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn thông báo tuyển sinh lớp Trung cấp lý luận chính "
            "trị - hành chính K73, hệ không tập trung, mở tại Trường."
        ),
        P(
            "Đối tượng, tiêu chuẩn, hồ sơ dự tuyển và thời gian nhận hồ sơ thực hiện theo Thông báo số "
            "218/TB-TCT ngày 20/11/2026 của Trường. Hồ sơ gửi về Phòng Quản lý đào tạo trước ngày "
            "25/12/2026."
        ),
        download(
            "218-tb-tct-tuyen-sinh-k73.pdf",
            "Thông báo số 218/TB-TCT về tuyển sinh lớp K73",
            "312 KB",
        ),
    ],
    authors=["Phòng Quản lý đào tạo"],
    opts={
        "uuid": "e5b2c1d0-9a4f-11ef-8c1a-0242ac120003",
        "author": "Phòng Quản lý đào tạo",
        "teaser": "Trường thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính K73 hệ không tập trung.",
    },
)

A_K72 = Story(
    2,
    "khai-giang-lop-trung-cap-ly-luan-chinh-tri-k72",
    "Khai giảng lớp Trung cấp lý luận chính trị - hành chính K72",
    "hoat-dong-dao-tao",
    "2026-11-20",
    [
        P(
            "Sáng 19/11/2026, Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn tổ chức khai giảng lớp "
            "Trung cấp lý luận chính trị - hành chính K72 hệ không tập trung cho 86 học viên là cán "
            "bộ, công chức các sở, ban, ngành và huyện Cao Lộc.",
            "lead",
        ),
        img(
            2026,
            "k72-khai-giang-01.jpg",
            "Quang cảnh Lễ khai giảng lớp K72",
            "Quang cảnh Lễ khai giảng lớp K72",
        ),
        P(
            "Dự lễ khai giảng có đồng chí Hoàng Văn Nghiệm, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh "
            "ủy; lãnh đạo Trường, các khoa, phòng và đông đủ học viên của lớp."
        ),
        NEXT,
        P("Khóa học diễn ra trong 12 tháng", "h2"),
        img(
            2026,
            "k72-khai-giang-02.jpg",
            "TS. Lương Văn Thành, Hiệu trưởng Nhà trường phát biểu khai giảng",
            "TS. Lương Văn Thành, Hiệu trưởng Nhà trường phát biểu khai giảng",
        ),
        P(
            "Phát biểu khai giảng, TS. Lương Văn Thành, Hiệu trưởng Nhà trường nhấn mạnh: chương "
            "trình Trung cấp lý luận chính trị - hành chính gồm 5 phần học, trang bị cho học viên hệ "
            "thống kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối của Đảng, "
            "chính sách, pháp luật của Nhà nước và kỹ năng lãnh đạo, quản lý ở cơ sở."
        ),
        P(
            "Đồng chí đề nghị học viên chấp hành nghiêm quy chế đào tạo, nội quy của Nhà trường; chủ "
            "động sắp xếp công việc cơ quan để tham gia đầy đủ các buổi học; tích cực nghiên cứu, trao "
            "đổi, liên hệ thực tiễn địa phương, đơn vị."
        ),
        P(
            "Khóa học dự kiến kết thúc vào tháng 11/2027; học viên học tập trung vào các ngày thứ Năm, "
            "thứ Sáu hằng tuần tại Trường."
        ),
    ],
    authors=["Phòng Quản lý đào tạo"],
    summary=(
        "Sáng 19/11/2026, Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn tổ chức khai giảng lớp "
        "Trung cấp lý luận chính trị - hành chính K72 hệ không tập trung cho 86 học viên là cán "
        "bộ, công chức các sở, ban, ngành và huyện Cao Lộc."
    ),
    opts={
        "uuid": "e5b2c1d0-9a4f-11ef-8c1a-0242ac120002",
        "author": "Phòng Quản lý đào tạo",
        "teaser": "86 học viên là cán bộ, công chức các sở, ban, ngành và huyện Cao Lộc theo học lớp K72.",
    },
)

A_NGHIEM_THU = Story(
    3,
    "nghiem-thu-de-tai-khoa-hoc-cap-truong-nam-2026",
    "Nghiệm thu 04 đề tài khoa học cấp trường năm 2026",
    "nghien-cuu-khoa-hoc",
    "2026-11-13",
    [
        P(
            "Ngày 12/11/2026, Hội đồng khoa học Nhà trường tổ chức nghiệm thu 04 đề tài khoa học cấp "
            "trường năm 2026 do giảng viên các khoa chủ nhiệm.",
            "nfd",
        ),
        img(
            2026,
            "nghiem-thu-2026.jpg",
            "Hội đồng nghiệm thu làm việc",
            "Hội đồng nghiệm thu làm việc",
        ),
        P(
            "Các đề tài tập trung vào những vấn đề thiết thực: nâng cao chất lượng giảng dạy các môn "
            "lý luận ở hệ trung cấp; vận dụng phương pháp dạy học tích cực; công tác xây dựng Đảng ở "
            "chi bộ thôn, khối phố vùng biên giới; tuyên truyền, giáo dục truyền thống cho học viên.",
            "nfd",
        ),
        NEXT,
        P(
            "Kết quả, cả 04 đề tài được Hội đồng đánh giá đạt yêu cầu, trong đó 02 đề tài xếp loại "
            "xuất sắc. Hội đồng đề nghị các chủ nhiệm đề tài tiếp thu ý kiến góp ý, hoàn thiện sản "
            "phẩm và ứng dụng kết quả nghiên cứu vào bài giảng."
        ),
    ],
    authors=["Nông Văn Tuấn"],
    photographers=["Nông Văn Tuấn"],
    opts={
        "uuid": "c7d13f6a-8e21-11ef-9b3d-0242ac120007",
        "author": "Tin, ảnh: Nông Văn Tuấn",
        "teaser": "Cả 04 đề tài được Hội đồng đánh giá đạt yêu cầu, 02 đề tài xếp loại xuất sắc.",
    },
)

A_BE_GIANG = Story(
    4,
    "be-giang-lop-boi-duong-ngach-chuyen-vien-khoa-iii-nam-2026",
    "Bế giảng lớp bồi dưỡng ngạch chuyên viên khóa III năm 2026",
    "hoat-dong-dao-tao",
    "2026-11-06",
    [
        P(
            "Chiều 05/11/2026, Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn tổ chức bế giảng lớp bồi "
            "dưỡng kiến thức quản lý nhà nước chương trình chuyên viên khóa III năm 2026."
        ),
        P(
            "Sau 2 tháng học tập, 65 học viên đã hoàn thành chương trình; kết quả có 18 học viên đạt "
            "loại giỏi (27,7%), 47 học viên đạt loại khá (72,3%), không có học viên xếp loại trung bình.",
            "entities",
        ),
        img(
            2026,
            "be-giang-chuyen-vien-k3.jpg",
            "Lãnh đạo Trường trao giấy khen cho học viên có thành tích xuất sắc",
            "Lãnh đạo Trường trao giấy khen cho học viên có thành tích xuất sắc",
        ),
        P(
            "Tại buổi lễ, Nhà trường đã trao giấy khen cho 05 học viên có thành tích học tập xuất sắc "
            "và trao chứng chỉ cho các học viên hoàn thành khóa học."
        ),
    ],
    authors=["Lương Thị Thu Hà"],
    photographers=["Lương Thị Thu Hà"],
    opts={
        "uuid": "b0a4e2f8-7c55-11ef-a1e9-0242ac120011",
        "author": "Tin, ảnh: Lương Thị Thu Hà",
        "teaser": "65 học viên hoàn thành chương trình bồi dưỡng ngạch chuyên viên.",
    },
)

A_LICH_THI = Story(
    5,
    "thong-bao-lich-thi-tot-nghiep-lop-k70",
    "Thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính K70",
    "thong-bao",
    "2026-11-02",
    [
        P(
            "Phòng Quản lý đào tạo thông báo lịch thi tốt nghiệp lớp K70 (hệ không tập trung) như sau:"
        ),
        P("Ngày thi | Buổi | Môn thi | Phòng thi", "th"),
        P(
            "16/11/2026 | Sáng | Những vấn đề cơ bản về hệ thống chính trị, Nhà nước và pháp luật | Hội trường A",
            "tr",
        ),
        P("17/11/2026 | Sáng | Lý luận chính trị | Hội trường A", "tr"),
        P("18/11/2026 | Sáng | Thực tiễn và kinh nghiệm lãnh đạo, quản lý | Hội trường A", "tr"),
        P("Học viên có mặt tại phòng thi trước 7 giờ 15 phút, mang theo thẻ học viên."),
    ],
    authors=["Phòng Quản lý đào tạo"],
    opts={
        "uuid": "a91f0c44-7b10-11ef-8f02-0242ac120013",
        "author": "Phòng Quản lý đào tạo",
        "teaser": "Lịch thi tốt nghiệp lớp K70 từ ngày 16 đến 18/11/2026.",
    },
)

_HT_LEAD = (
    "Ngày 27/10/2026, Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn phối hợp với Học viện Chính trị "
    "khu vực I tổ chức Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về xây dựng Đảng trong công "
    "tác đào tạo, bồi dưỡng cán bộ ở tỉnh biên giới hiện nay”."
)

A_HOI_THAO = Story(
    6,
    "hoi-thao-khoa-hoc-tu-tuong-ho-chi-minh-ve-xay-dung-dang",
    "Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về xây dựng Đảng trong công tác đào tạo, "
    "bồi dưỡng cán bộ ở tỉnh biên giới hiện nay”",
    "nghien-cuu-khoa-hoc",
    "2026-10-28",
    [
        P(_HT_LEAD, "lead"),
        P(
            "Tham dự Hội thảo có PGS.TS Nguyễn Văn Thạo, Phó Giám đốc Học viện Chính trị khu vực I; "
            "đại diện lãnh đạo Ban Tổ chức, Ban Tuyên giáo và Dân vận Tỉnh ủy; các nhà khoa học, "
            "giảng viên của Học viện, Nhà trường và báo cáo viên cấp tỉnh."
        ),
        img(2026, "hoi-thao-tthcm-01.jpg", "Quang cảnh Hội thảo", "Quang cảnh Hội thảo"),
        P(
            "Hội thảo nhận được 42 bài tham luận, Ban Tổ chức chọn 36 bài in kỷ yếu và 8 bài trình "
            "bày tại Hội thảo. Các ý kiến tập trung vào ba nhóm vấn đề sau."
        ),
        NEXT,
        P("1. Giá trị lý luận và thực tiễn của tư tưởng Hồ Chí Minh về cán bộ", "h2"),
        P(
            "Các tham luận khẳng định tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là nền tảng "
            "lý luận quan trọng; trong đó quan điểm “cán bộ là cái gốc của mọi công việc” và "
            "“huấn luyện cán bộ là công việc gốc của Đảng” vẫn giữ nguyên giá trị trong bối cảnh "
            "sắp xếp tổ chức bộ máy, vận hành chính quyền địa phương hai cấp."
        ),
        P(
            "Nhiều ý kiến phân tích yêu cầu “vừa hồng vừa chuyên”, gắn đào tạo lý luận với rèn luyện "
            "đạo đức cách mạng, phòng, chống biểu hiện suy thoái về tư tưởng chính trị trong đội ngũ "
            "cán bộ cơ sở."
        ),
        NEXT,
        P("2. Thực trạng đào tạo, bồi dưỡng cán bộ ở Lạng Sơn", "h2"),
        img(
            2026,
            "hoi-thao-tthcm-02.jpg",
            "ThS. Nguyễn Văn Hải, Trưởng Khoa Lý luận cơ sở trình bày tham luận",
            "ThS. Nguyễn Văn Hải, Trưởng Khoa Lý luận cơ sở trình bày tham luận",
        ),
        P(
            "Giai đoạn 2021 - 2026, Nhà trường đã mở 64 lớp trung cấp lý luận chính trị - hành chính "
            "với 4.312 học viên và 118 lớp bồi dưỡng với trên 9.600 lượt học viên. Kết quả cụ thể:"
        ),
        P("Loại hình | Số lớp | Số học viên | Tỷ lệ khá, giỏi", "th"),
        P("Trung cấp lý luận chính trị - hành chính | 64 | 4.312 | 86,5%", "tr"),
        P("Bồi dưỡng ngạch, chức danh | 71 | 5.940 | 91,2%", "tr"),
        P("Bồi dưỡng cập nhật kiến thức | 47 | 3.688 | -", "tr"),
        P(
            "Bên cạnh kết quả đạt được, các tham luận cũng chỉ ra hạn chế: chương trình còn nặng về "
            "lý thuyết; một bộ phận học viên là người dân tộc thiểu số ở vùng sâu, vùng xa còn gặp khó "
            "khăn khi tiếp cận các môn lý luận; việc đánh giá sau đào tạo chưa được thực hiện thường "
            "xuyên."
        ),
        NEXT,
        P("3. Giải pháp nâng cao chất lượng đào tạo, bồi dưỡng", "h2"),
        P("Hội thảo thống nhất một số nhóm giải pháp chủ yếu:"),
        P(
            "Đổi mới nội dung chương trình theo hướng tăng thời lượng thực tế, tình huống địa phương;",
            "li",
        ),
        P(
            "Nâng cao trình độ, năng lực thực tiễn của đội ngũ giảng viên, nhất là đi thực tế cơ sở;",
            "li",
        ),
        P("Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý đào tạo;", "li"),
        P("Phối hợp chặt chẽ với cơ quan cử học viên trong đánh giá cán bộ sau đào tạo.", "li"),
        img(
            2026,
            "hoi-thao-tthcm-03.jpg",
            "Các đại biểu chụp ảnh lưu niệm",
            "Các đại biểu chụp ảnh lưu niệm",
        ),
        NEXT,
        P(
            "Phát biểu bế mạc, TS. Lương Văn Thành, Hiệu trưởng Nhà trường ghi nhận các ý kiến đóng "
            "góp tâm huyết; Ban Tổ chức sẽ tổng hợp, hoàn thiện kỷ yếu và kiến nghị với Ban Thường vụ "
            "Tỉnh ủy về các giải pháp nâng cao chất lượng công tác cán bộ trong thời gian tới."
        ),
    ],
    authors=["Nguyễn Văn Hải"],
    summary=_HT_LEAD,
    opts={
        "uuid": "d2e8a7b6-6f30-11ef-b7c2-0242ac120015",
        "author": "ThS. Nguyễn Văn Hải - Khoa Lý luận cơ sở",
        "teaser": "Hội thảo nhận được 42 bài tham luận của các nhà khoa học, giảng viên.",
    },
)

A_CAO_CAP = Story(
    7,
    "khai-giang-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung",
    "Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung tại Lạng Sơn",
    "hoat-dong-dao-tao",
    "2026-09-15",
    [
        P(
            "Ngày 14/9/2026, Học viện Chính trị khu vực I phối hợp với Trường Chính trị Hoàng Văn Thụ "
            "tỉnh Lạng Sơn khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung (mở tại tỉnh) "
            "cho 92 học viên."
        ),
        img(
            2026,
            "z5934120774425_8f0e1c7a2b9d4e6f.jpg",
            "z5934120774425_8f0e1c7a2b9d4e6f.jpg",
            None,
        ),
        P(
            "Học viên là cán bộ lãnh đạo, quản lý cấp phòng và tương đương của các sở, ngành, cán bộ "
            "chủ chốt cấp xã sau sắp xếp. Lớp học theo chương trình của Học viện Chính trị quốc gia "
            "Hồ Chí Minh, thời gian 20 tháng. Thông tin về các lớp trung cấp xem tại bài khai giảng "
            "lớp K72 và trang Lịch học."
        ),
        byline("Hoàng Minh Đức"),
    ],
    authors=["Hoàng Minh Đức"],
    opts={
        "uuid": "9f7c2b1e-5a88-11ef-93aa-0242ac120017",
        "author": "admin",
        # an editor's link pasted from the static export
        "link": (
            "bài khai giảng lớp K72",
            EXPORT
            + "/tin-tuc/hoat-dong-dao-tao/khai-giang-lop-trung-cap-ly-luan-chinh-tri-k72.html",
        ),
        "teaser": "92 học viên theo học lớp Cao cấp lý luận chính trị mở tại tỉnh.",
    },
)

A_MOI_VIET = Story(
    8,
    "thong-bao-moi-viet-bai-hoi-thao-khoa-hoc-nam-2026",
    "Thông báo mời viết bài tham luận Hội thảo khoa học năm 2026",
    "thong-bao",
    "2026-08-20",
    [
        P(
            "Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn trân trọng mời các nhà khoa học, giảng viên, "
            "báo cáo viên và cán bộ nghiên cứu viết bài tham luận Hội thảo khoa học “Vận dụng tư "
            "tưởng Hồ Chí Minh về xây dựng Đảng trong công tác đào tạo, bồi dưỡng cán bộ ở tỉnh biên "
            "giới hiện nay”."
        ),
        P(
            "Bài viết dài không quá 3.000 chữ, gửi bản điện tử về địa chỉ thư điện tử "
            "nckh.tct@langson.gov.vn trước ngày 30/9/2026."
        ),
        download("155-tb-tct-moi-viet-bai.pdf", "Thông báo số 155/TB-TCT", "198 KB"),
    ],
    opts={
        "uuid": "8b3d9e02-4f61-11ef-8d21-0242ac120019",
        "author": "BBT",
        "teaser": "Hạn gửi bài tham luận: 30/9/2026.",
    },
)

A_BAN_TIN = Story(
    9,
    "ra-mat-ban-tin-thong-tin-khoa-hoc-so-3-nam-2026",
    "Ra mắt Bản tin Thông tin khoa học số 3/2026",
    "nghien-cuu-khoa-hoc",
    "2026-07-02",
    [
        P(
            "Bản tin Thông tin khoa học số 3/2026 của Nhà trường đã phát hành, gồm 14 bài viết về "
            "nghiên cứu lý luận, tổng kết thực tiễn và trao đổi nghiệp vụ giảng dạy. Bạn đọc có thể "
            "nhận bản in tại Thư viện Nhà trường."
        ),
    ],
    authors=["Phòng Nghiên cứu khoa học và Thông tin tư liệu"],
    opts={
        "uuid": "7a0e4c3f-3e12-11ef-a4b6-0242ac120021",
        "author": "Phòng Nghiên cứu khoa học và Thông tin tư liệu",
        "category": False,
        "teaser": "Bản tin số 3/2026 gồm 14 bài viết.",
    },
)

A_NGHI_TET = Story(
    10,
    "thong-bao-nghi-tet-duong-lich-2026",
    "Thông báo nghỉ Tết Dương lịch năm 2026",
    "thong-bao",
    "2025-12-29",
    [
        P(
            "Cán bộ, giảng viên, nhân viên và học viên các lớp được nghỉ Tết Dương lịch năm 2026 từ "
            "ngày 01/01/2026 đến hết ngày 04/01/2026. Các lớp học trở lại từ ngày 05/01/2026."
        ),
        download("301-tb-tct-nghi-tet-duong-lich.pdf", "Thông báo số 301/TB-TCT", "94 KB"),
    ],
    opts={
        "uuid": "64c1f9d8-2d03-11ef-b812-0242ac120023",
        "author": "admin",
        "teaser": "Nghỉ Tết Dương lịch từ 01/01 đến hết 04/01/2026.",
    },
)

A_TONG_KET = Story(
    11,
    "hoi-nghi-tong-ket-cong-tac-dao-tao-boi-duong-nam-2025",
    "Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2025",
    "hoat-dong-dao-tao",
    "2025-12-26",
    [
        P(
            "Ngày 25/12/2025, Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn tổ chức Hội nghị tổng kết "
            "công tác đào tạo, bồi dưỡng năm 2025, triển khai nhiệm vụ năm 2026."
        ),
        P(
            "Năm 2025, Nhà trường đã tổ chức 31 lớp với 2.846 học viên, đạt 108% kế hoạch. Kết quả "
            "theo loại hình:"
        ),
        P("Loại hình lớp | Số lớp | Học viên | Khá, giỏi", "th"),
        P("Trung cấp lý luận chính trị - hành chính | 9 | 712 | 88,6%", "tr"),
        P("Bồi dưỡng ngạch chuyên viên, cán sự | 6 | 438 | 93,4%", "tr"),
        P("Bồi dưỡng cấp ủy viên cơ sở | 10 | 1.104 | -", "tr"),
        P("Bồi dưỡng kết nạp đảng, đảng viên mới | 6 | 592 | -", "tr"),
        img(2025, "tong-ket-dao-tao-2025.jpg", "Quang cảnh Hội nghị", "Quang cảnh Hội nghị"),
        NEXT,
        P("Nhiệm vụ năm 2026", "h2"),
        P(
            "Năm 2026, Nhà trường phấn đấu mở 34 lớp với trên 3.000 học viên; tiếp tục đổi mới phương "
            "pháp giảng dạy, tăng cường đi thực tế; hoàn thành số hóa hồ sơ học viên."
        ),
    ],
    authors=["Phòng Quản lý đào tạo"],
    opts={
        "uuid": "5b9a2e71-1c74-11ef-9c05-0242ac120025",
        "author": "Phòng Quản lý đào tạo",
        "category": False,
        "teaser": "Năm 2025 Nhà trường tổ chức 31 lớp với 2.846 học viên.",
    },
)

A_THUC_TE = Story(
    12,
    "hoc-vien-lop-k68-di-nghien-cuu-thuc-te-tai-huyen-cao-loc",
    "Học viên lớp K68 đi nghiên cứu thực tế tại huyện Cao Lộc",
    "hoat-dong-dao-tao",
    "2025-12-10",
    [
        P(
            "Từ ngày 08 đến 09/12/2025, 74 học viên lớp Trung cấp lý luận chính trị - hành chính K68 "
            "đi nghiên cứu thực tế tại huyện Cao Lộc."
        ),
        img(
            2025,
            "thuc-te-k68-01.jpg",
            "Đoàn học viên làm việc tại UBND huyện Cao Lộc",
            "Đoàn học viên làm việc tại UBND huyện Cao Lộc",
        ),
        P(
            "Đoàn đã nghe lãnh đạo huyện giới thiệu tình hình kinh tế - xã hội, công tác xây dựng "
            "Đảng, quốc phòng - an ninh vùng biên giới; tham quan mô hình trồng hồi, trồng na tại xã "
            "Gia Cát và Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn."
        ),
        NEXT,
        img(2025, "z5012345678901_4b7c2a9e0d1f.jpg", "z5012345678901_4b7c2a9e0d1f.jpg", None),
        P(
            "Qua đợt thực tế, học viên có thêm tư liệu để viết tiểu luận cuối khóa, liên hệ kiến thức "
            "đã học với thực tiễn địa phương."
        ),
    ],
    authors=["Vi Thị Hồng Nhung"],
    opts={
        "uuid": "4a8f1d60-0b65-11ef-8e7b-0242ac120027",
        "author": "ThS. Vi Thị Hồng Nhung - Khoa Xây dựng Đảng",
        "teaser": "74 học viên lớp K68 đi nghiên cứu thực tế tại huyện Cao Lộc.",
    },
)

A_TOA_DAM = Story(
    13,
    "toa-dam-khoa-hoc-80-nam-cach-mang-thang-tam-va-quoc-khanh",
    "Tọa đàm khoa học kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
    "nghien-cuu-khoa-hoc",
    "2025-08-15",
    [
        P(
            "Ngày 14/8/2025, Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn tổ chức Tọa đàm khoa học kỷ "
            "niệm 80 năm Cách mạng Tháng Tám (19/8/1945 - 19/8/2025) và Quốc khánh nước Cộng hòa xã "
            "hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2025)."
        ),
        img(2025, "toa-dam-80-nam.jpg", "Các đại biểu dự Tọa đàm", "Các đại biểu dự Tọa đàm"),
        P(
            "Các tham luận làm rõ ý nghĩa lịch sử của Cách mạng Tháng Tám, vai trò của Đảng bộ và "
            "nhân dân các dân tộc tỉnh Lạng Sơn trong cuộc Tổng khởi nghĩa giành chính quyền năm "
            "1945, đồng thời rút ra những bài học kinh nghiệm cho công cuộc đổi mới hiện nay."
        ),
        byline("Minh Ngọc"),
        Raw('<p style="text-align: right;"><em>Nguồn: Báo Lạng Sơn</em></p>'),
    ],
    authors=["Minh Ngọc"],
    source="Báo Lạng Sơn",
    opts={
        "uuid": "3e7d0c5b-fa56-11ee-a3c9-0242ac120029",
        "author": "",
        "teaser": "Tọa đàm kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.",
    },
)

STORIES = [
    A_K73, A_K72, A_NGHIEM_THU, A_BE_GIANG, A_LICH_THI, A_HOI_THAO, A_CAO_CAP,
    A_MOI_VIET, A_BAN_TIN, A_NGHI_TET, A_TONG_KET, A_THUC_TE, A_TOA_DAM,
]  # fmt: skip


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.cat}/{story.slug}.html"


def detail_path(story: Story) -> str:
    return f"/tin-tuc/chi-tiet/?id={story.opts['uuid']}"


def has_category(story: Story) -> bool:
    return story.opts.get("category", True)


def _gold(story: Story, category: str) -> dict:
    path = article_path(story)
    alts = (SERVLET + path, EXPORT + path, detail_path(story))
    return gold_record(story, path, category, alt_paths=alts)


# The category each reader takes: the section in the breadcrumb (see the docstring).
GOLD = [
    _gold(A_K73, "Thông báo"),
    _gold(A_K72, "Hoạt động đào tạo"),
    _gold(A_NGHIEM_THU, "Nghiên cứu khoa học"),
    _gold(A_BE_GIANG, "Hoạt động đào tạo"),
    _gold(A_LICH_THI, "Thông báo"),
    _gold(A_HOI_THAO, "Nghiên cứu khoa học"),
    _gold(A_CAO_CAP, "Hoạt động đào tạo"),
    _gold(A_MOI_VIET, "Thông báo"),
    _gold(A_BAN_TIN, "Nghiên cứu khoa học"),  # no category: breadcrumb "Nghiên cứu khoa học"
    _gold(A_NGHI_TET, "Thông báo"),
    _gold(A_TONG_KET, "Hoạt động đào tạo"),  # no category: breadcrumb "Hoạt động đào tạo"
    _gold(A_THUC_TE, "Hoạt động đào tạo"),
    _gold(A_TOA_DAM, "Nghiên cứu khoa học"),
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lich-hoc/",
    "/lien-he/",
    "/tin-tuc/hoat-dong-dao-tao/",
    "/thu-vien-anh/",
]

LOGIN = "/system/login/"
LIST_AJAX = "/system/modules/org.opencms.apollo/elements/list-ajax.jsp"
NEWS_PAGE_SIZE = 5
SECTION_PAGE_SIZE = 3
BY_UUID = {s.opts["uuid"]: s for s in STORIES}
BY_PATH = {article_path(s): s for s in STORIES}


# --- chrome -----------------------------------------------------------------------------------


def dmy(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{d}/{m}/{y}"


def header_clock() -> str:
    """TODAY ("Thứ Tư, ngày 25/11/2026") as Apollo's header formats it."""
    m = re.match(r"(.+), ngày (\d+)/(\d+)/(\d+)", TODAY)
    assert m, TODAY
    return f"{m[1]}, ngày {int(m[2]):02d} tháng {int(m[3])} năm {m[4]}"


def _nav(pre: str) -> str:
    subs = "".join(
        f'<li><a href="{pre}/tin-tuc/{s.folder}/">{esc(s.name)}</a></li>' for s in SECTIONS.values()
    )
    return (
        '<div class="head-navbar"><nav class="navbar"><ul class="nav navbar-nav">'
        f'<li><a href="{pre}/">Trang chủ</a></li>'
        f'<li><a href="{pre}/gioi-thieu/">Giới thiệu</a></li>'
        f'<li class="dropdown"><a href="{pre}/tin-tuc/" class="dropdown-toggle">Tin tức</a>'
        f'<ul class="dropdown-menu">{subs}</ul></li>'
        f'<li><a href="{pre}/lich-hoc/">Lịch học</a></li>'
        f'<li><a href="{pre}/thu-vien-anh/">Thư viện ảnh</a></li>'
        f'<li><a href="{pre}/lien-he/">Liên hệ</a></li>'
        "</ul></nav></div>"
    )


def _side(pre: str) -> str:
    notices = [s for s in STORIES if s.cat == "thong-bao"]
    notice_items = "".join(
        f'<li><a href="{pre}{article_path(s)}">{esc(s.title)}</a> <span class="date">({dmy(s.published_at)})</span></li>'
        for s in notices
    )
    newest = "".join(
        # this formatter builds its links by hand: the servlet path shows
        f'<li><a href="{SERVLET}{article_path(s)}">{esc(s.title)}</a></li>'
        for s in STORIES[:5]
    )
    return (
        '<div class="area-side">'
        '<div class="ap-linksequence ap-box"><h3 class="ap-box-title">Thông báo</h3>'
        f'<ul class="list-unstyled">{notice_items}</ul>'
        f'<a class="more" href="{pre}/tin-tuc/thong-bao/">Xem tất cả</a></div>'
        '<div class="ap-box"><h3 class="ap-box-title">Lịch học</h3>'
        f'<p><a href="{pre}/lich-hoc/">Lịch học tuần 48 (từ 23/11 đến 29/11/2026)</a></p></div>'
        '<div class="ap-box ap-newest"><h3 class="ap-box-title">Tin mới</h3>'
        f'<ul class="list-unstyled">{newest}</ul></div>'
        '<div class="ap-box ap-poll"><h3 class="ap-box-title">Thăm dò ý kiến</h3>'
        '<form method="post" action="#poll"><p>Bạn đánh giá thế nào về chất lượng bài giảng của Nhà trường?</p>'
        '<label><input type="radio" name="poll" value="1"> Rất tốt</label><br>'
        '<label><input type="radio" name="poll" value="2"> Tốt</label><br>'
        '<label><input type="radio" name="poll" value="3"> Bình thường</label><br>'
        '<button type="submit" class="btn ap-btn">Biểu quyết</button> '
        '<a href="javascript:void(0)" onclick="showPollResult()">Xem kết quả</a></form></div>'
        '<div class="ap-box ap-counter"><h3 class="ap-box-title">Thống kê truy cập</h3>'
        "<ul><li>Đang truy cập: 23</li><li>Hôm nay: 412</li><li>Tháng này: 9.871</li>"
        "<li>Tổng lượt truy cập: 1.284.556</li></ul></div>"
        '<div class="ap-box"><h3 class="ap-box-title">Liên kết website</h3>'
        '<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
        '<option value="https://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</option>'
        '<option value="https://hcma1.vn">Học viện Chính trị khu vực I</option>'
        '<option value="https://baolangson.vn">Báo Lạng Sơn</option></select></div>'
        "</div>"
    )


def _crumbs(pre: str, crumbs: list[tuple[str, str | None]]) -> str:
    items = []
    for label, href in crumbs:
        if href is None:
            items.append(f'<li class="active">{esc(label)}</li>')
        else:
            items.append(f'<li><a href="{pre}{href}">{esc(label)}</a></li>')
    return f'<ul class="breadcrumbs">{"".join(items)}</ul>'


def page(pre: str, title: str, crumbs: list[tuple[str, str | None]] | None, main: str) -> Response:
    theme = "/export/system/modules/org.opencms.apollo.theme/resources"
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(SITE)}">
<link rel="stylesheet" href="{theme}/css/style-red.min.css">
<link rel="shortcut icon" href="{EXPORT}/favicon.ico">
</head>
<body>
<div id="page-complete" class="ap-page">
<div class="area-header">
 <div class="container"><div class="row">
  <div class="col-sm-8 ap-header-logo"><a href="{pre}/"><img src="{EXPORT}/.galleries/logo/logo-tct.png"
   alt="{esc(SITE)}"></a><span class="ap-header-title">{esc(SITE.upper())}</span></div>
  <div class="col-sm-4 ap-header-date">{header_clock()}</div>
 </div></div>
 {_nav(pre)}
</div>
<div class="area-content"><div class="container"><div class="row">
 <div class="col-md-3">{_side(pre)}</div>
 <div class="col-md-9 area-main">
 {_crumbs(pre, crumbs) if crumbs else ""}
 {main}
 </div>
</div></div></div>
<div class="area-foot"><div class="container">
 <div class="ap-footer-address"><p><strong>{esc(SITE.upper())}</strong></p>
 <p>Địa chỉ: Số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn</p>
 <p>Điện thoại: 0205 3812 345 - Fax: 0205 3812 346 - Email: truongchinhtri@langson.gov.vn</p>
 <p>Chịu trách nhiệm chính: TS. Lương Văn Thành, Hiệu trưởng</p></div>
 <div class="ap-footer-copy">© 2026 Bản quyền thuộc {esc(SITE)} · Powered by
 <a href="http://www.opencms.org" target="_blank">OpenCms</a> · <a href="{SERVLET if pre == SERVLET else ""}{LOGIN}" rel="nofollow">Đăng nhập</a></div>
</div></div>
<script src="{theme}/js/scripts-all.min.js"></script>
</body>
</html>
"""
    return html(doc)


# --- the article ------------------------------------------------------------------------------


def _p_html(story: Story, block: P) -> str:
    if block.style == "nfd":
        body = text(block.text, nfd=True)
    elif block.style == "entities":
        body = text(block.text, entities=2)
    else:
        body = text(block.text)
    link = story.opts.get("link")
    if link and esc(link[0]) in body:
        body = body.replace(esc(link[0]), f'<a href="{link[1]}">{esc(link[0])}</a>')
    if block.style == "lead":
        return f"<p><strong>{body}</strong></p>"
    return f"<p>{body}</p>"


def _text_html(story: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                tag = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{tag}>{text(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table class="table table-bordered" border="1" cellpadding="4"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        out.append(b.html if isinstance(b, Raw) else _p_html(story, b))
        i += 1
    return "\n".join(out)


def _paragraphs(story: Story) -> str:
    """One ``div.ap-blog-paragraph`` per Apollo paragraph: headline, image, then the text."""
    groups: list[list] = [[]]
    for b in story.blocks:
        if b is NEXT:
            groups.append([])
        else:
            groups[-1].append(b)
    out = []
    for n, group in enumerate(groups):
        headline = ""
        if group and isinstance(group[0], P) and group[0].style == "h2":
            headline = f'<h2 class="ap-paragraph-headline">{text(group[0].text)}</h2>'
            group = group[1:]
        images = [b for b in group if isinstance(b, Img)]
        assert len(images) <= 1, f"{story.slug}: one image per Apollo paragraph"
        image = ""
        if images:
            im = images[0]
            alt = esc(im.printed or "")
            sub = f'<div class="subtitle">{esc(im.printed)}</div>' if im.printed else ""
            image = (
                '<div class="ap-image-section"><div class="ap-image"><div class="image-outer-box">'
                f'<img src="{im.src}" class="img-responsive" alt="{alt}" title="{alt}">'
                f"</div></div>{sub}</div>"
            )
        rest = [b for b in group if not isinstance(b, Img)]
        first = " ap-paragraph-first" if n == 0 else ""
        out.append(
            f'<div class="ap-blog-paragraph{first}">{headline}{image}'
            f'<div class="ap-paragraph-text">{_text_html(story, rest)}</div></div>'
        )
    return "\n".join(out)


def _blog_header(story: Story) -> str:
    author = story.opts.get("author", "")
    author_html = (
        f' <span class="ap-blog-author"><i class="fa fa-user"></i> {esc(author)}</span>'
        if author
        else ""
    )
    return (
        f'<div class="ap-blog-header"><h1 class="ap-blog-title">{esc(story.title)}</h1>'
        f'<div class="ap-blog-info"><span class="ap-blog-date"><i class="fa fa-calendar"></i> '
        f"{dmy(story.published_at)}</span>{author_html}</div></div>"
    )


def article_main(pre: str, story: Story) -> str:
    sec = SECTIONS[story.cat]
    cats = ""
    if has_category(story):
        cats = (
            '<div class="ap-blog-categories"><span class="ap-label">Danh mục:</span> '
            f'<a href="{pre}/tin-tuc/?category={sec.cat_key}">{esc(sec.cat_name)}</a></div>'
        )
    share = (
        '<div class="ap-share"><div class="shariff" data-lang="vi" '
        'data-services="[&quot;facebook&quot;,&quot;twitter&quot;,&quot;mail&quot;]" '
        f'data-mail-url="mailto:" data-url="{article_path(story)}"></div>'
        f'<a class="ap-print" href="{pre}{article_path(story)}?__print=true" target="_blank" rel="nofollow">'
        '<i class="fa fa-print"></i> In bài</a></div>'
    )
    related = [s for s in STORIES if s.cat == story.cat and s is not story][:4]
    rel_items = "".join(
        f'<li><a href="{pre}{article_path(s)}">{esc(s.title)}</a> <span class="date">({dmy(s.published_at)})</span></li>'
        for s in related
    )
    return (
        f'<div class="ap-detail-page ap-blog-page">{_blog_header(story)}\n{_paragraphs(story)}\n'
        f"{cats}{share}</div>\n"
        '<div class="ap-list-entries ap-related"><h3 class="ap-list-title">Tin cùng chuyên mục</h3>'
        f'<ul class="list-unstyled">{rel_items}</ul></div>'
    )


def article_page(pre: str, story: Story, detail: bool) -> Response:
    sec = SECTIONS[story.cat]
    if detail:
        # the detail page is hidden from navigation: its breadcrumb stops at "Tin tức"
        crumbs = [("Trang chủ", "/"), ("Tin tức", None)]
        title = f"Chi tiết tin - {SITE}"
    else:
        crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (sec.name, None)]
        title = f"{story.title} - {SITE}"
    return page(pre, title, crumbs, article_main(pre, story))


def print_page(story: Story) -> Response:
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>In bài - {esc(story.title)}</title>
<link rel="stylesheet" href="/export/system/modules/org.opencms.apollo.theme/resources/css/print.css">
</head>
<body class="ap-print-page" onload="window.print()">
<div class="ap-print-head">{esc(SITE)}</div>
<div class="ap-detail-page ap-blog-page">{_blog_header(story)}
{_paragraphs(story)}</div>
<div class="ap-print-foot">Địa chỉ bài viết: {esc(article_path(story))}</div>
</body></html>
"""
    return html(doc)


# --- lists ------------------------------------------------------------------------------------


def _teaser(href: str, story: Story) -> str:
    return (
        '<div class="ap-list-entry"><div class="ap-teaser ap-blog-teaser">'
        f'<div class="teaser-date">{dmy(story.published_at)}</div>'
        f'<h3 class="teaser-title"><a href="{href}">{esc(story.title)}</a></h3>'
        f'<div class="teaser-text">{esc(story.opts["teaser"])}</div>'
        f'<a class="btn ap-btn teaser-btn" href="{href}">Xem tiếp</a></div></div>'
    )


def _query(**params: object) -> str:
    parts = [f"{k}={v}" for k, v in params.items() if v not in (None, "")]
    return "?" + "&".join(parts) if parts else ""


def _pager(
    base: str, current: int, last: int, year: str | None = None, category: str | None = None
) -> str:
    """Apollo's pager: JS reloads the list; the hrefs are the AJAX fallback (two forms)."""
    if last <= 1:
        return ""

    def num(n: int) -> str:
        return base + _query(year=year, category=category, page=n)

    def arrow(n: int) -> str:
        return base + "index.html" + _query(year=year, category=category, page=n)

    items = []
    prev_cls = ' class="disabled"' if current == 1 else ""
    items.append(
        f'<li{prev_cls}><a href="{arrow(max(1, current - 1))}" onclick="reloadInnerList(this); return false;" title="Trang trước">‹</a></li>'
    )
    for n in range(1, last + 1):
        cls = ' class="active"' if n == current else ""
        items.append(
            f'<li{cls}><a href="{num(n)}" data-page="{n}" onclick="reloadInnerList(this); return false;">{n}</a></li>'
        )
    next_cls = ' class="disabled"' if current == last else ""
    items.append(
        f'<li{next_cls}><a href="{arrow(min(last, current + 1))}" onclick="reloadInnerList(this); return false;" title="Trang sau">›</a></li>'
    )
    items.append(
        f'<li><a href="{arrow(last)}" onclick="reloadInnerList(this); return false;" title="Trang cuối">»</a></li>'
    )
    return f'<ul class="pagination">{"".join(items)}</ul>'


def _filtered(year: str | None, category: str | None) -> list[Story]:
    out = []
    for s in STORIES:
        if year and s.published_at[:4] != year:
            continue
        if category and not (has_category(s) and SECTIONS[s.cat].cat_key == category):
            continue
        out.append(s)
    return out


def _filters(pre: str, year: str | None, category: str | None) -> str:
    years = []
    for y in ("2026", "2025"):
        count = len(_filtered(y, category))
        if not count:
            continue
        active = y == year
        href = pre + "/tin-tuc/" + _query(year=None if active else y, category=category)
        cls = ' class="active"' if active else ""
        years.append(f'<li{cls}><a href="{href}">Năm {y} ({count})</a></li>')
    cats = []
    for key, sec in CAT_BY_KEY.items():
        count = len(_filtered(year, key))
        if not count:
            continue
        active = key == category
        href = pre + "/tin-tuc/" + _query(year=year, category=None if active else key)
        cls = ' class="active"' if active else ""
        cats.append(f'<li{cls}><a href="{href}">{esc(sec.cat_name)} ({count})</a></li>')
    reset = (
        f'<a class="ap-list-filter-reset" href="{pre}/tin-tuc/">Tất cả</a>'
        if (year or category)
        else ""
    )
    return (
        '<div class="ap-list-filters">'
        f'<div class="ap-list-filter-archive"><h4>Lưu trữ</h4><ul>{"".join(years)}</ul></div>'
        f'<div class="ap-list-filter-categories"><h4>Danh mục</h4><ul>{"".join(cats)}</ul></div>'
        f"{reset}</div>"
    )


def _int(value: str | None, default: int = 1) -> int | None:
    if value is None:
        return default
    return int(value) if value.isdigit() and int(value) >= 1 else None


def news_list(pre: str, params: dict[str, str]) -> Response | None:
    year = params.get("year") or None
    category = params.get("category") or None
    current = _int(params.get("page"))
    if (
        year not in (None, "2025", "2026")
        or (category and category not in CAT_BY_KEY)
        or current is None
    ):
        return None
    stories = _filtered(year, category)
    last = max(1, -(-len(stories) // NEWS_PAGE_SIZE))
    if current > last:
        return None
    shown = stories[(current - 1) * NEWS_PAGE_SIZE : current * NEWS_PAGE_SIZE]
    entries = "".join(_teaser(pre + article_path(s), s) for s in shown)
    ajax = f"{LIST_AJAX}?contentpath=/.content/.lists/tin-tuc.xml&amp;instanceId=list-7b1c&amp;page={current}"
    main = (
        '<div class="ap-list ap-list-blog"><h1 class="ap-list-headline">Tin tức</h1>'
        f"{_filters(pre, year, category)}"
        f'<div class="ap-list-content" data-ajax="{ajax}" data-id="list-7b1c">{entries}</div>'
        f"{_pager(pre + '/tin-tuc/', current, last, year, category)}</div>"
    )
    return page(pre, f"Tin tức - {SITE}", [("Trang chủ", "/"), ("Tin tức", None)], main)


def section_list(pre: str, sec: Section, params: dict[str, str]) -> Response | None:
    current = _int(params.get("page"))
    stories = [s for s in STORIES if s.cat == sec.folder]
    last = max(1, -(-len(stories) // SECTION_PAGE_SIZE))
    if current is None or current > last:
        return None
    shown = stories[(current - 1) * SECTION_PAGE_SIZE : current * SECTION_PAGE_SIZE]
    entries = "".join(_teaser(pre + article_path(s), s) for s in shown)
    main = (
        f'<div class="ap-list ap-list-blog"><h1 class="ap-list-headline">{esc(sec.name)}</h1>'
        f'<div class="ap-list-content">{entries}</div>'
        f"{_pager(f'{pre}/tin-tuc/{sec.folder}/', current, last)}</div>"
    )
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (sec.name, None)]
    return page(pre, f"{sec.name} - {SITE}", crumbs, main)


def list_ajax(params: dict[str, str]) -> Response | None:
    current = _int(params.get("page"))
    last = -(-len(STORIES) // NEWS_PAGE_SIZE)
    if current is None or current > last:
        return None
    shown = STORIES[(current - 1) * NEWS_PAGE_SIZE : current * NEWS_PAGE_SIZE]
    return html("".join(_teaser(article_path(s), s) for s in shown))


# --- other pages ------------------------------------------------------------------------------


def home(pre: str) -> Response:
    entries = "".join(_teaser(pre + detail_path(s), s) for s in STORIES[:6])
    main = (
        '<div class="ap-slider"><img src="'
        + EXPORT
        + '/.galleries/banner/banner-truong.jpg?__scale=w:1140,h:300"'
        ' alt="Trường Chính trị Hoàng Văn Thụ"></div>'
        '<div class="ap-list ap-list-blog"><h2 class="ap-list-headline">Tin mới nhất</h2>'
        f'<div class="ap-list-content">{entries}</div>'
        f'<a class="btn ap-btn" href="{pre}/tin-tuc/">Xem tất cả tin tức</a></div>'
        '<div class="ap-section"><h2 class="ap-section-headline">Giới thiệu chung</h2>'
        '<div class="ap-section-text"><p>Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn là cơ sở đào tạo, '
        "bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở địa phương.</p>"
        f'<a href="{pre}/gioi-thieu/">Xem thêm</a></div></div>'
    )
    return page(pre, SITE, None, main)


_ABOUT = [
    (
        "Lịch sử hình thành",
        "Tiền thân của Trường là Trường Đảng tỉnh Lạng Sơn, thành lập năm 1962. Năm 2008, Trường "
        "được mang tên đồng chí Hoàng Văn Thụ, người con ưu tú của quê hương xứ Lạng.",
    ),
    (
        "Chức năng, nhiệm vụ",
        "Trường có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ; tổ chức đào "
        "tạo trung cấp lý luận chính trị - hành chính; bồi dưỡng cán bộ, công chức, viên chức; "
        "nghiên cứu khoa học về lý luận và tổng kết thực tiễn.",
    ),
    (
        "Tổ chức bộ máy",
        "Trường có Ban Giám hiệu, 03 phòng chức năng (Tổ chức - Hành chính, Quản lý đào tạo, Nghiên cứu "
        "khoa học và Thông tin tư liệu) và 03 khoa chuyên môn (Lý luận cơ sở, Xây dựng Đảng, Nhà nước "
        "và pháp luật).",
    ),
]


def about(pre: str) -> Response:
    sections = "".join(
        f'<div class="ap-section"><h2 class="ap-section-headline">{esc(h)}</h2>'
        f'<div class="ap-section-text"><p>{esc(t)}</p></div></div>'
        for h, t in _ABOUT
    )
    crumbs = [("Trang chủ", "/"), ("Giới thiệu", None)]
    return page(pre, f"Giới thiệu - {SITE}", crumbs, sections)


_TIMETABLE = [
    (
        "Thứ Hai 23/11",
        "K71",
        "Phần III - Bài 4: Xây dựng Đảng về chính trị",
        "ThS. Vi Thị Hồng Nhung",
        "P.201",
    ),
    (
        "Thứ Ba 24/11",
        "Chuyên viên K4",
        "Chuyên đề 6: Kỹ năng soạn thảo văn bản",
        "ThS. Hoàng Thị Lan",
        "P.203",
    ),
    (
        "Thứ Năm 26/11",
        "K72",
        "Phần I - Bài 1: Chủ nghĩa Mác - Lênin",
        "ThS. Nguyễn Văn Hải",
        "Hội trường A",
    ),
    (
        "Thứ Sáu 27/11",
        "K72",
        "Phần I - Bài 2: Chủ nghĩa Mác - Lênin (tiếp)",
        "ThS. Nguyễn Văn Hải",
        "Hội trường A",
    ),
]


def timetable(pre: str) -> Response:
    rows = "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in _TIMETABLE
    )
    main = (
        '<div class="ap-section"><h2 class="ap-section-headline">Lịch học tuần 48 (từ 23/11 đến 29/11/2026)</h2>'
        '<div class="ap-section-text"><table class="table table-striped"><thead><tr><th>Ngày</th><th>Lớp</th>'
        f"<th>Nội dung</th><th>Giảng viên</th><th>Phòng học</th></tr></thead><tbody>{rows}</tbody></table>"
        "<p><em>Lịch học có thể thay đổi, học viên theo dõi thông báo của Phòng Quản lý đào tạo.</em></p>"
        "</div></div>"
    )
    return page(pre, f"Lịch học - {SITE}", [("Trang chủ", "/"), ("Lịch học", None)], main)


def contact(pre: str) -> Response:
    main = (
        '<div class="ap-section"><h2 class="ap-section-headline">Liên hệ</h2><div class="ap-section-text">'
        f"<p><strong>{esc(SITE)}</strong></p>"
        "<p>Địa chỉ: Số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn</p>"
        "<p>Điện thoại: 0205 3812 345 - Email: truongchinhtri@langson.gov.vn</p></div></div>"
        '<div class="ap-webform"><form method="post" action="#contact"><input name="name" placeholder="Họ và tên">'
        '<input name="email" placeholder="Email"><textarea name="message" placeholder="Nội dung"></textarea>'
        '<button type="submit" class="btn ap-btn">Gửi</button></form></div>'
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="600" height="300"></iframe>'
    )
    return page(pre, f"Liên hệ - {SITE}", [("Trang chủ", "/"), ("Liên hệ", None)], main)


_ALBUMS = [
    (A_K72, ["k72-khai-giang-01.jpg", "k72-khai-giang-02.jpg"]),
    (A_HOI_THAO, ["hoi-thao-tthcm-01.jpg", "hoi-thao-tthcm-02.jpg", "hoi-thao-tthcm-03.jpg"]),
]


def gallery(pre: str) -> Response:
    albums = []
    for story, files in _ALBUMS:
        year = story.published_at[:4]
        thumbs = "".join(
            f'<div class="ap-image-gallery-item"><a href="{GALLERY}/{year}/{f}" data-rel="gallery">'
            f'<img src="{GALLERY}/{year}/{f}?__scale=w:200,h:150,t:3" alt="{esc(f)}"></a></div>'
            for f in files
        )
        albums.append(
            f'<div class="ap-image-gallery"><h3><a href="{EXPORT}{article_path(story)}">{esc(story.title)}</a></h3>'
            f'<div class="ap-image-gallery-items">{thumbs}</div></div>'
        )
    crumbs = [("Trang chủ", "/"), ("Thư viện ảnh", None)]
    return page(pre, f"Thư viện ảnh - {SITE}", crumbs, "".join(albums))


def login() -> Response:
    doc = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>OpenCms Login</title></head>
<body class="opencms"><div id="login"><h1>OpenCms 10.5.4</h1>
<form method="post" action="/opencms/system/login/" name="login">
<input type="hidden" name="ocAction" value="login">
<label>Tên đăng nhập <input type="text" name="ocUname"></label>
<label>Mật khẩu <input type="password" name="ocPword"></label>
<label>Tổ chức <input type="text" name="ocOuFqn" value="/"></label>
<button type="submit">Đăng nhập</button></form>
<p>© Alkacon Software GmbH &amp; Co. KG</p></div></body></html>
"""
    return html(doc)


# --- routing ----------------------------------------------------------------------------------


def _split_prefix(path: str) -> tuple[str, str]:
    """The request's link prefix (servlet path, export folder or none) and the site path."""
    for prefix in (SERVLET, EXPORT):
        if path == prefix:
            return prefix, "/"
        if path.startswith(prefix + "/"):
            return prefix, path[len(prefix) :]
    return "", path


_STATIC_PAGES = {
    "/gioi-thieu/": about,
    "/lich-hoc/": timetable,
    "/lien-he/": contact,
    "/thu-vien-anh/": gallery,
}


class OpenCmsSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.lower().endswith(".pdf") and path.startswith(FILES + "/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        static = static_file(path)
        if static is not None:
            return static
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if path in (LOGIN, SERVLET + LOGIN, LOGIN.rstrip("/"), SERVLET + LOGIN.rstrip("/")):
            return login()
        if path == LIST_AJAX or path == SERVLET + LIST_AJAX:
            return list_ajax(params)
        pre, rest = _split_prefix(path)
        if rest.endswith("/index.html"):
            rest = rest[: -len("index.html")]
        if rest == "/":
            return home(pre)
        if rest in _STATIC_PAGES:
            return _STATIC_PAGES[rest](pre)
        if rest == "/tin-tuc/":
            return news_list(pre, params)
        if rest == "/tin-tuc/chi-tiet/":
            story = BY_UUID.get(params.get("id", ""))
            if story is None:
                return None
            if params.get("__print") == "true":
                return print_page(story)
            return article_page(pre, story, detail=True)
        m = re.fullmatch(r"/tin-tuc/([a-z-]+)/", rest)
        if m and m[1] in SECTIONS:
            return section_list(pre, SECTIONS[m[1]], params)
        story = BY_PATH.get(rest)
        if story is not None:
            if params.get("__print") == "true":
                return print_page(story)
            return article_page(pre, story, detail=False)
        return None


def build_site() -> OpenCmsSite:
    return OpenCmsSite()
