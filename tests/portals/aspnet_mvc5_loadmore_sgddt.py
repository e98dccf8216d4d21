"""Sở Giáo dục và Đào tạo tỉnh Sóc Trăng on a local vendor's ASP.NET MVC 5 portal ("load more").

Platform
--------
ASP.NET MVC 5.2 (Razor views, Bootstrap 3, jQuery 1.10 + jquery.unobtrusive-ajax, jquery.lazyload),
hosted on IIS 8.5; the vendor sells the same build to several departments. Every answer carries
``Server: Microsoft-IIS/8.5``, ``X-AspNetMvc-Version: 5.2``, ``X-AspNet-Version: 4.0.30319``,
``X-Powered-By: ASP.NET``, an ``ASP.NET_SessionId`` cookie and an anti-forgery token in every form.
Styles and scripts come from System.Web.Optimization bundles (``/Content/css?v=…``,
``/bundles/jquery?v=…``, no file extension); the production build still carries the Visual Studio
"Browser Link" script pointing at ``http://localhost:53762/…`` (another host: never followed).

URL scheme (attribute routing with slugs)
-----------------------------------------
- ``/`` home: header with today's date, menu with drop-downs, marquee of notices, "Tin nổi bật"
  slider (3 newest), a "Tiêu điểm" box, one box per category (3 newest each), sidebar.
- ``/chuyen-muc/<slug>-<id>`` category: the first 4 items of the category, server-rendered, then a
  "Xem thêm" button. It accepts ``?page=n`` (PagedList.Mvc under the hood).
- ``/News/LoadMore?catId=<id>&page=<n>``: a Razor *partial view* (no ``<html>``, no chrome): the
  items of page n as ``div.tin-item`` and, when more remain, the next "Xem thêm" Ajax link.
- ``/News/LoadMoreJson?catId=<id>&page=<n>``: the same items as JSON ``{"Html": …, "ConTin": …}``,
  HTML written by JavaScriptSerializer (``\\u003c`` for ``<``, ``\\u0026`` for ``&``).
- ``/tin-tuc/<slug>-<id>.html`` article (canonical; the route matches on the id, any slug serves);
  ``/News/Detail/<id>`` the old conventional route (same page, 200, canonical to the new URL);
  ``/tin-tuc/in/<id>`` the print view (opened by ``window.open`` only).
- Not articles: ``/gioi-thieu/gioi-thieu-chung-1``, ``/lien-he``, ``/van-ban`` →
  ``/van-ban/chi-tiet/1542``, ``/thu-vien-anh`` → ``/thu-vien-anh/album-…-37``, ``/video`` →
  ``/video/chi-tiet/19``; ``/tim-kiem?tukhoa=`` (GET form), ``/BinhChon/BieuQuyet`` (POST poll).

Categories and how each gold article is reached
-----------------------------------------------
- "Tin tức - Sự kiện" (``/chuyen-muc/tin-tuc-su-kien-2``, 6 articles): the 4 newest on the
  category page; 2846 and 2839 only in the fragment ``/News/LoadMore?catId=2&page=2``, which the
  page links as an ``Ajax.ActionLink`` (``<a data-ajax="true" … href="/News/LoadMore?…">``).
- "Hoạt động chuyên môn" (``/chuyen-muc/hoat-dong-chuyen-mon-5``, 5 articles): the 4 newest on
  the page; 2836 only on ``?page=2``, linked from the PagedList pager the vendor left in the page
  but hid with ``style="display:none"`` when the JSON "Xem thêm" button (script built URL) came.
- "Thông báo" (``/chuyen-muc/thong-bao-7``, 2 notices), on the category page and the marquee.
The home page links the 3 newest of each category; the sidebar "Đọc nhiều" links 5 page-1
articles by the old route; "Các tin khác" under an article lists the category's 3 newest others and
"Tin mới hơn" the next newer one, so the three page-2 articles are linked from page 2 only.

Page templates
--------------
Article: ``ol.breadcrumb`` (Trang chủ / category); ``h1.tieude-cm`` = the CATEGORY's name; the
headline in ``h2.td-tin``; ``div.tt-tin`` meta bar (Cập nhật, Ngày đăng, Lượt xem, Người đăng,
sometimes Tác giả); ``div.cong-cu`` tools (A- A A+, In, Gửi email, Facebook, Zalo); ``div.nghe-doc``
text-to-speech player; ``div.tomtat-tin`` sapo; ``div#noidung.nd-tin`` the CKEditor text; then
"Tin mới hơn" teaser, "Các tin khác", sidebar, footer.

Traps
-----
1. Load-more fragment (listing page 2 is a chrome-less partial): cat 2's older articles 2846, 2839
   are linked only from ``/News/LoadMore?catId=2&page=2``, an HTML fragment with no ``<html>``,
   ``<title>`` or menu. Gold: both are gold articles; the fragment is a listing, not an article
   and not a non-article page.
2. Hidden pager beside a script-only button: cat 5's "Xem thêm" is a ``<button>`` whose script
   calls ``$.getJSON('/News/LoadMoreJson', {catId: 5, page: trang})``; the only plain link to
   page 2 is in the ``display:none`` PagedList pager. Gold: 2836 is a gold article.
3. vi-VN 12-hour clock as .NET prints it: "2:30:00 CH" is 14:30, "7:10:00 SA" 07:10, "12:20:00
   CH" is 12:20 (noon, not 24:20), "12:00:00 SA" is midnight (-> the day alone, 2839). Gold:
   published_at with +07:00 converted to 24 h. The meta bar prints "Cập nhật: …" BEFORE "Ngày
   đăng: …" on 2868 and 2860: the update date is never the gold.
4. Three URLs per article plus a stale slug: ``/News/Detail/<id>`` (sidebar, marquee, links in
   texts), the print view ``/tin-tuc/in/<id>``, and for 2863 the home "Tiêu điểm" box links the
   slug it had before the title was edited. All answer 200 with ``<link rel="canonical">`` to
   ``/tin-tuc/<slug>-<id>.html``. Gold: one record each, the others in ``alt_paths``.
5. The page's ``<h1>`` is the category's name ("Tin tức - Sự kiện"); the headline is the
   ``h2.td-tin``; ``<title>`` is "<headline> - Sở GD&amp;ĐT Sóc Trăng". Gold title: the h2.
6. Widgets between headline and text: meta bar with "Lượt xem: 1.234" and "Người đăng:
   sgdst_bientap" (a CMS account: nobody), font-size tools, and a text-to-speech player "Nghe đọc
   bài viết" with its voice list ("Giọng nữ miền Nam" …). None is body, no author from them; the
   meta bar's "Tác giả: Trà My" (2857 only) IS the author.
7. Image in a CKEditor two-row table (2863): the photo in row 1, its italic caption in row 2. Gold:
   the caption is the image's caption, and neither row is a body paragraph — while the real
   data tables (2863, 2848) ARE body (rows, cells joined by " | ").
8. "TIN LIÊN QUAN" box that the editor inserted in the middle of the text container (2850), with
   links by the old route and to a newspaper; a "Xem thêm: <link>" line inside the text (2857);
   a "File đính kèm:" line (2866). None is body; the text goes on after the box.
9. jquery.lazyload image (2846): ``src`` is ``/Content/images/grey.gif``, the photo is in
   ``data-original``. Gold image path: the ``data-original`` one; the placeholder is no image.
10. Encodings of CKEditor: ``config.entities`` on, so 2868 writes every non-ASCII letter as a
   reference (``&agrave;``, ``&#7899;``), 2854 every second one; 2860 was typed with Unikey's
   "Unicode tổ hợp" (decomposed, NFD). Gold: NFC text.
11. Content-looking chrome after the text: "Tin mới hơn" box printing the next article's title
   and sapo, "Các tin khác", and the print view's "Địa chỉ bài viết:" line. Not body.
12. Bylines in five shapes: "Hữu Nghĩa - Văn phòng Sở" (unit after the dash dropped),
   "Tin, ảnh: ThS. Lâm Hoàng Phúc" (both, degree dropped), "Bài: Trần Ngọc Hân - Ảnh: Kim Ngân",
   "ThS. Dương Quốc Việt (Phòng Giáo dục Trung học)", a unit signing alone ("Phòng Giáo dục Mầm
   non", "Văn phòng Sở"), "BBT" (nobody). A photo line "(Ảnh: Kim Ngân)" is a credit: caption
   None, Kim Ngân a photographer.

Gold decisions on ambiguous points
----------------------------------
- published_at is "Ngày đăng" (never "Cập nhật"); for the official notice 2864 it is the
  letterhead's day "2026-11-30" although the meta bar says 02/12/2026 9:30:00 SA.
- summary: the ``div.tomtat-tin`` sapo when printed (it is the body's first paragraph); 2863 has
  no sapo element but a bold lead paragraph: that is its summary; others have none (null).
- A bold line inside the text ("Số thí sinh dự thi ở một số môn", "1. Chỉ tiêu tuyển dụng",
  "Chú thích") is a heading: a paragraph of the body. A quote (2860) is a paragraph.
- 2854 ends with "Theo Báo Giáo dục và Thời đại" (source) while its body starts "Theo kế hoạch
  của cụm…" (text). 2857's source is "Báo Sóc Trăng".
- 2858: "📌 " typed as a character is kept; the ``<img alt="👉">`` bullet is no text.
- 2839 prints two sentences in one ``<p>`` split by ``<br />``: two paragraphs.
- 2836: the footnote call "[1]" stays in its sentence; "Chú thích" and its entry are body.
- Images: the listing thumbnails (``/Uploads/thumbs/…``), logo, banners, emoji bullet and lazy
  placeholder are not article images; the print view prints the same photos.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "aspnet_mvc5_loadmore_sgddt"
PLATFORM = "ASP.NET MVC 5 (Razor, jQuery unobtrusive-ajax load-more, IIS 8.5), local vendor"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 4

# category id -> (slug, printed name)
CATS: dict[int, tuple[str, str]] = {
    2: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    5: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    7: ("thong-bao", "Thông báo"),
}


def _right(markup: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{markup}</strong></p>')


# --- the articles (newest first inside each category) ------------------------------------------

STORIES: list[Story] = [
    # ---------------------------------------------------------------- Tin tức - Sự kiện (2)
    Story(
        id=2868,
        slug="soc-trang-tong-ket-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
        title="Sóc Trăng tổng kết công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-04T15:45:00+07:00",
        summary=(
            "Chiều ngày 4/12, Sở Giáo dục và Đào tạo phối hợp với Ban Chỉ đạo phổ cập giáo dục, "
            "xóa mù chữ tỉnh tổ chức hội nghị tổng kết công tác phổ cập giáo dục, xóa mù chữ năm "
            "2026 và triển khai nhiệm vụ năm 2027."
        ),
        sapo_outside=True,
        authors=["Hữu Nghĩa"],
        blocks=[
            P(
                "Dự hội nghị có ông Lâm Văn Khánh, Phó Giám đốc Sở Giáo dục và Đào tạo, Phó Trưởng "
                "ban Thường trực Ban Chỉ đạo; đại diện các sở, ngành thành viên và lãnh đạo các "
                "phòng chuyên môn thuộc Sở."
            ),
            Img(
                "/Uploads/images/2026/12/04/hn-pcgd-01.jpg",
                "Ông Lâm Văn Khánh phát biểu chỉ đạo tại hội nghị",
                "Ông Lâm Văn Khánh phát biểu chỉ đạo tại hội nghị",
                "em",
            ),
            P(
                "Theo báo cáo, đến cuối năm 2026, toàn tỉnh duy trì vững chắc kết quả phổ cập giáo "
                "dục mầm non cho trẻ em 5 tuổi và phổ cập giáo dục tiểu học mức độ 3; 100% đơn vị "
                "cấp xã đạt chuẩn phổ cập giáo dục trung học cơ sở, trong đó 81% đạt mức độ 2."
            ),
            P(
                "Công tác xóa mù chữ tiếp tục được quan tâm, nhất là ở những địa bàn có đông đồng "
                "bào Khmer. Trong năm, toàn tỉnh mở 46 lớp xóa mù chữ với 1.024 học viên theo học; "
                "tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ mức độ 2 đạt 97,6%."
            ),
            P(
                "Hội nghị cũng chỉ ra một số hạn chế như: tỷ lệ học sinh bỏ học ở một số xã vùng "
                "sâu còn cao; việc cập nhật dữ liệu trên hệ thống thông tin điện tử quản lý phổ "
                "cập giáo dục ở một số đơn vị chưa kịp thời, số liệu giữa các ngành đôi khi chưa "
                "thống nhất."
            ),
            Img(
                "/Uploads/images/2026/12/04/hn-pcgd-02.jpg",
                "Khen thưởng các tập thể có thành tích xuất sắc trong công tác phổ cập giáo dục, xóa mù chữ",
                "Khen thưởng các tập thể có thành tích xuất sắc trong công tác phổ cập giáo dục, xóa mù chữ",
                "em",
            ),
            P(
                "Phát biểu chỉ đạo, ông Lâm Văn Khánh đề nghị các đơn vị tiếp tục rà soát, huy "
                "động tối đa trẻ trong độ tuổi ra lớp, tăng cường phối hợp với chính quyền địa "
                "phương vận động học sinh có nguy cơ bỏ học trở lại trường; đồng thời nâng cao chất "
                "lượng các lớp xóa mù chữ gắn với dạy nghề ngắn hạn cho người học."
            ),
            P(
                "Dịp này, Ban Chỉ đạo khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc "
                "trong công tác phổ cập giáo dục, xóa mù chữ năm 2026."
            ),
            _right("Hữu Nghĩa - Văn phòng Sở"),
        ],
        opts={
            "dt": "04/12/2026 3:45:00 CH",
            "upd": "05/12/2026 8:12:40 SA",
            "entities": 1,
        },
    ),
    Story(
        id=2863,
        slug="khai-mac-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-thpt-nam-hoc-2026-2027",
        title="Khai mạc Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-02T07:10:00+07:00",
        summary=(
            "Sáng ngày 2/12, Sở Giáo dục và Đào tạo tổ chức khai mạc Kỳ thi chọn học sinh giỏi cấp "
            "tỉnh lớp 12 THPT năm học 2026-2027 với 786 thí sinh đến từ các trường THPT, trường "
            "phổ thông dân tộc nội trú và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên "
            "trong tỉnh."
        ),
        authors=["Lâm Hoàng Phúc"],
        photographers=["Lâm Hoàng Phúc"],
        blocks=[
            P(
                "Sáng ngày 2/12, Sở Giáo dục và Đào tạo tổ chức khai mạc Kỳ thi chọn học sinh giỏi "
                "cấp tỉnh lớp 12 THPT năm học 2026-2027 với 786 thí sinh đến từ các trường THPT, "
                "trường phổ thông dân tộc nội trú và trung tâm giáo dục nghề nghiệp - giáo dục "
                "thường xuyên trong tỉnh.",
                "lead",
            ),
            P(
                "Kỳ thi được tổ chức tại hai điểm thi là Trường THPT chuyên Nguyễn Thị Minh Khai và "
                "Trường THPT Hoàng Diệp, gồm 11 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ "
                "văn, Lịch sử, Địa lí, Tiếng Anh, Giáo dục kinh tế và pháp luật, Tiếng Khmer."
            ),
            Img(
                "/Uploads/images/2026/12/02/khai-mac-hsg-12.jpg",
                "Quang cảnh lễ khai mạc kỳ thi tại Trường THPT chuyên Nguyễn Thị Minh Khai",
                "Quang cảnh lễ khai mạc kỳ thi tại Trường THPT chuyên Nguyễn Thị Minh Khai",
                "table",
            ),
            P("Số thí sinh dự thi ở một số môn", "b"),
            P("Môn thi | Số thí sinh | Số phòng thi", "tr"),
            P("Toán | 92 | 4", "tr"),
            P("Ngữ văn | 104 | 5", "tr"),
            P("Tiếng Anh | 118 | 5", "tr"),
            P("Tiếng Khmer | 36 | 2", "tr"),
            P(
                "Thí sinh làm bài thi trong một buổi với thời gian 180 phút, riêng môn Tin học làm "
                "bài trên máy tính. Kết quả kỳ thi là căn cứ để chọn đội tuyển dự thi chọn học sinh "
                "giỏi quốc gia THPT năm 2027."
            ),
            P(
                "Phát biểu khai mạc, lãnh đạo Sở yêu cầu các thành viên Hội đồng thi thực hiện "
                "nghiêm túc quy chế, bảo đảm an toàn tuyệt đối đề thi; đồng thời động viên các em "
                "thí sinh bình tĩnh, tự tin làm bài."
            ),
            _right("Tin, ảnh: ThS. Lâm Hoàng Phúc"),
        ],
        opts={
            "dt": "02/12/2026 7:10:00 SA",
            "old_slug": "khai-mac-ky-thi-hoc-sinh-gioi-lop-12-nam-2026",
        },
    ),
    Story(
        id=2857,
        slug="doan-cong-tac-bo-gddt-kiem-tra-cong-tac-chuan-bi-ky-thi-tot-nghiep-thpt-nam-2027-tai-soc-trang",
        title="Đoàn công tác Bộ GD&ĐT kiểm tra công tác chuẩn bị Kỳ thi tốt nghiệp THPT năm 2027 tại Sóc Trăng",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-28T12:20:00+07:00",
        summary=(
            "Ngày 27 và 28/11, Đoàn công tác của Bộ Giáo dục và Đào tạo do ông Phạm Quốc Toản, Phó "
            "Cục trưởng Cục Quản lý chất lượng, làm trưởng đoàn đã làm việc với Sở Giáo dục và Đào "
            "tạo về công tác chuẩn bị cho Kỳ thi tốt nghiệp THPT năm 2027."
        ),
        sapo_outside=True,
        authors=["Trà My"],
        source="Báo Sóc Trăng",
        blocks=[
            P(
                "Theo báo cáo của Sở, năm học 2026-2027 toàn tỉnh có khoảng 14.300 học sinh lớp 12 "
                "dự kiến đăng ký dự thi. Đây là năm thứ hai kỳ thi được tổ chức theo định hướng của "
                "Chương trình giáo dục phổ thông 2018, với các môn thi bắt buộc và môn thi lựa chọn."
            ),
            P(
                "Sở đã chỉ đạo các trường THPT rà soát cơ sở vật chất, thiết bị phục vụ thi; tổ "
                "chức ôn tập cho học sinh theo định hướng đánh giá năng lực; bồi dưỡng nghiệp vụ cho "
                "đội ngũ cán bộ, giáo viên tham gia công tác thi."
            ),
            Img(
                "/Uploads/images/2026/11/28/doan-kiem-tra-bo.jpg",
                "Đoàn công tác kiểm tra phòng máy tại Trường THPT Thành phố Sóc Trăng",
                "Đoàn công tác kiểm tra phòng máy tại Trường THPT Thành phố Sóc Trăng",
                "em",
            ),
            P(
                "Kết luận buổi làm việc, trưởng đoàn ghi nhận sự chủ động của ngành giáo dục tỉnh, "
                "đồng thời đề nghị Sở tiếp tục tham mưu Ủy ban nhân dân tỉnh thành lập Ban Chỉ đạo "
                "thi cấp tỉnh, chú trọng công tác bảo mật đề thi và ứng dụng công nghệ thông tin "
                "trong tổ chức thi."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/News/Detail/2850">Trao 120 suất học bổng '
                "“Tiếp sức đến trường” cho học sinh dân tộc Khmer</a></p>"
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Sóc Trăng</em></p>'),
        ],
        opts={"dt": "28/11/2026 12:20:00 CH", "tacgia": "Trà My"},
    ),
    Story(
        id=2850,
        slug="trao-120-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-dan-toc-khmer",
        title="Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh dân tộc Khmer",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-24T09:00:00+07:00",
        summary=(
            "Sáng 23/11, tại Trường Phổ thông Dân tộc nội trú tỉnh, Sở Giáo dục và Đào tạo phối "
            "hợp với Quỹ Bảo trợ trẻ em tỉnh trao 120 suất học bổng “Tiếp sức đến trường” cho học "
            "sinh dân tộc Khmer có hoàn cảnh khó khăn, vượt khó học tốt."
        ),
        sapo_outside=True,
        authors=["Trần Ngọc Hân"],
        photographers=["Kim Ngân"],
        blocks=[
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng cùng một bộ sách giáo khoa và dụng cụ học "
                "tập. Tổng kinh phí chương trình hơn 300 triệu đồng, do các doanh nghiệp, nhà hảo "
                "tâm trong và ngoài tỉnh đóng góp."
            ),
            Img("/Uploads/images/2026/11/23/hoc-bong-khmer-1.jpg", "(Ảnh: Kim Ngân)", None, "em"),
            P(
                "Các em nhận học bổng năm nay là học sinh từ lớp 6 đến lớp 12, có kết quả học tập "
                "từ khá trở lên, nhiều em đạt giải trong các kỳ thi học sinh giỏi cấp tỉnh. Em "
                "Thạch Thị Sô Phi, học sinh lớp 11 Trường Phổ thông Dân tộc nội trú tỉnh, chia sẻ: "
                "“Học bổng giúp em có thêm điều kiện mua sách tham khảo, tiếp tục thực hiện ước mơ "
                "trở thành giáo viên dạy tiếng Khmer”."
            ),
            Raw(
                '<div class="box-tlq" style="float:right;width:40%;border:1px solid #ddd;margin:5px">'
                '<p class="box-tlq-td"><strong>TIN LIÊN QUAN</strong></p><ul>'
                '<li><a href="/News/Detail/2848">Hội nghị chuyên đề giáo dục STEM cấp THCS năm '
                "học 2026-2027</a></li>"
                '<li><a href="https://baosoctrang.org.vn/giao-duc/hoc-bong-cho-hoc-sinh-ngheo.html">'
                "Doanh nghiệp đồng hành cùng học sinh nghèo vượt khó</a></li></ul></div>"
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện lãnh đạo Sở cảm ơn các nhà tài trợ đã đồng hành "
                "cùng ngành giáo dục, góp phần giảm tỷ lệ học sinh bỏ học ở vùng đồng bào dân tộc "
                "thiểu số. Lãnh đạo Sở mong các em tiếp tục nỗ lực, chăm ngoan, học giỏi để không "
                "phụ lòng gia đình, thầy cô và xã hội."
            ),
            Img(
                "/Uploads/images/2026/11/23/hoc-bong-khmer-2.jpg",
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                "em",
            ),
            P(
                "Từ năm 2019 đến nay, chương trình “Tiếp sức đến trường” đã trao hơn 1.500 suất "
                "học bổng cho học sinh dân tộc thiểu số trên địa bàn tỉnh."
            ),
            _right("Bài: Trần Ngọc Hân - Ảnh: Kim Ngân"),
        ],
        opts={"dt": "24/11/2026 9:00:00 SA"},
    ),
    Story(
        id=2846,
        slug="mit-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-19T16:30:00+07:00",
        summary=(
            "Sáng 19/11, Sở Giáo dục và Đào tạo tổ chức mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt "
            "Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        authors=["Hoàng Duy"],
        blocks=[
            P(
                "Đến dự có đại diện lãnh đạo Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh, Ủy "
                "ban Mặt trận Tổ quốc Việt Nam tỉnh cùng các thế hệ nhà giáo đã nghỉ hưu và hơn 300 "
                "cán bộ quản lý, giáo viên tiêu biểu của ngành."
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngành, diễn văn kỷ niệm nhấn mạnh: năm học "
                "2025-2026, ngành giáo dục tỉnh có 14 học sinh đạt giải kỳ thi chọn học sinh giỏi "
                "quốc gia; tỷ lệ trường đạt chuẩn quốc gia tiếp tục tăng; đội ngũ nhà giáo không "
                "ngừng được chuẩn hóa, nâng cao trình độ."
            ),
            Img(
                "/Uploads/images/2026/11/19/mit-tinh-20-11.jpg",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các thầy, cô giáo tiêu biểu",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các thầy, cô giáo tiêu biểu",
                "lazy",
            ),
            P(
                "Tại buổi mít tinh, 44 nhà giáo tiêu biểu được Ủy ban nhân dân tỉnh tặng bằng khen; "
                "5 nhà giáo được Bộ Giáo dục và Đào tạo tặng kỷ niệm chương “Vì sự nghiệp giáo dục”."
            ),
            P(
                "Thay mặt các nhà giáo được tuyên dương, cô Sơn Thị Sa Ra, giáo viên Trường Tiểu học "
                "Lịch Hội Thượng, bày tỏ niềm tự hào khi được góp sức cho sự nghiệp trồng người ở "
                "vùng đất có đông đồng bào Khmer sinh sống và hứa sẽ không ngừng học tập, đổi mới "
                "phương pháp để mỗi ngày đến trường là một ngày vui với học sinh."
            ),
            _right("Hoàng Duy"),
        ],
        opts={"dt": "19/11/2026 4:30:00 CH"},
    ),
    Story(
        id=2839,
        slug="hoi-thi-giao-vien-day-gioi-cap-tinh-bac-hoc-mam-non-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh bậc học mầm non năm học 2026-2027",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-12",
        authors=["Phòng Giáo dục Mầm non"],
        blocks=[
            P(
                "Từ ngày 9 đến 13/11, Sở Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy giỏi cấp "
                "tỉnh bậc học mầm non năm học 2026-2027 tại Trường Mầm non Hoa Sen, thành phố Sóc "
                "Trăng."
            ),
            P(
                "Tham gia hội thi có 68 giáo viên đã đạt danh hiệu giáo viên dạy giỏi cấp cơ sở. Mỗi "
                "giáo viên dự thi hai phần: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo "
                "dục trẻ và thực hành tổ chức một hoạt động giáo dục trẻ."
            ),
            Img("/Uploads/images/2026/11/12/hoi-thi-gvdg-mn.jpg", None, None, "none"),
            P(
                "Các tiết dạy được chuẩn bị công phu, lấy trẻ làm trung tâm, khai thác nguyên vật "
                "liệu sẵn có ở địa phương như lá dừa, vỏ sò, hạt lúa để làm đồ dùng, đồ chơi.",
                "brnext",
            ),
            P(
                "Nhiều giáo viên vận dụng linh hoạt phương pháp giáo dục STEAM, giúp trẻ được trải "
                "nghiệm, khám phá một cách tự nhiên."
            ),
            P(
                "Kết quả, Ban Giám khảo công nhận 52 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "tỉnh, trong đó có 9 giáo viên được chọn tham gia chia sẻ kinh nghiệm tại các cụm "
                "chuyên môn trong học kỳ II."
            ),
            _right("Phòng Giáo dục Mầm non"),
        ],
        opts={"dt": "12/11/2026 12:00:00 SA"},
    ),
    # ---------------------------------------------------------------- Hoạt động chuyên môn (5)
    Story(
        id=2866,
        slug="tap-huan-day-hoc-mon-tin-hoc-theo-chuong-trinh-giao-duc-pho-thong-2018-cho-giao-vien-thcs",
        title="Tập huấn dạy học môn Tin học theo Chương trình giáo dục phổ thông 2018 cho giáo viên THCS",
        cat="Hoạt động chuyên môn",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Trong hai ngày 2 và 3/12, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn nâng cao năng "
            "lực dạy học môn Tin học theo Chương trình giáo dục phổ thông 2018 cho 145 giáo viên "
            "dạy Tin học cấp trung học cơ sở."
        ),
        sapo_outside=True,
        authors=["Dương Quốc Việt"],
        blocks=[
            P(
                "Lớp tập huấn do các giảng viên Trường Đại học Cần Thơ và giáo viên cốt cán của Sở "
                "trực tiếp báo cáo. Nội dung tập trung vào các chủ đề mới của chương trình:"
            ),
            P("Dạy học lập trình trực quan và lập trình Python ở lớp 8, lớp 9;", "li"),
            P(
                "Tổ chức dạy học chủ đề “Đạo đức, pháp luật và văn hóa trong môi trường số”;",
                "li",
            ),
            P(
                "Xây dựng ma trận, bản đặc tả và đề kiểm tra đánh giá theo định hướng phát triển "
                "năng lực.",
                "li",
            ),
            P(
                "Bên cạnh phần lý thuyết, giáo viên được thực hành thiết kế kế hoạch bài dạy, thảo "
                "luận nhóm và dạy minh họa trên phòng máy. Nhiều ý kiến trao đổi về khó khăn khi "
                "thiết bị ở một số trường chưa đáp ứng yêu cầu thực hành, số máy tính chưa đủ cho "
                "mỗi học sinh một máy."
            ),
            Img(
                "/Uploads/images/2026/12/03/tap-huan-tin-hoc.jpg",
                "Giáo viên thực hành lập trình Python tại lớp tập huấn",
                "Giáo viên thực hành lập trình Python tại lớp tập huấn",
                "em",
            ),
            P(
                "Sau tập huấn, mỗi giáo viên có trách nhiệm chia sẻ lại nội dung với tổ chuyên môn "
                "ở đơn vị, đồng thời nộp sản phẩm là một kế hoạch bài dạy hoàn chỉnh trước ngày "
                "20/12/2026."
            ),
            Raw(
                '<p><img src="/Content/images/icon-pdf.gif" alt="" /> File đính kèm: '
                '<a href="/Uploads/files/2026/12/KH-2087-SGDDT-tap-huan-tin-hoc.pdf" '
                'target="_blank">KH 2087-SGDĐT tập huấn Tin học THCS.pdf</a></p>'
            ),
            _right("ThS. Dương Quốc Việt (Phòng Giáo dục Trung học)"),
        ],
        opts={"dt": "03/12/2026 2:30:00 CH"},
    ),
    Story(
        id=2860,
        slug="chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van-theo-huong-phat-trien-nang-luc-tai-truong-thpt-hoang-diep",
        title=(
            "Chuyên đề “Đổi mới phương pháp dạy học môn Ngữ văn theo hướng phát triển năng lực” "
            "tại Trường THPT Hoàng Diệp"
        ),
        cat="Hoạt động chuyên môn",
        published_at="2026-11-30T10:15:00+07:00",
        authors=["Minh Thư"],
        blocks=[
            P(
                "Ngày 28/11, Trường THPT Hoàng Diệp tổ chức chuyên đề cấp cụm “Đổi mới phương pháp "
                "dạy học môn Ngữ văn theo hướng phát triển năng lực” với sự tham dự của đại diện "
                "Phòng Giáo dục Trung học và giáo viên Ngữ văn đến từ 6 trường THPT trong cụm."
            ),
            P(
                "Tiết dạy minh họa bài “Người lái đò sông Đà” (trích) của cô Trương Thị Thu Hà được "
                "thiết kế theo hướng tổ chức các hoạt động đọc hiểu: học sinh làm việc nhóm, sử dụng "
                "phiếu học tập và sơ đồ tư duy để khám phá hình tượng con sông và người lái đò."
            ),
            Img(
                "/Uploads/images/2026/11/28/chuyen-de-ngu-van.jpg",
                "Học sinh lớp 12A3 trình bày sản phẩm nhóm trong tiết dạy minh họa",
                "Học sinh lớp 12A3 trình bày sản phẩm nhóm trong tiết dạy minh họa",
                "em",
            ),
            P(
                "“Điều chúng tôi hướng tới là để học sinh tự đọc, tự khám phá văn bản chứ không "
                "phải nghe giáo viên giảng giải một chiều”, cô Thu Hà chia sẻ.",
                "quote",
            ),
            P(
                "Trong phần thảo luận, các giáo viên đánh giá cao việc thiết kế câu hỏi mở, kết nối "
                "văn bản với trải nghiệm của người học. Một số ý kiến đề nghị cần cân đối thời gian "
                "giữa các hoạt động để học sinh có thêm thời gian trình bày, phản biện."
            ),
            P(
                "Chuyên đề là hoạt động nằm trong kế hoạch sinh hoạt chuyên môn theo cụm trường năm "
                "học 2026-2027 của Sở, nhằm tạo điều kiện để giáo viên chia sẻ kinh nghiệm, nâng cao "
                "chất lượng dạy học."
            ),
            _right("Minh Thư (Trường THPT Hoàng Diệp)"),
        ],
        opts={"dt": "30/11/2026 10:15:00 SA", "upd": "01/12/2026 7:48:03 SA", "nfd": True},
    ),
    Story(
        id=2854,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cach-lam-hieu-qua-cua-cum-truong-ven-bien",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học: cách làm hiệu quả của cụm trường ven biển",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-26T08:40:00+07:00",
        summary=(
            "Không còn những buổi sinh hoạt tổ chuyên môn nặng về hành chính, nhiều trường THCS "
            "vùng ven biển của tỉnh đã chuyển sang sinh hoạt theo nghiên cứu bài học, lấy hoạt "
            "động học của học sinh làm trung tâm."
        ),
        sapo_outside=True,
        source="Báo Giáo dục và Thời đại",
        blocks=[
            P(
                "Theo kế hoạch của cụm, mỗi tháng các trường luân phiên tổ chức ít nhất một buổi sinh "
                "hoạt chuyên môn theo nghiên cứu bài học. Tổ chuyên môn cùng lựa chọn bài dạy, cùng "
                "thiết kế kế hoạch bài học, sau đó một giáo viên dạy minh họa, các thành viên còn lại "
                "dự giờ và quan sát học sinh."
            ),
            P(
                "Điểm khác biệt là người dự giờ không ngồi cuối lớp chấm điểm giáo viên mà đứng gần "
                "các nhóm học sinh, ghi lại biểu hiện, khó khăn của từng em trong quá trình học. Buổi "
                "thảo luận sau đó tập trung trả lời câu hỏi: học sinh đã học như thế nào, em nào chưa "
                "học được và vì sao."
            ),
            P(
                "Thầy Kim Sóc Kha, Tổ trưởng tổ Khoa học tự nhiên Trường THCS Trung Bình, cho biết "
                "sau hai năm thực hiện, giáo viên mạnh dạn hơn khi thử nghiệm phương pháp mới, không "
                "khí lớp học sôi nổi hơn và học sinh yếu được quan tâm nhiều hơn."
            ),
            Img(
                "/Uploads/images/2026/11/25/nghien-cuu-bai-hoc.jpg",
                "Giáo viên quan sát học sinh trong giờ học tại Trường THCS Trung Bình",
                "Giáo viên quan sát học sinh trong giờ học tại Trường THCS Trung Bình",
                "em",
            ),
            P(
                "Tuy vậy, việc duy trì sinh hoạt chuyên môn theo nghiên cứu bài học vẫn còn khó khăn "
                "do số giáo viên một số môn ở mỗi trường ít, phải ghép tổ liên trường. Cụm trường "
                "đang đề xuất tăng cường hình thức sinh hoạt chuyên môn trực tuyến để khắc phục."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Giáo dục và Thời đại</em></p>'),
        ],
        opts={"dt": "26/11/2026 8:40:00 SA", "entities": 2},
    ),
    Story(
        id=2848,
        slug="hoi-nghi-chuyen-de-giao-duc-stem-cap-thcs-nam-hoc-2026-2027",
        title="Hội nghị chuyên đề giáo dục STEM cấp THCS năm học 2026-2027",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-21T13:05:00+07:00",
        summary=(
            "Ngày 20/11, tại Trường THCS Lê Quý Đôn, Sở Giáo dục và Đào tạo tổ chức hội nghị chuyên "
            "đề giáo dục STEM cấp trung học cơ sở với sự tham gia của hơn 120 cán bộ quản lý và "
            "giáo viên."
        ),
        sapo_outside=True,
        authors=["Quốc Bảo"],
        photographers=["Minh Khoa"],
        blocks=[
            P(
                "Tại hội nghị, các đơn vị báo cáo kết quả triển khai giáo dục STEM trong năm học "
                "trước, trình bày các mô hình bài học STEM tiêu biểu và tổ chức cho học sinh trưng "
                "bày sản phẩm."
            ),
            P("Một số sản phẩm STEM được trưng bày", "b"),
            P("Đơn vị | Sản phẩm | Môn học liên quan", "tr"),
            P("THCS Lê Quý Đôn | Hệ thống tưới cây tự động | Khoa học tự nhiên, Tin học", "tr"),
            P("THCS Thuận Hòa | Máy lọc nước mặn mini | Khoa học tự nhiên, Công nghệ", "tr"),
            P("THCS Phú Lợi | Đèn học thông minh | Công nghệ, Toán", "tr"),
            Img(
                "/Uploads/images/2026/11/20/stem-thcs.jpg",
                "Học sinh giới thiệu sản phẩm máy lọc nước mặn mini",
                "Học sinh giới thiệu sản phẩm máy lọc nước mặn mini",
                "em",
            ),
            P(
                "Hội nghị thống nhất mỗi trường THCS xây dựng tối thiểu 4 bài học STEM cho mỗi khối "
                "lớp trong năm học, tăng cường tổ chức hoạt động trải nghiệm STEM và phấn đấu tham "
                "gia Cuộc thi khoa học, kỹ thuật cấp tỉnh với nhiều sản phẩm gắn với thực tiễn địa "
                "phương như chống hạn, xâm nhập mặn."
            ),
            _right("Tin: Quốc Bảo - Ảnh: Minh Khoa"),
        ],
        opts={"dt": "21/11/2026 1:05:00 CH"},
    ),
    Story(
        id=2836,
        slug="boi-duong-giao-vien-cot-can-ve-danh-gia-hoc-sinh-tieu-hoc-theo-thong-tu-27",
        title="Bồi dưỡng giáo viên cốt cán về đánh giá học sinh tiểu học theo Thông tư 27",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-05T15:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 3 đến 5/11, Sở Giáo dục và Đào tạo tổ chức bồi dưỡng cho 96 giáo viên cốt "
                "cán cấp tiểu học về đánh giá học sinh theo Thông tư số 27/2020/TT-BGDĐT.[1]"
            ),
            P(
                "Nội dung bồi dưỡng gồm: cách thức đánh giá thường xuyên bằng nhận xét, sử dụng bảng "
                "tổng hợp kết quả đánh giá; xây dựng đề kiểm tra định kỳ theo ba mức; ghi học bạ điện "
                "tử và sử dụng kết quả đánh giá để điều chỉnh hoạt động dạy học."
            ),
            P(
                "Các học viên được chia nhóm theo khối lớp, thực hành viết nhận xét cho các sản phẩm "
                "học tập thực tế, phân tích những lỗi thường gặp như nhận xét chung chung, trùng lặp "
                "hoặc chưa chỉ ra được hướng khắc phục cho học sinh."
            ),
            Img(
                "/Uploads/images/2026/11/05/boi-duong-tt27.jpg",
                "Giáo viên cốt cán thảo luận nhóm về cách viết nhận xét học sinh",
                "Giáo viên cốt cán thảo luận nhóm về cách viết nhận xét học sinh",
                "em",
            ),
            P(
                "Sau đợt bồi dưỡng, giáo viên cốt cán sẽ hỗ trợ đồng nghiệp tại trường thông qua "
                "sinh hoạt chuyên môn và hệ thống bồi dưỡng trực tuyến của ngành."
            ),
            P("Chú thích", "b"),
            P(
                "[1] Thông tư số 27/2020/TT-BGDĐT ngày 04/9/2020 của Bộ trưởng Bộ Giáo dục và Đào "
                "tạo ban hành Quy định đánh giá học sinh tiểu học.",
                "small",
            ),
            _right("BBT"),
        ],
        opts={"dt": "05/11/2026 3:00:00 CH"},
    ),
    # ---------------------------------------------------------------- Thông báo (7)
    Story(
        id=2864,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
        cat="Thông báo",
        published_at="2026-11-30",
        authors=["Lâm Văn Khánh"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
                "<tbody><tr>"
                '<td style="text-align:center;width:40%">UBND TỈNH SÓC TRĂNG<br />'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 2154/TB-SGDĐT</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
                "Độc lập - Tự do - Hạnh phúc</strong><br />"
                "<em>Sóc Trăng, ngày 30 tháng 11 năm 2026</em></td>"
                "</tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Tuyển dụng viên chức giáo dục năm 2026</strong></p>"
            ),
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển "
                "dụng, sử dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 của "
                "Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 115/2020/NĐ-CP;"
            ),
            P(
                "Căn cứ Kế hoạch số 412/KH-SGDĐT ngày 15/11/2026 của Sở Giáo dục và Đào tạo về tuyển "
                "dụng viên chức giáo dục năm 2026,"
            ),
            P("Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức giáo dục năm 2026 như sau:"),
            P("1. Chỉ tiêu tuyển dụng", "b"),
            P(
                "Tổng chỉ tiêu: 146 người, trong đó: giáo viên THPT 58 chỉ tiêu; giáo viên dạy tiếng "
                "Khmer 24 chỉ tiêu; giáo viên Tin học 20 chỉ tiêu; giáo viên Tiếng Anh 31 chỉ tiêu; "
                "nhân viên thư viện, thiết bị 13 chỉ tiêu."
            ),
            P("2. Thời gian, địa điểm nhận phiếu đăng ký dự tuyển", "b"),
            P(
                "Thời gian nhận phiếu từ ngày 01/12/2026 đến hết ngày 30/12/2026 (trong giờ hành "
                "chính). Địa điểm: Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo."
            ),
            P(
                "Chi tiết chỉ tiêu, tiêu chuẩn, điều kiện đăng ký dự tuyển được đăng tải tại mục Văn "
                "bản trên Cổng thông tin điện tử của Sở."
            ),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />'
                "- Như trên;<br />- Website Sở;<br />- Lưu: VT, TCCB.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br />'
                "PHÓ GIÁM ĐỐC</strong><br /><em>(Đã ký)</em><br /><br />"
                "<strong>Lâm Văn Khánh</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        opts={"dt": "02/12/2026 9:30:00 SA"},
    ),
    Story(
        id=2858,
        slug="lich-nghi-tet-duong-lich-va-tet-nguyen-dan-dinh-mui-nam-2027-cua-hoc-sinh",
        title="Lịch nghỉ Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm 2027 của học sinh",
        cat="Thông báo",
        published_at="2026-11-27T16:10:00+07:00",
        authors=["Văn phòng Sở"],
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch nghỉ Tết Dương lịch và Tết Nguyên đán Đinh "
                "Mùi năm 2027 đối với học sinh các cấp học trên địa bàn tỉnh như sau:"
            ),
            P("📌 Tết Dương lịch: học sinh nghỉ 01 ngày, thứ Sáu ngày 01/01/2027."),
            P(
                "Tết Nguyên đán: học sinh nghỉ từ thứ Hai ngày 01/02/2027 đến hết Chủ nhật ngày "
                "14/02/2027; học sinh đi học trở lại vào thứ Hai ngày 15/02/2027.",
                "emoji",
            ),
            P(
                "Thủ trưởng các đơn vị có trách nhiệm thông báo đến cha mẹ học sinh; bố trí lực lượng "
                "trực, bảo vệ tài sản, phòng chống cháy nổ trong thời gian nghỉ Tết; nhắc nhở học "
                "sinh không đốt pháo, tham gia giao thông an toàn."
            ),
            P(
                "Trường hợp có thay đổi do diễn biến thời tiết hoặc dịch bệnh, Sở sẽ có thông báo "
                "điều chỉnh kịp thời."
            ),
            _right("Văn phòng Sở"),
        ],
        opts={"dt": "27/11/2026 4:10:00 CH"},
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
CAT_ID: dict[str, int] = {name: cid for cid, (_, name) in CATS.items()}


def cat_path(cid: int) -> str:
    slug, _ = CATS[cid]
    return f"/chuyen-muc/{slug}-{cid}"


def art_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-{story.id}.html"


def in_cat(cid: int) -> list[Story]:
    return [s for s in STORIES if CAT_ID[s.cat] == cid]


def page_items(cid: int, page: int) -> list[Story]:
    items = in_cat(cid)
    return items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]


def n_pages(cid: int) -> int:
    return max(1, -(-len(in_cat(cid)) // PAGE_SIZE))


def list_date(story: Story) -> str:
    return story.opts["dt"][:10]


def teaser(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "..."


def thumb(story: Story) -> str:
    imgs = story.images
    return f"/Uploads/thumbs/{story.id}_{'anh' if imgs else 'noimage'}.jpg"


# --- rendering of the text ---------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _img(story: Story, img: Img) -> str:
    alt = esc(story.title)
    if img.style == "lazy":
        tag = (
            f'<img class="lazy" src="/Content/images/grey.gif" data-original="{img.src}" '
            f'alt="{alt}" style="width:600px;height:400px" />'
        )
    else:
        tag = f'<img alt="{alt}" src="{img.src}" style="width:600px;height:400px" />'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-hinh" '
            'style="width:600px"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align:center"><em>{_t(story, img.printed or "")}</em></td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{_t(story, img.printed)}</em></p>'
    return out


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(story, b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    row = "".join(f"<td><strong>{_t(story, c)}</strong></td>" for c in cells)
                else:
                    row = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                rows.append(f"<tr>{row}</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" class="table table-bordered" '
                'style="width:100%"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "brnext":
            nxt = blocks[i + 1]
            out.append(
                f'<p style="text-align: justify;">{_t(story, b.text)}<br />\n'
                f"{_t(story, nxt.text)}</p>"
            )
            i += 2
            continue
        elif b.style in ("b", "lead"):
            out.append(f'<p style="text-align: justify;"><strong>{_t(story, b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{_t(story, b.text)}</em></p></blockquote>")
        elif b.style == "small":
            out.append(f'<p><span style="font-size:12px">{_t(story, b.text)}</span></p>')
        elif b.style == "emoji":
            out.append(
                '<p style="text-align: justify;"><img alt="👉" src="/Content/images/emoji/1f449.png" '
                f'style="height:16px;width:16px" /> {_t(story, b.text)}</p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- chrome ---------------------------------------------------------------------------------------

_BUNDLE_V = "FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"
_CSS_V = "Bz3Kfq3rDdqkQxM5Y0BtGdXyYbjD7Lx0n9bG1vQm2aU1"


def _token(seed: str) -> str:
    return opaque("csrf" + seed, 72).replace("+", "-").replace("/", "_").rstrip("=")


def _menu() -> str:
    return f"""
