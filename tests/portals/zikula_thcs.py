"""Trường THCS Lê Lợi (Vĩnh Yên, Vĩnh Phúc): Zikula 1.5 with the News module, a local shop's theme.

Platform
    Zikula Application Framework 1.5 (PHP, the successor of PostNuke), News module 3.x with short
    URLs on, the Pages module for static pages and the Downloads module for documents. The theme
    ("LeLoiSchool", sold by a Vĩnh Yên web shop) overrides the News templates with its own markup:
    ids like ``#ndung_tomtat`` / ``#ndung_ct`` / ``#tt_dang``, tables for the image captions.

URL scheme
    ``/``                                   the start page is the News "view" (4 items a page)
    ``/news/view``                          the same first page (pager's "1" and the menu)
    ``/news/view/startnum/<N>``             further pages (startnum = 1-based offset: 5, 9)
    ``/news/category/<cat>``                a category listing, ``…/startnum/<N>`` for page 2
    ``/news/<sid>/<urltitle>``              an article (the form the listings print: gold path)
    ``/news/display/<urltitle>``            the same article (the "Tin mới" block's form)
    ``/index.php?module=News&type=user&func=display&sid=<sid>``  legacy PostNuke-era link
    ``…?theme=Printer``                     the print view of any of the three forms
    ``/pages/display/<urltitle>``           static pages (intro, staff, contact)
    ``/downloads/category/van-ban``, ``/downloads/item/<lid>/<slug>``, ``/downloads/getfile/<lid>``

Page templates
    Chrome: header with the date "Thứ Bảy, 05/12/2026", a menu with drop-downs, breadcrumbs
    ("Trang chủ » Tin tức » <category>"), left sidebar (Zikula HTML block "Thông báo" with a
    marquee, "Tin mới" stories block, poll, links), right sidebar (visitor counter, "Đọc nhiều"),
    footer with address/phone/e-mail/copyright.
    Article: ``<h1 class="tde_tin">`` title, ``<div id="tt_dang">`` "Đăng bởi quantri vào lúc
    dd/mm/yyyy - HH:MM | Lượt xem: N" (plus "Cập nhật lần cuối" on some), the category icon,
    the picupload photo, the hometext in ``#ndung_tomtat`` (bold), the bodytext in ``#ndung_ct``,
    the byline paragraph(s), the "Ghi chú" (notes) box, tools (print, e-mail, share), "Tin mới hơn"
    list, EZComments list and form.

How each gold article is reached
    Front page view (hideonindex = 0, newest first, 4 a page): sid 21, 17, 15, 14 | startnum 5:
    12, 11, 8, 6 | startnum 9: 5, 3. The three notices (sid 23, 19, 9) are "hideonindex": only the
    category listing ``/news/category/thong-bao`` shows them (and the sidebar HTML block links sid
    23 by its legacy index.php URL). Sid 3 is linked only from page 3 of the front view and page 2
    of ``/news/category/tin-tuc-su-kien``. "Tin mới" (block) links the five newest visible ones by
    ``/news/display/<urltitle>``.

Traps
    1. Four URL forms per article (``/news/<sid>/<urltitle>``, ``/news/display/<urltitle>``, the
       legacy ``index.php?module=News…&sid=``, ``?theme=Printer``) and no canonical link tag:
       gold path is the listing form, the others are alt_paths.
    2. "hideonindex" notices never appear on the front page or its pager; they are reachable only
       through the "Thông báo" category listing (and one through a legacy link in an HTML block).
    3. Oldest article (sid 3) only via page 3 of the front view / page 2 of its category; the
       under-article list shows only newer ones ("Tin mới hơn").
    4. Info line "Đăng bởi quantri": a CMS account, no author; the real byline is a right-aligned
       paragraph after the text ("Tin, ảnh: X", "Tin: X - Ảnh: Y", "ThS. X - Phó Hiệu trưởng",
       a unit "Liên đội THCS Lê Lợi" / "Tổ Toán - Tin"). Gold: names only, degrees and posts off.
    5. Dates: the info line prints "dd/mm/yyyy - HH:MM"; "00:00" (sid 6) is a day only; sid 14
       also prints "Cập nhật lần cuối: 25/11/2026 09:12" (not the date); EZComments print later
       dates of parents' comments (not the date); the notice (sid 9) is dated by its letterhead
       day (02/11/2026) although posted 03/11.
    6. EZComments "Ý kiến bạn đọc" under sid 12: paragraphs of parents' text that are not body.
    7. Zikula "notes" field printed in a "Ghi chú" box after the text: "Nguồn: Sở GD&ĐT Vĩnh Phúc"
       there is the source (sid 15); a body sentence "Theo kế hoạch…" (sid 19) is text.
    8. The hometext (sapo) printed bold in its own div before the bodytext: summary and first body
       paragraph; an article with an empty hometext (sid 8) has no summary.
    9. Sid 8 was migrated from the PostNuke site: its text is stored with HTML entities
       (``&agrave;``, ``&#7897;``) for every non-ASCII letter; gold is the decoded NFC text.
    10. Images: picupload photo (``pic_sid17-0-norm.jpg``) is the article's first photo while
        listings show ``…-thumb.jpg``; the category icon (``/images/categories/*.gif``) is not a
        photo; captions in a second table row, in parentheses (taken off) or "Ảnh: X" only
        (caption None, X is the photographer).
    11. Bullets drawn as a smiley image ``<img alt="👉">`` at the start of a line (no text);
        a ``<br />`` inside one paragraph (sid 11) splits it; a table whose rows are paragraphs
        (cells joined by " | ").
    12. Official notice (sid 9) with the letterhead table, "Số: …", "Vĩnh Yên, ngày …", "THÔNG
        BÁO / Về việc …", "Nơi nhận" and "HIỆU TRƯỞNG (Đã ký)": none of it body; signer is author.
    13. Footnote call "[1]" kept in its sentence; the "Chú thích" heading and note are text.
    14. Chrome that reads like content: the marquee notice in the sidebar HTML block, the front
        page teasers with "(còn 1.234 byte)" read-more counters.

Gold decisions on ambiguous points
    - category: the category name as the breadcrumb prints it.
    - An emoji in a title ("🎉 …", sid 14) is kept as printed.
    - The picupload image's gold path is the ``-norm.jpg`` the article page prints, not the thumb.
    - The "Chú thích" heading of sid 21 is a body paragraph (the notes are the text's own).
    - Sid 9: summary None (no hometext), body = the notice's numbered paragraphs only.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "zikula_thcs"
PLATFORM = "Zikula 1.5 (News module, short URLs)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
    "thong-bao": "Thông báo",
}
CAT_ICON = {
    "tin-tuc-su-kien": "tintuc.gif",
    "hoat-dong-chuyen-mon": "chuyenmon.gif",
    "doan-doi": "doandoi.gif",
    "thong-bao": "thongbao.gif",
}


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


UP = "/userdata/News/2026"

STORIES: list[Story] = [
    Story(
        id=3,
        slug="hoi-nghi-vien-chuc-nam-hoc-2026-2027",
        title="Trường THCS Lê Lợi tổ chức Hội nghị cán bộ, viên chức năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-09T08:15:00+07:00",
        summary=(
            "Sáng 08/10/2026, Trường THCS Lê Lợi long trọng tổ chức Hội nghị cán bộ, viên chức "
            "năm học 2026-2027 với sự tham dự của 58 cán bộ, giáo viên, nhân viên nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            P("Dự hội nghị có đồng chí Trần Quốc Khánh, Phó Trưởng phòng GD&ĐT thành phố Vĩnh Yên, "
              "cùng đại diện Ban đại diện cha mẹ học sinh nhà trường."),
            Img(f"{UP}/10/hoinghi-vc-01.jpg", "Quang cảnh Hội nghị cán bộ, viên chức",
                "Quang cảnh Hội nghị cán bộ, viên chức", "tbl"),
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025-2026, trong đó nhà trường có 96,4% "
              "học sinh xếp loại học lực khá, giỏi và 100% học sinh lớp 9 tốt nghiệp THCS."),
            P("Các đại biểu đã thảo luận, góp ý vào Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở "
              "và biểu quyết thông qua các chỉ tiêu thi đua năm học mới."),
            Img(f"{UP}/10/hoinghi-vc-02.jpg", "Cán bộ, giáo viên ký giao ước thi đua",
                "Cán bộ, giáo viên ký giao ước thi đua", "tbl"),
            P("Kết thúc hội nghị, các tổ chuyên môn đã ký giao ước thi đua, quyết tâm hoàn thành "
              "xuất sắc nhiệm vụ năm học 2026-2027."),
            _right("Tin, ảnh: Nguyễn Thị Hồng Nhung"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        photographers=["Nguyễn Thị Hồng Nhung"],
        opts={"posted": "09/10/2026 - 08:15"},
    ),
    Story(
        id=5,
        slug="chuyen-de-khtn-7-phat-trien-nang-luc",
        title="Chuyên đề dạy học môn Khoa học tự nhiên 7 theo định hướng phát triển năng lực",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-16T15:40:00+07:00",
        summary=(
            "Chiều 15/10, tổ Khoa học tự nhiên tổ chức chuyên đề cấp trường về dạy học môn Khoa "
            "học tự nhiên 7 theo định hướng phát triển phẩm chất, năng lực học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P("Tiết dạy minh họa bài \u201cTừ trường của Trái Đất\u201d do cô giáo Đỗ Thị Mai thực "
              "hiện tại lớp 7A3 với phương pháp dạy học theo trạm."),
            Img(f"{UP}/10/chuyende-khtn.jpg", "Ảnh: Lê Thu Trang", None, "next"),
            P("Học sinh được chia thành bốn nhóm, lần lượt thực hiện nhiệm vụ tại các trạm quan sát, "
              "thí nghiệm và tổng hợp kiến thức."),
            P("Các thầy cô dự giờ đánh giá cao sự chủ động của học sinh và đề xuất nhân rộng cách "
              "tổ chức này trong các tiết thực hành."),
            _right("ThS. Phạm Văn Hùng - Phó Hiệu trưởng"),
        ],
        authors=["Phạm Văn Hùng"],
        photographers=["Lê Thu Trang"],
        opts={"posted": "16/10/2026 - 15:40"},
    ),
    Story(
        id=6,
        slug="lien-doi-huong-ung-thang-an-toan-giao-thong",
        title="Liên đội THCS Lê Lợi ra quân hưởng ứng Tháng an toàn giao thông",
        cat="doan-doi",
        published_at="2026-10-22",
        summary=(
            "Hưởng ứng Tháng an toàn giao thông, Liên đội THCS Lê Lợi tổ chức lễ ra quân với "
            "chủ đề \u201cĐội mũ bảo hiểm - Bảo vệ chính mình\u201d."
        ),
        sapo_outside=True,
        blocks=[
            P("Tại buổi lễ, Tổng phụ trách Đội phổ biến một số quy định mới về trật tự an toàn giao "
              "thông đối với học sinh đi xe đạp điện."),
            P("Đại diện các chi đội đã ký cam kết không phóng nhanh, vượt ẩu, không dàn hàng ngang "
              "khi tham gia giao thông."),
            Img(f"{UP}/10/atgt-ra-quan.jpg", "(Các chi đội ký cam kết thực hiện an toàn giao thông)",
                "Các chi đội ký cam kết thực hiện an toàn giao thông", "next"),
            _right("Liên đội THCS Lê Lợi"),
        ],
        authors=["Liên đội THCS Lê Lợi"],
        opts={"posted": "22/10/2026 - 00:00"},
    ),
    Story(
        id=8,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-vong-1",
        title="Hội thi giáo viên dạy giỏi cấp trường vòng 1",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28T09:05:00+07:00",
        blocks=[
            P("Từ ngày 20 đến 27/10/2026, nhà trường tổ chức Hội thi giáo viên dạy giỏi cấp trường "
              "vòng 1 với 14 giáo viên tham gia."),
            P("Mỗi giáo viên dự thi thực hiện hai tiết dạy và trình bày một biện pháp nâng cao chất "
              "lượng giáo dục trước Ban giám khảo."),
            P("Kết quả có 11 giáo viên được công nhận giáo viên dạy giỏi cấp trường và được chọn "
              "tham gia vòng 2."),
            _right("Tổ Khoa học Xã hội"),
        ],
        authors=["Tổ Khoa học Xã hội"],
        opts={"posted": "28/10/2026 - 09:05", "entities": True},
    ),
    Story(
        id=9,
        slug="lich-kiem-tra-giua-hoc-ky-i-2026-2027",
        title="Thông báo lịch kiểm tra giữa học kỳ I năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-11-02",
        blocks=[
            Raw(
                '<table style="width:100%" border="0"><tr>'
                '<td style="text-align:center;width:45%">UBND THÀNH PHỐ VĨNH YÊN<br />'
                "<strong>TRƯỜNG THCS LÊ LỢI</strong><br />Số: 87/TB-THCSLL</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
                "<em>Vĩnh Yên, ngày 02 tháng 11 năm 2026</em></td></tr></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tổ chức kiểm tra giữa học kỳ I năm học 2026-2027</strong></p>"
            ),
            P("Căn cứ kế hoạch giáo dục năm học 2026-2027, nhà trường thông báo lịch kiểm tra giữa "
              "học kỳ I như sau:"),
            P("1. Thời gian: từ ngày 09/11/2026 đến ngày 14/11/2026."),
            P("2. Môn kiểm tra tập trung: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên."),
            P("3. Giáo viên chủ nhiệm thông báo tới học sinh và cha mẹ học sinh để phối hợp ôn tập."),
            Raw(
                '<table style="width:100%"><tr><td style="width:50%;vertical-align:top">'
                "<strong><em>Nơi nhận:</em></strong><br />- Các tổ chuyên môn;<br />"
                "- GVCN các lớp;<br />- Lưu VT.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br />'
                "<em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Bình</strong></td></tr></table>"
            ),
        ],
        authors=["Nguyễn Văn Bình"],
        opts={"posted": "03/11/2026 - 14:00", "hide": True},
    ),
    Story(
        id=11,
        slug="to-toan-tin-sinh-hoat-chuyen-mon-nghien-cuu-bai-hoc",
        title="Tổ Toán - Tin tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-07T10:30:00+07:00",
        summary=(
            "Ngày 06/11/2026, tổ Toán - Tin tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài "
            "học với bài dạy \u201cHàm số y = ax²\u201d lớp 9."
        ),
        sapo_outside=True,
        blocks=[
            P("Buổi sinh hoạt tập trung vào việc quan sát hoạt động học của học sinh thay vì đánh "
              "giá giờ dạy của giáo viên.", "br"),
            P("Mỗi giáo viên dự giờ quan sát một nhóm học sinh và ghi chép lại những khó khăn các em "
              "gặp phải."),
            P("Kết quả quan sát được tổng hợp như sau:"),
            P("Nhóm | Số học sinh | Hoàn thành nhiệm vụ", "row"),
            P("Nhóm 1 | 9 | 8", "row"),
            P("Nhóm 2 | 9 | 7", "row"),
            P("Tổ thống nhất điều chỉnh phiếu học tập và thời lượng của hoạt động khởi động."),
            _right("Tổ Toán - Tin"),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"posted": "07/11/2026 - 10:30"},
    ),
    Story(
        id=12,
        slug="hoi-trai-truyen-thong-chao-mung-20-11",
        title="Hội trại truyền thống chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="doan-doi",
        published_at="2026-11-12T16:20:00+07:00",
        summary=(
            "Trong hai ngày 11 và 12/11/2026, Liên đội THCS Lê Lợi tổ chức Hội trại truyền thống "
            "với sự tham gia của 24 chi đội."
        ),
        sapo_outside=True,
        blocks=[
            P("Các chi đội dựng trại theo chủ đề \u201cBiết ơn thầy cô\u201d, trang trí bằng vật liệu "
              "tái chế và sản phẩm thủ công của học sinh."),
            Img(f"{UP}/11/hoitrai-01.jpg", "(Trại của chi đội 8A1 đạt giải Nhất)",
                "Trại của chi đội 8A1 đạt giải Nhất", "tbl"),
            P("Bên cạnh hội thi dựng trại, học sinh còn tham gia các trò chơi dân gian, thi nấu ăn "
              "và đêm lửa trại."),
            Img(f"{UP}/11/hoitrai-02.jpg", "(Đêm lửa trại sôi nổi)", "Đêm lửa trại sôi nổi", "tbl"),
            _right("Tin: Trần Minh Đức - Ảnh: Lê Thu Trang"),
        ],
        authors=["Trần Minh Đức"],
        photographers=["Lê Thu Trang"],
        opts={
            "posted": "12/11/2026 - 16:20",
            "comments": [
                ("Phụ huynh lớp 8A1", "13/11/2026 19:22",
                 "Các con rất vui và tự hào. Cảm ơn thầy cô đã tổ chức hội trại ý nghĩa!"),
                ("Nguyễn Hải Yến", "14/11/2026 07:05",
                 "Mong nhà trường tổ chức thêm nhiều hoạt động trải nghiệm như thế này."),
            ],
        },
    ),
    Story(
        id=14,
        slug="chao-mung-44-nam-ngay-nha-giao-viet-nam",
        title="🎉 Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-18T07:50:00+07:00",
        summary=(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Trường THCS Lê Lợi tổ chức nhiều hoạt "
            "động thi đua sôi nổi trong tháng 11."
        ),
        sapo_outside=True,
        blocks=[
            P("Các hoạt động chính trong đợt thi đua:"),
            P("Hội giảng chào mừng 20/11 với 20 tiết dạy tốt.", "li"),
            P("Thi báo tường và viết thư tri ân thầy cô giáo.", "li"),
            P("Văn nghệ chào mừng và thăm hỏi các thầy cô giáo nghỉ hưu.", "li"),
            P("Lễ kỷ niệm sẽ được tổ chức vào 7 giờ 30 sáng ngày 20/11/2026 tại sân trường. 🌸"),
            _right("Nguyễn Thị Hồng Nhung"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={"posted": "18/11/2026 - 07:50", "updated": "25/11/2026 09:12"},
    ),
    Story(
        id=15,
        slug="so-gddt-trien-khai-cuoc-thi-khkt-cap-tinh",
        title="Sở GD&ĐT Vĩnh Phúc triển khai Cuộc thi Khoa học kỹ thuật cấp tỉnh năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T20:15:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo Vĩnh Phúc vừa ban hành kế hoạch tổ chức Cuộc thi Khoa học kỹ "
            "thuật dành cho học sinh trung học năm học 2026-2027."
        ),
        sapo_outside=True,
        blocks=[
            P("Cuộc thi nhằm khuyến khích học sinh nghiên cứu, sáng tạo và vận dụng kiến thức vào "
              "giải quyết các vấn đề thực tiễn."),
            P("Các đơn vị gửi hồ sơ dự án về Sở trước ngày 15/01/2027; vòng chung khảo dự kiến diễn "
              "ra vào tháng 02/2027."),
        ],
        source="Sở GD&ĐT Vĩnh Phúc",
        opts={"posted": "20/11/2026 - 20:15", "notes": "Nguồn: Sở GD&amp;ĐT Vĩnh Phúc"},
    ),
    Story(
        id=17,
        slug="hoc-sinh-lop-9-trai-nghiem-huong-nghiep",
        title="Học sinh lớp 9 tham gia trải nghiệm hướng nghiệp tại Trường Cao đẳng Vĩnh Phúc",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-24T11:00:00+07:00",
        summary=(
            "Ngày 23/11/2026, gần 200 học sinh khối 9 Trường THCS Lê Lợi đã có buổi trải nghiệm "
            "hướng nghiệp tại Trường Cao đẳng Vĩnh Phúc."
        ),
        sapo_outside=True,
        blocks=[
            Img("/images/news_picupload/pic_sid17-0-norm.jpg", None, None, "pic"),
            P("Trong buổi trải nghiệm, các em được:"),
            P("Tham quan xưởng thực hành cơ khí, điện tử và công nghệ ô tô;", "bullet"),
            P("Nghe tư vấn về các ngành nghề đang có nhu cầu tuyển dụng cao tại tỉnh;", "bullet"),
            P("Trực tiếp thực hành một số thao tác đơn giản dưới sự hướng dẫn của giảng viên.", "bullet"),
            Img(f"{UP}/11/huongnghiep-02.jpg", "Học sinh thực hành tại xưởng điện tử",
                "Học sinh thực hành tại xưởng điện tử", "next"),
            P("Hoạt động giúp học sinh có thêm thông tin để lựa chọn con đường phù hợp sau khi tốt "
              "nghiệp THCS."),
            _right("Tin, ảnh: Lê Thu Trang"),
        ],
        authors=["Lê Thu Trang"],
        photographers=["Lê Thu Trang"],
        opts={"posted": "24/11/2026 - 11:00", "thumb": "/images/news_picupload/pic_sid17-0-thumb.jpg"},
    ),
    Story(
        id=19,
        slug="tuyen-sinh-cau-lac-bo-tieng-anh-2026-2027",
        title="Thông báo tuyển sinh Câu lạc bộ Tiếng Anh năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-11-27T08:30:00+07:00",
        blocks=[
            P("Theo kế hoạch hoạt động ngoại khóa năm học 2026-2027, tổ Ngoại ngữ thông báo tuyển "
              "sinh Câu lạc bộ Tiếng Anh dành cho học sinh khối 6 và khối 7."),
            P("Thời gian sinh hoạt: chiều thứ Năm hằng tuần, từ 15 giờ 00 đến 16 giờ 30."),
            P("Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 10/12/2026."),
            _right("Tổ Ngoại ngữ"),
        ],
        authors=["Tổ Ngoại ngữ"],
        opts={"posted": "27/11/2026 - 08:30", "hide": True},
    ),
    Story(
        id=21,
        slug="hoc-sinh-dat-18-giai-hsg-cap-thanh-pho",
        title="Học sinh THCS Lê Lợi đạt 18 giải trong kỳ thi học sinh giỏi cấp thành phố",
        cat="tin-tuc-su-kien",
        published_at="2026-12-01T15:10:00+07:00",
        summary=(
            "Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027 vừa khép lại, đội tuyển "
            "Trường THCS Lê Lợi giành 18 giải các môn văn hóa."
        ),
        sapo_outside=True,
        blocks=[
            P("Cụ thể, nhà trường đạt 2 giải Nhất, 5 giải Nhì, 6 giải Ba và 5 giải Khuyến khích, "
              "xếp thứ hai toàn thành phố.[1]"),
            Img(f"{UP}/12/doituyen-hsg.jpg", "Đội tuyển học sinh giỏi lớp 9 năm học 2026-2027",
                "Đội tuyển học sinh giỏi lớp 9 năm học 2026-2027", "tbl"),
            P("Em Vũ Minh Anh (lớp 9A1) đạt giải Nhất môn Toán, em Phan Ngọc Hà (lớp 9A2) đạt giải "
              "Nhất môn Ngữ văn."),
            P("Chú thích", "h"),
            P("[1] Theo Quyết định số 1125/QĐ-UBND ngày 28/11/2026 của UBND thành phố Vĩnh Yên."),
            _right("Nguyễn Thị Hồng Nhung"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={"posted": "01/12/2026 - 15:10"},
    ),
    Story(
        id=23,
        slug="lich-hop-phu-huynh-cuoi-hoc-ky-i",
        title="Thông báo lịch họp cha mẹ học sinh cuối học kỳ I",
        cat="thong-bao",
        published_at="2026-12-03T14:30:00+07:00",
        summary="Nhà trường thông báo lịch họp cha mẹ học sinh cuối học kỳ I năm học 2026-2027.",
        sapo_outside=True,
        blocks=[
            P("Thời gian: 7 giờ 30, Chủ nhật ngày 13/12/2026."),
            P("Địa điểm: tại các phòng học theo lớp."),
            P("Đề nghị quý phụ huynh sắp xếp thời gian tham dự đầy đủ, đúng giờ."),
            _right("Văn phòng nhà trường"),
        ],
        authors=["Văn phòng nhà trường"],
        opts={"posted": "03/12/2026 - 14:30", "hide": True},
    ),
]

BY_SID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["posted"][6:10] + s.opts["posted"][3:5]
                  + s.opts["posted"][:2] + s.opts["posted"][13:], reverse=True)


FRONT = _newest([s for s in STORIES if not s.opts.get("hide")])


def _url(s: Story) -> str:
    return f"/news/{s.id}/{s.slug}"


# --- pages and documents -----------------------------------------------------------------------

PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung",
        "<p>Trường THCS Lê Lợi được thành lập năm 1965, đóng tại phường Ngô Quyền, thành phố Vĩnh "
        "Yên, tỉnh Vĩnh Phúc. Năm học 2026-2027 nhà trường có 24 lớp với 1.012 học sinh.</p>"
        "<p>Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>",
    ),
    "doi-ngu-can-bo-giao-vien": (
        "Đội ngũ cán bộ, giáo viên",
        "<table border='1'><tr><td>Hiệu trưởng</td><td>Nguyễn Văn Bình</td></tr>"
        "<tr><td>Phó Hiệu trưởng</td><td>Phạm Văn Hùng</td></tr>"
        "<tr><td>Phó Hiệu trưởng</td><td>Hoàng Thị Lan</td></tr></table>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Trường THCS Lê Lợi - số 12 đường Lê Lợi, phường Ngô Quyền, TP Vĩnh Yên, tỉnh Vĩnh Phúc"
        "</p><p>Điện thoại: 0211 3862 456 - Email: c2leloi.vinhyen@vinhphuc.edu.vn</p>"
        '<form action="/pages/display/lien-he" method="post"><input name="ten" />'
        '<textarea name="noidung"></textarea><input type="submit" value="Gửi" /></form>',
    ),
}

DOCS = {
    12: ("ke-hoach-giao-duc-nha-truong-2026-2027", "Kế hoạch giáo dục nhà trường năm học 2026-2027",
         "05/09/2026", "KH-THCSLL-2026.pdf"),
    15: ("quy-che-chi-tieu-noi-bo-2026", "Quy chế chi tiêu nội bộ năm 2026", "10/10/2026",
         "QCCTNB-2026.pdf"),
}


# --- chrome -----------------------------------------------------------------------------------

THEME = "/themes/LeLoiSchool"


def _menu() -> str:
    cats = "".join(f'<li><a href="/news/category/{k}">{esc(v)}</a></li>' for k, v in CATS.items())
    return (
        '<div id="mnu_ngang"><ul class="sf-menu">'
        '<li><a href="/">Trang chủ</a></li>'
        '<li><a href="/pages/display/gioi-thieu">Giới thiệu</a><ul>'
        '<li><a href="/pages/display/gioi-thieu">Giới thiệu chung</a></li>'
        '<li><a href="/pages/display/doi-ngu-can-bo-giao-vien">Đội ngũ CB, GV</a></li></ul></li>'
        f'<li><a href="/news/view">Tin tức</a><ul>{cats}</ul></li>'
        '<li><a href="/downloads/category/van-ban">Văn bản</a></li>'
        '<li><a href="/pages/display/lien-he">Liên hệ</a></li>'
        "</ul></div>"
    )


def _left() -> str:
    latest = "".join(
        f'<li><a href="/news/display/{s.slug}">{esc(s.title)}</a></li>' for s in FRONT[:5]
    )
    notice = BY_SID[23]
    return (
        '<div id="cot_trai">'
        '<div class="zblk" id="blk_12"><h4 class="zblk_t">Thông báo</h4><div class="zblk_c">'
        '<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">'
        "<p>Lịch họp cha mẹ học sinh cuối học kỳ I: 7 giờ 30, Chủ nhật ngày 13/12/2026 tại các "
        "phòng học. Đề nghị quý phụ huynh tham dự đầy đủ.</p>"
        '<p><a href="/index.php?module=News&amp;type=user&amp;func=display&amp;sid=23">'
        f"» {esc(notice.title)}</a></p>"
        "<p>Học sinh nghỉ học ngày 01/01/2027 (Tết Dương lịch).</p>"
        "</marquee></div></div>"
        f'<div class="zblk" id="blk_7"><h4 class="zblk_t">Tin mới</h4><ul class="zblk_c">{latest}</ul></div>'
        '<div class="zblk" id="blk_9"><h4 class="zblk_t">Thăm dò ý kiến</h4><div class="zblk_c">'
        "<p>Bạn thấy website nhà trường thế nào?</p>"
        '<label><input type="radio" name="poll" value="1" /> Rất hữu ích</label><br />'
        '<label><input type="radio" name="poll" value="2" /> Bình thường</label><br />'
        '<input type="button" value="Bình chọn" onclick="return false" /></div></div>'
        '<div class="zblk" id="blk_10"><h4 class="zblk_t">Liên kết</h4><div class="zblk_c">'
        '<select onchange="window.open(this.value)"><option>-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ GD&amp;ĐT</option>'
        '<option value="https://vinhphuc.edu.vn">Sở GD&amp;ĐT Vĩnh Phúc</option></select>'
        f'<a href="https://vinhphuc.edu.vn" target="_blank"><img src="{THEME}/images/bn-sogd.png" '
        'alt="Sở GD&amp;ĐT" /></a></div></div>'
        "</div>"
    )


def _right_col() -> str:
    most = sorted(FRONT, key=lambda s: s.views(), reverse=True)[:4]
    items = "".join(f'<li><a href="{_url(s)}">{esc(s.title)}</a></li>' for s in most)
    return (
        '<div id="cot_phai">'
        '<div class="zblk"><h4 class="zblk_t">Đọc nhiều nhất</h4>'
        f'<ol class="zblk_c">{items}</ol></div>'
        '<div class="zblk"><h4 class="zblk_t">Thống kê truy cập</h4><div class="zblk_c">'
        "<div>Đang online: 14</div><div>Hôm nay: 387</div><div>Tổng truy cập: 1.204.553</div>"
        "</div></div>"
        '<div class="zblk"><h4 class="zblk_t">Tìm kiếm</h4><form action="/search" method="get">'
        '<input name="q" /><input type="submit" value="Tìm" /></form></div>'
        "</div>"
    )


def _page(title: str, crumbs: list[tuple[str, str | None]], main: str) -> Response:
    crumb = " » ".join(
        f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
        for label, href in crumbs
    )
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{esc(title)} - Trường THCS Lê Lợi - Vĩnh Yên</title>
<meta name="generator" content="Zikula Application Framework" />
<link rel="stylesheet" href="{THEME}/style/style.css" type="text/css" />
<script type="text/javascript" src="/javascript/ajax/proto_scriptaculous.combined.min.js"></script>
</head>
<body class="z-user">
<div id="khung">
<div id="dau_trang">
<a href="/"><img src="{THEME}/images/logo.png" alt="Trường THCS Lê Lợi" /></a>
<div class="ten_truong">PHÒNG GD&amp;ĐT THÀNH PHỐ VĨNH YÊN<br /><b>TRƯỜNG THCS LÊ LỢI</b></div>
<div id="ngay_ht">{TODAY_LINE}</div>
</div>
{_menu()}
<div id="dg_dan">{crumb}</div>
<table id="bang_chinh" width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="tdl" valign="top" width="220">{_left()}</td>
<td class="tdc" valign="top"><div id="z-maincontent">{main}</div></td>
<td class="tdr" valign="top" width="220">{_right_col()}</td>
</tr></table>
<div id="chan_trang">
<p><b>TRƯỜNG THCS LÊ LỢI - THÀNH PHỐ VĨNH YÊN - TỈNH VĨNH PHÚC</b></p>
<p>Địa chỉ: số 12 đường Lê Lợi, phường Ngô Quyền, TP Vĩnh Yên. ĐT: 0211 3862 456.
Email: c2leloi.vinhyen@vinhphuc.edu.vn</p>
<p>© 2012-2026 Bản quyền thuộc Trường THCS Lê Lợi. Thiết kế: Vĩnh Yên Web.
<a href="https://www.facebook.com/thcsleloivinhyen" target="_blank">Facebook</a></p>
</div>
</div>
</body>
</html>"""
    return html(body)


