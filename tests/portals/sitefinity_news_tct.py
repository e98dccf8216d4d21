"""Trường Chính trị tỉnh Trà Vinh on Progress Sitefinity 13 (MVC widgets, Bootstrap 4 package).

Platform: Sitefinity 13.3 DX bought by the province. Pages are MVC pages built from the
Bootstrap 4 resource package (``sf_colsIn`` columns, ``data-sf-element`` rows); news come from
the News module through the *News* MVC widget (list view ``ul.list-unstyled > li.media``,
detail view ``div.sf-news-item`` with ``data-sf-field`` spans), Sitefinity's pager
(``ul.pagination`` with ``/page/<N>`` segments) and the Navigation widget's Bootstrap navbar.
The site's culture is vi-VN on .NET Framework, so dates come out of ``MMM d, yyyy, HH:mm tt``
as "Thg12 4, 2026, 15:20 CH".

URL scheme
- ``/`` and ``/trang-chu``: the home page (the Navigation widget links ``/trang-chu``).
- ``/tin-tuc``, ``/tin-tuc/page/<N>``: the news list, 5 per page, 3 pages (page 1 is also
  ``/tin-tuc/page/1``, the pager's own link).
- ``/tin-tuc/-in-Category/categories/<category-url>`` (+ ``/page/<N>``): a category, 4 per page.
- ``/tin-tuc/-in-Tags/tags/<tag-url>``: a tag's list (two tags, one page each).
- ``/tin-tuc/<yyyy>/<mm>/<dd>/<url-name>``: a news item (the date is the UTC day, see traps).
- ``/trang-chu/<yyyy>/<mm>/<dd>/<url-name>``: the same item opened by the home page's News
  widget ("open single item in the same page"): the home template with the detail view.
- ``/<page-url>``: content pages: gioi-thieu, co-cau-to-chuc, lien-he, thu-vien-anh, van-ban.
- ``/images/default-source/...``, ``/docs/default-source/...``, ``/ResourcePackages/...``: files.

Templates: home (featured list of the 4 newest through ``/trang-chu/...`` links, "Tin mới" list,
links to the category lists), news list, category/tag list, detail, content page.

How each gold article is reached: the 4 newest from the home page (``/trang-chu/...`` links,
canonical to ``/tin-tuc/...``) and from ``/tin-tuc``; items 6–10 from ``/tin-tuc/page/2``;
items 11–13 only from ``/tin-tuc/page/3`` or from a category list ("Hoạt động đào tạo" has two
pages: item 13 is on its page 2); every detail also links its category and "Các tin khác".

Traps
1. The URL's date is the publication day in UTC, as Sitefinity stores it: a post printed
   "Thg12 3, 2026, 06:45 SA" lives at ``/tin-tuc/2026/12/02/...``; a post at local midnight
   sits under the previous day too. Gold: the date printed on the page, never the URL's.
2. Dates print through the vi-VN pattern ``MMM d, yyyy, HH:mm tt``: month first as "Thg11",
   then a 24-hour clock *and* a SA/CH designator ("Thg12 4, 2026, 15:20 CH" is 15:20, not
   03:20 or 27:20). "00:00 SA" is midnight: the day alone ("2026-11-25"). Lists print the day
   without the time; comments under the post print their own later dates (not the post's).
3. The home widget opens items on the home page itself: ``/trang-chu/2026/12/04/...`` serves
   the full detail inside the home template (slider, "Tin mới"), with ``rel=canonical`` to
   ``/tin-tuc/2026/12/04/...``. Gold: canonical and path ``/tin-tuc/...``; every
   ``/trang-chu/...`` form is in ``alt_paths``.
4. The page's ``<h1>`` is the page's own name "Tin tức" (a content block of the layout); the
   headline is ``h3.sf-news-title > span[data-sf-field=Title]``. Gold title: the h3's text.
5. The Summary field is printed in ``div.sf-news-summary`` above ``div.sf-news-content``: it is
   the sapo (summary, first body paragraph). Items whose Summary is empty still print an empty
   ``div.sf-news-summary``: summary null, body starts with the content.
6. Inside ``div.sf-news-item`` (the detail container) after the content come the source line,
   "Chuyên mục"/"Từ khóa" classification links and a "Tin liên quan" related-data list; after
   it the social share bar, the Comments widget (readers' names, dates and comments in
   ``<p>``) and "Các tin khác". None of it is body; the source line gives ``source``.
7. Images from the library carry ``alt``/``title`` = the library item's title ("IMG_2034",
   "khai-giang-k52-01"), which is no caption; the caption is the centred italic line printed
   under the photo (None when there is none; "Ảnh: X" credits a photographer). Image URLs keep
   their ``?sfvrsn=`` version query (gold path with it); list thumbnails are ``.tmb-thumb120``
   renditions and the og:image is not an article image.
8. One photo sits in a two-row layout table (photo row, caption row) inside the text: the
   table is an image with its caption, not a data table; its caption row is no body paragraph.
9. The meta line prints the Author field after "Bởi": "Bởi ThS. Huỳnh Văn Tâm" -> "Huỳnh Văn
   Tâm"; the field "Ban Biên tập" is nobody, and that post's real byline is the right-aligned
   "Tin, ảnh: Kim Thị Sóc Khum" at the end of the content (author and photographer).
10. An item filed under two categories prints "Chuyên mục: Tin tổng hợp, Hoạt động đào tạo"
    and appears in both category lists (and both lists' links are the same URL). Gold: the first
    category printed.
11. The url-name of item 12 was changed: the old URL (still linked from another item's "Tin
    liên quan") answers 301 to the new one. Gold: the new URL; the old one is in ``alt_paths``.
12. Each list item links its post three times (thumbnail, title, "Xem tiếp"); the pager links
    page 1 as ``/page/1`` (the same list as the bare list URL).
13. Kendo editor markup: ``<p>&nbsp;</p>`` spacers, a ``<br />`` inside a paragraph (two
    paragraphs), a schedule in a Bootstrap ``table`` (rows, cells joined by " | "), headings as
    bold paragraphs, footnote calls "[1]" linked to notes at the end (kept in the sentence; the
    notes are text).

Gold decisions on ambiguous points
- category: the item's category as its "Chuyên mục" line and the menu's "Tin tức" drop-down
  print it; the breadcrumb only prints "Trang chủ › Tin tức › <headline>".
- The source line "Nguồn: <a>Báo Trà Vinh</a>" outside the content is the item's source.
- A comment's date or author is never the item's.
- The redirecting old URL is listed among ``alt_paths`` (it leads to the article, serves no copy).
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "sitefinity_news_tct"
PLATFORM = "Progress Sitefinity 13.3 (ASP.NET MVC News widget, Bootstrap 4 resource package)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Trà Vinh"
TODAY_LINE = "Thứ Bảy, 05/12/2026"

CATS = {
    "hoat-dong-dao-tao": "Hoạt động đào tạo",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "cong-tac-dang-doan-the": "Công tác Đảng - Đoàn thể",
    "tin-tong-hop": "Tin tổng hợp",
}
TAGS = {
    "trung-cap-ly-luan-chinh-tri": "trung cấp lý luận chính trị",
    "dong-bao-khmer": "đồng bào Khmer",
}
IMG = "/images/default-source/tin-tuc/2026/"
NEWS_PAGE_SIZE = 5
CAT_PAGE_SIZE = 4

OLD_SLUG_PATH = "/tin-tuc/2026/10/27/sinh-hoat-hoc-thuat-doi-moi-phuong-phap"


def _s(id_, slug, title, cats, dt, published_at, blocks, **kw) -> Story:
    opts = kw.pop("opts", {})
    opts.update(cats=cats, dt=dt)
    return Story(id_, slug, title, CATS[cats[0]], published_at, blocks, opts=opts, **kw)


STORIES: list[Story] = [
    _s(
        1,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-52",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 52 hệ không tập trung",
        ["hoat-dong-dao-tao"],
        "2026-12-04 15:20",
        "2026-12-04T15:20:00+07:00",
        [
            P("Sáng 04/12, Trường Chính trị tỉnh Trà Vinh tổ chức khai giảng lớp Trung cấp lý luận "
              "chính trị - hành chính khóa 52 hệ không tập trung cho 86 học viên là cán bộ, công "
              "chức cấp xã của thị xã Duyên Hải."),
            Img(IMG + "khai-giang-k52-01.jpg?sfvrsn=5c3e21a7_2",
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học", "kendo"),
            P("Phát biểu khai giảng, đồng chí Hiệu trưởng nhà trường đề nghị học viên xác định rõ "
              "trách nhiệm, chấp hành nghiêm nội quy, quy chế học tập; chủ động nghiên cứu tài "
              "liệu, liên hệ thực tiễn địa phương trong từng học phần."),
            Raw("<p>&nbsp;</p>"),
            P("Chương trình được thực hiện trong 12 tháng, gồm 4 phần học với 19 học phần; học "
              "viên học tập theo từng đợt, mỗi tháng một tuần tại cơ sở đào tạo của thị xã."),
            Img(IMG + "khai-giang-k52-02.jpg?sfvrsn=7d11a0c4_2", None, None, "kendo"),
            P("Nhà trường phân công giảng viên chủ nhiệm, phối hợp Trung tâm Chính trị thị xã "
              "Duyên Hải quản lý lớp học, bảo đảm chất lượng đào tạo theo quy định."),
        ],
        authors=["Huỳnh Văn Tâm"],
        summary="TCT - 86 học viên là cán bộ, công chức cấp xã của thị xã Duyên Hải bước vào "
                "chương trình đào tạo trung cấp lý luận chính trị - hành chính trong 12 tháng.",
        sapo_outside=True,
        opts={"author_field": "ThS. Huỳnh Văn Tâm", "tags": ["trung-cap-ly-luan-chinh-tri"]},
    ),
    _s(
        2,
        "hoi-nghi-can-bo-vien-chuc-nguoi-lao-dong-nam-2026",
        "Hội nghị cán bộ, viên chức, người lao động năm 2026",
        ["cong-tac-dang-doan-the"],
        "2026-12-03 06:45",
        "2026-12-03T06:45:00+07:00",
        [
            P("Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2026, phương "
              "hướng nhiệm vụ năm 2027 và báo cáo công khai tài chính của nhà trường."),
            Img(IMG + "hoi-nghi-cbvc-2026.jpg?sfvrsn=1a2b3c4d_0",
                "(Quang cảnh hội nghị)", "Quang cảnh hội nghị", "kendo"),
            P("Các đại biểu thảo luận, đóng góp nhiều ý kiến về việc sửa đổi quy chế chi tiêu "
              "nội bộ, quy chế dân chủ cơ sở và chế độ thỉnh giảng."),
            P("Dịp này, Công đoàn cơ sở trao giấy khen cho 5 tập thể và 14 cá nhân có thành tích "
              "xuất sắc trong phong trào thi đua năm 2026."),
            Raw('<p style="text-align:right;"><strong>Tin, ảnh: Kim Thị Sóc Khum</strong></p>'),
        ],
        authors=["Kim Thị Sóc Khum"],
        photographers=["Kim Thị Sóc Khum"],
        summary="Ngày 03/12, Trường Chính trị tỉnh Trà Vinh long trọng tổ chức Hội nghị cán bộ, "
                "viên chức, người lao động năm 2026.",
        sapo_outside=True,
        opts={"author_field": "Ban Biên tập"},
    ),
    _s(
        3,
        "hoi-thao-khoa-hoc-van-dung-tu-tuong-ho-chi-minh-ve-dai-doan-ket",
        "Hội thảo khoa học: Vận dụng tư tưởng Hồ Chí Minh về đại đoàn kết dân tộc trong vùng "
        "đồng bào Khmer",
        ["nghien-cuu-khoa-hoc"],
        "2026-12-01 09:00",
        "2026-12-01T09:00:00+07:00",
        [
            P("Hội thảo nhận được 27 tham luận của các nhà khoa học, giảng viên và cán bộ làm "
              "công tác dân tộc, tôn giáo trên địa bàn tỉnh."),
            P("1. Giá trị lý luận và thực tiễn", "b"),
            P("Chủ tịch Hồ Chí Minh khẳng định: “Đoàn kết, đoàn kết, đại đoàn kết. Thành công, "
              "thành công, đại thành công”.[1] Đó là bài học xuyên suốt trong công tác vận động "
              "đồng bào các dân tộc."),
            P("2. Kiến nghị, đề xuất", "b"),
            P("Các tham luận đề xuất phát huy vai trò của người có uy tín, sư cả các chùa Khmer "
              "trong công tác tuyên truyền, vận động;", "br"),
            P("đồng thời nâng cao chất lượng bồi dưỡng tiếng Khmer cho cán bộ, công chức cơ sở.[2]"),
            Img(IMG + "hoi-thao-dai-doan-ket.jpg?sfvrsn=0f9e8d7c_2",
                "Ảnh: Thạch Sô Phal", None, "kendo"),
            P("Kết quả hội thảo sẽ được tổng hợp, biên tập thành kỷ yếu phục vụ công tác giảng "
              "dạy và nghiên cứu của nhà trường."),
            Raw("<hr />"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.13, tr.119.",
              "note1"),
            P("[2] Báo cáo số 215/BC-BDT ngày 15/10/2026 của Ban Dân tộc tỉnh Trà Vinh.", "note2"),
        ],
        authors=["Thạch Sô Phal"],
        photographers=["Thạch Sô Phal"],
        summary="Ngày 01/12, Trường Chính trị tỉnh Trà Vinh tổ chức hội thảo khoa học cấp trường "
                "về vận dụng tư tưởng Hồ Chí Minh về đại đoàn kết dân tộc.",
        sapo_outside=True,
        opts={"author_field": "TS. Thạch Sô Phal", "tags": ["dong-bao-khmer"]},
    ),
    _s(
        4,
        "be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4",
        "Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4",
        ["hoat-dong-dao-tao"],
        "2026-11-28 14:10",
        "2026-11-28T14:10:00+07:00",
        [
            P("Sau 10 ngày học tập, 120 học viên là trưởng ấp, khóm và trưởng các đoàn thể ấp đã "
              "hoàn thành chương trình bồi dưỡng kiến thức quốc phòng và an ninh."),
            P("Kết quả có 100% học viên đạt yêu cầu, trong đó 38% đạt loại giỏi."),
            Img(IMG + "be-giang-qpan-dt4.jpg?sfvrsn=3344aa10_2",
                "Trao giấy chứng nhận cho học viên", "Trao giấy chứng nhận cho học viên", "table"),
            P("Lớp học do Bộ Chỉ huy Quân sự tỉnh phối hợp nhà trường tổ chức."),
        ],
        authors=["Nguyễn Thị Bích Thủy"],
        source="Báo Trà Vinh",
        summary="Chiều 28/11, Trường Chính trị tỉnh phối hợp Bộ Chỉ huy Quân sự tỉnh bế giảng "
                "lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4.",
        sapo_outside=True,
        opts={"author_field": "Nguyễn Thị Bích Thủy",
              "source_site": "https://www.baotravinh.vn/giao-duc/be-giang-lop-qpan-dt4.html"},
    ),
    _s(
        5,
        "lich-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-khoa-49",
        "Lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 49",
        ["hoat-dong-dao-tao"],
        "2026-11-25 00:00",
        "2026-11-25",
        [
            P("Phòng Quản lý đào tạo thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính "
              "trị - hành chính khóa 49 (hệ tập trung) như sau:"),
            P("Ngày | Buổi | Môn thi", "tr"),
            P("08/12/2026 | Sáng | Những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí "
              "Minh", "tr"),
            P("10/12/2026 | Sáng | Những vấn đề cơ bản về hệ thống chính trị, nhà nước và pháp "
              "luật", "tr"),
            P("12/12/2026 | Chiều | Thực tiễn và kinh nghiệm xây dựng, phát triển địa phương", "tr"),
            P("Học viên có mặt tại phòng thi trước 15 phút, mang theo thẻ học viên."),
            Raw('<p style="text-align:right;"><strong>Phòng Quản lý đào tạo</strong></p>'),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"author_field": "", "tags": ["trung-cap-ly-luan-chinh-tri"]},
    ),
    _s(
        6,
        "chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv",
        "Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV",
        ["cong-tac-dang-doan-the"],
        "2026-11-20 06:30",
        "2026-11-20T06:30:00+07:00",
        [
            P("Chuyên đề “Nâng cao tinh thần trách nhiệm, đạo đức nhà giáo của đảng viên là giảng "
              "viên” do đồng chí Bí thư Chi bộ trình bày."),
            P("Đảng viên trong chi bộ thảo luận sôi nổi, liên hệ bản thân và đề ra giải pháp cụ thể "
              "trong giảng dạy, nghiên cứu khoa học và đi thực tế cơ sở."),
            P("Kết thúc buổi sinh hoạt, chi bộ thống nhất đưa nội dung chuyên đề vào đánh giá, xếp "
              "loại đảng viên cuối năm."),
        ],
        authors=["Trần Thị Mỹ Duyên"],
        summary="Sáng 20/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm "
                "2026 gắn với kỷ niệm Ngày Nhà giáo Việt Nam.",
        sapo_outside=True,
        opts={"author_field": "CN. Trần Thị Mỹ Duyên"},
    ),
    _s(
        7,
        "toa-dam-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        ["tin-tong-hop"],
        "2026-11-18 15:00",
        "2026-11-18T15:00:00+07:00",
        [
            P("Tại buổi tọa đàm, các thế hệ nhà giáo của trường ôn lại truyền thống, chia sẻ kỷ "
              "niệm về những năm tháng gắn bó với sự nghiệp đào tạo cán bộ của tỉnh."),
            Img(IMG + "toa-dam-20-11.jpg?sfvrsn=9a8b7c6d_2",
                "Các nhà giáo nguyên là lãnh đạo nhà trường dự tọa đàm",
                "Các nhà giáo nguyên là lãnh đạo nhà trường dự tọa đàm", "kendo"),
            P("Nhà trường tặng hoa, quà cho 12 nhà giáo đã nghỉ hưu và biểu dương 6 giảng viên "
              "đạt danh hiệu giảng viên dạy giỏi cấp trường."),
        ],
        authors=["Sơn Thị Chanh Đa"],
        summary="Chiều 18/11, Trường Chính trị tỉnh Trà Vinh tổ chức tọa đàm kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam.",
        sapo_outside=True,
        opts={"author_field": "Sơn Thị Chanh Đa"},
    ),
    _s(
        8,
        "doan-truong-ra-quan-chien-dich-mua-dong-am-ap-tai-xa-long-hoa",
        "Đoàn trường tham gia ra quân chiến dịch “Mùa đông ấm áp” tại xã Long Hòa",
        ["cong-tac-dang-doan-the"],
        "2026-11-17 16:00",
        "2026-11-17T16:00:00+07:00",
        [
            P("Đoàn viên thanh niên của trường đã trao 50 phần quà gồm áo ấm, gạo và nhu yếu phẩm "
              "cho các hộ nghèo, hộ cận nghèo đồng bào Khmer xã Long Hòa, huyện Châu Thành."),
            P("Đoàn trường cũng phối hợp Đoàn xã sửa chữa 200 m đường giao thông nông thôn và "
              "trồng 150 cây xanh tại ấp Rạch Kinh."),
            Img(IMG + "mua-dong-am-ap-long-hoa.jpg?sfvrsn=44aa55bb_2",
                "Đoàn viên trao quà cho hộ nghèo", "Đoàn viên trao quà cho hộ nghèo", "kendo"),
        ],
        authors=["Lâm Hoàng Phúc"],
        summary="Ngày 16 và 17/11, Đoàn Thanh niên Trường Chính trị tỉnh tham gia ra quân chiến "
                "dịch tình nguyện “Mùa đông ấm áp” năm 2026.",
        sapo_outside=True,
        opts={"author_field": "Lâm Hoàng Phúc", "tags": ["dong-bao-khmer"]},
    ),
    _s(
        9,
        "nghiem-thu-de-tai-khoa-hoc-cap-truong-nam-2026",
        "Nghiệm thu đề tài khoa học cấp trường năm 2026",
        ["nghien-cuu-khoa-hoc"],
        "2026-11-13 10:30",
        "2026-11-13T10:30:00+07:00",
        [
            P("Hội đồng khoa học nhà trường đã nghiệm thu 7 đề tài khoa học cấp trường năm 2026, "
              "trong đó 3 đề tài xếp loại xuất sắc, 4 đề tài xếp loại khá."),
            P("Các đề tài tập trung vào đổi mới nội dung, phương pháp giảng dạy và tổng kết thực "
              "tiễn xây dựng hệ thống chính trị cơ sở vùng đồng bào dân tộc."),
            P("Hội đồng đề nghị các chủ nhiệm đề tài tiếp thu ý kiến góp ý, hoàn thiện sản phẩm "
              "để ứng dụng vào bài giảng từ năm học 2027."),
        ],
        authors=["Huỳnh Văn Tâm"],
        summary="Hội đồng khoa học Trường Chính trị tỉnh Trà Vinh nghiệm thu 7 đề tài khoa học "
                "cấp trường năm 2026.",
        sapo_outside=True,
        opts={"author_field": "ThS. Huỳnh Văn Tâm", "related_old": True},
    ),
    _s(
        10,
        "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iv-lam-viec-voi-truong",
        "Đoàn công tác Học viện Chính trị khu vực IV làm việc với Trường",
        ["tin-tong-hop", "hoat-dong-dao-tao"],
        "2026-11-10 08:00",
        "2026-11-10T08:00:00+07:00",
        [
            P("Đoàn công tác do PGS.TS. Giám đốc Học viện Chính trị khu vực IV dẫn đầu đã làm "
              "việc với Trường về tình hình thực hiện chương trình đào tạo trung cấp lý luận "
              "chính trị."),
            P("Đoàn ghi nhận những kết quả nổi bật của nhà trường trong việc đạt chuẩn trường "
              "chính trị mức 1 và đề nghị tăng cường liên kết mở lớp cao cấp lý luận chính trị."),
        ],
        authors=["Sơn Thị Chanh Đa"],
        summary="Ngày 10/11, Đoàn công tác Học viện Chính trị khu vực IV làm việc với Trường "
                "Chính trị tỉnh Trà Vinh.",
        sapo_outside=True,
        opts={"author_field": "Sơn Thị Chanh Đa"},
    ),
    _s(
        11,
        "giang-vien-di-thuc-te-tai-huyen-cau-ngang",
        "Giảng viên đi thực tế tại huyện Cầu Ngang",
        ["hoat-dong-dao-tao"],
        "2026-11-04 07:15",
        "2026-11-04T07:15:00+07:00",
        [
            P("Trong 5 ngày, 14 giảng viên đã tìm hiểu thực tế tình hình phát triển kinh tế - xã "
              "hội, xây dựng nông thôn mới tại các xã Mỹ Long Nam, Hiệp Mỹ Đông."),
            P("Qua đợt thực tế, giảng viên bổ sung tư liệu, tình huống thực tiễn vào bài giảng:"),
            P("Mô hình nuôi tôm ứng dụng công nghệ cao ở xã Hiệp Mỹ Đông;", "li"),
            P("Kinh nghiệm vận động đồng bào hiến đất làm đường ở xã Mỹ Long Nam.", "li"),
            Img(IMG + "thuc-te-cau-ngang.jpg?sfvrsn=2b2b2b2b_2",
                "Giảng viên tìm hiểu mô hình nuôi tôm công nghệ cao",
                "Giảng viên tìm hiểu mô hình nuôi tôm công nghệ cao", "kendo"),
        ],
        authors=["Trần Thị Mỹ Duyên"],
        summary="Từ ngày 04 đến 08/11, đoàn giảng viên nhà trường đi nghiên cứu thực tế tại "
                "huyện Cầu Ngang.",
        sapo_outside=True,
        opts={"author_field": "ThS. Trần Thị Mỹ Duyên"},
    ),
    _s(
        12,
        "sinh-hoat-hoc-thuat-doi-moi-phuong-phap-giang-day-ly-luan-chinh-tri",
        "Sinh hoạt học thuật: Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát "
        "huy tính tích cực của người học",
        ["nghien-cuu-khoa-hoc"],
        "2026-10-27 09:30",
        "2026-10-27T09:30:00+07:00",
        [
            P("Buổi sinh hoạt học thuật do Khoa Lý luận cơ sở chủ trì, với sự tham dự của toàn "
              "thể giảng viên nhà trường."),
            P("Các ý kiến thống nhất cần tăng thời lượng thảo luận, giải quyết tình huống, sử dụng "
              "bài giảng điện tử và đánh giá học viên bằng bài tập thực tế.",
              "span"),
            P("“Người học là cán bộ có kinh nghiệm thực tiễn, giảng viên phải biết khơi gợi để "
              "họ cùng tham gia xây dựng bài”, một giảng viên chia sẻ.", "quote"),
        ],
        authors=["Lê Minh Nhựt"],
        summary="Khoa Lý luận cơ sở tổ chức sinh hoạt học thuật về đổi mới phương pháp giảng "
                "dạy lý luận chính trị.",
        sapo_outside=True,
        opts={"author_field": "ThS. Lê Minh Nhựt"},
    ),
    _s(
        13,
        "khai-mac-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Khai mạc Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        ["hoat-dong-dao-tao"],
        "2026-10-20 08:00",
        "2026-10-20T08:00:00+07:00",
        [
            P("Sáng 20/10, Trường Chính trị tỉnh Trà Vinh khai mạc Hội thi giảng viên dạy giỏi "
              "cấp trường năm 2026 với 11 giảng viên dự thi."),
            P("Mỗi giảng viên trình bày một bài giảng lý thuyết 45 phút và một bài giảng tình "
              "huống; Ban Giám khảo gồm lãnh đạo nhà trường và các trưởng khoa."),
            Img(IMG + "hoi-thi-gvdg-2026.jpg?sfvrsn=6c6c6c6c_2",
                "Giảng viên trình bày bài giảng dự thi", "Giảng viên trình bày bài giảng dự thi",
                "kendo"),
            P("Hội thi diễn ra đến hết ngày 30/10/2026."),
        ],
        authors=["Lê Minh Nhựt"],
        opts={"author_field": "Lê Minh Nhựt"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
FEATURED = STORIES[:4]


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["dt"], "%Y-%m-%d %H:%M")


def url_date(story: Story) -> str:
    """The date segment Sitefinity builds: the UTC day of the publication date."""
    return (_local(story) - timedelta(hours=7)).strftime("%Y/%m/%d")


def item_path(story: Story, page: str = "/tin-tuc") -> str:
    return f"{page}/{url_date(story)}/{story.slug}"


def detail_date(story: Story) -> str:
    dt = _local(story)
    tt = "SA" if dt.hour < 12 else "CH"
    return f"Thg{dt.month} {dt.day}, {dt.year}, {dt:%H:%M} {tt}"


def list_date(story: Story) -> str:
    dt = _local(story)
    return f"Thg{dt.month} {dt.day}, {dt.year}"


def _guid(seed: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "tct-travinh/" + seed))


def _thumb(story: Story) -> str:
    img = next(iter(story.images), None)
    if img is None:
        return "/images/default-source/logo/logo-truong.tmb-thumb120.png?sfvrsn=11aa22bb_0"
    path, query = img.src.split("?", 1)
    return path.replace(".jpg", ".tmb-thumb120.jpg") + "?" + query


# --- page shell ------------------------------------------------------------------------------


def _nav() -> str:
    cats = "".join(
        f'<li><a class="dropdown-item" href="/tin-tuc/-in-Category/categories/{k}">{esc(v)}</a></li>'
        for k, v in CATS.items()
    )
    return f"""
