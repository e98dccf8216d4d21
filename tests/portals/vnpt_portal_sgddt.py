"""Fixture portal: Sở GD&ĐT tỉnh Tuyên Quang on a telecom vendor's e-government portal framework.

Imitates the kind of portal the e-government divisions of VNPT (and CMC, FPT) build for provincial
departments: ASP.NET MVC 5 behind friendly ``/Pages/….aspx`` routes, a page made of *zones*
(``div.zone-left``, ``div.zone-center``, ``div.zone-right``) filled with *modules*
(``div.module > div.module-title > span`` + ``div.module-content``), jQuery, an anti-forgery
token in every form, the vendor's credit in the footer. What it serves:

- ``/`` answers 302 to ``/Pages/trang-chu.aspx`` (the home page): a "Tin nổi bật" slider of three
  highlighted stories, one module per category with its four newest items and a "Xem tất cả"
  link, "Văn bản mới", "Album ảnh", "Video";
- listings ``/Pages/tin-tuc.aspx?CategoryId=N`` (12 Tin tức - Sự kiện, 13 Thông báo, 15 Hoạt động
  các đơn vị trường học), three items a page, pager "Đầu ‹ 1 2 3 › Cuối" with real
  ``&page=N`` links (``page=1`` repeats the first page; a page past the end answers 200 with
  "Chưa có tin bài trong chuyên mục này.");
- articles at ``/Pages/tin-tuc/<slug>-<id>.aspx?ItemID=<id>``: the server reads only ``ItemID``;
  the slug is decoration. The page: breadcrumb, ``div.article-title > h2`` (the headline; the
  ``<title>`` is the page's name "Chi tiết tin"), the tools line "Ngày đăng: 24/11/2026 |
  Lượt xem: N | Cỡ chữ: A A A | In bài | Gửi email" (two stories add "| Cập nhật: …" after the
  date), the sapo in ``div.article-brief > strong`` (an empty ``<strong></strong>`` when the
  editor gave none), the body in ``div.article-content`` (justified ``<p>``, bold sub-headings,
  lists, bordered tables, centred images followed by ``<p class="caption">``, right-aligned
  closing lines), "Tệp đính kèm:" with file-type icons, "Từ khóa:" tags (links into the search
  page), the "Chia sẻ" bar, the star rating "Đánh giá bài viết: ★★★★★", "Tin mới hơn" / "Tin
  cũ hơn" lists with dates, "Tin cùng chuyên mục" with thumbnails and dates, and "Ý kiến bạn
  đọc" (published readers' comments on one story, then a form with a captcha);
- ``/rss`` (a page listing one feed per category) and ``/rss/<category>.rss`` (RSS 2.0);
  ``/sitemap.xml`` (announced in robots.txt) lists only the category and static pages, no
  article; ``og:url`` on every page echoes the requested address; there is no rel=canonical;
- non-article pages: Giới thiệu (chức năng nhiệm vụ; cơ cấu tổ chức with leaders' photos,
  names, phones), Văn bản (a searchable, sortable document table, two pages, detail pages
  ``/Pages/van-ban/chi-tiet.aspx?ItemID=N`` with register fields and a file), Thủ tục hành chính
  (table + detail pages of long procedure text), Lịch công tác (weekly table), Hỏi đáp (question
  list; a detail page prints a citizen's question and the department's dated answer), Album ảnh
  (album list, album pages of captioned photos), Video (list, detail pages with an embedded
  player and one descriptive line), Liên hệ (form), Gửi email (a send-to-a-friend form per
  article), search results, the login page;
- chrome: banner, a horizontal mega menu, the header clock ``TODAY``, a "Đăng nhập" link, a
  search box, a weather box, "Tin mới nhất" and "Tin xem nhiều" with dates, a visitor counter,
  links to Bộ GD&ĐT and the provincial portals, a "Liên kết website" dropdown, a footer with
  "Cơ quan chủ quản", "Chịu trách nhiệm chính", address, phone, hotline and licence line.

Traps and hard cases (all as such portals have them):
- the same article under two slugs: the home slider links the three highlighted stories with
  the slug of their *short title* (``/Pages/tin-tuc/giao-ban-thang-11-4521.aspx?ItemID=4521``),
  and story 4490 links story 4483 inside its text with the slug of an older title; both serve
  the very same page (no canonical; og:url echoes whichever was asked). These are alt_paths;
- Lịch công tác: ``?tuan=W&nam=Y`` with "« Tuần trước" / "Tuần sau »" links that never end
  (any week of 1900-2999 answers 200; weeks without a schedule say so);
- the "Đăng nhập" link carries ``ReturnUrl=<this page>``, so every page links its own login URL;
- "Tin xem nhiều" is a cached module that still links a deleted story (ItemID 3977): the
  article route answers 200 with "Tin bài không tồn tại hoặc đã bị gỡ bỏ." (a soft 404); so
  does any unknown ItemID;
- the document table's column headers sort (``&sort=…&dir=…``, kept in pager links);
- one story (4502) was typed in the old editor that wrote numeric/named character references
  for every second non-ASCII letter; one (4488) was stored decomposed (NFD);
- ItemID is shared by articles, documents, procedures, Q&A, albums and videos: only the
  ``/Pages/tin-tuc/…`` route holds articles;
- Q&A and video detail pages have a headline, a date and paragraphs, but are not news articles.

Gold (by hand). Articles are the 13 stories of the three categories; every other page is not.
Judgement calls:
- title: the ``h2`` in ``div.article-title`` as published (4498 is in capitals and stays so);
- published_at: the "Ngày đăng" date, date only (the platform prints no time); "Cập nhật: …" is
  an edit date, not the publication date;
- summary: the ``div.article-brief`` text, also the body's first paragraph; empty brief: None.
  Story 4490 (copied from a newspaper) repeats the sapo as the first paragraph of its content:
  the reader reads it once, so the body holds it once;
- body: the content's paragraphs in order, bold sub-headings and list items included, table
  rows as one paragraph each with cells joined by " | " (the header row too); captions, the
  closing signature/byline lines, "Tệp đính kèm", tags, rating, share, related lists and
  readers' comments are not body;
- captions: the ``p.caption`` line right under a photo, as printed (4509's "(Ảnh: Minh Khôi)"
  suffix kept, and it names Minh Khôi as photographer); a line that is only a Zalo file name
  (4516) is no caption; photos with no line have caption None;
- bylines: "Tin, ảnh: X" and "Tin và ảnh: X" put X in authors and photographers; "Bài: X - Ảnh:
  Y" splits; "Ảnh: Y" alone gives only a photographer; a bare right-aligned name is the author;
  "Trần Thị Mai Hương - Giáo viên Trường …" is the author's name and her position (the position
  is dropped); a closing office line ("Văn phòng Sở", "Phòng GDTrH") is the author, as printed;
  "Nguồn: Báo Tuyên Quang" is the source (the label dropped). Notices signed by nobody have no
  author;
- category: the breadcrumb's last link (the listing's name);
- images: every photo of the content in order (one src is an absolute URL on the production
  host and stays external); icons, thumbnails, banners and the captcha are not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

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
    opaque,
    static_file,
    text,
)

NAME = "vnpt_portal_sgddt"
PLATFORM = "vnpt_egov_portal"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"
SITE_UPPER = "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG"
SHORT = "Sở GD&ĐT Tuyên Quang"
HOME = "/Pages/trang-chu.aspx"
UP = "/Uploads/images"
PER_PAGE = 3
DOCS_PER_PAGE = 5
TODAY_DATE = date(2026, 11, 25)
TOKEN = opaque("vnpt-antiforgery", 72)
SEP = ' <span class="sep">›</span> '

#: CategoryId -> (printed name, feed slug)
CATS: dict[int, tuple[str, str]] = {
    12: ("Tin tức - Sự kiện", "tin-tuc"),
    13: ("Thông báo", "thong-bao"),
    15: ("Hoạt động các đơn vị trường học", "hoat-dong-truong-hoc"),
}
DELETED_ID = 3977
DELETED_PATH = (
    f"/Pages/tin-tuc/le-khai-giang-nam-hoc-2026-2027-{DELETED_ID}.aspx?ItemID={DELETED_ID}"
)


OLD_4483 = (
    "/Pages/tin-tuc/hoi-nghi-trien-khai-nhiem-vu-gdtrh-nam-hoc-2026-2027-4483.aspx?ItemID=4483"
)


def _right(markup: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{markup}</p>')


# Story.opts: day (Ngày đăng), upd (Cập nhật date), short (slug of the short title: slider link),
# old (an older slug linked from another story's text), files [(name, kind, size)], tags,
# nfd, entities, comments [(name, when, text)], dup_sapo (the sapo repeated in the content).
# P styles: "" (justified paragraph), "h" (bold sub-heading), "li", "th"/"tr" (table rows,
# cells " | "), "a|href|phrase" (a paragraph with a link on phrase).
# Img styles: "next" (centred image, p.caption under it when printed).
STORIES: list[Story] = [
    Story(
        id=4521,
        slug="so-gd-dt-giao-ban-cong-tac-thang-11-trien-khai-nhiem-vu-thang-12-nam-2026",
        title="Sở GD&ĐT giao ban công tác tháng 11, triển khai nhiệm vụ tháng 12 năm 2026",
        cat="12",
        published_at="2026-11-24",
        summary=(
            "Sáng 24/11, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến đánh giá"
            " kết quả công tác tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12 năm 2026 với"
            " các cơ sở giáo dục trực thuộc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự hội nghị có lãnh đạo Sở, trưởng các phòng chuyên môn, nghiệp vụ thuộc Sở; hiệu"
                " trưởng các trường THPT, giám đốc các trung tâm GDNN-GDTX và các trường phổ thông"
                " dân tộc nội trú trên địa bàn tỉnh."
            ),
            Img(
                f"{UP}/2026/11/giao-ban-thang-11-1.jpg",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu kết luận hội nghị",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu kết luận hội nghị",
            ),
            P(
                "Trong tháng 11, toàn ngành đã tổ chức nhiều hoạt động thiết thực chào mừng kỷ niệm"
                " 44 năm Ngày Nhà giáo Việt Nam; hoàn thành kiểm tra nội bộ tại 38 cơ sở giáo dục;"
                " 100% trường học đã cập nhật dữ liệu học sinh, giáo viên lên cơ sở dữ liệu ngành"
                " đúng thời hạn."
            ),
            P(
                "Hội nghị cũng chỉ ra một số hạn chế như: tiến độ xây dựng phòng học bộ môn tại một"
                " số trường vùng cao còn chậm; việc triển khai học bạ số ở cấp THPT chưa đồng đều"
                " giữa các đơn vị."
            ),
            P("Nhiệm vụ trọng tâm tháng 12:", "h"),
            P("Tổ chức kiểm tra, đánh giá cuối học kỳ I nghiêm túc, đúng quy định;", "li"),
            P("Hoàn thành thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027;", "li"),
            P("Chủ động phương án phòng, chống rét cho học sinh bán trú, nội trú;", "li"),
            P("Rà soát, hoàn thiện hồ sơ đề nghị công nhận trường đạt chuẩn quốc gia.", "li"),
            Img(f"{UP}/2026/11/giao-ban-thang-11-2.jpg"),
            P(
                "Kết luận hội nghị, đồng chí Giám đốc Sở đề nghị thủ trưởng các đơn vị bám sát kế"
                " hoạch, phân công cụ thể từng nhiệm vụ, báo cáo kết quả về Sở trước ngày"
                " 25/12/2026."
            ),
            _right("<strong>Văn phòng Sở</strong>"),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "day": date(2026, 11, 24),
            "short": "giao-ban-thang-11",
            "tags": ["Giao ban", "Kế hoạch tháng 12"],
        },
    ),
    Story(
        id=4519,
        slug="thong-bao-ket-qua-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        title="Thông báo kết quả Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027",
        cat="13",
        published_at="2026-11-23",
        blocks=[
            P(
                "Căn cứ kết quả chấm thi của Ban Giám khảo, Sở Giáo dục và Đào tạo thông báo danh"
                " sách giáo viên đạt giải cao tại Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm"
                " học 2026 - 2027 như sau:"
            ),
            P("STT | Họ và tên | Đơn vị | Môn dạy | Giải", "th"),
            P("1 | Nguyễn Thị Thu Hà | Trường THPT Chuyên Tuyên Quang | Ngữ văn | Nhất", "tr"),
            P("2 | Hoàng Văn Quý | Trường THPT Na Hang | Toán | Nhất", "tr"),
            P("3 | Lý Thị Hồng | Trường PTDTNT THPT tỉnh | Lịch sử | Nhì", "tr"),
            P("4 | Đặng Minh Tuấn | Trường THPT Yên Hoa | Vật lí | Nhì", "tr"),
            P("5 | Vũ Thị Phương Thảo | Trường THPT Sơn Dương | Tiếng Anh | Nhì", "tr"),
            P(
                "Danh sách đầy đủ 46 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh xem trong"
                " tệp đính kèm. Ý kiến phản hồi (nếu có) gửi về Phòng Tổ chức cán bộ trước 17 giờ"
                " 00 ngày 30/11/2026."
            ),
        ],
        opts={
            "day": date(2026, 11, 23),
            "files": [("QD-cong-nhan-GVDG-THPT-2026-2027.pdf", "pdf", 245760)],
            "tags": ["Giáo viên dạy giỏi"],
        },
    ),
    Story(
        id=4516,
        slug="nganh-giao-duc-tuyen-quang-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Ngành Giáo dục Tuyên Quang kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="12",
        published_at="2026-11-20",
        summary=(
            "Sáng 19/11, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo các sở, ngành;"
                " các thế hệ nhà giáo đã nghỉ hưu cùng đông đảo cán bộ quản lý, giáo viên, học"
                " sinh trên địa bàn tỉnh."
            ),
            Img(
                f"{UP}/2026/11/ky-niem-20-11-1.jpg",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
            ),
            P(
                "Năm học 2025 - 2026, toàn tỉnh có 61 học sinh đạt giải trong kỳ thi chọn học sinh"
                " giỏi quốc gia, tăng 9 giải so với năm học trước; tỷ lệ tốt nghiệp THPT đạt"
                " 99,12%; 27 trường được công nhận đạt chuẩn quốc gia."
            ),
            Img(
                f"{UP}/2026/11/z6021458873412_3b9e0f7c2d1a4e56.jpg",
                "z6021458873412_3b9e0f7c2d1a4e56.jpg",
                None,
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của"
                " đội ngũ nhà giáo, đặc biệt là các thầy, cô giáo đang công tác tại các điểm trường"
                " vùng sâu, vùng xa, vượt khó bám bản, bám lớp."
            ),
            P(
                "Dịp này, 35 nhà giáo tiêu biểu được Chủ tịch UBND tỉnh tặng Bằng khen; 120 nhà"
                " giáo được Giám đốc Sở tặng Giấy khen vì có thành tích xuất sắc trong công tác"
                " giảng dạy và giáo dục học sinh."
            ),
            Img(
                f"{UP}/2026/11/ky-niem-20-11-3.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh Trường PTDTNT THPT tỉnh",
                "Tiết mục văn nghệ chào mừng của học sinh Trường PTDTNT THPT tỉnh",
            ),
            _right("<strong>Tin, ảnh: Hoàng Anh</strong>"),
        ],
        authors=["Hoàng Anh"],
        photographers=["Hoàng Anh"],
        opts={
            "day": date(2026, 11, 20),
            "short": "ky-niem-44-nam-ngay-nha-giao",
            "tags": ["Ngày Nhà giáo Việt Nam", "20/11"],
        },
    ),
    Story(
        id=4514,
        slug="truong-thpt-chuyen-tuyen-quang-to-chuc-ngay-hoi-khoa-hoc-ky-thuat-nam-2026",
        title="Trường THPT Chuyên Tuyên Quang tổ chức Ngày hội Khoa học kỹ thuật năm 2026",
        cat="15",
        published_at="2026-11-19",
        summary=(
            "Ngày 18/11, Trường THPT Chuyên Tuyên Quang tổ chức Ngày hội Khoa học kỹ thuật dành"
            " cho học sinh với 42 dự án thuộc 12 lĩnh vực."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các dự án tập trung vào những vấn đề gần gũi với đời sống như: xử lý rác thải nhựa,"
                " cảnh báo sạt lở đất, thiết bị tưới tiêu tự động cho cây cam sành, ứng dụng hỗ trợ"
                " học sinh dân tộc thiểu số học tiếng Việt."
            ),
            Img(
                f"{UP}/2026/11/ngay-hoi-khkt-chuyen-1.jpg",
                "Học sinh giới thiệu dự án thiết bị cảnh báo sạt lở đất",
                "Học sinh giới thiệu dự án thiết bị cảnh báo sạt lở đất",
            ),
            P(
                "Ban Giám khảo đánh giá cao tính thực tiễn của nhiều dự án; 8 dự án xuất sắc được"
                " lựa chọn tham dự Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học"
                " năm học 2026 - 2027."
            ),
            Img(
                f"{UP}/2026/11/ngay-hoi-khkt-chuyen-2.jpg",
                "Ban Giám khảo chấm dự án tại khu trưng bày",
                "Ban Giám khảo chấm dự án tại khu trưng bày",
            ),
            P(
                "Ngày hội là dịp để học sinh rèn luyện kỹ năng nghiên cứu, vận dụng kiến thức liên"
                " môn vào giải quyết các vấn đề thực tiễn, đồng thời khơi dậy niềm đam mê khoa học."
            ),
            _right("<strong>Bài: Nguyễn Thu Trang - Ảnh: Đức Minh</strong>"),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Đức Minh"],
        opts={"day": date(2026, 11, 19), "tags": ["Khoa học kỹ thuật", "STEM"]},
    ),
    Story(
        id=4509,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-cho-can-bo-quan-ly-giao-vien-thpt",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho cán bộ quản lý, giáo viên THPT",
        cat="12",
        published_at="2026-11-17",
        summary=(
            "Từ ngày 14 đến 16/11, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn ứng dụng trí tuệ"
            " nhân tạo (AI) trong dạy học và quản lý cho 180 cán bộ quản lý, giáo viên cốt cán"
            " các trường THPT."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, học viên được giới thiệu tổng quan về trí tuệ nhân tạo, các"
                " nguyên tắc sử dụng AI an toàn, có trách nhiệm trong nhà trường; thực hành khai"
                " thác công cụ AI để thiết kế kế hoạch bài dạy, xây dựng ngân hàng câu hỏi và hỗ"
                " trợ đánh giá thường xuyên."
            ),
            Img(
                f"{UP}/2026/11/tap-huan-ai-thpt.jpg",
                "Giảng viên hướng dẫn học viên thực hành xây dựng kế hoạch bài dạy có sự hỗ trợ"
                " của AI (Ảnh: Minh Khôi)",
                "Giảng viên hướng dẫn học viên thực hành xây dựng kế hoạch bài dạy có sự hỗ trợ"
                " của AI (Ảnh: Minh Khôi)",
            ),
            P(
                "Sau tập huấn, mỗi giáo viên cốt cán có trách nhiệm bồi dưỡng lại cho giáo viên"
                " trong tổ chuyên môn tại đơn vị; các nhà trường xây dựng quy định nội bộ về sử"
                " dụng AI trong dạy học, kiểm tra, đánh giá."
            ),
            _right("<strong>Lê Hải Yến</strong>"),
        ],
        authors=["Lê Hải Yến"],
        photographers=["Minh Khôi"],
        opts={
            "day": date(2026, 11, 17),
            "tags": ["Chuyển đổi số", "Trí tuệ nhân tạo"],
            "comments": [
                (
                    "Phạm Thị Ngọc",
                    "17/11/2026 20:14",
                    "Lớp tập huấn rất bổ ích, mong Sở tiếp tục mở thêm lớp cho giáo viên THCS.",
                ),
                (
                    "Trần Văn Long",
                    "18/11/2026 07:32",
                    "Đề nghị Sở chia sẻ tài liệu tập huấn trên trang để giáo viên tham khảo.",
                ),
            ],
        },
    ),
    Story(
        id=4505,
        slug="thong-bao-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tinh-nam-hoc-2026-2027",
        title="Thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh năm học 2026 - 2027",
        cat="13",
        published_at="2026-11-16",
        blocks=[
            P(
                "Thực hiện Kế hoạch năm học 2026 - 2027, Sở Giáo dục và Đào tạo thông báo tổ chức"
                " Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh cấp THCS và THPT như sau:"
            ),
            P("Thời gian: từ ngày 07/12/2026 đến ngày 11/12/2026.", "li"),
            P("Địa điểm: Trường THCS Phan Thiết và Trường THPT Tân Trào.", "li"),
            P(
                "Đối tượng: giáo viên đang làm công tác chủ nhiệm lớp, đã đạt danh hiệu giáo viên"
                " chủ nhiệm lớp giỏi cấp trường.",
                "li",
            ),
            P(
                "Các đơn vị gửi danh sách giáo viên dự thi và hồ sơ về Sở (qua Phòng Giáo dục Trung"
                " học) trước ngày 30/11/2026 theo mẫu đính kèm."
            ),
        ],
        opts={
            "day": date(2026, 11, 16),
            "files": [
                ("KH-hoi-thi-GVCN-gioi-2026-2027.pdf", "pdf", 318464),
                ("Mau-dang-ky-du-thi-GVCN.docx", "doc", 27648),
            ],
            "tags": ["Giáo viên chủ nhiệm"],
        },
    ),
    Story(
        id=4502,
        slug="truong-ptdtnt-thcs-lam-binh-to-chuc-hoat-dong-trai-nghiem-cho-phien-vung-cao",
        title="Trường PTDTNT THCS Lâm Bình tổ chức hoạt động trải nghiệm “Chợ phiên vùng cao”",
        cat="15",
        published_at="2026-11-13",
        blocks=[
            P(
                "Chiều 11/11, Trường Phổ thông dân tộc nội trú THCS Lâm Bình tổ chức hoạt động trải"
                " nghiệm “Chợ phiên vùng cao” với sự tham gia của 280 học sinh thuộc các dân tộc"
                " Tày, Dao, Mông, Pà Thẻn."
            ),
            Img(
                f"{UP}/2026/11/cho-phien-lam-binh-1.jpg",
                "Gian hàng bánh chưng đen, bánh gai của lớp 8A",
                "Gian hàng bánh chưng đen, bánh gai của lớp 8A",
            ),
            P(
                "Mỗi lớp là một gian hàng, trưng bày và giới thiệu sản phẩm đặc trưng của quê hương"
                " như: thổ cẩm, măng khô, mật ong, chè Shan tuyết, các món ăn truyền thống. Học sinh"
                " được trực tiếp làm người bán hàng, tính toán chi phí, lãi lỗ."
            ),
            Img(f"{UP}/2026/11/cho-phien-lam-binh-2.jpg"),
            P(
                "Hoạt động giúp học sinh thêm hiểu, thêm yêu văn hóa truyền thống của dân tộc mình,"
                " đồng thời rèn luyện kỹ năng giao tiếp, hợp tác và quản lý tài chính cá nhân."
            ),
            _right("<em>Tin và ảnh: Ma Thị Huệ</em>"),
        ],
        authors=["Ma Thị Huệ"],
        photographers=["Ma Thị Huệ"],
        opts={"day": date(2026, 11, 13), "entities": 2, "tags": ["Trải nghiệm", "PTDTNT"]},
    ),
    Story(
        id=4498,
        slug="be-mac-hoi-khoe-phu-dong-tinh-tuyen-quang-lan-thu-i-nam-2026",
        title="BẾ MẠC HỘI KHỎE PHÙ ĐỔNG TỈNH TUYÊN QUANG LẦN THỨ I NĂM 2026",
        cat="12",
        published_at="2026-11-11",
        summary=(
            "Sau 5 ngày tranh tài sôi nổi, chiều 10/11, Hội khỏe Phù Đổng tỉnh Tuyên Quang lần"
            " thứ I năm 2026 đã bế mạc với 1.850 vận động viên tham gia 12 môn thi đấu."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe Phù Đổng lần thứ I là đại hội thể thao học sinh đầu tiên kể từ khi tỉnh"
                " Tuyên Quang mới được thành lập, thu hút đông đảo học sinh phổ thông đến từ các"
                " xã, phường trên địa bàn tỉnh."
            ),
            Img(
                f"{UP}/2026/11/HKPD%202026/be-mac-hkpd-1.jpg",
                "Trao cờ, cúp cho các đơn vị dẫn đầu toàn đoàn",
                "Trao cờ, cúp cho các đơn vị dẫn đầu toàn đoàn",
            ),
            P("Kết quả các đơn vị dẫn đầu toàn đoàn:", "h"),
            P("Đơn vị | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng", "th"),
            P("Phường Minh Xuân | 38 | 29 | 31", "tr"),
            P("Phường Hà Giang 1 | 33 | 27 | 30", "tr"),
            P("Xã Sơn Dương | 24 | 22 | 28", "tr"),
            P(
                "Ban Tổ chức đã trao 312 huy chương Vàng, 309 huy chương Bạc và 447 huy chương Đồng"
                " cho các vận động viên; 15 kỷ lục của Hội khỏe Phù Đổng tỉnh được xác lập."
            ),
            Img(f"{UP}/2026/11/HKPD%202026/be-mac-hkpd-2.jpg"),
            _right("<em>Ảnh: Quang Vinh</em>"),
        ],
        photographers=["Quang Vinh"],
        opts={
            "day": date(2026, 11, 11),
            "short": "hoi-khoe-phu-dong-2026",
            "tags": ["Hội khỏe Phù Đổng", "Thể thao"],
        },
    ),
    Story(
        id=4490,
        slug="doan-cong-tac-bo-gd-dt-kiem-tra-viec-thuc-hien-chuong-trinh-gdpt-tai-tuyen-quang",
        title="Đoàn công tác Bộ GD&ĐT kiểm tra việc thực hiện Chương trình GDPT tại Tuyên Quang",
        cat="12",
        published_at="2026-11-06",
        summary=(
            "Từ ngày 04 - 05/11, Đoàn công tác của Bộ Giáo dục và Đào tạo do Thứ trưởng làm"
            " trưởng đoàn đã kiểm tra việc thực hiện Chương trình giáo dục phổ thông 2018 tại"
            " một số cơ sở giáo dục của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Raw(
                '<p style="text-align: justify;"><strong>Từ ngày 04 - 05/11, Đoàn công tác của Bộ'
                " Giáo dục và Đào tạo do Thứ trưởng làm trưởng đoàn đã kiểm tra việc thực hiện"
                " Chương trình giáo dục phổ thông 2018 tại một số cơ sở giáo dục của tỉnh."
                "</strong></p>"
            ),
            P(
                "Đoàn đã kiểm tra thực tế tại Trường THPT Hàm Yên, Trường THCS Tân Trào và Trường"
                " Tiểu học Hồng Thái; dự giờ các tiết học môn Tin học, Công nghệ và Hoạt động trải"
                " nghiệm, hướng nghiệp."
            ),
            Img(
                f"{UP}/2026/11/doan-bo-kiem-tra-gdpt.jpg",
                "Đoàn công tác dự giờ tiết học môn Tin học tại Trường THPT Hàm Yên",
                "Đoàn công tác dự giờ tiết học môn Tin học tại Trường THPT Hàm Yên",
            ),
            P(
                "Làm việc với Sở, đoàn ghi nhận tỉnh đã chủ động bố trí đủ giáo viên các môn học"
                " mới, triển khai đồng bộ các giải pháp nêu tại hội nghị triển khai nhiệm vụ giáo"
                " dục trung học đầu năm học.",
                f"a|{OLD_4483}|hội nghị triển khai nhiệm vụ giáo dục trung học",
            ),
            P(
                "Thứ trưởng đề nghị tỉnh tiếp tục quan tâm đầu tư phòng học bộ môn, thiết bị dạy học"
                " tối thiểu; có chính sách thu hút giáo viên về công tác tại các xã vùng cao, đặc"
                " biệt khó khăn."
            ),
            _right("<strong>Thu Hằng</strong>"),
            _right("<em>Nguồn: Báo Tuyên Quang</em>"),
        ],
        authors=["Thu Hằng"],
        source="Báo Tuyên Quang",
        opts={"day": date(2026, 11, 6), "tags": ["Chương trình GDPT 2018"], "dup_sapo": True},
    ),
    Story(
        id=4488,
        slug="truong-tieu-hoc-phan-thiet-to-chuc-ngay-hoi-doc-sach",
        title="Trường Tiểu học Phan Thiết tổ chức Ngày hội đọc sách",
        cat="15",
        published_at="2026-11-04",
        blocks=[
            P(
                "Nhằm phát triển văn hóa đọc trong nhà trường, sáng 03/11, Trường Tiểu học Phan"
                " Thiết tổ chức Ngày hội đọc sách với chủ đề “Mỗi ngày một trang sách hay”."
            ),
            P(
                "Tại ngày hội, học sinh các khối lớp tham gia nhiều hoạt động: giới thiệu sách,"
                " vẽ tranh theo nội dung truyện, đóng vai nhân vật, đổi sách cũ lấy sách mới. Thư"
                " viện nhà trường nhận thêm 650 cuốn sách do phụ huynh và học sinh quyên góp."
            ),
            Img(
                f"{UP}/2026/11/ngay-hoi-doc-sach-phan-thiet.jpg",
                "Học sinh lớp 3A đóng vai nhân vật trong truyện Dế Mèn phiêu lưu ký",
                "Học sinh lớp 3A đóng vai nhân vật trong truyện Dế Mèn phiêu lưu ký",
            ),
            P(
                "Nhà trường duy trì tiết đọc thư viện mỗi tuần một lần và góc đọc sách tại mỗi lớp"
                " học, khuyến khích học sinh đọc sách vào giờ ra chơi."
            ),
            _right("Trần Thị Mai Hương - Giáo viên Trường Tiểu học Phan Thiết"),
        ],
        authors=["Trần Thị Mai Hương"],
        opts={"day": date(2026, 11, 4), "nfd": True, "tags": ["Văn hóa đọc"]},
    ),
    Story(
        id=4483,
        slug="hoi-nghi-trien-khai-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ giáo dục trung học năm học 2026 - 2027",
        cat="12",
        published_at="2026-10-30",
        summary=(
            "Ngày 29/10, Sở Giáo dục và Đào tạo tổ chức hội nghị triển khai nhiệm vụ giáo dục"
            " trung học năm học 2026 - 2027 cho hiệu trưởng các trường THCS, THPT trên địa bàn"
            " tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, cấp trung học tập trung thực hiện hiệu quả Chương trình giáo"
                " dục phổ thông 2018 ở tất cả các khối lớp; đổi mới phương pháp dạy học, kiểm tra,"
                " đánh giá theo hướng phát triển phẩm chất, năng lực học sinh."
            ),
            P(
                "Hội nghị đã thảo luận về các giải pháp nâng cao chất lượng dạy học môn Tiếng Anh,"
                " giáo dục STEM, tổ chức dạy học hai buổi/ngày và công tác tư vấn tâm lý học"
                " đường."
            ),
            Img(
                f"{UP}/2026/10/hoi-nghi-gdtrh-2026.jpg",
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
            ),
            P(
                "Các đơn vị hoàn thành kế hoạch giáo dục nhà trường, đăng tải công khai trên trang"
                " thông tin điện tử của đơn vị trước ngày 15/11/2026."
            ),
            _right("<strong>Phòng GDTrH</strong>"),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "day": date(2026, 10, 30),
            "old": "hoi-nghi-trien-khai-nhiem-vu-gdtrh-nam-hoc-2026-2027",
            "tags": ["Giáo dục trung học"],
        },
    ),
    Story(
        id=4477,
        slug="thong-bao-tiep-nhan-ho-so-de-nghi-xet-tang-danh-hieu-nha-giao-nhan-dan-nha-giao-uu-tu-lan-thu-17",
        title=(
            "Thông báo tiếp nhận hồ sơ đề nghị xét tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu"
            " tú lần thứ 17"
        ),
        cat="13",
        published_at="2026-10-27",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo tiếp nhận hồ sơ đề nghị xét tặng danh hiệu Nhà"
                " giáo Nhân dân, Nhà giáo Ưu tú lần thứ 17 năm 2027 của các cơ sở giáo dục trên địa"
                " bàn tỉnh."
            ),
            P(
                "Thời hạn nộp hồ sơ: trước ngày 20/12/2026, tại Bộ phận một cửa của Sở hoặc qua Hệ"
                " thống thông tin giải quyết thủ tục hành chính tỉnh. Hồ sơ gồm các thành phần theo"
                " hướng dẫn đính kèm."
            ),
        ],
        opts={
            "day": date(2026, 10, 27),
            "upd": date(2026, 11, 2),
            "files": [("HD-xet-tang-NGND-NGUT-lan-17.pdf", "pdf", 402432)],
            "tags": ["Thi đua khen thưởng"],
        },
    ),
    Story(
        id=4470,
        slug="so-gd-dt-va-tinh-doan-ky-ket-chuong-trinh-phoi-hop-giai-doan-2026-2030",
        title="Sở GD&ĐT và Tỉnh đoàn ký kết chương trình phối hợp giai đoạn 2026 - 2030",
        cat="12",
        published_at="2026-10-21",
        summary=(
            "Chiều 20/10, Sở Giáo dục và Đào tạo và Tỉnh đoàn Tuyên Quang ký kết chương trình"
            " phối hợp thực hiện công tác giáo dục chính trị, đạo đức, lối sống cho học sinh"
            " giai đoạn 2026 - 2030."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo chương trình, hai bên phối hợp tổ chức các hoạt động giáo dục lý tưởng cách"
                " mạng, kỹ năng sống, phòng chống bạo lực học đường; xây dựng môi trường học đường"
                " an toàn, lành mạnh, thân thiện."
            ),
            Img(
                "https://sgddt.tuyenquang.gov.vn/Uploads/images/2026/10/ky-ket-phoi-hop-tinh-doan.jpg",
                "Lãnh đạo Sở GD&ĐT và Tỉnh đoàn ký kết chương trình phối hợp",
                "Lãnh đạo Sở GD&ĐT và Tỉnh đoàn ký kết chương trình phối hợp",
            ),
            P(
                "Hằng năm, hai bên tổ chức sơ kết, đánh giá kết quả thực hiện; biểu dương, khen"
                " thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác Đoàn, Đội và"
                " phong trào thanh thiếu nhi trường học."
            ),
            _right("<strong>Tin, ảnh: Phạm Ngọc Lan</strong>"),
        ],
        authors=["Phạm Ngọc Lan"],
        photographers=["Phạm Ngọc Lan"],
        opts={"day": date(2026, 10, 21), "upd": date(2026, 10, 23), "tags": ["Công tác Đoàn, Đội"]},
    ),
]

_BY_ID = {s.id: s for s in STORIES}


def article_path(s: Story, slug: str | None = None) -> str:
    return f"/Pages/tin-tuc/{slug or s.slug}-{s.id}.aspx?ItemID={s.id}"


def alt_paths(s: Story) -> list[str]:
    return [article_path(s, s.opts[k]) for k in ("short", "old") if s.opts.get(k)]


def listing_path(cat: int, page: int = 0) -> str:
    return f"/Pages/tin-tuc.aspx?CategoryId={cat}" + (f"&page={page}" if page else "")


def in_cat(cat: int) -> list[Story]:
    return sorted((s for s in STORIES if int(s.cat) == cat), key=lambda s: s.id, reverse=True)


def cat_pages(cat: int) -> int:
    return max(1, -(-len(in_cat(cat)) // PER_PAGE))


LATEST = sorted(STORIES, key=lambda s: s.id, reverse=True)
HOT = [_BY_ID[4521], _BY_ID[4516], _BY_ID[4498]]


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    issued: date
    kind: str
    abstract: str
    signer: str
    file: str


DOCS: list[Doc] = [
    Doc(1288, "2456/SGDĐT-GDTrH", date(2026, 11, 20), "Công văn",
        "Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027", "Nguyễn Văn Hùng",
        "2456-SGDDT-GDTrH.pdf"),
    Doc(1285, "812/QĐ-SGDĐT", date(2026, 11, 18), "Quyết định",
        "Quyết định công nhận giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027",
        "Hà Thị Minh Thu", "812-QD-SGDDT.pdf"),
    Doc(1281, "2398/SGDĐT-VP", date(2026, 11, 12), "Công văn",
        "Về việc tăng cường công tác phòng, chống rét cho học sinh", "Nguyễn Văn Hùng",
        "2398-SGDDT-VP.pdf"),
    Doc(1276, "145/KH-SGDĐT", date(2026, 11, 5), "Kế hoạch",
        "Kế hoạch tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh năm học 2026 - 2027",
        "Hà Thị Minh Thu", "145-KH-SGDDT.pdf"),
    Doc(1270, "2301/SGDĐT-KHTC", date(2026, 10, 28), "Công văn",
        "Hướng dẫn thu, sử dụng các khoản thu dịch vụ phục vụ hoạt động giáo dục năm học 2026 - 2027",
        "Trần Quốc Bảo", "2301-SGDDT-KHTC.pdf"),
    Doc(1263, "56/TB-SGDĐT", date(2026, 10, 20), "Thông báo",
        "Thông báo lịch tiếp công dân của lãnh đạo Sở quý IV năm 2026", "Nguyễn Văn Hùng",
        "56-TB-SGDDT.pdf"),
    Doc(1259, "35/2026/QĐ-UBND", date(2026, 10, 9), "Quyết định",
        "Quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2026 - 2027",
        "UBND tỉnh Tuyên Quang", "35-2026-QD-UBND.pdf"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}
DOC_KINDS = ("Công văn", "Quyết định", "Kế hoạch", "Thông báo")

#: procedures: id -> (name, field, level, sections)
PROCEDURES: dict[int, tuple[str, str, str, list[tuple[str, list[str]]]]] = {
    301: ("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "Văn bằng, chứng chỉ", "Toàn trình", [
        ("Trình tự thực hiện", [
            "Bước 1: Người yêu cầu nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến tại Trung"
            " tâm Phục vụ hành chính công tỉnh.",
            "Bước 2: Sở Giáo dục và Đào tạo kiểm tra hồ sơ, đối chiếu sổ gốc và cấp bản sao văn"
            " bằng, chứng chỉ.",
        ]),
        ("Thành phần hồ sơ", [
            "Đơn đề nghị cấp bản sao theo mẫu;",
            "Bản sao giấy tờ tùy thân còn hiệu lực của người được cấp bản chính văn bằng.",
        ]),
        ("Thời hạn giải quyết", ["Trong ngày làm việc hoặc không quá 02 ngày làm việc."]),
        ("Phí, lệ phí", ["Không."]),
    ]),
    302: ("Chỉnh sửa nội dung văn bằng, chứng chỉ", "Văn bằng, chứng chỉ", "Một phần", [
        ("Trình tự thực hiện", [
            "Người đề nghị chỉnh sửa nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh; Sở xem"
            " xét, quyết định việc chỉnh sửa trong thời hạn 05 ngày làm việc.",
        ]),
        ("Thành phần hồ sơ", [
            "Đơn đề nghị chỉnh sửa văn bằng, chứng chỉ;",
            "Văn bằng, chứng chỉ đề nghị chỉnh sửa;",
            "Giấy tờ làm căn cứ chỉnh sửa.",
        ]),
        ("Phí, lệ phí", ["Không."]),
    ]),
    303: ("Cho phép trường trung học phổ thông hoạt động giáo dục", "Giáo dục trung học", "Một phần", [
        ("Trình tự thực hiện", [
            "Nhà trường lập hồ sơ gửi Sở Giáo dục và Đào tạo; trong thời hạn 20 ngày làm việc, Sở"
            " tổ chức thẩm định thực tế và quyết định cho phép hoạt động giáo dục.",
        ]),
        ("Thành phần hồ sơ", [
            "Tờ trình đề nghị cho phép hoạt động giáo dục;",
            "Quyết định thành lập trường; danh sách cán bộ quản lý, giáo viên, nhân viên.",
        ]),
    ]),
}  # fmt: skip

#: Q&A: id -> (title, asker, asked, question, answered, unit, answer paragraphs)
QAS: dict[int, tuple[str, str, date, str, date, str, list[str]]] = {
    88: (
        "Điều kiện miễn học phí đối với học sinh THPT", "Nguyễn Thị Lan - xã Thái Bình",
        date(2026, 11, 2),
        "Con tôi đang học lớp 10 tại trường THPT công lập, gia đình thuộc hộ cận nghèo. Xin hỏi"
        " cháu có được miễn học phí không và cần chuẩn bị giấy tờ gì?",
        date(2026, 11, 10), "Phòng Kế hoạch - Tài chính",
        [
            "Theo quy định hiện hành, học sinh trung học phổ thông ở cơ sở giáo dục công lập được"
            " miễn học phí từ năm học 2025 - 2026, không phân biệt hoàn cảnh gia đình.",
            "Gia đình không cần nộp hồ sơ đề nghị miễn học phí; nhà trường căn cứ danh sách học"
            " sinh để thực hiện theo quy định.",
        ],
    ),
    85: (
        "Thời gian nộp hồ sơ xét tặng Nhà giáo Ưu tú", "Trần Minh Đức - phường Minh Xuân",
        date(2026, 10, 25),
        "Tôi là giáo viên THCS, đủ 20 năm công tác. Xin hỏi thời hạn nộp hồ sơ đề nghị xét tặng"
        " danh hiệu Nhà giáo Ưu tú lần thứ 17 là khi nào?",
        date(2026, 10, 29), "Phòng Tổ chức cán bộ",
        ["Thời hạn nộp hồ sơ về Sở là trước ngày 20/12/2026. Đề nghị thầy xem hướng dẫn chi tiết"
         " trong thông báo đăng tại mục Thông báo trên Cổng thông tin điện tử của Sở."],
    ),
    81: (
        "Học sinh chuyển trường giữa năm học", "Lò Văn Sơn - xã Na Hang", date(2026, 10, 14),
        "Gia đình tôi chuyển công tác từ tỉnh khác về Tuyên Quang. Con tôi đang học lớp 7, xin"
        " hỏi thủ tục chuyển trường như thế nào?",
        date(2026, 10, 20), "Phòng Giáo dục Trung học",
        ["Hồ sơ chuyển trường gồm: đơn xin chuyển trường, học bạ, giấy giới thiệu của nhà trường"
         " nơi đi. Phụ huynh liên hệ trực tiếp trường THCS nơi đến để được hướng dẫn cụ thể."],
    ),
}  # fmt: skip

#: albums: id -> (name, day, [(file, caption)])
ALBUMS: dict[int, tuple[str, date, list[tuple[str, str]]]] = {
    57: ("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", date(2026, 11, 19), [
        ("album-20-11-01.jpg", "Các đại biểu dự lễ kỷ niệm"),
        ("album-20-11-02.jpg", "Tặng Bằng khen cho các nhà giáo tiêu biểu"),
        ("album-20-11-03.jpg", "Tiết mục văn nghệ chào mừng"),
        ("album-20-11-04.jpg", "Các thế hệ nhà giáo chụp ảnh lưu niệm"),
    ]),
    54: ("Hội khỏe Phù Đổng tỉnh lần thứ I năm 2026", date(2026, 11, 10), [
        ("album-hkpd-01.jpg", "Lễ khai mạc Hội khỏe Phù Đổng"),
        ("album-hkpd-02.jpg", "Thi đấu môn Điền kinh"),
        ("album-hkpd-03.jpg", "Thi đấu môn Bóng đá nam THCS"),
    ]),
}  # fmt: skip

#: videos: id -> (title, day, youtube id, description)
VIDEOS: dict[int, tuple[str, date, str, str]] = {
    23: ("Phóng sự: Những thầy cô bám bản vùng cao Lâm Bình", date(2026, 11, 18), "q2Fz9xK1a0M",
         "Phóng sự do Đài Phát thanh và Truyền hình tỉnh thực hiện nhân Ngày Nhà giáo Việt Nam."),
    21: ("Clip: Lễ khai mạc Hội khỏe Phù Đổng tỉnh lần thứ I", date(2026, 11, 5), "Lr7bT0cW3sE",
         "Toàn cảnh lễ khai mạc tại Sân vận động tỉnh."),
}  # fmt: skip

#: Lịch công tác, weeks with a schedule: (year, week) -> rows (day, time, content, place, leader)
SCHEDULE: dict[tuple[int, int], list[tuple[str, str, str, str, str]]] = {
    (2026, 48): [
        ("Thứ Hai 23/11", "08h00", "Giao ban lãnh đạo Sở", "Phòng họp tầng 2", "Giám đốc"),
        ("Thứ Ba 24/11", "08h00", "Hội nghị giao ban trực tuyến tháng 11", "Hội trường Sở", "Giám đốc"),
        ("Thứ Tư 25/11", "14h00", "Kiểm tra công tác bán trú tại xã Lâm Bình", "Xã Lâm Bình", "PGĐ Hà Thị Minh Thu"),
        ("Thứ Sáu 27/11", "08h00", "Dự họp UBND tỉnh thường kỳ tháng 11", "UBND tỉnh", "Giám đốc"),
    ],
    (2026, 49): [
        ("Thứ Hai 30/11", "08h00", "Giao ban lãnh đạo Sở", "Phòng họp tầng 2", "Giám đốc"),
        ("Thứ Tư 02/12", "08h00", "Làm việc với Trường THPT Chuyên Tuyên Quang", "Trường THPT Chuyên", "PGĐ Trần Quốc Bảo"),
    ],
}  # fmt: skip

LEADERS = [
    ("Giám đốc", "Nguyễn Văn Hùng", "0207 3822 384", "giamdoc.sgddt@tuyenquang.gov.vn", "lanh-dao-gd.jpg"),
    ("Phó Giám đốc", "Hà Thị Minh Thu", "0207 3822 385", "thuhtm.sgddt@tuyenquang.gov.vn", "lanh-dao-pgd1.jpg"),
    ("Phó Giám đốc", "Trần Quốc Bảo", "0207 3822 386", "baotq.sgddt@tuyenquang.gov.vn", "lanh-dao-pgd2.jpg"),
]  # fmt: skip

INTRO = [
    "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Tuyên Quang, có chức"
    " năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa"
    " bàn tỉnh.",
    "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức,"
    " biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm"
    " tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
    "Nhiệm vụ, quyền hạn: trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển giáo"
    " dục; hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục; quản lý chất lượng"
    " giáo dục, thi, tuyển sinh, văn bằng, chứng chỉ theo quy định.",
]

# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[int(s.cat)][0], alt_paths=alt_paths(s)) for s in LATEST
]

LOGIN = "/Account/Login"

NON_ARTICLES: list[str] = [
    HOME,
    *(listing_path(c) for c in CATS),
    *(listing_path(c, n) for c in CATS for n in range(2, cat_pages(c) + 1)),
    "/Pages/gioi-thieu/chuc-nang-nhiem-vu.aspx",
    "/Pages/gioi-thieu/co-cau-to-chuc.aspx",
    "/Pages/van-ban.aspx",
    "/Pages/van-ban.aspx?page=2",
    *(f"/Pages/van-ban/chi-tiet.aspx?ItemID={d.id}" for d in DOCS),
    "/Pages/thu-tuc-hanh-chinh.aspx",
    *(f"/Pages/thu-tuc-hanh-chinh/chi-tiet.aspx?ItemID={n}" for n in PROCEDURES),
    "/Pages/lich-cong-tac.aspx",
    "/Pages/hoi-dap.aspx",
    *(f"/Pages/hoi-dap/chi-tiet.aspx?ItemID={n}" for n in QAS),
    "/Pages/album-anh.aspx",
    *(f"/Pages/album-anh/chi-tiet.aspx?ItemID={n}" for n in ALBUMS),
    "/Pages/video.aspx",
    *(f"/Pages/video/chi-tiet.aspx?ItemID={n}" for n in VIDEOS),
    "/Pages/lien-he.aspx",
    "/Pages/tim-kiem.aspx?tukhoa=STEM",
    *(f"/Pages/gui-email.aspx?ItemID={s.id}" for s in LATEST),
    "/rss",
    DELETED_PATH,
    f"{LOGIN}?ReturnUrl=%2FPages%2Ftrang-chu.aspx",
]

# --------------------------------------------------------------------------- rendering helpers


def _dmy(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _module(title: str, content: str, cls: str = "", title_link: str | None = None) -> str:
    head = f'<a href="{title_link}">{esc(title)}</a>' if title_link else esc(title)
    return (
        f'<div class="module {cls}"><div class="module-title"><span>{head}</span></div>'
        f'<div class="module-content">{content}</div></div>'
    )


def _thumb(s: Story) -> str:
    first = next((i.src for i in s.images), "/Content/images/no-image.jpg")
    return first if first.startswith("/") else "/Content/images/no-image.jpg"


MENU = [
    ("Trang chủ", HOME, []),
    ("Giới thiệu", "/Pages/gioi-thieu/chuc-nang-nhiem-vu.aspx", [
        ("Chức năng, nhiệm vụ", "/Pages/gioi-thieu/chuc-nang-nhiem-vu.aspx"),
        ("Cơ cấu tổ chức", "/Pages/gioi-thieu/co-cau-to-chuc.aspx"),
    ]),
    ("Tin tức", listing_path(12), [(CATS[c][0], listing_path(c)) for c in CATS]),
    ("Văn bản", "/Pages/van-ban.aspx", []),
    ("Thủ tục hành chính", "/Pages/thu-tuc-hanh-chinh.aspx", []),
    ("Lịch công tác", "/Pages/lich-cong-tac.aspx", []),
    ("Hỏi đáp", "/Pages/hoi-dap.aspx", []),
    ("Thư viện", "/Pages/album-anh.aspx", [
        ("Album ảnh", "/Pages/album-anh.aspx"), ("Video", "/Pages/video.aspx"),
    ]),
    ("Liên hệ", "/Pages/lien-he.aspx", []),
]  # fmt: skip


def _menu() -> str:
    items = []
    for label, href, subs in MENU:
        sub = ""
        if subs:
            sub = (
                '<div class="mega-sub"><ul>'
                + "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in subs)
                + "</ul></div>"
            )
        items.append(f'<li class="mega-item"><a href="{esc(href)}">{esc(label)}</a>{sub}</li>')
    return f'<nav class="megamenu"><ul class="mega-root">{"".join(items)}</ul></nav>'


def _left_zone() -> str:
    quick = "".join(
        f'<li><a href="{esc(h)}">{esc(t)}</a></li>'
        for t, h in [
            ("Văn bản chỉ đạo điều hành", "/Pages/van-ban.aspx"),
            ("Thủ tục hành chính", "/Pages/thu-tuc-hanh-chinh.aspx"),
            ("Lịch công tác", "/Pages/lich-cong-tac.aspx"),
            ("Hỏi đáp trực tuyến", "/Pages/hoi-dap.aspx"),
            ("RSS", "/rss"),
        ]
    )
    links = (
        '<a href="https://moet.gov.vn" target="_blank"><img src="/Content/images/banner/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" /></a>'
        '<a href="https://tuyenquang.gov.vn" target="_blank"><img src="/Content/images/banner/cong-ttdt-tinh.png" alt="Cổng TTĐT tỉnh Tuyên Quang" /></a>'
        '<a href="https://dichvucong.tuyenquang.gov.vn" target="_blank"><img src="/Content/images/banner/dvc.png" alt="Dịch vụ công trực tuyến" /></a>'
        '<a href="https://csdl.moet.gov.vn" target="_blank"><img src="/Content/images/banner/csdl-nganh.png" alt="CSDL ngành giáo dục" /></a>'
    )
    return (
        '<div class="zone-left">'
        + _module("Danh mục", f'<ul class="menu-left">{quick}</ul>', "module-menu-left")
        + _module("Liên kết", links, "module-banner-links")
        + "</div>"
    )


_MOST_READ = [
    (article_path(HOT[0]), HOT[0].title, HOT[0].opts["day"]),
    (
        DELETED_PATH,
        "Lễ khai giảng năm học 2026 - 2027 tại các trường học trên địa bàn tỉnh",
        date(2026, 9, 5),
    ),
    (article_path(_BY_ID[4516]), _BY_ID[4516].title, _BY_ID[4516].opts["day"]),
    (article_path(_BY_ID[4498]), _BY_ID[4498].title, _BY_ID[4498].opts["day"]),
]


def _right_zone() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}">{_t(s.title, s)}</a> <span class="date">({_dmy(s.opts["day"])})</span></li>'
        for s in LATEST[:5]
    )
    most = "".join(
        f'<li><a href="{p}">{esc(t)}</a> <span class="date">({_dmy(d)})</span></li>'
        for p, t, d in _MOST_READ
    )
    weather = (
        '<div class="weather-box"><span class="city">Tuyên Quang</span>'
        '<img src="/Content/images/weather/cloudy.png" alt="" /> <span class="temp">22°C</span>'
        '<span class="desc">Nhiều mây, không mưa. Độ ẩm 78%</span></div>'
    )
    counter = (
        '<ul class="counter"><li>Đang truy cập: <b>37</b></li><li>Hôm nay: <b>1.254</b></li>'
        "<li>Tháng này: <b>38.902</b></li><li>Tổng lượt truy cập: <b>2.716.554</b></li></ul>"
    )
    sites = "".join(
        f'<option value="{u}">{n}</option>'
        for n, u in [
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Cổng TTĐT tỉnh Tuyên Quang", "https://tuyenquang.gov.vn"),
            ("Báo Tuyên Quang", "https://baotuyenquang.com.vn"),
            ("Hệ thống quản lý văn bản", "https://qlvb.tuyenquang.gov.vn"),
        ]
    )
    select = (
        '<select class="link-select" onchange="window.open(this.value)"><option value="">--'
        f" Liên kết website --</option>{sites}</select>"
    )
    return (
        '<div class="zone-right">'
        + _module("Tin mới nhất", f'<ul class="list-news-date">{latest}</ul>', "module-latest")
        + _module("Tin xem nhiều", f'<ul class="list-news-date">{most}</ul>', "module-most-read")
        + _module("Thời tiết", weather, "module-weather")
        + _module("Liên kết website", select, "module-links")
        + _module("Thống kê truy cập", counter, "module-counter")
        + "</div>"
    )


def _page(
    request: Request,
    page_title: str,
    center: str,
    crumbs: list[tuple[str, str | None]] | None = None,
    head: str = "",
    login_link: bool = True,
) -> str:
    target = request.target
    crumb = ""
    if crumbs is not None:
        parts = [f'<a href="{HOME}">Trang chủ</a>'] + [
            f'<a href="{esc(h)}">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>" for t, h in crumbs
        ]
        crumb = '<div class="breadcrumb-bar">' + SEP.join(parts) + "</div>"
    login = (
        f'<a class="login-link" href="{LOGIN}?ReturnUrl={quote(target, safe="")}">Đăng nhập</a>'
        if login_link
        else ""
    )
    url = base_url(request) + target
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(page_title)} - {esc(SITE)}</title>
<meta property="og:url" content="{esc(url)}" />
<meta property="og:site_name" content="{esc(SHORT)}" />
<link href="/Content/bootstrap.min.css" rel="stylesheet" />
<link href="/Content/portal/style.css" rel="stylesheet" />
<script src="/Scripts/jquery-3.4.1.min.js"></script>
<script src="/Scripts/portal/portal.core.js"></script>
{head}</head>
<body>
<div class="wrapper">
<div class="top-bar"><span class="today">{TODAY}</span>
<span class="top-links"><a href="/rss">RSS</a> | {login}</span>
<form class="search-box" action="/Pages/tim-kiem.aspx" method="get"><input type="text" name="tukhoa" placeholder="Nhập từ khóa tìm kiếm..." /><button type="submit">Tìm kiếm</button></form>
</div>
<div class="banner"><a href="{HOME}"><img src="/Content/images/banner/banner-sgddt.jpg" alt="{esc(SITE)}" /></a>
<div class="banner-text"><span class="banner-line1">ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG</span><span class="banner-line2">{SITE_UPPER}</span></div></div>
{_menu()}
<div class="main-zones">
{_left_zone()}
<div class="zone-center">{crumb}{center}</div>
{_right_zone()}
</div>
<div class="footer">
<div class="footer-info">
<p><strong>Cơ quan chủ quản: {esc(SITE)}</strong></p>
<p>Chịu trách nhiệm chính: Ông Nguyễn Văn Hùng - Giám đốc Sở</p>
<p>Địa chỉ: Số 12 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207 3822 384 - Fax: 0207 3822 390 - Đường dây nóng: 0915 212 668 - Email: sgddt@tuyenquang.gov.vn</p>
<p>Giấy phép số 15/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Tuyên Quang cấp ngày 12/5/2021.</p>
<p>Ghi rõ nguồn “Cổng thông tin điện tử {esc(SHORT)}” khi phát hành lại thông tin từ website này.</p>
</div>
<div class="footer-vendor">Thiết kế và phát triển bởi Trung tâm Công nghệ thông tin - VNPT Tuyên Quang</div>
</div>
</div>
<a href="#" class="back-to-top" title="Về đầu trang">▲</a>
</body>
</html>
"""