<nav class="navbar navbar-default menu-chinh" id="mnuTop"><div class="container">
<ul class="nav navbar-nav">
 <li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
 <li class="dropdown"><a href="javascript:;" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
  <ul class="dropdown-menu">
   <li><a href="/gioi-thieu/gioi-thieu-chung-1">Giới thiệu chung</a></li>
   <li><a href="/lien-he">Liên hệ</a></li>
  </ul></li>
 <li class="dropdown"><a href="javascript:;" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
  <ul class="dropdown-menu">
   <li><a href="{cat_path(2)}">Tin tức - Sự kiện</a></li>
   <li><a href="{cat_path(5)}">Hoạt động chuyên môn</a></li>
  </ul></li>
 <li><a href="{cat_path(7)}">Thông báo</a></li>
 <li><a href="/van-ban">Văn bản</a></li>
 <li class="dropdown"><a href="javascript:;" class="dropdown-toggle" data-toggle="dropdown">Thư viện <b class="caret"></b></a>
  <ul class="dropdown-menu">
   <li><a href="/thu-vien-anh">Thư viện ảnh</a></li>
   <li><a href="/video">Video</a></li>
  </ul></li>
 <li><a href="https://csdl.moet.gov.vn" target="_blank">CSDL ngành</a></li>
</ul></div></nav>"""


def _marquee() -> str:
    links = " &nbsp;|&nbsp; ".join(
        f'<a href="/News/Detail/{s.id}">{esc(s.title)}</a>' for s in in_cat(7)
    )
    return (
        '<div class="tb-chay"><span class="tb-chay-lbl">THÔNG BÁO:</span>'
        f'<marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" '
        f'onmouseout="this.start()">{links}</marquee></div>'
    )


def _sidebar() -> str:
    docnhieu = [2863, 2857, 2860, 2848, 2858]
    items = "".join(
        f'<li><a href="/News/Detail/{i}">{esc(BY_ID[i].title)}</a> '
        f'<span class="sl-xem">({BY_ID[i].views()})</span></li>'
        for i in docnhieu
    )
    return f"""