<nav class="navbar navbar-expand-md navbar-dark tct-nav">
 <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbar-1"
   aria-controls="navbar-1" aria-expanded="false" aria-label="Toggle navigation">
   <span class="navbar-toggler-icon"></span></button>
 <div class="collapse navbar-collapse" id="navbar-1">
  <ul class="navbar-nav flex-wrap">
   <li class="nav-item"><a class="nav-link" href="/trang-chu" target="_self">Trang chủ</a></li>
   <li class="nav-item dropdown">
    <a class="nav-link dropdown-toggle" href="#" id="navbarDropdownMenuLink-1"
       data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">Giới thiệu</a>
    <ul class="dropdown-menu" aria-labelledby="navbarDropdownMenuLink-1">
     <li><a class="dropdown-item" href="/gioi-thieu" target="_self">Lịch sử hình thành</a></li>
     <li><a class="dropdown-item" href="/co-cau-to-chuc" target="_self">Cơ cấu tổ chức</a></li>
    </ul></li>
   <li class="nav-item dropdown">
    <a class="nav-link dropdown-toggle" href="/tin-tuc" id="navbarDropdownMenuLink-2"
       data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">Tin tức</a>
    <ul class="dropdown-menu" aria-labelledby="navbarDropdownMenuLink-2">
     <li><a class="dropdown-item" href="/tin-tuc" target="_self">Tất cả tin</a></li>{cats}
    </ul></li>
   <li class="nav-item"><a class="nav-link" href="/van-ban" target="_self">Văn bản</a></li>
   <li class="nav-item"><a class="nav-link" href="/thu-vien-anh" target="_self">Thư viện ảnh</a></li>
   <li class="nav-item"><a class="nav-link" href="/lien-he" target="_self">Liên hệ</a></li>
  </ul>
 </div>