# --------------------------------------------------------------------------- the article


def _body_html(s: Story) -> str:
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text, s)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                if row.style == "th":
                    cells = "".join(
                        f'<td style="text-align: center;"><strong>{_t(c, s)}</strong></td>'
                        for c in row.text.split(" | ")
                    )
                else:
                    cells = "".join(f"<td>{_t(c, s)}</td>" for c in row.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" class="table-bordered"'
                f' style="width: 100%;"><tbody>{"".join(rows)}</tbody></table>'
            )
            continue
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<p><strong>{_t(b.text, s)}</strong></p>")
            elif b.style.startswith("a|"):
                _, href, phrase = b.style.split("|")
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p style="text-align: justify;">{_t(before, s)}<a href="{esc(href)}">'
                    f"{_t(phrase, s)}</a>{_t(after, s)}</p>"
                )
            else:
                out.append(f'<p style="text-align: justify;">{_t(b.text, s)}</p>')
        elif isinstance(b, Img):
            out.append(
                f'<p style="text-align: center;"><img alt="" src="{esc(b.src)}"'
                ' style="width: 600px; height: 400px;" /></p>'
            )
            if b.printed:
                out.append(
                    f'<p class="caption" style="text-align: center;"><em>{_t(b.printed, s)}</em></p>'
                )
        else:
            out.append(_raw(b.html, s))
        i += 1
    return "\n".join(out)


