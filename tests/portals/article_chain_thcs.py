"""Trường THCS Võ Thị Sáu (Bà Rịa - Vũng Tàu) on a hand-made PHP blog: older posts are reached
only by walking from post to post.

Platform
--------
A small PHP + MySQL blog written by a teacher of the school around 2014 and never replaced: one
``bai.php`` behind an Apache rewrite (``/bai/<id>-<slug>.html``), a ``chuyenmuc.php`` and a
``luutru.php``; posts are typed in CKEditor 4 (``<p style="text-align:…">``, ``<figure
class="image">`` from the image2 plugin on the newer posts, ``<p align="center">`` on the older
ones). There is no pager anywhere: the author never wrote one. Instead every post ends with a
"previous / next post" pair and a "Cùng chuyên mục" box, and the sidebar has a month archive
select box.

Page templates::

    <div id="top"> banner, "Thứ Sáu, 04/12/2026" (the header clock: today, never a post date) </div>
    <ul id="menu"> Trang chủ | Giới thiệu | Tin tức - Sự kiện | Hoạt động chuyên môn | Liên hệ </ul>
    <div id="main">
      <div class="duongdan"> Trang chủ » <a href="/chuyen-muc/<key>.html">Chuyên mục</a> </div>
      <div class="baiviet">
        <h1 class="tieude">…</h1>
        <div class="ngaydang">Đăng ngày 14/11/2026 | Lượt xem: 245</div>
        [<div class="tomtat"><b>sapo</b></div>]
        <div class="noidung"> CKEditor HTML, the byline at the end </div>
        <div class="congcu"> In bài (javascript:window.print()) | Gửi email (mailto:) | Facebook </div>
        <div class="dieuhuong">
          <div class="baitruoc">« Bài trước: <a href="/bai/…">title</a></div>
          <div class="baisau">Bài sau: <a href="/bai/…">title</a> »</div>
        </div>
        <div class="cungchuyenmuc"><h3>Cùng chuyên mục</h3> 3 links, each "(dd/mm/yyyy)" </div>
      </div>
    </div>
    <div id="sidebar"> Lưu trữ theo tháng (select), Xem nhiều nhất, Liên kết website (select),
      Bình chọn (form), Thống kê truy cập </div>
    <div id="footer"> school address, phone, e-mail, "Thiết kế: Tổ Tin học" </div>

URL scheme
----------
- ``/`` home: the 4 newest posts of the whole site (thumbnail, title, date, excerpt, "Xem tiếp
  »"); no pager. A "Tin mới" ticker links the same 4 posts by their old form ``/bai.php?id=N``,
  which answers 301 to ``/bai/<id>-<slug>.html``.
- ``/chuyen-muc/tin-tuc-su-kien.html`` and ``/chuyen-muc/hoat-dong-chuyen-mon.html``: the 4
  newest posts of the category; no pager.
- ``/bai/<id>-<slug>.html``: a post. Ids are the table's auto-increment, with gaps (deleted
  posts). A known id with a wrong slug answers 301 to the right slug.
- ``/luu-tru/2026-09.html``, ``/luu-tru/2026-10.html``, ``/luu-tru/2026-11.html``: the month
  archive (every post of the month, titles and excerpts), linked ONLY from the sidebar's
  ``<select onchange="location=this.value">`` options; other months answer 404.
- ``/gioi-thieu.html``, ``/lien-he.html``: static pages (same frame, no date, no navigation pair).
- ``/binh-chon.php``: the poll's action (GET or POST): a page of poll results.
- Uploads: ``/upload/2026/<mm>/<file>.jpg``; theme files under ``/giaodien/``.
- No robots.txt, no sitemap, no RSS.

How each gold article is reached
--------------------------------
14 posts from 05/09 to 28/11/2026, 8 in "Tin tức - Sự kiện", 6 in "Hoạt động chuyên môn". The home
page lists the 4 newest (ids 160, 159, 157, 156), each category page its 4 newest: 8 posts in all
are on a listing (ids 150 to 160). The 6 older posts (ids 141 to 148, September and early October)
are on no listing reached by a link: they are reached only by "« Bài trước" from post to post
(the previous post of the whole site by date), by the "Cùng chuyên mục" box (the 3 posts just
before in the same category), or by the month archive pages that only the select box names.
The oldest post (141) is 13 steps of "Bài trước" from the newest, 10 from the last post the home
page lists; "Bài sau" walks back up. The newest post has no "Bài sau", the oldest no "Bài trước".

Traps
-----
- No pager: a crawler that only reads listings finds 8 of 14 posts.
- The month archive is reachable only through ``<option value="/luu-tru/…">`` of a select with
  ``onchange="location=this.value"``; archive pages list posts but are not articles.
- Each post page prints the titles of two other posts ("« Bài trước: …", "Bài sau: … »") and
  three more with dates in the "Cùng chuyên mục" box: none of them is the post's title or date.
- The header clock "Thứ Sáu, 04/12/2026" is today, never a publication date.
- ``/bai.php?id=N`` ticker links are 301 redirects to the same posts (not duplicates).
- Static pages and the poll result page use the same frame, without a date line.

Gold decisions
--------------
- title: the ``h1.tieude`` (the ``<title>`` appends " - Trường THCS Võ Thị Sáu").
- published_at: "Đăng ngày dd/mm/yyyy" -> "yyyy-mm-dd" (the page prints no time).
- authors / photographers: the byline at the end of the text: a bare right-aligned name is the
  author; "Tin, ảnh: X" gives X as author and photographer; "Tin: X - Ảnh: Y" splits them; a
  degree (ThS.) or a post after the name ("- GV Ngữ văn") is not part of the name; a unit ("Tổ
  Văn phòng", "Liên đội") is credited as printed; "Ban biên tập" credits nobody.
- source: "Nguồn: Báo Bà Rịa - Vũng Tàu" -> "Báo Bà Rịa - Vũng Tàu"; otherwise null.
- summary: the ``div.tomtat`` bold intro, or a bold first paragraph of the text; also the first
  body paragraph.
- body: the ``div.noidung`` text: headings, list items, table rows (cells joined by " | "),
  each ``<br>`` line; not the captions, the byline, the source line.
- images: the photos in the text in order; the caption is the line under the photo (figcaption,
  a centred italic line or a centred plain line); photos without such a line have none.
  Home thumbnails, the banner, the logo and the counter icons are not article images.
- category: the breadcrumb's last link (the category's display name).
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file

NAME = "article_chain_thcs"
PLATFORM = "Hand-made PHP/MySQL blog (Apache rewrite, CKEditor 4), no pager, prev/next post chain"
START_PATH = "/"

SITE_TITLE = "Trường THCS Võ Thị Sáu"
TODAY_VN = "Thứ Sáu, 04/12/2026"
HOME_COUNT = 4
RELATED_COUNT = 3
ARCHIVE_MONTHS = ["2026-11", "2026-10", "2026-09"]

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
}

TT = "tin-tuc-su-kien"
CM = "hoat-dong-chuyen-mon"


def up(month: str, name: str) -> str:
    return f"/upload/2026/{month}/{name}"


def right(name: str) -> Raw:
    """A bare name, right-aligned at the end of the post (CKEditor's text-align)."""
    return Raw(f'<p style="text-align: right;"><strong>{esc(name)}</strong></p>')


# --- the posts, oldest first (ids = the table's auto-increment, with gaps) ----------------------
#
# P styles: "" plain <p>, "h3" heading, "li" bullet item, "oli" numbered item, "th"/"td" table rows
# (cells joined by " | "), "bold" a bold first paragraph (the sapo), "br" a line joined to the
# next P by <br>, "quote" a blockquote. Img styles: "em" (centred italic line under the photo),
# "fig" (CKEditor image2 figure/figcaption), "plain" (a centred plain line), "none" (no line).

STORIES: list[Story] = [
    Story(
        141,
        "le-khai-giang-nam-hoc-2026-2027",
        "Trường THCS Võ Thị Sáu long trọng tổ chức Lễ khai giảng năm học 2026 - 2027",
        TT,
        "2026-09-05",
        [
            P(
                "Sáng ngày 05/9/2026, trong không khí phấn khởi của cả nước bước vào năm học mới, "
                "Trường THCS Võ Thị Sáu long trọng tổ chức Lễ khai giảng năm học 2026 - 2027. Đến "
                "dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo, Đảng ủy, UBND phường, "
                "Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và hơn "
                "1.200 học sinh của nhà trường."
            ),
            P(
                "Mở đầu chương trình là tiết mục văn nghệ chào mừng do đội văn nghệ của Liên đội "
                "biểu diễn, sau đó là nghi thức đón 312 em học sinh khối 6 bước vào ngôi trường mới."
            ),
            Img(
                up("09", "khai-giang-01.jpg"),
                "Các em học sinh khối 6 trong nghi thức đón học sinh lớp đầu cấp",
                "Các em học sinh khối 6 trong nghi thức đón học sinh lớp đầu cấp",
                "em",
            ),
            P(
                "Phát biểu khai giảng, cô Hiệu trưởng Nguyễn Thị Thanh Hương điểm lại những thành "
                "tích nổi bật của năm học 2025 - 2026: tỷ lệ học sinh lên lớp đạt 99,2%, 100% học "
                "sinh lớp 9 được công nhận tốt nghiệp THCS, 27 em đạt giải trong kỳ thi học sinh giỏi "
                "cấp thành phố và 6 em đạt giải cấp tỉnh."
            ),
            P(
                "Năm học 2026 - 2027, nhà trường tiếp tục thực hiện Chương trình giáo dục phổ thông "
                "2018 ở tất cả các khối lớp, đẩy mạnh chuyển đổi số trong dạy học và quản lý, xây "
                "dựng trường học an toàn, thân thiện, tiếp tục giữ vững danh hiệu trường đạt chuẩn "
                "quốc gia mức độ 1."
            ),
            P("Thừa ủy quyền của Chủ tịch nước, cô Hiệu trưởng đánh trống khai trường:"),
            P(
                "“Tiếng trống hôm nay là lời hiệu triệu mỗi thầy cô giáo, mỗi em học sinh hãy "
                "cùng nhau viết tiếp những trang vàng truyền thống của trường mang tên người nữ anh "
                "hùng Võ Thị Sáu.”",
                "quote",
            ),
            Img(up("09", "khai-giang-02.jpg"), None, None, "none"),
            P(
                "Dịp này, Hội Khuyến học phường đã trao 20 suất học bổng, mỗi suất 1.000.000 đồng, "
                "cho các em học sinh vượt khó học tốt. Buổi lễ kết thúc trong không khí vui tươi, "
                "phấn khởi."
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Trần Minh Quân</em></p>'),
        ],
        authors=["Trần Minh Quân"],
        photographers=["Trần Minh Quân"],
    ),
    Story(
        142,
        "to-khtn-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
        "Tổ Khoa học tự nhiên sinh hoạt chuyên môn theo nghiên cứu bài học",
        CM,
        "2026-09-12",
        [
            P(
                "Chiều ngày 11/9/2026, Tổ Khoa học tự nhiên tổ chức buổi sinh hoạt chuyên môn theo "
                "nghiên cứu bài học đầu tiên của năm học với bài dạy “Tốc độ chuyển động” (Khoa học "
                "tự nhiên 7) do cô Lê Thị Mỹ Duyên thực hiện tại lớp 7A3."
            ),
            P(
                "Tiết dạy được tổ chức theo hướng hoạt động nhóm: học sinh đo quãng đường, thời gian "
                "chuyển động của xe đồ chơi trên máng nghiêng rồi tự rút ra công thức tính tốc độ."
            ),
            Img(
                up("09", "sh-chuyen-mon-khtn.jpg"),
                "Học sinh lớp 7A3 đo thời gian chuyển động của xe trên máng nghiêng",
                "Học sinh lớp 7A3 đo thời gian chuyển động của xe trên máng nghiêng",
                "em",
            ),
            P("Sau tiết dạy, các giáo viên dự giờ cùng thảo luận theo ba nội dung chính:"),
            P("Học sinh học như thế nào, em nào gặp khó khăn và vì sao;", "li"),
            P("Những thay đổi cần có ở khâu giao nhiệm vụ và chia nhóm;", "li"),
            P("Bài học rút ra để vận dụng vào các tiết dạy tiếp theo của tổ.", "li"),
            P(
                "Buổi sinh hoạt diễn ra sôi nổi, cởi mở; các ý kiến tập trung vào hoạt động của học "
                "sinh thay vì nhận xét, xếp loại giờ dạy của giáo viên, đúng tinh thần đổi mới sinh "
                "hoạt chuyên môn mà ngành đang triển khai."
            ),
            right("ThS. Lê Văn Hải"),
        ],
        authors=["Lê Văn Hải"],
    ),
    Story(
        144,
        "dai-hoi-lien-doi-nhiem-ky-2026-2027",
        "Đại hội Liên đội Võ Thị Sáu nhiệm kỳ 2026 - 2027",
        TT,
        "2026-09-19",
        [
            P(
                "Được sự đồng ý của Hội đồng Đội phường và Chi bộ nhà trường, sáng thứ Bảy ngày "
                "19/9/2026, Liên đội Trường THCS Võ Thị Sáu tổ chức thành công Đại hội Liên đội "
                "nhiệm kỳ 2026 - 2027.",
                "bold",
            ),
            P(
                "Tham dự Đại hội có 64 đại biểu là chỉ huy các chi đội, đội viên tiêu biểu cùng "
                "thầy cô giáo chủ nhiệm các lớp. Đại hội đã nghe báo cáo tổng kết công tác Đội và "
                "phong trào thiếu nhi nhiệm kỳ 2025 - 2026, thảo luận phương hướng hoạt động nhiệm "
                "kỳ mới."
            ),
            Img(
                up("09", "dai-hoi-lien-doi.jpg"),
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "plain",
            ),
            P("Chỉ tiêu nhiệm kỳ 2026 - 2027", "h3"),
            P("100% chi đội đăng ký và thực hiện công trình măng non;", "li"),
            P("Liên đội đạt danh hiệu Liên đội vững mạnh xuất sắc;", "li"),
            P("Kết nạp ít nhất 30 đội viên ưu tú vào Đoàn TNCS Hồ Chí Minh.", "li"),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội gồm 11 em, em Phạm Ngọc Bảo Trâm (lớp 9A1) được "
                "tín nhiệm bầu làm Liên đội trưởng."
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Liên đội</em></p>'),
        ],
        authors=["Liên đội"],
        photographers=["Liên đội"],
        summary=(
            "Được sự đồng ý của Hội đồng Đội phường và Chi bộ nhà trường, sáng thứ Bảy ngày "
            "19/9/2026, Liên đội Trường THCS Võ Thị Sáu tổ chức thành công Đại hội Liên đội "
            "nhiệm kỳ 2026 - 2027."
        ),
    ),
    Story(
        145,
        "tuyen-truyen-an-toan-giao-thong-dau-nam-hoc",
        "Tuyên truyền, phổ biến pháp luật về trật tự an toàn giao thông đầu năm học",
        TT,
        "2026-09-26",
        [
            P(
                "Nhằm nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông cho học "
                "sinh, sáng 26/9/2026, nhà trường phối hợp với Đội Cảnh sát giao thông - Công an "
                "thành phố tổ chức buổi tuyên truyền dưới cờ cho toàn thể học sinh."
            ),
            P(
                "Tại buổi tuyên truyền, Thượng úy Nguyễn Hoàng Phúc đã phổ biến các quy định về "
                "đội mũ bảo hiểm khi đi xe đạp điện, xe máy điện; độ tuổi được phép điều khiển xe "
                "gắn máy; những hành vi bị nghiêm cấm như lạng lách, đánh võng, đi hàng ba, hàng "
                "tư trên đường."
            ),
            P(
                "Trong năm học 2025 - 2026, trên địa bàn tỉnh vẫn còn xảy ra nhiều vụ tai nạn giao "
                "thông liên quan đến học sinh, phần lớn do các em điều khiển xe khi chưa đủ tuổi "
                "hoặc không đội mũ bảo hiểm."
            ),
            Img(
                up("09", "atgt-01.jpg"),
                "Cán bộ Cảnh sát giao thông hướng dẫn học sinh cách đội mũ bảo hiểm đúng quy cách",
                "Cán bộ Cảnh sát giao thông hướng dẫn học sinh cách đội mũ bảo hiểm đúng quy cách",
                "em",
            ),
            P(
                "Kết thúc buổi tuyên truyền, 100% học sinh và cha mẹ học sinh đã ký cam kết chấp hành "
                "Luật Trật tự, an toàn giao thông đường bộ; nhà trường trao tặng 50 mũ bảo hiểm "
                "cho học sinh có hoàn cảnh khó khăn."
            ),
            right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
    ),
    Story(
        147,
        "thoi-khoa-bieu-ap-dung-tu-ngay-05-10-2026",
        "Thời khóa biểu buổi chiều áp dụng từ ngày 05/10/2026",
        CM,
        "2026-10-03",
        [
            P(
                "Nhà trường thông báo thời khóa biểu các tiết tăng cường buổi chiều của khối 9 áp "
                "dụng từ ngày 05/10/2026 như sau:"
            ),
            P("Lớp | Thứ Hai | Thứ Tư | Thứ Sáu", "th"),
            P("9A1 | Toán (cô Hạnh) | Ngữ văn (cô Trang) | Tiếng Anh (thầy Khoa)", "td"),
            P("9A2 | Ngữ văn (cô Trang) | Tiếng Anh (thầy Khoa) | Toán (cô Hạnh)", "td"),
            P("9A3 | Tiếng Anh (cô Vy) | Toán (thầy Sơn) | Ngữ văn (cô Nhung)", "td"),
            P("9A4 | Toán (thầy Sơn) | Ngữ văn (cô Nhung) | Tiếng Anh (cô Vy)", "td"),
            P("Ghi chú:", "br"),
            P("Buổi chiều vào học lúc 14 giờ 00, mỗi buổi 2 tiết."),
            P(
                "Giáo viên chủ nhiệm thông báo cho học sinh và cha mẹ học sinh; học sinh nghỉ học "
                "phải có giấy xin phép của cha mẹ."
            ),
            Raw('<p style="text-align: right;"><strong>Ban biên tập</strong></p>'),
        ],
    ),
    Story(
        148,
        "hoi-nghi-vien-chuc-nam-hoc-2026-2027",
        "Hội nghị viên chức, người lao động năm học 2026 - 2027",
        TT,
        "2026-10-10",
        [
            P(
                "Ngày 09/10/2026, Trường THCS Võ Thị Sáu tổ chức Hội nghị viên chức, người lao động "
                "năm học 2026 - 2027 với sự tham dự của 78 cán bộ, giáo viên, nhân viên.",
                "bold",
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026 và phương "
                "hướng, nhiệm vụ năm học 2026 - 2027; báo cáo công khai tài chính; báo cáo hoạt động "
                "của Ban Thanh tra nhân dân và sửa đổi, bổ sung quy chế chi tiêu nội bộ."
            ),
            P(
                "Các ý kiến thảo luận tập trung vào việc phân công chuyên môn hợp lý, bảo đảm định "
                "mức tiết dạy; tăng cường cơ sở vật chất cho phòng học bộ môn; nâng cao chất lượng "
                "bồi dưỡng học sinh giỏi và phụ đạo học sinh yếu."
            ),
            Img(
                up("10", "hoi-nghi-vc.jpg"),
                "Đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
                "Đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
                "fig",
            ),
            P(
                "Hội nghị đã phát động phong trào thi đua năm học mới với chủ đề “Đổi mới, sáng tạo "
                "trong dạy và học”; 100% cán bộ, giáo viên, nhân viên ký giao ước thi đua."
            ),
            P(
                "Hội nghị cũng bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 thành viên, "
                "thầy Đỗ Quang Vinh làm Trưởng ban."
            ),
            right("Nguyễn Thị Hồng Nhung"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        summary=(
            "Ngày 09/10/2026, Trường THCS Võ Thị Sáu tổ chức Hội nghị viên chức, người lao động "
            "năm học 2026 - 2027 với sự tham dự của 78 cán bộ, giáo viên, nhân viên."
        ),
    ),
    Story(
        150,
        "chuyen-de-day-hoc-stem-khtn-lop-7",
        "Chuyên đề dạy học STEM: “Chế tạo máy lọc nước mini” môn Khoa học tự nhiên 7",
        CM,
        "2026-10-17",
        [
            P(
                "Thực hiện kế hoạch giáo dục STEM năm học 2026 - 2027, ngày 16/10/2026, Tổ Khoa học "
                "tự nhiên tổ chức chuyên đề dạy học STEM với chủ đề “Chế tạo máy lọc nước mini” tại "
                "lớp 7A1 do thầy Võ Thành Đạt thực hiện."
            ),
            P(
                "Trong tiết học, học sinh được chia thành 6 nhóm, mỗi nhóm sử dụng chai nhựa, sỏi, "
                "cát, than hoạt tính và bông gòn để thiết kế bộ lọc, sau đó thử nghiệm với nước "
                "đục và so sánh độ trong của nước sau khi lọc."
            ),
            Img(
                up("10", "stem-loc-nuoc-01.jpg"),
                "Nhóm 3 lớp 7A1 giới thiệu sản phẩm máy lọc nước",
                "Nhóm 3 lớp 7A1 giới thiệu sản phẩm máy lọc nước",
                "fig",
            ),
            Img(
                up("10", "stem-loc-nuoc-02.jpg"),
                "Thầy Võ Thành Đạt hướng dẫn các nhóm thử nghiệm sản phẩm",
                "Thầy Võ Thành Đạt hướng dẫn các nhóm thử nghiệm sản phẩm",
                "fig",
            ),
            P("Tiến trình bài học gồm 5 bước:", ""),
            P("Xác định vấn đề cần giải quyết;", "oli"),
            P("Nghiên cứu kiến thức nền về sự lọc và các lớp vật liệu;", "oli"),
            P("Đề xuất và lựa chọn giải pháp;", "oli"),
            P("Chế tạo mẫu, thử nghiệm và đánh giá;", "oli"),
            P("Chia sẻ, thảo luận và điều chỉnh sản phẩm.", "oli"),
            P(
                "Các thầy cô dự giờ đánh giá cao sự chủ động, sáng tạo của học sinh; chuyên đề đã "
                "giúp giáo viên trong tổ có thêm kinh nghiệm tổ chức hoạt động trải nghiệm gắn kiến "
                "thức với thực tiễn đời sống."
            ),
            Raw(
                '<p style="text-align: right;"><em>Tin: Võ Thành Đạt - Ảnh: Lê Thị Mỹ Duyên</em></p>'
            ),
        ],
        authors=["Võ Thành Đạt"],
        photographers=["Lê Thị Mỹ Duyên"],
    ),
    Story(
        151,
        "ky-niem-ngay-phu-nu-viet-nam-20-10",
        "Công đoàn trường tổ chức kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
        TT,
        "2026-10-20",
        [
            P(
                "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 "
                "- 20/10/2026), chiều 19/10/2026, Công đoàn Trường THCS Võ Thị Sáu tổ chức buổi gặp "
                "mặt nữ cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Tại buổi gặp mặt, đồng chí Chủ tịch Công đoàn ôn lại truyền thống vẻ vang của phụ "
                "nữ Việt Nam và ghi nhận những đóng góp của 52 chị em trong tập thể sư phạm nhà "
                "trường, những người vừa giỏi việc trường, vừa đảm việc nhà."
            ),
            Img(up("10", "20-10-01.jpg"), None, None, "none"),
            P(
                "Hội thi cắm hoa nghệ thuật giữa các tổ công đoàn đã mang đến nhiều tác phẩm đẹp, "
                "giàu ý nghĩa; giải Nhất thuộc về Tổ Ngữ văn - Lịch sử và Địa lí với tác phẩm “Dáng "
                "mẹ quê hương”."
            ),
            Img(
                up("10", "20-10-02.jpg"),
                "Tác phẩm “Dáng mẹ quê hương” của Tổ Ngữ văn - Lịch sử và Địa lí",
                "Tác phẩm “Dáng mẹ quê hương” của Tổ Ngữ văn - Lịch sử và Địa lí",
                "em",
            ),
            P("Buổi gặp mặt khép lại trong không khí ấm áp, vui tươi."),
        ],
    ),
    Story(
        153,
        "ket-qua-hoi-thi-giao-vien-day-gioi-cap-truong",
        "Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        CM,
        "2026-10-29",
        [
            P(
                "Từ ngày 19/10 đến 28/10/2026, Trường THCS Võ Thị Sáu tổ chức Hội thi giáo viên dạy "
                "giỏi cấp trường với 18 giáo viên tham gia thuộc 5 tổ chuyên môn. Mỗi giáo viên thực "
                "hiện 2 tiết dạy (1 tiết tự chọn, 1 tiết bốc thăm) và trình bày biện pháp nâng cao "
                "chất lượng giảng dạy.",
                "bold",
            ),
            P(
                "Qua hội thi, Ban giám khảo đánh giá các tiết dạy được chuẩn bị công phu, vận dụng "
                "linh hoạt các phương pháp, kỹ thuật dạy học tích cực, khai thác hiệu quả thiết bị "
                "dạy học và công nghệ thông tin."
            ),
            P("Kết quả cụ thể:", "h3"),
            P("TT | Họ và tên | Môn | Xếp loại", "th"),
            P("1 | Phạm Thu Trang | Ngữ văn | Giỏi", "td"),
            P("2 | Võ Thành Đạt | Khoa học tự nhiên | Giỏi", "td"),
            P("3 | Nguyễn Thị Hạnh | Toán | Giỏi", "td"),
            P("4 | Huỳnh Tuấn Khoa | Tiếng Anh | Giỏi", "td"),
            P("5 | Trần Ngọc Bích | Lịch sử và Địa lí | Khá", "td"),
            P(
                "Nhà trường sẽ chọn các giáo viên đạt loại Giỏi tham gia Hội thi giáo viên dạy giỏi "
                "cấp thành phố dự kiến tổ chức vào tháng 12/2026."
            ),
            Raw('<p style="text-align: right;"><strong>Ban biên tập</strong></p>'),
        ],
        summary=(
            "Từ ngày 19/10 đến 28/10/2026, Trường THCS Võ Thị Sáu tổ chức Hội thi giáo viên dạy "
            "giỏi cấp trường với 18 giáo viên tham gia thuộc 5 tổ chuyên môn. Mỗi giáo viên thực "
            "hiện 2 tiết dạy (1 tiết tự chọn, 1 tiết bốc thăm) và trình bày biện pháp nâng cao "
            "chất lượng giảng dạy."
        ),
    ),
    Story(
        154,
        "ngoai-khoa-huong-ung-ngay-phap-luat-viet-nam",
        "Ngoại khóa “Học sinh với pháp luật” hưởng ứng Ngày Pháp luật Việt Nam 9/11",
        TT,
        "2026-11-06",
        [
            P(
                "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (9/11), sáng "
                "06/11/2026, Trường THCS Võ Thị Sáu tổ chức chương trình ngoại khóa “Học sinh với "
                "pháp luật” cho học sinh khối 8 và khối 9."
            ),
            P(
                "Chương trình gồm ba phần: tiểu phẩm tình huống về bắt nạt học đường và an toàn trên "
                "không gian mạng, phần thi hiểu biết pháp luật giữa các lớp và phần giao lưu với "
                "luật sư Trương Minh Tâm, Đoàn Luật sư tỉnh."
            ),
            Img(
                up("11", "ngay-phap-luat-01.jpg"),
                "Tiểu phẩm “Lời nói dối trên mạng” của lớp 8A2",
                "Tiểu phẩm “Lời nói dối trên mạng” của lớp 8A2",
                "plain",
            ),
            P(
                "Nhiều câu hỏi của học sinh được luật sư giải đáp cặn kẽ: học sinh đăng tải hình ảnh "
                "của bạn khi chưa được đồng ý có vi phạm pháp luật không; bị người lạ nhắn tin đe "
                "dọa thì cần làm gì; trách nhiệm của cha mẹ khi con chưa thành niên gây thiệt hại."
            ),
            P(
                "Kết thúc phần thi, lớp 9A2 đạt giải Nhất, lớp 8A4 đạt giải Nhì, các lớp 9A1 và 8A1 "
                "đồng giải Ba."
            ),
            P(
                "Thông qua chương trình, các em được trang bị thêm kiến thức pháp luật gần gũi với "
                "lứa tuổi, từ đó biết tự bảo vệ mình và tôn trọng quyền của người khác."
            ),
            right("Phạm Thu Trang - GV Ngữ văn"),
        ],
        authors=["Phạm Thu Trang"],
    ),
    Story(
        156,
        "hoc-sinh-doat-giai-cuoc-thi-khkt-cap-tinh",
        "Học sinh Trường THCS Võ Thị Sáu đoạt giải Nhì Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        CM,
        "2026-11-14",
        [
            P(
                "Dự án “Hệ thống cảnh báo ngập nước cho khu dân cư” của hai em Lê Hoàng Nam và "
                "Nguyễn Phương Anh (lớp 9A1) đã đoạt giải Nhì lĩnh vực Hệ thống nhúng tại Cuộc thi "
                "Khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh năm học 2026 - 2027."
            ),
            P(
                "Cuộc thi do Sở Giáo dục và Đào tạo tổ chức từ ngày 11 đến 13/11/2026 với 126 dự án "
                "của học sinh THCS và THPT toàn tỉnh tham gia."
            ),
            P(
                "Sản phẩm của nhóm sử dụng cảm biến siêu âm đo mực nước đặt tại các điểm trũng, kết "
                "nối mạch vi điều khiển để gửi tin nhắn cảnh báo đến điện thoại của người dân khi "
                "mực nước vượt ngưỡng an toàn. Hệ thống có chi phí dưới 1,5 triệu đồng, dễ lắp đặt."
            ),
            Img(
                up("11", "khkt-01.jpg"),
                "Hai em Lê Hoàng Nam và Nguyễn Phương Anh trình bày dự án trước Ban giám khảo",
                "Hai em Lê Hoàng Nam và Nguyễn Phương Anh trình bày dự án trước Ban giám khảo",
                "em",
            ),
            P(
                "Theo thầy Huỳnh Văn Lộc, giáo viên hướng dẫn, ý tưởng xuất phát từ chính những lần "
                "các em phải lội nước đến trường trong mùa mưa năm trước. Nhóm đã mất gần 4 tháng "
                "để thiết kế, thử nghiệm và hoàn thiện sản phẩm."
            ),
            P(
                "Đây là năm thứ ba liên tiếp học sinh nhà trường có dự án đạt giải tại cuộc thi cấp "
                "tỉnh."
            ),
            Raw("<p><em>Nguồn: Báo Bà Rịa - Vũng Tàu</em></p>"),
        ],
        source="Báo Bà Rịa - Vũng Tàu",
    ),
    Story(
        157,
        "toa-dam-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        TT,
        "2026-11-18",
        [
            P(
                "Sáng 18/11/2026, Trường THCS Võ Thị Sáu tổ chức buổi tọa đàm kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự có các thầy cô giáo nguyên là "
                "cán bộ quản lý, giáo viên của trường qua các thời kỳ, đại diện Ban đại diện cha mẹ "
                "học sinh và các thế hệ học sinh."
            ),
            P(
                "Tại buổi tọa đàm, thầy Lê Văn Bảy, nguyên Hiệu trưởng nhà trường giai đoạn 1998 - "
                "2012, xúc động kể lại những ngày đầu trường chỉ có 8 phòng học cấp bốn, giáo viên "
                "phải dạy hai ca, nhiều em học sinh đi bộ hàng chục cây số đến lớp."
            ),
            P(
                "Hôm nay, nhà trường đã có 32 phòng học kiên cố, 9 phòng học bộ môn, thư viện đạt "
                "chuẩn và đội ngũ 64 giáo viên, trong đó 100% đạt chuẩn trình độ đào tạo theo Luật "
                "Giáo dục 2019."
            ),
            Img(
                up("11", "20-11-toa-dam.jpg"),
                "Các thế hệ thầy cô giáo chụp ảnh lưu niệm",
                "Các thế hệ thầy cô giáo chụp ảnh lưu niệm",
                "em",
            ),
            P("Phát biểu tại buổi tọa đàm, em Phạm Ngọc Bảo Trâm, Liên đội trưởng, chia sẻ:"),
            P(
                "“Chúng em hứa sẽ chăm ngoan, học giỏi để xứng đáng với công lao dạy dỗ của thầy cô, "
                "để mỗi mùa hoa tháng Mười Một là một mùa những điểm mười dâng tặng thầy cô.”",
                "quote",
            ),
            P(
                "Dịp này, nhà trường trao giấy khen cho 12 giáo viên có thành tích xuất sắc trong "
                "phong trào thi đua “Dạy tốt - Học tốt” đợt 1 và tặng quà các thầy cô giáo nghỉ hưu."
            ),
            Img(up("11", "20-11-trao-thuong.jpg"), None, None, "none"),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Trần Minh Quân</em></p>'),
        ],
        authors=["Trần Minh Quân"],
        photographers=["Trần Minh Quân"],
    ),
    Story(
        159,
        "ke-hoach-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Kế hoạch kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027",
        CM,
        "2026-11-24",
        [
            P(
                "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ Giáo dục và Đào tạo quy "
                "định về đánh giá học sinh trung học cơ sở và trung học phổ thông; căn cứ kế hoạch "
                "giáo dục năm học 2026 - 2027, nhà trường xây dựng kế hoạch kiểm tra, đánh giá cuối "
                "học kỳ I như sau:"
            ),
            P("1. Thời gian", "h3"),
            P("Các môn kiểm tra tập trung: từ ngày 21/12 đến 26/12/2026.", "li"),
            P("Các môn kiểm tra tại lớp theo thời khóa biểu: từ ngày 14/12 đến 19/12/2026.", "li"),
            P("Hoàn thành nhập điểm lên hệ thống: trước ngày 31/12/2026.", "li"),
            P("2. Lịch kiểm tra tập trung", "h3"),
            P("Ngày | Buổi sáng | Buổi chiều", "th"),
            P("21/12/2026 | Ngữ văn 9 (90 phút) | Ngữ văn 6, 7, 8 (90 phút)", "td"),
            P("22/12/2026 | Toán 9 (90 phút) | Toán 6, 7, 8 (90 phút)", "td"),
            P("23/12/2026 | Tiếng Anh 9 (60 phút) | Tiếng Anh 6, 7, 8 (60 phút)", "td"),
            P("24/12/2026 | Khoa học tự nhiên (60 phút) | Lịch sử và Địa lí (60 phút)", "td"),
            P("3. Tổ chức thực hiện", "h3"),
            P(
                "Các tổ chuyên môn xây dựng ma trận, bản đặc tả và đề kiểm tra, nộp về Phó Hiệu "
                "trưởng phụ trách chuyên môn trước ngày 05/12/2026. Giáo viên chủ nhiệm phổ biến "
                "lịch kiểm tra đến học sinh và cha mẹ học sinh, nhắc nhở học sinh ôn tập nghiêm túc."
            ),
            right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
    ),
    Story(
        160,
        "trao-hoc-bong-tiep-suc-den-truong",
        "Trao 25 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        TT,
        "2026-11-28",
        [
            P(
                "Chiều 27/11/2026, Trường THCS Võ Thị Sáu phối hợp với Hội Khuyến học phường và Câu "
                "lạc bộ doanh nhân cựu học sinh tổ chức trao 25 suất học bổng “Tiếp sức đến trường” "
                "cho các em học sinh có hoàn cảnh khó khăn, vươn lên trong học tập."
            ),
            P(
                "Mỗi suất học bổng gồm 2.000.000 đồng tiền mặt, một bộ sách giáo khoa và đồng phục "
                "học sinh. Tổng giá trị học bổng đợt này gần 65 triệu đồng."
            ),
            Img(
                up("11", "hoc-bong-01.jpg"),
                "Đại diện Câu lạc bộ doanh nhân cựu học sinh trao học bổng cho các em",
                "Đại diện Câu lạc bộ doanh nhân cựu học sinh trao học bổng cho các em",
                "fig",
            ),
            P(
                "Em Nguyễn Văn Tâm (lớp 8A3), mồ côi cha, sống cùng mẹ bán vé số, xúc động cho biết "
                "em sẽ dùng số tiền học bổng để mua xe đạp đi học vì nhà cách trường hơn 6 cây số."
            ),
            P(
                "Phát biểu tại buổi lễ, cô Hiệu trưởng gửi lời cảm ơn các nhà hảo tâm và mong các em "
                "nhận học bổng tiếp tục nỗ lực, vượt khó để không phụ lòng tin của thầy cô, gia đình "
                "và xã hội."
            ),
            right("Nguyễn Thị Hồng Nhung"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        summary=(
            "Thêm 25 em học sinh có hoàn cảnh khó khăn của nhà trường được nhận học bổng “Tiếp sức "
            "đến trường” với tổng trị giá gần 65 triệu đồng từ các nhà hảo tâm và cựu học sinh."
        ),
        sapo_outside=True,
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first, the order of every listing
NEWEST = sorted(STORIES, key=lambda s: (s.published_at, s.id), reverse=True)


def post_path(story: Story) -> str:
    return f"/bai/{story.id}-{story.slug}.html"


GOLD = [gold_record(s, post_path(s), CATEGORIES[s.cat]) for s in NEWEST]

NON_ARTICLES = [
    "/luu-tru/2026-10.html",
    "/luu-tru/2026-09.html",
    "/gioi-thieu.html",
    "/lien-he.html",
    "/chuyen-muc/tin-tuc-su-kien.html",
    "/chuyen-muc/hoat-dong-chuyen-mon.html",
]


# --- navigation helpers -----------------------------------------------------------------------


def dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def previous_post(story: Story) -> Story | None:
    """The post just before in the whole site by date ("« Bài trước")."""
    i = NEWEST.index(story)
    return NEWEST[i + 1] if i + 1 < len(NEWEST) else None


def next_post(story: Story) -> Story | None:
    i = NEWEST.index(story)
    return NEWEST[i - 1] if i > 0 else None


def same_category_before(story: Story) -> list[Story]:
    """The 3 posts just before it in its category (the "Cùng chuyên mục" box)."""
    cat = [s for s in NEWEST if s.cat == story.cat]
    i = cat.index(story)
    return cat[i + 1 : i + 1 + RELATED_COUNT]


def listed_on(target: str) -> list[Story]:
    if target == "/":
        return NEWEST[:HOME_COUNT]
    m = re.fullmatch(r"/chuyen-muc/([a-z-]+)\.html", target)
    if m and m.group(1) in CATEGORIES:
        return [s for s in NEWEST if s.cat == m.group(1)][:HOME_COUNT]
    return []


def excerpt(story: Story, words: int = 32) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


# --- article markup ---------------------------------------------------------------------------


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b))
        elif b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"\t<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"\t<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%">\n<tbody>\n'
                + "\n".join(rows)
                + "\n</tbody>\n</table>"
            )
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{esc(b.text)}<br />\n{esc(nxt.text)}</p>")
            i += 2
            continue
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p><em>{esc(b.text)}</em></p>\n</blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def render_img(img: Img) -> str:
    tag = f'<img alt="" src="{img.src}" style="width: 600px; height: 400px;" />'
    if img.style == "fig":
        return (
            f'<figure class="image" style="display:table;margin-left:auto;margin-right:auto">{tag}'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "plain":
        return f'<p align="center">{tag}</p>\n<p align="center">{esc(img.printed or "")}</p>'
    return f'<p style="text-align: center;">{tag}</p>'


# --- the frame --------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu.html", "Giới thiệu"),
    ("/chuyen-muc/tin-tuc-su-kien.html", "Tin tức - Sự kiện"),
    ("/chuyen-muc/hoat-dong-chuyen-mon.html", "Hoạt động chuyên môn"),
    ("/lien-he.html", "Liên hệ"),
]
#: the "Xem nhiều nhất" widget: picked by view count among recent posts (all listed anyway)
MOST_READ = [157, 156, 160, 153]
LINKS = [
    ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
    ("https://sgddt.baria-vungtau.gov.vn", "Sở GD&ĐT Bà Rịa - Vũng Tàu"),
    ("https://vnedu.vn", "Sổ liên lạc điện tử vnEdu"),
    ("https://taphuan.csdl.edu.vn", "Tập huấn giáo viên"),
]


def archive_select() -> str:
    options = "".join(
        f'<option value="/luu-tru/{ym}.html">Tháng {ym[5:]}/{ym[:4]}</option>'
        for ym in ARCHIVE_MONTHS
    )
    return (
        '<div class="khoi"><div class="khoi-tieude">Lưu trữ theo tháng</div>'
        '<select name="luutru" onchange="location=this.value" style="width:95%">'
        f'<option value="">-- Chọn tháng --</option>{options}</select></div>'
    )


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{post_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    links = "".join(f'<option value="{u}">{esc(n)}</option>' for u, n in LINKS)
    return f"""<div id="sidebar">
{archive_select()}
<div class="khoi"><div class="khoi-tieude">Xem nhiều nhất</div><ul class="xemnhieu">{most}</ul></div>
<div class="khoi"><div class="khoi-tieude">Liên kết website</div>
<select onchange="window.open(this.value)"><option value="">-- Liên kết --</option>{links}</select></div>
<div class="khoi"><div class="khoi-tieude">Bình chọn</div>
<form method="post" action="/binh-chon.php"><p>Bạn đánh giá thế nào về website của trường?</p>
<input type="radio" name="bc" value="1"> Rất hữu ích<br>
<input type="radio" name="bc" value="2"> Hữu ích<br>
<input type="radio" name="bc" value="3"> Cần cải thiện<br>
<input type="submit" value="Bình chọn"> <a href="/binh-chon.php">Xem kết quả</a></form></div>
<div class="khoi thongke"><div class="khoi-tieude">Thống kê truy cập</div>
<img src="/giaodien/images/online.gif" alt=""> Đang online: 14<br>
<img src="/giaodien/images/homnay.gif" alt=""> Hôm nay: 326<br>
<img src="/giaodien/images/tong.gif" alt=""> Tổng truy cập: 1.204.577</div>
</div>"""


def page(title: str, main: str, *, ticker: bool = False) -> str:
    menu = "".join(f'<li><a href="{u}">{esc(n)}</a></li>' for u, n in MENU)
    tick = ""
    if ticker:
        items = " &nbsp;&bull;&nbsp; ".join(
            f'<a href="/bai.php?id={s.id}">{esc(s.title)}</a>' for s in NEWEST[:HOME_COUNT]
        )
        tick = f'<div id="tinmoi"><b>Tin mới:</b> <marquee scrollamount="3">{items}</marquee></div>'
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<link href="/giaodien/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/giaodien/jquery-1.7.2.min.js"></script>
<link rel="shortcut icon" href="/favicon.ico" />
</head>
<body>
<div id="wrapper">
<div id="top">
  <div class="ngayhomnay">{TODAY_VN}</div>
  <a href="/"><img src="/giaodien/images/banner.jpg" alt="Trường THCS Võ Thị Sáu" width="1000" height="160" /></a>
</div>
<ul id="menu">{menu}</ul>
{tick}
<div id="giua">
<div id="main">
{main}
</div>
{sidebar()}
<div class="clear"></div>
</div>
<div id="footer">
  <p><b>TRƯỜNG THCS VÕ THỊ SÁU</b></p>
  <p>Địa chỉ: Số 45 đường Nguyễn Thanh Đằng, phường Phước Hiệp, TP. Bà Rịa, tỉnh Bà Rịa - Vũng Tàu</p>
  <p>Điện thoại: (0254) 3825 614 - Email: thcsvothisau.br@gmail.com</p>
  <p>Thiết kế: Tổ Tin học - Trường THCS Võ Thị Sáu &copy; 2014</p>
</div>
</div>
</body>
</html>"""


def item(story: Story, thumb: bool = True) -> str:
    img = ""
    if thumb and story.images:
        img = (
            f'<a href="{post_path(story)}"><img class="anhnho" src="{story.images[0].src}" '
            'width="150" height="100" alt="" /></a>'
        )
    return (
        f'<div class="tin">{img}<a class="tieude-tin" href="{post_path(story)}">{esc(story.title)}</a>'
        f'<div class="ngay">({dmy(story.published_at)})</div>'
        f'<div class="trichdan">{esc(excerpt(story))}</div>'
        f'<a class="xemtiep" href="{post_path(story)}">Xem tiếp &raquo;</a><div class="clear"></div></div>'
    )


def home(request: Request) -> Response:
    posts = "\n".join(item(s) for s in listed_on("/"))
    main = f'<div class="khung"><div class="khung-tieude">Tin mới nhất</div>\n{posts}\n</div>'
    return html(page(f"{SITE_TITLE} - Bà Rịa - Vũng Tàu", main, ticker=True))


def category_page(key: str) -> Response:
    name = CATEGORIES[key]
    posts = "\n".join(item(s) for s in listed_on(f"/chuyen-muc/{key}.html"))
    main = (
        f'<div class="duongdan"><a href="/">Trang chủ</a> &raquo; {esc(name)}</div>\n'
        f'<div class="khung"><div class="khung-tieude">{esc(name)}</div>\n{posts}\n</div>'
    )
    return html(page(f"{name} - {SITE_TITLE}", main))


def archive_page(ym: str) -> Response | None:
    if ym not in ARCHIVE_MONTHS:
        return None
    posts = [s for s in NEWEST if s.published_at.startswith(ym)]
    rows = "\n".join(item(s, thumb=False) for s in posts)
    label = f"{ym[5:]}/{ym[:4]}"
    main = (
        f'<div class="duongdan"><a href="/">Trang chủ</a> &raquo; Lưu trữ tháng {label}</div>\n'
        f'<div class="khung"><div class="khung-tieude">Các bài viết tháng {label} '
        f"({len(posts)} bài)</div>\n{rows}\n</div>"
    )
    return html(page(f"Lưu trữ tháng {label} - {SITE_TITLE}", main))


def post_page(story: Story) -> Response:
    cat = CATEGORIES[story.cat]
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tomtat"><b>{esc(story.summary)}</b></div>\n'
    prev, nxt = previous_post(story), next_post(story)
    nav = '<div class="dieuhuong">'
    if prev:
        nav += (
            f'<div class="baitruoc">&laquo; Bài trước: <a href="{post_path(prev)}">'
            f"{esc(prev.title)}</a></div>"
        )
    if nxt:
        nav += (
            f'<div class="baisau">Bài sau: <a href="{post_path(nxt)}">{esc(nxt.title)}</a> '
            "&raquo;</div>"
        )
    nav += "</div>"
    related = same_category_before(story)
    if related:
        lis = "".join(
            f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <span class="ngay">'
            f"({dmy(s.published_at)})</span></li>"
            for s in related
        )
        box = f'<div class="cungchuyenmuc"><h3>Cùng chuyên mục</h3><ul>{lis}</ul></div>'
    else:
        box = (
            '<div class="cungchuyenmuc"><h3>Cùng chuyên mục</h3><p>Chưa có bài viết khác.</p></div>'
        )
    main = f"""<div class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="/chuyen-muc/{story.cat}.html">{esc(cat)}</a></div>
<div class="baiviet">
<h1 class="tieude">{esc(story.title)}</h1>
<div class="ngaydang">Đăng ngày {dmy(story.published_at)} <span class="luotxem">| Lượt xem: {story.views()}</span></div>
{sapo}<div class="noidung">
{render_blocks(story.blocks)}
</div>
<div class="congcu"><a href="javascript:window.print()"><img src="/giaodien/images/print.gif" alt="" /> In bài</a> |
<a href="mailto:?subject={esc(story.title)}"><img src="/giaodien/images/email.gif" alt="" /> Gửi email</a> |
<a href="https://www.facebook.com/sharer/sharer.php?u=http://thcsvothisau-brvt.edu.vn{post_path(story)}" target="_blank">Chia sẻ Facebook</a></div>
{nav}
{box}
</div>"""
    return html(page(f"{story.title} - {SITE_TITLE}", main))


# --- static pages -----------------------------------------------------------------------------

ABOUT = [
    "Trường THCS Võ Thị Sáu được thành lập năm 1985, mang tên nữ anh hùng lực lượng vũ trang "
    "nhân dân Võ Thị Sáu, người con của quê hương Đất Đỏ, Bà Rịa - Vũng Tàu.",
    "Năm học 2026 - 2027, trường có 32 lớp với 1.236 học sinh; 78 cán bộ, giáo viên, nhân viên. "
    "Trường đạt chuẩn quốc gia mức độ 1 năm 2019 và đạt kiểm định chất lượng giáo dục cấp độ 2.",
    "Ban giám hiệu: Hiệu trưởng Nguyễn Thị Thanh Hương; Phó Hiệu trưởng Đỗ Quang Vinh, Phạm "
    "Minh Tuấn.",
]


def static_page(title: str, paragraphs: list[str], extra: str = "") -> Response:
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    main = (
        f'<div class="duongdan"><a href="/">Trang chủ</a> &raquo; {esc(title)}</div>\n'
        f'<div class="baiviet"><h1 class="tieude">{esc(title)}</h1>\n'
        f'<div class="noidung">{body}{extra}</div></div>'
    )
    return html(page(f"{title} - {SITE_TITLE}", main))


def contact() -> Response:
    form = (
        '<form method="post" action="/lien-he.html"><p>Họ tên: <input name="hoten"></p>'
        '<p>Email: <input name="email"></p><p>Nội dung:<br><textarea name="noidung" rows="6" '
        'cols="50"></textarea></p><p><input type="submit" value="Gửi liên hệ"></p></form>'
    )
    return static_page(
        "Liên hệ",
        [
            "Trường THCS Võ Thị Sáu",
            "Địa chỉ: Số 45 đường Nguyễn Thanh Đằng, phường Phước Hiệp, TP. Bà Rịa, tỉnh Bà Rịa - "
            "Vũng Tàu",
            "Điện thoại văn phòng: (0254) 3825 614",
            "Email: thcsvothisau.br@gmail.com",
        ],
        form,
    )


def poll_results() -> Response:
    rows = "".join(
        f"<tr><td>{n}</td><td>{v} phiếu</td></tr>"
        for n, v in (("Rất hữu ích", 412), ("Hữu ích", 268), ("Cần cải thiện", 57))
    )
    main = (
        '<div class="khung"><div class="khung-tieude">Kết quả bình chọn</div>'
        "<p>Bạn đánh giá thế nào về website của trường?</p>"
        f'<table class="kqbc">{rows}</table><p>Tổng số: 737 phiếu</p></div>'
    )
    return html(page(f"Kết quả bình chọn - {SITE_TITLE}", main))


# --- routing ----------------------------------------------------------------------------------


class ChainSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/upload/", "/giaodien/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/binh-chon.php":
            return poll_results()
        if request.query and path != "/bai.php":
            return None
        if path in ("/", "/index.php"):
            return home(request)
        if path == "/bai.php":
            raw = request.params.get("id", "")
            story = BY_ID.get(int(raw)) if raw.isdigit() else None
            return redirect(post_path(story), 301) if story else None
        if m := re.fullmatch(r"/bai/(\d+)-([a-z0-9-]+)\.html", path):
            story = BY_ID.get(int(m.group(1)))
            if story is None:
                return None
            if m.group(2) != story.slug:
                return redirect(post_path(story), 301)
            return post_page(story)
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)\.html", path):
            return category_page(m.group(1)) if m.group(1) in CATEGORIES else None
        if m := re.fullmatch(r"/luu-tru/(\d{4}-\d{2})\.html", path):
            return archive_page(m.group(1))
        if path == "/gioi-thieu.html":
            return static_page("Giới thiệu", ABOUT)
        if path == "/lien-he.html":
            return contact()
        return None


def build_site() -> ChainSite:
    return ChainSite()