</nav>"""


def _sidebar() -> str:
    most = [BY_ID[i] for i in (3, 7, 1, 10)]
    items = "".join(
        f'<li><a href="{item_path(s)}">{esc(s.title)}</a></li>' for s in most
    )
    return f"""
<div id="Contentplaceholder1_C019_Col01" class="sf_colsIn col-lg-4" data-sf-element="Column 2"
     data-placeholder-label="Cột phải">
 <div class="tct-khoi">
  <div class="tct-khoi-tieude">Tin xem nhiều</div>
  <ul class="list-unstyled tct-xemnhieu">{items}</ul>
 </div>
 <div class="tct-khoi">
  <div class="tct-khoi-tieude">Liên kết website</div>
  <select class="form-control" onchange="window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://www.travinh.gov.vn">Cổng TTĐT tỉnh Trà Vinh</option>
   <option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
   <option value="https://www.baotravinh.vn">Báo Trà Vinh</option>
  </select>
  <a href="https://www.facebook.com/truongchinhtritravinh" target="_blank">
   <img src="/images/default-source/banner/facebook.png?sfvrsn=2_0" alt="Facebook" /></a>
 </div>
 <div class="tct-khoi">
  <div class="tct-khoi-tieude">Thăm dò ý kiến</div>
  <p>Bạn đánh giá thế nào về chất lượng Cổng thông tin của nhà trường?</p>
  <div class="form-check"><input class="form-check-input" type="radio" name="bc" value="1" />
   <label class="form-check-label">Rất tốt</label></div>
  <div class="form-check"><input class="form-check-input" type="radio" name="bc" value="2" />
   <label class="form-check-label">Bình thường</label></div>
  <button type="button" class="btn btn-primary btn-sm" data-sf-role="poll-submit">Bình chọn</button>
 </div>
 <div class="tct-khoi tct-thongke">
  <div class="tct-khoi-tieude">Thống kê truy cập</div>
  <ul class="list-unstyled"><li>Đang online: 17</li><li>Hôm nay: 412</li>
   <li>Tổng truy cập: 1.284.907</li></ul>
 </div>