def _raw(markup: str, s: Story) -> str:
    """A Raw block as the story's editor stored it (decomposed, or with character references)."""
    if s.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    return entity_mix(markup, s.opts["entities"]) if s.opts.get("entities") else markup


_ICONS = {"pdf": "/Content/images/icons/pdf.png", "doc": "/Content/images/icons/word.png"}


def _article(request: Request, s: Story) -> str:
    cat = int(s.cat)
    cname = CATS[cat][0]
    day = s.opts["day"]
    upd = (
        f' | <span class="updated">Cập nhật: {_dmy(s.opts["upd"])}</span>'
        if s.opts.get("upd")
        else ""
    )
    tools = (
        f'<div class="article-tools"><span class="post-date">Ngày đăng: {_dmy(day)}</span>{upd}'
        f' | <span class="views">Lượt xem: {s.views()}</span>'
        ' | <span class="font-size">Cỡ chữ: <a href="javascript:void(0)" class="fs-small">A</a>'
        ' <a href="javascript:void(0)" class="fs-normal">A</a> <a href="javascript:void(0)" class="fs-large">A</a></span>'
        ' | <a href="javascript:window.print();" class="print">In bài</a>'
        f' | <a href="/Pages/gui-email.aspx?ItemID={s.id}" class="send-mail">Gửi email</a></div>'
    )
    brief = _t(s.summary, s) if s.summary else ""
    files = ""
    if s.opts.get("files"):
        items = "".join(
            f'<li><img src="{_ICONS[kind]}" alt="" class="icon-file" /> '
            f'<a href="/Uploads/files/{day:%Y/%m}/{name}" target="_blank">{name}</a>'
            f' <span class="file-size">({size // 1024} KB)</span></li>'
            for name, kind, size in s.opts["files"]
        )
        files = f'<div class="attach-files"><span class="attach-label">Tệp đính kèm:</span><ul>{items}</ul></div>'
    tags = ", ".join(
        f'<a href="/Pages/tim-kiem.aspx?tukhoa={quote(t)}">{esc(t)}</a>'
        for t in s.opts.get("tags", [])
    )
    share_url = quote(base_url(request) + article_path(s), safe="")
    share = (
        '<div class="share-bar"><span>Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" class="fb">Facebook</a>'
        f'<div class="zalo-share-button" data-href="{esc(base_url(request) + article_path(s))}" data-oaid="2190327486457821" data-layout="1"></div>'
        f'<a href="https://twitter.com/intent/tweet?url={share_url}" target="_blank" class="tw">Twitter</a></div>'
    )
    score = 4 + (s.id % 10) / 10
    rating = (
        '<div class="rating-box"><span class="rating-label">Đánh giá bài viết:</span> '
        '<span class="stars">★★★★★</span>'
        f' <span class="rating-result">({str(round(score, 1)).replace(".", ",")}/5 - {5 + s.id % 23}'
        " lượt đánh giá)</span></div>"
    )
    same = in_cat(cat)
    pos = same.index(s)
    newer = same[max(0, pos - 3) : pos]
    older = same[pos + 1 : pos + 6]

    def lst(items: list[Story]) -> str:
        return "".join(
            f'<li><a href="{article_path(x)}">{_t(x.title, x)}</a> <span class="date">({_dmy(x.opts["day"])})</span></li>'
            for x in items
        )

    nav = ""
    if newer:
        nav += _module("Tin mới hơn", f'<ul class="list-other">{lst(newer)}</ul>', "module-newer")
    if older:
        nav += _module("Tin cũ hơn", f'<ul class="list-other">{lst(older)}</ul>', "module-older")
    others = [x for x in same if x is not s][:3]
    same_html = "".join(
        f'<div class="item-same"><a href="{article_path(x)}"><img src="{_thumb(x)}" alt="" /></a>'
        f'<a href="{article_path(x)}" class="title">{_t(x.title, x)}</a><span class="date">{_dmy(x.opts["day"])}</span></div>'
        for x in others
    )
    comments = "".join(
        f'<div class="comment-item"><span class="comment-name">{esc(n)}</span> <span class="comment-date">{w}</span>'
        f'<div class="comment-text">{esc(c)}</div></div>'
        for n, w, c in s.opts.get("comments", [])
    )
    form = (
        f'{comments}<form action="/BinhLuan/Gui" method="post" class="comment-form">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" />'
        f'<input type="hidden" name="ItemID" value="{s.id}" />'
        '<div class="form-row"><label>Họ và tên (*)</label><input type="text" name="HoTen" /></div>'
        '<div class="form-row"><label>Email (*)</label><input type="email" name="Email" /></div>'
        '<div class="form-row"><label>Nội dung (*)</label><textarea name="NoiDung" rows="4"></textarea></div>'
        f'<div class="form-row"><label>Mã xác nhận</label><img src="/Captcha/Image?ItemID={s.id}" alt="captcha" />'
        '<input type="text" name="Captcha" /></div>'
        '<button type="submit">Gửi ý kiến</button> <span class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng.</span></form>'
    )
    center = (
        '<div class="module module-news-detail"><div class="module-content"><div class="news-detail">'
        f'<div class="article-title"><h2>{_t(s.title, s)}</h2></div>'
        f"{tools}"
        f'<div class="article-brief"><strong>{brief}</strong></div>'
        f'<div class="article-content">\n{_body_html(s)}\n</div>'
        f"{files}"
        f'<div class="article-tags"><span>Từ khóa:</span> {tags}</div>'
        f"{share}{rating}"
        '<div class="back-link"><a href="javascript:history.back()">« Quay lại</a></div>'
        "</div></div></div>"
        f"{nav}"
        + _module("Tin cùng chuyên mục", same_html, "module-same-cat", listing_path(cat))
        + _module("Ý kiến bạn đọc", form, "module-comment")
    )
    head = f'<meta name="description" content="{esc(s.summary or s.title)}" />\n'
    return _page(request, "Chi tiết tin", center, [(cname, listing_path(cat))], head)