<div class="col-md-4 cot-phai">
 <div class="khoi-ben"><div class="khoi-ben-td">ĐỌC NHIỀU</div><ul class="ds-docnhieu">{items}</ul></div>
 <div class="khoi-ben"><div class="khoi-ben-td">BÌNH CHỌN</div>
  <form action="/BinhChon/BieuQuyet" method="post" id="frmBinhChon">
   <input name="__RequestVerificationToken" type="hidden" value="{_token("poll")}" />
   <input type="hidden" name="IdCauHoi" value="3" />
   <p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
   <label><input type="radio" name="IdTraLoi" value="7" /> Rất hài lòng</label><br />
   <label><input type="radio" name="IdTraLoi" value="8" /> Hài lòng</label><br />
   <label><input type="radio" name="IdTraLoi" value="9" /> Chưa hài lòng</label><br />
   <button type="submit" class="btn btn-xs btn-primary">Bình chọn</button>
  </form></div>
 <div class="khoi-ben"><div class="khoi-ben-td">LIÊN KẾT WEBSITE</div>
  <select class="form-control" onchange="if(this.value!='')window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://www.soctrang.gov.vn">Cổng TTĐT tỉnh Sóc Trăng</option>
   <option value="https://baosoctrang.org.vn">Báo Sóc Trăng</option>
  </select>
  <a href="https://dichvucong.gov.vn" target="_blank"><img src="/Content/images/banner-dvc.jpg" alt="Dịch vụ công" class="img-responsive" /></a>
 </div>
 <div class="khoi-ben"><div class="khoi-ben-td">THỐNG KÊ TRUY CẬP</div>
  <ul class="thongke"><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.284</b></li>
  <li>Tổng truy cập: <b>4.812.337</b></li></ul></div>