# --- articles ----------------------------------------------------------------------------------


def _render_blocks(s: Story) -> str:
    ent = 1 if s.opts.get("entities") else 0

    def t(value: str) -> str:
        return text(value, entities=ent)

    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh">'
                    f'<tr><td><img src="{esc(b.src)}" alt="" width="500" /></td></tr>'
                    f'<tr><td style="text-align:center"><em>{esc(b.printed or "")}</em></td></tr></table>'
                )
            elif b.style == "pic":
                pass  # printed before the hometext (picupload)
            else:
                out.append(f'<p style="text-align: center;"><img src="{esc(b.src)}" alt="" width="500" /></p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{t(b.text)}<br />\n{t(nxt.text)}</p>")
            i += 1
        elif b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = "".join(f"<td>{t(c)}</td>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(f'<table border="1" cellpadding="4" style="border-collapse:collapse">{"".join(rows)}</table>')
            continue
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{t(blocks[i].text)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
            continue
        elif b.style == "bullet":
            out.append(
                '<p><img src="/images/smilies/icon_point_right.gif" alt="👉" class="smilies" /> '
                f"{t(b.text)}</p>"
            )
        elif b.style == "h":
            out.append(f"<p><strong><u>{t(b.text)}</u></strong></p>")
        else:
            out.append(f'<p style="text-align: justify;">{t(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _article_core(s: Story, printer: bool) -> str:
    o = s.opts
    upd = (f' <span class="capnhat">| Cập nhật lần cuối: {o["updated"]}</span>'
           if o.get("updated") else "")
    parts = [
        f'<h1 class="tde_tin">{esc(s.title)}</h1>',
        f'<div id="tt_dang">Đăng bởi <span class="tv_dang">quantri</span> vào lúc '
        f'{o["posted"]} | Lượt xem: {s.views()}{upd}</div>',
    ]
    if not printer:
        parts.append(
            f'<a href="/news/category/{s.cat}"><img class="ic_cm" src="/images/categories/{CAT_ICON[s.cat]}" '
            f'alt="{esc(CATS[s.cat])}" align="right" /></a>'
        )
    for img in s.images:
        if img.style == "pic":
            parts.append(
                f'<div class="nws_anh"><a href="{esc(img.src)}" rel="lightbox">'
                f'<img src="{esc(img.src)}" alt="" width="300" /></a></div>'
            )
    if s.summary:
        parts.append(f'<div id="ndung_tomtat"><b>{esc(s.summary)}</b></div>')
    parts.append(f'<div id="ndung_ct">\n{_render_blocks(s)}\n</div>')
    if o.get("notes"):
        parts.append(f'<div class="nws_gc"><span class="gc_lb">Ghi chú:</span> {o["notes"]}</div>')
    return "\n".join(parts)


def _article(s: Story, printer: bool) -> Response:
    core = _article_core(s, printer)
    if printer:
        return html(
            "<!DOCTYPE html><html><head><meta charset='utf-8' />"
            f"<title>{esc(s.title)}</title></head><body onload='window.print()'>"
            f"<div class='printer'><b>Trường THCS Lê Lợi - Vĩnh Yên</b><hr />{core}<hr />"
            "<p>Bài viết được in từ website Trường THCS Lê Lợi</p></div></body></html>"
        )
    same = [x for x in _newest(STORIES) if x.cat == s.cat]
    newer = [x for x in same if same.index(x) < same.index(s)][-3:]
    newer_html = ""
    if newer:
        lis = "".join(f'<li><a href="{_url(x)}">{esc(x.title)}</a> <i>({x.opts["posted"][:10]})</i></li>'
                      for x in newer)
        newer_html = f'<div class="tin_khac"><h3>Tin mới hơn</h3><ul>{lis}</ul></div>'
    comments = ""
    if s.opts.get("comments"):
        items = "".join(
            f'<div class="ezc_item"><div class="ezc_nguoi"><b>{esc(n)}</b> - {d}</div>'
            f"<p>{esc(c)}</p></div>"
            for n, d, c in s.opts["comments"]
        )
        comments = f'<div id="ezc_ds"><h3>Ý kiến bạn đọc ({len(s.opts["comments"])})</h3>{items}</div>'
    comments += (
        '<form id="ezc_gui" action="/ezcomments/user/create" method="post">'
        '<h3>Gửi ý kiến</h3><input name="name" /><textarea name="comment"></textarea>'
        '<input type="submit" value="Gửi" /></form>'
    )
    tools = (
        '<div class="cong_cu">'
        f'<a href="{_url(s)}?theme=Printer" rel="nofollow" target="_blank">'
        f'<img src="{THEME}/images/print.gif" alt="" /> In bài</a> '
        f'<a href="mailto:?subject={esc(s.slug)}"><img src="{THEME}/images/email.gif" alt="" /> Gửi email</a> '
        '<a href="https://www.facebook.com/sharer/sharer.php" target="_blank">'
        f'<img src="{THEME}/images/fb-share.png" alt="Chia sẻ" /></a></div>'
    )
    main = f'<div class="z-nws-bai">{core}\n{tools}\n{newer_html}\n{comments}</div>'
    return _page(s.title, [("Trang chủ", "/"), ("Tin tức", "/news/view"),
                           (CATS[s.cat], f"/news/category/{s.cat}")], main)


# --- listings ----------------------------------------------------------------------------------


def _teaser(s: Story) -> str:
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    thumb = s.opts.get("thumb") or f"{THEME}/images/no_img.jpg"
    remain = 900 + s.id * 53
    return (
        '<div class="tin_dm">'
        f'<a href="{_url(s)}"><img class="anh_nho" src="{thumb}" alt="" width="110" /></a>'
        f'<h3><a href="{_url(s)}">{esc(s.title)}</a></h3>'
        f'<div class="tg_dang">{s.opts["posted"]}</div>'
        f"<div>{esc(lead)}</div>"
        f'<a class="doc_tiep" href="{_url(s)}">Đọc tiếp...</a> '
        f'<span class="con_lai">(còn {remain // 1000}.{remain % 1000:03d} byte)</span>'
        "</div>"
    )


def _pager(base: str, total: int, start: int, first_href: str) -> str:
    links = []
    n = 1
    page = 1
    while n <= total:
        href = first_href if n == 1 else f"{base}/startnum/{n}"
        if n == start:
            links.append(f'<span class="z-pagerselected">{page}</span>')
        else:
            links.append(f'<a href="{href}">{page}</a>')
        n += PER_PAGE
        page += 1
    if start + PER_PAGE <= total:
        links.append(f'<a href="{base}/startnum/{start + PER_PAGE}" title="Trang sau">»</a>')
    return f'<div class="z-pager">Trang: {" ".join(links)}</div>' if total > PER_PAGE else ""


def _listing(items: list[Story], start: int, base: str, first: str, heading: str,
             crumbs: list[tuple[str, str | None]]) -> Response | None:
    if start < 1 or (start - 1) % PER_PAGE or (start > 1 and start > len(items)):
        return None
    chunk = items[start - 1:start - 1 + PER_PAGE]
    main = (f'<h2 class="tde_dm">{esc(heading)}</h2>' + "".join(_teaser(s) for s in chunk)
            + _pager(base, len(items), start, first))
    return _page(heading, crumbs, main)


# --- site --------------------------------------------------------------------------------------

_ART = re.compile(r"^/news/(\d+)/([a-z0-9-]+)$")
_DISP = re.compile(r"^/news/display/([a-z0-9-]+)$")
_VIEW = re.compile(r"^/news/view/startnum/(\d+)$")
_CAT = re.compile(r"^/news/category/([a-z-]+)(?:/startnum/(\d+))?$")
_PAGE = re.compile(r"^/pages/display/([a-z-]+)$")
_DOC = re.compile(r"^/downloads/item/(\d+)/([a-z0-9-]+)$")
_GET = re.compile(r"^/downloads/getfile/(\d+)$")


class ZikulaSite:
    def respond(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        params = dict(parse_qsl(query, keep_blank_values=True))
        printer = params.get("theme") == "Printer"
        if printer:
            params.pop("theme")

        if path == "/index.php":
            if {k: v for k, v in params.items() if k != "type"} .keys() != {"module", "func", "sid"}:
                return None
            if params["module"] != "News" or params["func"] != "display" or params.get("type", "user") != "user":
                return None
            s = BY_SID.get(int(params["sid"])) if params["sid"].isdigit() else None
            return _article(s, printer) if s else None

        if params:
            return None
        if (m := _ART.match(path)) and (s := BY_SID.get(int(m[1]))) and s.slug == m[2]:
            return _article(s, printer)
        if (m := _DISP.match(path)) and (s := BY_SLUG.get(m[1])):
            return _article(s, printer)
        if printer:
            return None

        front_crumbs = [("Trang chủ", "/"), ("Tin tức", None)]
        if path in ("/", "/news/view", "/news"):
            return _listing(FRONT, 1, "/news/view", "/news/view", "Tin tức mới", front_crumbs)
        if m := _VIEW.match(path):
            return _listing(FRONT, int(m[1]), "/news/view", "/news/view", "Tin tức mới", front_crumbs)
        if (m := _CAT.match(path)) and m[1] in CATS:
            items = _newest([s for s in STORIES if s.cat == m[1]])
            base = f"/news/category/{m[1]}"
            crumbs = [("Trang chủ", "/"), ("Tin tức", "/news/view"), (CATS[m[1]], None)]
            return _listing(items, int(m[2] or 1), base, base, CATS[m[1]], crumbs)
        if (m := _PAGE.match(path)) and m[1] in PAGES:
            title, content = PAGES[m[1]]
            main = f'<h1 class="tde_tin">{esc(title)}</h1><div class="pg_nd">{content}</div>'
            return _page(title, [("Trang chủ", "/"), (title, None)], main)
        if path == "/downloads/category/van-ban":
            rows = "".join(
                f'<tr><td><a href="/downloads/item/{lid}/{slug}">{esc(t)}</a></td><td>{d}</td></tr>'
                for lid, (slug, t, d, _f) in DOCS.items()
            )
            main = (f'<h2 class="tde_dm">Văn bản</h2><table class="z-datatable">'
                    f"<tr><th>Tên văn bản</th><th>Ngày đăng</th></tr>{rows}</table>")
            return _page("Văn bản", [("Trang chủ", "/"), ("Văn bản", None)], main)
        if (m := _DOC.match(path)) and (doc := DOCS.get(int(m[1]))) and doc[0] == m[2]:
            _slug, t, d, fname = doc
            main = (f'<h1 class="tde_tin">{esc(t)}</h1><table class="z-datatable">'
                    f"<tr><td>Ngày đăng</td><td>{d}</td></tr><tr><td>Tệp tin</td><td>{fname}</td></tr>"
                    f'<tr><td>Tải về</td><td><a href="/downloads/getfile/{m[1]}">'
                    f'<img src="/modules/Downloads/images/download.png" alt="" /> Tải về</a></td></tr></table>')
            return _page(t, [("Trang chủ", "/"), ("Văn bản", "/downloads/category/van-ban"), (t, None)], main)
        if (m := _GET.match(path)) and int(m[1]) in DOCS:
            return Response(200, PDF, {"Content-Type": "application/pdf",
                                       "Content-Disposition": f'attachment; filename="{DOCS[int(m[1])][3]}"'})
        if path.startswith(("/images/", "/userdata/", "/themes/", "/modules/", "/javascript/")):
            return static_file(path)
        return None


def build_site() -> ZikulaSite:
    return ZikulaSite()


def _gold(s: Story) -> dict:
    canon = _url(s)
    return gold_record(
        s,
        canon,
        CATS[s.cat],
        alt_paths=[
            f"/news/display/{s.slug}",
            f"/index.php?module=News&type=user&func=display&sid={s.id}",
            f"{canon}?theme=Printer",
        ],
    )


GOLD = [_gold(s) for s in sorted(STORIES, key=lambda s: s.id)]

NON_ARTICLES = [
    "/pages/display/gioi-thieu",
    "/pages/display/doi-ngu-can-bo-giao-vien",
    "/pages/display/lien-he",
    "/downloads/item/12/ke-hoach-giao-duc-nha-truong-2026-2027",
    "/downloads/item/15/quy-che-chi-tieu-noi-bo-2026",
]