</div>"""


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    canonical: str | None = None,
    description: str = "",
    og_image: str | None = None,
    h1: str | None = None,
    crumbs: list[tuple[str, str | None]] | None = None,
    slider: str = "",
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    og = (
        f'<meta property="og:image" content="{base}{og_image}" />' if og_image else ""
    )
    desc = f'<meta name="description" content="{esc(description)}" />' if description else ""
    crumb_html = ""
    if crumbs:
        lis = []
        for label, href in crumbs:
            if href:
                lis.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
            else:
                lis.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
        crumb_html = (
            '<nav aria-label="Đường dẫn đầy đủ đến trang hiện tại"><ol class="breadcrumb">'
            + "".join(lis) + "</ol></nav>"
        )
    head_h1 = (
        f'<div class="sfContentBlock sf-Long-text"><h1 class="tct-tentrang">{esc(h1)}</h1></div>'
        if h1 else ""
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{esc(title)}</title>
<meta name="Generator" content="Sitefinity 13.3.7600.0 DX" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="{esc(SITE)}" />
{og}{desc}{canon}
<link href="/ResourcePackages/Bootstrap4/assets/dist/css/main.min.css?package=Bootstrap4&amp;v=MTMuMy43NjAwLjA%3d"
      rel="stylesheet" type="text/css" />
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvvQmF0oq_jQ2bS0x&amp;t=ffffffffad3b8a1c"
        type="text/javascript"></script>
</head>
<body>
<div class="tct-topbar"><div class="container"><span class="tct-ngay">{TODAY_LINE}</span>
 <form class="form-inline float-right" role="search" data-sf-role="search-box">
  <input type="search" class="form-control form-control-sm" placeholder="Tìm kiếm..."
         aria-label="Tìm kiếm" data-sf-role="search-box-input" />
  <input type="hidden" data-sf-role="resultsUrl" value="/tim-kiem" />
  <input type="hidden" data-sf-role="indexCatalogue" value="tin-tuc-index" />
  <button type="button" class="btn btn-sm" data-sf-role="searchButton">Tìm</button>
 </form></div></div>
<header class="container" data-sf-element="Row">
 <div id="Header_C001_Col00" class="sf_colsIn col-md-12" data-sf-element="Column 1"
      data-placeholder-label="Đầu trang">
  <a href="/trang-chu"><img src="/images/default-source/logo/banner-tct.png?sfvrsn=7_2"
     alt="Trường Chính trị tỉnh Trà Vinh" class="img-fluid" /></a>
  {_nav()}
 </div>
</header>
<main class="container">
{slider}
<div class="row" data-sf-element="Row">
 <div id="Contentplaceholder1_C019_Col00" class="sf_colsIn col-lg-8" data-sf-element="Column 1"
      data-placeholder-label="Nội dung chính">
  {crumb_html}
  {head_h1}
  {main}
 </div>
 {_sidebar()}
</div>
</main>
<footer class="tct-footer"><div class="container">
 <div class="sfContentBlock sf-Long-text">
  <p><strong>TRƯỜNG CHÍNH TRỊ TỈNH TRÀ VINH</strong></p>
  <p>Địa chỉ: Số 16, đường Nguyễn Thị Minh Khai, Phường 7, thành phố Trà Vinh, tỉnh Trà Vinh</p>
  <p>Điện thoại: 0294.3862.453 - Email: truongchinhtri@travinh.gov.vn</p>
  <p>© 2026 Trường Chính trị tỉnh Trà Vinh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
 </div>
</div></footer>
<script src="/ResourcePackages/Bootstrap4/assets/dist/js/popper.min.js" type="text/javascript"></script>
<script src="/ResourcePackages/Bootstrap4/assets/dist/js/bootstrap.min.js" type="text/javascript"></script>
</body>
</html>"""
    return html(page)


