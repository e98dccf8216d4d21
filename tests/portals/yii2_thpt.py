"""Fixture portal: Trường THPT Trần Kỳ Phong (Quảng Ngãi) on a Yii2 advanced-template app.

Why: a good share of school sites were written by a local developer on Yii2 (advanced template,
``frontend/`` app) and never re-themed: the default Bootstrap 3 look (``navbar-inverse``,
``ul.breadcrumb``, ``glyphicon`` icons, panels), ``yii\\widgets\\ListView`` + ``LinkPager`` for
every listing, ``yii\\data\\Sort`` links, ``ActiveForm`` with the advanced template's
``_csrf-frontend`` token, the ``Captcha`` widget on the contact form and, all too often, the
debug module left switched on in production.

What it serves (URL rules as ``urlManager`` writes them, ``enablePrettyUrl``, no script name):

- articles ``/tin-tuc/<id>-<slug>.html`` (rule ``tin-tuc/<id:\\d+>-<slug>`` with suffix
  ``.html``); the action looks the model up by id only, so any slug answers with the same page,
  and the raw route ``/tin-tuc/view?id=<id>`` (Yii's default ``<controller>/<action>`` parsing)
  serves it too. Each page: ``ul.breadcrumb``, ``h1``, a meta line with glyphicons (calendar
  ``dd/mm/YYYY HH:ii``, user = display name of the posting account, eye-open = views), the
  summary in ``div.news-summary`` (when the post has one), the body in ``div.news-content``,
  an attachment box on one notice, tags as ``a.label``, share / print (``window.print()``)
  buttons, "Bình luận" (approved visitor comments, then the ``ActiveForm`` comment form with the
  hidden ``_csrf-frontend`` field) and "Tin liên quan" (five newest others of the category, dated).
  ``<link rel="canonical">`` comes from ``Url::canonical()``: it rebuilds the *requested* route
  and params, so the pretty URL is self-canonical, and so are the raw route and an old slug;
- listings: ``/tin-tuc`` (every post, ``pageSize`` 6) and ``/danh-muc/<slug>`` (``pageSize`` 4),
  ``/tag/<slug>`` (4): ``div.list-view`` with the "Hiển thị 1-4 trong số 9 mục." summary, items
  ``div.item[data-key]`` and ``ul.pagination`` of LinkPager: "«"/"»" in ``li.prev``/``li.next``
  (``li.disabled`` + ``span`` at the ends), ``li.active``, links ``?page=N&per-page=4`` (the
  page parameter is forced, so page 1 is ``?page=1&per-page=4`` and the same listing as no
  parameter). A sort bar (``Sort::link``: "Ngày đăng", "Tiêu đề") adds ``sort=published_at``,
  ``-published_at``, ``title``, ``-title`` and keeps the page parameters; pager links keep the
  sort. Pagination validates the page: ``page=999`` is the last page, ``page=0`` the first, and any
  ``per-page`` from 1 to 50 is accepted, so every combination answers 200 with the same articles;
- chrome on every page: top bar with TODAY and hotline, header, ``navbar-inverse`` with the search
  form (``/tim-kiem?q=``) and "Đăng nhập", an ``alert-warning`` "Lịch thi học kỳ I …" linking a
  PDF, a sidebar ("Thông báo" panel, the activities calendar ``table.lich-hoat-dong``, banners,
  visitor counter), footer with address, phone, hotline; and the Yii debug toolbar placeholder
  (``div#yii-debug-toolbar[data-url=/debug/default/toolbar?tag=…]``, a tag per page);
- non-articles: ``/`` (carousel + latest news), ``/gioi-thieu`` (a static page with a photo and
  caption, no date), ``/lien-he`` (ContactForm with captcha ``/site/captcha?v=…``), ``/thoi-khoa-bieu``
  (timetable tables), ``/van-ban`` and ``/van-ban/<id>`` (document register entries with a PDF),
  ``/thu-vien/anh`` and ``/thu-vien/anh/<id>`` (photo albums: a description, a date and
  captioned photos), ``/lich-hoat-dong`` (month view of the calendar), ``/site/login``,
  ``/site/request-password-reset``, ``/site/resend-verification-email``, ``/tim-kiem``, and
  ``/debug/default/index`` (Yii Debugger's request list).

Traps and hard cases:

- sort × page × per-page: every combination answers 200 (out-of-range pages are clamped to the
  last page, not 404); sort links on page 2 keep ``page=2&per-page=4``;
- the calendar: ``/lich-hoat-dong?thang=M&nam=Y`` answers 200 for any month of any year and prints
  "« Tháng trước" / "Tháng sau »"; the sidebar calendar on every page links the months around
  November 2026, so month links never end;
- the debug module: ``/debug/default/toolbar?tag=T`` (fetched by script) and
  ``/debug/default/view?tag=T&panel=P`` answer 200 for any 13-hex tag and eleven panels; the
  request list ``/debug/default/index`` is linked from the toolbar fragment; nothing there is an
  article;
- ``/site/captcha?v=…`` is a PNG; ``/site/captcha?refresh=1`` is Yii's JSON ``{hash1, hash2, url}``;
- the same article at two or three URLs: the sidebar "Thông báo" panel is built with
  ``Url::to(['tin-tuc/view', 'id' => $id])`` (no slug, so the pretty rule does not match and Yii
  writes the raw route ``/tin-tuc/view?id=N``); the Ngày Nhà giáo article links the khai giảng
  post under its first slug (the title was edited after publication); all of them print a
  self-canonical;
- the alert box, the "Thông báo" panel and the calendar print dates and titles on every article;
  visitor comments under one article (with names and times) are not article text;
- text: the posts written in the old TinyMCE (``editor: tinymce``) carry its named entities
  (``&agrave;``, ``&ecirc;``, ``&nbsp;``) beside raw UTF-8; one post was pasted as decomposed
  Unicode (NFD, "Unicode tổ hợp"); everything is served as UTF-8;
- images: Redactor's ``<figure><img><figcaption>``; TinyMCE's ``<p><img></p>`` followed by a
  centred italic line ``<p><i>…</i></p>``; an image with no line; an italic line that is only the
  camera's file name.

Gold (by hand). Articles are the posts of the three categories "Tin tức - Sự kiện" (9, three
listing pages), "Hoạt động Đoàn thanh niên" (3) and "Thông báo" (2); the category is the one the
breadcrumb names. The raw route (and the old slug of id 12) are alt_paths of the pretty URL.
Judgement calls:

- published_at is the meta line's date and time (+07:00); the listing shows the date only;
- the summary (``div.news-summary``) is the summary and the body's first paragraph;
- the meta line's user is the posting account's display name: "Quản trị viên" (the admin
  account) is nobody's byline, a teacher's full name there (ids 28, 31) is the author; where the
  text carries a byline, the byline names the authors (it agrees with the meta line);
- "Bài: X - Ảnh: Y" gives X as author and Y as photographer; "Tin, ảnh: Z" gives Z in both;
  a bold right-aligned "Đoàn trường" signs the text: authors ["Đoàn trường"] as printed;
  "Nguồn: Sở GD&ĐT tỉnh Quảng Ngãi" is the source (no author);
- a caption ending "(Ảnh: Hoàng Nam)" is kept whole as printed and gives Hoàng Nam as
  photographer; a line that is only a file name ("DSC_0457.JPG") is no caption; an image with no
  line has caption None;
- the notice with an attachment keeps its text; the PDF's name and size are not body; the
  visitor comments, tags, "Tin liên quan", alert and sidebar are not body;
- sub-headings typed as bold paragraphs and list items are body paragraphs, in order; the
  timetable notice's table rows are body lines with cells joined by " | ".
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import date, datetime
from html.entities import codepoint2name
from urllib.parse import parse_qsl, urlencode

from crawler.demo.server import Request, Response, html, redirect

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
    opaque,
    static_file,
    text,
)

NAME = "yii2_thpt"
PLATFORM = "yii2"
START_PATH = "/"

SITE = "Trường THPT Trần Kỳ Phong"
SO = "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi"
ADDRESS = "Thôn Phước Hòa, xã Bình Sơn, tỉnh Quảng Ngãi"
PHONE = "0255 3 851 246"
HOTLINE = "0914 286 517"
EMAIL = "thpttrankyphong@quangngai.edu.vn"
CSRF_PARAM = "_csrf-frontend"
CSRF = opaque("yii2-csrf", 42)
NEWS_PAGE_SIZE = 6
CAT_PAGE_SIZE = 4
RELATED = 5
EXAM_PDF = "/uploads/files/2026/11/lich-thi-hoc-ky-i-nam-hoc-2026-2027.pdf"
CAPTCHA_V = "6a3f2b1c9d8e7"

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-doan-thanh-nien": "Hoạt động Đoàn thanh niên",
    "thong-bao": "Thông báo",
}
TAGS: dict[str, str] = {
    "nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "chuyen-mon": "Chuyên môn",
    "ky-nang-song": "Kỹ năng sống",
    "huong-nghiep": "Hướng nghiệp",
    "doan-thanh-nien": "Đoàn thanh niên",
    "khai-giang": "Khai giảng",
    "lich-thi": "Lịch thi",
}
_UP = "/uploads/news/2026"

# opts: at ("YYYY-mm-dd HH:MM", local), poster (display name in the meta line), editor
# ("redactor" | "tinymce"), nfd (body pasted as decomposed Unicode), tags, attach, comments,
# old_slug (an earlier slug still linked somewhere).
STORIES: list[Story] = [
    Story(
        id=44,
        slug="thong-bao-lich-thi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch thi học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-23T15:10:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra cuối"
                " học kỳ I đối với học sinh các khối lớp như sau:"
            ),
            P("Khối 12: từ ngày 14/12/2026 đến ngày 18/12/2026.", "li"),
            P("Khối 10 và khối 11: từ ngày 21/12/2026 đến ngày 25/12/2026.", "li"),
            P(
                "Các môn Ngữ văn, Toán, Tiếng Anh kiểm tra tập trung theo đề chung của trường; các môn"
                " còn lại kiểm tra theo lịch của tổ chuyên môn. Học sinh có mặt tại phòng thi trước giờ"
                " thi 15 phút, mang theo thẻ học sinh."
            ),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch thi đến học sinh và cha mẹ học sinh. Lịch chi tiết"
                " từng môn xem trong tệp đính kèm."
            ),
        ],
        opts={
            "at": "2026-11-23 15:10",
            "poster": "Quản trị viên",
            "editor": "redactor",
            "tags": ["lich-thi"],
            "attach": (EXAM_PDF, "lich-thi-hoc-ky-i-nam-hoc-2026-2027.pdf", "186 KB"),
        },
    ),
    Story(
        id=43,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường THPT Trần Kỳ Phong tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T16:25:00+07:00",
        summary=(
            "Sáng 20/11/2026, Trường THPT Trần Kỳ Phong long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh đạo địa"
            " phương, Ban đại diện cha mẹ học sinh và nhiều thế hệ thầy cô giáo của trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Văn Thịnh, Hiệu trưởng nhà trường ôn lại truyền"
                " thống tôn sư trọng đạo của dân tộc và điểm lại những kết quả nổi bật của nhà trường"
                " trong năm học vừa qua: tỷ lệ tốt nghiệp THPT đạt 99,6%, có 18 học sinh đạt giải học"
                " sinh giỏi cấp tỉnh, 2 đề tài khoa học kỹ thuật đạt giải cấp tỉnh."
            ),
            Img(
                f"{_UP}/11/le-ky-niem-20-11-2026-1.jpg",
                "Thầy Nguyễn Văn Thịnh, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "Thầy Nguyễn Văn Thịnh, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "figure",
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi"
                " cấp trường và 5 tập thể tổ chuyên môn có thành tích xuất sắc trong phong trào thi đua"
                " “Dạy tốt - Học tốt” chào mừng ngày 20/11."
            ),
            P(
                "Thay mặt học sinh toàn trường, em Huỳnh Thị Bảo Trâm (lớp 12A1) gửi lời tri ân sâu"
                " sắc đến các thầy cô giáo. Chương trình văn nghệ do các chi đoàn dàn dựng đã mang lại"
                " nhiều cảm xúc cho người tham dự."
            ),
            Img(
                f"{_UP}/11/le-ky-niem-20-11-2026-2.jpg",
                "Tiết mục văn nghệ chào mừng của Chi đoàn 11A2",
                "Tiết mục văn nghệ chào mừng của Chi đoàn 11A2",
                "figure",
            ),
            P(
                "Cũng trong dịp này, nhiều cựu học sinh đã về thăm trường, gặp gỡ thầy cô cũ. Ảnh và"
                " tư liệu về ngày khai trường đầu năm học được trưng bày tại sảnh nhà A (xem lại bài"
                " Lễ khai giảng năm học 2026 - 2027)."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Nguyễn Thị Thu Trang - Ảnh: Lê Minh Đức'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Thu Trang"],
        photographers=["Lê Minh Đức"],
        opts={
            "at": "2026-11-20 16:25",
            "poster": "Quản trị viên",
            "editor": "redactor",
            "tags": ["nha-giao-viet-nam"],
            "link_old_slug": 12,
        },
    ),
    Story(
        id=41,
        slug="doan-truong-phat-dong-thang-thanh-nien-tinh-nguyen-vi-ban-be-mien-trung",
        title="Đoàn trường phát động quyên góp ủng hộ học sinh vùng lũ",
        cat="hoat-dong-doan-thanh-nien",
        published_at="2026-11-17T09:40:00+07:00",
        blocks=[
            P(
                "Trước những thiệt hại nặng nề do đợt mưa lũ đầu tháng 11/2026 gây ra tại các xã miền"
                " núi của tỉnh, Ban Chấp hành Đoàn trường đã phát động đợt quyên góp “Chung tay vì"
                " học sinh vùng lũ” trong toàn thể đoàn viên, thanh niên."
            ),
            P(
                "Sau một tuần triển khai, các chi đoàn đã quyên góp được 1.250 quyển vở, 340 bộ sách"
                " giáo khoa, 215 bộ quần áo ấm và số tiền 28.600.000 đồng. Toàn bộ số hàng và tiền sẽ"
                " được chuyển đến học sinh hai trường THPT miền núi bị ảnh hưởng."
            ),
            Img(f"{_UP}/11/quyen-gop-vung-lu.jpg", None, None, "figure"),
            P(
                "Đoàn trường ghi nhận và biểu dương tinh thần tương thân tương ái của các chi đoàn,"
                " đặc biệt là Chi đoàn 10A4, 11A1 và 12A5 có số lượng ủng hộ nhiều nhất."
            ),
            Raw('<p style="text-align: right;"><strong>Đoàn trường</strong></p>'),
        ],
        authors=["Đoàn trường"],
        opts={
            "at": "2026-11-17 09:40",
            "poster": "Quản trị viên",
            "editor": "redactor",
            "tags": ["doan-thanh-nien"],
        },
    ),
    Story(
        id=39,
        slug="so-gddt-cong-bo-ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-12-cap-tinh",
        title="Sở GD&ĐT công bố kết quả Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-14T07:45:00+07:00",
        summary=(
            "Ngày 12/11/2026, Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi công bố kết quả Kỳ thi chọn"
            " học sinh giỏi lớp 12 cấp tỉnh năm học 2026 - 2027 với 612 thí sinh đạt giải trên tổng"
            " số 1.947 thí sinh dự thi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi được tổ chức trong hai ngày 05 và 06/11/2026 với 10 môn thi: Toán, Vật lí, Hóa"
                " học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh và Giáo dục kinh tế và"
                " pháp luật."
            ),
            P("Kết quả toàn tỉnh có 41 giải Nhất, 137 giải Nhì, 196 giải Ba và 238 giải Khuyến khích."),
            P(
                "Riêng Trường THPT Trần Kỳ Phong có 12 học sinh đạt giải, gồm 1 giải Nhất môn Hóa học,"
                " 3 giải Nhì, 4 giải Ba và 4 giải Khuyến khích, tăng 3 giải so với năm học trước."
            ),
            P(
                "Căn cứ kết quả kỳ thi, Sở GD&ĐT sẽ tuyển chọn học sinh vào đội tuyển dự thi chọn học"
                " sinh giỏi quốc gia năm 2027."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT tỉnh Quảng Ngãi</em></p>'),
        ],
        source="Sở GD&ĐT tỉnh Quảng Ngãi",
        opts={
            "at": "2026-11-14 07:45",
            "poster": "Quản trị viên",
            "editor": "redactor",
            "tags": ["hoc-sinh-gioi"],
        },
    ),
    Story(
        id=37,
        slug="hoi-thi-rung-chuong-vang-chu-de-an-toan-giao-thong",
        title="Sôi nổi Hội thi “Rung chuông vàng” chủ đề An toàn giao thông",
        cat="tin-tuc-su-kien",
        published_at="2026-11-11T17:05:00+07:00",
        summary=(
            "Chiều 10/11/2026, Đoàn trường phối hợp với Công an xã Bình Sơn tổ chức Hội thi “Rung"
            " chuông vàng” tìm hiểu Luật Trật tự, an toàn giao thông đường bộ cho 100 học sinh khối 10."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các thí sinh lần lượt trả lời 30 câu hỏi về quy tắc giao thông, biển báo hiệu đường"
                " bộ, kỹ năng xử lý tình huống khi tham gia giao thông bằng xe đạp điện, xe máy điện."
            ),
            Img(
                f"{_UP}/11/rung-chuong-vang-atgt.jpg",
                "Các thí sinh tranh tài tại sân trường",
                "Các thí sinh tranh tài tại sân trường",
                "figure",
            ),
            P(
                "Sau 25 câu hỏi, em Lê Hoàng Phúc (lớp 10A3) là thí sinh cuối cùng còn lại trên sàn"
                " thi và xuất sắc giành danh hiệu “Rung chuông vàng”."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phan Thanh Tùng</strong></p>'),
        ],
        authors=["Phan Thanh Tùng"],
        photographers=["Phan Thanh Tùng"],
        opts={
            "at": "2026-11-11 17:05",
            "poster": "Phan Thanh Tùng",
            "editor": "redactor",
            "tags": ["doan-thanh-nien", "ky-nang-song"],
        },
    ),
    Story(
        id=36,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-tranh-bao-so-13",
        title="Thông báo cho học sinh nghỉ học tránh bão số 13",
        cat="thong-bao",
        published_at="2026-11-05T14:30:00+07:00",
        blocks=[
            P(
                "Thực hiện Công văn số 2415/SGDĐT-VP ngày 05/11/2026 của Sở Giáo dục và Đào tạo về việc"
                " ứng phó với bão số 13, nhà trường thông báo:"
            ),
            P(
                "Toàn bộ học sinh nghỉ học ngày 06/11/2026 (thứ Sáu) và ngày 07/11/2026 (thứ Bảy)."
                " Thời gian đi học trở lại nhà trường sẽ thông báo sau qua hệ thống tin nhắn và trang"
                " thông tin điện tử của trường."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh, cha mẹ học sinh; nhắc nhở học sinh không"
                " đến gần sông, suối, khu vực có nguy cơ sạt lở trong thời gian mưa bão."
            ),
        ],
        opts={"at": "2026-11-05 14:30", "poster": "Quản trị viên", "editor": "redactor", "tags": []},
    ),
    Story(
        id=34,
        slug="hoi-nghi-can-bo-cong-chuc-vien-chuc-nam-hoc-2026-2027",
        title="Hội nghị cán bộ, công chức, viên chức năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30T10:15:00+07:00",
        blocks=[
            P(
                "Ngày 29/10/2026, Trường THPT Trần Kỳ Phong tổ chức Hội nghị cán bộ, công chức, viên"
                " chức năm học 2026 - 2027 với sự tham dự của 86 cán bộ, giáo viên, nhân viên."
            ),
            Img(f"{_UP}/10/hoi-nghi-cbccvc-2026.jpg", None, None, "bare"),
            P(
                "Hội nghị đã thông qua báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm"
                " học mới, báo cáo công khai tài chính và quy chế chi tiêu nội bộ. Các đại biểu đã thảo"
                " luận, đóng góp nhiều ý kiến thiết thực."
            ),
            P("Nhiệm vụ trọng tâm năm học 2026 - 2027", "h"),
            P("Nâng cao chất lượng giáo dục toàn diện, chú trọng giáo dục đạo đức, kỹ năng sống.", "li"),
            P("Đẩy mạnh chuyển đổi số trong dạy học và quản lý.", "li"),
            P("Phấn đấu tỷ lệ tốt nghiệp THPT đạt trên 99%.", "li"),
            P(
                "Kết thúc hội nghị, toàn thể cán bộ, giáo viên, nhân viên đã ký giao ước thi đua năm"
                " học 2026 - 2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Võ Văn Hiếu</strong></p>'),
        ],
        authors=["Võ Văn Hiếu"],
        photographers=["Võ Văn Hiếu"],
        opts={
            "at": "2026-10-30 10:15",
            "poster": "Võ Văn Hiếu",
            "editor": "tinymce",
            "tags": ["chuyen-mon"],
        },
    ),
    Story(
        id=31,
        slug="hoi-thao-chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van",
        title="Hội thảo chuyên đề đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018",
        cat="tin-tuc-su-kien",
        published_at="2026-10-22T15:50:00+07:00",
        blocks=[
            P(
                "Nhằm nâng cao chất lượng dạy học môn Ngữ văn theo định hướng phát triển phẩm chất,"
                " năng lực học sinh, ngày 21/10/2026, tổ Ngữ văn nhà trường tổ chức hội thảo chuyên đề"
                " “Dạy học đọc hiểu văn bản theo thể loại”."
            ),
            P(
                "Tại hội thảo, cô Trương Thị Kim Oanh thực hiện tiết dạy minh họa bài “Chí Phèo” (Ngữ"
                " văn 11) tại lớp 11A5. Tiết dạy vận dụng linh hoạt các kỹ thuật dạy học tích cực như"
                " khăn trải bàn, phòng tranh, sơ đồ tư duy."
            ),
            Img(
                f"{_UP}/10/hoi-thao-ngu-van-1.jpg",
                "Cô Trương Thị Kim Oanh thực hiện tiết dạy minh họa tại lớp 11A5",
                "Cô Trương Thị Kim Oanh thực hiện tiết dạy minh họa tại lớp 11A5",
                "italic",
            ),
            P(
                "Các thầy cô dự giờ đã trao đổi, thảo luận sôi nổi về cách thiết kế câu hỏi đọc hiểu,"
                " tổ chức hoạt động nhóm và đánh giá học sinh qua sản phẩm học tập."
            ),
            Img(
                f"{_UP}/10/hoi-thao-ngu-van-2.jpg",
                "Giáo viên tổ Ngữ văn trao đổi sau tiết dạy",
                "Giáo viên tổ Ngữ văn trao đổi sau tiết dạy",
                "italic",
            ),
            P(
                "Hội thảo là dịp để giáo viên chia sẻ kinh nghiệm, góp phần thực hiện hiệu quả Chương"
                " trình giáo dục phổ thông 2018 ở bậc THPT."
            ),
        ],
        authors=["Phạm Thị Ngọc Ánh"],
        opts={
            "at": "2026-10-22 15:50",
            "poster": "Phạm Thị Ngọc Ánh",
            "editor": "tinymce",
            "tags": ["chuyen-mon"],
        },
    ),
    Story(
        id=28,
        slug="ngoai-khoa-phong-chong-duoi-nuoc-va-ung-pho-thien-tai",
        title="Ngoại khóa phòng, chống đuối nước và kỹ năng ứng phó thiên tai mùa mưa bão",
        cat="tin-tuc-su-kien",
        published_at="2026-10-14T11:20:00+07:00",
        blocks=[
            P(
                "Sáng 13/10/2026, nhà trường phối hợp với Hội Chữ thập đỏ xã Bình Sơn tổ chức buổi"
                " ngoại khóa phòng, chống đuối nước và kỹ năng ứng phó thiên tai cho hơn 500 học sinh"
                " khối 10 và khối 11."
            ),
            P(
                "Học sinh được hướng dẫn cách nhận biết vùng nước nguy hiểm, kỹ năng tự cứu khi bị"
                " đuối nước, cách sơ cứu nạn nhân và chuẩn bị túi đồ dùng thiết yếu khi có bão lũ."
            ),
            Img(
                f"{_UP}/10/ngoai-khoa-duoi-nuoc.jpg",
                "Học sinh thực hành sơ cứu nạn nhân đuối nước (Ảnh: Hoàng Nam)",
                "Học sinh thực hành sơ cứu nạn nhân đuối nước (Ảnh: Hoàng Nam)",
                "italic",
            ),
            P(
                "Buổi ngoại khóa giúp các em nâng cao ý thức tự bảo vệ bản thân, nhất là trong mùa mưa"
                " bão đang diễn biến phức tạp tại địa phương."
            ),
        ],
        authors=["Trần Thị Hồng Nhung"],
        photographers=["Hoàng Nam"],
        opts={
            "at": "2026-10-14 11:20",
            "poster": "Trần Thị Hồng Nhung",
            "editor": "tinymce",
            "nfd": True,
            "tags": ["ky-nang-song"],
        },
    ),
    Story(
        id=25,
        slug="giao-luu-tu-van-tuyen-sinh-va-huong-nghiep-cho-hoc-sinh-khoi-12",
        title="Giao lưu tư vấn tuyển sinh và hướng nghiệp cho học sinh khối 12",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08T08:05:00+07:00",
        summary=(
            "Ngày 07/10/2026, nhà trường phối hợp với Trường Đại học Phạm Văn Đồng và Trường Cao"
            " đẳng Kỹ thuật Công nghệ Quảng Ngãi tổ chức buổi giao lưu tư vấn tuyển sinh năm 2027"
            " cho học sinh khối 12."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi giao lưu, các chuyên gia tuyển sinh giới thiệu những điểm mới trong quy chế"
                " tuyển sinh năm 2027, các phương thức xét tuyển và ngành nghề đang có nhu cầu nhân"
                " lực cao của địa phương như công nghệ thông tin, cơ khí, du lịch và sư phạm."
            ),
            Img(f"{_UP}/10/tu-van-tuyen-sinh-2027.jpg", "DSC_0457.JPG", None, "italic"),
            P(
                "Nhiều câu hỏi của học sinh về điểm chuẩn, học bổng, ký túc xá và cơ hội việc làm đã"
                " được các chuyên gia giải đáp cụ thể, giúp các em định hướng lựa chọn ngành học phù"
                " hợp với năng lực và hoàn cảnh gia đình."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Lê Thị Thanh Hương - Ảnh: Nguyễn Quốc'
                " Việt</strong></p>"
            ),
        ],
        authors=["Lê Thị Thanh Hương"],
        photographers=["Nguyễn Quốc Việt"],
        opts={
            "at": "2026-10-08 08:05",
            "poster": "Quản trị viên",
            "editor": "redactor",
            "tags": ["huong-nghiep"],
            "comments": [
                ("Nguyễn Văn Bình", "08/10/2026 20:14", "Cảm ơn nhà trường đã tổ chức buổi tư vấn rất bổ ích cho các cháu."),
                ("Trần Thị Mai", "09/10/2026 07:32", "Mong nhà trường tổ chức thêm buổi tư vấn về khối ngành sức khỏe."),
            ],
        },
    ),
    Story(
        id=22,
        slug="ra-quan-chien-dich-ngay-chu-nhat-xanh-thang-10",
        title="Tuổi trẻ Trần Kỳ Phong ra quân “Ngày Chủ nhật xanh” tháng 10",
        cat="hoat-dong-doan-thanh-nien",
        published_at="2026-09-27T18:30:00+07:00",
        blocks=[
            P(
                "Sáng Chủ nhật 27/9/2026, hơn 300 đoàn viên của 36 chi đoàn đã ra quân hưởng ứng"
                " “Ngày Chủ nhật xanh”, dọn dẹp vệ sinh khuôn viên trường, trồng thêm cây xanh và"
                " chăm sóc bồn hoa trước các dãy phòng học."
            ),
            P(
                "Các chi đoàn cũng thu gom phế liệu, vỏ chai nhựa để bán gây quỹ “Áo ấm cho em” hỗ trợ"
                " học sinh có hoàn cảnh khó khăn vào dịp Tết."
            ),
            Img(
                f"{_UP}/09/chu-nhat-xanh-thang-10.jpg",
                "Đoàn viên Chi đoàn 12A2 trồng cây xanh trong khuôn viên trường",
                "Đoàn viên Chi đoàn 12A2 trồng cây xanh trong khuôn viên trường",
                "italic",
            ),
            Raw('<p style="text-align: right;"><strong>Đoàn trường</strong></p>'),
        ],
        authors=["Đoàn trường"],
        opts={
            "at": "2026-09-27 18:30",
            "poster": "Quản trị viên",
            "editor": "tinymce",
            "tags": ["doan-thanh-nien"],
        },
    ),
    Story(
        id=19,
        slug="trao-hoc-bong-tiep-suc-den-truong-nam-hoc-2026-2027",
        title="Trao 45 suất học bổng “Tiếp sức đến trường” năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-16T09:00:00+07:00",
        blocks=[
            P(
                "Chiều 15/9/2026, Ban đại diện cha mẹ học sinh phối hợp với Hội Cựu học sinh nhà trường"
                " trao 45 suất học bổng “Tiếp sức đến trường” cho học sinh vượt khó học tốt."
            ),
            P(
                "Mỗi suất học bổng trị giá 2.000.000 đồng kèm theo một bộ sách giáo khoa. Tổng giá trị"
                " học bổng đợt này là 90.000.000 đồng, do các cựu học sinh đang công tác trong và ngoài"
                " tỉnh đóng góp."
            ),
            Img(
                f"{_UP}/09/trao-hoc-bong-2026.jpg",
                "Đại diện Hội Cựu học sinh trao học bổng cho các em",
                "Đại diện Hội Cựu học sinh trao học bổng cho các em",
                "figure",
            ),
            P(
                "Thầy Hiệu trưởng cảm ơn sự đồng hành của các thế hệ cựu học sinh và mong các em nhận"
                " học bổng tiếp tục nỗ lực, vươn lên trong học tập."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Võ Văn Hiếu</strong></p>'),
        ],
        authors=["Võ Văn Hiếu"],
        photographers=["Võ Văn Hiếu"],
        opts={
            "at": "2026-09-16 09:00",
            "poster": "Võ Văn Hiếu",
            "editor": "redactor",
            "tags": [],
        },
    ),
    Story(
        id=12,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Lễ khai giảng năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-05T10:35:00+07:00",
        summary=(
            "Sáng 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, 1.480 học sinh Trường THPT Trần"
            " Kỳ Phong hân hoan dự Lễ khai giảng năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, nhà trường có 36 lớp với 1.480 học sinh, trong đó có 12 lớp 10"
                " với 498 học sinh mới trúng tuyển. Đội ngũ cán bộ, giáo viên, nhân viên gồm 86 người."
            ),
            Img(
                f"{_UP}/09/khai-giang-2026-1.jpg",
                "Học sinh khối 10 diễu hành chào mừng năm học mới",
                "Học sinh khối 10 diễu hành chào mừng năm học mới",
                "figure",
            ),
            P(
                "Thầy Hiệu trưởng Nguyễn Văn Thịnh đọc thư của Chủ tịch nước gửi ngành Giáo dục nhân"
                " dịp khai giảng năm học mới và phát động phong trào thi đua năm học 2026 - 2027."
            ),
            P(
                "Tiếng trống khai trường vang lên, mở đầu cho một năm học mới với nhiều kỳ vọng của"
                " thầy và trò nhà trường."
            ),
            Img(
                f"{_UP}/09/khai-giang-2026-2.jpg",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "figure",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Trần Thị Mỹ Linh - Ảnh: Nguyễn Quốc Việt'
                "</strong></p>"
            ),
        ],
        authors=["Trần Thị Mỹ Linh"],
        photographers=["Nguyễn Quốc Việt"],
        opts={
            "at": "2026-09-05 10:35",
            "poster": "Quản trị viên",
            "editor": "redactor",
            "tags": ["khai-giang"],
            "old_slug": "le-khai-giang-nam-hoc-moi-2026-2027-du-kien",
        },
    ),
    Story(
        id=9,
        slug="dai-hoi-doan-truong-nhiem-ky-2026-2027",
        title="Đại hội Đoàn TNCS Hồ Chí Minh Trường THPT Trần Kỳ Phong nhiệm kỳ 2026 - 2027",
        cat="hoat-dong-doan-thanh-nien",
        published_at="2026-09-02T08:20:00+07:00",
        blocks=[
            P(
                "Ngày 01/9/2026, Đoàn trường THPT Trần Kỳ Phong tổ chức Đại hội đại biểu lần thứ XXIV,"
                " nhiệm kỳ 2026 - 2027 với sự tham dự của 150 đại biểu đại diện cho hơn 1.300 đoàn"
                " viên."
            ),
            P(
                "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2025 - 2026 và đề ra các chỉ"
                " tiêu, giải pháp cho nhiệm kỳ mới, trong đó chú trọng phong trào “Tuổi trẻ sáng tạo”,"
                " chuyển đổi số trong công tác đoàn."
            ),
            Img(
                f"{_UP}/09/dai-hoi-doan-2026.jpg",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "figure",
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 gồm 15 đồng chí; đồng chí"
                " Phan Thanh Tùng tiếp tục được tín nhiệm bầu giữ chức Bí thư Đoàn trường."
            ),
            Raw('<p style="text-align: right;"><strong>Đoàn trường</strong></p>'),
        ],
        authors=["Đoàn trường"],
        opts={
            "at": "2026-09-02 08:20",
            "poster": "Quản trị viên",
            "editor": "redactor",
            "tags": ["doan-thanh-nien"],
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.id}-{story.slug}.html"


def raw_path(story: Story) -> str:
    return f"/tin-tuc/view?id={story.id}"


def _alts(story: Story) -> list[str]:
    alts = [raw_path(story)]
    if "old_slug" in story.opts:
        alts.append(f"/tin-tuc/{story.id}-{story.opts['old_slug']}.html")
    return alts


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M")


def newest(cat: str | None = None, tag: str | None = None) -> list[Story]:
    items = [s for s in STORIES if (cat is None or s.cat == cat) and (tag is None or tag in s.opts["tags"])]
    return sorted(items, key=_local, reverse=True)


def pages(total: int, size: int) -> int:
    return max(1, -(-total // size))


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [gold_record(s, article_path(s), CATS[s.cat], alt_paths=_alts(s)) for s in STORIES]

ALBUMS: dict[int, tuple[str, str, str, list[tuple[str, str]]]] = {
    1: (
        "Lễ khai giảng năm học 2026 - 2027",
        "05/09/2026",
        "Một số hình ảnh trong Lễ khai giảng năm học 2026 - 2027 của nhà trường.",
        [
            ("/uploads/album/1/khai-giang-01.jpg", "Học sinh khối 10 ổn định đội hình"),
            ("/uploads/album/1/khai-giang-02.jpg", "Tiết mục văn nghệ chào mừng năm học mới"),
        ],
    ),
    2: (
        "Hội trại truyền thống 26/3",
        "27/03/2026",
        "Hình ảnh Hội trại truyền thống chào mừng Ngày thành lập Đoàn TNCS Hồ Chí Minh.",
        [
            ("/uploads/album/2/hoi-trai-01.jpg", "Cổng trại của Chi đoàn 12A1"),
            ("/uploads/album/2/hoi-trai-02.jpg", "Phần thi kéo co giữa các chi đoàn"),
            ("/uploads/album/2/hoi-trai-03.jpg", "Đêm lửa trại"),
        ],
    ),
    3: (
        "Hội khỏe Phù Đổng cấp trường năm 2026",
        "18/10/2026",
        "Hội khỏe Phù Đổng cấp trường năm 2026 diễn ra từ ngày 15 đến 18/10/2026 với các môn bóng"
        " đá, bóng chuyền, cầu lông, điền kinh và kéo co, thu hút hơn 600 vận động viên tham gia.",
        [
            ("/uploads/album/3/hkpd-2026-01.jpg", "Lễ khai mạc Hội khỏe Phù Đổng cấp trường"),
            ("/uploads/album/3/hkpd-2026-02.jpg", "Trận chung kết bóng đá nam giữa 11A1 và 12A3"),
            ("/uploads/album/3/hkpd-2026-03.jpg", "Nội dung chạy 100m nữ"),
            ("/uploads/album/3/hkpd-2026-04.jpg", "Ban tổ chức trao cờ cho các đội đoạt giải"),
        ],
    ),
}

DOCS: dict[int, tuple[str, str, str, str, str]] = {
    7: ("145/KH-THPTTKP", "Kế hoạch", "03/11/2026", "Kế hoạch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "/uploads/files/2026/11/145-kh-thpttkp.pdf"),
    6: ("132/QĐ-THPTTKP", "Quyết định", "20/10/2026", "Quyết định thành lập đội tuyển học sinh giỏi lớp 12 năm học 2026 - 2027",
        "/uploads/files/2026/10/132-qd-thpttkp.pdf"),
    5: ("118/KH-THPTTKP", "Kế hoạch", "28/09/2026", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "/uploads/files/2026/09/118-kh-thpttkp.pdf"),
}  # fmt: skip

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(f"/tin-tuc?page={n}&per-page={NEWS_PAGE_SIZE}" for n in range(2, pages(len(STORIES), NEWS_PAGE_SIZE) + 1)),
    *(f"/danh-muc/{c}" for c in CATS),
    *(
        f"/danh-muc/{c}?page={n}&per-page={CAT_PAGE_SIZE}"
        for c in CATS
        for n in range(2, pages(len(newest(c)), CAT_PAGE_SIZE) + 1)
    ),
    "/gioi-thieu",
    "/lien-he",
    "/thoi-khoa-bieu",
    "/van-ban",
    *(f"/van-ban/{d}" for d in DOCS),
    "/thu-vien/anh",
    *(f"/thu-vien/anh/{a}" for a in ALBUMS),
    "/lich-hoat-dong",
    "/tim-kiem",
    "/site/login",
    "/site/request-password-reset",
    "/site/resend-verification-email",
    "/debug/default/index",
]


# --------------------------------------------------------------------------- rendering helpers


def _tiny(markup: str) -> str:
    """TinyMCE 4's default ``entity_encoding: "named"``: Latin-1 letters and curly quotes as named
    entities, every other Vietnamese letter left raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if 160 <= ord(ch) < 256 or ch in "“”–" else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _body_text(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _img_html(story: Story, img: Img) -> str:
    name = img.src.rsplit("/", 1)[1]
    if img.style == "figure":
        cap = f"<figcaption>{_body_text(story, img.printed)}</figcaption>" if img.printed else ""
        return f'<figure><img src="{esc(img.src)}" alt="{esc(name)}">{cap}</figure>'
    tag = (
        f'<p style="text-align: center;"><img src="{esc(img.src)}" alt="" width="640" height="427"'
        ' style="display: block; margin-left: auto; margin-right: auto;" /></p>'
    )
    if img.style == "italic" and img.printed:
        tag += f'\n<p style="text-align: center;"><i>{_body_text(story, img.printed)}</i></p>'
    return tag


def _content(story: Story, request: Request) -> str:
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_body_text(story, blocks[i].text)}</li>")
                i += 1
            parts.append(f"<ul>{''.join(items)}</ul>")
            continue
        if isinstance(block, P):
            inner = _body_text(story, block.text)
            if block.style == "h":
                parts.append(f"<p><strong>{inner}</strong></p>")
            elif "link_old_slug" in story.opts and block.text.endswith("(xem lại bài Lễ khai giảng năm học 2026 - 2027)."):
                old = _BY_ID[story.opts["link_old_slug"]]
                href = f"/tin-tuc/{old.id}-{old.opts['old_slug']}.html"
                label = "Lễ khai giảng năm học 2026 - 2027"
                inner = inner.replace(esc(label), f'<a href="{href}">{esc(label)}</a>', 1)
                parts.append(f"<p>{inner}</p>")
            else:
                parts.append(f"<p>{inner}</p>")
        elif isinstance(block, Img):
            parts.append(_img_html(story, block))
        else:
            parts.append(block.html)
        i += 1
    markup = "\n".join(parts)
    if story.opts.get("editor") == "tinymce":
        markup = _tiny(markup).replace(". ", ".&nbsp; ", 1)
    return markup


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 180 else first[:180].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    if story.images:
        return story.images[0].src.replace("/uploads/news/", "/uploads/news/thumbs/")
    return "/images/no-image.jpg"