</div>"""


def layout(request: Request, title: str, main: str, *, canonical: str | None = None,
           description: str = "", scripts: str = "") -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    desc = esc(description or "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Sóc Trăng")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} - Sở GD&amp;ĐT Sóc Trăng</title>
<meta name="description" content="{desc}" />
{canon}
<link href="/Content/css?v={_CSS_V}" rel="stylesheet"/>
<link rel="shortcut icon" href="/favicon.ico" />
<script src="/bundles/modernizr?v=inCVuEFe6J4Q07A0AcRsbJic_UE5MwpRMNGcOtk94TE1"></script>
</head>
<body>
<div id="top-bar"><div class="container"><span class="ngay-hom-nay">{TODAY_LINE}</span>
 <form action="/tim-kiem" method="get" class="frm-timkiem pull-right">
  <input type="text" name="tukhoa" placeholder="Nhập từ khóa..." />
  <button type="submit"><i class="fa fa-search"></i></button></form></div></div>
<header id="header"><div class="container">
 <a href="/"><img src="/Content/images/logo-sgddt.png" alt="Sở Giáo dục và Đào tạo tỉnh Sóc Trăng" /></a>
 <div class="ten-don-vi"><span>UBND TỈNH SÓC TRĂNG</span><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div>
</div></header>
{_menu()}
<div class="container">{_marquee()}</div>
<div class="container body-content">
<div class="row">
{main}
{_sidebar()}
</div>
</div>
<footer id="footer"><div class="container">
 <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÓC TRĂNG</strong></p>
 <p>Địa chỉ: Số 18 Lý Thường Kiệt, Phường 1, thành phố Sóc Trăng, tỉnh Sóc Trăng</p>
 <p>Điện thoại: 0299.3822.451 - Fax: 0299.3820.463 - Email: sgddt@soctrang.edu.vn</p>
 <p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
 <p class="copyright">© 2016 - 2026 Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Sóc Trăng. Thiết kế bởi Công ty TNHH Phần mềm Mê Kông.</p>
</div></footer>
<script src="/bundles/jquery?v={_BUNDLE_V}"></script>
<script src="/bundles/bootstrap?v=2Fz3B0iizV2NnnamQFrx-NbYJNTFeBJ2GM05SilbtQU1"></script>
<script src="/Scripts/jquery.unobtrusive-ajax.min.js"></script>
<script src="/Scripts/jquery.lazyload.min.js"></script>
<script>$(function () {{ $("img.lazy").lazyload({{ effect: "fadeIn" }}); }});</script>
{scripts}
<!-- Visual Studio Browser Link -->
<script type="application/json" id="__browserLink_initializationData">
    {{"appName":"Chrome","requestId":"{opaque(title, 12)[:16]}"}}
</script>
<script type="text/javascript" src="http://localhost:53762/6f1b0c2e7d4a4d0f/browserLink" async="async"></script>
<!-- End Browser Link -->
</body>
</html>"""


