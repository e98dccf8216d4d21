"""Trường Chính trị tỉnh Lai Châu on NukeViet 4.5 with a vendor theme made for party schools.

Platform: NukeViet 4.5 (PHP), rewrite on, the news module renamed ``tin-tuc`` and set to the
"viewcat_main_bottom" layout for its main page (per chuyên mục: the newest post big with its
thumbnail and hometext, the next two as plain links below it), "viewcat_page_new" for the
chuyên mục pages; the detail page carries the "Tin khác" block (the five newest posts of the
site), the "Tin cùng chuyên mục" block (only the *newer* posts of the same chuyên mục: the theme
was configured so) and the comment module. The vendor theme ("tct-laichau") prints the school's
name as an ``<h1>`` in the header of every page.

URL scheme:
- ``/`` and ``/tin-tuc/``: the news module's main page (viewcat_main_bottom);
- ``/tin-tuc/<cat-alias>/`` and ``/tin-tuc/<cat-alias>/page-<N>``: chuyên mục lists, 3 a page;
- ``/tin-tuc/<cat-alias>/<title-alias>-<id>.html``: a post; a post filed in two chuyên mục
  (NukeViet's ``listcatid``) answers under both cat aliases;
- ``/tin-tuc/print/<cat>/<alias>-<id>.html`` (opened by ``onclick`` only),
  ``/tin-tuc/savefile/<cat>/<alias>-<id>.html`` (a plain link; answers the article as an
  attachment), ``/tin-tuc/sendmail/<cat>/<alias>-<id>.html`` (onclick only; a form);
- ``/tin-tuc/tag/<alias>``: tag pages; ``/tin-tuc/search/``: the search form's target;
- ``/gioi-thieu/`` and ``/gioi-thieu/<alias>.html``: the "page" module (intro pages);
- ``/lien-he/``: contact; ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>``: the
  module's old name in non-rewritten links, answered by a 301 to the rewritten post URL;
- images under ``/uploads/tin-tuc/…`` (article photos), ``/assets/tin-tuc/…`` (thumbnails),
  ``/themes/tct-laichau/…`` (chrome).

Page templates: main page (one panel per chuyên mục), chuyên mục list with NukeViet's
``<ul class="pagination">``, detail (``div.news_column`` panels: headline + date + tools, the home
image figure and ``div.hometext``, ``#news-bodyhtml``, the author/source fields, tags, rating,
share, comments, "Tin cùng chuyên mục", "Tin khác"), print, tag list, intro page, contact.

How each gold article is reached: every chuyên mục's three newest posts are linked from the main
page; "Tin hoạt động" posts 46 and 42 are linked only from ``/tin-tuc/tin-hoat-dong/page-2``
(no block links an older post), "Đào tạo - Bồi dưỡng" post 44 from
``/tin-tuc/dao-tao-boi-duong/page-2`` (and from an old non-rewritten link in post 57's text that
redirects to it).

Traps:
1. ``article:published_time`` / ``article:modified_time`` metas are printed with NukeViet's
   ``date('Y-m-dTH:i:s')``, where PHP's ``T`` is the zone abbreviation: "2026-12-03+0714:30:00";
   the modified one is days later. The date printed under the headline is "Thứ năm - 03/12/2026
   14:30" -> gold ``2026-12-03T14:30:00+07:00`` (never the modified time).
2. The home image is printed twice: the visible ``figure.article`` and a hidden
   ``div#imgpreview`` (the click-to-enlarge modal) with the same ``<img>`` and ``figcaption`` ->
   one image, its caption once; a home image without ``homeimgalt`` is printed in
   ``figure.noncaption`` with the title as ``alt`` -> caption None.
3. The post's SEO title (NukeViet's ``titlesite``) fills ``<title>`` and ``og:title`` and differs
   from the printed headline (post 42), and the theme prints the school's name in an ``<h1>`` in
   the header of every page -> title = the ``h1[itemprop=headline]`` as printed.
4. Post 51 is filed under "Tin hoạt động" and "Xây dựng Đảng" (listcatid): the second
   chuyên mục's list links it under ``/tin-tuc/xay-dung-dang/…-51.html``, which answers 200 with
   the breadcrumb "Xây dựng Đảng" and a canonical link to the first -> one article, path the
   "Tin hoạt động" URL, the other in alt_paths, category "Tin hoạt động".
5. The comment module prints readers' comments under the post (name, "04/12/2026 08:15", their
   text, "Trả lời" links) and its form -> none of it is body, author or date.
6. Photos with their caption in a two-row CKEditor table (``<table class="tbl-anh">``: the
   ``<img>`` in the first row, the caption in ``<em>`` in the second) -> a caption, not a table
   row of the body; a real data table in post 49 is body (cells joined by " | ").
7. Post 54 is a party notice: letterhead table "TỈNH ỦY LAI CHÂU / TRƯỜNG CHÍNH TRỊ / * /
   Số 125-TB/TCT" | "ĐẢNG CỘNG SẢN VIỆT NAM / Lai Châu, ngày 25 tháng 11 năm 2026", "THÔNG BÁO /
   Lịch khai giảng …", then "Nơi nhận", "T/M BAN GIÁM HIỆU / PHÓ HIỆU TRƯỞNG" and the signer; the
   page's own date is "Thứ năm - 26/11/2026 09:30" -> date "2026-11-25", author the signer's name,
   letterhead/subject/closing not body, no sapo.
8. Post 55 is typed with CKEditor's DIV enter mode: every paragraph is a ``<div>`` (spacers
   ``<div>&nbsp;</div>``), no ``<p>`` at all -> its divs are the body's paragraphs.
9. Bylines printed twice: a right-aligned bold line at the end of ``#news-bodyhtml`` ("TS. Nguyễn
   Thị Thu Hà") and NukeViet's field under it ("Tác giả bài viết: TS. Nguyễn Thị Thu Hà") -> one
   author "Nguyễn Thị Thu Hà"; a unit signing alone at the end ("Công đoàn Trường", "Phòng Đào
   tạo - Quản lý khoa học") is the author as printed; "Tác giả bài viết: BBT" -> nobody; "Nguồn tin: Báo Lai Châu"
   -> source "Báo Lai Châu"; the hidden schema.org author "quantri" (the CMS account) -> nobody.
10. The list items carry the hometext of the post in ``data-content`` tooltips and NukeViet's
    time "03/12/2026 14:30" beside "Lượt xem" / "Phản hồi"; "Tin khác" / "Tin cùng chuyên mục"
    lists print other posts' titles, thumbnails and "(03/12/2026)" under a post -> chrome.
11. Print (``onclick`` only) and savefile (a plain link answered with
    ``Content-Disposition: attachment``) serve the whole article again -> alt_paths; the
    sendmail popup is a form, not an article.
12. The module was renamed from ``news``: an old link in post 57's text is
    ``/index.php?language=vi&nv=news&op=dao-tao-boi-duong/…-44`` -> a 301 to the rewritten URL
    (the same article, not a new one).
13. Captions as a centred italic paragraph after the photo; "Ảnh: Vàng A Chứ" alone under a photo
    is a credit (caption None, photographer); "Tin, ảnh: Lường Văn Hưng" -> author and
    photographer; "Tin: Đỗ Thị Mai - Ảnh: Vàng A Chứ" -> [Đỗ Thị Mai], [Vàng A Chứ].
14. Post 47's time is printed as "00:00" -> the day alone "2026-11-05"; its footnote call "[1]"
    stays in the sentence and its "Tài liệu tham khảo" entries are text.
15. Post 50's attachment panel ("Tập tin đính kèm", a PDF with "Tải về" / "Xem trực tuyến")
    is not body; its "👉 " typed before "Hồ sơ gồm:" is text.

Gold decisions on ambiguous points:
- NukeViet's hometext (``div.hometext``) is the sapo: summary and the body's first paragraph.
- The home image (the detail page's top photo) is the article's first image; its caption is the
  ``figcaption`` (NukeViet's ``homeimgalt``).
- The "Nguồn tin" field is the source line; the "Tác giả bài viết" field and the byline line at
  the end of the text are bylines (names without degrees and without the unit after " - ").
- Category = the breadcrumb of the canonical URL (the post's first chuyên mục).
- A party notice follows the house's rule for official documents: the letterhead's day, the
  signer as author, the "THÔNG BÁO" kind and subject line and the closing block out of the body.
- Tag pages, chuyên mục lists, the module main, sendmail, search and the intro/contact pages
  are not articles.
"""

from __future__ import annotations

