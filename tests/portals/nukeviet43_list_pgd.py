"""NukeViet 4.3 news module of a district education office (Phòng GD&ĐT huyện Yên Thế, Bắc Giang).

Platform: NukeViet 4.3 (rewrite on, news module as the site's home module), a district theme
("pgd-yenthe") built on the default Bootstrap 3 theme: ``news_column panel panel-default`` boxes,
``col-md-18`` main column and ``col-md-6`` right column, a breadcrumb ``ul.breadcrumbs``.

URL scheme
- ``/``: the news module's main page (viewcat_main_right: one box per top category);
- ``/news/<cat-alias>/`` and ``/news/<cat-alias>/page-<N>`` (N >= 2): category listings. The
  category "Tin tức - Sự kiện" uses the ``viewcat_page_new`` layout (one panel per post with
  thumbnail, time, views, hometext), the others ``viewcat_list_new`` (one line per post: a
  clipped title with the hometext in a ``data-content`` tooltip and the day in brackets);
  subcategories have flat aliases (``/news/giao-duc-thcs/``), not nested paths;
- ``/news/<cat-alias>/<title-alias>-<id>.html``: a post (detail.tpl);
- ``/news/print/<cat-alias>/<title-alias>-<id>.html``: the print view, opened by
  ``onclick="nv_open_browse(...)"`` on a ``javascript:void(0)`` link;
- ``/news/<cat-alias>/<title-alias>-<id>.html?download=1&id=<k>``: an attached file (PDF/DOCX);
- ``/news/tag/<alias>``: tag listings (viewcat_list_new);
- ``/page/<alias>.html``: the page module (introduction, organisation);
- ``/laws/`` and ``/laws/detail/<alias>-<id>/``: the document (văn bản) module;
- ``/contact/``: the contact form. ``/news/`` answers 301 to ``/`` (news is the home module).

How the gold articles are reached: the home page shows the newest 4 posts of "Tin tức - Sự
kiện", 3 of "Hoạt động chuyên môn" and 2 of "Thông báo"; the rest are only in the listings:
"Tin tức - Sự kiện" has 3 posts a page (ids 322, 317, 311 on page-2, 305 only on page-3);
"Hoạt động chuyên môn" lists its own post and its subcategories' posts 3 a page. The "Tin liên
quan" (same tag), "Những tin mới hơn" and "Tin cũ hơn" (same category, 3 each) blocks under the
posts and the "Tin xem nhiều" sidebar link posts too, so the posts of "Tin tức - Sự kiện" also
chain from one to the next; post 308, the only post filed directly under "Hoạt động chuyên môn"
(its subcategories hold the others) and without tags, has no such neighbours: it is reachable
only from page-2 of "Hoạt động chuyên môn".

Traps
1. NukeViet's meta dates are malformed: ``article:published_time`` prints
   ``2026-12-04ICT16:45:00`` (PHP ``date('Y-m-dTH:i:s')`` with the ``T`` unescaped, which prints
   the zone name), and ``article:modified_time`` is a later edit. The visible date is the
   ``<span class="h5">Thứ sáu - 04/12/2026 16:45</span>`` under the headline (no class saying
   "date"): gold ``2026-12-04T16:45:00+07:00``.
2. The home image (``homeimgfile``) is printed in ``figure.article`` before the hometext,
   outside ``#news-bodyhtml``; it is the article's first photo and its ``figcaption`` (the
   ``homeimgalt``) is its caption. When the alt was left empty the figure has no figcaption and
   the img's alt is the post's title (NukeViet's fallback): caption None (post 326). With
   ``imgposition = 0`` (post 329) the home image is not printed on the post at all: the listing
   thumbnail (``/assets/news/...``) is not one of its images.
3. The sapo is ``div.hometext`` outside the body; in post 322 the editor pasted it again, in bold,
   as the first paragraph of the bodytext: the body has it once (as its first paragraph).
4. The author and source are printed after the bodytext as right-aligned ``p.h5`` lines: the
   author field as typed ("Tin, ảnh: Lê Thu Hà" -> author and photographer; "Nguyễn Thị Lan -
   Trường THCS Bố Hạ" -> the name; "ThS. Trần Văn Hòa" -> the name; "Tổ THCS" -> the unit as
   printed) and the source as "Nguồn tin: <strong>X</strong>" (label "Nguồn tin", X may be a
   link to the newspaper): source X.
5. Inside the same article panel, after the bodytext, NukeViet prints the module's copyright
   note (``div.alert.alert-info``: "Bản quyền thuộc Phòng GD&ĐT ... ghi rõ nguồn ..."), and
   below the panel the attached files box, the tags ("Từ khóa"), the star rating ("Tổng số điểm
   của bài viết là: 23 trong 5 đánh giá", "Click để đánh giá bài viết") and the comment box:
   none is body.
6. An attachment is downloaded from the post's own URL plus ``?download=1&id=0``: same path,
   different resource (a PDF/DOCX), neither an article nor an alias of the post.
7. Listings clip titles at 60 characters with "..." (``nv_clean60``): the full headline is only
   in the link's ``title`` attribute and the post's ``h1``; the hometext of a listed post is in
   an escaped ``data-content`` tooltip attribute with its thumbnail in ``data-img``.
8. A post filed in two categories (329: "Tin tức - Sự kiện" primary, also "Giáo dục THCS") is
   linked from the secondary category's listing as ``/news/giao-duc-thcs/<alias>-329.html``; the
   page answers 200 with the same content and a canonical to the primary URL: one article, the
   secondary URL in ``alt_paths``, category the primary's.
9. The print view (only in an ``onclick``) serves the same post in another layout: ``alt_paths``.
10. "Tin liên quan", "Những tin mới hơn" and "Tin cũ hơn" lists under each post print other
    posts' titles with their day in brackets "(02/12/2026)"; the header prints today
    "Thứ Bảy, 05/12/2026": neither is the post's date.
11. Post 326 was published "00:00" (the editor typed only a day): gold the day alone.
12. Post 330 is an official notice pasted from Word in the bodytext (letterhead table, "Số:",
    "Yên Thế, ngày 02 tháng 12 năm 2026", "THÔNG BÁO / Về việc ...", "Nơi nhận" and the signer):
    its date is the letterhead's day (the post was published 03/12/2026 07:45), its author the
    signer; the hometext was left empty (no sapo).
13. Post 311 signs inside the bodytext: a right-aligned last paragraph "<strong>Phạm Thị
    Ngọc</strong><br><em>(Trường TH Đồng Kỳ)</em>": author, not body.
14. Post 329's photo line "Ảnh: Hoàng Minh" credits a photographer (caption None).
15. Post 317 is a Word paste (``MsoNormal`` spans, ``<p>&nbsp;</p>`` spacers) whose list is one
    paragraph split by ``<br>``: each line is a paragraph.

Gold decisions on ambiguous points
- ``category`` is the category the post is filed under as the breadcrumb's last item prints it
  ("Giáo dục Tiểu học", not its parent "Hoạt động chuyên môn").
  Post 308 is filed under the parent itself: "Hoạt động chuyên môn".
- A post repeated in a second category keeps the primary category; its breadcrumb on the
  secondary URL also shows the primary one (NukeViet builds it from the post's catid).
- The home image's figcaption is a caption; a photo printed only with the title as its alt has
  no caption.
- Footnote calls "[1]" and the "Chú thích" notes of post 324 are body text.
- Typed "👉 " in post 320 is text and kept.
- The tables of results (326, 308) are body: one paragraph per row, cells joined by " | ".
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nukeviet43_list_pgd"
PLATFORM = "NukeViet 4.3 (news module, viewcat_page_new / viewcat_list_new)"
START_PATH = "/"

SITE = "Phòng GD&ĐT huyện Yên Thế"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

# category alias -> (name, parent alias or None, layout, posts per page)
CATS: dict[str, tuple[str, str | None, str, int]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None, "page", 3),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", None, "list", 3),
    "giao-duc-tieu-hoc": ("Giáo dục Tiểu học", "hoat-dong-chuyen-mon", "list", 5),
    "giao-duc-thcs": ("Giáo dục THCS", "hoat-dong-chuyen-mon", "list", 5),
    "thong-bao": ("Thông báo", None, "list", 5),
}
TOP_CATS = ["tin-tuc-su-kien", "hoat-dong-chuyen-mon", "thong-bao"]

TAGS = {
    "chuyen-doi-so": "chuyển đổi số",
    "thi-dua-khen-thuong": "thi đua khen thưởng",
    "hoc-tap-suot-doi": "học tập suốt đời",
}

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
    "<tbody><tr>"
    '<td style="width:40%;text-align:center"><p class="MsoNormal" align="center">UBND HUYỆN YÊN THẾ<br>'
    "<b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b></p><p align=\"center\">Số: 512/TB-PGDĐT</p></td>"
    '<td style="width:60%;text-align:center"><p class="MsoNormal" align="center"><b>CỘNG HÒA XÃ HỘI'
    " CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự do - Hạnh phúc</u></b></p>"
    '<p align="center"><i>Yên Thế, ngày 02 tháng 12 năm 2026</i></p></td>'
    "</tr></tbody></table>"
    '<p align="center" style="text-align:center"><b><span style="font-size:14pt">THÔNG BÁO</span></b></p>'
    '<p align="center" style="text-align:center"><b>Về việc tổ chức Hội thi giáo viên chủ nhiệm lớp'
    " giỏi cấp huyện năm học 2026-2027</b></p>"
)
_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><p><b><i>Nơi nhận:</i></b><br>'
    "- Các trường THCS;<br>- Lãnh đạo phòng;<br>- Lưu: VT, THCS.</p></td>"
    '<td style="width:50%;text-align:center;vertical-align:top"><p align="center"><b>KT. TRƯỞNG'
    " PHÒNG<br>PHÓ TRƯỞNG PHÒNG</b></p><p align=\"center\"><i>(Đã ký)</i></p>"
    '<p align="center"><b>Hoàng Thị Thu Trang</b></p></td>'
    "</tr></tbody></table>"
)


def _story(**kw) -> Story:
    return Story(**kw)


STORIES: list[Story] = [
    _story(
        id=331,
        slug="hoi-thao-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-hoc-2026-2027",
        title="Hội thảo chuyển đổi số trong quản lý trường học năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T16:45:00+07:00",
        summary=(
            "Ngày 04/12, Phòng GD&ĐT huyện Yên Thế tổ chức Hội thảo chuyển đổi số trong quản lý"
            " trường học với sự tham gia của hơn 150 cán bộ quản lý các trường mầm non, tiểu học"
            " và THCS trên địa bàn huyện."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_12/hoi-thao-cds-01.jpg",
                "Toàn cảnh Hội thảo chuyển đổi số trong quản lý trường học",
                "Toàn cảnh Hội thảo chuyển đổi số trong quản lý trường học",
                style="home",
            ),
            P(
                "Phát biểu khai mạc hội thảo, đồng chí Nguyễn Văn Tuấn, Trưởng phòng GD&ĐT huyện nhấn"
                " mạnh: chuyển đổi số không chỉ là việc trang bị máy móc mà trước hết là thay đổi nhận"
                " thức và cách làm việc của mỗi cán bộ, giáo viên."
            ),
            P(
                "Tại hội thảo, các đại biểu đã nghe báo cáo kết quả triển khai cơ sở dữ liệu ngành, hồ"
                " sơ điện tử và sổ điểm điện tử trong năm học 2025-2026; đến nay 100% trường học trên"
                " địa bàn đã sử dụng học bạ số đối với học sinh tiểu học."
            ),
            Img(
                "/uploads/news/2026_12/hoi-thao-cds-02.jpg",
                "Đại diện Trường THCS Đồng Tâm chia sẻ kinh nghiệm triển khai học bạ số",
                "Đại diện Trường THCS Đồng Tâm chia sẻ kinh nghiệm triển khai học bạ số",
                style="fig",
            ),
            P("Những khó khăn cần tháo gỡ", "h"),
            P(
                "Bên cạnh kết quả đạt được, các trường cũng chỉ ra một số khó khăn như hạ tầng mạng ở"
                " các xã vùng cao còn chưa ổn định, một bộ phận giáo viên lớn tuổi còn lúng túng khi"
                " sử dụng phần mềm. Năm học tới, ngành tập trung vào các nhiệm vụ:"
            ),
            P("Tiếp tục rà soát, chuẩn hóa dữ liệu học sinh, giáo viên trên cơ sở dữ liệu ngành;", "li"),
            P("Triển khai thanh toán không dùng tiền mặt tại 100% cơ sở giáo dục;", "li"),
            P("Tổ chức tập huấn kỹ năng số cho giáo viên trong học kỳ II.", "li"),
            Img(
                "/uploads/news/2026_12/hoi-thao-cds-03.jpg",
                "Các đại biểu thảo luận tại hội thảo",
                "Các đại biểu thảo luận tại hội thảo",
                style="next",
            ),
            P(
                "Kết thúc hội thảo, Phòng GD&ĐT đã ghi nhận các ý kiến đóng góp để hoàn thiện kế hoạch"
                " chuyển đổi số giai đoạn 2026-2030 của ngành giáo dục huyện."
            ),
        ],
        authors=["Lê Thu Hà"],
        photographers=["Lê Thu Hà"],
        opts={
            "publ": (2026, 12, 4, 16, 45),
            "edit": (2026, 12, 5, 8, 12),
            "author_field": "Tin, ảnh: Lê Thu Hà",
            "tags": ["chuyen-doi-so"],
        },
    ),
    _story(
        id=329,
        slug="truong-thcs-bo-ha-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường THCS Bố Hạ đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="tin-tuc-su-kien",
        published_at="2026-12-02T09:15:00+07:00",
        summary=(
            "Sáng 01/12, Trường THCS Bố Hạ long trọng tổ chức Lễ đón nhận Bằng công nhận trường đạt"
            " chuẩn quốc gia mức độ 2 và Bằng công nhận đạt kiểm định chất lượng giáo dục cấp độ 3."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Về dự buổi lễ có đại diện lãnh đạo UBND huyện, Phòng GD&ĐT, Đảng ủy, UBND thị trấn Bố"
                " Hạ cùng đông đảo cha mẹ học sinh và các thế hệ thầy, trò nhà trường."
            ),
            P(
                "Trường THCS Bố Hạ hiện có 18 lớp với 712 học sinh, 38 cán bộ, giáo viên, nhân viên;"
                " 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo. Năm học 2025-2026, nhà"
                " trường có 32 học sinh đạt giải học sinh giỏi cấp huyện, 9 học sinh đạt giải cấp tỉnh."
            ),
            Img("/uploads/news/2026_12/bo-ha-le-don-bang.jpg", "Ảnh: Hoàng Minh", None, style="next"),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo UBND huyện đề nghị nhà trường tiếp tục phát huy những"
                " kết quả đạt được, giữ vững và nâng cao chất lượng các tiêu chuẩn trường chuẩn quốc gia."
            ),
        ],
        authors=["Nguyễn Thị Lan"],
        photographers=["Hoàng Minh"],
        opts={
            "publ": (2026, 12, 2, 9, 15),
            "author_field": "Nguyễn Thị Lan - Trường THCS Bố Hạ",
            "thumb_only": "/assets/news/2026_12/bo-ha-le-don-bang-thumb.jpg",
            "also_cat": "giao-duc-thcs",
            "tags": ["thi-dua-khen-thuong"],
        },
    ),
    _story(
        id=326,
        slug="hoi-khoe-phu-dong-cap-huyen-nam-2026-1-200-van-dong-vien-tham-gia",
        title="Hội khỏe Phù Đổng cấp huyện năm 2026: 1.200 vận động viên tham gia",
        cat="tin-tuc-su-kien",
        published_at="2026-11-28",
        summary=(
            "Từ ngày 25 đến 27/11, tại Trung tâm Văn hóa - Thể thao huyện đã diễn ra Hội khỏe Phù"
            " Đổng cấp huyện lần thứ XI năm 2026 với sự tham gia của 1.200 vận động viên đến từ 42"
            " trường tiểu học và THCS."
        ),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/hkpd-2026.jpg", None, None, style="home"),
            P(
                "Các vận động viên tranh tài ở 8 môn: điền kinh, bơi, cầu lông, bóng bàn, cờ vua, đá"
                " cầu, bóng đá nam và kéo co."
            ),
            P("Kết quả toàn đoàn khối THCS như sau:"),
            P("TT | Đơn vị | Huy chương Vàng | Xếp hạng", "tr"),
            P("1 | Trường THCS thị trấn Cầu Gồ | 14 | Nhất", "tr"),
            P("2 | Trường THCS Bố Hạ | 11 | Nhì", "tr"),
            P("3 | Trường THCS Tân Sỏi | 9 | Ba", "tr"),
            P(
                "Ban tổ chức đã lựa chọn 96 vận động viên xuất sắc để thành lập đội tuyển tham dự Hội"
                " khỏe Phù Đổng cấp tỉnh vào tháng 3/2027."
            ),
        ],
        authors=["Thanh Hương"],
        source="Báo Bắc Giang",
        opts={
            "publ": (2026, 11, 28, 0, 0),
            "author_field": "Thanh Hương",
            "source_link": "https://baobacgiang.vn",
            "tags": ["thi-dua-khen-thuong"],
        },
    ),
    _story(
        id=322,
        slug="mit-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:00:00+07:00",
        summary=(
            "Sáng 19/11, Phòng GD&ĐT phối hợp với Công đoàn ngành Giáo dục huyện tổ chức Lễ mít tinh"
            " kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        blocks=[
            Raw(
                '<p style="text-align: justify;"><strong>Sáng 19/11, Phòng GD&amp;ĐT phối hợp với Công'
                " đoàn ngành Giáo dục huyện tổ chức Lễ mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
                " (20/11/1982 - 20/11/2026).</strong></p>"
            ),
            P(
                "Tại buổi lễ, các đại biểu đã ôn lại truyền thống vẻ vang của ngành giáo dục Việt Nam và"
                " ghi nhận những đóng góp của đội ngũ nhà giáo huyện Yên Thế trong sự nghiệp trồng người."
            ),
            P(
                "Năm học 2025-2026, toàn huyện có 68 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
                " huyện, 14 giáo viên đạt giáo viên dạy giỏi cấp tỉnh; tỷ lệ học sinh hoàn thành chương"
                " trình tiểu học đạt 100%."
            ),
            Img(
                "/uploads/news/2026_11/mit-tinh-20-11.jpg",
                "Lãnh đạo huyện tặng hoa chúc mừng các thầy, cô giáo",
                "Lãnh đạo huyện tặng hoa chúc mừng các thầy, cô giáo",
                style="fig",
            ),
            P(
                "Nhân dịp này, UBND huyện đã tặng Giấy khen cho 25 tập thể và 47 cá nhân có thành tích"
                " xuất sắc trong năm học 2025-2026."
            ),
        ],
        authors=["Bùi Văn Khánh"],
        opts={
            "publ": (2026, 11, 20, 10, 0),
            "author_field": "Bùi Văn Khánh",
            "tags": ["thi-dua-khen-thuong"],
        },
    ),
    _story(
        id=317,
        slug="cum-thi-dua-so-2-kiem-tra-cong-tac-ban-tru-tai-cac-truong-mam-non",
        title="Cụm thi đua số 2 kiểm tra công tác bán trú tại các trường mầm non",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12T14:05:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch kiểm tra năm học 2026-2027, từ ngày 09 đến 11/11, đoàn kiểm tra"
                " Cụm thi đua số 2 đã kiểm tra công tác tổ chức bán trú tại 6 trường mầm non gồm: Mầm"
                " non Đồng Kỳ, Mầm non Hồng Kỳ, Mầm non Tân Hiệp, Mầm non Phồn Xương, Mầm non Đồng Lạc"
                " và Mầm non Tân Sỏi.",
                "mso",
            ),
            Raw("<p>&nbsp;</p>"),
            P("Nội dung kiểm tra gồm:", "br"),
            P("- Hồ sơ, sổ sách bán trú, hợp đồng cung cấp thực phẩm;", "br"),
            P("- Việc thực hiện quy trình bếp một chiều, lưu mẫu thức ăn;", "br"),
            P("- Khẩu phần ăn và chế độ dinh dưỡng của trẻ.", "mso"),
            P(
                "Qua kiểm tra, đoàn đánh giá các trường đều thực hiện nghiêm túc quy định về an toàn"
                " thực phẩm; bếp ăn được bố trí theo nguyên tắc một chiều, thực đơn thay đổi theo tuần,"
                " theo mùa.",
                "mso",
            ),
            Raw("<p>&nbsp;</p>"),
            P(
                "Đoàn cũng đề nghị một số trường bổ sung sổ theo dõi nhập, xuất thực phẩm hằng ngày và"
                " niêm yết công khai thực đơn tại bảng tin của nhà trường.",
                "mso",
            ),
        ],
        opts={"publ": (2026, 11, 12, 14, 5)},
    ),
    _story(
        id=311,
        slug="ngay-hoi-doc-sach-lan-toa-van-hoa-doc-tai-truong-tieu-hoc-dong-ky",
        title="Ngày hội đọc sách “Lan tỏa văn hóa đọc” tại Trường Tiểu học Đồng Kỳ",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30T08:20:00+07:00",
        summary=(
            "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, ngày 28/10, Trường Tiểu học"
            " Đồng Kỳ tổ chức Ngày hội đọc sách với chủ đề “Lan tỏa văn hóa đọc”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội thu hút gần 600 học sinh tham gia với nhiều hoạt động phong phú như: giới"
                " thiệu sách, vẽ tranh theo nội dung câu chuyện, đóng vai nhân vật và thi kể chuyện"
                " theo sách."
            ),
            Img(
                "/uploads/news/2026_10/doc-sach-dong-ky-1.jpg",
                "Học sinh lớp 4A say sưa đọc sách tại thư viện xanh",
                "Học sinh lớp 4A say sưa đọc sách tại thư viện xanh",
                style="fig",
            ),
            Img(
                "/uploads/news/2026_10/doc-sach-dong-ky-2.jpg",
                "(Tiết mục đóng vai nhân vật trong truyện “Dế Mèn phiêu lưu ký”)",
                "Tiết mục đóng vai nhân vật trong truyện “Dế Mèn phiêu lưu ký”",
                style="fig",
            ),
            P(
                "Dịp này, nhà trường phát động phong trào quyên góp sách cũ, kết quả thu được hơn 1.500"
                " cuốn sách, truyện bổ sung cho tủ sách lớp học."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Phạm Thị Ngọc</strong><br />'
                "<em>(Trường TH Đồng Kỳ)</em></p>"
            ),
        ],
        authors=["Phạm Thị Ngọc"],
        opts={"publ": (2026, 10, 30, 8, 20), "tags": ["hoc-tap-suot-doi"]},
    ),
    _story(
        id=305,
        slug="huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-16T15:40:00+07:00",
        summary=(
            "Tuần lễ hưởng ứng học tập suốt đời năm 2026 được tổ chức từ ngày 01 đến 07/10 với chủ"
            " đề “Học tập suốt đời góp phần xây dựng xã hội học tập”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các trung tâm học tập cộng đồng của 21 xã, thị trấn đã tổ chức 64 lớp chuyên đề về"
                " trồng trọt, chăn nuôi, phòng chống dịch bệnh và kỹ năng sử dụng điện thoại thông"
                " minh cho người cao tuổi."
            ),
            P(
                "Thư viện các trường học mở cửa phục vụ bạn đọc ngoài giờ; nhiều trường tổ chức trưng"
                " bày sách, báo theo chủ đề và giới thiệu sách trên trang thông tin điện tử."
            ),
            P(
                "Theo kế hoạch, các cơ sở giáo dục tiếp tục duy trì mô hình “Gia đình học tập”, “Dòng"
                " họ học tập” đến hết năm 2026."
            ),
        ],
        source="Sở GD&ĐT Bắc Giang",
        opts={"publ": (2026, 10, 16, 15, 40), "tags": ["hoc-tap-suot-doi"]},
    ),
    _story(
        id=327,
        slug="chuyen-de-day-hoc-mon-tieng-viet-lop-3-theo-chuong-trinh-gdpt-2018",
        title="Chuyên đề dạy học môn Tiếng Việt lớp 3 theo Chương trình GDPT 2018",
        cat="giao-duc-tieu-hoc",
        published_at="2026-11-30T10:30:00+07:00",
        summary=(
            "Ngày 27/11, tại Trường Tiểu học Tân Sỏi, Phòng GD&ĐT tổ chức chuyên đề dạy học môn Tiếng"
            " Việt lớp 3 cho cán bộ quản lý, giáo viên dạy lớp 3 các trường tiểu học cụm 1."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chuyên đề gồm hai tiết dạy minh họa: bài đọc “Ngày hội rừng xanh” do cô giáo Đỗ Thị"
                " Hằng thực hiện và bài viết đoạn văn kể lại một hoạt động ở trường do cô giáo Vũ Thị"
                " Mai thực hiện."
            ),
            Img(
                "/uploads/news/2026_11/chuyen-de-tv3.jpg",
                "Tiết dạy minh họa tại lớp 3A Trường Tiểu học Tân Sỏi",
                "Tiết dạy minh họa tại lớp 3A Trường Tiểu học Tân Sỏi",
                style="next",
            ),
            P(
                "Sau các tiết dạy, giáo viên dự chuyên đề đã thảo luận về cách tổ chức hoạt động đọc"
                " hiểu, cách hướng dẫn học sinh viết đoạn văn theo hướng phát triển năng lực."
            ),
            P(
                "Trao đổi tại chuyên đề, lãnh đạo Phòng GD&ĐT đề nghị các trường tăng cường sinh hoạt"
                " chuyên môn theo nghiên cứu bài học, chú trọng rèn kỹ năng đọc thành tiếng cho học"
                " sinh lớp 3."
            ),
        ],
        authors=["Trần Văn Hòa"],
        opts={"publ": (2026, 11, 30, 10, 30), "author_field": "ThS. Trần Văn Hòa"},
    ),
    _story(
        id=314,
        slug="thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        cat="giao-duc-tieu-hoc",
        published_at="2026-11-06T13:50:00+07:00",
        summary=(
            "Từ ngày 02 đến 05/11, Phòng GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu"
            " học năm học 2026-2027 với 86 giáo viên tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi gồm hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành"
                " dạy hai tiết trên lớp, trong đó có một tiết môn Tiếng Việt hoặc Toán."
            ),
            P("Kết quả, 71 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp huyện, trong đó:"),
            P("Môn Tiếng Việt, Toán: 48 giáo viên;", "li"),
            P("Môn Tiếng Anh: 9 giáo viên;", "li"),
            P("Môn Tin học và Công nghệ: 14 giáo viên.", "li"),
            P(
                "Các giáo viên đạt giải cao sẽ được lựa chọn tham gia Hội thi giáo viên dạy giỏi cấp"
                " tỉnh năm 2027."
            ),
        ],
        authors=["Vũ Thị Mai"],
        opts={"publ": (2026, 11, 6, 13, 50), "author_field": "Vũ Thị Mai"},
    ),
    _story(
        id=324,
        slug="tap-huan-danh-gia-hoc-sinh-thcs-theo-thong-tu-22",
        title="Tập huấn đánh giá học sinh THCS theo Thông tư 22",
        cat="giao-duc-thcs",
        published_at="2026-11-25T08:00:00+07:00",
        summary=(
            "Ngày 24/11, Phòng GD&ĐT tổ chức tập huấn về đánh giá học sinh THCS và ứng dụng sổ điểm"
            " điện tử cho 320 giáo viên các trường THCS trên địa bàn huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Nội dung tập huấn tập trung vào hình thức đánh giá thường xuyên, đánh giá định kỳ và"
                " cách ghi nhận xét theo quy định tại Thông tư 22/2021/TT-BGDĐT.[1]"
            ),
            P(
                "Các báo cáo viên đã hướng dẫn giáo viên xây dựng ma trận, bản đặc tả đề kiểm tra và"
                " nhập điểm, nhận xét trên sổ điểm điện tử của ngành.[2]"
            ),
            P("Chú thích:", "b"),
            P(
                "[1] Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ trưởng Bộ GD&ĐT quy định về đánh"
                " giá học sinh THCS và THPT.",
                "small",
            ),
            P("[2] Sổ điểm điện tử được triển khai thống nhất từ năm học 2024-2025.", "small"),
        ],
        authors=["Tổ THCS"],
        opts={"publ": (2026, 11, 25, 8, 0), "author_field": "Tổ THCS", "tags": ["chuyen-doi-so"]},
    ),
    _story(
        id=308,
        slug="khao-sat-chat-luong-hoc-sinh-lop-9-dau-nam-hoc",
        title="Khảo sát chất lượng học sinh lớp 9 đầu năm học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-22T09:00:00+07:00",
        summary=(
            "Phòng GD&ĐT đã tổ chức khảo sát chất lượng đầu năm học 2026-2027 đối với học sinh lớp 9"
            " ở ba môn Toán, Ngữ văn và Tiếng Anh."
        ),
        sapo_outside=True,
        blocks=[
            P("Kỳ khảo sát được tổ chức đồng loạt tại 22 trường THCS vào ngày 20/10 với 2.415 học sinh dự thi."),
            P("Môn | Điểm trung bình | Tỷ lệ trên 5 điểm", "tr"),
            P("Toán | 5,62 | 58,4%", "tr"),
            P("Ngữ văn | 6,15 | 71,2%", "tr"),
            P("Tiếng Anh | 5,48 | 55,9%", "tr"),
            P(
                "Căn cứ kết quả khảo sát, các trường xây dựng kế hoạch phụ đạo học sinh yếu và bồi dưỡng"
                " học sinh khá, giỏi ngay từ đầu năm học."
            ),
        ],
        opts={"publ": (2026, 10, 22, 9, 0)},
    ),
    _story(
        id=330,
        slug="thong-bao-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-huyen-nam-hoc-2026-2027",
        title="Thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-12-02",
        blocks=[
            Raw(_LETTERHEAD),
            P(
                "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT huyện Yên Thế về thực"
                " hiện nhiệm vụ năm học 2026-2027;",
                "mso",
            ),
            P(
                "Phòng GD&ĐT thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện bậc THCS"
                " như sau:",
                "mso",
            ),
            P("1. Thời gian: từ ngày 14/12/2026 đến ngày 18/12/2026.", "mso"),
            P("2. Địa điểm: Trường THCS thị trấn Cầu Gồ.", "mso"),
            P(
                "3. Đối tượng: giáo viên đang làm công tác chủ nhiệm lớp tại các trường THCS, mỗi"
                " trường cử từ 01 đến 02 giáo viên.",
                "mso",
            ),
            P(
                "Danh sách giáo viên dự thi gửi về Phòng GD&ĐT (qua Tổ THCS) trước ngày 10/12/2026. Đề"
                " nghị Hiệu trưởng các trường triển khai thực hiện nghiêm túc.",
                "mso",
            ),
            Raw(_CLOSING),
        ],
        authors=["Hoàng Thị Thu Trang"],
        opts={
            "publ": (2026, 12, 3, 7, 45),
            "files": [("tb-512-pgddt-hoi-thi-gvcn.pdf", "application/pdf")],
        },
    ),
    _story(
        id=320,
        slug="thong-bao-tuyen-sinh-lop-boi-duong-can-bo-quan-ly-truong-hoc-nam-2026",
        title="Thông báo tuyển sinh lớp bồi dưỡng cán bộ quản lý trường học năm 2026",
        cat="thong-bao",
        published_at="2026-11-16T16:10:00+07:00",
        summary=(
            "Phòng GD&ĐT huyện Yên Thế thông báo tuyển sinh lớp bồi dưỡng nghiệp vụ quản lý giáo dục"
            " dành cho cán bộ quản lý và giáo viên trong diện quy hoạch năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "👉 Đối tượng: cán bộ quản lý, giáo viên thuộc diện quy hoạch chức danh hiệu trưởng, phó"
                " hiệu trưởng các trường mầm non, tiểu học, THCS."
            ),
            P("👉 Thời gian học: 06 tuần, vào các ngày thứ Bảy và Chủ nhật, bắt đầu từ ngày 12/12/2026."),
            P("👉 Hồ sơ gồm: đơn đăng ký, quyết định quy hoạch và bản sao bằng tốt nghiệp chuyên môn."),
            P(
                "Hồ sơ nộp về Phòng GD&ĐT (bộ phận Tổ chức cán bộ) trước ngày 05/12/2026. Mọi chi tiết"
                " xin liên hệ số điện thoại 0204.3876.125."
            ),
        ],
        opts={
            "publ": (2026, 11, 16, 16, 10),
            "files": [
                (
                    "mau-don-dang-ky-boi-duong-cbql.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                )
            ],
        },
    ),
]
BY_ID = {s.id: s for s in STORIES}

# the posts, newest first (by publication time as NukeViet stores it)
ORDER = sorted(STORIES, key=lambda s: s.opts["publ"], reverse=True)
MOST_READ = [322, 326, 331, 327, 330]

LAWS = {
    31: (
        "ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027",
        "215/KH-PGDĐT",
        "15/09/2026",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027",
        "Kế hoạch",
        "Nguyễn Văn Tuấn",
    ),
    34: (
        "cong-van-huong-dan-kiem-tra-noi-bo-truong-hoc",
        "498/PGDĐT-THCS",
        "25/11/2026",
        "V/v hướng dẫn kiểm tra nội bộ trường học năm học 2026-2027",
        "Công văn",
        "Hoàng Thị Thu Trang",
    ),
}

PAGES = {
    "gioi-thieu": (
        "Giới thiệu Phòng Giáo dục và Đào tạo huyện Yên Thế",
        [
            "Phòng Giáo dục và Đào tạo huyện Yên Thế là cơ quan chuyên môn thuộc UBND huyện, có chức"
            " năng tham mưu, giúp UBND huyện thực hiện quản lý nhà nước về giáo dục và đào tạo trên"
            " địa bàn huyện.",
            "Toàn huyện hiện có 23 trường mầm non, 24 trường tiểu học, 22 trường THCS với hơn 29.000"
            " học sinh và 2.100 cán bộ, giáo viên, nhân viên.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: Nguyễn Văn Tuấn - phụ trách chung.",
            "Phó Trưởng phòng: Hoàng Thị Thu Trang - phụ trách cấp THCS, công tác thi đua.",
            "Phó Trưởng phòng: Đinh Văn Sơn - phụ trách cấp Mầm non, Tiểu học.",
        ],
    ),
}

FILES_CT = {".pdf": "application/pdf"}


# --- helpers ----------------------------------------------------------------------------------


def post_path(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def cat_path(alias: str, page: int = 1) -> str:
    return f"/news/{alias}/" if page == 1 else f"/news/{alias}/page-{page}"


def _dt_of(story: Story) -> _dt.datetime:
    return _dt.datetime(*story.opts["publ"])


def long_time(story: Story) -> str:
    d = _dt_of(story)
    return f"{_WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def short_time(story: Story) -> str:
    return f"{_dt_of(story):%d/%m/%Y %H:%M}"


def day(story: Story) -> str:
    return f"{_dt_of(story):%d/%m/%Y}"


def meta_time(parts: tuple) -> str:
    d = _dt.datetime(*parts)
    return f"{d:%Y-%m-%d}ICT{d:%H:%M:%S}"


def clean60(title: str) -> str:
    if len(title) <= 60:
        return title
    cut = title[:60]
    return cut[: cut.rfind(" ")] + "..."


def cat_name(alias: str) -> str:
    return CATS[alias][0]


def thumb(story: Story) -> str:
    if "thumb_only" in story.opts:
        return story.opts["thumb_only"]
    imgs = story.images
    if imgs:
        return imgs[0].src.replace("/uploads/", "/assets/")
    return "/themes/pgd-yenthe/images/no_image.gif"


def cat_posts(alias: str) -> list[tuple[Story, str]]:
    """Posts of a listing with the URL it links (secondary posts link under this category)."""
    subs = [a for a, c in CATS.items() if c[1] == alias]
    out = []
    for s in ORDER:
        if s.cat == alias or s.cat in subs:
            out.append((s, post_path(s)))
        elif s.opts.get("also_cat") == alias:
            out.append((s, post_path(s, alias)))
    return out


def tooltip_link(story: Story, href: str, text: str, cls: str = "show") -> str:
    return (
        f'<a class="{cls}" href="{href}" data-content="{esc(story.summary or "")}"'
        f' data-img="{thumb(story)}" data-rel="tooltip" data-placement="bottom"'
        f' title="{esc(story.title)}">{esc(text)}</a>'
    )


# --- chrome -----------------------------------------------------------------------------------


def _menu() -> str:
    def sub(items: list[tuple[str, str]]) -> str:
        return '<ul class="dropdown-menu">' + "".join(
            f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for h, t in items
        ) + "</ul>"

    return (
        '<nav class="second-nav" id="menusite"><div class="container"><div class="row">'
        '<div class="bg box-shadow"><ul class="nav navbar-nav">'
        '<li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em>'
        '<span class="visible-xs-inline-block"> Trang nhất</span></a></li>'
        '<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/page/gioi-thieu.html"'
        ' role="button" aria-expanded="false" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a>'
        + sub([("/page/gioi-thieu.html", "Giới thiệu chung"), ("/page/co-cau-to-chuc.html", "Cơ cấu tổ chức")])
        + "</li>"
        '<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/news/tin-tuc-su-kien/"'
        ' title="Tin tức">Tin tức <strong class="caret">&nbsp;</strong></a>'
        + sub([(cat_path("tin-tuc-su-kien"), "Tin tức - Sự kiện"), (cat_path("thong-bao"), "Thông báo")])
        + "</li>"
        '<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/news/hoat-dong-chuyen-mon/"'
        ' title="Hoạt động chuyên môn">Hoạt động chuyên môn <strong class="caret">&nbsp;</strong></a>'
        + sub([(cat_path("giao-duc-tieu-hoc"), "Giáo dục Tiểu học"), (cat_path("giao-duc-thcs"), "Giáo dục THCS")])
        + "</li>"
        '<li><a href="/laws/" title="Văn bản">Văn bản</a></li>'
        '<li><a href="/contact/" title="Liên hệ">Liên hệ</a></li>'
        "</ul></div></div></div></nav>"
    )


def _breadcrumbs(crumbs: list[tuple[str, str]]) -> str:
    items = ['<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
             '<a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a>'
             '<i class="hidden" itemprop="position" content="1"></i></li>']
    for i, (href, name) in enumerate(crumbs, start=2):
        items.append(
            '<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
            f'<a href="{href}" itemprop="item" title="{esc(name)}"><span class="txt" itemprop="name">'
            f'{esc(name)}</span></a><i class="hidden" itemprop="position" content="{i}"></i></li>'
        )
    return (
        '<nav class="third-nav"><div class="container"><div class="row"><div class="bg">'
        '<div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap">'
        '<div class="display"><ul class="breadcrumbs list-none" itemscope itemtype="http://schema.org/BreadcrumbList">'
        + "".join(items)
        + "</ul></div></div></div>"
        '<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><div class="input-group">'
        '<input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm...">'
        '<span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q="'
        ' data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div>'
        "</div></div></div></div></nav>"
    )


def _sidebar() -> str:
    most = "".join(
        f'<li class="clearfix"><a href="{post_path(BY_ID[i])}" title="{esc(BY_ID[i].title)}">'
        f'<img src="{thumb(BY_ID[i])}" alt="{esc(BY_ID[i].title)}" width="60" class="img-thumbnail pull-left mr-1"/></a>'
        f'<a class="show" href="{post_path(BY_ID[i])}" title="{esc(BY_ID[i].title)}">{esc(clean60(BY_ID[i].title))}</a>'
        f'<span class="text-muted small"><em class="fa fa-eye">&nbsp;</em>{BY_ID[i].views()}</span></li>'
        for i in MOST_READ
    )
    laws = "".join(
        f'<li><a href="/laws/detail/{alias}-{lid}/" title="{esc(subj)}">{esc(num)}</a> - {esc(subj)}</li>'
        for lid, (alias, num, _d, subj, _k, _s) in LAWS.items()
    )
    return (
        '<div class="col-sm-8 col-md-6">'
        '<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div>'
        f'<div class="panel-body"><ul class="block_tophits list-none list-items">{most}</ul></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div>'
        f'<div class="panel-body"><ul class="list-none">{laws}</ul>'
        '<a class="pull-right" href="/laws/">Xem tất cả &raquo;</a></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body">'
        '<form action="/voting/" method="post"><p><strong>Bạn quan tâm đến nội dung nào trên trang?</strong></p>'
        '<div class="radio"><label><input type="radio" name="option" value="1"> Tin tức - sự kiện</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="2"> Văn bản chỉ đạo</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="3"> Thông báo</label></div>'
        '<input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, 2, 1);">'
        "</form></div></div>"
        '<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body">'
        '<select class="form-control" onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://sogd.bacgiang.gov.vn">Sở GD&amp;ĐT Bắc Giang</option>'
        '<option value="https://yenthe.bacgiang.gov.vn">UBND huyện Yên Thế</option></select></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">'
        '<ul class="counter list-none display-table">'
        '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>23</span></li>'
        '<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span>1.245</span></li>'
        '<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>6.718</span></li>'
        '<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>3.456.789</span></li>'
        "</ul></div></div></div>"
    )


def page(request: Request, title: str, main: str, crumbs: list[tuple[str, str]], head: str = "") -> Response:
    doc = (
        '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">'
        f'<head><title>{esc(title)}</title><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="generator" content="NukeViet v4.3">'
        f'<meta property="og:site_name" content="{esc(SITE)}">{head}'
        '<link rel="shortcut icon" href="/favicon.ico">'
        '<link rel="stylesheet" href="/themes/pgd-yenthe/css/style.css">'
        '<script src="/assets/js/jquery/jquery.min.js"></script>'
        '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_name_variable="nv",nv_fc_variable="op";</script>'
        "</head><body>"
        '<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.</div></noscript>'
        '<div class="body-bg"><div class="wraper"><header><div class="container"><div id="header" class="row">'
        '<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="' + esc(SITE) + '" href="/">'
        '<img src="/uploads/logo-pgd-yenthe.png" width="90" height="90" alt="' + esc(SITE) + '"></a>'
        '<span class="site_name">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THẾ</span>'
        '<span class="site_description">Trang thông tin điện tử ngành Giáo dục huyện Yên Thế - tỉnh Bắc Giang</span></div>'
        f'<div class="col-md-16 text-right"><span class="current-time">{HEADER_TODAY}</span></div>'
        "</div></div></header>"
        + _menu()
        + _breadcrumbs(crumbs)
        + '<section><div class="container" id="body"><div class="row">'
        '<div class="col-sm-16 col-md-18">'
        + main
        + "</div>"
        + _sidebar()
        + "</div></div></section>"
        '<footer id="footer"><div class="wraper"><div class="container"><div class="row">'
        '<div class="col-xs-24 col-sm-24 col-md-12"><div class="panel-body">'
        "<h3>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THẾ</h3>"
        "<ul class=\"company_info\"><li>Địa chỉ: Phố Hoàng Hoa Thám, thị trấn Cầu Gồ, huyện Yên Thế, tỉnh Bắc Giang</li>"
        "<li>Điện thoại: 0204.3876.125 - Fax: 0204.3876.126</li>"
        '<li>Email: <a href="mailto:pgdyenthe@bacgiang.edu.vn">pgdyenthe@bacgiang.edu.vn</a></li></ul>'
        "</div></div>"
        '<div class="col-xs-24 col-sm-24 col-md-12"><div class="panel-body">'
        '<div class="copyright">&copy; Bản quyền thuộc về Phòng GD&amp;ĐT huyện Yên Thế</div>'
        '<div class="bttop"><a class="pointer"><em class="fa fa-eject fa-lg"></em></a></div>'
        '<a href="https://www.facebook.com/pgdyenthe" rel="nofollow">Facebook</a> | '
        'Thiết kế bởi <a href="https://vinades.vn" rel="nofollow">VINADES.,JSC</a>'
        "</div></div></div></div></div></footer></div></div>"
        '<script src="/themes/pgd-yenthe/js/main.js"></script></body></html>'
    )
    return html(doc)


# --- the article ------------------------------------------------------------------------------


def _img_tag(src: str, alt: str) -> str:
    return f'<img alt="{esc(alt)}" height="400" src="{src}" width="600" />'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "home")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "fig":
                out.append(
                    '<figure class="image" style="display:inline-block">'
                    + _img_tag(b.src, b.caption or "")
                    + f"<figcaption>{esc(b.printed or '')}</figcaption></figure>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b.src, "")}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("li", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            else:
                rows = []
                for k, p in enumerate(group):
                    tag = "th" if k == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | ")) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" style="width:100%"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            i = j
            continue
        elif b.style == "br":
            j = i
            lines = []
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                lines.append(esc(blocks[j].text))
                j += 1
            if j < len(blocks) and isinstance(blocks[j], P):
                lines.append(esc(blocks[j].text))
                j += 1
            out.append(
                '<p class="MsoNormal" style="text-align:justify"><span style="font-size:14.0pt;'
                'font-family:&quot;Times New Roman&quot;,serif">' + "<br />\n".join(lines) + "</span></p>"
            )
            i = j
            continue
        elif b.style == "mso":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:.0001pt;text-align:justify;text-indent:36.0pt;'
                'line-height:150%"><span style="font-size:14.0pt;line-height:150%;font-family:'
                f'&quot;Times New Roman&quot;,serif">{esc(b.text)}</span></p>'
            )
        elif b.style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "b":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "small":
            out.append(f'<p><span style="font-size:12px;"><em>{esc(b.text)}</em></span></p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _home_figure(story: Story) -> str:
    home = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
    if home is None:
        return ""
    cap = f"<figcaption>{esc(home.printed)}</figcaption>" if home.printed else ""
    alt = home.printed or story.title
    return (
        '<figure class="article left pointer" onclick="modalShowByObj(\'#imghome\', \'auto\');">'
        f'<div id="imghome" class="pull-left"><img alt="{esc(alt)}" src="{home.src}" width="460"'
        f' class="img-thumbnail" /></div>{cap}</figure>'
    )


def _after_body(story: Story) -> str:
    parts = []
    if story.opts.get("author_field"):
        parts.append(f'<p class="h5 text-right"><strong>{esc(story.opts["author_field"])}</strong></p>')
    if story.source:
        link = story.opts.get("source_link")
        src = (
            f'<a title="{esc(story.source)}" rel="nofollow" href="{link}">{esc(story.source)}</a>'
            if link
            else esc(story.source)
        )
        parts.append(f'<p class="h5 text-right">Nguồn tin: <strong>{src}</strong></p>')
    out = f'<div class="margin-bottom-lg">{"".join(parts)}</div>' if parts else ""
    out += (
        '<div class="alert alert-info margin-bottom-lg">Bản quyền thuộc Phòng GD&amp;ĐT huyện Yên Thế. '
        "Khi phát hành lại thông tin từ website này cần ghi rõ nguồn: "
        "&quot;Phòng Giáo dục và Đào tạo huyện Yên Thế&quot;.</div>"
    )
    return out


def _related(story: Story) -> str:
    def items(posts: list[Story]) -> str:
        return "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em>{tooltip_link(p, post_path(p), p.title, "show h4")}'
            f" <em>({day(p)})</em></li>"
            for p in posts
        )

    tags = set(story.opts.get("tags", []))
    related = [s for s in ORDER if s is not story and tags & set(s.opts.get("tags", []))][:3]
    same = [s for s in ORDER if s.cat == story.cat]
    idx = same.index(story)
    newer = same[max(0, idx - 3) : idx]
    older = same[idx + 1 : idx + 4]
    out = '<div class="news_column panel panel-default"><div class="panel-body other-news">'
    if related:
        out += f'<p class="h3"><strong>Tin liên quan</strong></p><div class="clearfix"><ul class="related list-items">{items(related)}</ul></div>'
    if newer:
        out += f'<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-items">{items(newer)}</ul></div>'
    if older:
        out += f'<p class="h3"><strong>Tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-items">{items(older)}</ul></div>'
    return out + "</div></div>"


def _files(story: Story) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    lis = "".join(
        f'<li><em class="fa fa-file-o">&nbsp;</em><a href="{post_path(story)}?download=1&amp;id={k}"'
        f' title="{esc(name)}">{esc(name)}</a> <span class="text-muted">(Lượt tải: {11 + 7 * k})</span></li>'
        for k, (name, _ct) in enumerate(files)
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        '<p class="h3 margin-bottom"><em class="fa fa-download">&nbsp;</em>Tập tin đính kèm</p>'
        f'<ul class="list-unstyled">{lis}</ul></div></div>'
    )


def _tags(story: Story) -> str:
    tags = story.opts.get("tags")
    if not tags:
        return ""
    links = ", ".join(f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags)
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
        f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span itemprop="keywords">{links}</span>'
        "</div></div></div>"
    )


def _rating(story: Story) -> str:
    votes = 3 + story.id % 5
    total = votes * 4 + story.id % 3
    stars = "".join(
        f'<input class="hover-star" type="radio" value="{v}" title="{t}" />'
        for v, t in enumerate(["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"], 1)
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        f'<form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: '
        f"{total} trong {votes} đánh giá</p>"
        f'<div style="padding: 5px;">{stars}</div><span id="hover-test">Click để đánh giá bài viết</span>'
        "</div></form></div></div>"
        '<div class="news_column panel panel-default"><div class="panel-body"><div id="idcomment">'
        '<p class="h3"><strong>Ý kiến bạn đọc</strong></p>'
        '<p class="text-muted">Bạn cần đăng nhập với tư cách là <strong>Thành viên chính thức</strong>'
        " để có thể bình luận</p></div></div></div>"
    )


def _crumbs_for(story: Story) -> list[tuple[str, str]]:
    name, parent, _l, _n = CATS[story.cat]
    crumbs = []
    if parent:
        crumbs.append((cat_path(parent), cat_name(parent)))
    crumbs.append((cat_path(story.cat), name))
    return crumbs


def article(request: Request, story: Story) -> Response:
    canonical = base_url(request) + post_path(story)
    homeimg = _home_figure(story)
    hometext = (
        f'<div class="hometext m-bottom" itemprop="description">{esc(story.summary)}</div>'
        if story.summary
        else ""
    )
    desc = story.summary or story.paragraphs[0]
    head = (
        f'<meta name="description" content="{esc(desc[:160])}">'
        f'<link rel="canonical" href="{canonical}">'
        '<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{esc(story.title)}">'
        f'<meta property="og:description" content="{esc(desc[:160])}">'
        f'<meta property="og:image" content="{base_url(request)}{thumb(story)}">'
        f'<meta property="og:url" content="{canonical}">'
        f'<meta property="article:published_time" content="{meta_time(story.opts["publ"])}">'
    )
    if "edit" in story.opts:
        head += f'<meta property="article:modified_time" content="{meta_time(story.opts["edit"])}">'
    head += f'<meta property="article:section" content="{esc(cat_name(story.cat))}">'
    pp = print_path(story)
    main = (
        '<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>'
        '<div class="panel-body">'
        f'<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>'
        '<div class="row margin-bottom-lg"><div class="col-md-12">'
        f'<span class="h5">{long_time(story)}</span></div>'
        '<div class="col-md-12"><ul class="list-inline text-right">'
        f'<li><em class="fa fa-eye">&nbsp;</em> {story.views()}</li>'
        '<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);"'
        f" onclick=\"nv_open_browse('{pp}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false\">"
        '<em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
        '<li><a class="dimgray" title="Lưu bài viết này" href="javascript:void(0);" onclick="nv_save_file();">'
        '<em class="fa fa-save fa-lg">&nbsp;</em></a></li>'
        "</ul></div></div>"
        f'<div class="clearfix">{homeimg}{hometext}</div>'
        f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{render_body(story)}</div>'
        + _after_body(story)
        + "</div></div>"
        + _files(story)
        + _tags(story)
        + _rating(story)
        + _related(story)
    )
    return page(request, f"{story.title} - {cat_name(story.cat)} - {SITE}", main, _crumbs_for(story), head)


def print_view(request: Request, story: Story) -> Response:
    home = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
    homeimg = ""
    if home is not None:
        cap = f'<p class="imgalt"><em>{esc(home.printed)}</em></p>' if home.printed else ""
        homeimg = f'<div class="imghome"><img src="{home.src}" alt="{esc(home.printed or story.title)}" width="400">{cap}</div>'
    hometext = f'<div id="hometext"><strong>{esc(story.summary)}</strong></div>' if story.summary else ""
    after = ""
    if story.opts.get("author_field"):
        after += f'<div class="author">{esc(story.opts["author_field"])}</div>'
    if story.source:
        after += f'<div class="source">Nguồn tin: {esc(story.source)}</div>'
    doc = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{esc(story.title)}</title>"
        '<meta name="robots" content="noindex, nofollow">'
        f'<link rel="canonical" href="{base_url(request)}{post_path(story)}">'
        '<link rel="stylesheet" href="/themes/pgd-yenthe/css/print.css"></head><body>'
        '<div id="print"><div id="hd_print"><h2>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THẾ</h2>'
        f'<p class="url">{base_url(request)}</p></div>'
        f'<div id="content"><h1>{esc(story.title)}</h1>'
        f'<div class="time">{long_time(story)}</div>{homeimg}{hometext}'
        f'<div id="bodytext" class="clearfix">{render_body(story)}</div>{after}</div>'
        '<div id="footer"><div class="copyright">&copy; Phòng Giáo dục và Đào tạo huyện Yên Thế</div>'
        f'<div class="link">Địa chỉ của bài viết: {base_url(request)}{post_path(story)}</div>'
        '<a href="javascript:window.print()">In bài viết</a> | <a href="javascript:window.close()">Đóng cửa sổ</a>'
        "</div></div></body></html>"
    )
    return html(doc)


# --- listings ---------------------------------------------------------------------------------


def _pager(alias_base: str, cur: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return alias_base if n == 1 else f"{alias_base}page-{n}"

    lis = []
    lis.append('<li class="disabled"><a href="#">&laquo;</a></li>' if cur == 1 else f'<li><a rel="prev" href="{href(cur - 1)}">&laquo;</a></li>')
    for n in range(1, pages + 1):
        lis.append(f'<li class="active"><a href="#">{n}</a></li>' if n == cur else f'<li><a href="{href(n)}">{n}</a></li>')
    lis.append('<li class="disabled"><a href="#">&raquo;</a></li>' if cur == pages else f'<li><a rel="next" href="{href(cur + 1)}">&raquo;</a></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(lis)}</ul></div>'


def _list_items(posts: list[tuple[Story, str]]) -> str:
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><ul class="related list_new">'
        + "".join(
            f'<li class="clearfix"><em class="fa fa-angle-right">&nbsp;</em>{tooltip_link(s, href, clean60(s.title))}'
            f' <span class="text-muted">({day(s)})</span></li>'
            for s, href in posts
        )
        + "</ul></div></div>"
    )


def _page_items(posts: list[tuple[Story, str]]) -> str:
    out = []
    for s, href in posts:
        out.append(
            '<div class="news_column panel panel-default"><div class="panel-body">'
            f'<a href="{href}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{thumb(s)}" width="100"'
            ' class="img-thumbnail pull-left imghome" /></a>'
            f'<h3><a href="{href}" title="{esc(s.title)}">{esc(clean60(s.title))}</a></h3>'
            '<div class="text-muted"><ul class="list-unstyled list-inline">'
            f'<li><em class="fa fa-clock-o">&nbsp;</em> {short_time(s)}</li>'
            f'<li><em class="fa fa-eye">&nbsp;</em> {s.views()}</li>'
            '<li><em class="fa fa-comment-o">&nbsp;</em> 0</li></ul></div>'
            f'<div class="text-justify">{esc(s.summary or "")}</div></div></div>'
        )
    return "".join(out)


def category(request: Request, alias: str, n: int) -> Response | None:
    name, parent, layout, per = CATS[alias]
    posts = cat_posts(alias)
    pages = max(1, -(-len(posts) // per))
    if n < 1 or n > pages:
        return None
    chunk = posts[(n - 1) * per : n * per]
    subs = [a for a, c in CATS.items() if c[1] == alias]
    head = f'<link rel="canonical" href="{base_url(request)}{cat_path(alias, n)}">'
    if n > 1:
        head += f'<link rel="prev" href="{base_url(request)}{cat_path(alias, n - 1)}">'
    if n < pages:
        head += f'<link rel="next" href="{base_url(request)}{cat_path(alias, n + 1)}">'
    sub_nav = ""
    if subs:
        sub_nav = '<ul class="list-inline sub-list-icon">' + "".join(
            f'<li><a href="{cat_path(a)}" title="{esc(cat_name(a))}">{esc(cat_name(a))}</a></li>' for a in subs
        ) + "</ul>"
    body = _page_items(chunk) if layout == "page" else _list_items(chunk)
    main = (
        f'<div class="page-header"><h1>{esc(name)}</h1>{sub_nav}</div>'
        + body
        + _pager(f"/news/{alias}/", n, pages)
    )
    crumbs = ([(cat_path(parent), cat_name(parent))] if parent else []) + [(cat_path(alias), name)]
    title = f"{name} - {SITE}" if n == 1 else f"{name} - Trang {n} - {SITE}"
    return page(request, title, main, crumbs, head)


def tag_page(request: Request, alias: str) -> Response | None:
    if alias not in TAGS:
        return None
    posts = [(s, post_path(s)) for s in ORDER if alias in s.opts.get("tags", [])]
    main = f'<div class="page-header"><h1>Từ khóa: {esc(TAGS[alias])}</h1></div>' + _list_items(posts)
    return page(request, f"{TAGS[alias]} - Tin Tức - {SITE}", main, [(f"/news/tag/{alias}", TAGS[alias])])


def home(request: Request) -> Response:
    boxes = []
    take = {"tin-tuc-su-kien": 4, "hoat-dong-chuyen-mon": 3, "thong-bao": 2}
    for alias in TOP_CATS:
        posts = cat_posts(alias)[: take[alias]]
        first, href = posts[0]
        rest = "".join(
            f'<li class="clearfix"><em class="fa fa-angle-right">&nbsp;</em>{tooltip_link(s, h, clean60(s.title))}</li>'
            for s, h in posts[1:]
        )
        boxes.append(
            '<div class="news_column panel panel-default"><div class="panel-heading">'
            f'<h2><a title="{esc(cat_name(alias))}" href="{cat_path(alias)}"><span>{esc(cat_name(alias))}</span></a></h2>'
            '</div><div class="panel-body"><div class="row"><div class="col-md-12">'
            f'<a href="{href}" title="{esc(first.title)}"><img src="{thumb(first)}" alt="{esc(first.title)}"'
            ' width="200" class="img-thumbnail pull-left imghome" /></a>'
            f'<h3><a href="{href}" title="{esc(first.title)}">{esc(first.title)}</a></h3>'
            f'<p class="text-muted"><em class="fa fa-clock-o">&nbsp;</em>{short_time(first)}</p>'
            f'<p class="text-justify">{esc(first.summary or "")}</p></div>'
            f'<div class="col-md-12"><ul class="related">{rest}</ul></div></div></div></div>'
        )
    head = '<meta name="description" content="Trang thông tin điện tử Phòng GD&amp;ĐT huyện Yên Thế">'
    return page(request, SITE, "".join(boxes), [], head)


# --- other modules ----------------------------------------------------------------------------


def static_page(request: Request, alias: str) -> Response | None:
    if alias not in PAGES:
        return None
    title, paras = PAGES[alias]
    others = "".join(
        f'<li><a href="/page/{a}.html">{esc(t)}</a></li>' for a, (t, _p) in PAGES.items() if a != alias
    )
    main = (
        '<div class="page panel panel-default"><div class="panel-body">'
        f'<h1 class="title margin-bottom-lg">{esc(title)}</h1>'
        '<div class="bodytext">' + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</div>"
        '<p class="text-right text-muted small">Cập nhật: 12/09/2026 08:00</p>'
        f'</div></div><div class="panel panel-default"><div class="panel-heading">Các bài viết khác</div>'
        f'<div class="panel-body"><ul>{others}</ul></div></div>'
    )
    return page(request, f"{title} - {SITE}", main, [(f"/page/{alias}.html", title)])


def laws_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td class="text-center">{i}</td><td><a href="/laws/detail/{alias}-{lid}/">{esc(num)}</a></td>'
        f"<td>{d}</td><td>{esc(subj)}</td></tr>"
        for i, (lid, (alias, num, d, subj, _k, _s)) in enumerate(LAWS.items(), 1)
    )
    main = (
        '<div class="panel panel-default"><div class="panel-heading"><h1>Văn bản</h1></div>'
        '<table class="table table-striped table-bordered"><thead><tr><th>STT</th><th>Số ký hiệu</th>'
        f"<th>Ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return page(request, f"Văn bản - {SITE}", main, [("/laws/", "Văn bản")])


def laws_detail(request: Request, alias: str, lid: int) -> Response | None:
    law = LAWS.get(lid)
    if law is None or law[0] != alias:
        return None
    _a, num, d, subj, kind, signer = law
    pdf = f"/uploads/laws/{num.replace('/', '-').lower()}.pdf"
    main = (
        '<div class="panel panel-default"><div class="panel-body">'
        f'<h1 class="title">{esc(subj)}</h1>'
        '<table class="table table-bordered table-striped"><tbody>'
        f"<tr><td>Số ký hiệu</td><td>{esc(num)}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{d}</td></tr>"
        f"<tr><td>Ngày có hiệu lực</td><td>{d}</td></tr>"
        f"<tr><td>Loại văn bản</td><td>{esc(kind)}</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Phòng Giáo dục và Đào tạo</td></tr>"
        f"<tr><td>Người ký</td><td>{esc(signer)}</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(subj)}</td></tr>"
        "</tbody></table>"
        f'<p><strong>Tải về:</strong> <a href="{pdf}"><em class="fa fa-file-pdf-o">&nbsp;</em>{esc(num)}.pdf</a></p>'
        "</div></div>"
    )
    return page(request, f"{subj} - Văn bản - {SITE}", main, [("/laws/", "Văn bản"), (f"/laws/detail/{alias}-{lid}/", num)])


def contact(request: Request) -> Response:
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h1>Liên hệ</h1>'
        "<p><strong>Phòng Giáo dục và Đào tạo huyện Yên Thế</strong></p>"
        "<p>Địa chỉ: Phố Hoàng Hoa Thám, thị trấn Cầu Gồ, huyện Yên Thế, tỉnh Bắc Giang</p>"
        "<p>Điện thoại: 0204.3876.125 - Email: pgdyenthe@bacgiang.edu.vn</p>"
        '<form method="post" action="/contact/"><div class="form-group"><label>Bộ phận</label>'
        '<select name="fpart"><option value="1">Văn phòng</option><option value="2">Tổ THCS</option>'
        '<option value="3">Tổ Tiểu học</option></select></div>'
        '<div class="form-group"><label>Họ và tên</label><input type="text" name="fname" class="form-control"></div>'
        '<div class="form-group"><label>Nội dung</label><textarea name="fcon" class="form-control"></textarea></div>'
        '<input type="hidden" name="checkss" value="6f1e2a9b0c"><button type="submit" class="btn btn-primary">Gửi</button>'
        "</form></div></div>"
    )
    return page(request, f"Liên hệ - {SITE}", main, [("/contact/", "Liên hệ")])


# --- routing ----------------------------------------------------------------------------------

_POST = re.compile(r"^/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_PRINT = re.compile(r"^/news/print/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/news/([a-z0-9-]+)/(?:page-(\d+))?$")
_TAG = re.compile(r"^/news/tag/([a-z0-9-]+)$")
_PAGE = re.compile(r"^/page/([a-z0-9-]+)\.html$")
_LAW = re.compile(r"^/laws/detail/([a-z0-9-]+)-(\d+)/$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        params = request.params
        if path == "/" and not request.query:
            return home(request)
        if path == "/news/":
            return redirect("/", 301)
        if m := _PRINT.match(path):
            story = BY_ID.get(int(m.group(3)))
            if story and story.cat == m.group(1) and story.slug == m.group(2) and not request.query:
                return print_view(request, story)
            return None
        if m := _TAG.match(path):
            return tag_page(request, m.group(1)) if not request.query else None
        if m := _POST.match(path):
            story = BY_ID.get(int(m.group(3)))
            if not story or story.slug != m.group(2):
                return None
            if m.group(1) not in (story.cat, story.opts.get("also_cat")):
                return None
            if params.get("download") == "1":
                files = story.opts.get("files") or []
                k = params.get("id", "")
                if m.group(1) == story.cat and k.isdigit() and int(k) < len(files):
                    name, ctype = files[int(k)]
                    return Response(
                        200,
                        PDF,
                        {"Content-Type": ctype, "Content-Disposition": f'attachment; filename="{name}"'},
                    )
                return None
            if request.query:
                return None
            return article(request, story)
        if m := _CAT.match(path):
            if m.group(1) in CATS and m.group(2) != "1" and not request.query:
                return category(request, m.group(1), int(m.group(2) or 1))
            return None
        if m := _PAGE.match(path):
            return static_page(request, m.group(1))
        if path == "/laws/":
            return laws_list(request)
        if m := _LAW.match(path):
            return laws_detail(request, m.group(1), int(m.group(2)))
        if path == "/contact/":
            return contact(request)
        if path.lower().endswith(".pdf") and path.startswith("/uploads/laws/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [print_path(story)]
    if story.opts.get("also_cat"):
        alts.insert(0, post_path(story, story.opts["also_cat"]))
    return gold_record(story, post_path(story), cat_name(story.cat), alt_paths=alts)


GOLD = [_gold(s) for s in ORDER]

NON_ARTICLES = [
    "/page/gioi-thieu.html",
    "/page/co-cau-to-chuc.html",
    "/laws/detail/ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027-31/",
    "/laws/detail/cong-van-huong-dan-kiem-tra-noi-bo-truong-hoc-34/",
    "/contact/",
]