_HEADERS = {
    "Server": "Microsoft-IIS/8.5",
    "X-AspNetMvc-Version": "5.2",
    "X-AspNet-Version": "4.0.30319",
    "X-Powered-By": "ASP.NET",
    "Cache-Control": "private",
    "Set-Cookie": "ASP.NET_SessionId=kq1v2m4y0dx3qz5bhnoxw2ja; path=/; HttpOnly",
}


def page(body: str, status: int = 200) -> Response:
    return html(body, status=status, headers=dict(_HEADERS))


def _breadcrumb(*crumbs: tuple[str, str | None]) -> str:
    parts = ['<li><a href="/">Trang chủ</a></li>']
    for label, href in crumbs:
        parts.append(
            f'<li><a href="{href}">{esc(label)}</a></li>' if href
            else f'<li class="active">{esc(label)}</li>'
        )
    return '<ol class="breadcrumb">' + "".join(parts) + "</ol>"


# --- listings ----------------------------------------------------------------------------------


def item_html(story: Story) -> str:
    href = art_path(story)
    return (
        '<div class="tin-item clearfix">'
        f'<a class="tin-anh" href="{href}"><img src="{thumb(story)}" alt="{esc(story.title)}" /></a>'
        '<div class="tin-nd">'
        f'<h4 class="tin-td"><a href="{href}" title="{esc(story.title)}">{esc(story.title)}</a></h4>'
        f'<span class="tin-ngay"><i class="fa fa-calendar"></i> {list_date(story)}</span>'
        f'<p class="tin-mota">{esc(teaser(story))}</p>'
        "</div></div>"
    )