import datetime as _dt
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nukeviet45_vendor_tct"
PLATFORM = "NukeViet 4.5 (vendor theme for party schools, viewcat_main_bottom, rewrite on)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Lai Châu"
MOD = "/tin-tuc"
PER_PAGE = 3

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "thong-bao": "Thông báo",
    "xay-dung-dang": "Xây dựng Đảng",
}
TAGS = {
    "dao-tao-can-bo": "đào tạo cán bộ",
    "trung-cap-ly-luan-chinh-tri": "trung cấp lý luận chính trị",
    "nghien-cuu-khoa-hoc": "nghiên cứu khoa học",
}
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

U = "/uploads/tin-tuc"


def _dtm(text: str) -> _dt.datetime:
    return _dt.datetime.strptime(text, "%Y-%m-%d %H:%M")


# --- the stories --------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=58,
        slug="be-giang-lop-trung-cap-ly-luan-chinh-tri-k45-he-khong-tap-trung-huyen-tam-duong",
        title="Bế giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung huyện Tam Đường",
        cat="tin-hoat-dong",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều ngày 03/12/2026, Trường Chính trị tỉnh Lai Châu phối hợp với Trung tâm Chính trị "
            "huyện Tam Đường tổ chức Lễ bế giảng và trao bằng tốt nghiệp lớp Trung cấp lý luận "
            "chính trị K45 hệ không tập trung."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{U}/2026_12/be-giang-k45-tam-duong.jpg",
                "Quang cảnh Lễ bế giảng lớp Trung cấp lý luận chính trị K45",
                "Quang cảnh Lễ bế giảng lớp Trung cấp lý luận chính trị K45", style="home"),
            P("Dự buổi lễ có đồng chí Nguyễn Văn Đức, Phó Hiệu trưởng Trường Chính trị tỉnh; đồng chí "
              "Lò Văn Pản, Phó Bí thư Thường trực Huyện ủy Tam Đường cùng đại diện các phòng, khoa "
              "của Nhà trường và 78 học viên của lớp."),
            P("Lớp Trung cấp lý luận chính trị K45 khai giảng tháng 4/2026, học viên là cán bộ, công "
              "chức, viên chức đang công tác tại các cơ quan, đơn vị và các xã trên địa bàn huyện. "
              "Trong quá trình học tập, học viên đã hoàn thành chương trình gồm 5 phần học, đi "
              "nghiên cứu thực tế và viết tiểu luận tốt nghiệp."),
            Img(f"{U}/2026_12/trao-bang-k45.jpg",
                "Đồng chí Nguyễn Văn Đức trao bằng tốt nghiệp cho các học viên",
                "Đồng chí Nguyễn Văn Đức trao bằng tốt nghiệp cho các học viên", style="em_after"),
            P("Kết quả, 100% học viên đủ điều kiện tốt nghiệp, trong đó 21 học viên đạt loại giỏi, "
              "55 học viên đạt loại khá, 2 học viên đạt loại trung bình."),
            P("Phát biểu bế giảng, đồng chí Phó Hiệu trưởng đề nghị các học viên tiếp tục vận dụng "
              "kiến thức đã học vào thực tiễn công tác, không ngừng rèn luyện phẩm chất đạo đức, "
              "lối sống, góp phần xây dựng huyện Tam Đường ngày càng phát triển."),
        ],
        authors=["Lò Văn Thành"],
        opts={"dt": "2026-12-03 14:30", "mod": "2026-12-04 09:12", "author_field": "ThS. Lò Văn Thành",
              "tags": ["trung-cap-ly-luan-chinh-tri", "dao-tao-can-bo"],
              "comments": [("Hoàng Thị Lan", "04/12/2026 08:15",
                            "Chúc mừng các đồng chí học viên lớp K45! Mong các đồng chí vận dụng tốt "
                            "kiến thức vào công việc."),
                           ("Tòng Văn Quý", "04/12/2026 20:41",
                            "Cảm ơn các thầy cô giáo Trường Chính trị đã tận tình giảng dạy lớp chúng em.")]},
    ),
    Story(
        id=57,
        slug="khai-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-12-01T07:45:00+07:00",
        summary=(
            "Sáng 30/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng "
            "lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{U}/2026_12/khai-giang-qpan-dt4.jpg",
                "Các đại biểu dự lễ khai giảng", "Các đại biểu dự lễ khai giảng", style="home"),
            P("Lớp học có 96 học viên là cán bộ, đảng viên, trưởng các thôn, bản, khu phố; chỉ huy "
              "trưởng quân sự các cơ quan, tổ chức ở cơ sở trên địa bàn tỉnh."),
            P("Trong thời gian 5 ngày, học viên được nghiên cứu các chuyên đề về quan điểm của Đảng "
              "về xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân; công tác dân vận, "
              "tôn giáo, dân tộc; phòng, chống chiến lược diễn biến hòa bình."),
            P("Lớp bồi dưỡng năm nay tiếp nối lớp Bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ "
              "cơ sở mà Nhà trường đã mở trong tháng 10."),
            P("Kết thúc khóa học, các học viên đạt yêu cầu sẽ được cấp giấy chứng nhận hoàn thành "
              "chương trình bồi dưỡng."),
        ],
        authors=["Phòng Đào tạo - Quản lý khoa học"],
        opts={"dt": "2026-12-01 07:45", "mod": "2026-12-01 10:02",
              "unit_sign": "Phòng Đào tạo - Quản lý khoa học",
              "legacy_link": (3, "Bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở", 44),
              "tags": ["dao-tao-can-bo"],
              "comments": [("Vàng Văn Sinh", "01/12/2026 16:03",
                            "Lớp học rất thiết thực với cán bộ thôn, bản chúng tôi.")]},
    ),
    Story(
        id=56,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien-dia-phuong",
        title=("Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực "
               "tiễn địa phương”"),
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-30T14:00:00+07:00",
        summary=(
            "Ngày 28/11/2026, Trường Chính trị tỉnh Lai Châu tổ chức Hội thảo khoa học cấp trường "
            "với chủ đề “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương”."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{U}/2026_11/hoi-thao-khoa-hoc-2026.jpg", None, None, style="home_nocap"),
            P("Hội thảo nhận được 24 tham luận của giảng viên các khoa chuyên môn và báo cáo viên "
              "của Ban Tuyên giáo Tỉnh ủy, Trung tâm Chính trị các huyện, thành phố."),
            P("Những kết quả đạt được", "h3"),
            P("Các tham luận đã phân tích thực trạng việc liên hệ thực tiễn trong bài giảng; chỉ ra "
              "những kết quả bước đầu trong đổi mới phương pháp giảng dạy theo hướng phát huy tính "
              "chủ động của người học."),
            P("Giải pháp trong thời gian tới", "h3"),
            P("Hội thảo thống nhất đề xuất tăng cường đi nghiên cứu thực tế của giảng viên, xây "
              "dựng kho tư liệu thực tiễn của tỉnh Lai Châu phục vụ giảng dạy."),
            Img(f"{U}/2026_11/tham-luan-hoi-thao.jpg", "Giảng viên Khoa Lý luận cơ sở trình bày tham luận",
                "Giảng viên Khoa Lý luận cơ sở trình bày tham luận", style="figure"),
            P("Kết luận hội thảo, đồng chí Hiệu trưởng ghi nhận chất lượng các tham luận và giao "
              "Phòng Đào tạo - Quản lý khoa học tổng hợp, biên tập thành kỷ yếu."),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"dt": "2026-11-30 14:00", "mod": "2026-12-02 08:30",
              "author_field": "TS. Nguyễn Thị Thu Hà", "sign": "TS. Nguyễn Thị Thu Hà",
              "tags": ["nghien-cuu-khoa-hoc"],
              "comments": [("Lê Minh Tuấn", "30/11/2026 21:10",
                            "Đề nghị Nhà trường sớm phát hành kỷ yếu hội thảo để giảng viên tham khảo.")]},
    ),
    Story(
        id=55,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="tin-hoat-dong",
        published_at="2026-11-27T16:10:00+07:00",
        summary=(
            "Ngày 26/11/2026, Trường Chính trị tỉnh Lai Châu tổ chức Hội nghị viên chức, người lao "
            "động năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{U}/2026_11/hoi-nghi-vien-chuc.jpg", "Đoàn Chủ tịch điều hành Hội nghị",
                "Đoàn Chủ tịch điều hành Hội nghị", style="home"),
            P("Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026, phương "
              "hướng nhiệm vụ năm học 2026 - 2027; báo cáo công khai tài chính và báo cáo hoạt "
              "động của Ban Thanh tra nhân dân."),
            P("Năm học 2025 - 2026, Nhà trường đã mở 31 lớp đào tạo, bồi dưỡng với 2.314 học viên, "
              "vượt 8% kế hoạch; 100% giảng viên hoàn thành định mức giờ chuẩn."),
            P("Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết về đổi mới nội dung, "
              "chương trình và cải thiện điều kiện làm việc của viên chức, người lao động."),
            P("Hội nghị đã biểu quyết thông qua Nghị quyết Hội nghị và bầu Ban Thanh tra nhân dân "
              "nhiệm kỳ 2026 - 2028 gồm 3 đồng chí."),
        ],
        authors=["Công đoàn Trường"],
        opts={"dt": "2026-11-27 16:10", "mod": "2026-11-28 07:55", "mode": "div",
              "unit_sign": "Công đoàn Trường", "tags": ["dao-tao-can-bo"]},
    ),
    Story(
        id=54,
        slug="thong-bao-lich-khai-giang-cac-lop-thang-12-2026",
        title="Thông báo lịch khai giảng các lớp tháng 12/2026",
        cat="thong-bao",
        published_at="2026-11-25",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
                '<tbody><tr><td style="text-align:center; width:45%"><span style="font-size:13px">'
                "TỈNH ỦY LAI CHÂU</span><br /><strong>TRƯỜNG CHÍNH TRỊ</strong><br />*<br />"
                "Số 125-TB/TCT</td>"
                '<td style="text-align:center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br />'
                "&nbsp;<br /><em>Lai Châu, ngày 25 tháng 11 năm 2026</em></td></tr></tbody></table>"
                '<p style="text-align:center">&nbsp;</p>'
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Lịch khai giảng các lớp tháng 12/2026</strong><br />-----</p>"
            ),
            P("Căn cứ Kế hoạch đào tạo, bồi dưỡng năm 2026 của Trường Chính trị tỉnh; Ban Giám hiệu "
              "Nhà trường thông báo lịch khai giảng các lớp trong tháng 12/2026 như sau:"),
            P("1. Lớp Trung cấp lý luận chính trị K47 hệ tập trung: khai giảng lúc 8 giờ 00, ngày "
              "07/12/2026 tại Hội trường A, Trường Chính trị tỉnh.", "b"),
            P("2. Lớp Bồi dưỡng chuyên viên chính: khai giảng lúc 14 giờ 00, ngày 10/12/2026 tại "
              "Phòng học số 3.", "b"),
            P("Đề nghị các cơ quan, đơn vị cử học viên tham dự đầy đủ, đúng thành phần; học viên "
              "mang theo quyết định cử đi học và 02 ảnh 3x4."),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
                "- Thường trực Tỉnh ủy (b/c);<br />- Các huyện ủy, thành ủy;<br />- Lưu VP.</td>"
                '<td style="text-align:center; vertical-align:top"><strong>T/M BAN GIÁM HIỆU<br />'
                "PHÓ HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
                "<strong>Nguyễn Văn Đức</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Văn Đức"],
        opts={"dt": "2026-11-26 09:30", "mod": "2026-11-26 09:30", "author_field": "",
              "tags": ["trung-cap-ly-luan-chinh-tri"]},
    ),
    Story(
        id=53,
        slug="lop-trung-cap-ly-luan-chinh-tri-k46-di-nghien-cuu-thuc-te-tai-huyen-sin-ho",
        title="Lớp Trung cấp lý luận chính trị K46 đi nghiên cứu thực tế tại huyện Sìn Hồ",
        cat="dao-tao-boi-duong",
        published_at="2026-11-24T17:05:00+07:00",
        summary=(
            "Từ ngày 20 đến 22/11/2026, 65 học viên lớp Trung cấp lý luận chính trị K46 đã đi "
            "nghiên cứu thực tế tại huyện Sìn Hồ."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{U}/2026_11/k46-thuc-te-sin-ho.jpg", "Học viên lớp K46 tại xã Phìn Hồ",
                "Học viên lớp K46 tại xã Phìn Hồ", style="home"),
            P("Tại đây, đoàn đã làm việc với Thường trực Huyện ủy Sìn Hồ, nghe giới thiệu về tình "
              "hình phát triển kinh tế - xã hội, công tác xây dựng Đảng và hệ thống chính trị của "
              "huyện."),
            Img(f"{U}/2026_11/k46-tham-mo-hinh-che.jpg", "Ảnh: Vàng A Chứ", None, style="em_after"),
            P("Học viên đã đi thăm mô hình trồng chè tập trung tại xã Phìn Hồ và mô hình du lịch "
              "cộng đồng tại bản Phìn Hồ 2."),
            P("Chuyến đi giúp học viên có thêm tư liệu thực tiễn để hoàn thành bài thu hoạch cuối "
              "khóa."),
        ],
        authors=["Lường Thị Ngọc"],
        photographers=["Vàng A Chứ"],
        opts={"dt": "2026-11-24 17:05", "mod": "2026-11-24 17:05",
              "author_field": "Lường Thị Ngọc - Khoa Nhà nước và Pháp luật",
              "tags": ["trung-cap-ly-luan-chinh-tri"]},
    ),
    Story(
        id=51,
        slug="chi-bo-khoa-xay-dung-dang-to-chuc-sinh-hoat-chuyen-de-quy-iv",
        title="Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV",
        cat="tin-hoat-dong",
        published_at="2026-11-20T15:45:00+07:00",
        summary=(
            "Chiều 19/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với "
            "chủ đề “Nâng cao chất lượng sinh hoạt chi bộ”."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{U}/2026_11/sinh-hoat-chuyen-de-qiv.jpg", None, None, style="home_nocap"),
            P("Buổi sinh hoạt có sự tham dự của đồng chí Bí thư Đảng ủy Trường và toàn thể đảng "
              "viên trong chi bộ."),
            P("Các đảng viên đã thảo luận về việc đổi mới nội dung, hình thức sinh hoạt chi bộ; "
              "gắn sinh hoạt chi bộ với nhiệm vụ chính trị của khoa là giảng dạy và nghiên cứu "
              "khoa học."),
            P("Chi bộ thống nhất mỗi quý chọn một chuyên đề gắn với việc học tập và làm theo tư "
              "tưởng, đạo đức, phong cách Hồ Chí Minh."),
            Raw('<p style="text-align:right"><strong>Tin: Đỗ Thị Mai - Ảnh: Vàng A Chứ</strong></p>'),
        ],
        authors=["Đỗ Thị Mai"],
        photographers=["Vàng A Chứ"],
        opts={"dt": "2026-11-20 15:45", "mod": "2026-11-21 08:00", "alt_cat": "xay-dung-dang"},
    ),
    Story(
        id=50,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-nam-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính năm 2027",
        cat="thong-bao",
        published_at="2026-11-16T10:15:00+07:00",
        summary=(
            "Trường Chính trị tỉnh Lai Châu thông báo tuyển sinh lớp Trung cấp lý luận chính trị - "
            "hành chính hệ không tập trung năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            P("Đối tượng tuyển sinh: cán bộ, công chức, viên chức trong quy hoạch các chức danh "
              "lãnh đạo, quản lý cấp phòng và tương đương."),
            P("👉 Hồ sơ gồm:"),
            P("Quyết định hoặc công văn cử đi học của cơ quan có thẩm quyền;", "li"),
            P("Bản sao bằng tốt nghiệp trung học phổ thông hoặc tương đương;", "li"),
            P("Sơ yếu lý lịch có xác nhận của cơ quan quản lý.", "li"),
            P("Thời hạn nộp hồ sơ: trước ngày 31/12/2026 tại Phòng Đào tạo - Quản lý khoa học."),
        ],
        opts={"dt": "2026-11-16 10:15", "mod": "2026-11-18 14:20", "author_field": "BBT",
              "files": [("Thong-bao-tuyen-sinh-TCLLCT-2027.pdf", 1)]},
    ),
    Story(
        id=49,
        slug="ket-qua-thi-tot-nghiep-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-tai-lai-chau",
        title="Kết quả thi tốt nghiệp lớp Cao cấp lý luận chính trị hệ không tập trung tại Lai Châu",
        cat="dao-tao-boi-duong",
        published_at="2026-11-13T09:20:00+07:00",
        summary=(
            "Học viện Chính trị khu vực I vừa công bố kết quả thi tốt nghiệp lớp Cao cấp lý luận "
            "chính trị hệ không tập trung mở tại Trường Chính trị tỉnh Lai Châu."
        ),
        sapo_outside=True,
        blocks=[
            P("Lớp có 84 học viên dự thi, kết quả cụ thể như sau:"),
            P("Xếp loại | Số học viên | Tỷ lệ", "tr"),
            P("Giỏi | 19 | 22,6%", "tr"),
            P("Khá | 58 | 69,0%", "tr"),
            P("Trung bình | 7 | 8,4%", "tr"),
            P("Lễ bế giảng và trao bằng dự kiến tổ chức vào đầu tháng 01/2027."),
        ],
        source="Học viện Chính trị khu vực I",
        opts={"dt": "2026-11-13 09:20", "mod": "2026-11-13 09:20", "author_field": "",
              "source_field": "Học viện Chính trị khu vực I", "tags": ["dao-tao-can-bo"]},
    ),
    Story(
        id=47,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-cong-tac-dao-tao-boi-duong-tai-truong-chinh-tri-tinh",
        title=("Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng tại "
               "Trường Chính trị tỉnh"),
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-05",
        summary=(
            "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là cơ sở lý luận quan trọng để các "
            "trường chính trị đổi mới công tác đào tạo, bồi dưỡng."
        ),
        sapo_outside=True,
        blocks=[
            P("Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”.[1] Vì vậy, "
              "huấn luyện cán bộ là công việc gốc của Đảng."),
            P("“Muôn việc thành công hoặc thất bại, đều do cán bộ tốt hoặc kém. Đó là một chân lý "
              "nhất định”.", "quote"),
            P("Quán triệt tư tưởng đó, Trường Chính trị tỉnh Lai Châu đã chú trọng đổi mới nội dung "
              "chương trình theo hướng thiết thực, gắn lý luận với thực tiễn của tỉnh miền núi biên "
              "giới."),
            P("Tài liệu tham khảo", "b"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309."),
        ],
        authors=["Phạm Văn Long"],
        opts={"dt": "2026-11-05 00:00", "mod": "2026-11-06 10:40",
              "author_field": "ThS. Phạm Văn Long - Khoa Lý luận cơ sở"},
    ),
    Story(
        id=46,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-tai-truong",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường",
        cat="tin-hoat-dong",
        published_at="2026-11-02T09:10:00+07:00",
        summary=(
            "Ngày 31/10/2026, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Trần Văn Hải, "
            "Phó Giám đốc Học viện làm trưởng đoàn đã làm việc với Trường Chính trị tỉnh Lai Châu."
        ),
        sapo_outside=True,
        blocks=[
            P("Tại buổi làm việc, hai bên đã trao đổi về việc phối hợp mở các lớp Cao cấp lý luận "
              "chính trị hệ không tập trung và bồi dưỡng giảng viên."),
            Img(f"{U}/2026_11/doan-hvctkv1.jpg", "Quang cảnh buổi làm việc",
                "Quang cảnh buổi làm việc", style="tbl"),
            P("Phó Giám đốc Học viện đánh giá cao sự chủ động của Nhà trường trong công tác phối hợp "
              "quản lý học viên."),
            Img(f"{U}/2026_11/doan-hvctkv1-tang-qua.jpg", "(Đồng chí Hiệu trưởng tặng quà lưu niệm Đoàn công tác)",
                "Đồng chí Hiệu trưởng tặng quà lưu niệm Đoàn công tác", style="tbl"),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Lường Văn Hưng</strong></p>'),
        ],
        authors=["Lường Văn Hưng"],
        photographers=["Lường Văn Hưng"],
        opts={"dt": "2026-11-02 09:10", "mod": "2026-11-02 09:10"},
    ),
    Story(
        id=44,
        slug="boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-nam-2026",
        title="Bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-10-28T10:00:00+07:00",
        summary=(
            "Từ ngày 26 đến 28/10/2026, Trường Chính trị tỉnh phối hợp với Ủy ban MTTQ Việt Nam "
            "tỉnh mở lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho 120 cán bộ cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{U}/2026_10/boi-duong-mat-tran.jpg", "Lớp bồi dưỡng nghiệp vụ công tác Mặt trận",
                "Lớp bồi dưỡng nghiệp vụ công tác Mặt trận", style="home"),
            P("Học viên được truyền đạt các chuyên đề về vai trò của Mặt trận trong xây dựng khối "
              "đại đoàn kết toàn dân tộc, công tác giám sát và phản biện xã hội."),
            P("Lớp học góp phần nâng cao kỹ năng vận động quần chúng cho đội ngũ cán bộ Mặt trận ở "
              "cơ sở."),
        ],
        authors=["Phòng Đào tạo - Quản lý khoa học"],
        opts={"dt": "2026-10-28 10:00", "mod": "2026-10-28 10:00",
              "unit_sign": "Phòng Đào tạo - Quản lý khoa học"},
    ),
    Story(
        id=42,
        slug="truong-chinh-tri-tinh-lai-chau-to-chuc-hoi-thao-chao-mung-ngay-phu-nu-viet-nam-20-10",
        title="Trường Chính trị tỉnh Lai Châu tổ chức Hội thao chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="tin-hoat-dong",
        published_at="2026-10-21T16:20:00+07:00",
        summary=(
            "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn "
            "Trường tổ chức Hội thao với các môn kéo co, cầu lông và nhảy bao bố."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{U}/2026_10/hoi-thao-20-10.jpg", "Nội dung thi kéo co", "Nội dung thi kéo co",
                style="home"),
            P("Hội thao thu hút 68 vận động viên là cán bộ, viên chức, người lao động của các phòng, "
              "khoa trong Nhà trường."),
            P("Kết quả, Khoa Xây dựng Đảng đoạt giải nhất toàn đoàn; Phòng Tổ chức - Hành chính "
              "đoạt giải nhì; Khoa Lý luận cơ sở đoạt giải ba."),
        ],
        authors=["Thu Hằng"],
        source="Báo Lai Châu",
        opts={"dt": "2026-10-21 16:20", "mod": "2026-10-22 07:30", "author_field": "Thu Hằng",
              "source_field": "Báo Lai Châu",
              "seo": "Hội thao 20/10 - Trường Chính trị Lai Châu | Tin tức"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
ORDER = sorted(STORIES, key=lambda s: _dtm(s.opts["dt"]), reverse=True)


def cats_of(story: Story) -> list[str]:
    extra = story.opts.get("alt_cat")
    return [story.cat, extra] if extra else [story.cat]


def in_cat(cat: str) -> list[Story]:
    return [s for s in ORDER if cat in cats_of(s)]


def post_path(story: Story, cat: str | None = None) -> str:
    return f"{MOD}/{cat or story.cat}/{story.slug}-{story.id}.html"


def tool_path(story: Story, op: str) -> str:
    return f"{MOD}/{op}/{story.cat}/{story.slug}-{story.id}.html"


def thumb(story: Story) -> str:
    imgs = story.images
    src = imgs[0].src if imgs else "/themes/tct-laichau/images/no_image.gif"
    return src.replace("/uploads/", "/assets/")


def printed_date(story: Story) -> str:
    d = _dtm(story.opts["dt"])
    return f"{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def short_date(story: Story) -> str:
    return f"{_dtm(story.opts['dt']):%d/%m/%Y %H:%M}"


def meta_time(value: str) -> str:
    """NukeViet's ``date('Y-m-dTH:i:s')``: PHP's ``T`` is the zone abbreviation ("+07")."""
    d = _dtm(value)
    return f"{d:%Y-%m-%d}+07{d:%H:%M}:00"


# --- chrome ---------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [
        ("/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html", "Lịch sử hình thành và phát triển"),
        ("/gioi-thieu/chuc-nang-nhiem-vu.html", "Chức năng, nhiệm vụ"),
        ("/gioi-thieu/co-cau-to-chuc.html", "Cơ cấu tổ chức"),
        ("/gioi-thieu/ban-giam-hieu.html", "Ban Giám hiệu"),
    ]),
    (f"{MOD}/", "Tin tức", [(f"{MOD}/{c}/", n) for c, n in CATS.items()]),
    (f"{MOD}/dao-tao-boi-duong/", "Đào tạo - Bồi dưỡng", []),
    (f"{MOD}/nghien-cuu-khoa-hoc/", "Nghiên cứu khoa học", []),
    (f"{MOD}/thong-bao/", "Thông báo", []),
    ("/lien-he/", "Liên hệ", []),
]