def _soft_404(request: Request) -> str:
    center = _module(
        "Thông báo",
        '<div class="alert alert-warning">Tin bài không tồn tại hoặc đã bị gỡ bỏ.</div>'
        f'<p><a href="{HOME}">Quay về trang chủ</a></p>',
        "module-message",
    )
    return _page(request, "Chi tiết tin", center, [("Tin tức", None)])


# --------------------------------------------------------------------------- listings and home


def _item(s: Story) -> str:
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return (
        f'<div class="news-item"><a href="{article_path(s)}" class="thumb"><img src="{_thumb(s)}" alt="" /></a>'
        f'<div class="news-info"><a href="{article_path(s)}" class="news-link">{_t(s.title, s)}</a>'
        f' <span class="date">({_dmy(s.opts["day"])})</span>'
        f'<p class="news-summary">{_t(lead[:160].rsplit(" ", 1)[0] + "...", s)}</p>'
        f'<a href="{article_path(s)}" class="more">Xem tiếp »</a></div></div>'
    )


def _pager(cat: int, page: int, pages: int) -> str:
    if pages < 2:
        return ""

    def a(n: int, label: str, cls: str = "") -> str:
        return f'<a href="{esc(listing_path(cat, n))}"{cls}>{label}</a>'

    parts = [a(1, "Đầu")]
    if page > 1:
        parts.append(a(page - 1, "‹"))
    for n in range(1, pages + 1):
        parts.append(f'<span class="current">{n}</span>' if n == page else a(n, str(n)))
    if page < pages:
        parts.append(a(page + 1, "›"))
    parts.append(a(pages, "Cuối"))
    return f'<div class="paging">{" ".join(parts)} <span class="total">Trang {page}/{pages}</span></div>'


