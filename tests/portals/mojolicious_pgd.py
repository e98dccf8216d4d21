"""Phòng Giáo dục và Đào tạo huyện Krông Pắc (Đắk Lắk): a home-made Perl Mojolicious application.

Platform
--------
The provincial IT centre (Trung tâm CNTT-TT tỉnh) wrote one small Mojolicious::Lite-style app
for the district education offices: Mojo ``.html.ep`` templates with one ``layouts/default``
layout, ``%= include 'tin/_lien_quan'`` partials, a ``csrf_token`` in the comment form, assets
under ``/asset/<hash>/…`` (AssetPack), ``Mojo::Date`` in the meta tags. Posts are stored in
two modes: ``nd_kieu = 'html'`` (typed in CKEditor: ``<p>`` paragraphs) and ``nd_kieu = 'text'``
(typed in a plain textarea and turned to HTML by the template's ``s/\\n/<br \\/>\\n/g``, with a
``[anh:N]`` short code turned into a little image table).

URL scheme
----------
- ``/`` home: latest 4 posts, a box per section, a notices box; sidebar "Đọc nhiều".
- ``/tin/<id>/<slug>`` post (canonical; ``<link rel="canonical">`` points here);
  ``/tin/<id>`` serves the same post (the route ``/tin/:id/*slug`` has ``slug => ''``), linked
  from the "Đọc nhiều" sidebar; an old slug kept in ``tin_slug_cu`` also serves it (no redirect).
- ``/chuyen-muc/<slug>`` section listing, 3 posts a page, ``?trang=<N>`` (query-only hrefs).
- ``/thong-bao`` notices list (no pagination).
- ``/van-ban`` document list, ``/van-ban/<id>`` document entry with a PDF link.
- ``/gioi-thieu``, ``/lien-he``: static pages.
- ``POST /tin/<id>/binh-luan``: the comment form (302 back to the post).

Page template of a post
-----------------------
``<h1 class="ten-dv">`` is the office's name (every page), ``<h2 class="ten-cm">`` the section,
the headline is ``<div class="td-bv">`` (no heading tag), then ``<div class="tt-dang">`` (date
line "Đăng lúc 14g30 ngày 03/12/2026 | Lượt xem | Người đăng: <account>"), an optional
``<div class="tomtat"><strong>`` sapo, then ``<div class="nd-tin">`` (the text), the byline
lines the template prints (``<div class="tg-bv">``), tools, "Tin liên quan", a comment form.

How each gold article is reached
--------------------------------
- 232, 231, 230, 229: home "Tin mới"; and their section listings page 1 / ``/thong-bao``.
- 224, 226, 221, 227, 216, 225: section boxes on home and listings page 1 / ``/thong-bao``.
- 219, 214 (Tin tức - Sự kiện) and 212 (Hoạt động chuyên môn): only page 2 of their listing
  (``?trang=2``); 214 also by its stale slug from 219's "Tin liên quan".

Traps
-----
1. Headline not in a heading: ``<h1>`` is the office name on every page and ``<h2>`` the section
   name; the headline is ``<div class="td-bv">`` (``<title>`` is "headline - PGD&ĐT Krông Pắc").
   Gold title = the div's text.
2. Dates printed "14g30 ngày 03/12/2026" (Vietnamese "g" for the hour) while the only
   machine-readable date is ``<meta name="pubdate" content="Thu, 03 Dec 2026 07:30:00 GMT">``
   (``Mojo::Date``, always GMT): for 224 (06g15 ngày 20/11) and 219 (00g00 ngày 12/11) the GMT
   day is the day before. Gold: the local time with +07:00; 219's "00g00" is midnight: the day
   alone "2026-11-12"; 216 (migrated from the old site, no time: "Đăng ngày 20/10/2026") the day
   alone. A "Cập nhật: …" line is never the date.
3. Text-mode posts (229, 230, 224, 225): no ``<p>`` at all: one ``<div class="nd-tin">`` whose lines
   are split by ``<br />`` (blank line = ``<br />\\n<br />``); every line is a paragraph; typed
   "- " list lines are paragraphs with their "- ". The byline typed as the last line of the
   textarea ("Tin: Y Khuê Niê - Ảnh: Nguyễn Văn Tâm", "Theo Báo Đắk Lắk") is inside the same div,
   only a ``<br />`` away from the text: it is not body (authors/photographers/source instead).
4. ``[anh:N]`` short code: a ``<table class="anh-tin">`` inside the text with the caption in a
   second row ``<td class="chuthich">`` in parentheses; ``alt`` is the upload's file name
   ("229_1.jpg"), not a caption. Gold caption = the cell's text without the parentheses.
5. CKEditor posts: the caption is the next paragraph ``<p style="text-align:center"><em>…</em></p>``
   which looks like a body paragraph: it is the caption, not body. A caption ending with
   "(Ảnh: X)" gives caption = the text before it and X as photographer (227).
6. The sapo is ``<div class="tomtat"><strong>…</strong></div>`` outside ``nd-tin`` (231, 221, 227,
   212): it is the summary and the body's first paragraph. Listings print a cut excerpt
   ("…") of the same text: not the summary of anything.
7. Same post at three URLs: ``/tin/<id>/<slug>`` (listings), ``/tin/<id>`` (sidebar "Đọc nhiều")
   and, for 214 (renamed after publishing), the old slug ``/tin/214/huong-ung-tuan-le-hoc-tap-suot-doi``
   in 219's hand-filled "Tin liên quan" (pasted before the rename), served 200 without redirect. Gold path = canonical slug URL; the
   others are alt_paths.
8. Pagination by query-only hrefs (``href="?trang=2"``) plus a GET form "Đến trang"
   (``<input name="trang">``); page 2's link "1" is ``?trang=1`` (the first page again). Three
   posts are only on page 2.
9. Bylines: "Tác giả: ThS. Nguyễn Thị Mai (Tổ Ngữ văn - Trường THCS Phan Chu Trinh)" → "Nguyễn Thị
   Mai"; "Người viết: Trần Văn Hùng - PHT Trường TH Lê Lợi" → "Trần Văn Hùng"; a right-aligned
   unit "Bộ phận Thanh tra" signs alone → author as printed; "Người đăng: kp_admin" (the CMS account
   in the date line) → nobody; "Tin, ảnh: Lê Thị Hồng Nhung" → author and photographer.
10. 232 is a notice printed as an official document (letterhead table, "Số: 412/TB-PGDĐT",
    "Krông Pắc, ngày 02 tháng 12 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and signer) while the
    post's date line says "16g20 ngày 04/12/2026": gold date = letterhead day "2026-12-02",
    author = signer "Phạm Văn Sơn"; letterhead, kind/subject and closing are not body.
11. "Tải về: Tai-lieu-tap-huan-SMAS.pdf" attachment line inside the text (226) and the
    "Tài liệu tham khảo" notes with "[1]" calls (212): the first is not body, the second is.
12. Document entries ``/van-ban/<id>`` look like posts (title div, date line, "Trích yếu"
    paragraph): not articles.

Gold decisions on ambiguous points
----------------------------------
- A caption "… (Ảnh: X)" is a caption plus a photographer credit: caption = text before the
  credit, X in photographers.
- The meta ``pubdate`` (GMT) is ignored where the page prints a local date; the printed date wins.
- Text-mode paragraphs are the ``<br>``-separated lines; empty lines are not paragraphs.
- A table inside the text: each row a paragraph, cells joined " | " (214).
- The emoji "📌" typed as a character in 225 stays in its line.
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "mojolicious_pgd"
PLATFORM = "Perl Mojolicious (home-made, Mojo .html.ep templates) by a provincial IT centre"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Krông Pắc"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
TZ = _dt.timezone(_dt.timedelta(hours=7))

SECTIONS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "guong-sang-nha-giao": "Gương sáng nhà giáo",
    "thong-bao": "Thông báo",
}
PER_PAGE = 3


def _img(n: int, k: int) -> str:
    return f"/uploads/tin/2026/{n}_{k}.jpg"


LETTERHEAD = (
    '<table width="100%" class="qh" style="border:0"><tr>'
    '<td style="text-align:center;width:40%">UBND HUYỆN KRÔNG PẮC<br />'
    "<b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b><br />Số: 412/TB-PGDĐT</td>"
    '<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br />'
    "<b><u>Độc lập - Tự do - Hạnh phúc</u></b><br />"
    "<i>Krông Pắc, ngày 02 tháng 12 năm 2026</i></td></tr></table>"
    '<p style="text-align:center"><b>THÔNG BÁO</b><br />'
    "<b>Về việc tuyển chọn giáo viên tham gia Hội đồng bộ môn cấp huyện năm học 2026-2027</b></p>"
)
SIGNATURE = (
    '<table width="100%" style="border:0"><tr><td style="vertical-align:top;width:50%">'
    "<b><i>Nơi nhận:</i></b><br />- Các trường TH, THCS;<br />- Lãnh đạo Phòng;<br />"
    "- Lưu: VT, CM.</td>"
    '<td style="text-align:center;vertical-align:top"><b>KT. TRƯỞNG PHÒNG<br />PHÓ TRƯỞNG PHÒNG</b>'
    "<br /><br /><i>(đã ký)</i><br /><br /><b>Phạm Văn Sơn</b></td></tr></table>"
)

STORIES: list[Story] = [
    Story(
        232,
        "thong-bao-tuyen-chon-giao-vien-tham-gia-hoi-dong-bo-mon-cap-huyen",
        "Thông báo tuyển chọn giáo viên tham gia Hội đồng bộ môn cấp huyện",
        "thong-bao",
        "2026-12-02",
        [
            Raw(LETTERHEAD),
            P(
                "Căn cứ Kế hoạch số 198/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về "
                "nhiệm vụ chuyên môn năm học 2026-2027, Phòng GD&ĐT thông báo tuyển chọn giáo viên "
                "tham gia Hội đồng bộ môn cấp huyện như sau:"
            ),
            P("1. Đối tượng: giáo viên đang giảng dạy tại các trường TH, THCS trên địa bàn huyện."),
            P(
                "2. Tiêu chuẩn: đạt danh hiệu giáo viên dạy giỏi cấp huyện trở lên trong 3 năm gần "
                "đây; có ít nhất 5 năm công tác."
            ),
            P("3. Hồ sơ gửi về bộ phận chuyên môn Phòng GD&ĐT trước ngày 15/12/2026."),
            P("Đề nghị Hiệu trưởng các trường thông báo rộng rãi đến giáo viên để đăng ký."),
            Raw(SIGNATURE),
        ],
        authors=["Phạm Văn Sơn"],
        opts={"posted": (2026, 12, 4, 16, 20), "mode": "html", "account": "kp_vanthu"},
    ),
    Story(
        231,
        "krong-pac-tong-ket-hoi-thi-giao-vien-day-gioi-cap-huyen",
        "Krông Pắc tổng kết Hội thi giáo viên dạy giỏi cấp huyện năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-12-03T14:30:00+07:00",
        [
            P(
                "Hội thi diễn ra từ ngày 23/11 đến 02/12/2026 tại 4 điểm trường, thu hút 146 giáo "
                "viên bậc Tiểu học và THCS tham gia."
            ),
            Img(_img(231, 1), "Ban tổ chức trao giấy chứng nhận cho các giáo viên đạt giải", "Ban tổ chức trao giấy chứng nhận cho các giáo viên đạt giải"),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và dạy hai "
                "tiết thực hành trên lớp; ban giám khảo gồm cán bộ Phòng và cốt cán các bộ môn."
            ),
            P(
                "Kết quả, có 112 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, trong đó "
                "38 giáo viên được chọn tham gia hội thi cấp tỉnh."
            ),
            P(
                "Phát biểu bế mạc, bà Nguyễn Thị Thanh Hương, Trưởng phòng GD&ĐT, đề nghị các "
                "trường nhân rộng những tiết dạy hay thành chuyên đề sinh hoạt tổ chuyên môn."
            ),
        ],
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Lê Thị Hồng Nhung"],
        summary=(
            "Chiều 03/12, Phòng GD&ĐT huyện Krông Pắc tổ chức tổng kết Hội thi giáo viên dạy giỏi "
            "cấp huyện năm học 2026-2027 và trao giấy chứng nhận cho 112 giáo viên."
        ),
        sapo_outside=True,
        opts={
            "mode": "html",
            "byline": "Tin, ảnh: Lê Thị Hồng Nhung",
            "updated": "04/12/2026 09:12",
            "account": "kp_admin",
        },
    ),
    Story(
        230,
        "chuyen-de-day-hoc-phat-trien-pham-chat-nang-luc-mon-ngu-van-7",
        'Chuyên đề "Dạy học phát triển phẩm chất, năng lực môn Ngữ văn 7"',
        "hoat-dong-chuyen-mon",
        "2026-12-01T08:00:00+07:00",
        [
            P(
                "Sáng 01/12, tại Trường THCS Phan Chu Trinh, Phòng GD&ĐT tổ chức chuyên đề dạy học "
                "phát triển phẩm chất, năng lực môn Ngữ văn 7 cho giáo viên cụm trường phía Bắc."
            ),
            P("Nội dung chuyên đề gồm:"),
            P("- Thiết kế hoạt động đọc hiểu văn bản theo thể loại;", "li"),
            P("- Tổ chức dạy học viết bài văn nghị luận theo nhóm;", "li"),
            P("- Đánh giá thường xuyên bằng bảng kiểm và phiếu học tập.", "li"),
            Img(_img(230, 1), "(Tiết dạy minh họa của cô Nguyễn Thị Mai tại lớp 7A2)", "Tiết dạy minh họa của cô Nguyễn Thị Mai tại lớp 7A2"),
            P(
                "Sau tiết dạy minh họa, giáo viên dự chuyên đề thảo luận, góp ý và thống nhất cách "
                "tổ chức các hoạt động học tập phù hợp với học sinh vùng khó."
            ),
            Img(_img(230, 2), "(Giáo viên thảo luận nhóm sau tiết dạy)", "Giáo viên thảo luận nhóm sau tiết dạy"),
        ],
        authors=["Nguyễn Thị Mai"],
        opts={
            "mode": "text",
            "byline_top": "Tác giả: ThS. Nguyễn Thị Mai (Tổ Ngữ văn - Trường THCS Phan Chu Trinh)",
            "account": "thcs_pct",
        },
    ),
    Story(
        229,
        "khai-mac-hoi-khoe-phu-dong-cap-huyen-lan-thu-xii",
        "Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII",
        "tin-tuc-su-kien",
        "2026-11-28T07:45:00+07:00",
        [
            P(
                "Sáng 28/11, tại Sân vận động huyện, Phòng GD&ĐT Krông Pắc khai mạc Hội khỏe Phù "
                "Đổng cấp huyện lần thứ XII với hơn 900 vận động viên đến từ 42 trường."
            ),
            Img(_img(229, 1), "(Các vận động viên diễu hành tại lễ khai mạc)", "Các vận động viên diễu hành tại lễ khai mạc"),
            P(
                "Hội khỏe năm nay gồm 8 môn thi đấu: điền kinh, bơi lội, cầu lông, bóng bàn, cờ vua, "
                "đá cầu, kéo co và võ cổ truyền."
            ),
            P(
                "Các trận chung kết sẽ diễn ra vào ngày 06/12; ban tổ chức sẽ chọn vận động viên "
                "xuất sắc tham gia Hội khỏe Phù Đổng cấp tỉnh."
            ),
        ],
        authors=["Y Khuê Niê"],
        photographers=["Nguyễn Văn Tâm"],
        opts={"mode": "text", "tail": ["Tin: Y Khuê Niê - Ảnh: Nguyễn Văn Tâm"], "account": "kp_admin"},
    ),
    Story(
        227,
        "co-giao-hlinh-va-hanh-trinh-15-nam-bam-buon",
        "Cô giáo H'Linh và hành trình 15 năm bám buôn",
        "guong-sang-nha-giao",
        "2026-11-26T16:10:00+07:00",
        [
            P(
                "Mười lăm năm trước, cô H'Linh Mlô nhận công tác tại điểm trường buôn Ea Kly, nơi "
                "học sinh phần lớn chưa nói thạo tiếng Việt khi vào lớp 1."
            ),
            Img(_img(227, 1), "Cô H'Linh trong giờ dạy tiếng Việt cho học sinh lớp 1 (Ảnh: Bùi Thị Thu Trang)", "Cô H'Linh trong giờ dạy tiếng Việt cho học sinh lớp 1"),
            P(
                "Mỗi sáng, cô đến từng nhà vận động phụ huynh cho con đến lớp đúng giờ; buổi chiều "
                "cô mở lớp phụ đạo miễn phí cho học sinh đọc chậm."
            ),
            P(
                '"Chỉ cần các em biết đọc, biết viết là mình thấy vui rồi", cô H\'Linh chia sẻ.'
            ),
        ],
        authors=["Bùi Thị Thu Trang"],
        photographers=["Bùi Thị Thu Trang"],
        summary=(
            "Gắn bó với điểm trường buôn Ea Kly từ năm 2011, cô giáo H'Linh Mlô đã giúp hàng trăm "
            "học sinh Ê Đê biết đọc, biết viết và tự tin đến lớp."
        ),
        sapo_outside=True,
        opts={"mode": "html", "byline": "Bùi Thị Thu Trang", "account": "kp_admin"},
    ),
    Story(
        226,
        "tap-huan-su-dung-phan-mem-quan-ly-truong-hoc",
        "Tập huấn sử dụng phần mềm quản lý trường học cho cán bộ, giáo viên",
        "hoat-dong-chuyen-mon",
        "2026-11-24T13:30:00+07:00",
        [
            P(
                "Trong hai ngày 23 và 24/11, Phòng GD&ĐT tổ chức tập huấn sử dụng phần mềm quản lý "
                "trường học cho 85 cán bộ quản lý và giáo viên phụ trách CNTT."
            ),
            P(
                "Học viên được hướng dẫn nhập điểm, quản lý hồ sơ học sinh, xuất báo cáo thống kê "
                "và đồng bộ dữ liệu với cơ sở dữ liệu ngành."
            ),
            P(
                "Các trường hoàn thành việc cập nhật dữ liệu học kỳ I trước ngày 31/12/2026."
            ),
            Raw(
                '<p><img src="/asset/2b7f0c1e/icon/pdf.gif" alt="" /> Tải về: '
                '<a href="/uploads/tailieu/Tai-lieu-tap-huan-SMAS.pdf">Tai-lieu-tap-huan-SMAS.pdf</a></p>'
            ),
        ],
        opts={"mode": "html", "account": "kp_admin"},
    ),
    Story(
        225,
        "thong-bao-lich-nghi-tet-duong-lich-2027",
        "Thông báo lịch nghỉ Tết Dương lịch 2027",
        "thong-bao",
        "2026-11-22T09:00:00+07:00",
        [
            P("Phòng GD&ĐT thông báo lịch nghỉ Tết Dương lịch 2027 đối với các trường trực thuộc:"),
            P("📌 Thời gian nghỉ: từ thứ Sáu 01/01/2027 đến hết Chủ nhật 03/01/2027."),
            P("📌 Các trường phân công trực bảo vệ, phòng chống cháy nổ trong thời gian nghỉ."),
            P("Học sinh đi học lại bình thường từ thứ Hai 04/01/2027."),
        ],
        opts={"mode": "text", "account": "kp_vanthu"},
    ),
    Story(
        224,
        "trao-120-suat-hoc-bong-cho-hoc-sinh-dan-toc-thieu-so",
        "Trao 120 suất học bổng cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn",
        "tin-tuc-su-kien",
        "2026-11-20T06:15:00+07:00",
        [
            P(
                "Sáng sớm 20/11, nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam, Hội Khuyến học huyện phối "
                "hợp với Phòng GD&ĐT trao 120 suất học bổng cho học sinh dân tộc thiểu số."
            ),
            P("Mỗi suất học bổng trị giá 1.000.000 đồng kèm theo một bộ sách giáo khoa và đồ dùng học tập."),
            P(
                "Theo kế hoạch, chương trình sẽ được duy trì hằng năm và mở rộng thêm cho học sinh "
                "các điểm trường lẻ."
            ),
        ],
        source="Báo Đắk Lắk",
        opts={"mode": "text", "tail": ["Theo Báo Đắk Lắk"], "account": "kp_admin"},
    ),
    Story(
        221,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-tieu-hoc-so-2",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường Tiểu học số 2",
        "hoat-dong-chuyen-mon",
        "2026-11-16T15:00:00+07:00",
        [
            P(
                "Buổi sinh hoạt do Trường TH Lê Lợi đăng cai với tiết dạy minh họa môn Toán lớp 3, "
                "bài \"Nhân số có hai chữ số với số có một chữ số\"."
            ),
            P(
                "Giáo viên dự giờ tập trung quan sát việc học của học sinh, chỉ ra những khó khăn "
                "các em gặp phải thay vì nhận xét tiết dạy của giáo viên."
            ),
            P(
                "Cụm trường thống nhất mỗi tháng tổ chức một buổi sinh hoạt theo hình thức này, "
                "luân phiên tại các trường trong cụm."
            ),
        ],
        authors=["Trần Văn Hùng"],
        summary=(
            "Ngày 16/11, cụm trường Tiểu học số 2 tổ chức sinh hoạt chuyên môn theo nghiên cứu bài "
            "học với sự tham gia của 60 giáo viên."
        ),
        sapo_outside=True,
        opts={"mode": "html", "byline": "Người viết: Trần Văn Hùng - PHT Trường TH Lê Lợi", "account": "th_leloi"},
    ),
    Story(
        219,
        "doan-kiem-tra-cua-so-gddt-lam-viec-tai-truong-thcs-nguyen-trai",
        "Đoàn kiểm tra của Sở GD&ĐT làm việc tại Trường THCS Nguyễn Trãi",
        "tin-tuc-su-kien",
        "2026-11-12",
        [
            P(
                "Ngày 11/11, đoàn kiểm tra của Sở GD&ĐT Đắk Lắk do ông Lê Văn Định, Phó Chánh Thanh "
                "tra Sở, làm trưởng đoàn đã làm việc tại Trường THCS Nguyễn Trãi."
            ),
            P(
                "Đoàn kiểm tra hồ sơ chuyên môn, dự giờ 6 tiết dạy và kiểm tra việc thực hiện quy chế "
                "dân chủ trong nhà trường."
            ),
            P(
                "Kết luận buổi làm việc, đoàn đánh giá cao công tác kiểm định chất lượng và đề nghị "
                "nhà trường tiếp tục đầu tư thiết bị dạy học môn Khoa học tự nhiên."
            ),
            Raw('<p style="text-align:right"><strong>Bộ phận Thanh tra</strong></p>'),
        ],
        authors=["Bộ phận Thanh tra"],
        opts={"mode": "html", "posted": (2026, 11, 12, 0, 0), "account": "kp_admin"},
    ),
    Story(
        216,
        "thay-hieu-truong-van-dong-hon-300-hoc-sinh-tro-lai-lop",
        "Thầy hiệu trưởng vận động hơn 300 học sinh trở lại lớp",
        "guong-sang-nha-giao",
        "2026-10-20",
        [
            P(
                "Trong 5 năm làm Hiệu trưởng Trường THCS Lê Quý Đôn, thầy Hoàng Minh Đức đã cùng "
                "giáo viên vận động hơn 300 học sinh bỏ học trở lại lớp."
            ),
            P(
                "Thầy lập nhóm giáo viên phụ trách từng buôn, phối hợp với già làng, trưởng buôn "
                "đến từng gia đình để thuyết phục phụ huynh."
            ),
            P("Năm học 2025-2026, tỷ lệ học sinh bỏ học của trường giảm còn 0,4%."),
        ],
        source="Báo Giáo dục và Thời đại",
        opts={"mode": "html", "posted": (2026, 10, 20, None, None), "tail_html": "Nguồn: Báo Giáo dục và Thời đại", "account": "kp_admin"},
    ),
    Story(
        214,
        "huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        "Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "tin-tuc-su-kien",
        "2026-10-09T10:00:00+07:00",
        [
            P(
                "Thực hiện kế hoạch của UBND huyện, các trường trên địa bàn đã tổ chức nhiều hoạt động "
                "hưởng ứng Tuần lễ học tập suốt đời năm 2026 từ ngày 01 đến 07/10."
            ),
            P("Kết quả một số hoạt động chính:", "h"),
            P("Hoạt động | Số trường | Lượt tham gia", "tr"),
            P("Ngày hội đọc sách | 42 | 15.300", "tr"),
            P("Triển lãm sản phẩm học tập | 18 | 4.200", "tr"),
            P("Tọa đàm về tự học | 12 | 960", "tr"),
            P(
                "Phòng GD&ĐT đề nghị các trường duy trì thư viện mở và góc đọc sách lớp học sau Tuần "
                "lễ học tập suốt đời."
            ),
        ],
        opts={"mode": "html", "old_slug": "huong-ung-tuan-le-hoc-tap-suot-doi", "account": "kp_admin"},
    ),
    Story(
        212,
        "hoi-thao-doi-moi-sinh-hoat-to-chuyen-mon-cap-thcs",
        "Hội thảo đổi mới sinh hoạt tổ chuyên môn cấp THCS",
        "hoat-dong-chuyen-mon",
        "2026-10-05T09:20:00+07:00",
        [
            P(
                "Hội thảo tập trung vào việc xây dựng kế hoạch dạy học của tổ chuyên môn theo hướng "
                "dẫn mới của Bộ GD&ĐT.[1]"
            ),
            P(
                "Các tham luận chỉ ra rằng sinh hoạt tổ cần chuyển từ họp hành chính sang thảo luận "
                "về bài học và học sinh.[2]"
            ),
            Img(_img(212, 1), "(Đại biểu trình bày tham luận tại hội thảo)", "Đại biểu trình bày tham luận tại hội thảo"),
            P("Tài liệu tham khảo", "h"),
            P("[1] Bộ GD&ĐT (2020), Công văn số 5512/BGDĐT-GDTrH."),
            P("[2] Sở GD&ĐT Đắk Lắk (2025), Hướng dẫn sinh hoạt chuyên môn theo nghiên cứu bài học."),
        ],
        summary=(
            "Ngày 05/10, Phòng GD&ĐT tổ chức hội thảo đổi mới sinh hoạt tổ chuyên môn cấp THCS với "
            "12 tham luận của cán bộ quản lý và tổ trưởng chuyên môn."
        ),
        sapo_outside=True,
        opts={"mode": "html", "account": "kp_admin"},
    ),
]
BY_ID = {s.id: s for s in STORIES}
MOST_READ = [231, 227, 224, 216, 226]
#: "Tin liên quan" is a field the editor fills by hand (id, slug as pasted then; None: current)
RELATED: dict[int, list[tuple[int, str | None]]] = {
    231: [(229, None), (224, None)],
    229: [(231, None)],
    230: [(226, None), (221, None)],
    227: [(216, None)],
    216: [(227, None)],
    219: [(214, "huong-ung-tuan-le-hoc-tap-suot-doi")],
    212: [(221, None)],
}

DOCS = {
    101: (
        "412/TB-PGDĐT",
        "Thông báo tuyển chọn giáo viên tham gia Hội đồng bộ môn cấp huyện năm học 2026-2027",
        "02/12/2026",
        "412-TB-PGDDT.pdf",
    ),
    102: (
        "198/KH-PGDĐT",
        "Kế hoạch thực hiện nhiệm vụ chuyên môn năm học 2026-2027",
        "15/09/2026",
        "198-KH-PGDDT.pdf",
    ),
}


# --- helpers -----------------------------------------------------------------------------------


def _url(s: Story) -> str:
    return f"/tin/{s.id}/{s.slug}"


def _posted(s: Story) -> tuple:
    if "posted" in s.opts:
        return s.opts["posted"]
    d = _dt.datetime.fromisoformat(s.published_at)
    return (d.year, d.month, d.day, d.hour, d.minute)


def _mojo_date(s: Story) -> str:
    y, mo, d, h, mi = _posted(s)
    local = _dt.datetime(y, mo, d, h or 0, mi or 0, tzinfo=TZ)
    return local.astimezone(_dt.UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


def _date_line(s: Story) -> str:
    y, mo, d, h, mi = _posted(s)
    if h is None:
        return f"Đăng ngày {d:02d}/{mo:02d}/{y}"
    return f"Đăng lúc {h:02d}g{mi:02d} ngày {d:02d}/{mo:02d}/{y}"


def _short_date(s: Story) -> str:
    _y, mo, d, *_ = _posted(s)
    return f"{d:02d}/{mo:02d}"


def _excerpt(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:18]) + "…"


def _sorted(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=lambda s: (_posted(s)[:3], s.id), reverse=True)


# --- layout ------------------------------------------------------------------------------------


def _menu() -> str:
    subs = "".join(
        f'<li><a href="/chuyen-muc/{slug}">{esc(name)}</a></li>'
        for slug, name in SECTIONS.items()
        if slug != "thong-bao"
    )
    return (
        '<div id="mn"><ul class="mn-1">'
        '<li><a href="/">Trang chủ</a></li>'
        '<li><a href="/gioi-thieu">Giới thiệu</a></li>'
        f'<li class="co-con"><a href="/chuyen-muc/tin-tuc-su-kien">Tin tức</a><ul class="mn-2">{subs}</ul></li>'
        '<li><a href="/thong-bao">Thông báo</a></li>'
        '<li><a href="/van-ban">Văn bản</a></li>'
        '<li><a href="/lien-he">Liên hệ</a></li>'
        "</ul></div>"
    )


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="/tin/{i}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return (
        '<div id="cot-phai">'
        '<div class="kh"><div class="kh-td">Đọc nhiều</div><ol class="dn">' + most + "</ol></div>"
        '<div class="kh"><div class="kh-td">Liên kết</div><ul>'
        '<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://daklak.edu.vn" target="_blank">Sở GD&amp;ĐT Đắk Lắk</a></li>'
        '<li><a href="https://krongpac.daklak.gov.vn" target="_blank">Cổng TTĐT huyện Krông Pắc</a></li>'
        "</ul></div>"
        '<div class="kh"><div class="kh-td">Thăm dò ý kiến</div>'
        "<p>Bạn đánh giá thế nào về trang thông tin?</p>"
        '<label><input type="radio" name="bc" value="1"> Rất hữu ích</label><br>'
        '<label><input type="radio" name="bc" value="2"> Hữu ích</label><br>'
        '<label><input type="radio" name="bc" value="3"> Bình thường</label><br>'
        '<button type="button" onclick="alert(\'Cảm ơn bạn đã bình chọn!\')">Bình chọn</button></div>'
        '<div class="kh"><div class="kh-td">Thống kê truy cập</div>'
        "<div>Đang online: 17</div><div>Hôm nay: 412</div><div>Tổng truy cập: 1.284.903</div></div>"
        "</div>"
    )


def _layout(request: Request, title: str, main: str, section: str = "", head: str = "") -> Response:
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="generator" content="Mojolicious (Perl)">
<link rel="stylesheet" href="/asset/8f2a91c4/app.css">
<script src="/asset/77d0e3b2/app.js"></script>
{head}
</head>
<body>
<div id="dau">
  <div class="ngay-ht">{TODAY_LINE}</div>
  <a href="/"><img src="/asset/8f2a91c4/img/logo.png" alt="Logo" class="logo"></a>
  <h1 class="ten-dv">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KRÔNG PẮC</h1>
  <form action="/tim-kiem" method="get" class="tk"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</div>
{_menu()}
<marquee class="chay" scrollamount="3">Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026</marquee>
<div id="than">
<div id="cot-giua">
{f'<h2 class="ten-cm">{esc(section)}</h2>' if section else ''}
{main}
</div>
{_sidebar()}
</div>
<div id="chan">
  <p><b>{esc(SITE.upper())}</b></p>
  <p>Địa chỉ: 45 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk</p>
  <p>Điện thoại: 0262.3521.118 - Email: pgd.krongpac@daklak.edu.vn</p>
  <p>© 2026 Phòng GD&amp;ĐT Krông Pắc. Thiết kế: Trung tâm CNTT-TT tỉnh Đắk Lắk.</p>
</div>
</body>
</html>
"""
    return html(page, headers={"Set-Cookie": "mojolicious=eyJleHBpcmVzIjoxNzk2NDE3MjAwfQ--3f1a; Path=/; HttpOnly"})