MOST_READ = [57, 53, 58, 49, 55]


def _menu() -> str:
    out = ['<ul class="nav navbar-nav tct-mnu" id="menu_site_default">']
    for href, label, subs in MENU:
        if subs:
            out.append(f'<li class="dropdown"><a class="dropdown-toggle" href="{href}" '
                       f'title="{esc(label)}">{esc(label)} <strong class="caret">&nbsp;</strong></a>'
                       '<ul class="dropdown-menu">')
            out += [f'<li><a href="{h}" title="{esc(n)}">{esc(n)}</a></li>' for h, n in subs]
            out.append("</ul></li>")
        else:
            out.append(f'<li><a href="{href}" title="{esc(label)}">{esc(label)}</a></li>')
    out.append("</ul>")
    return "".join(out)


def _sidebar() -> str:
    most = "".join(
        f'<li class="clearfix"><a href="{post_path(BY_ID[i])}" title="{esc(BY_ID[i].title)}">'
        f'{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return (
        '<div class="col-sm-6 col-md-6 tct-cot-phai">'
        '<div class="panel panel-primary tct-kh1"><div class="panel-heading">Tin xem nhiều</div>'
        f'<div class="panel-body"><ul class="list-none tct-xemnhieu">{most}</ul></div></div>'
        '<div class="panel panel-primary tct-kh2"><div class="panel-heading">Thăm dò ý kiến</div>'
        '<div class="panel-body"><form method="post" onsubmit="return false">'
        "<p><strong>Bạn đánh giá thế nào về chất lượng các lớp bồi dưỡng của Nhà trường?</strong></p>"
        '<div class="radio"><label><input type="radio" name="option" value="1"/> Rất tốt</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="2"/> Tốt</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="3"/> Cần cải tiến</label></div>'
        '<input class="btn btn-success btn-sm" type="button" value="Bình chọn" '
        "onclick=\"nv_sendvoting(this.form, '3', '1', 'a1b2c3', '', '0');\"/> "
        '<input class="btn btn-primary btn-sm" type="button" value="Kết quả" '
        "onclick=\"nv_sendvoting(this.form, '3', 0, 'a1b2c3', '', '0');\"/></form></div></div>"
        '<div class="panel panel-primary tct-kh3"><div class="panel-heading">Liên kết website</div>'
        '<div class="panel-body"><ul class="list-none">'
        '<li><a href="https://laichau.dcs.vn" target="_blank" rel="noopener">Cổng TTĐT Đảng bộ tỉnh Lai Châu</a></li>'
        '<li><a href="https://hcma.vn" target="_blank" rel="noopener">Học viện Chính trị quốc gia Hồ Chí Minh</a></li>'
        '<li><a href="https://laichau.gov.vn" target="_blank" rel="noopener">Cổng TTĐT tỉnh Lai Châu</a></li>'
        "</ul></div></div>"
        '<div class="panel panel-primary tct-kh4"><div class="panel-heading">Thống kê truy cập</div>'
        '<div class="panel-body"><ul class="counter list-none">'
        '<li><em class="fa fa-bolt fa-lg fa-horizon"></em> Đang truy cập <span class="pull-right">27</span></li>'
        '<li><em class="fa fa-filter fa-lg fa-horizon"></em> Hôm nay <span class="pull-right">1.284</span></li>'
        '<li><em class="fa fa-calendar-o fa-lg fa-horizon"></em> Tháng hiện tại <span class="pull-right">6.902</span></li>'
        '<li><em class="fa fa-bars fa-lg fa-horizon"></em> Tổng lượt truy cập <span class="pull-right">2.418.377</span></li>'
        "</ul></div></div></div>"
    )