def _listing(request: Request, cat: int, page: int) -> str:
    stories = in_cat(cat)
    pages = cat_pages(cat)
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE] if page >= 1 else []
    body = (
        "".join(_item(s) for s in chunk)
        or '<p class="empty">Chưa có tin bài trong chuyên mục này.</p>'
    )
    rss = f'<a href="/rss/{CATS[cat][1]}.rss" class="rss-icon"><img src="/Content/images/icons/rss.png" alt="RSS" /></a>'
    center = _module(
        CATS[cat][0],
        f'{rss}<div class="list-news">{body}</div>{_pager(cat, page, pages)}',
        "module-list-news",
    )
    head = f'<link rel="alternate" type="application/rss+xml" title="{esc(CATS[cat][0])}" href="/rss/{CATS[cat][1]}.rss" />\n'
    return _page(request, CATS[cat][0], center, [(CATS[cat][0], None)], head)


def _home(request: Request) -> str:
    slides = "".join(
        f'<div class="slide-item"><a href="{article_path(s, s.opts["short"])}"><img src="{_thumb(s)}" alt="" /></a>'
        f'<div class="slide-caption"><a href="{article_path(s, s.opts["short"])}">{_t(s.title, s)}</a></div></div>'
        for s in HOT
    )
    mods = _module("Tin nổi bật", f'<div class="slider">{slides}</div>', "module-hot")
    for cat, (cname, _) in CATS.items():
        items = in_cat(cat)[:4]
        first, rest = items[0], items[1:]
        lst = "".join(
            f'<li><a href="{article_path(x)}">{_t(x.title, x)}</a> <span class="date">({_dmy(x.opts["day"])})</span></li>'
            for x in rest
        )
        content = (
            f'<div class="first-news">{_item(first)}</div><ul class="list-news-date">{lst}</ul>'
            f'<div class="view-all"><a href="{listing_path(cat)}">Xem tất cả</a></div>'
        )
        mods += _module(cname, content, "module-cat-home", listing_path(cat))
    docs = "".join(
        f'<li><a href="/Pages/van-ban/chi-tiet.aspx?ItemID={d.id}">{esc(d.number)}</a> - {esc(d.abstract)}</li>'
        for d in DOCS[:4]
    )
    mods += _module(
        "Văn bản mới",
        f'<ul>{docs}</ul><div class="view-all"><a href="/Pages/van-ban.aspx">Xem tất cả</a></div>',
        "module-docs-home",
    )
    albums = "".join(
        f'<div class="album-item"><a href="/Pages/album-anh/chi-tiet.aspx?ItemID={n}"><img src="/Uploads/album/{p[0][0]}" alt="" />'
        f"<span>{esc(name)}</span></a></div>"
        for n, (name, _, p) in ALBUMS.items()
    )
    mods += _module("Album ảnh", albums, "module-album-home", "/Pages/album-anh.aspx")
    vids = "".join(
        f'<li><a href="/Pages/video/chi-tiet.aspx?ItemID={n}">{esc(t)}</a></li>'
        for n, (t, _, _, _) in VIDEOS.items()
    )
    mods += _module("Video", f"<ul>{vids}</ul>", "module-video-home", "/Pages/video.aspx")
    head = "".join(
        f'<link rel="alternate" type="application/rss+xml" title="{esc(n)}" href="/rss/{slug}.rss" />\n'
        for n, slug in CATS.values()
    )
    return _page(request, "Trang chủ", mods, None, head)