# --- news markup -----------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    name = img.src.rsplit("/", 1)[1].split(".", 1)[0]
    tag = (
        f'<img src="{esc(img.src)}" data-displaymode="Original" alt="{esc(name)}" '
        f'title="{esc(name)}" />'
    )
    if img.style == "table":
        cap = (
            f'<tr><td style="text-align:center;"><span style="font-size:11pt;"><em>{esc(img.printed)}'
            "</em></span></td></tr>"
            if img.printed else ""
        )
        return (
            '<table style="margin-left:auto;margin-right:auto;width:90%;" class="tct-anh">'
            f'<tbody><tr><td style="text-align:center;">{tag}</td></tr>{cap}</tbody></table>'
        )
    out = f'<p style="text-align:center;">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align:center;"><em>{esc(img.printed)}</em></p>'
    return out


def _content(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align:justify;">{esc(b.text)}<br />\n{esc(nxt.text)}</p>')
            i += 1
        elif b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i].text)
                i += 1
            i -= 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in run) + "</ul>")
            else:
                rows = []
                for n, row in enumerate(run):
                    cell = "th" if n == 0 else "td"
                    rows.append(
                        "<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in row.split(" | "))
                        + "</tr>"
                    )
                out.append('<table class="table table-bordered"><tbody>' + "".join(rows)
                           + "</tbody></table>")
        elif b.style == "b":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "span":
            out.append(
                '<p style="text-align:justify;"><span style="font-family:\'times new roman\', '
                f'times, serif;font-size:14pt;">{esc(b.text)}</span></p>'
            )
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif b.style.startswith("note"):
            n = b.style[4:]
            call, rest = b.text.split(" ", 1)
            out.append(
                f'<div id="ftn{n}"><p style="font-size:11pt;"><a href="#_ftnref{n}" name="_ftn{n}">'
                f"{esc(call)}</a> {esc(rest)}</p></div>"
            )
        else:
            text = esc(b.text)
            for n in ("1", "2"):
                text = text.replace(
                    f"[{n}]", f'<a href="#_ftn{n}" name="_ftnref{n}">[{n}]</a>'
                )
            out.append(f'<p style="text-align:justify;">{text}</p>')
        i += 1
    return "\n".join(out)