def _debug_tag(request: Request) -> str:
    return hashlib.sha1(request.target.encode("utf-8")).hexdigest()[:13]


def _query(request: Request) -> list[tuple[str, str]]:
    return parse_qsl(request.query, keep_blank_values=True)


def _url(path: str, params: list[tuple[str, str]], **changes: str) -> str:
    """Yii's ``Url::to``: the request's params in their order, changed keys kept in place."""
    out = list(params)
    for key, value in changes.items():
        key = key.replace("_", "-")
        for n, (k, _v) in enumerate(out):
            if k == key:
                out[n] = (k, value)
                break
        else:
            out.append((key, value))
    return path + ("?" + urlencode(out, safe="") if out else "")


# --------------------------------------------------------------------------- layout


def _head(request: Request, title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-param" content="{CSRF_PARAM}">
<meta name="csrf-token" content="{CSRF}">
    <title>{esc(title)}</title>
    {extra}
<link href="/assets/7f3c2e1a/css/bootstrap.css" rel="stylesheet">
<link href="/css/site.css" rel="stylesheet">
<link href="/assets/9b1d4f6c/toolbar.css" rel="stylesheet"></head>"""


_ACTIVE = ' class="active"'
_NAV = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/tin-tuc", "Tin tức"),
    ("/danh-muc/tin-tuc-su-kien", "Tin tức - Sự kiện"),
    ("/danh-muc/hoat-dong-doan-thanh-nien", "Hoạt động Đoàn"),
    ("/danh-muc/thong-bao", "Thông báo"),
    ("/thoi-khoa-bieu", "Thời khóa biểu"),
    ("/van-ban", "Văn bản"),
    ("/thu-vien/anh", "Thư viện ảnh"),
    ("/lien-he", "Liên hệ"),
]


def _navbar(active: str) -> str:
    lis = "".join(
        f'<li{_ACTIVE if href == active else ""}><a href="{href}">{esc(label)}</a></li>' for href, label in _NAV
    )
    return f"""<div class="top-bar"><div class="container"><div class="pull-left"><span class="glyphicon glyphicon-time"></span> {TODAY}</div>
<div class="pull-right"><span class="glyphicon glyphicon-earphone"></span> Đường dây nóng: {HOTLINE} &nbsp;|&nbsp; <span class="glyphicon glyphicon-envelope"></span> {EMAIL}</div></div></div>
<div class="site-header"><div class="container"><a href="/"><img src="/images/logo-tkp.png" alt="Logo" class="logo"></a>
<div class="site-name"><div class="so">{esc(SO).upper()}</div><div class="truong">{esc(SITE).upper()}</div></div></div></div>
<nav id="w0" class="navbar-inverse navbar"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#w0-collapse"><span class="sr-only">Toggle navigation</span>
<span class="icon-bar"></span>
<span class="icon-bar"></span>
<span class="icon-bar"></span></button></div><div id="w0-collapse" class="collapse navbar-collapse"><ul id="w1" class="navbar-nav nav">{lis}</ul>
<form class="navbar-form navbar-right" action="/tim-kiem" method="get"><div class="form-group"><input type="text" class="form-control input-sm" name="q" placeholder="Tìm kiếm..."></div> <button type="submit" class="btn btn-default btn-sm"><span class="glyphicon glyphicon-search"></span></button></form>
<ul id="w2" class="navbar-nav navbar-right nav"><li><a href="/site/login">Đăng nhập</a></li></ul></div></div></nav>"""


def _alert() -> str:
    return (
        '<div id="w3-warning" class="alert-warning alert fade in"><button type="button" class="close"'
        ' data-dismiss="alert" aria-hidden="true">&times;</button><span class="glyphicon glyphicon-bullhorn"></span>'
        " <strong>Lịch thi học kỳ I năm học 2026 - 2027</strong> đã được công bố. Học sinh xem chi tiết"
        f' <a href="{EXAM_PDF}" class="alert-link" target="_blank">tại đây</a>.</div>'
    )


# the activities of the calendar: (date, title)
EVENTS: list[tuple[date, str]] = [
    (date(2026, 9, 5), "Lễ khai giảng năm học 2026 - 2027"),
    (date(2026, 10, 13), "Ngoại khóa phòng, chống đuối nước"),
    (date(2026, 10, 15), "Khai mạc Hội khỏe Phù Đổng cấp trường"),
    (date(2026, 11, 10), "Hội thi Rung chuông vàng khối 10"),
    (date(2026, 11, 20), "Lễ kỷ niệm Ngày Nhà giáo Việt Nam"),
    (date(2026, 11, 28), "Họp cha mẹ học sinh giữa học kỳ I"),
    (date(2026, 12, 14), "Kiểm tra cuối học kỳ I khối 12"),
    (date(2026, 12, 21), "Kiểm tra cuối học kỳ I khối 10, 11"),
]


def _month_shift(month: int, year: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n % 12 + 1, n // 12


def _calendar(month: int, year: int, *, big: bool = False) -> str:
    first = date(year, month, 1)
    nm, ny = _month_shift(month, year, 1)
    days = (date(ny, nm, 1) - first).days
    pm, py = _month_shift(month, year, -1)
    events = {d.day: t for d, t in EVENTS if d.year == year and d.month == month}
    cells = ["<td></td>"] * first.weekday()
    for day in range(1, days + 1):
        if day in events:
            target = f"/lich-hoat-dong?thang={month}&amp;nam={year}#ngay-{day}"
            cells.append(f'<td class="co-su-kien"><a href="{target}" title="{esc(events[day])}">{day}</a></td>')
        elif (year, month, day) == (2026, 11, 25):
            cells.append(f'<td class="hom-nay">{day}</td>')
        else:
            cells.append(f"<td>{day}</td>")
    while len(cells) % 7:
        cells.append("<td></td>")
    rows = "".join("<tr>" + "".join(cells[n : n + 7]) + "</tr>" for n in range(0, len(cells), 7))
    head = "".join(f"<th>{d}</th>" for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    cls = "table table-bordered lich-hoat-dong" + (" lich-lon" if big else " table-condensed")
    return (
        '<div class="lich-nav clearfix">'
        f'<a class="pull-left" href="/lich-hoat-dong?thang={pm}&amp;nam={py}">&laquo; Tháng trước</a>'
        f'<a class="pull-right" href="/lich-hoat-dong?thang={nm}&amp;nam={ny}">Tháng sau &raquo;</a>'
        f'<div class="text-center"><strong>Tháng {month}/{year}</strong></div></div>'
        f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
    )


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{raw_path(s)}">{esc(s.title)}</a> <span class="text-muted small">({_local(s):%d/%m/%Y})</span></li>'
        for s in newest("thong-bao")
    )
    return f"""<div class="col-md-4 sidebar">
<div class="panel panel-primary"><div class="panel-heading"><span class="glyphicon glyphicon-bell"></span> Thông báo</div>
<div class="panel-body"><ul class="list-thong-bao">{notices}</ul><a href="/danh-muc/thong-bao" class="small">Xem tất cả &raquo;</a></div></div>
<div class="panel panel-default"><div class="panel-heading"><span class="glyphicon glyphicon-calendar"></span> Lịch hoạt động</div>
<div class="panel-body">{_calendar(11, 2026)}</div></div>
<div class="panel panel-default"><div class="panel-heading">Liên kết</div><div class="panel-body banners">
<a href="https://moet.gov.vn" target="_blank"><img src="/images/banner/bo-gddt.png" alt="Bộ GD&amp;ĐT" class="img-responsive"></a>
<a href="https://sgddt.quangngai.gov.vn" target="_blank"><img src="/images/banner/so-gddt-quang-ngai.png" alt="Sở GD&amp;ĐT Quảng Ngãi" class="img-responsive"></a>
<a href="https://csdl.moet.gov.vn" target="_blank"><img src="/images/banner/csdl-nganh.png" alt="Cơ sở dữ liệu ngành" class="img-responsive"></a></div></div>
<div class="panel panel-default thong-ke"><div class="panel-heading"><span class="glyphicon glyphicon-stats"></span> Thống kê truy cập</div>
<ul class="list-unstyled panel-body"><li>Đang truy cập: <b>17</b></li><li>Hôm nay: <b>428</b></li><li>Tháng này: <b>12.905</b></li><li>Tổng lượt truy cập: <b>1.046.318</b></li></ul></div>
</div>"""


def _footer(request: Request) -> str:
    tag = _debug_tag(request)
    return f"""<footer class="footer"><div class="container"><div class="row">
<div class="col-sm-8"><p><strong>{esc(SITE).upper()}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>
<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Thịnh - Hiệu trưởng</p></div>
<div class="col-sm-4 text-right"><p>&copy; {esc(SITE)} 2026</p><p>Powered by <a href="https://www.yiiframework.com/" rel="external">Yii Framework</a></p></div>
</div></div></footer>
<script src="/assets/2e8a5c71/jquery.js"></script>
<script src="/assets/4d1b3f9e/yii.js"></script>
<script src="/assets/7f3c2e1a/js/bootstrap.js"></script>
<div id="yii-debug-toolbar" data-url="/debug/default/toolbar?tag={tag}" style="display:none" class="yii-debug-toolbar-bottom"></div><script src="/assets/9b1d4f6c/toolbar.js"></script>
</body>
</html>"""


def _page(request: Request, title: str, main: str, *, active: str = "", extra: str = "", sidebar: bool = True) -> str:
    column = f'<div class="col-md-8">{main}</div>{_sidebar()}' if sidebar else f'<div class="col-md-12">{main}</div>'
    return (
        _head(request, title, extra)
        + '\n<body>\n<div class="wrap">\n'
        + _navbar(active)
        + f'\n<div class="container">\n{_alert()}\n<div class="row">{column}</div>\n</div>\n</div>\n'
        + _footer(request)
    )


def _crumbs(*trail: tuple[str | None, str]) -> str:
    items = ['<li><a href="/">Trang chủ</a></li>']
    for href, label in trail:
        if href:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            items.append(f'<li class="active">{esc(label)}</li>')
    return f'<ul class="breadcrumb">{"".join(items)}\n</ul>'


# --------------------------------------------------------------------------- pages


def _article(story: Story, request: Request) -> str:
    base = base_url(request)
    canonical = base + request.target  # Url::canonical(): the requested route and its params
    cat_name = CATS[story.cat]
    lead = f'<div class="news-summary">{esc(story.summary)}</div>' if story.summary and story.sapo_outside else ""
    attach = ""
    if "attach" in story.opts:
        href, name, size = story.opts["attach"]
        attach = (
            '<div class="news-attach well well-sm"><span class="glyphicon glyphicon-paperclip"></span> <b>Tệp đính kèm:</b>'
            f' <a href="{href}" target="_blank">{esc(name)}</a> <span class="text-muted">({size})</span></div>'
        )
    tags = " ".join(f'<a class="label label-info" href="/tag/{t}">{esc(TAGS[t])}</a>' for t in story.opts["tags"])
    tag_line = f'<div class="news-tags"><span class="glyphicon glyphicon-tags"></span> Từ khóa: {tags}</div>' if tags else ""
    rel = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="text-muted">({_local(s):%d/%m/%Y})</span></li>'
        for s in [s for s in newest(story.cat) if s.id != story.id][:RELATED]
    )
    comments = story.opts.get("comments", [])
    shown = "".join(
        f'<div class="media comment-item"><div class="media-left"><img class="media-object" src="/images/avatar.png" width="48" alt=""></div>'
        f'<div class="media-body"><h5 class="media-heading"><b>{esc(who)}</b> <small class="text-muted">{when}</small></h5>'
        f"<p>{esc(what)}</p></div></div>"
        for who, when, what in comments
    )
    main = f"""{_crumbs((f"/danh-muc/{story.cat}", cat_name), (None, story.title))}
<div class="news-view">
<h1>{esc(story.title)}</h1>
<p class="news-meta text-muted"><span class="glyphicon glyphicon-calendar"></span> {_local(story):%d/%m/%Y %H:%M} &nbsp; <span class="glyphicon glyphicon-user"></span> {esc(story.opts["poster"])} &nbsp; <span class="glyphicon glyphicon-eye-open"></span> {story.views()}</p>
{lead}
<div class="news-content">
{_content(story, request)}
</div>
{attach}
{tag_line}
<div class="news-tools text-right"><a class="btn btn-primary btn-xs" href="https://www.facebook.com/sharer/sharer.php?u={esc(base + article_path(story))}" target="_blank">Chia sẻ Facebook</a>
<a class="btn btn-default btn-xs" href="javascript:window.print();"><span class="glyphicon glyphicon-print"></span> In bài</a></div>
</div>
<div class="news-comments"><h4>Bình luận ({len(comments)})</h4>{shown}
<form id="comment-form" action="/tin-tuc/comment?id={story.id}" method="post">
<input type="hidden" name="{CSRF_PARAM}" value="{CSRF}">
<div class="form-group field-comment-author required"><label class="control-label" for="comment-author">Họ và tên</label><input type="text" id="comment-author" class="form-control" name="Comment[author]" aria-required="true"><div class="help-block"></div></div>
<div class="form-group field-comment-email"><label class="control-label" for="comment-email">Email</label><input type="text" id="comment-email" class="form-control" name="Comment[email]"><div class="help-block"></div></div>
<div class="form-group field-comment-content required"><label class="control-label" for="comment-content">Nội dung</label><textarea id="comment-content" class="form-control" name="Comment[content]" rows="4" aria-required="true"></textarea><div class="help-block"></div></div>
<div class="form-group"><button type="submit" class="btn btn-success">Gửi bình luận</button></div>
</form></div>
<div class="news-related"><h4 class="title-related">Tin liên quan</h4><ul>{rel}</ul></div>"""
    extra = f"""<meta name="description" content="{esc(_excerpt(story))}">
<meta property="og:title" content="{esc(story.title)}">
<meta property="og:url" content="{esc(canonical)}">
<meta property="og:image" content="{esc(base + (story.images[0].src if story.images else '/images/logo-tkp.png'))}">
<link href="{esc(canonical)}" rel="canonical">"""
    return _page(request, f"{story.title} - {SITE}", main, active=f"/danh-muc/{story.cat}", extra=extra)


_SORTS = {
    "-published_at": (lambda items: sorted(items, key=_local, reverse=True)),
    "published_at": (lambda items: sorted(items, key=_local)),
    "title": (lambda items: sorted(items, key=lambda s: _fold(s.title))),
    "-title": (lambda items: sorted(items, key=lambda s: _fold(s.title), reverse=True)),
}


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _sort_links(path: str, params: list[tuple[str, str]], current: str) -> str:
    def link(attr: str, label: str) -> str:
        if current == attr:
            cls, target = "asc", f"-{attr}"
        elif current == f"-{attr}":
            cls, target = "desc", attr
        else:
            cls, target = "", "-published_at" if attr == "published_at" else attr
        css = f' class="{cls}"' if cls else ""
        href = esc(_url(path, params, sort=target))
        return f'<a{css} href="{href}" data-sort="{target}">{label}</a>'

    return (
        '<div class="sort-bar text-right small">Sắp xếp theo: '
        + link("published_at", "Ngày đăng")
        + " | "
        + link("title", "Tiêu đề")
        + "</div>"
    )


def _pager(path: str, params: list[tuple[str, str]], page: int, last: int, size: int) -> str:
    if last <= 1:
        return ""

    def href(n: int) -> str:
        return esc(_url(path, params, page=str(n), per_page=str(size)))

    items = []
    if page == 1:
        items.append('<li class="prev disabled"><span>&laquo;</span></li>')
    else:
        items.append(f'<li class="prev"><a href="{href(page - 1)}" data-page="{page - 2}">&laquo;</a></li>')
    for n in range(1, last + 1):
        cls = ' class="active"' if n == page else ""
        items.append(f'<li{cls}><a href="{href(n)}" data-page="{n - 1}">{n}</a></li>')
    if page == last:
        items.append('<li class="next disabled"><span>&raquo;</span></li>')
    else:
        items.append(f'<li class="next"><a href="{href(page + 1)}" data-page="{page}">&raquo;</a></li>')
    return '<ul class="pagination">' + "\n".join(items) + "</ul>"


def _list_view(request: Request, items: list[Story], default_size: int, wid: str) -> str:
    params = _query(request)
    p = dict(params)
    sort = p.get("sort", "-published_at")
    ordered = _SORTS.get(sort, _SORTS["-published_at"])(items)
    size = min(50, max(1, _int(p.get("per-page"), default_size)))
    last = pages(len(ordered), size)
    page = min(last, max(1, _int(p.get("page"), 1)))
    chunk = ordered[(page - 1) * size : page * size]
    cards = "\n".join(
        f'<div class="item" data-key="{s.id}"><div class="media news-item"><div class="media-left"><a href="{article_path(s)}">'
        f'<img class="media-object" src="{esc(_thumb(s))}" width="150" alt=""></a></div><div class="media-body">'
        f'<h4 class="media-heading"><a href="{article_path(s)}">{esc(s.title)}</a></h4>'
        f'<p class="text-muted small"><span class="glyphicon glyphicon-time"></span> {_local(s):%d/%m/%Y}</p>'
        f"<p>{esc(_excerpt(s))}</p></div></div></div>"
        for s in chunk
    )
    begin = (page - 1) * size + 1
    summary = f'<div class="summary">Hiển thị <b>{begin}-{begin + len(chunk) - 1}</b> trong số <b>{len(ordered)}</b> mục.</div>'
    if not ordered:
        summary, cards = "", '<div class="empty">Không tìm thấy kết quả nào.</div>'
    return (
        _sort_links(request.path, params, sort)
        + f'\n<div id="{wid}" class="list-view">{summary}\n{cards}\n{_pager(request.path, params, page, last, size)}</div>'
    )


def _listing(request: Request, title: str, items: list[Story], size: int, crumbs: str, active: str) -> str:
    main = f'{crumbs}\n<h1 class="page-title">{esc(title)}</h1>\n{_list_view(request, items, size, "w4")}'
    return _page(request, f"{title} - {SITE}", main, active=active)


def _home(request: Request) -> str:
    hero = newest("tin-tuc-su-kien")[:3]
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{article_path(s)}"><img src="{esc(s.images[0].src if s.images else "/images/no-image.jpg")}" alt=""></a>'
        f'<div class="carousel-caption"><h4>{esc(s.title)}</h4></div></div>'
        for n, s in enumerate(hero)
    )
    latest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="text-muted small">{_local(s):%d/%m/%Y}</span></li>'
        for s in newest()[:6]
    )
    doan = "".join(
        f'<div class="col-sm-4"><div class="thumbnail"><a href="{article_path(s)}"><img src="{esc(_thumb(s))}" alt=""></a>'
        f'<div class="caption"><h5><a href="{article_path(s)}">{esc(s.title)}</a></h5></div></div></div>'
        for s in newest("hoat-dong-doan-thanh-nien")[:3]
    )
    main = f"""<div id="carousel-tin" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div>
<a class="left carousel-control" href="#carousel-tin" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
<a class="right carousel-control" href="#carousel-tin" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a></div>
<div class="panel panel-default"><div class="panel-heading"><b>Tin mới nhất</b> <a href="/tin-tuc" class="pull-right small">Xem tất cả</a></div>
<div class="panel-body"><ul class="list-tin-moi">{latest}</ul></div></div>
<h3 class="block-title"><a href="/danh-muc/hoat-dong-doan-thanh-nien">Hoạt động Đoàn thanh niên</a></h3><div class="row">{doan}</div>"""
    extra = f'<meta name="description" content="Trang thông tin điện tử {esc(SITE)}">'
    return _page(request, SITE, main, active="/", extra=extra)


_INTRO = [
    "Trường THPT Trần Kỳ Phong được thành lập năm 1988 trên vùng đất Bình Sơn giàu truyền thống"
    " cách mạng, mang tên nhà chí sĩ yêu nước Trần Kỳ Phong.",
    "Hiện nay nhà trường có 36 lớp với 1.480 học sinh, 86 cán bộ, giáo viên, nhân viên; 100% giáo"
    " viên đạt chuẩn, trong đó 28 thầy cô có trình độ thạc sĩ. Trường đạt chuẩn quốc gia mức độ 1"
    " năm 2019 và kiểm định chất lượng giáo dục cấp độ 3.",
    "Sứ mệnh của nhà trường là xây dựng môi trường học tập thân thiện, kỷ cương, chất lượng; giúp"
    " học sinh phát triển toàn diện về phẩm chất và năng lực.",
]


def _intro(request: Request) -> str:
    body = "".join(f"<p>{esc(p)}</p>" for p in _INTRO)
    main = f"""{_crumbs((None, "Giới thiệu"))}
<div class="site-page"><h1>Giới thiệu</h1>
<figure><img src="/uploads/pages/toan-canh-truong.jpg" alt=""><figcaption>Toàn cảnh Trường THPT Trần Kỳ Phong</figcaption></figure>
{body}
<h3>Ban giám hiệu</h3><ul><li>Hiệu trưởng: Thầy Nguyễn Văn Thịnh</li><li>Phó Hiệu trưởng: Cô Đặng Thị Thu Hà</li><li>Phó Hiệu trưởng: Thầy Lê Quang Vinh</li></ul></div>"""
    return _page(request, f"Giới thiệu - {SITE}", main, active="/gioi-thieu")


def _contact(request: Request) -> str:
    main = f"""{_crumbs((None, "Liên hệ"))}
<div class="site-contact"><h1>Liên hệ</h1>
<p>Quý phụ huynh, học sinh có ý kiến đóng góp xin vui lòng điền vào mẫu dưới đây. Xin cảm ơn.</p>
<p><span class="glyphicon glyphicon-map-marker"></span> {esc(ADDRESS)}<br><span class="glyphicon glyphicon-earphone"></span> {PHONE} - Hotline: {HOTLINE}</p>
<form id="contact-form" action="/lien-he" method="post">
<input type="hidden" name="{CSRF_PARAM}" value="{CSRF}">
<div class="form-group field-contactform-name required"><label class="control-label" for="contactform-name">Họ và tên</label><input type="text" id="contactform-name" class="form-control" name="ContactForm[name]" autofocus aria-required="true"><p class="help-block help-block-error"></p></div>
<div class="form-group field-contactform-email required"><label class="control-label" for="contactform-email">Email</label><input type="text" id="contactform-email" class="form-control" name="ContactForm[email]" aria-required="true"><p class="help-block help-block-error"></p></div>
<div class="form-group field-contactform-subject required"><label class="control-label" for="contactform-subject">Tiêu đề</label><input type="text" id="contactform-subject" class="form-control" name="ContactForm[subject]" aria-required="true"><p class="help-block help-block-error"></p></div>
<div class="form-group field-contactform-body required"><label class="control-label" for="contactform-body">Nội dung</label><textarea id="contactform-body" class="form-control" name="ContactForm[body]" rows="6" aria-required="true"></textarea><p class="help-block help-block-error"></p></div>
<div class="form-group field-contactform-verifycode"><label class="control-label" for="contactform-verifycode">Mã xác nhận</label><div class="row"><div class="col-lg-3"><img id="contactform-verifycode-image" src="/site/captcha?v={CAPTCHA_V}" alt=""></div><div class="col-lg-6"><input type="text" id="contactform-verifycode" class="form-control" name="ContactForm[verifyCode]"></div></div><p class="help-block help-block-error"></p></div>
<div class="form-group"><button type="submit" class="btn btn-primary" name="contact-button">Gửi</button></div>
</form></div>"""
    return _page(request, f"Liên hệ - {SITE}", main, active="/lien-he")


_TKB = {
    "10A1": ["Chào cờ | Toán | Ngữ văn | Vật lí | Tiếng Anh", "Toán | Hóa học | Tin học | Ngữ văn | Lịch sử"],
    "11A1": ["Chào cờ | Ngữ văn | Toán | Hóa học | Sinh học", "Tiếng Anh | Toán | Vật lí | Địa lí | GDTC"],
    "12A1": ["Chào cờ | Toán | Vật lí | Tiếng Anh | Ngữ văn", "Hóa học | Toán | Ngữ văn | Sinh học | Tin học"],
}


def _timetable(request: Request) -> str:
    tabs = "".join(
        f'<li{_ACTIVE if n == 0 else ""}><a href="#tkb-{c}" data-toggle="tab">Lớp {c}</a></li>'
        for n, c in enumerate(_TKB)
    )
    panes = ""
    for n, (cls, rows) in enumerate(_TKB.items()):
        trs = "".join(
            f"<tr><td>Thứ {d}</td>" + "".join(f"<td>{esc(x)}</td>" for x in row.split(" | ")) + "</tr>"
            for d, row in zip(("Hai", "Ba"), rows, strict=True)
        )
        panes += (
            f'<div class="tab-pane{" active" if n == 0 else ""}" id="tkb-{cls}"><table class="table table-striped table-bordered">'
            "<thead><tr><th>Thứ</th><th>Tiết 1</th><th>Tiết 2</th><th>Tiết 3</th><th>Tiết 4</th><th>Tiết 5</th></tr></thead>"
            f"<tbody>{trs}</tbody></table></div>"
        )
    main = f"""{_crumbs((None, "Thời khóa biểu"))}
<h1>Thời khóa biểu học kỳ I</h1><p class="text-muted">Áp dụng từ ngày 16/11/2026</p>
<ul class="nav nav-tabs">{tabs}</ul><div class="tab-content">{panes}</div>"""
    return _page(request, f"Thời khóa biểu - {SITE}", main, active="/thoi-khoa-bieu")


def _docs(request: Request) -> str:
    rows = "".join(
        f'<tr data-key="{i}"><td>{n}</td><td><a href="/van-ban/{i}">{esc(num)}</a></td><td>{kind}</td><td>{day}</td>'
        f'<td>{esc(title)}</td><td><a href="{pdf}" title="Tải về"><span class="glyphicon glyphicon-download-alt"></span></a></td></tr>'
        for n, (i, (num, kind, day, title, pdf)) in enumerate(DOCS.items(), 1)
    )
    main = f"""{_crumbs((None, "Văn bản"))}
<h1>Văn bản</h1><div id="w5" class="grid-view"><div class="summary">Hiển thị <b>1-{len(DOCS)}</b> trong số <b>{len(DOCS)}</b> mục.</div>
<table class="table table-striped table-bordered"><thead><tr><th>#</th><th>Số/Ký hiệu</th><th>Loại văn bản</th><th>Ngày ban hành</th><th>Trích yếu</th><th></th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return _page(request, f"Văn bản - {SITE}", main, active="/van-ban")


def _doc(request: Request, doc_id: int) -> str:
    num, kind, day, title, pdf = DOCS[doc_id]
    main = f"""{_crumbs(("/van-ban", "Văn bản"), (None, num))}
<h1>{esc(num)}</h1><table id="w5" class="table table-striped table-bordered detail-view"><tr><th>Số/Ký hiệu</th><td>{esc(num)}</td></tr>
<tr><th>Loại văn bản</th><td>{kind}</td></tr><tr><th>Ngày ban hành</th><td>{day}</td></tr><tr><th>Trích yếu</th><td>{esc(title)}</td></tr>
<tr><th>Người ký</th><td>Nguyễn Văn Thịnh</td></tr><tr><th>Tệp đính kèm</th><td><a href="{pdf}">{pdf.rsplit("/", 1)[1]}</a></td></tr></table>"""
    return _page(request, f"{num} - {SITE}", main, active="/van-ban")


def _albums(request: Request) -> str:
    cards = "".join(
        f'<div class="col-sm-4"><div class="thumbnail"><a href="/thu-vien/anh/{i}"><img src="{photos[0][0]}" alt=""></a>'
        f'<div class="caption"><h5><a href="/thu-vien/anh/{i}">{esc(title)}</a></h5><p class="small text-muted">{day} - {len(photos)} ảnh</p></div></div></div>'
        for i, (title, day, _desc, photos) in sorted(ALBUMS.items(), reverse=True)
    )
    main = f'{_crumbs((None, "Thư viện ảnh"))}\n<h1>Thư viện ảnh</h1><div class="row">{cards}</div>'
    return _page(request, f"Thư viện ảnh - {SITE}", main, active="/thu-vien/anh")


def _album(request: Request, album_id: int) -> str:
    title, day, desc, photos = ALBUMS[album_id]
    grid = "".join(
        f'<div class="col-sm-6"><a href="{src}" class="thumbnail" data-lightbox="album-{album_id}" data-title="{esc(cap)}">'
        f'<img src="{src.replace(".jpg", "-thumb.jpg")}" alt="{esc(cap)}"></a><p class="text-center small">{esc(cap)}</p></div>'
        for src, cap in photos
    )
    main = f"""{_crumbs(("/thu-vien/anh", "Thư viện ảnh"), (None, title))}
<div class="album-view"><h1>{esc(title)}</h1><p class="text-muted"><span class="glyphicon glyphicon-calendar"></span> {day}</p>
<p>{esc(desc)}</p><div class="row">{grid}</div></div>"""
    return _page(request, f"{title} - {SITE}", main, active="/thu-vien/anh")


def _month_view(request: Request) -> str:
    p = request.params
    month = _int(p.get("thang"), 11)
    year = _int(p.get("nam"), 2026)
    if not 1 <= month <= 12:
        month = 11
    items = "".join(
        f'<li id="ngay-{d.day}"><b>{d:%d/%m/%Y}</b>: {esc(t)}</li>' for d, t in EVENTS if (d.year, d.month) == (year, month)
    )
    listing = f"<ul class=\"su-kien\">{items}</ul>" if items else '<p class="text-muted">Chưa có hoạt động nào trong tháng.</p>'
    main = f"""{_crumbs((None, "Lịch hoạt động"))}
<h1>Lịch hoạt động tháng {month}/{year}</h1>{_calendar(month, year, big=True)}{listing}"""
    return _page(request, f"Lịch hoạt động - {SITE}", main)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    q = request.params.get("q", "").strip()
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    head = f'<p>Kết quả tìm kiếm cho “{esc(q)}”:</p>' if q else "<p>Nhập từ khóa để tìm kiếm.</p>"
    body = _list_view(request, hits, CAT_PAGE_SIZE, "w6") if q else ""
    main = f'{_crumbs((None, "Tìm kiếm"))}\n<h1>Tìm kiếm</h1>{head}{body}'
    return _page(request, f"Tìm kiếm - {SITE}", main, extra='<meta name="robots" content="noindex">')


def _site_form(request: Request, title: str, intro: str, fields: str, button: str, after: str = "") -> str:
    form_id = request.path.rsplit("/", 1)[1] + "-form"
    main = f"""{_crumbs((None, title))}
<div class="site-login"><h1>{esc(title)}</h1><p>{intro}</p><div class="row"><div class="col-lg-5">
<form id="{form_id}" action="{request.path}" method="post"><input type="hidden" name="{CSRF_PARAM}" value="{CSRF}">
{fields}
{after}
<div class="form-group"><button type="submit" class="btn btn-primary">{button}</button></div></form></div></div></div>"""
    return _page(request, f"{title} - {SITE}", main, sidebar=False)


def _login(request: Request) -> str:
    fields = """<div class="form-group field-loginform-username required"><label class="control-label" for="loginform-username">Tên đăng nhập</label><input type="text" id="loginform-username" class="form-control" name="LoginForm[username]" autofocus aria-required="true"><p class="help-block help-block-error"></p></div>
<div class="form-group field-loginform-password required"><label class="control-label" for="loginform-password">Mật khẩu</label><input type="password" id="loginform-password" class="form-control" name="LoginForm[password]" aria-required="true"><p class="help-block help-block-error"></p></div>
<div class="form-group field-loginform-rememberme"><div class="checkbox"><label for="loginform-rememberme"><input type="hidden" name="LoginForm[rememberMe]" value="0"><input type="checkbox" id="loginform-rememberme" name="LoginForm[rememberMe]" value="1" checked> Ghi nhớ đăng nhập</label></div></div>"""
    after = """<div style="color:#999;margin:1em 0">Quên mật khẩu? Bạn có thể <a href="/site/request-password-reset">đặt lại mật khẩu</a>.
<br>Cần gửi lại email xác thực? <a href="/site/resend-verification-email">Gửi lại</a></div>"""
    return _site_form(request, "Đăng nhập", "Vui lòng điền các thông tin sau để đăng nhập:", fields, "Đăng nhập", after)


def _reset(request: Request, title: str, intro: str, model: str, button: str) -> str:
    fields = (
        f'<div class="form-group field-{model.lower()}-email required"><label class="control-label" for="{model.lower()}-email">Email</label>'
        f'<input type="text" id="{model.lower()}-email" class="form-control" name="{model}[email]" autofocus aria-required="true">'
        '<p class="help-block help-block-error"></p></div>'
    )
    return _site_form(request, title, intro, fields, button)


# --------------------------------------------------------------------------- the debug module

DEBUG_PANELS = ("config", "request", "log", "profiling", "db", "event", "mail", "timeline", "user", "router", "asset")
DEBUG_TAGS = [hashlib.sha1(f"req-{n}".encode()).hexdigest()[:13] for n in range(6)]
_TAG = re.compile(r"^[0-9a-f]{13}$")


def _debug_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>{esc(title)}</title>
<link href="/assets/9b1d4f6c/main.css" rel="stylesheet"></head>
<body><nav class="navbar navbar-expand-md navbar-dark bg-dark"><a class="navbar-brand" href="/debug/default/index"><img src="/assets/9b1d4f6c/yii-logo.svg" width="29" alt=""> Yii Debugger</a></nav>
<div class="container-fluid">{body}</div></body></html>"""


def _debug_index() -> str:
    urls = ["/", "/tin-tuc", "/danh-muc/thong-bao", "/lien-he", "/site/captcha?v=" + CAPTCHA_V, "/gioi-thieu"]
    rows = "".join(
        f'<tr><td><a href="/debug/default/view?tag={t}">{t}</a></td><td>2026-11-25 08:{10 + n:02d}:0{n}</td>'
        f"<td>113.176.64.{20 + n}</td><td>GET</td><td>{esc(u)}</td><td>200</td></tr>"
        for n, (t, u) in enumerate(zip(DEBUG_TAGS, urls, strict=True))
    )
    body = (
        '<h1>Available Debug Data</h1><div class="table-responsive"><table class="table table-bordered table-striped table-sm">'
        "<thead><tr><th>Tag</th><th>Time</th><th>IP</th><th>Method</th><th>URL</th><th>Status</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
    )
    return _debug_page("Yii Debugger", body)


def _debug_view(tag: str, panel: str) -> str:
    nav = "".join(
        f'<a class="list-group-item{" active" if p == panel else ""}" href="/debug/default/view?tag={tag}&amp;panel={p}">{p.capitalize()}</a>'
        for p in DEBUG_PANELS
    )
    others = "".join(f'<a class="dropdown-item" href="/debug/default/view?tag={t}&amp;panel={panel}">{t}</a>' for t in DEBUG_TAGS)
    body = (
        f'<div class="row"><div class="col-lg-2"><div class="list-group">{nav}</div></div><div class="col-lg-10">'
        f'<div class="dropdown">Last 10: {others}</div><h1>{panel.capitalize()}</h1>'
        f"<p>Debug data of request <code>{tag}</code>: panel {panel}.</p>"
        "<table class=\"table\"><tr><th>Yii Version</th><td>2.0.51</td></tr><tr><th>PHP Version</th><td>8.1.31</td></tr>"
        "<tr><th>Application</th><td>app-frontend</td></tr><tr><th>Environment</th><td>prod</td></tr></table></div></div>"
    )
    return _debug_page(f"Yii Debugger: {panel}", body)


def _debug_toolbar(tag: str) -> str:
    blocks = "".join(
        f'<div class="yii-debug-toolbar__block"><a href="/debug/default/view?tag={tag}&amp;panel={p}">{p.capitalize()}</a></div>'
        for p in ("config", "request", "log", "db", "timeline")
    )
    return (
        '<div id="yii-debug-toolbar" class="yii-debug-toolbar yii-debug-toolbar_position_bottom"><div class="yii-debug-toolbar__bar">'
        '<div class="yii-debug-toolbar__block yii-debug-toolbar__title"><a href="/debug/default/index">'
        f'<img width="30" height="30" alt="" src="/assets/9b1d4f6c/yii-logo.svg"></a></div>{blocks}</div></div>'
    )


# --------------------------------------------------------------------------- routing

_ARTICLE = re.compile(r"^/tin-tuc/(\d+)-([a-z0-9-]+)\.html$")

_ERROR = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>Not Found (#404)</title><link href="/css/site.css" rel="stylesheet"></head>
<body><div class="wrap"><div class="container"><div class="site-error">
<h1>Not Found (#404)</h1>
<div class="alert alert-danger">Trang không tồn tại.</div>
<p>Lỗi trên xảy ra khi máy chủ xử lý yêu cầu của bạn.</p>
<p>Vui lòng liên hệ với chúng tôi nếu bạn cho rằng đây là lỗi của máy chủ. Xin cảm ơn.</p>
</div></div></div></body></html>"""


def _cookies() -> dict[str, str]:
    return {
        "Set-Cookie": f"advanced-frontend={opaque('yii-session', 16).rstrip('=')[:26].lower()}; path=/; HttpOnly",
        "X-Powered-By": "PHP/8.1.31",
    }


class Yii2School:
    """The frontend app: ``urlManager`` rules as a table of regexes, views rendered per request."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/files/",)):
            known = {EXAM_PDF, *(d[4] for d in DOCS.values())}
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else self._missing()
        if path.startswith(("/uploads/", "/images/", "/assets/", "/css/")) or path == "/favicon.ico":
            return static_file(path) or self._missing()
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow:\n", {"Content-Type": "text/plain; charset=UTF-8"})
        if path == "/site/captcha":
            if "refresh" in request.params:
                payload = {"hash1": 812, "hash2": 812, "url": f"/site/captcha?v={CAPTCHA_V}"}
                return Response(200, json.dumps(payload), {"Content-Type": "application/json; charset=UTF-8"})
            return Response(200, static_file("c.png").body, {"Content-Type": "image/png"})
        if path.startswith("/debug/"):
            return self._debug(request)
        page = self._page(request)
        if page is None:
            return self._missing()
        if isinstance(page, Response):
            return page
        return html(page, charset="UTF-8", headers=_cookies())

    def _debug(self, request: Request) -> Response | None:
        p = request.params
        tag = p.get("tag", "")
        if request.path == "/debug/default/index":
            return html(_debug_index(), charset="UTF-8")
        if request.path == "/debug/default/toolbar" and _TAG.match(tag):
            return html(_debug_toolbar(tag), charset="UTF-8")
        if request.path == "/debug/default/view" and _TAG.match(tag):
            panel = p.get("panel", "request")
            if panel in DEBUG_PANELS:
                return html(_debug_view(tag, panel), charset="UTF-8")
        return self._missing()

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        p = request.params
        if path == "/":
            return _home(request)
        if m := _ARTICLE.match(path):
            story = _BY_ID.get(int(m.group(1)))
            return _article(story, request) if story else None
        if path == "/tin-tuc/view":
            story = _BY_ID.get(_int(p.get("id"), 0))
            return _article(story, request) if story else None
        if path == "/tin-tuc":
            crumbs = _crumbs((None, "Tin tức"))
            return _listing(request, "Tin tức", newest(), NEWS_PAGE_SIZE, crumbs, "/tin-tuc")
        if m := re.fullmatch(r"/danh-muc/([a-z0-9-]+)", path):
            slug = m.group(1)
            if slug not in CATS:
                return None
            return _listing(request, CATS[slug], newest(slug), CAT_PAGE_SIZE, _crumbs((None, CATS[slug])), f"/danh-muc/{slug}")
        if m := re.fullmatch(r"/tag/([a-z0-9-]+)", path):
            slug = m.group(1)
            if slug not in TAGS:
                return None
            title = f"Từ khóa: {TAGS[slug]}"
            return _listing(request, title, newest(tag=slug), CAT_PAGE_SIZE, _crumbs((None, title)), "")
        if path == "/gioi-thieu":
            return _intro(request)
        if path == "/lien-he":
            return _contact(request)
        if path == "/thoi-khoa-bieu":
            return _timetable(request)
        if path == "/van-ban":
            return _docs(request)
        if m := re.fullmatch(r"/van-ban/(\d+)", path):
            return _doc(request, int(m.group(1))) if int(m.group(1)) in DOCS else None
        if path == "/thu-vien/anh":
            return _albums(request)
        if m := re.fullmatch(r"/thu-vien/anh/(\d+)", path):
            return _album(request, int(m.group(1))) if int(m.group(1)) in ALBUMS else None
        if path == "/lich-hoat-dong":
            return _month_view(request)
        if path == "/tim-kiem":
            return _search(request)
        if path == "/site/login":
            return _login(request)
        if path == "/site/request-password-reset":
            return _reset(request, "Đặt lại mật khẩu", "Vui lòng nhập email của bạn. Một đường dẫn đặt lại mật khẩu sẽ được gửi đến email đó.", "PasswordResetRequestForm", "Gửi")
        if path == "/site/resend-verification-email":
            return _reset(request, "Gửi lại email xác thực", "Vui lòng nhập email của bạn. Email xác thực sẽ được gửi lại.", "ResendVerificationEmailForm", "Gửi")
        if path == "/site/logout":
            return redirect("/", 302)
        return None

    @staticmethod
    def _missing() -> Response:
        return html(_ERROR, status=404, charset="UTF-8")


def build_site() -> Yii2School:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return Yii2School()