# --- article -----------------------------------------------------------------------------------


def _render_html_blocks(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = "".join(f"<td>{esc(c)}</td>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table border="1" cellpadding="4" style="border-collapse:collapse">' + "".join(rows) + "</table>")
            continue
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            else:
                out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            out.append(f'<p style="text-align:center"><img src="{b.src}" alt="" style="width:600px" /></p>')
            if b.printed:
                out.append(f'<p style="text-align:center"><em>{esc(b.printed)}</em></p>')
        else:
            out.append(b.html)
        i += 1
    if "tail_html" in s.opts:
        out.append(f'<p style="text-align:right"><em>{esc(s.opts["tail_html"])}</em></p>')
    return "\n".join(out)


def _render_text_blocks(s: Story) -> str:
    lines: list[str] = []
    prev_li = False
    for b in s.blocks:
        if isinstance(b, P):
            sep = "<br />\n" if (prev_li and b.style == "li") else "<br />\n<br />\n"
            if lines:
                lines.append(sep)
            lines.append(esc(b.text))
            prev_li = b.style == "li"
        elif isinstance(b, Img):
            if lines:
                lines.append("<br />\n")
            cap = f'<tr><td class="chuthich">{esc(b.printed)}</td></tr>' if b.printed else ""
            name = b.src.rsplit("/", 1)[-1]
            lines.append(
                f'<table class="anh-tin" align="center"><tr><td><img src="{b.src}" alt="{name}" /></td></tr>{cap}</table>'
            )
            prev_li = False
    for tail in s.opts.get("tail", []):
        lines.append("<br />\n<br />\n" + esc(tail))
    return "".join(lines)


def _article(request: Request, s: Story) -> Response:
    section = SECTIONS[s.cat]
    base = base_url(request)
    cat_href = "/thong-bao" if s.cat == "thong-bao" else f"/chuyen-muc/{s.cat}"
    body = _render_html_blocks(s) if s.opts["mode"] == "html" else _render_text_blocks(s)
    sapo = f'<div class="tomtat"><strong>{esc(s.summary)}</strong></div>' if s.sapo_outside else ""
    top = f'<div class="tg-tren">{esc(s.opts["byline_top"])}</div>' if "byline_top" in s.opts else ""
    bottom = (
        f'<div class="tg-bv" style="text-align:right"><b>{esc(s.opts["byline"])}</b></div>'
        if "byline" in s.opts
        else ""
    )
    updated = f' | <span class="cn">Cập nhật: {s.opts["updated"]}</span>' if "updated" in s.opts else ""
    related = []
    for rid, slug in RELATED.get(s.id, []):
        o = BY_ID[rid]
        related.append(f'<li><a href="/tin/{o.id}/{slug or o.slug}">{esc(o.title)}</a> <i>({_short_date(o)})</i></li>')
    related_box = (
        f'<div class="lq"><div class="lq-td">Tin liên quan</div><ul>{"".join(related)}</ul></div>' if related else ""
    )
    main = f"""
<div class="dd"><a href="/">Trang chủ</a> » <a href="{cat_href}">{esc(section)}</a></div>
<div class="bv" id="bv-{s.id}">
  <div class="td-bv">{esc(s.title)}</div>
  <div class="tt-dang">{_date_line(s)}{updated} | Lượt xem: {s.views()} | Người đăng: {s.opts['account']}</div>
  {top}
  {sapo}
  <div class="nd-tin">
{body}
  </div>
  {bottom}
  <div class="cong-cu">
    <a href="javascript:window.print()"><img src="/asset/8f2a91c4/img/in.gif" alt="In"> In bài</a>
    <a href="mailto:?subject={esc(s.title)}"><img src="/asset/8f2a91c4/img/mail.gif" alt="Email"> Gửi email</a>
    <a href="https://www.facebook.com/sharer/sharer.php?u={base}{_url(s)}" target="_blank"><img src="/asset/8f2a91c4/img/fb.png" alt="Chia sẻ"></a>
    <a href="javascript:history.back()">« Quay lại</a>
  </div>
</div>
{related_box}
<div class="bl">
  <div class="bl-td">Ý kiến bạn đọc (0)</div>
  <form method="post" action="/tin/{s.id}/binh-luan">
    <input type="hidden" name="csrf_token" value="9c1e{s.id:04d}a0b7d3f2e61">
    <input type="text" name="ho_ten" placeholder="Họ tên"><input type="email" name="email" placeholder="Email">
    <textarea name="noi_dung"></textarea><button type="submit">Gửi ý kiến</button>
  </form>
</div>
"""
    head = (
        f'<link rel="canonical" href="{base}{_url(s)}">\n'
        f'<meta name="pubdate" content="{_mojo_date(s)}">\n'
        f'<meta name="description" content="{esc(_excerpt(s))}">\n'
        f'<meta property="og:title" content="{esc(s.title)}">'
    )
    return _layout(request, f"{s.title} - PGD&ĐT Krông Pắc", main, section, head)


# --- listings ----------------------------------------------------------------------------------


def _item(s: Story) -> str:
    thumb = next((b.src for b in s.blocks if isinstance(b, Img)), "/asset/8f2a91c4/img/no-img.jpg")
    return (
        f'<div class="muc-tin"><a href="{_url(s)}"><img src="{thumb}" class="anh-nho" alt=""></a>'
        f'<a class="td" href="{_url(s)}">{esc(s.title)}</a> <span class="ng">({_short_date(s)})</span>'
        f'<div class="trich">{esc(_excerpt(s))}</div>'
        f'<a href="{_url(s)}" class="xt">Xem tiếp »</a></div>'
    )


def _listing(request: Request, cat: str) -> Response | None:
    items = _sorted(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    raw = request.params.get("trang", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= pages:
        return None
    n = int(raw)
    chunk = items[(n - 1) * PER_PAGE : n * PER_PAGE]
    pager = ""
    if pages > 1:
        links = []
        if n > 1:
            links.append(f'<a href="?trang={n - 1}">« Trước</a>')
        for k in range(1, pages + 1):
            links.append(f"<b>{k}</b>" if k == n else f'<a href="?trang={k}">{k}</a>')
        links.append(f'<a href="?trang={n + 1}">Sau »</a>' if n < pages else "<a>Sau »</a>")
        pager = (
            '<div class="phan-trang">' + " ".join(links) + "</div>"
            '<form method="get" class="den-trang">Đến trang <input type="number" name="trang" '
            f'value="{n}" min="1" max="{pages}" size="2"><button>Đi</button></form>'
        )
    name = SECTIONS[cat]
    main = (
        f'<div class="dd"><a href="/">Trang chủ</a> » {esc(name)}</div>'
        + "".join(_item(s) for s in chunk)
        + pager
    )
    return _layout(request, f"{name} - PGD&ĐT Krông Pắc", main, name)


def _home(request: Request) -> Response:
    latest = _sorted()[:4]
    parts = ['<div class="tin-moi"><div class="kh-td">Tin mới</div>' + "".join(_item(s) for s in latest) + "</div>"]
    for slug, name in SECTIONS.items():
        href = "/thong-bao" if slug == "thong-bao" else f"/chuyen-muc/{slug}"
        lis = "".join(
            f'<li><a href="{_url(s)}">{esc(s.title)}</a> <span class="ng">({_short_date(s)})</span></li>'
            for s in _sorted(slug)[:3]
        )
        parts.append(
            f'<div class="hop-cm"><div class="kh-td"><a href="{href}">{esc(name)}</a></div>'
            f'<ul>{lis}</ul><a href="{href}" class="xt">Xem thêm »</a></div>'
        )
    return _layout(request, "Phòng GD&ĐT Krông Pắc - Trang chủ", "\n".join(parts))


def _notices(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="{_url(s)}">{esc(s.title)}</a></td><td>{_short_date(s)}/2026</td></tr>'
        for i, s in enumerate(_sorted("thong-bao"), 1)
    )
    main = (
        '<div class="dd"><a href="/">Trang chủ</a> » Thông báo</div>'
        '<table class="ds-tb"><tr><th>STT</th><th>Tiêu đề</th><th>Ngày đăng</th></tr>' + rows + "</table>"
    )
    return _layout(request, "Thông báo - PGD&ĐT Krông Pắc", main, "Thông báo")


def _doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{so}</td><td><a href="/van-ban/{i}">{esc(ty)}</a></td><td>{ngay}</td></tr>'
        for i, (so, ty, ngay, _f) in DOCS.items()
    )
    main = (
        '<div class="dd"><a href="/">Trang chủ</a> » Văn bản</div>'
        '<table class="ds-vb"><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>' + rows + "</table>"
    )
    return _layout(request, "Văn bản - PGD&ĐT Krông Pắc", main, "Văn bản")


def _doc(request: Request, i: int) -> Response:
    so, ty, ngay, f = DOCS[i]
    main = f"""
<div class="dd"><a href="/">Trang chủ</a> » <a href="/van-ban">Văn bản</a></div>
<div class="bv">
  <div class="td-bv">{esc(ty)}</div>
  <div class="tt-dang">Ngày ban hành: {ngay} | Người đăng: kp_vanthu</div>
  <table class="tt-vb">
    <tr><td>Số hiệu</td><td>{esc(so)}</td></tr>
    <tr><td>Cơ quan ban hành</td><td>Phòng GD&amp;ĐT Krông Pắc</td></tr>
    <tr><td>Ngày ban hành</td><td>{ngay}</td></tr>
  </table>
  <p><b>Trích yếu:</b> {esc(ty)}.</p>
  <p><img src="/asset/8f2a91c4/icon/pdf.gif" alt=""> <a href="/uploads/vanban/{f}">Tải văn bản ({f})</a></p>
</div>
"""
    return _layout(request, f"{so} - Văn bản", main, "Văn bản")


def _static_page(request: Request, which: str) -> Response:
    if which == "gioi-thieu":
        title = "Giới thiệu"
        content = (
            "<p>Phòng Giáo dục và Đào tạo huyện Krông Pắc là cơ quan chuyên môn thuộc UBND huyện, "
            "tham mưu quản lý nhà nước về giáo dục trên địa bàn huyện.</p>"
            "<p>Toàn huyện có 15 trường mầm non, 26 trường tiểu học và 14 trường THCS.</p>"
            '<p><img src="/uploads/gioithieu/tru-so.jpg" alt="Trụ sở"></p>'
        )
    else:
        title = "Liên hệ"
        content = (
            "<p>Địa chỉ: 45 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk</p>"
            "<p>Điện thoại: 0262.3521.118</p><p>Email: pgd.krongpac@daklak.edu.vn</p>"
            '<iframe src="https://maps.google.com/maps?q=Phuoc+An&amp;output=embed" width="500" height="300"></iframe>'
        )
    main = (
        f'<div class="dd"><a href="/">Trang chủ</a> » {title}</div>'
        f'<div class="bv"><div class="td-bv">{title}</div><div class="nd-tin">{content}</div></div>'
    )
    return _layout(request, f"{title} - PGD&ĐT Krông Pắc", main, title)


# --- routing -----------------------------------------------------------------------------------

_TIN = re.compile(r"^/tin/(\d+)(?:/([a-z0-9-]+))?/?$")
_BL = re.compile(r"^/tin/(\d+)/binh-luan$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/asset/", "/uploads/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if (m := _BL.match(path)) and request.method == "POST":
            s = BY_ID.get(int(m.group(1)))
            return redirect(_url(s)) if s else None
        if path == "/" and not request.query:
            return _home(request)
        if m := _TIN.match(path):
            s = BY_ID.get(int(m.group(1)))
            if s is None or request.query:
                return None
            slug = m.group(2)
            if slug not in (None, s.slug, s.opts.get("old_slug")):
                return None
            return _article(request, s)
        if path.startswith("/chuyen-muc/"):
            cat = path[len("/chuyen-muc/") :]
            if cat in SECTIONS and cat != "thong-bao":
                return _listing(request, cat)
            return None
        if request.query:
            return None
        if path == "/thong-bao":
            return _notices(request)
        if path == "/van-ban":
            return _doc_list(request)
        if path.startswith("/van-ban/") and path[9:].isdigit() and int(path[9:]) in DOCS:
            return _doc(request, int(path[9:]))
        if path in ("/gioi-thieu", "/lien-he"):
            return _static_page(request, path[1:])
        return None


def build_site() -> Site:
    return Site()


def _alts(s: Story) -> list[str]:
    alts = [f"/tin/{s.id}"]
    if "old_slug" in s.opts:
        alts.append(f"/tin/{s.id}/{s.opts['old_slug']}")
    return alts


GOLD = [gold_record(s, _url(s), SECTIONS[s.cat], alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu", "/lien-he", "/van-ban/101", "/van-ban/102"]