def _list_item(story: Story, page: str = "/tin-tuc") -> str:
    href = item_path(story, page)
    author = story.opts.get("author_field")
    by = f" Bởi {esc(author)}" if author else ""
    summary = esc(story.summary) if story.summary else ""
    return f"""
<li class="media mb-4" data-sf-provider="OpenAccessDataProvider" data-sf-id="{_guid(story.slug)}"
    data-sf-type="Telerik.Sitefinity.News.Model.NewsItem">
 <a href="{href}"><img class="mr-3" src="{esc(_thumb(story))}" alt="{esc(story.title)}" /></a>
 <div class="media-body">
  <h3 class="mt-0 sf-news-title"><a href="{href}">{esc(story.title)}</a></h3>
  <div class="text-muted">{list_date(story)}{by}</div>
  <div class="sf-news-summary">{summary}</div>
  <a class="sf-news-full-story" href="{href}">Xem tiếp</a>
 </div>
</li>"""


def _pager(base: str, current: int, total: int) -> str:
    if total <= 1:
        return ""
    lis = []
    if current > 1:
        lis.append(f'<li class="page-item"><a class="page-link" href="{base}/page/{current - 1}">'
                   "&lsaquo;</a></li>")
    for n in range(1, total + 1):
        active = " active" if n == current else ""
        lis.append(f'<li class="page-item{active}"><a class="page-link" href="{base}/page/{n}">'
                   f"{n}</a></li>")
    if current < total:
        lis.append(f'<li class="page-item"><a class="page-link" href="{base}/page/{current + 1}">'
                   "&rsaquo;</a></li>")
    return '<nav aria-label="Điều hướng trang"><ul class="pagination">' + "".join(lis) + "</ul></nav>"


def _news_list(stories: list[Story], page: str = "/tin-tuc") -> str:
    return (
        '<div class="sf-news-list"><ul class="list-unstyled">'
        + "".join(_list_item(s, page) for s in stories)
        + "</ul></div>"
    )