def ajax_more_link(cid: int, nxt: int) -> str:
    return (
        f'<div id="xemthem-{cid}-{nxt}" class="xt-wrap text-center">'
        '<a class="btn btn-default btn-xemthem" data-ajax="true" data-ajax-method="GET" '
        f'data-ajax-loading="#imgLoading{cid}" data-ajax-mode="replace-with" '
        f'data-ajax-update="#xemthem-{cid}-{nxt}" '
        f'href="/News/LoadMore?catId={cid}&amp;page={nxt}">Xem thêm <i class="fa fa-angle-double-down"></i></a>'
        f'<img id="imgLoading{cid}" src="/Content/images/ajax-loader.gif" style="display:none" alt="" />'
        "</div>"
    )


def fragment(cid: int, pg: int) -> str:
    items = page_items(cid, pg)
    out = "\n".join(item_html(s) for s in items)
    if items and pg < n_pages(cid):
        out += "\n" + ajax_more_link(cid, pg + 1)
    elif items:
        out += '\n<p class="xt-het"><em>Đã hiển thị toàn bộ tin.</em></p>'
    return out


def category_page(request: Request, cid: int, pg: int) -> Response | None:
    _, name = CATS[cid]
    items = page_items(cid, pg)
    if not items:
        return None
    listing = "\n".join(item_html(s) for s in items)
    more = ""
    scripts = ""
    if cid == 2 and pg < n_pages(cid):
        more = ajax_more_link(cid, pg + 1)
    elif cid == 5:
        pager = ['<li class="PagedList-skipToPrevious">'
                 + (f'<a href="{cat_path(cid)}?page={pg - 1}" rel="prev">«</a>' if pg > 1 else "<a>«</a>")
                 + "</li>"]
        for n in range(1, n_pages(cid) + 1):
            pager.append(
                '<li class="active"><a>' + str(n) + "</a></li>" if n == pg
                else f'<li><a href="{cat_path(cid)}?page={n}">{n}</a></li>'
            )
        if pg < n_pages(cid):
            pager.append(
                f'<li class="PagedList-skipToNext"><a href="{cat_path(cid)}?page={pg + 1}" rel="next">»</a></li>'
            )
        more = (
            '<div class="pagination-container" style="display:none"><ul class="pagination">'
            + "".join(pager) + "</ul></div>"
        )
        if pg < n_pages(cid):
            more += (
                f'<div class="text-center"><button type="button" id="btnXemThem" class="btn btn-default btn-xemthem" '
                f'data-trang="{pg}">Xem thêm <i class="fa fa-angle-double-down"></i></button></div>'
            )
            scripts = f"""<script>
$(function () {{
    var trang = {pg};
    $('#btnXemThem').click(function () {{
        trang++;
        $.getJSON('/News/LoadMoreJson', {{ catId: {cid}, page: trang }}, function (d) {{
            $('#lstTinCM').append(d.Html);
            if (!d.ConTin) $('#btnXemThem').remove();
        }});
    }});
}});
</script>"""
    main = f"""
<div class="col-md-8 cot-trai">
{_breadcrumb((name, None))}
<h1 class="tieude-cm">{esc(name)}</h1>
<div class="ds-tin" id="lstTinCM">
{listing}
</div>
{more}
</div>"""
    return page(layout(request, name, main, canonical=cat_path(cid) + (f"?page={pg}" if pg > 1 else ""),
                       scripts=scripts))