# --------------------------------------------------------------------------- non-article pages


def _static(request: Request, title: str, inner: str, crumbs: list[tuple[str, str | None]]) -> str:
    return _page(request, title, _module(title, inner, "module-static"), crumbs)


def _intro(request: Request) -> str:
    inner = '<div class="static-content">' + "".join(f"<p>{esc(p)}</p>" for p in INTRO) + "</div>"
    return _static(
        request, "Chức năng, nhiệm vụ", inner, [("Giới thiệu", None), ("Chức năng, nhiệm vụ", None)]
    )


def _org(request: Request) -> str:
    leaders = "".join(
        f'<div class="leader-card"><img src="/Uploads/lanh-dao/{img}" alt="{esc(name)}" />'
        f'<div class="leader-info"><p class="leader-pos">{esc(pos)}</p><p class="leader-name">{esc(name)}</p>'
        f"<p>Điện thoại: {phone}</p><p>Email: {mail}</p></div></div>"
        for pos, name, phone, mail, img in LEADERS
    )
    units = "".join(
        f"<li>{u}</li>"
        for u in (
            "Văn phòng Sở",
            "Thanh tra Sở",
            "Phòng Tổ chức cán bộ",
            "Phòng Kế hoạch - Tài chính",
            "Phòng Giáo dục Mầm non - Tiểu học",
            "Phòng Giáo dục Trung học",
            "Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên",
            "Phòng Quản lý chất lượng",
        )
    )
    inner = f'<h3>Lãnh đạo Sở</h3><div class="leaders">{leaders}</div><h3>Các phòng chuyên môn, nghiệp vụ</h3><ul>{units}</ul>'
    return _static(
        request, "Cơ cấu tổ chức", inner, [("Giới thiệu", None), ("Cơ cấu tổ chức", None)]
    )