def _comments(story: Story) -> str:
    if story.id not in (1, 3, 7):
        return (
            '<div class="sf-Comments" data-sf-role="comments-wrapper"><h3 class="sf-Comments-title">'
            "Bình luận</h3><p class=\"text-muted\">Chưa có bình luận nào.</p></div>"
        )
    later = _local(story) + timedelta(hours=5, minutes=11)
    stamp = f"Thg{later.month} {later.day}, {later.year}, {later:%H:%M} {'SA' if later.hour < 12 else 'CH'}"
    return f"""
<div class="sf-Comments" data-sf-role="comments-wrapper">
 <h3 class="sf-Comments-title">2 bình luận</h3>
 <ul class="list-unstyled sf-Comments-list" data-sf-role="comments-list">
  <li class="media"><div class="media-body">
   <p class="sf-Comments-author"><strong>Trần Minh Luân</strong> <span class="text-muted">{stamp}</span></p>
   <p>Bài viết rất thiết thực, chúc nhà trường ngày càng phát triển.</p></div></li>
  <li class="media"><div class="media-body">
   <p class="sf-Comments-author"><strong>Thạch Thị Ngọc Hân</strong> <span class="text-muted">{stamp}</span></p>
   <p>Mong trường sớm đăng tải tài liệu hội nghị để học viên tham khảo.</p></div></li>
 </ul>
 <p><a href="#" data-sf-role="comments-new-comment-link">Viết bình luận</a></p>
</div>"""