def js_serialize(value: object) -> str:
    """JSON the way JavaScriptSerializer writes it: <, >, &, ' as \\u escapes."""
    out = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for ch, rep in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        out = out.replace(ch, rep)
    return out


# --- article pages -------------------------------------------------------------------------------


def _meta_bar(story: Story) -> str:
    parts = []
    if story.opts.get("upd"):
        parts.append(f'<span class="ngay-cap-nhat">Cập nhật: {story.opts["upd"]}</span>')
    parts.append(
        f'<span class="ngay-dang"><i class="fa fa-clock-o"></i> Ngày đăng: {story.opts["dt"]}</span>'
    )
    views = f"{story.views():,}".replace(",", ".")
    parts.append(f'<span class="luot-xem"><i class="fa fa-eye"></i> Lượt xem: {views}</span>')
    parts.append('<span class="nguoi-dang"><i class="fa fa-user"></i> Người đăng: sgdst_bientap</span>')
    if story.opts.get("tacgia"):
        parts.append(f'<span class="tac-gia">Tác giả: {esc(story.opts["tacgia"])}</span>')
    return '<div class="tt-tin">' + " | ".join(parts) + "</div>"


def _tools(story: Story, request: Request) -> str:
    url = quote(base_url(request) + art_path(story), safe="")
    return f"""<div class="cong-cu clearfix">
 <span class="co-chu">Cỡ chữ: <a href="javascript:;" onclick="doiCoChu(-1)">A-</a> <a href="javascript:;" onclick="doiCoChu(0)">A</a> <a href="javascript:;" onclick="doiCoChu(1)">A+</a></span>
 <a href="javascript:void(0);" onclick="window.open('/tin-tuc/in/{story.id}','_blank','width=820,height=640,scrollbars=yes')"><i class="fa fa-print"></i> In bài viết</a>
 <a href="mailto:?subject={quote(story.title)}&amp;body={url}"><i class="fa fa-envelope"></i> Gửi email</a>
 <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" class="share-fb">Chia sẻ Facebook</a>
 <a href="https://sp.zalo.me/share_inline?url={url}" target="_blank" class="share-zalo">Zalo</a>
</div>
<div class="nghe-doc">
 <span class="nghe-doc-lbl"><i class="fa fa-headphones"></i> Nghe đọc bài viết:</span>
 <select id="ddlGiong"><option value="nu-nam">Giọng nữ miền Nam</option><option value="nam-bac">Giọng nam miền Bắc</option><option value="nu-bac">Giọng nữ miền Bắc</option></select>
 <audio controls preload="none" src="/Uploads/tts/{story.id}.mp3"></audio>
</div>"""


def article_page(request: Request, story: Story) -> Response:
    cid = CAT_ID[story.cat]
    siblings = in_cat(cid)
    idx = siblings.index(story)
    others = [s for s in siblings if s is not story][:3]
    newer = siblings[idx - 1] if idx > 0 else None
    sapo = (
        f'<div class="tomtat-tin"><strong>{_t(story, story.summary)}</strong></div>'
        if story.summary and story.sapo_outside else ""
    )
    newer_box = ""
    if newer:
        newer_box = (
            '<div class="tin-moi-hon"><span class="lbl">Tin mới hơn:</span> '
            f'<a href="{art_path(newer)}">{esc(newer.title)}</a>'
            f'<p>{esc(teaser(newer))}</p></div>'
        )
    others_html = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span class="ngay">({list_date(s)})</span></li>'
        for s in others
    )
    main = f"""
<div class="col-md-8 cot-trai">
{_breadcrumb((story.cat, cat_path(cid)))}
<h1 class="tieude-cm">{esc(story.cat)}</h1>
<div class="khung-ct" id="divChiTiet">
 <h2 class="td-tin">{esc(story.title)}</h2>
 {_meta_bar(story)}
 {_tools(story, request)}
 {sapo}
 <div class="nd-tin" id="noidung">
{render_blocks(story)}
 </div>
 {newer_box}
 <div class="tin-khac"><h3 class="tin-khac-td">Các tin khác</h3><ul>{others_html}</ul></div>
</div>
</div>"""
    desc = teaser(story)
    return page(layout(request, story.title, main, canonical=art_path(story), description=desc))


def print_page(request: Request, story: Story) -> Response:
    sapo = (
        f'<p class="tomtat"><strong>{_t(story, story.summary)}</strong></p>'
        if story.summary and story.sapo_outside else ""
    )
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" />
<title>{esc(story.title)} - Sở GD&amp;ĐT Sóc Trăng</title>
<link rel="canonical" href="{base_url(request)}{art_path(story)}" />
<link href="/Content/print.css" rel="stylesheet" />
</head>
<body onload="window.print()">
<div class="in-dau"><img src="/Content/images/logo-sgddt.png" alt="" /> SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÓC TRĂNG</div>
<h2 class="td-tin">{esc(story.title)}</h2>
<div class="tt-tin">Ngày đăng: {story.opts["dt"]}</div>
{sapo}
<div class="nd-tin">
{render_blocks(story)}
</div>
<p class="dia-chi-bai"><em>Địa chỉ bài viết: {esc(base_url(request) + art_path(story))}</em></p>
</body></html>"""
    return page(body)


# --- the home page and the pages that are not articles -----------------------------------------


def home(request: Request) -> Response:
    newest = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)[:3]
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{art_path(s)}">'
        f'<img src="{thumb(s)}" alt="{esc(s.title)}" /></a>'
        f'<div class="carousel-caption"><a href="{art_path(s)}">{esc(s.title)}</a></div></div>'
        for n, s in enumerate(newest)
    )
    focus = BY_ID[2863]
    focus_href = f"/tin-tuc/{focus.opts['old_slug']}-{focus.id}.html"
    boxes = []
    for cid, (_, name) in CATS.items():
        lis = "".join(
            f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span class="ngay">{list_date(s)}</span></li>'
            for s in in_cat(cid)[:3]
        )
        boxes.append(
            f'<div class="khoi-cm"><div class="khoi-cm-td"><a href="{cat_path(cid)}">{esc(name)}</a>'
            f'<a class="xem-tat-ca" href="{cat_path(cid)}">Xem tất cả »</a></div><ul>{lis}</ul></div>'
        )
    main = f"""
<div class="col-md-8 cot-trai">
 <div id="slTinNoiBat" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>
 <div class="tieu-diem"><span class="lbl">TIÊU ĐIỂM</span>
  <a href="{focus_href}">Khai mạc kỳ thi học sinh giỏi lớp 12 năm 2026</a>
  <p>{esc(teaser(focus))}</p></div>
 {"".join(boxes)}
</div>"""
    return page(layout(request, "Trang chủ", main, canonical="/"))


def _simple(request: Request, title: str, crumb: str, inner: str, canonical: str) -> Response:
    main = f"""
<div class="col-md-8 cot-trai">
{_breadcrumb((crumb, None))}
<h1 class="tieude-cm">{esc(title)}</h1>
<div class="nd-trang">{inner}</div>
</div>"""
    return page(layout(request, title, main, canonical=canonical))


INTRO = "/gioi-thieu/gioi-thieu-chung-1"
CONTACT = "/lien-he"
DOC = "/van-ban/chi-tiet/1542"
ALBUM = "/thu-vien-anh/album-le-khai-giang-nam-hoc-2026-2027-37"
VIDEO = "/video/chi-tiet/19"


def intro(request: Request) -> Response:
    inner = """