def _doc_list(request: Request) -> str:
    p = request.params
    kw = unicodedata.normalize("NFC", p.get("tukhoa", "")).strip().lower()
    kind = p.get("loai", "")
    sort = p.get("sort", "ngaybanhanh")
    direction = p.get("dir", "desc")
    docs = [
        d
        for d in DOCS
        if (not kw or kw in (d.number + " " + d.abstract).lower()) and (not kind or d.kind == kind)
    ]
    key = {"sokyhieu": lambda d: d.number, "ngaybanhanh": lambda d: d.issued}.get(
        sort, lambda d: d.issued
    )
    docs.sort(key=key, reverse=direction != "asc")
    pages = max(1, -(-len(docs) // DOCS_PER_PAGE))
    try:
        page = int(p.get("page", "1") or 1)
    except ValueError:
        page = 1
    chunk = docs[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE] if page >= 1 else []
    keep = [(k, v) for k, v in (("tukhoa", p.get("tukhoa", "")), ("loai", kind)) if v]
    keep_sort = [("sort", p["sort"]), ("dir", direction)] if "sort" in p else []

    def q(pairs: list[tuple[str, str]]) -> str:
        return "/Pages/van-ban.aspx" + (
            "?" + "&amp;".join(f"{k}={quote(v)}" for k, v in pairs) if pairs else ""
        )

    def th(col: str, label: str) -> str:
        nxt = "asc" if sort == col and direction == "desc" else "desc"
        return f'<th><a href="{q([*keep, ("sort", col), ("dir", nxt)])}">{label}</a></th>'

    rows = (
        "".join(
            f'<tr><td>{(page - 1) * DOCS_PER_PAGE + i + 1}</td><td><a href="/Pages/van-ban/chi-tiet.aspx?ItemID={d.id}">{esc(d.number)}</a></td>'
            f"<td>{_dmy(d.issued)}</td><td>{esc(d.kind)}</td><td>{esc(d.abstract)}</td>"
            f'<td><a href="/Uploads/van-ban/{d.file}"><img src="/Content/images/icons/pdf.png" alt="Tải về" /></a></td></tr>'
            for i, d in enumerate(chunk)
        )
        or '<tr><td colspan="6">Không có dữ liệu</td></tr>'
    )
    opts = "".join(
        f'<option value="{k}"{" selected" if k == kind else ""}>{k}</option>' for k in DOC_KINDS
    )
    form = (
        '<form action="/Pages/van-ban.aspx" method="get" class="doc-search">'
        f'<input type="text" name="tukhoa" value="{esc(p.get("tukhoa", ""))}" placeholder="Số ký hiệu, trích yếu" />'
        f'<select name="loai"><option value="">-- Loại văn bản --</option>{opts}</select>'
        '<button type="submit">Tìm kiếm</button></form>'
    )
    pager = ""
    if pages > 1:
        pager = (
            '<div class="paging">'
            + " ".join(
                f'<span class="current">{n}</span>'
                if n == page
                else f'<a href="{q(keep + keep_sort + [("page", str(n))])}">{n}</a>'
                for n in range(1, pages + 1)
            )
            + "</div>"
        )
    table = (
        '<table class="table table-doc"><thead><tr><th>STT</th>'
        + th("sokyhieu", "Số ký hiệu")
        + th("ngaybanhanh", "Ngày ban hành")
        + "<th>Loại văn bản</th><th>Trích yếu</th><th>Tải về</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return _static(request, "Văn bản", form + table + pager, [("Văn bản", None)])


def _doc_page(request: Request, d: Doc) -> str:
    rows = "".join(
        f"<tr><th>{k}</th><td>{v}</td></tr>"
        for k, v in (
            ("Số ký hiệu", esc(d.number)),
            ("Ngày ban hành", _dmy(d.issued)),
            ("Loại văn bản", esc(d.kind)),
            ("Cơ quan ban hành", "UBND tỉnh Tuyên Quang" if "UBND" in d.number else esc(SITE)),
            ("Người ký", esc(d.signer)),
            ("Trích yếu", esc(d.abstract)),
            (
                "Tệp đính kèm",
                f'<img src="/Content/images/icons/pdf.png" alt="" /> <a href="/Uploads/van-ban/{d.file}">{d.file}</a>',
            ),
        )
    )
    inner = f'<table class="table table-doc-detail">{rows}</table><p><a href="/Pages/van-ban.aspx">« Danh sách văn bản</a></p>'
    return _static(
        request,
        "Chi tiết văn bản",
        inner,
        [("Văn bản", "/Pages/van-ban.aspx"), ("Chi tiết văn bản", None)],
    )


def _tthc_list(request: Request) -> str:
    rows = "".join(
        f'<tr><td>{i + 1}</td><td><a href="/Pages/thu-tuc-hanh-chinh/chi-tiet.aspx?ItemID={n}">{esc(name)}</a></td>'
        f"<td>{esc(field)}</td><td>{esc(level)}</td></tr>"
        for i, (n, (name, field, level, _)) in enumerate(PROCEDURES.items())
    )
    inner = (
        '<table class="table table-tthc"><thead><tr><th>STT</th><th>Tên thủ tục</th><th>Lĩnh vực</th>'
        f"<th>Mức độ DVC</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return _static(request, "Thủ tục hành chính", inner, [("Thủ tục hành chính", None)])


def _tthc_page(request: Request, n: int) -> str:
    name, field, level, sections = PROCEDURES[n]
    secs = "".join(
        f'<div class="tthc-section"><h4>{esc(h)}</h4>'
        + "".join(f"<p>{esc(x)}</p>" for x in paras)
        + "</div>"
        for h, paras in sections
    )
    inner = (
        f'<div class="tthc-detail"><h3 class="tthc-name">{esc(name)}</h3>'
        f'<p class="tthc-meta">Lĩnh vực: {esc(field)} | Mức độ dịch vụ công: {esc(level)} | Cơ quan thực hiện: {esc(SITE)}</p>'
        f'{secs}<p><a href="https://dichvucong.tuyenquang.gov.vn" target="_blank">Nộp hồ sơ trực tuyến</a></p></div>'
    )
    return _static(
        request,
        "Chi tiết thủ tục",
        inner,
        [("Thủ tục hành chính", "/Pages/thu-tuc-hanh-chinh.aspx"), ("Chi tiết thủ tục", None)],
    )


def _week_monday(year: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def _schedule(request: Request) -> str:
    p = request.params
    monday = None
    try:
        y, w = int(p.get("nam", "")), int(p.get("tuan", ""))
        if 1900 <= y <= 2999:
            monday = _week_monday(y, w)
    except ValueError:
        pass
    if monday is None:
        monday = TODAY_DATE - timedelta(days=TODAY_DATE.weekday())
    year, week, _ = monday.isocalendar()
    rows = SCHEDULE.get((year, week))
    if rows:
        body = "".join(
            f"<tr><td>{esc(d)}</td><td>{t}</td><td>{esc(c)}</td><td>{esc(pl)}</td><td>{esc(ld)}</td></tr>"
            for d, t, c, pl, ld in rows
        )
    else:
        body = '<tr><td colspan="5">Chưa có lịch công tác tuần này.</td></tr>'
    nav = []
    prev = monday - timedelta(days=7)
    nxt = monday + timedelta(days=7)
    if prev.year >= 1900:
        py, pw, _ = prev.isocalendar()
        nav.append(
            f'<a href="/Pages/lich-cong-tac.aspx?tuan={pw}&amp;nam={py}" class="week-prev">« Tuần trước</a>'
        )
    if nxt.isocalendar()[0] <= 2999:
        ny, nw, _ = nxt.isocalendar()
        nav.append(
            f'<a href="/Pages/lich-cong-tac.aspx?tuan={nw}&amp;nam={ny}" class="week-next">Tuần sau »</a>'
        )
    inner = (
        f'<div class="week-title">Lịch công tác tuần {week} năm {year} (từ ngày {_dmy(monday)} đến ngày {_dmy(monday + timedelta(days=6))})</div>'
        f'<div class="week-nav">{" | ".join(nav)}</div>'
        '<table class="table table-lich"><thead><tr><th>Ngày</th><th>Thời gian</th><th>Nội dung</th><th>Địa điểm</th>'
        f"<th>Chủ trì</th></tr></thead><tbody>{body}</tbody></table>"
    )
    return _static(request, "Lịch công tác", inner, [("Lịch công tác", None)])


def _qa_list(request: Request) -> str:
    items = "".join(
        f'<li><a href="/Pages/hoi-dap/chi-tiet.aspx?ItemID={n}">{esc(t)}</a>'
        f' <span class="qa-meta">Người hỏi: {esc(who)} - Ngày gửi: {_dmy(asked)}</span></li>'
        for n, (t, who, asked, _, _, _, _) in QAS.items()
    )
    form = (
        '<form action="/HoiDap/GuiCauHoi" method="post" class="qa-form">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" />'
        '<label>Họ tên</label><input name="HoTen" /><label>Tiêu đề</label><input name="TieuDe" />'
        '<label>Nội dung câu hỏi</label><textarea name="NoiDung"></textarea>'
        '<img src="/Captcha/Image?form=hoidap" alt="captcha" /><input name="Captcha" /><button type="submit">Gửi câu hỏi</button></form>'
    )
    return _static(
        request,
        "Hỏi đáp",
        f'<ul class="qa-list">{items}</ul><h3>Gửi câu hỏi</h3>{form}',
        [("Hỏi đáp", None)],
    )


def _qa_page(request: Request, n: int) -> str:
    title, who, asked, question, answered, unit, answer = QAS[n]
    inner = (
        f'<div class="qa-detail"><div class="qa-title"><h3>{esc(title)}</h3></div>'
        f'<div class="qa-question"><p class="qa-meta">Người hỏi: {esc(who)} | Ngày gửi: {_dmy(asked)}</p>'
        f"<p>{esc(question)}</p></div>"
        f'<div class="qa-answer"><p class="qa-meta"><strong>Trả lời:</strong> {esc(unit)} | Ngày trả lời: {_dmy(answered)}</p>'
        + "".join(f"<p>{esc(a)}</p>" for a in answer)
        + '</div><p><a href="/Pages/hoi-dap.aspx">« Danh sách câu hỏi</a></p></div>'
    )
    return _static(
        request, "Chi tiết hỏi đáp", inner, [("Hỏi đáp", "/Pages/hoi-dap.aspx"), ("Chi tiết", None)]
    )


def _album_list(request: Request) -> str:
    inner = "".join(
        f'<div class="album-item"><a href="/Pages/album-anh/chi-tiet.aspx?ItemID={n}"><img src="/Uploads/album/{photos[0][0]}" alt="" /></a>'
        f'<a href="/Pages/album-anh/chi-tiet.aspx?ItemID={n}">{esc(name)}</a> <span class="date">({_dmy(d)})</span>'
        f" <span>{len(photos)} ảnh</span></div>"
        for n, (name, d, photos) in ALBUMS.items()
    )
    return _static(request, "Album ảnh", inner, [("Thư viện", None), ("Album ảnh", None)])


def _album_page(request: Request, n: int) -> str:
    name, d, photos = ALBUMS[n]
    inner = (
        f'<div class="album-detail"><h3 class="album-name">{esc(name)}</h3><p class="date">Ngày đăng: {_dmy(d)}</p>'
        + "".join(
            f'<div class="photo"><a href="/Uploads/album/{f}" class="fancybox"><img src="/Uploads/album/{f}" alt="{esc(c)}" /></a>'
            f'<div class="photo-caption">{esc(c)}</div></div>'
            for f, c in photos
        )
        + "</div>"
    )
    return _static(
        request, "Album ảnh", inner, [("Thư viện", None), ("Album ảnh", "/Pages/album-anh.aspx")]
    )


def _video_list(request: Request) -> str:
    inner = "".join(
        f'<div class="video-item"><a href="/Pages/video/chi-tiet.aspx?ItemID={n}"><img src="https://img.youtube.com/vi/{y}/hqdefault.jpg" alt="" /></a>'
        f'<a href="/Pages/video/chi-tiet.aspx?ItemID={n}">{esc(t)}</a> <span class="date">({_dmy(d)})</span></div>'
        for n, (t, d, y, _) in VIDEOS.items()
    )
    return _static(request, "Video", inner, [("Thư viện", None), ("Video", None)])


def _video_page(request: Request, n: int) -> str:
    t, d, y, desc = VIDEOS[n]
    inner = (
        f'<div class="video-detail"><h3 class="video-title">{esc(t)}</h3><p class="date">Ngày đăng: {_dmy(d)}</p>'
        f'<div class="video-player"><iframe width="640" height="360" src="https://www.youtube.com/embed/{y}" frameborder="0" allowfullscreen></iframe></div>'
        f'<p class="video-desc">{esc(desc)}</p></div>'
    )
    return _static(request, "Video", inner, [("Thư viện", None), ("Video", "/Pages/video.aspx")])


def _contact(request: Request) -> str:
    inner = (
        f'<div class="contact-info"><p><strong>{esc(SITE)}</strong></p><p>Địa chỉ: Số 12 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang</p>'
        "<p>Điện thoại: 0207 3822 384 - Email: sgddt@tuyenquang.gov.vn</p></div>"
        '<form action="/LienHe/Gui" method="post" class="contact-form">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" />'
        '<label>Họ và tên (*)</label><input name="HoTen" /><label>Email (*)</label><input name="Email" />'
        '<label>Tiêu đề</label><input name="TieuDe" /><label>Nội dung (*)</label><textarea name="NoiDung"></textarea>'
        '<img src="/Captcha/Image?form=lienhe" alt="captcha" /><input name="Captcha" /><button type="submit">Gửi liên hệ</button></form>'
    )
    return _static(request, "Liên hệ", inner, [("Liên hệ", None)])


def _send_mail(request: Request, s: Story) -> str:
    inner = (
        f"<p>Gửi bài viết “{_t(s.title, s)}” cho bạn bè</p>"
        '<form action="/GuiEmail/Gui" method="post" class="send-form">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" /><input type="hidden" name="ItemID" value="{s.id}" />'
        '<label>Email người nhận</label><input name="EmailNhan" /><label>Tên của bạn</label><input name="TenGui" />'
        '<label>Lời nhắn</label><textarea name="LoiNhan"></textarea><button type="submit">Gửi</button></form>'
        f'<p><a href="{article_path(s)}">« Quay lại bài viết</a></p>'
    )
    return _static(request, "Gửi email", inner, [("Gửi email", None)])


def _search(request: Request) -> str:
    raw = request.params.get("tukhoa", "")
    kw = unicodedata.normalize("NFC", raw).strip().lower()
    if not kw:
        inner = "<p>Vui lòng nhập từ khóa tìm kiếm.</p>"
    else:
        hits = [
            s for s in LATEST
            if kw in s.title.lower() or any(kw in t.lower() for t in s.opts.get("tags", []))
        ]  # fmt: skip
        items = "".join(
            f'<li><a href="{article_path(s)}">{_t(s.title, s)}</a> <span class="date">({_dmy(s.opts["day"])})</span></li>'
            for s in hits
        )
        inner = f'<p>Tìm thấy {len(hits)} kết quả với từ khóa “{esc(raw)}”</p><ul class="search-result">{items}</ul>'
    return _static(request, "Tìm kiếm", inner, [("Tìm kiếm", None)])


def _login(request: Request) -> str:
    inner = (
        '<form action="/Account/Login" method="post" class="login-form">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" />'
        f'<input type="hidden" name="ReturnUrl" value="{esc(request.params.get("ReturnUrl", ""))}" />'
        '<label>Tên đăng nhập</label><input name="UserName" /><label>Mật khẩu</label><input type="password" name="Password" />'
        '<label><input type="checkbox" name="RememberMe" /> Ghi nhớ</label><button type="submit">Đăng nhập</button></form>'
    )
    return _page(
        request,
        "Đăng nhập",
        _module("Đăng nhập hệ thống", inner, "module-login"),
        [("Đăng nhập", None)],
        login_link=False,
    )


def _rss_index(request: Request) -> str:
    items = "".join(
        f'<li><img src="/Content/images/icons/rss.png" alt="" /> <a href="/rss/{slug}.rss">{esc(n)}</a>'
        f' <span class="rss-url">{esc(base_url(request))}/rss/{slug}.rss</span></li>'
        for n, slug in CATS.values()
    )
    inner = f'<p>Chọn kênh tin RSS để theo dõi:</p><ul class="rss-list">{items}</ul>'
    return _static(request, "RSS", inner, [("RSS", None)])


def _rss_feed(request: Request, cat: int) -> str:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{esc(base + article_path(s))}</link>"
        f"<description>{esc(s.summary or '')}</description>"
        f"<pubDate>{s.opts['day']:%a, %d %b %Y} 00:00:00 +0700</pubDate>"
        f"<guid>{esc(base + article_path(s))}</guid></item>"
        for s in in_cat(cat)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{esc(CATS[cat][0])} - {esc(SHORT)}</title><link>{base}{esc(listing_path(cat))}</link>"
        f"<description>{esc(CATS[cat][0])}</description><language>vi-VN</language>{items}</channel></rss>"
    )


def _sitemap(request: Request) -> str:
    base = base_url(request)
    locs = [HOME, *(listing_path(c) for c in CATS), "/Pages/gioi-thieu/chuc-nang-nhiem-vu.aspx",
            "/Pages/gioi-thieu/co-cau-to-chuc.aspx", "/Pages/van-ban.aspx", "/Pages/thu-tuc-hanh-chinh.aspx",
            "/Pages/hoi-dap.aspx", "/Pages/album-anh.aspx", "/Pages/video.aspx", "/Pages/lien-he.aspx"]  # fmt: skip
    urls = "".join(
        f"<url><loc>{esc(base + loc)}</loc><changefreq>daily</changefreq><priority>0.8</priority></url>"
        for loc in locs
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


# --------------------------------------------------------------------------- the site

_ARTICLE = re.compile(r"/Pages/tin-tuc/[^/]+\.aspx", re.IGNORECASE)
_FILES = {f"/Uploads/van-ban/{d.file}" for d in DOCS} | {
    f"/Uploads/files/{s.opts['day']:%Y/%m}/{name}"
    for s in STORIES
    for name, _, _ in s.opts.get("files", [])
}


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class VnptPortalSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = {k.lower(): v for k, v in request.params.items()}
        item = _int(params.get("itemid"))
        if path in _FILES:
            ctype = "application/pdf" if path.endswith(".pdf") else (
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")  # fmt: skip
            return Response(200, PDF, {"Content-Type": ctype})
        if path.startswith(("/Uploads/", "/Content/", "/Scripts/")):
            return static_file(path)
        if path == "/Captcha/Image":
            return static_file("captcha.gif")
        if path == "/":
            return redirect(HOME, 302)
        if path.lower() == HOME.lower() or path.lower() == "/default.aspx":
            return html(_home(request))
        if path == "/Pages/tin-tuc.aspx":
            cat = _int(params.get("categoryid"))
            if cat not in CATS:
                return html(_soft_404(request))
            page = _int(params.get("page")) or 1
            return html(_listing(request, cat, page))
        if _ARTICLE.fullmatch(path):
            s = _BY_ID.get(item) if item is not None else None
            return html(_article(request, s) if s else _soft_404(request))
        simple = {
            "/Pages/gioi-thieu/chuc-nang-nhiem-vu.aspx": _intro,
            "/Pages/gioi-thieu/co-cau-to-chuc.aspx": _org,
            "/Pages/van-ban.aspx": _doc_list,
            "/Pages/thu-tuc-hanh-chinh.aspx": _tthc_list,
            "/Pages/lich-cong-tac.aspx": _schedule,
            "/Pages/hoi-dap.aspx": _qa_list,
            "/Pages/album-anh.aspx": _album_list,
            "/Pages/video.aspx": _video_list,
            "/Pages/lien-he.aspx": _contact,
            "/Pages/tim-kiem.aspx": _search,
            "/rss": _rss_index,
            LOGIN: _login,
        }
        if path in simple:
            return html(simple[path](request))
        details = {
            "/Pages/van-ban/chi-tiet.aspx": (_DOC_BY_ID, lambda r, n: _doc_page(r, _DOC_BY_ID[n])),
            "/Pages/thu-tuc-hanh-chinh/chi-tiet.aspx": (PROCEDURES, _tthc_page),
            "/Pages/hoi-dap/chi-tiet.aspx": (QAS, _qa_page),
            "/Pages/album-anh/chi-tiet.aspx": (ALBUMS, _album_page),
            "/Pages/video/chi-tiet.aspx": (VIDEOS, _video_page),
            "/Pages/gui-email.aspx": (_BY_ID, lambda r, n: _send_mail(r, _BY_ID[n])),
        }
        if path in details:
            table, render = details[path]
            if item not in table:
                return html(_soft_404(request))
            return html(render(request, item))
        if m := re.fullmatch(r"/rss/([a-z-]+)\.rss", path):
            for cat, (_, slug) in CATS.items():
                if slug == m.group(1):
                    return Response(
                        200,
                        _rss_feed(request, cat),
                        {"Content-Type": "application/rss+xml; charset=utf-8"},
                    )
            return None
        if path == "/sitemap.xml":
            return Response(
                200, _sitemap(request), {"Content-Type": "application/xml; charset=utf-8"}
            )
        if path == "/robots.txt":
            body = f"User-agent: *\nDisallow: /Admin/\nDisallow: /BinhLuan/\nSitemap: {base_url(request)}/sitemap.xml\n"
            return Response(200, body, {"Content-Type": "text/plain"})
        if path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> VnptPortalSite:
    return VnptPortalSite()