def page(request: Request, title: str, crumbs: list[tuple[str, str]], main: str, *,
         head_extra: str = "", description: str = "") -> str:
    crumb_html = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        f'<a href="{h}" itemprop="item" title="{esc(n)}"><span itemprop="name">{esc(n)}</span></a>'
        f'<i class="hidden" itemprop="position" content="{i + 1}"></i></li>'
        for i, (h, n) in enumerate(crumbs)
    )
    desc = f'<meta name="description" content="{esc(description)}" />' if description else ""
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
{desc}
<meta name="author" content="{SITE}" />
<meta name="copyright" content="{SITE} [tct.laichau@gmail.com]" />
<meta name="generator" content="NukeViet v4.5" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:site_name" content="{SITE}" />
{head_extra}
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="StyleSheet" href="/themes/tct-laichau/css/style.css">
<link rel="alternate" href="{MOD}/rss/" title="Tin tức" type="application/rss+xml">
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="tin-tuc",nv_my_ofs=7;</script>
</head>
<body>
<div class="tct-wrap">
<div id="tct-top" class="clearfix"><span class="tct-ngay"><em class="fa fa-calendar"></em> Thứ Bảy, 05/12/2026</span>
<form action="{MOD}/search/" method="get" class="tct-timkiem"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..."/>
<button type="submit" class="btn btn-info"><em class="fa fa-search"></em></button></form></div>
<header class="tct-bn"><a href="/" title="{SITE}"><img src="/themes/tct-laichau/images/logo-tct.png" alt="Logo" width="96" height="96"/></a>
<div class="tct-ten"><p class="tct-dv">TỈNH ỦY LAI CHÂU</p><h1>TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU</h1>
<p class="tct-kh">Trung thành - Sáng tạo - Kỷ cương - Chất lượng</p></div></header>
<nav class="navbar navbar-default tct-nav">{_menu()}</nav>
<div class="tct-chuchay"><marquee scrollamount="3">Chào mừng các đồng chí đến với Trang thông tin điện tử Trường Chính trị tỉnh Lai Châu!</marquee></div>
<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none" itemscope itemtype="http://schema.org/BreadcrumbList">{crumb_html}</ul></div></div>
<div class="row">
<div class="col-sm-18 col-md-18 tct-cot-giua">{main}</div>
{_sidebar()}
</div>
<footer id="tct-footer"><div class="tct-ft1"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU</strong></p>
<p>Địa chỉ: Đường Trần Hưng Đạo, phường Đông Phong, thành phố Lai Châu, tỉnh Lai Châu</p>
<p>Điện thoại: 0213.3876.245 - Fax: 0213.3876.246 - Email: tct.laichau@gmail.com</p>
<p>Chịu trách nhiệm nội dung: Ban Giám hiệu Trường Chính trị tỉnh Lai Châu</p>
<p>© Bản quyền thuộc về Trường Chính trị tỉnh Lai Châu. Thiết kế: Công ty TNHH Giải pháp số Tây Bắc</p></div>
<div class="tct-ft2"><a href="{MOD}/rss/">RSS</a> | <a href="https://www.facebook.com/truongchinhtrilaichau" target="_blank">Facebook</a></div></footer>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>.</div>
<script src="/themes/tct-laichau/js/main.js"></script>
</body>
</html>"""


# --- listings -------------------------------------------------------------------------------------

def _item_big(story: Story, cat: str) -> str:
    link = post_path(story, cat)
    return (
        '<div class="panel-body tct-tin-lon">'
        f'<a href="{link}" title="{esc(story.title)}"><img src="{thumb(story)}" alt="{esc(story.title)}" '
        'width="180" class="img-thumbnail pull-left imghome" /></a>'
        f'<h3><a href="{link}" title="{esc(story.title)}" data-content="{esc(story.summary or "")}" '
        f'data-img="" data-rel="block_tooltip">{esc(story.title)}</a></h3>'
        '<div class="text-muted"><ul class="list-unstyled list-inline">'
        f'<li><em class="fa fa-clock-o">&nbsp;</em> {short_date(story)}</li>'
        f'<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {story.views()}</li>'
        f'<li><em class="fa fa-comment-o">&nbsp;</em> Phản hồi: {len(story.opts.get("comments", []))}</li>'
        "</ul></div>"
        f"<p>{esc(story.summary or '')}</p>"
        "</div>"
    )


def _item_small(story: Story, cat: str) -> str:
    return (
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{post_path(story, cat)}" '
        f'title="{esc(story.title)}" data-content="{esc(story.summary or "")}" '
        f'data-img="{thumb(story)}" data-rel="block_tooltip">{esc(story.title)}</a></li>'
    )


def main_listing(request: Request) -> Response:
    parts = []
    for cat, name in CATS.items():
        items = in_cat(cat)[:PER_PAGE]
        if not items:
            continue
        parts.append(
            '<div class="news_column panel panel-default tct-viewcat-mb">'
            f'<div class="panel-heading"><h2><a href="{MOD}/{cat}/" title="{esc(name)}">'
            f"{esc(name)}</a></h2></div>"
            + _item_big(items[0], cat)
            + '<div class="panel-footer"><ul class="related list-none">'
            + "".join(_item_small(s, cat) for s in items[1:])
            + "</ul></div></div>"
        )
    body = page(request, f"Tin tức - {SITE}", [("/", "Trang chủ"), (f"{MOD}/", "Tin tức")],
                "".join(parts), description="Tin tức - Trường Chính trị tỉnh Lai Châu")
    return html(body)


def _pager(cat: str, current: int, pages: int) -> str:
    if pages <= 1:
        return ""
    out = ['<div class="text-center"><ul class="pagination">']
    if current > 1:
        prev = f"{MOD}/{cat}/" if current == 2 else f"{MOD}/{cat}/page-{current - 1}"
        out.append(f'<li><a href="{prev}" title="Trang trước">&laquo;</a></li>')
    for n in range(1, pages + 1):
        href = f"{MOD}/{cat}/" if n == 1 else f"{MOD}/{cat}/page-{n}"
        if n == current:
            out.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            out.append(f'<li><a href="{href}">{n}</a></li>')
    if current < pages:
        out.append(f'<li><a href="{MOD}/{cat}/page-{current + 1}" title="Trang sau">&raquo;</a></li>')
    out.append("</ul></div>")
    return "".join(out)


def cat_listing(request: Request, cat: str, n: int) -> Response | None:
    items = in_cat(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    if n < 1 or n > pages:
        return None
    chunk = items[(n - 1) * PER_PAGE: n * PER_PAGE]
    name = CATS[cat]
    rows = "".join(
        '<div class="news_column panel panel-default clearfix">' + _item_big(s, cat) + "</div>"
        for s in chunk
    )
    main = (f'<h2 class="tct-tieude-cm">{esc(name)}</h2>{rows}{_pager(cat, n, pages)}')
    title = f"{name} - Trang {n} - {SITE}" if n > 1 else f"{name} - {SITE}"
    crumbs = [("/", "Trang chủ"), (f"{MOD}/", "Tin tức"), (f"{MOD}/{cat}/", name)]
    return html(page(request, title, crumbs, main))


def tag_listing(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    items = [s for s in ORDER if tag in s.opts.get("tags", [])]
    rows = "".join(
        '<div class="news_column panel panel-default clearfix">' + _item_big(s, s.cat) + "</div>"
        for s in items
    )
    main = f'<h2 class="tct-tieude-cm">Tags: {esc(TAGS[tag])}</h2>{rows}'
    crumbs = [("/", "Trang chủ"), (f"{MOD}/", "Tin tức"), (f"{MOD}/tag/{tag}", TAGS[tag])]
    return html(page(request, f"{TAGS[tag]} - Tags - {SITE}", crumbs, main))


# --- article rendering ----------------------------------------------------------------------------

def _home_figure(story: Story) -> str:
    imgs = [b for b in story.blocks if isinstance(b, Img) and b.style.startswith("home")]
    if not imgs:
        return ""
    img = imgs[0]
    if img.style == "home_nocap":
        return ('<figure class="article left noncaption"><div style="width:220px;">'
                f'<img alt="{esc(story.title)}" src="{img.src}" class="img-thumbnail" /></div></figure>')
    cap = esc(img.printed or "")
    return (
        '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
        '<div style="width:220px;">'
        f'<p class="text-center"><img alt="{cap}" src="{img.src}" class="img-thumbnail" /></p>'
        f"<figcaption>{cap}</figcaption></div></figure>"
        '<div id="imgpreview" style="display:none">'
        f'<p class="text-center"><img alt="{cap}" src="{img.src}" class="img-thumbnail" /></p>'
        f"<figcaption>{cap}</figcaption></div>"
    )


def _img_html(img: Img) -> str:
    src, printed = img.src, esc(img.printed) if img.printed else ""
    if img.style == "em_after":
        return (f'<p style="text-align:center"><img alt="" height="400" src="{src}" width="600" /></p>'
                f'<p style="text-align:center"><em>{printed}</em></p>')
    if img.style == "tbl":
        return ('<table align="center" border="0" cellpadding="1" cellspacing="1" class="tbl-anh" '
                'style="width:600px"><tbody>'
                f'<tr><td><img alt="" height="400" src="{src}" width="600" /></td></tr>'
                f'<tr><td style="text-align:center"><em>{printed}</em></td></tr></tbody></table>')
    if img.style == "figure":
        return (f'<figure class="image" style="display:inline-block"><img alt="" height="400" '
                f'src="{src}" width="600" /><figcaption>{printed}</figcaption></figure>')
    return f'<p style="text-align:center"><img alt="" src="{src}" /></p>'


def body_html(story: Story, legacy_host: str = "") -> str:
    div_mode = story.opts.get("mode") == "div"
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style.startswith("home"))]
    i = 0
    n_para = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for k, p in enumerate(run):
                    tag = "th" if k == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | "))
                                + "</tr>")
                out.append('<table border="1" cellpadding="3" cellspacing="0" style="width:100%">'
                           "<tbody>" + "".join(rows) + "</tbody></table>")
            continue
        else:
            n_para += 1
            t = esc(b.text)
            legacy = story.opts.get("legacy_link")
            if legacy and legacy[0] == n_para:
                target = BY_ID[legacy[2]]
                old = (f"/index.php?language=vi&amp;nv=news&amp;op={target.cat}/"
                       f"{target.slug}-{target.id}")
                t = t.replace(esc(legacy[1]), f'<a href="{old}">{esc(legacy[1])}</a>')
            if b.style == "h3":
                out.append(f"<h3><strong>{t}</strong></h3>")
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{t}</em></p></blockquote>")
            elif b.style == "b":
                out.append(f'<p style="text-align:justify"><strong>{t}</strong></p>')
            elif div_mode:
                out.append(f'<div style="text-align: justify;">{t}</div><div>&nbsp;</div>')
            else:
                out.append(f'<p style="text-align:justify">{t}</p>')
        i += 1
    sign = story.opts.get("sign") or story.opts.get("unit_sign")
    if sign:
        tag = "div" if div_mode else "p"
        out.append(f'<{tag} style="text-align:right"><strong>{esc(sign)}</strong></{tag}>')
    return "\n".join(out)


def _fields(story: Story) -> str:
    rows = []
    if story.opts.get("author_field"):
        rows.append('<p class="h5 text-right"><strong>Tác giả bài viết: </strong>'
                    f'{esc(story.opts["author_field"])}</p>')
    if story.opts.get("source_field"):
        rows.append('<p class="h5 text-right"><strong>Nguồn tin: </strong>'
                    f'<a title="{esc(story.opts["source_field"])}" rel="nofollow" href="#">'
                    f'{esc(story.opts["source_field"])}</a></p>')
    return f'<div class="margin-bottom-lg">{"".join(rows)}</div>' if rows else ""


def _files(story: Story) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    items = []
    for name, idx in files:
        dl = f"{post_path(story)}?download=1&amp;id={idx - 1}"
        items.append(
            f'<li class="clearfix"><div class="row"><div class="col-xs-16"><em class="fa fa-file-pdf-o"></em> '
            f'<a href="{dl}" title="{esc(name)}">{esc(name)}</a></div>'
            f'<div class="col-xs-8 text-right"><a class="btn btn-primary btn-xs" href="{dl}">Tải về</a> '
            '<a class="btn btn-info btn-xs" href="javascript:void(0);" data-toggle="collapse" '
            f'data-target="#file-{idx}">Xem trực tuyến</a></div></div>'
            f'<div id="file-{idx}" class="collapse"><iframe frameborder="0" height="600" '
            f'src="/assets/js/pdf.js/web/viewer.html?file={MOD}/../uploads/tin-tuc/files/{name}" '
            'width="100%"></iframe></div></li>'
        )
    return ('<div class="news_column panel panel-default"><div class="panel-body">'
            '<h3 class="newh3"><em class="fa fa-download"></em> Tập tin đính kèm</h3>'
            f'<ul class="list-unstyled files">{"".join(items)}</ul></div></div>')


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    items = "".join(
        f'<div class="media comment-box" id="cid_{story.id * 10 + k}"><a class="pull-left" href="#">'
        '<img class="media-object bg-gainsboro" src="/themes/default/images/users/no_avatar.png" '
        'alt="" width="40"/></a><div class="media-body">'
        f'<div class="comment-content">{esc(text)}</div>'
        f'<div class="comment-info clearfix"><em class="fa fa-user"></em> <strong>{esc(name)}</strong> '
        f'<em class="fa fa-clock-o"></em> {when} '
        f'<a href="#" class="pointer" onclick="nv_commment_feedback({story.id * 10 + k}, '
        f"'{esc(name)}');return false\"><em class=\"fa fa-reply\"></em> Trả lời</a> "
        f'<a href="#" class="pointer" onclick="nv_commment_like({story.id * 10 + k}, 1);return false">'
        '<em class="fa fa-thumbs-o-up"></em> Thích <span>0</span></a></div></div></div>'
        for k, (name, when, text) in enumerate(comments)
    )
    count = f"Ý kiến bạn đọc ({len(comments)})"
    return (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        f'<div id="idcomment" class="nv-fullbg" data-module="tin-tuc" data-content="{story.id}">'
        f'<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title">'
        f'<em class="fa fa-comments">&nbsp;</em> {count}</p></div>'
        '<div class="col-xs-12 text-right"><select class="form-control" id="sort" '
        'onchange="nv_comment_sort_change(this);"><option value="0">Sắp xếp theo bình luận mới</option>'
        '<option value="1">Sắp xếp theo bình luận cũ</option></select></div></div>'
        f'<div id="showcomment" class="margin-bottom-lg">{items}</div>'
        '<div id="formcomment" class="comment-form"><form method="post" role="form" '
        'onsubmit="return false;" autocomplete="off"><div class="form-group clearfix">'
        '<div class="row"><div class="col-xs-12"><input type="text" class="form-control" '
        'name="name" placeholder="Tên của bạn"/></div><div class="col-xs-12"><input type="email" '
        'class="form-control" name="email" placeholder="Email của bạn"/></div></div></div>'
        '<div class="form-group"><textarea class="form-control" name="content" rows="5" '
        'placeholder="Viết bình luận của bạn..."></textarea></div>'
        '<div class="form-group text-center"><input type="button" value="Gửi bình luận" '
        'class="btn btn-primary" onclick="nv_commment_buildformcomm();"/></div></form></div>'
        "</div></div></div>"
    )


def detail(request: Request, story: Story, cat: str) -> Response:
    link = post_path(story)
    host = base_url(request)
    home = [b for b in story.blocks if isinstance(b, Img) and b.style.startswith("home")]
    og_img = (f'<meta property="og:image" content="{host}{home[0].src}" />' if home else "")
    seo = story.opts.get("seo") or story.title
    head = (
        f'<meta property="og:title" content="{esc(seo)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:description" content="{esc(story.summary or story.title)}" />\n'
        f'<meta property="og:url" content="{host}{link}" />\n{og_img}\n'
        f'<meta property="article:published_time" content="{meta_time(story.opts["dt"])}" />\n'
        f'<meta property="article:modified_time" content="{meta_time(story.opts["mod"])}" />\n'
        f'<meta property="article:section" content="{esc(CATS[story.cat])}" />\n'
        f'<link rel="canonical" href="{host}{link}" />'
    )
    tools = (
        '<ul class="list-inline text-right send-to-friend">'
        '<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('{tool_path(story, 'sendmail')}','',650,500,'resizable=no,scrollbars=yes');"
        'return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
        '<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('{tool_path(story, 'print')}','',840,500,'resizable=yes,scrollbars=yes');"
        'return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
        f'<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{tool_path(story, "savefile")}">'
        '<em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul>'
    )
    hometext = (f'<div class="hometext m-bottom" itemprop="description">{esc(story.summary)}</div>'
                if story.summary and story.sapo_outside else "")
    tags = story.opts.get("tags", [])
    tag_html = (
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
        '<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
        + ", ".join(f'<a title="{esc(TAGS[t])}" href="{MOD}/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags)
        + "</div></div></div>"
    ) if tags else ""
    rating = (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        '<form id="form3B" action=""><div class="h5 clearfix">'
        f'<p id="stringrating">Tổng số điểm của bài viết là: {story.id % 7 + 8} trong {story.id % 3 + 2} đánh giá</p>'
        '<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" />'
        '<input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" />'
        '<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>'
        "</div></form></div></div>"
    )
    share = (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        '<div class="socialicon clearfix"><div class="fb-like" data-href="' + host + link +
        '" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>'
        '<a href="http://twitter.com/share" class="twitter-share-button">Tweet</a></div></div></div>'
    )
    same_cat = [s for s in in_cat(story.cat) if _dtm(s.opts["dt"]) > _dtm(story.opts["dt"])][-4:]
    others = [s for s in ORDER[:5] if s.id != story.id]

    def rel_item(s: Story) -> str:
        return (f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{post_path(s)}" '
                f'title="{esc(s.title)}" data-content="{esc(s.summary or "")}" data-img="{thumb(s)}" '
                f'data-rel="tooltip" data-placement="top"><h4>{esc(s.title)}</h4></a>'
                f'<em>({_dtm(s.opts["dt"]):%d/%m/%Y})</em></li>')

    blocks = ""
    if same_cat:
        blocks += ('<div class="news_column panel panel-default"><div class="panel-body other-news">'
                   '<p class="h3"><strong>Tin cùng chuyên mục</strong></p><div class="clearfix">'
                   f'<ul class="related list-items">{"".join(rel_item(s) for s in same_cat)}</ul>'
                   "</div></div></div>")
    blocks += ('<div class="news_column panel panel-default"><div class="panel-body other-news">'
               '<p class="h3"><strong>Tin khác</strong></p><div class="clearfix tct-tinkhac">'
               + "".join(
                   f'<div class="tct-tk-item"><a href="{post_path(s)}" title="{esc(s.title)}">'
                   f'<img src="{thumb(s)}" alt="{esc(s.title)}" width="120" /></a>'
                   f'<a href="{post_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a>'
                   f'<span class="tct-tk-ngay">({_dtm(s.opts["dt"]):%d/%m/%Y})</span></div>'
                   for s in others)
               + "</div></div></div>")
    main = (
        '<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>'
        '<div class="panel-body">'
        f'<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>'
        '<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope>'
        '<span itemprop="name">quantri</span></div>'
        '<div class="row margin-bottom-lg"><div class="col-md-12">'
        f'<span class="h5">{printed_date(story)}</span></div>'
        f'<div class="col-md-12">{tools}</div></div>'
        f'<div class="clearfix">{_home_figure(story)}{hometext}</div>'
        f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body_html(story)}</div>'
        f"{_fields(story)}"
        "</div></div>"
        f"{_files(story)}{tag_html}{rating}{share}{_comments(story)}{blocks}"
    )
    crumbs = [("/", "Trang chủ"), (f"{MOD}/", "Tin tức"), (f"{MOD}/{cat}/", CATS[cat])]
    return html(page(request, f"{seo} - {CATS[cat]} - {SITE}", crumbs, main, head_extra=head,
                     description=story.summary or story.title))


def print_view(request: Request, story: Story, attachment: bool) -> Response:
    home = _home_figure(story).split('<div id="imgpreview"')[0]
    hometext = f'<div class="hometext"><strong>{esc(story.summary)}</strong></div>' if story.sapo_outside and story.summary else ""
    doc = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />'
        f"<title>{esc(story.title)}</title>"
        f'<link rel="canonical" href="{base_url(request)}{post_path(story)}" />'
        '<link rel="StyleSheet" href="/themes/tct-laichau/css/print.css"></head>'
        '<body><div id="print"><div id="hd_print"><img alt="" src="/themes/tct-laichau/images/logo-tct.png" '
        f'width="60" /> <strong>{SITE}</strong> <a href="/">{base_url(request)}</a></div>'
        f'<div id="content"><h1>{esc(story.title)}</h1>'
        f'<ul class="list-inline"><li>{printed_date(story)}</li></ul>'
        f'<div class="clearfix">{home}{hometext}</div>'
        f'<div id="bodytext" class="clearfix">{body_html(story)}</div>{_fields(story)}</div>'
        f'<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong>'
        f'<a href="{post_path(story)}">{base_url(request)}{post_path(story)}</a></div>'
        f'<div class="copyright">© {SITE}</div><div id="contact">'
        '<a href="mailto:tct.laichau@gmail.com">tct.laichau@gmail.com</a></div></div>'
        "</div></body></html>"
    )
    headers = {}
    if attachment:
        headers["Content-Disposition"] = f'attachment; filename="{story.slug}.html"'
    return html(doc, headers=headers)


def sendmail(request: Request, story: Story) -> Response:
    doc = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Gửi bài viết qua email</title>'
        '</head><body><div id="sendmail"><form method="post" action="" class="form-horizontal">'
        f'<h2>Gửi bài viết qua email</h2><p>{esc(story.title)}</p>'
        '<input type="text" name="name" placeholder="Tên của bạn"/>'
        '<input type="email" name="youremail" placeholder="Email của bạn"/>'
        '<input type="email" name="email" placeholder="Email người nhận"/>'
        '<textarea name="content" rows="5">Chào bạn, mình xem bài viết này thấy hay...</textarea>'
        '<input type="submit" value="Gửi" /></form></div></body></html>'
    )
    return html(doc)


# --- intro pages, contact -------------------------------------------------------------------------

INTRO = {
    "lich-su-hinh-thanh-va-phat-trien": (
        "Lịch sử hình thành và phát triển",
        ["Trường Chính trị tỉnh Lai Châu được thành lập theo Quyết định số 107-QĐ/TU ngày 15/4/2004 "
         "của Ban Thường vụ Tỉnh ủy Lai Châu, trên cơ sở tổ chức lại Trường Chính trị tỉnh Lai Châu cũ "
         "khi chia tách tỉnh.",
         "Qua hơn 20 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn "
         "lượt cán bộ, đảng viên cho hệ thống chính trị tỉnh Lai Châu.",
         "Năm 2024, Trường được công nhận đạt chuẩn mức 1 theo Quy định số 09-QĐ/TW của Ban Bí thư."],
    ),
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        ["Trường Chính trị tỉnh là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy và Ủy ban nhân dân "
         "tỉnh, có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở.",
         "Nhà trường tổ chức nghiên cứu khoa học, tổng kết thực tiễn góp phần phục vụ giảng dạy và "
         "hoạch định chủ trương, chính sách của địa phương."],
    ),
    "ban-giam-hieu": (
        "Ban Giám hiệu",
        ["Hiệu trưởng: TS. Hoàng Văn Chung, Ủy viên Ban Chấp hành Đảng bộ tỉnh.",
         "Phó Hiệu trưởng: ThS. Nguyễn Văn Đức.",
         "Phó Hiệu trưởng: TS. Nguyễn Thị Thu Hà."],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        ["Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
         "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Đào tạo - Quản lý khoa học.",
         "Các khoa chuyên môn: Khoa Xây dựng Đảng; Khoa Lý luận cơ sở; Khoa Nhà nước và Pháp luật; "
         "Khoa Dân vận."],
    ),
}


def intro_page(request: Request, alias: str) -> Response | None:
    if alias not in INTRO:
        return None
    title, paras = INTRO[alias]
    main = (
        '<div class="page panel panel-default"><div class="panel-body">'
        f'<h1 class="title margin-bottom-lg">{esc(title)}</h1>'
        '<div class="clearfix">' + "".join(f'<p style="text-align:justify">{esc(p)}</p>' for p in paras)
        + '</div><hr /><div class="text-muted"><em class="fa fa-eye"></em> Lượt xem: 3.412</div>'
        "</div></div>"
        '<div class="page panel panel-default"><div class="panel-body"><ul class="list-none other-page">'
        + "".join(f'<li><a href="/gioi-thieu/{a}.html">{esc(t)}</a></li>' for a, (t, _) in INTRO.items() if a != alias)
        + "</ul></div></div>"
    )
    crumbs = [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu"), (f"/gioi-thieu/{alias}.html", title)]
    return html(page(request, f"{title} - Giới thiệu - {SITE}", crumbs, main))


def intro_main(request: Request) -> Response:
    main = ('<div class="page panel panel-default"><div class="panel-body"><h2>Giới thiệu</h2><ul>'
            + "".join(f'<li><h3><a href="/gioi-thieu/{a}.html">{esc(t)}</a></h3>'
                      f"<p>{esc(p[0][:120])}…</p></li>" for a, (t, p) in INTRO.items())
            + "</ul></div></div>")
    return html(page(request, f"Giới thiệu - {SITE}", [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu")], main))


def contact(request: Request) -> Response:
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h2>Liên hệ</h2>'
        "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU</strong></p>"
        "<p>Địa chỉ: Đường Trần Hưng Đạo, phường Đông Phong, thành phố Lai Châu, tỉnh Lai Châu</p>"
        "<p>Điện thoại: 0213.3876.245 - Email: tct.laichau@gmail.com</p>"
        '<form method="post" action="/lien-he/" onsubmit="return nv_validForm(this);">'
        '<input type="text" name="ftitle" placeholder="Tiêu đề"/><input type="text" name="fname" placeholder="Họ và tên"/>'
        '<textarea name="fcon" placeholder="Nội dung"></textarea><input type="submit" value="Gửi"/></form>'
        "</div></div>"
    )
    return html(page(request, f"Liên hệ - {SITE}", [("/", "Trang chủ"), ("/lien-he/", "Liên hệ")], main))


def search(request: Request) -> Response:
    q = request.params.get("q", "")
    main = (f'<div class="panel panel-default"><div class="panel-body"><h2>Tìm kiếm</h2>'
            f"<p>Không tìm thấy kết quả nào cho từ khóa: <strong>{esc(q)}</strong></p></div></div>")
    return html(page(request, f"Tìm kiếm - {SITE}", [("/", "Trang chủ"), (f"{MOD}/search/", "Tìm kiếm")], main))


def rss(request: Request) -> Response:
    host = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{host}{post_path(s)}</link>"
        f"<guid isPermaLink=\"false\">{MOD.strip('/')}_{s.id}</guid>"
        f"<description>{esc(s.summary or '')}</description></item>"
        for s in ORDER[:5]
    )
    doc = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
           f"<title>Tin tức - {SITE}</title><link>{host}{MOD}/</link>{items}</channel></rss>")
    return Response(200, doc, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- routing --------------------------------------------------------------------------------------

def _find_post(tail: str) -> Story | None:
    if not tail.endswith(".html") or "-" not in tail:
        return None
    stem = tail[: -len(".html")]
    slug, _, num = stem.rpartition("-")
    if not num.isdigit():
        return None
    story = BY_ID.get(int(num))
    return story if story and story.slug == slug else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/", "/themes/")):
            return static_file(path)
        if path == "/index.php":
            q = {k: v[0] for k, v in parse_qs(request.query).items()}
            if q.get("nv") in ("news", "tin-tuc") and "/" in q.get("op", ""):
                cat, _, tail = q["op"].partition("/")
                story = _find_post(tail + ".html")
                if story and cat in cats_of(story):
                    return redirect(post_path(story, cat), 301)
            if not q:
                return redirect("/", 301)
            return None
        if request.query and path not in (f"{MOD}/search/",):
            # NukeViet ignores unknown query parameters on rewritten URLs only for downloads
            story = _find_post(path.rsplit("/", 1)[-1])
            if not (story and request.params.get("download") == "1"):
                return None
            return Response(200, b"%PDF-1.4\n%%EOF\n", {"Content-Type": "application/pdf",
                                                       "Content-Disposition": "attachment"})
        if path in ("/", f"{MOD}/"):
            return main_listing(request)
        if path == "/gioi-thieu/":
            return intro_main(request)
        if path.startswith("/gioi-thieu/") and path.endswith(".html"):
            return intro_page(request, path[len("/gioi-thieu/"): -len(".html")])
        if path == "/lien-he/":
            return contact(request)
        if path == f"{MOD}/search/":
            return search(request)
        if path == f"{MOD}/rss/":
            return rss(request)
        if not path.startswith(f"{MOD}/"):
            return None
        parts = path[len(MOD) + 1:].split("/")
        if len(parts) == 2 and parts[0] == "tag":
            return tag_listing(request, parts[1])
        if len(parts) == 3 and parts[0] in ("print", "savefile", "sendmail"):
            story = _find_post(parts[2])
            if not story or parts[1] != story.cat:
                return None
            if parts[0] == "sendmail":
                return sendmail(request, story)
            return print_view(request, story, attachment=parts[0] == "savefile")
        if len(parts) == 2 and parts[0] in CATS:
            cat, rest = parts
            if rest == "":
                return cat_listing(request, cat, 1)
            if rest.startswith("page-") and rest[5:].isdigit() and rest[5:] != "1":
                return cat_listing(request, cat, int(rest[5:]))
            story = _find_post(rest)
            if story is None:
                return None
            if cat in cats_of(story):
                return detail(request, story, cat)
            return redirect(post_path(story), 301)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------------

def _gold(story: Story) -> dict:
    alts = [tool_path(story, "print"), tool_path(story, "savefile")]
    if story.opts.get("alt_cat"):
        alts.insert(0, post_path(story, story.opts["alt_cat"]))
    return gold_record(story, post_path(story), CATS[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html",
    "/gioi-thieu/chuc-nang-nhiem-vu.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/gioi-thieu/ban-giam-hieu.html",
    "/lien-he/",
]