<p><strong>Sở Giáo dục và Đào tạo tỉnh Sóc Trăng</strong> là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo.</p>
<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<h3>Cơ cấu tổ chức</h3>
<ul><li>Ban Giám đốc Sở</li><li>Văn phòng Sở</li><li>Thanh tra Sở</li><li>Phòng Tổ chức cán bộ</li>
<li>Phòng Giáo dục Mầm non</li><li>Phòng Giáo dục Tiểu học</li><li>Phòng Giáo dục Trung học</li>
<li>Phòng Quản lý chất lượng</li><li>Phòng Kế hoạch - Tài chính</li></ul>"""
    return _simple(request, "Giới thiệu chung", "Giới thiệu chung", inner, INTRO)


def contact(request: Request) -> Response:
    if request.method == "POST":
        inner = '<div class="alert alert-success">Cảm ơn bạn đã gửi ý kiến. Chúng tôi sẽ phản hồi sớm.</div>'
        return _simple(request, "Liên hệ", "Liên hệ", inner, CONTACT)
    inner = f"""
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÓC TRĂNG</strong></p>
<p>Địa chỉ: Số 18 Lý Thường Kiệt, Phường 1, thành phố Sóc Trăng</p>
<p>Điện thoại: 0299.3822.451 - Email: sgddt@soctrang.edu.vn</p>
<form action="/lien-he" method="post" class="form-horizontal" id="frmLienHe">
 <input name="__RequestVerificationToken" type="hidden" value="{_token("lienhe")}" />
 <div class="form-group"><label>Họ và tên (*)</label><input class="form-control" name="HoTen" type="text" /></div>
 <div class="form-group"><label>Email (*)</label><input class="form-control" name="Email" type="text" /></div>
 <div class="form-group"><label>Nội dung (*)</label><textarea class="form-control" name="NoiDung" rows="5"></textarea></div>
 <button type="submit" class="btn btn-primary">Gửi liên hệ</button>
</form>"""
    return _simple(request, "Liên hệ", "Liên hệ", inner, CONTACT)


def doc_list(request: Request) -> Response:
    inner = f"""
<table class="table table-bordered tbl-vanban"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
<tbody><tr><td><a href="{DOC}">412/KH-SGDĐT</a></td><td>15/11/2026</td>
<td><a href="{DOC}">Kế hoạch tuyển dụng viên chức giáo dục năm 2026</a></td></tr></tbody></table>"""
    return _simple(request, "Văn bản", "Văn bản", inner, "/van-ban")


def doc_entry(request: Request) -> Response:
    inner = """
<table class="table table-bordered tbl-ctvb"><tbody>
<tr><td>Số/Ký hiệu</td><td>412/KH-SGDĐT</td></tr>
<tr><td>Ngày ban hành</td><td>15/11/2026</td></tr>
<tr><td>Loại văn bản</td><td>Kế hoạch</td></tr>
<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><td>Người ký</td><td>Lâm Văn Khánh</td></tr>
<tr><td>Trích yếu</td><td>Kế hoạch tuyển dụng viên chức giáo dục năm 2026</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/Uploads/files/2026/11/412-KH-SGDDT.pdf">412-KH-SGDDT.pdf</a></td></tr>
</tbody></table>"""
    return _simple(request, "Kế hoạch tuyển dụng viên chức giáo dục năm 2026", "Văn bản", inner, DOC)


def album_list(request: Request) -> Response:
    inner = f"""<div class="ds-album"><div class="album-item"><a href="{ALBUM}">
<img src="/Uploads/album/37/bia.jpg" alt="" /><span>Lễ khai giảng năm học 2026-2027</span></a></div></div>"""
    return _simple(request, "Thư viện ảnh", "Thư viện ảnh", inner, "/thu-vien-anh")


def album(request: Request) -> Response:
    pics = "".join(
        f'<a class="fancybox" rel="album37" href="/Uploads/album/37/anh-{n:02d}.jpg">'
        f'<img src="/Uploads/album/37/anh-{n:02d}_thumb.jpg" alt="" /></a>'
        for n in range(1, 7)
    )
    inner = f'<p class="album-ngay">05/09/2026</p><div class="album-anh">{pics}</div>'
    return _simple(request, "Lễ khai giảng năm học 2026-2027", "Thư viện ảnh", inner, ALBUM)


def video_list(request: Request) -> Response:
    inner = f"""<div class="ds-video"><div class="video-item"><a href="{VIDEO}">
<img src="/Uploads/video/19.jpg" alt="" /><span>Phóng sự: Ngành giáo dục Sóc Trăng chào mừng 20/11</span></a></div></div>"""
    return _simple(request, "Video", "Video", inner, "/video")


def video(request: Request) -> Response:
    inner = """<div class="embed-responsive embed-responsive-16by9">
<iframe class="embed-responsive-item" src="https://www.youtube.com/embed/x7Kc3dQ2m0A" allowfullscreen></iframe></div>
<p class="video-ngay">18/11/2026</p>"""
    return _simple(request, "Phóng sự: Ngành giáo dục Sóc Trăng chào mừng 20/11", "Video", inner, VIDEO)


def search(request: Request) -> Response:
    kw = collapse(request.params.get("tukhoa", "")).lower()
    if not kw:
        inner = '<p class="text-warning">Vui lòng nhập từ khóa cần tìm.</p>'
    else:
        hits = [s for s in STORIES if kw in s.title.lower()]
        inner = f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa “{esc(kw)}”.</p>" + "".join(
            item_html(s) for s in hits
        )
    main = f"""
<div class="col-md-8 cot-trai">
{_breadcrumb(("Tìm kiếm", None))}
<h1 class="tieude-cm">Kết quả tìm kiếm</h1>
<div class="ds-tin">{inner}</div>
</div>"""
    return page(layout(request, "Tìm kiếm", main))


def poll(request: Request) -> Response:
    inner = """<p>Cảm ơn bạn đã tham gia bình chọn!</p>
<ul class="kq-binhchon"><li>Rất hài lòng: 62%</li><li>Hài lòng: 31%</li><li>Chưa hài lòng: 7%</li></ul>"""
    main = f"""
<div class="col-md-8 cot-trai">
{_breadcrumb(("Kết quả bình chọn", None))}
<h1 class="tieude-cm">Kết quả bình chọn</h1>
<div class="nd-trang">{inner}</div>
</div>"""
    return page(layout(request, "Kết quả bình chọn", main))


# --- routing ---------------------------------------------------------------------------------------


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/" or path.lower() in ("/home", "/home/index"):
            return home(request)
        if path.startswith("/chuyen-muc/"):
            rest = path[len("/chuyen-muc/"):]
            slug, _, cid_s = rest.rpartition("-")
            cid = _int(cid_s)
            if cid not in CATS or CATS[cid][0] != slug:
                return None
            pg = _int(params.get("page", "1")) or 0
            if pg < 1:
                return None
            return category_page(request, cid, pg)
        low = path.lower()
        if low in ("/news/loadmore", "/news/loadmorejson"):
            cid = _int(params.get("catId"))
            pg = _int(params.get("page"))
            if cid not in CATS or not pg:
                return None
            frag = fragment(cid, pg)
            if low == "/news/loadmore":
                return html(frag, headers=dict(_HEADERS))
            data = js_serialize({
                "Html": "\n".join(item_html(s) for s in page_items(cid, pg)),
                "ConTin": pg < n_pages(cid),
                "Trang": pg,
                "TongSo": len(in_cat(cid)),
            })
            return Response(200, data, {**_HEADERS, "Content-Type": "application/json; charset=utf-8"})
        if low.startswith("/news/detail/"):
            story = BY_ID.get(_int(path.rsplit("/", 1)[1]) or -1)
            return article_page(request, story) if story else None
        if low.startswith("/tin-tuc/in/"):
            story = BY_ID.get(_int(path.rsplit("/", 1)[1]) or -1)
            return print_page(request, story) if story else None
        if path.startswith("/tin-tuc/") and path.endswith(".html"):
            stem = path[len("/tin-tuc/"):-len(".html")]
            _, _, sid = stem.rpartition("-")
            story = BY_ID.get(_int(sid) or -1)
            return article_page(request, story) if story else None
        simple = {
            INTRO: intro,
            CONTACT: contact,
            "/van-ban": doc_list,
            DOC: doc_entry,
            "/thu-vien-anh": album_list,
            ALBUM: album,
            "/video": video_list,
            VIDEO: video,
            "/tim-kiem": search,
        }
        if path in simple:
            return simple[path](request)
        if path == "/BinhChon/BieuQuyet" and request.method == "POST":
            return poll(request)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /Admin/\nDisallow: /Account/\n",
                            {"Content-Type": "text/plain"})
        if path.startswith("/bundles/"):
            return Response(200, b"/* bundle */", {"Content-Type": "application/javascript"})
        if path == "/Content/css":
            return Response(200, b"body{font-family:Arial}", {"Content-Type": "text/css"})
        if path.endswith(".mp3") and path.startswith("/Uploads/tts/"):
            return Response(200, b"ID3\x03\x00\x00\x00\x00\x00\x00", {"Content-Type": "audio/mpeg"})
        if path.endswith(".pdf") and path.startswith("/Uploads/files/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/Uploads/", "/Content/", "/Scripts/")) or path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [f"/News/Detail/{story.id}", f"/tin-tuc/in/{story.id}"]
    if story.opts.get("old_slug"):
        alts.insert(0, f"/tin-tuc/{story.opts['old_slug']}-{story.id}.html")
    return gold_record(story, art_path(story), story.cat, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [INTRO, CONTACT, DOC, ALBUM, VIDEO]

#: the articles linked only from page 2 of their listing
PAGE2_ONLY = [2846, 2839, 2836]