def _detail(story: Story) -> str:
    author = story.opts.get("author_field")
    by = f" Bởi {esc(author)}" if author else ""
    summary = esc(story.summary) if story.summary else ""
    src = ""
    if story.source:
        src = (f'<div class="tct-nguontin">Nguồn: <a href="{esc(story.opts["source_site"])}" '
               f'target="_blank">{esc(story.source)}</a></div>')
    cats = ", ".join(
        f'<a href="/tin-tuc/-in-Category/categories/{k}">{esc(CATS[k])}</a>'
        for k in story.opts["cats"]
    )
    tags = ""
    if story.opts.get("tags"):
        tags = '<div class="tct-tukhoa">Từ khóa: ' + ", ".join(
            f'<a href="/tin-tuc/-in-Tags/tags/{t}">{esc(TAGS[t])}</a>' for t in story.opts["tags"]
        ) + "</div>"
    related_ids = [i for i in (story.id + 2, story.id - 3) if i in BY_ID]
    rel = [f'<li><a href="{item_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in related_ids]
    if story.opts.get("related_old"):
        rel.append(f'<li><a href="{OLD_SLUG_PATH}">Sinh hoạt học thuật: Đổi mới phương pháp '
                   "giảng dạy</a></li>")
    others = [s for s in STORIES if s.id in (story.id + 1, story.id + 4, story.id - 1)]
    others_html = "".join(
        f'<li><a href="{item_path(s)}">{esc(s.title)}</a> <span class="text-muted">'
        f"({list_date(s)})</span></li>"
        for s in others
    )
    return f"""
<div class="sf-news-item tct-chitiet" data-sf-provider="OpenAccessDataProvider"
     data-sf-id="{_guid(story.slug)}" data-sf-type="Telerik.Sitefinity.News.Model.NewsItem">
 <h3 class="sf-news-title"><span data-sf-field="Title" data-sf-ftype="ShortText">{esc(story.title)}</span></h3>
 <div class="text-muted">{detail_date(story)}{by}</div>
 <div class="sf-news-summary" data-sf-field="Summary" data-sf-ftype="ShortText">{summary}</div>
 <div class="sf-news-content" data-sf-field="Content" data-sf-ftype="LongText">
{_content(story)}
 </div>
 {src}
 <div class="tct-phanloai">Chuyên mục: {cats}</div>
 {tags}
 <div class="tct-tinlienquan"><h4>Tin liên quan</h4><ul>{"".join(rel)}</ul></div>
</div>
<div class="sf-social-share"><ul class="list-inline">
 <li class="list-inline-item"><a href="https://www.facebook.com/sharer/sharer.php" target="_blank"
   class="sf-share-facebook"><img src="/ResourcePackages/Bootstrap4/assets/dist/img/facebook.png"
   alt="Chia sẻ Facebook" /></a></li>
 <li class="list-inline-item"><a href="javascript:window.print()" class="sf-share-print">In bài</a></li>
</ul></div>
{_comments(story)}
<div class="tct-tinkhac"><h4>Các tin khác</h4><ul>{others_html}</ul></div>"""


# --- pages -----------------------------------------------------------------------------------


def _slider() -> str:
    slides = "".join(
        f"""<div class="carousel-item{' active' if n == 0 else ''}">
 <a href="{item_path(s, '/trang-chu')}"><img class="d-block w-100" src="{esc(_thumb(s))}"
   alt="{esc(s.title)}" /></a>
 <div class="carousel-caption"><a href="{item_path(s, '/trang-chu')}">{esc(s.title)}</a></div></div>"""
        for n, s in enumerate(FEATURED)
    )
    return (
        '<div id="tctSlider" class="carousel slide" data-ride="carousel"><div class="carousel-inner">'
        + slides + "</div></div>"
    )


def _home(request: Request) -> Response:
    featured = _news_list(FEATURED, "/trang-chu")
    cats = "".join(
        f'<li><a href="/tin-tuc/-in-Category/categories/{k}">{esc(v)}</a></li>'
        for k, v in CATS.items()
    )
    main = f"""
<div class="tct-khoi"><div class="tct-khoi-tieude">Tin nổi bật</div>{featured}
 <p><a href="/tin-tuc" class="btn btn-link">Xem tất cả tin tức »</a></p></div>
<div class="tct-khoi"><div class="tct-khoi-tieude">Chuyên mục</div><ul>{cats}</ul></div>
<div class="tct-khoi"><div class="tct-khoi-tieude">Thông báo</div>
 <ul><li><a href="/van-ban">Kế hoạch đào tạo, bồi dưỡng năm 2027</a></li></ul></div>"""
    return _page(request, SITE, main, slider=_slider(), canonical="/")


def _list_page(request: Request, base: str, label: str, stories: list[Story], size: int,
               page: int) -> Response | None:
    total = max(1, -(-len(stories) // size))
    if page < 1 or page > total:
        return None
    chunk = stories[(page - 1) * size: page * size]
    crumbs = [("Trang chủ", "/trang-chu"), ("Tin tức", "/tin-tuc")]
    if label != "Tin tức":
        crumbs.append((label, None))
    else:
        crumbs[-1] = ("Tin tức", None)
    main = _news_list(chunk) + _pager(base, page, total)
    title = label if page == 1 else f"{label} - Trang {page}"
    return _page(request, f"{title} | {SITE}", main, h1=label, crumbs=crumbs)


def _detail_page(request: Request, story: Story, on_home: bool) -> Response:
    canonical = item_path(story)
    main = _detail(story)
    crumbs = [("Trang chủ", "/trang-chu"), ("Tin tức", "/tin-tuc"), (story.title, None)]
    og = story.images[0].src if story.images else None
    if on_home:
        return _page(request, story.title, main, canonical=canonical, slider=_slider(),
                     description=story.summary or "", og_image=og)
    return _page(request, story.title, main, canonical=canonical, h1="Tin tức", crumbs=crumbs,
                 description=story.summary or "", og_image=og)


CONTENT_PAGES = {
    "/gioi-thieu": ("Lịch sử hình thành", """
<p>Trường Chính trị tỉnh Trà Vinh được thành lập năm 1992 trên cơ sở Trường Đảng tỉnh Cửu Long
chia tách, là đơn vị sự nghiệp trực thuộc Tỉnh ủy và UBND tỉnh.</p>
<p>Trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ
sở; đạt chuẩn trường chính trị mức 1 năm 2025.</p>
<p><img src="/images/default-source/gioi-thieu/tru-so-truong.jpg?sfvrsn=3_2" alt="tru-so-truong" /></p>"""),
    "/co-cau-to-chuc": ("Cơ cấu tổ chức", """
<p><strong>Ban Giám hiệu</strong></p>
<ul><li>Hiệu trưởng</li><li>02 Phó Hiệu trưởng</li></ul>
<p><strong>Các khoa, phòng</strong></p>
<table class="table"><tbody><tr><td>Khoa Xây dựng Đảng</td><td>Khoa Lý luận cơ sở</td></tr>
<tr><td>Khoa Nhà nước và pháp luật</td><td>Phòng Quản lý đào tạo</td></tr>
<tr><td>Phòng Tổ chức - Hành chính</td><td>Phòng Quản lý khoa học</td></tr></tbody></table>"""),
    "/lien-he": ("Liên hệ", """
<p>Số 16, đường Nguyễn Thị Minh Khai, Phường 7, thành phố Trà Vinh</p>
<p>Điện thoại: 0294.3862.453 - Fax: 0294.3862.454</p>
<form method="post" action="/lien-he" class="sf-form">
 <div class="form-group"><label for="Textbox-1">Họ và tên</label>
  <input id="Textbox-1" type="text" class="form-control" name="TextFieldController" /></div>
 <div class="form-group"><label for="Textbox-2">Email</label>
  <input id="Textbox-2" type="email" class="form-control" name="TextFieldController_0" /></div>
 <div class="form-group"><label for="Textarea-1">Nội dung</label>
  <textarea id="Textarea-1" class="form-control" name="ParagraphTextFieldController"></textarea></div>
 <button type="submit" class="btn btn-primary">Gửi</button>
</form>"""),
    "/thu-vien-anh": ("Thư viện ảnh", """
<div class="sf-Gallery-thumbs-container"><ul class="sf-Gallery-thumbs list-unstyled row">
<li class="col-4"><a href="/images/default-source/album/le-khai-giang-2026-01.jpg?sfvrsn=1_2"
 data-sf-role="gallery-thumb"><img src="/images/default-source/album/le-khai-giang-2026-01.tmb-thumb120.jpg?sfvrsn=1_2"
 alt="le-khai-giang-2026-01" /></a></li>
<li class="col-4"><a href="/images/default-source/album/le-khai-giang-2026-02.jpg?sfvrsn=1_2"
 data-sf-role="gallery-thumb"><img src="/images/default-source/album/le-khai-giang-2026-02.tmb-thumb120.jpg?sfvrsn=1_2"
 alt="le-khai-giang-2026-02" /></a></li>
</ul></div>"""),
    "/van-ban": ("Văn bản", """
<ul class="list-unstyled sf-document-list">
<li><span class="sf-icon-pdf"></span>
 <a href="/docs/default-source/van-ban/ke-hoach-dao-tao-boi-duong-2027.pdf?sfvrsn=4_0"
    target="_blank">Kế hoạch đào tạo, bồi dưỡng năm 2027</a> <span class="text-muted">(PDF, 312 KB)</span></li>
<li><span class="sf-icon-pdf"></span>
 <a href="/docs/default-source/van-ban/quy-che-dao-tao-trung-cap-llct.pdf?sfvrsn=2_0"
    target="_blank">Quy chế đào tạo trung cấp lý luận chính trị - hành chính</a>
 <span class="text-muted">(PDF, 540 KB)</span></li>
</ul>"""),
}


def _content_page(request: Request, path: str) -> Response:
    label, body = CONTENT_PAGES[path]
    main = f'<div class="sfContentBlock sf-Long-text">{body}</div>'
    crumbs = [("Trang chủ", "/trang-chu"), (label, None)]
    return _page(request, f"{label} | {SITE}", main, h1=label, crumbs=crumbs)


_DETAIL = re.compile(r"^/(tin-tuc|trang-chu)/(\d{4}/\d{2}/\d{2})/([a-z0-9-]+)/?$")
_LIST = re.compile(r"^/tin-tuc(?:/page/(\d+))?/?$")
_CAT = re.compile(r"^/tin-tuc/-in-Category/categories/([a-z0-9-]+)(?:/page/(\d+))?/?$")
_TAG = re.compile(r"^/tin-tuc/-in-Tags/tags/([a-z0-9-]+)/?$")


class Site:
    def __init__(self) -> None:
        self.by_slug = {s.slug: s for s in STORIES}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/ResourcePackages/", "/ScriptResource.axd")):
            if path == "/ScriptResource.axd":
                return Response(200, b"/* MicrosoftAjax */", {"Content-Type": "application/javascript"})
            return static_file(path)
        if path.startswith("/docs/default-source/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path in ("/", "/trang-chu"):
            return _home(request)
        if path in CONTENT_PAGES:
            return _content_page(request, path)
        if path == OLD_SLUG_PATH:
            return redirect(item_path(BY_ID[12]), 301)
        if m := _DETAIL.match(path):
            story = self.by_slug.get(m.group(3))
            if story is None or url_date(story) != m.group(2):
                return None
            return _detail_page(request, story, m.group(1) == "trang-chu")
        if m := _LIST.match(path):
            return _list_page(request, "/tin-tuc", "Tin tức", STORIES, NEWS_PAGE_SIZE,
                              int(m.group(1) or 1))
        if m := _CAT.match(path):
            key = m.group(1)
            if key not in CATS:
                return None
            stories = [s for s in STORIES if key in s.opts["cats"]]
            return _list_page(request, f"/tin-tuc/-in-Category/categories/{key}", CATS[key],
                              stories, CAT_PAGE_SIZE, int(m.group(2) or 1))
        if m := _TAG.match(path):
            key = m.group(1)
            if key not in TAGS:
                return None
            stories = [s for s in STORIES if key in s.opts.get("tags", [])]
            return _list_page(request, f"/tin-tuc/-in-Tags/tags/{key}", TAGS[key], stories,
                              CAT_PAGE_SIZE, 1)
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [item_path(story, "/trang-chu")]
    if story.id == 12:
        alts.append(OLD_SLUG_PATH)
    return gold_record(story, item_path(story), story.cat, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu", "/co-cau-to-chuc", "/lien-he", "/thu-vien-anh", "/van-ban"]
