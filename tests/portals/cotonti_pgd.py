"""Phòng Giáo dục và Đào tạo huyện Bảo Lâm (Cao Bằng) on Cotonti Siena 0.9 (Pages + Comments).

Platform: Cotonti Siena 0.9.x, the PHP CMF that succeeded Seditio, with its ``page`` module (pages
filed in a category tree), the ``comments`` plugin, the ``forums`` module, the ``indexnews``
plugin on the home page and a Vietnamese skin made by a local vendor (class names in
abbreviated Vietnamese: ``khoi-bai``, ``pg-ttin``, ``duongdan`` …, next to Cotonti's own
``textbox``, ``pagenav_*``, ``comment`` …). URL rewriting ("handy" urleditor) is on, but the old
``page.php`` addresses still answer and are still printed by hand-made widgets.

URL scheme
- ``/`` home (indexnews: the 4 latest pages of "Tin tức - Sự kiện", text cut at ``[more]``).
- ``/page.php?c=<cat>`` and ``/page.php?c=<cat>&d=<offset>`` category listings, 5 rows a page;
  ``d`` is a row offset (0, 5, …), not a page number. A parent category
  (``chuyen-mon``) lists its sub-categories only.
- ``/<cat>/<alias>`` a page with an alias (the link Cotonti generates, and the canonical);
  ``/page.php?c=<cat>&id=<id>``, ``/page.php?id=<id>`` and ``/page.php?al=<alias>`` serve the same
  page. A page without an alias only has the ``page.php`` forms.
- ``?dcm=<offset>`` on a page: the page again with the next comments; ``?pg=<n>`` on a page
  written with ``[newpage]``: its n-th part.
- ``/index.php?e=contact`` contact form, ``/index.php?e=search&sq=…`` search (GET form),
  ``/forums.php`` (+ ``?m=topics&s=<id>``, ``?m=posts&q=<id>``), ``/users.php?m=details&id=<id>``.

Page templates
- home, listing, page (article / intro / document entry: one template, ``page.tpl``), forums,
  contact, search, user profile. Chrome: header clock "Thứ Bảy, 05/12/2026", menu with
  drop-downs, breadcrumb, left column (most-read widget, links, poll, visitor counter), footer.

How each gold article is reached
- 41, 40, 37, 35: home page indexnews block and the first page of "Tin tức - Sự kiện".
- 33: first page of the listing only; 31, 30: only on ``/page.php?c=tin-tuc&d=5`` (30 also by a
  legacy ``page.php?c=tin-tuc&id=30`` link inside article 41's "Xem thêm" line).
- 39, 36: "Thông báo" listing (and the home page's notice box); 39 has no alias.
- 38, 34 (Giáo dục Tiểu học) and 32, 29 (Giáo dục THCS): sub-category listings, reached from the
  menu drop-down or from the parent listing ``/page.php?c=chuyen-mon``.
- The most-read widget links 40, 37, 34, 39 as ``/page.php?id=<id>`` (hand-made widget, no
  rewriting).

Traps
1. Offset pagination: ``&d=5`` is the second page of a listing (rows 6-10), the page-number links
   print "1 2" and "Sau ›"; 31 is only there, 30 otherwise only behind a legacy link in 41's
   "Xem thêm" line ("Các tin khác" lists the first listing page only). Gold: both are articles
   of "Tin tức - Sự kiện".
2. One page, many addresses: alias URL, ``page.php?c=&id=``, ``page.php?id=`` (most-read
   widget), ``page.php?al=``; only the alias is canonical (``<link rel="canonical">``). Gold: one
   record per page, path = the alias URL, the others in ``alt_paths``.
3. Comments plugin below the text: numbered comments (``#1``), guests' names, their own dates in
   the same "dd.mm.YYYY HH:MM" form, avatars, and a comment form. Comments are not body, their
   dates are not the page's, avatars are not images. Comment pages (``?dcm=3``) serve the same
   article again: alt path.
4. Dates printed "dd.mm.YYYY HH:MM" with a dot (Cotonti's ``datetime_medium``): "05.11.2026" is
   5 November, not May 11. Gold: "2026-11-05T07:45:00+07:00".
5. Cotonti's two page dates: the skin prints "Ngày tạo" (page_date, when the draft was saved)
   before "Ngày đăng" (page_begin, when it went public) on a page that was scheduled (37). Gold:
   the "Ngày đăng" time; "Cập nhật" is never the date.
6. Page description (``page_desc``) printed as ``<p class="small mota">`` under the title: the
   sapo, in its own element (41, 32); on 40 the editor pasted the same lead as the text's first
   paragraph too. Gold: summary = the description; the body has the lead once.
7. ``[newpage]`` article (38): the text is split in two parts, ``?pg=2`` prints part 2 under the
   same title and meta, the part titles are only in the tab list. Gold: one article at the alias
   URL, body = part 1 then part 2; ``?pg=1`` and ``?pg=2`` are alt paths, not other articles.
8. Three byline sources: the meta table's "Tác giả" (page_author field, with degrees or the unit
   after the name, or "Sưu tầm" which is nobody), "Người đăng" (the Cotonti account linking to
   ``users.php``: nobody), and a right-aligned closing line in the text ("Tin, ảnh: …",
   "Tin: … - Ảnh: …"). Gold: names only; "Sưu tầm" and accounts are nobody.
9. Source from an extra field: the meta table's "Nguồn tin" row (page extrafield) on 40 gives the
   source; on 33 a closing "Theo caobang.edu.vn" line does.
10. Images inserted from the PFS (personal file space): ``alt`` is the file name, never the
   caption; the caption is either a second table row, a centred italic paragraph in parentheses
   (taken off), or only "Ảnh: X" (no caption, X photographs). Comment avatars and the
   most-read thumbnails are not article images.
11. Official notice (39) typed as a document inside the page text: letterhead table, "THÔNG BÁO /
   Về việc …", "Nơi nhận" and the signer. Gold: body without them, date = letterhead day, signer
   = author; the page has no alias (path ``/page.php?c=thong-bao&id=39``).
12. Midnight time (38: "20.11.2026 00:00"): the day alone.
13. Text chrome inside the textbox: a "Xem thêm:" line with a legacy link, the attachment line
   under the text ("Tệp đính kèm: … (KB) - Lượt tải"), tables with results (cells " | "), a
   ``<br>`` splitting a paragraph, FCKeditor-style entities on 35.
14. The home page and listings print the cut text ("[more]") of each page followed by "Đọc
   tiếp…": they look like article text but are listings.

Gold decisions on ambiguous points
- ``category`` is the page's own category as the breadcrumb prints it ("Giáo dục Tiểu học",
  not the parent "Hoạt động chuyên môn").
- A ``[newpage]`` article is one article; its parts are alt paths (trap 7).
- The description printed under the title is a sapo (own element); where the first paragraph
  repeats it word for word the body keeps it once.
- Intro pages (category ``gioi-thieu``), document entries (``van-ban``), the forum and the
  contact page are not articles.
"""

from __future__ import annotations

from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "cotonti_pgd"
PLATFORM = "Cotonti Siena 0.9 (Pages, Comments, Forums; Vietnamese skin)"
START_PATH = "/"

HEADER_DAY = "Thứ Bảy, 05/12/2026"
ROWS = 5
CMT_ROWS = 3

#: category code -> (title, parent code)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc": ("Tin tức - Sự kiện", None),
    "thong-bao": ("Thông báo", None),
    "chuyen-mon": ("Hoạt động chuyên môn", None),
    "tieu-hoc": ("Giáo dục Tiểu học", "chuyen-mon"),
    "thcs": ("Giáo dục THCS", "chuyen-mon"),
    "van-ban": ("Văn bản", None),
    "gioi-thieu": ("Giới thiệu", None),
}

D = "/datas/users/"

# --- the articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        41, "khai-mac-hoi-thi-gvdg-tieu-hoc-2026",
        "Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        "tin-tuc", "2026-12-03T14:30:00+07:00",
        [
            P("Sáng 03/12, tại Trường Tiểu học Thị trấn Pác Miầu, Phòng GD&ĐT huyện Bảo Lâm "
              "long trọng tổ chức khai mạc Hội thi với sự tham gia của 64 giáo viên đến từ 18 "
              "trường tiểu học trong huyện."),
            Img(D + "2-khai-mac-hoithi-01.jpg", "Đồng chí Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi", "tbl"),
            P("Hội thi nhằm đánh giá năng lực giảng dạy, khả năng vận dụng phương pháp dạy học "
              "tích cực của giáo viên theo Chương trình giáo dục phổ thông 2018."),
            P("Mỗi giáo viên dự thi trình bày một biện pháp nâng cao chất lượng giảng dạy và "
              "thực hành hai tiết dạy trên lớp. Ban Giám khảo gồm 21 đồng chí là cán bộ quản lý, "
              "giáo viên cốt cán của huyện."),
            Img(D + "2-khai-mac-hoithi-02.jpg", "(Các giáo viên dự thi bốc thăm tiết dạy)",
                "Các giáo viên dự thi bốc thăm tiết dạy", "next"),
            P("Hội thi diễn ra đến hết ngày 12/12/2026."),
            Raw('<p><em>Xem thêm: <a href="/page.php?c=tin-tuc&amp;id=30">Bảo Lâm tổ chức chuyên '
                "đề đổi mới sinh hoạt chuyên môn</a></em></p>"),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nông Thị Hoa</strong></p>'),
        ],
        authors=["Nông Thị Hoa"], photographers=["Nông Thị Hoa"],
        summary="(PGD Bảo Lâm) - Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học "
        "2026 - 2027 chính thức khai mạc với 64 giáo viên tham gia.",
        sapo_outside=True,
        opts={"date": "03.12.2026 14:30", "updated": "04.12.2026 08:12", "author": "",
              "comments": 4},
    ),
    Story(
        40, "trao-qua-hoc-sinh-vung-cao-mua-dong",
        "Bảo Lâm: Trao 350 suất quà cho học sinh vùng cao trước mùa đông",
        "tin-tuc", "2026-11-28T09:15:00+07:00",
        [
            P("Ngày 27/11, Phòng GD&ĐT phối hợp với Hội Chữ thập đỏ huyện trao 350 suất quà gồm "
              "áo ấm, chăn và đồ dùng học tập cho học sinh các xã Lý Bôn, Vĩnh Quang, Nam Quang."),
            P("Tổng giá trị số quà trên 210 triệu đồng, do các nhà hảo tâm và tổ chức thiện "
              "nguyện trong và ngoài tỉnh ủng hộ."),
            Img(D + "2-trao-qua-ly-bon.jpg", "(Trao quà cho học sinh Trường PTDTBT THCS Lý Bôn)",
                "Trao quà cho học sinh Trường PTDTBT THCS Lý Bôn", "next"),
            P("Nhiều em học sinh ở các điểm trường lẻ phải đi bộ hơn 5 km đến trường, những chiếc "
              "áo ấm là món quà thiết thực giúp các em yên tâm học tập trong mùa đông giá rét."),
        ],
        authors=["Hoàng Văn Sơn"], source="Báo Cao Bằng",
        summary="Ngày 27/11, Phòng GD&ĐT phối hợp với Hội Chữ thập đỏ huyện trao 350 suất quà "
        "gồm áo ấm, chăn và đồ dùng học tập cho học sinh các xã Lý Bôn, Vĩnh Quang, Nam Quang.",
        opts={"date": "28.11.2026 09:15", "author": "Hoàng Văn Sơn - Trường PTDTBT THCS Lý Bôn",
              "source": "Báo Cao Bằng", "desc_dup": True, "comments": 0},
    ),
    Story(
        37, "gap-mat-ky-niem-ngay-nha-giao-20-11",
        "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc", "2026-11-19T16:00:00+07:00",
        [
            P("Chiều 19/11, Phòng GD&ĐT huyện Bảo Lâm tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà "
              "giáo Việt Nam (20/11/1982 - 20/11/2026)."),
            P("Tới dự có đại diện lãnh đạo Huyện ủy, HĐND, UBND huyện cùng các thầy cô giáo đã "
              "nghỉ hưu và đại diện cán bộ, giáo viên các trường."),
            P("Dịp này, 12 tập thể và 35 cá nhân được khen thưởng vì có thành tích xuất sắc trong "
              "phong trào thi đua “Dạy tốt - Học tốt”."),
            Img(D + "2-gap-mat-20-11.jpg", "Ảnh: Lục Văn Thành", None, "credit"),
            Raw('<p style="text-align: right;"><b>Phòng GD&amp;ĐT Bảo Lâm</b></p>'),
        ],
        authors=["Phòng GD&ĐT Bảo Lâm"], photographers=["Lục Văn Thành"],
        opts={"date": "19.11.2026 16:00", "created": "17.11.2026 10:05", "author": "",
              "comments": 0},
    ),
    Story(
        35, "hoi-nghi-can-bo-quan-ly-mam-non",
        "Hội nghị triển khai nhiệm vụ giáo dục mầm non năm học 2026 - 2027",
        "tin-tuc", "2026-11-12T08:20:00+07:00",
        [
            P("Hội nghị đánh giá kết quả năm học trước và triển khai 5 nhiệm vụ trọng tâm của "
              "giáo dục mầm non toàn huyện.", "b"),
            P("Năm học 2026 - 2027, toàn huyện có 19 trường mầm non với 4.120 trẻ; tỷ lệ trẻ 5 "
              "tuổi ra lớp đạt 100%."),
            P("Các đại biểu đã thảo luận về giải pháp tăng cường tiếng Việt cho trẻ em người dân "
              "tộc thiểu số,"),
            P("xây dựng môi trường giáo dục lấy trẻ làm trung tâm."),
            P("Kết thúc hội nghị, Phòng GD&ĐT đề nghị các trường chủ động rà soát đội ngũ, cơ sở "
              "vật chất trước ngày 30/11."),
        ],
        authors=["Triệu Thị Mai"],
        summary="Hội nghị đánh giá kết quả năm học trước và triển khai 5 nhiệm vụ trọng tâm của "
        "giáo dục mầm non toàn huyện.",
        opts={"date": "12.11.2026 08:20", "author": "CN. Triệu Thị Mai", "entities": 2,
              "brjoin": [2], "comments": 0},
    ),
    Story(
        33, "cao-bang-huong-dan-thi-hsg-tinh-2026",
        "Cao Bằng hướng dẫn tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2026 - 2027",
        "tin-tuc", "2026-11-05T07:45:00+07:00",
        [
            P("Sở GD&ĐT Cao Bằng vừa ban hành hướng dẫn tổ chức kỳ thi chọn học sinh giỏi cấp "
              "tỉnh lớp 9 và lớp 12 năm học 2026 - 2027."),
            P("Theo hướng dẫn, kỳ thi lớp 9 tổ chức vào ngày 18/3/2027, gồm 9 môn thi; mỗi huyện "
              "được cử tối đa 10 học sinh mỗi môn."),
            P("Các đơn vị gửi danh sách học sinh dự thi về Sở trước ngày 15/02/2027."),
            Raw("<p><em>Theo caobang.edu.vn</em></p>"),
        ],
        source="caobang.edu.vn",
        opts={"date": "05.11.2026 07:45", "author": "Sưu tầm", "comments": 0},
    ),
    Story(
        31, "phu-huynh-chung-tay-xay-nha-ban-tru",
        "Phụ huynh xã Thạch Lâm chung tay dựng nhà bán trú cho học sinh",
        "tin-tuc", "2026-10-27T15:40:00+07:00",
        [
            P("Trong hai ngày cuối tuần, hơn 80 phụ huynh thôn Khuổi Phiêng (xã Thạch Lâm) đã góp "
              "công, góp gỗ dựng 4 gian nhà bán trú cho học sinh Trường PTDTBT Tiểu học Thạch Lâm."),
            P("Nhà bán trú rộng 96 m², đủ chỗ ở cho 40 học sinh ở xa trường."),
            P("Ban Giám hiệu nhà trường cảm ơn tinh thần của bà con và cam kết chăm lo tốt việc "
              "ăn, ở của các em."),
            Raw('<p style="text-align: right;"><b>Tin: Lý Văn Páo - Ảnh: Hoàng Thị Dung</b></p>'),
            Img(D + "3-nha-ban-tru.jpg", "Nhà bán trú mới dựng xong", "Nhà bán trú mới dựng xong", "tbl"),
        ],
        authors=["Lý Văn Páo"], photographers=["Hoàng Thị Dung"],
        opts={"date": "27.10.2026 15:40", "author": "", "comments": 2},
    ),
    Story(
        30, "chuyen-de-doi-moi-sinh-hoat-chuyen-mon",
        "Bảo Lâm tổ chức chuyên đề đổi mới sinh hoạt chuyên môn",
        "tin-tuc", "2026-10-21T10:00:00+07:00",
        [
            P("Ngày 20/10, tại Trường THCS Mông Ân, Phòng GD&ĐT tổ chức chuyên đề đổi mới sinh "
              "hoạt chuyên môn theo nghiên cứu bài học cho cán bộ quản lý và tổ trưởng chuyên môn "
              "các trường THCS."),
            Img(D + "2-chuyende-mong-an.jpg", "Tiết dạy minh họa môn Ngữ văn lớp 7",
                "Tiết dạy minh họa môn Ngữ văn lớp 7", "tbl"),
            P("Chuyên đề gồm hai nội dung:", ""),
            P("Dự tiết dạy minh họa môn Ngữ văn lớp 7;", "li"),
            P("Phân tích bài học theo hướng tập trung vào hoạt động của học sinh.", "li"),
            P("Các trường sẽ nhân rộng hình thức sinh hoạt này trong học kỳ I."),
        ],
        authors=["Phòng GD&ĐT Bảo Lâm"],
        opts={"date": "21.10.2026 10:00", "author": "Phòng GD&ĐT Bảo Lâm", "comments": 0},
    ),
    Story(
        39, "",
        "Thông báo về việc tổ chức Hội thi giáo viên dạy giỏi cấp huyện cấp THCS năm học 2026 - 2027",
        "thong-bao", "2026-11-30",
        [
            Raw('<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
                '<tr><td style="text-align:center;width:40%"><p>UBND HUYỆN BẢO LÂM</p>'
                "<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b></p><p>Số: 512/TB-PGDĐT</p></td>"
                '<td style="text-align:center"><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>'
                "<p><b>Độc lập - Tự do - Hạnh phúc</b></p>"
                "<p><i>Bảo Lâm, ngày 30 tháng 11 năm 2026</i></p></td></tr></table>"
                '<p style="text-align:center"><b>THÔNG BÁO</b></p>'
                '<p style="text-align:center"><b>Về việc tổ chức Hội thi giáo viên dạy giỏi cấp '
                "huyện cấp THCS năm học 2026 - 2027</b></p>"),
            P("Căn cứ Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 của Bộ Giáo dục và Đào tạo ban "
              "hành Quy định về Hội thi giáo viên dạy giỏi cơ sở giáo dục mầm non; giáo viên dạy "
              "giỏi, giáo viên chủ nhiệm lớp giỏi cơ sở giáo dục phổ thông;"),
            P("Phòng GD&ĐT huyện Bảo Lâm thông báo tổ chức Hội thi giáo viên dạy giỏi cấp huyện "
              "cấp THCS năm học 2026 - 2027 như sau:"),
            P("1. Thời gian: từ ngày 11/01/2027 đến ngày 22/01/2027.", "h"),
            P("2. Địa điểm: Trường THCS Thị trấn Pác Miầu.", "h"),
            P("3. Hồ sơ đăng ký gửi về Phòng GD&ĐT (bộ phận chuyên môn THCS) trước ngày "
              "25/12/2026.", "h"),
            P("Đề nghị Hiệu trưởng các trường THCS triển khai thực hiện nghiêm túc./."),
            Raw('<table border="0" style="width:100%"><tr><td style="width:50%"><p><b><i>Nơi '
                "nhận:</i></b></p><p>- Các trường THCS;</p><p>- Lưu: VT, CM.</p></td>"
                '<td style="text-align:center"><p><b>KT. TRƯỞNG PHÒNG</b></p><p><b>PHÓ TRƯỞNG '
                "PHÒNG</b></p><p><i>(Đã ký)</i></p><p><b>Lương Văn Quân</b></p></td></tr>"
                "</table>"),
        ],
        authors=["Lương Văn Quân"],
        opts={"date": "01.12.2026 08:05", "author": "", "comments": 0},
    ),
    Story(
        36, "ke-hoach-hoi-khoe-phu-dong-2026",
        "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện năm 2026",
        "thong-bao", "2026-11-15T10:30:00+07:00",
        [
            P("Hội khỏe Phù Đổng cấp huyện năm 2026 dành cho học sinh tiểu học và THCS được tổ "
              "chức tại Sân vận động huyện Bảo Lâm."),
            P("Lịch thi đấu", "h"),
            P("Môn | Ngày thi đấu | Địa điểm", "tr"),
            P("Điền kinh | 08/12/2026 | Sân vận động huyện", "tr"),
            P("Bóng đá nam | 09/12/2026 | Sân vận động huyện", "tr"),
            P("Cờ vua | 10/12/2026 | Nhà văn hóa huyện", "tr"),
            P("Các trường đăng ký danh sách vận động viên trước ngày 01/12/2026."),
            Raw('<p style="text-align: right;"><em>Bộ phận Chuyên môn THCS</em></p>'),
        ],
        authors=["Bộ phận Chuyên môn THCS"],
        opts={"date": "15.11.2026 10:30", "updated": "02.12.2026 16:44", "author": "",
              "comments": 0},
    ),
    Story(
        38, "tham-luan-tieng-viet-hoc-sinh-dtts",
        "Tham luận: Nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số",
        "tieu-hoc", "2026-11-20",
        [
            P("Trường PTDTBT Tiểu học Yên Thổ có 312 học sinh, 100% là người dân tộc Mông, Dao; "
              "phần lớn các em khi vào lớp 1 chưa nói thạo tiếng Việt."),
            P("Nhà trường đã khảo sát vốn tiếng Việt của học sinh ngay từ đầu năm học để xếp "
              "nhóm và có kế hoạch hỗ trợ phù hợp."),
            P("Thứ nhất, tổ chức tuần làm quen cho học sinh lớp 1 với sự hỗ trợ của giáo viên "
              "biết tiếng dân tộc."),
            P("Thứ hai, xây dựng góc tiếng Việt trong mỗi lớp học, treo tranh và từ ngữ gần gũi "
              "với đời sống của các em."),
            P("Sau một năm thực hiện, 96% học sinh lớp 1 đọc thông viết thạo; không có học sinh "
              "bỏ học."),
        ],
        authors=["Đàm Thị Lan"],
        opts={"date": "20.11.2026 00:00", "author": "ThS. Đàm Thị Lan", "split": 2,
              "parts": ["Phần I: Thực trạng", "Phần II: Giải pháp và kết quả"], "comments": 0},
    ),
    Story(
        34, "chuyen-de-stem-lop-4-pac-miau",
        "Chuyên đề dạy học STEM lớp 4 tại Trường Tiểu học Thị trấn Pác Miầu",
        "tieu-hoc", "2026-11-10T13:50:00+07:00",
        [
            P("Ngày 09/11, Trường Tiểu học Thị trấn Pác Miầu tổ chức chuyên đề dạy học STEM "
              "với bài học “Làm mô hình hệ thống lọc nước” trong môn Khoa học lớp 4."),
            Img(D + "4-stem-loc-nuoc.jpg", "(Học sinh lớp 4A lắp mô hình lọc nước)",
                "Học sinh lớp 4A lắp mô hình lọc nước", "next"),
            P("Học sinh được chia thành 6 nhóm, tự thiết kế và thử nghiệm mô hình bằng vật liệu "
              "sẵn có như chai nhựa, cát, sỏi, than hoạt tính."),
            Img(D + "4-stem-trung-bay.jpg", "Sản phẩm của các nhóm", "Sản phẩm của các nhóm", "tbl"),
            P("Chuyên đề thu hút 45 giáo viên các trường tiểu học lân cận tham dự."),
            Raw('<p style="text-align: right;"><strong>Tin: Nông Văn Quyết - Ảnh: Mã Thị Ngọc'
                "</strong></p>"),
        ],
        authors=["Nông Văn Quyết"], photographers=["Mã Thị Ngọc"],
        opts={"date": "10.11.2026 13:50", "author": "", "comments": 0},
    ),
    Story(
        32, "tap-huan-thiet-bi-khtn",
        "Tập huấn sử dụng thiết bị dạy học môn Khoa học tự nhiên",
        "thcs", "2026-11-02T08:00:00+07:00",
        [
            P("Trong hai ngày 31/10 và 01/11, 42 giáo viên dạy môn Khoa học tự nhiên các trường "
              "THCS được hướng dẫn sử dụng bộ thiết bị thí nghiệm mới được cấp."),
            P("Giảng viên là các giáo viên cốt cán của tỉnh, hướng dẫn từng thí nghiệm ở các "
              "phân môn Vật lý, Hóa học và Sinh học."),
            P("Cuối đợt tập huấn, các học viên thực hành soạn kế hoạch bài dạy có sử dụng thiết "
              "bị."),
        ],
        authors=["Hà Văn Đông"],
        summary="Nhằm khai thác hiệu quả thiết bị dạy học tối thiểu được cấp năm 2026, Phòng "
        "GD&ĐT tổ chức lớp tập huấn cho giáo viên môn Khoa học tự nhiên.",
        sapo_outside=True,
        opts={"date": "02.11.2026 08:00", "author": "Hà Văn Đông, Tổ chuyên môn THCS",
              "comments": 0},
    ),
    Story(
        29, "ket-qua-thi-hsg-lop-9-cap-huyen",
        "Kết quả thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        "thcs", "2026-10-18T17:10:00+07:00",
        [
            P("Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện diễn ra ngày 16/10 với 186 thí sinh "
              "dự thi 9 môn."),
            P("Kết quả có 71 học sinh đạt giải, trong đó:"),
            P("Giải | Số lượng", "tr"),
            P("Nhất | 6", "tr"),
            P("Nhì | 17", "tr"),
            P("Ba | 22", "tr"),
            P("Khuyến khích | 26", "tr"),
            P("Các học sinh đạt giải sẽ được tập trung bồi dưỡng để dự thi cấp tỉnh."),
        ],
        opts={"date": "18.10.2026 17:10", "author": "", "comments": 1,
              "file": ("ket-qua-hsg9-2026.pdf", "86 KB", 154)},
    ),
]

BY_ID = {s.id: s for s in STORIES}

COMMENTS: dict[int, list[tuple[str, str, str]]] = {
    41: [
        ("Phụ huynh Nông Văn Tài", "03.12.2026 20:15", "Chúc các thầy cô dự thi đạt kết quả cao!"),
        ("Giáo viên TH Lý Bôn", "04.12.2026 06:40", "Hội thi năm nay tổ chức rất chu đáo."),
        ("Mai Hương", "04.12.2026 09:02", "Mong Phòng đăng thêm ảnh các tiết dạy."),
        ("Hoàng Liên", "04.12.2026 21:30", "Cảm ơn Ban tổ chức, chúc Hội thi thành công."),
    ],
    31: [
        ("Lý A Sầu", "28.10.2026 07:10", "Bà con Khuổi Phiêng thật đáng quý."),
        ("Khách", "29.10.2026 19:45", "Đề nghị huyện hỗ trợ thêm chăn màn cho các em."),
    ],
    29: [("Phụ huynh lớp 9A", "19.10.2026 08:00", "Xin chúc mừng các em học sinh đạt giải!")],
}

#: intro pages and document entries: (cat, alias, id, title, paragraphs, file)
OTHER_PAGES = [
    ("gioi-thieu", "lich-su", 3, "Lịch sử Phòng Giáo dục và Đào tạo huyện Bảo Lâm",
     ["Phòng Giáo dục và Đào tạo huyện Bảo Lâm được thành lập năm 2000, khi huyện Bảo Lâm được "
      "tách ra từ huyện Bảo Lạc.",
      "Hiện nay Phòng quản lý 58 trường mầm non, tiểu học và THCS với hơn 1.900 cán bộ, giáo viên."],
     None),
    ("gioi-thieu", "co-cau-to-chuc", 4, "Cơ cấu tổ chức",
     ["Trưởng phòng: Đinh Văn Hùng.", "Phó Trưởng phòng: Lương Văn Quân, Bế Thị Thu.",
      "Các bộ phận: Văn phòng, Chuyên môn Mầm non, Chuyên môn Tiểu học, Chuyên môn THCS."],
     None),
    ("van-ban", "cv-1520-pgddt", 27, "Công văn số 1520/PGDĐT-CM về hướng dẫn kiểm tra đánh giá",
     ["Số/Ký hiệu: 1520/PGDĐT-CM", "Ngày ban hành: 14.10.2026", "Người ký: Đinh Văn Hùng"],
     ("cv-1520-pgddt.pdf", "212 KB", 88)),
    ("van-ban", "qd-245-pgddt", 28, "Quyết định số 245/QĐ-PGDĐT thành lập Ban Giám khảo",
     ["Số/Ký hiệu: 245/QĐ-PGDĐT", "Ngày ban hành: 25.11.2026", "Người ký: Đinh Văn Hùng"],
     ("qd-245-pgddt.pdf", "95 KB", 41)),
]

MOST_READ = [40, 37, 34, 39]


# --- URLs -----------------------------------------------------------------------------------


def page_url(s: Story) -> str:
    if s.slug:
        return f"/{s.cat}/{s.slug}"
    return f"/page.php?c={s.cat}&id={s.id}"


def list_url(cat: str, d: int = 0) -> str:
    return f"/page.php?c={cat}" + (f"&d={d}" if d else "")


def _a(href: str, label: str, extra: str = "") -> str:
    return f'<a href="{esc(href)}"{extra}>{label}</a>'


def cat_pages(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.opts["date_sort"],
                  reverse=True)


for _s in STORIES:
    _d = _s.opts["date"]
    _s.opts["date_sort"] = f"{_d[6:10]}{_d[3:5]}{_d[0:2]}{_d[11:]}"


# --- chrome ---------------------------------------------------------------------------------


def _menu() -> str:
    def drop(title: str, href: str, items: list[tuple[str, str]]) -> str:
        sub = "".join(f"<li>{_a(h, esc(t))}</li>" for h, t in items)
        return f'<li class="cs-drop">{_a(href, esc(title))}<ul class="cs-sub">{sub}</ul></li>'

    return (
        '<div id="mnu-chinh"><ul class="cs-menu">'
        f'<li>{_a("/", "Trang chủ")}</li>'
        + drop("Giới thiệu", "/page.php?c=gioi-thieu",
               [("/gioi-thieu/lich-su", "Lịch sử"), ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")])
        + f'<li>{_a(list_url("tin-tuc"), "Tin tức - Sự kiện")}</li>'
        + f'<li>{_a(list_url("thong-bao"), "Thông báo")}</li>'
        + drop("Hoạt động chuyên môn", list_url("chuyen-mon"),
               [(list_url("tieu-hoc"), "Giáo dục Tiểu học"), (list_url("thcs"), "Giáo dục THCS")])
        + f'<li>{_a(list_url("van-ban"), "Văn bản")}</li>'
        + f'<li>{_a("/forums.php", "Diễn đàn")}</li>'
        + f'<li>{_a("/index.php?e=contact", "Liên hệ")}</li>'
        + "</ul></div>"
    )


def _left() -> str:
    rows = []
    for i in MOST_READ:
        s = BY_ID[i]
        rows.append(
            f'<li><img src="/datas/thumbs/{i}-t.jpg" width="60" alt="" class="tn">'
            f'{_a(f"/page.php?id={i}", esc(s.title))}</li>'
        )
    return (
        '<div class="khung-trai">'
        '<div class="block"><h3 class="tde-khoi">Tin đọc nhiều</h3>'
        f'<ul class="ds-docnhieu">{"".join(rows)}</ul></div>'
        '<div class="block"><h3 class="tde-khoi">Liên kết website</h3><ul>'
        '<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://caobang.edu.vn" target="_blank">Sở GD&amp;ĐT Cao Bằng</a></li>'
        '<li><a href="https://baolam.caobang.gov.vn" target="_blank">Cổng TTĐT huyện Bảo Lâm</a></li>'
        "</ul></div>"
        '<div class="block"><h3 class="tde-khoi">Thăm dò ý kiến</h3>'
        '<form action="/polls.php?a=send&amp;id=2" method="post"><p>Bạn đánh giá thế nào về '
        'website?</p><label><input type="radio" name="vote" value="1"> Rất hữu ích</label><br>'
        '<label><input type="radio" name="vote" value="2"> Bình thường</label><br>'
        '<input type="submit" value="Bình chọn"></form></div>'
        '<div class="block"><h3 class="tde-khoi">Thống kê truy cập</h3>'
        "<p>Đang online: 17</p><p>Hôm nay: 412</p><p>Tổng truy cập: 1.284.603</p></div>"
        "</div>"
    )


def layout(request: Request, title: str, crumbs: list[tuple[str | None, str]], main: str,
           canonical: str | None = None) -> Response:
    crumb = " » ".join(
        _a(h, esc(t)) if h else f"<span>{esc(t)}</span>" for h, t in [("/", "Trang chủ"), *crumbs]
    ) if crumbs else ""
    canon = f'<link rel="canonical" href="{esc(base_url(request) + canonical)}" />' if canonical else ""
    page = f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="UTF-8" />
<title>{esc(title)} - Phòng GD&amp;ĐT Bảo Lâm</title>
<meta name="generator" content="Cotonti https://www.cotonti.com" />
<meta name="description" content="Cổng thông tin điện tử Phòng GD&amp;ĐT huyện Bảo Lâm" />
{canon}
<link rel="stylesheet" href="/themes/baolam/css/baolam.css" type="text/css" />
<script src="/js/jquery.min.js"></script><script src="/js/base.js"></script>
</head><body>
<div id="vo-trang">
<div id="pgd-header"><div class="ngay-hom-nay">{HEADER_DAY}</div>
<a href="/"><img src="/themes/baolam/img/banner.jpg" alt="Phòng GD&amp;ĐT Bảo Lâm" /></a>
<form action="/index.php" method="get" id="tim-kiem"><input type="hidden" name="e" value="search" />
<input type="text" name="sq" placeholder="Tìm kiếm..." /><input type="submit" value="Tìm" /></form>
<div class="dn"><a href="/login.php">Đăng nhập</a> | <a href="/users.php?m=register">Đăng ký</a></div>
</div>
{_menu()}
<div class="duongdan">{crumb}</div>
<div id="than-trang">{_left()}<div class="khung-phai">{main}</div></div>
<div id="chan-trang"><p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN BẢO LÂM</b></p>
<p>Địa chỉ: Tổ 2, Thị trấn Pác Miầu, huyện Bảo Lâm, tỉnh Cao Bằng</p>
<p>Điện thoại: 0206 3 870 112 - Email: pgdbaolam@caobang.edu.vn</p>
<p>© 2026 Phòng GD&amp;ĐT Bảo Lâm. Powered by Cotonti.</p></div>
</div></body></html>"""
    return html(page)


def pagenav(base: str, total: int, per: int, current: int, param: str) -> str:
    """Cotonti's pagenav: offset links, "1" without the parameter, ‹ Trước / Sau ›."""
    if total <= per:
        return ""
    sep = "&" if "?" in base else "?"

    def url(off: int) -> str:
        return base if off == 0 else f"{base}{sep}{param}={off}"

    out = []
    if current > 0:
        prev = _a(url(current - per), "‹ Trước", ' rel="prev"')
        out.append(f'<span class="pagenav_prev">{prev}</span>')
    for n, off in enumerate(range(0, total, per), 1):
        cls = "pagenav_current" if off == current else "pagenav_pages"
        out.append(f'<span class="{cls}">{_a(url(off), str(n))}</span>')
    if current + per < total:
        nxt = _a(url(current + per), "Sau ›", ' rel="next"')
        out.append(f'<span class="pagenav_next">{nxt}</span>')
    return '<div class="pagnav">Trang: ' + " ".join(out) + "</div>"


# --- page text --------------------------------------------------------------------------------


def _img(img: Img) -> str:
    name = img.src.rsplit("/", 1)[1]
    tag = f'<img src="{esc(img.src)}" alt="{esc(name)}" style="width: 500px; height: 333px;" />'
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="2" class="tbl-anh"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><em>{esc(img.printed or "")}</em></td></tr>'
            "</tbody></table>"
        )
    if img.style == "credit":
        return (f'<p style="text-align: center;">{tag}</p>'
                f'<p align="right"><i>{esc(img.printed or "")}</i></p>')
    line = f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return f'<p style="text-align: center;">{tag}</p>{line}'


def render_blocks(blocks: list, s: Story) -> str:
    out: list[str] = []
    brjoin = set(s.opts.get("brjoin", []))
    i = 0
    pidx = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
                pidx += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = "".join(f'<td style="border:1px solid #999">{esc(c)}</td>'
                                for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
                pidx += 1
            out.append('<table border="1" cellspacing="0" style="width:90%"><tbody>'
                       + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "h":
            out.append(f"<h4><strong>{esc(b.text)}</strong></h4>")
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif pidx in brjoin:
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;">{esc(b.text)}<br />\n{esc(nxt.text)}</p>')
            i += 2
            pidx += 2
            continue
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        if isinstance(b, P):
            pidx += 1
        i += 1
    markup = "\n".join(out)
    if s.opts.get("entities"):
        markup = entity_mix(markup, s.opts["entities"])
    return markup


def _first_text(s: Story) -> str:
    if s.summary:
        return s.summary
    return next(b.text for b in s.blocks if isinstance(b, P))


# --- pages ----------------------------------------------------------------------------------


def _cat_crumbs(cat: str) -> list[tuple[str | None, str]]:
    title, parent = CATS[cat]
    crumbs: list[tuple[str | None, str]] = []
    if parent:
        crumbs.append((list_url(parent), CATS[parent][0]))
    crumbs.append((list_url(cat), title))
    return crumbs


def article(request: Request, s: Story, pg: int = 1, dcm: int = 0) -> Response:
    o = s.opts
    meta = []
    if o.get("author"):
        meta.append(("Tác giả", esc(o["author"])))
    meta.append(("Người đăng", _a("/users.php?m=details&id=2&u=pgd_baolam", "pgd_baolam")))
    if o.get("created"):
        meta.append(("Ngày tạo", o["created"]))
    meta.append(("Ngày đăng", o["date"]))
    if o.get("updated"):
        meta.append(("Cập nhật", o["updated"]))
    if o.get("source"):
        meta.append(("Nguồn tin", esc(o["source"])))
    meta.append(("Lượt xem", str(s.views())))
    meta_html = '<table class="pg-ttin">' + "".join(
        f'<tr><td class="nhan">{k}:</td><td>{v}</td></tr>' for k, v in meta) + "</table>"
    desc = ""
    if s.summary and (s.sapo_outside or o.get("desc_dup")):
        desc = f'<p class="small mota">{esc(s.summary)}</p>'
    blocks = s.blocks
    tabs = ""
    if o.get("split"):
        cut = _split_index(s)
        blocks = blocks[:cut] if pg == 1 else blocks[cut:]
        titles = "".join(
            ("<b>" + esc(f"{n}. {t}") + "</b><br />") if n == pg
            else _a(f"{page_url(s)}?pg={n}", esc(f"{n}. {t}")) + "<br />"
            for n, t in enumerate(o["parts"], 1))
        tabs = f'<div class="pg-muctab">{titles}</div>'
        links = " ".join(
            f'<span class="pagenav_current">{_a(f"{page_url(s)}?pg={n}", str(n))}</span>' if n == pg
            else f'<span class="pagenav_pages">{_a(f"{page_url(s)}?pg={n}", str(n))}</span>'
            for n in range(1, len(o["parts"]) + 1))
        tabs_nav = f'<div class="pagnav pg-trang">Trang: {links}</div>'
    else:
        tabs_nav = ""
    text = render_blocks(blocks, s)
    attach = ""
    if o.get("file"):
        fn, size, hits = o["file"]
        attach = (f'<div class="pg-tep">Tệp đính kèm: {_a("/datas/files/" + fn, fn)} ({size}) - '
                  f"Lượt tải: {hits}</div>")
    # "Các tin khác": the newest pages of the category (the first listing page only)
    others = [x for x in cat_pages(s.cat)[:ROWS] if x.id != s.id][:4]
    other_html = "".join(
        f'<li>{_a(page_url(x), esc(x.title))} <span class="ngay">({x.opts["date"][:10]})</span></li>'
        for x in others)
    main = (
        f'<div class="block khoi-bai" id="pg{s.id}">'
        f'<h1 class="tieude-bai">{esc(s.title)}</h1>{desc}{meta_html}{tabs}'
        f'<div class="textbox" id="pg_ndung">{text}</div>{tabs_nav}{attach}'
        '<div class="pg-congcu"><a href="javascript:window.print()">In bài</a> | '
        f'<a href="mailto:?subject={quote(s.title)}">Gửi email</a> | '
        '<a href="https://www.facebook.com/sharer/sharer.php" target="_blank">'
        '<img src="/themes/baolam/img/fb-share.png" alt="Chia sẻ" /></a></div>'
        f'<div class="block tin-khac"><h3>Các tin khác</h3><ul>{other_html}</ul></div>'
        f"{comments(s, dcm)}</div>"
    )
    crumbs = [*_cat_crumbs(s.cat), (None, s.title)]
    return layout(request, s.title, crumbs, main, canonical=page_url(s))


def _split_index(s: Story) -> int:
    count = 0
    for i, b in enumerate(s.blocks):
        if isinstance(b, P):
            if count == s.opts["split"]:
                return i
            count += 1
    return len(s.blocks)


def comments(s: Story, dcm: int) -> str:
    items = COMMENTS.get(s.id, [])
    rows = []
    for n, (who, when, txt) in enumerate(items, 1):
        if not dcm <= n - 1 < dcm + CMT_ROWS:
            continue
        cid = 100 + s.id * 10 + n
        rows.append(
            f'<div class="comment" id="c{cid}"><div class="comm-tt">'
            f'<a href="#c{cid}" class="comm-so">#{n}</a> '
            '<img src="/datas/defaultav/blank.png" class="avatar" alt="" /> '
            f"<strong>{esc(who)}</strong> <span class=\"ngay\">{when}</span></div>"
            f'<div class="comm-text"><p>{esc(txt)}</p></div></div>'
        )
    nav = pagenav(page_url(s), len(items), CMT_ROWS, dcm, "dcm")
    form = (
        f'<form action="/index.php?e=comments&amp;a=send&amp;area=page&amp;cat={s.cat}&amp;item={s.id}"'
        ' method="post" id="comment-form"><p>Tên: <input type="text" name="rname" /></p>'
        '<p><textarea name="rtext" rows="4" cols="60"></textarea></p>'
        '<p><input type="submit" value="Gửi bình luận" /></p></form>'
    )
    empty = "" if items else '<p class="comm-trong">Chưa có bình luận nào.</p>'
    return (f'<div class="block" id="comments"><h3>Bình luận ({len(items)})</h3>'
            f'{"".join(rows)}{empty}{nav}{form}</div>')


def listing(request: Request, cat: str, d: int) -> Response | None:
    title, _parent = CATS[cat]
    subs = [c for c, (_t, p) in CATS.items() if p == cat]
    if cat in ("gioi-thieu", "van-ban"):
        rows = "".join(
            f'<li>{_a(f"/{c}/{al}", esc(t))}</li>' for c, al, _i, t, _p, _f in OTHER_PAGES if c == cat)
        main = f'<div class="block"><h2 class="tde-muc">{esc(title)}</h2><ul class="ds-vb">{rows}</ul></div>'
        return layout(request, title, _cat_crumbs(cat), main)
    pages = cat_pages(cat)
    if d < 0 or (d and d >= len(pages)) or d % ROWS:
        return None
    sub_html = ""
    if subs:
        sub_html = '<div class="muc-con"><h3>Chuyên mục con</h3><ul>' + "".join(
            f'<li>{_a(list_url(c), esc(CATS[c][0]))} ({len(cat_pages(c))})</li>' for c in subs
        ) + "</ul></div>"
    rows = []
    for s in pages[d:d + ROWS]:
        img = next((b for b in s.blocks if isinstance(b, Img)), None)
        thumb = f'<img src="{esc(img.src.replace("/users/", "/thumbs/"))}" class="tn" alt="" />' if img else ""
        rows.append(
            f'<div class="dong-tin">{thumb}<h3>{_a(page_url(s), esc(s.title))}</h3>'
            f'<div class="ngay">{s.opts["date"]}</div>'
            f'<div class="textbox"><p>{esc(_first_text(s))}</p></div>'
            f'<div class="doc-tiep">{_a(page_url(s), "Đọc tiếp...")}</div></div>'
        )
    body = "".join(rows) if rows else "" if subs else "<p>Chưa có bài viết.</p>"
    main = (f'<div class="block"><h2 class="tde-muc">{esc(title)}</h2>{sub_html}{body}'
            f'{pagenav(list_url(cat), len(pages), ROWS, d, "d")}</div>')
    return layout(request, title if not d else f"{title} (trang {d // ROWS + 1})",
                  _cat_crumbs(cat), main)


def home(request: Request) -> Response:
    news = []
    for s in cat_pages("tin-tuc")[:4]:
        news.append(
            f'<div class="tin-moi"><h3>{_a(page_url(s), esc(s.title))}</h3>'
            f'<div class="ngay">{s.opts["date"]}</div>'
            f'<div class="textbox"><p>{esc(_first_text(s))}</p></div>'
            f'<div class="doc-tiep">{_a(page_url(s), "Đọc tiếp...")}</div></div>'
        )
    notices = "".join(
        f'<li>{_a(page_url(s), esc(s.title))} <span class="ngay">{s.opts["date"][:10]}</span></li>'
        for s in cat_pages("thong-bao"))
    main = (
        '<div class="block"><h2 class="tde-muc">Tin mới</h2>' + "".join(news) + "</div>"
        f'<div class="block"><h2 class="tde-muc">Thông báo</h2><ul>{notices}</ul>'
        f'<p>{_a(list_url("thong-bao"), "Xem tất cả")}</p></div>'
    )
    return layout(request, "Trang chủ", [], main)


def other_page(request: Request, entry: tuple) -> Response:
    cat, _al, _i, title, paras, f = entry
    text = "".join(f"<p>{esc(p)}</p>" for p in paras)
    attach = ""
    if f:
        attach = (f'<div class="pg-tep">Tệp đính kèm: {_a("/datas/files/" + f[0], f[0])} ({f[1]}) - '
                  f"Lượt tải: {f[2]}</div>")
    main = (f'<div class="block khoi-bai"><h1 class="tieude-bai">{esc(title)}</h1>'
            f'<div class="textbox">{text}</div>{attach}</div>')
    return layout(request, title, [*_cat_crumbs(cat), (None, title)], main,
                  canonical=f"/{cat}/{_al}")


def contact(request: Request) -> Response:
    main = (
        '<div class="block"><h2 class="tde-muc">Liên hệ</h2>'
        "<p>Phòng Giáo dục và Đào tạo huyện Bảo Lâm, tỉnh Cao Bằng</p>"
        "<p>Điện thoại: 0206 3 870 112 - Email: pgdbaolam@caobang.edu.vn</p>"
        '<form action="/index.php?e=contact&amp;a=send" method="post">'
        '<p>Họ tên: <input name="ruser" /></p><p>Email: <input name="remail" /></p>'
        '<p><textarea name="rtext"></textarea></p><p><input type="submit" value="Gửi" /></p>'
        "</form></div>"
    )
    return layout(request, "Liên hệ", [(None, "Liên hệ")], main)


def forums(request: Request) -> Response | None:
    p = request.params
    m = p.get("m", "")
    if not m:
        main = ('<div class="block"><h2 class="tde-muc">Diễn đàn</h2><table class="cells">'
                "<tr><td>Chuyên mục</td><td>Chủ đề</td><td>Bài viết</td></tr>"
                f'<tr><td>{_a("/forums.php?m=topics&s=1", "Trao đổi chuyên môn")}</td><td>1</td>'
                "<td>2</td></tr></table>"
                f'<p>Chủ đề mới: {_a("/forums.php?m=posts&q=3", "Kinh nghiệm dạy lớp ghép")}</p></div>')
        return layout(request, "Diễn đàn", [(None, "Diễn đàn")], main)
    if m == "topics" and p.get("s") == "1":
        main = ('<div class="block"><h2 class="tde-muc">Trao đổi chuyên môn</h2><ul>'
                f'<li>{_a("/forums.php?m=posts&q=3", "Kinh nghiệm dạy lớp ghép")}</li></ul></div>')
        return layout(request, "Trao đổi chuyên môn", [("/forums.php", "Diễn đàn"),
                                                        (None, "Trao đổi chuyên môn")], main)
    if m == "posts" and p.get("q") == "3":
        main = ('<div class="block"><h2 class="tde-muc">Kinh nghiệm dạy lớp ghép</h2>'
                '<div class="post"><b>gv_namquang</b> <span class="ngay">14.11.2026 21:05</span>'
                "<p>Các thầy cô chia sẻ cách sắp xếp thời khóa biểu lớp ghép 2+3 với ạ.</p></div>"
                '<div class="post"><b>th_yentho</b> <span class="ngay">15.11.2026 06:30</span>'
                "<p>Trường em chia nhóm theo năng lực, dạy xen kẽ 20 phút mỗi nhóm.</p></div></div>")
        return layout(request, "Kinh nghiệm dạy lớp ghép",
                      [("/forums.php", "Diễn đàn"), ("/forums.php?m=topics&s=1", "Trao đổi chuyên môn"),
                       (None, "Kinh nghiệm dạy lớp ghép")], main)
    return None


class Site:
    def __init__(self) -> None:
        self.by_alias = {(s.cat, s.slug): s for s in STORIES if s.slug}
        self.others = {(e[0], e[1]): e for e in OTHER_PAGES}
        self.other_ids = {e[2]: e for e in OTHER_PAGES}

    def _story(self, request: Request, s: Story) -> Response | None:
        p = request.params
        allowed = {"c", "id", "al", "pg", "dcm"}
        if set(p) - allowed:
            return None
        try:
            pg = int(p.get("pg", "1"))
            dcm = int(p.get("dcm", "0"))
        except ValueError:
            return None
        if pg != 1 and not (s.opts.get("split") and pg == 2):
            return None
        if dcm and (dcm % CMT_ROWS or dcm >= len(COMMENTS.get(s.id, []))):
            return None
        return article(request, s, pg, dcm)

    def respond(self, request: Request) -> Response | None:
        path, p = request.path, request.params
        if request.method == "POST":
            return redirect("/")
        static = static_file(path)
        if static is not None and path.startswith(("/datas/", "/themes/", "/js/")):
            return static
        if path.startswith("/datas/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path in ("/", "/index.php") and not p:
            return home(request)
        if path == "/index.php":
            if p == {"e": "contact"}:
                return contact(request)
            if p.get("e") == "search":
                q = esc(p.get("sq", ""))
                main = (f'<div class="block"><h2 class="tde-muc">Tìm kiếm</h2><p>Từ khóa: {q}</p>'
                        "<p>Không tìm thấy kết quả nào.</p></div>")
                return layout(request, "Tìm kiếm", [(None, "Tìm kiếm")], main)
            return None
        if path == "/forums.php":
            return forums(request)
        if path == "/login.php" and not p:
            main = ('<div class="block"><h2 class="tde-muc">Đăng nhập</h2>'
                    '<form action="/login.php?a=check" method="post"><p>Tên đăng nhập: '
                    '<input name="rusername" /></p><p>Mật khẩu: <input type="password" '
                    'name="rpassword" /></p><p><input type="submit" value="Đăng nhập" /></p>'
                    "</form></div>")
            return layout(request, "Đăng nhập", [(None, "Đăng nhập")], main)
        if path == "/users.php" and p.get("m") == "details" and p.get("id") == "2":
            main = ('<div class="block"><h2 class="tde-muc">pgd_baolam</h2>'
                    "<p>Nhóm: Biên tập viên</p><p>Đăng ký: 12.03.2019</p></div>")
            return layout(request, "pgd_baolam", [(None, "Thành viên")], main)
        if path == "/page.php":
            if "id" in p or "al" in p:
                s = None
                if "id" in p:
                    try:
                        num = int(p["id"])
                    except ValueError:
                        return None
                    if num in self.other_ids and set(p) <= {"c", "id"}:
                        e = self.other_ids[num]
                        return other_page(request, e) if p.get("c", e[0]) == e[0] else None
                    s = BY_ID.get(num)
                else:
                    s = next((x for x in STORIES if x.slug and x.slug == p["al"]), None)
                if s is None or p.get("c", s.cat) != s.cat:
                    return None
                return self._story(request, s)
            cat = p.get("c")
            if cat in CATS and set(p) <= {"c", "d"}:
                try:
                    d = int(p.get("d", "0"))
                except ValueError:
                    return None
                return listing(request, cat, d)
            return None
        parts = path.strip("/").split("/")
        if len(parts) == 2:
            key = (parts[0], parts[1])
            if key in self.by_alias:
                return self._story(request, self.by_alias[key])
            if key in self.others and not p:
                return other_page(request, self.others[key])
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = [f"/page.php?c={s.cat}&id={s.id}", f"/page.php?id={s.id}"]
    if s.slug:
        alts.append(f"/page.php?al={s.slug}")
    if s.opts.get("split"):
        alts += [f"{page_url(s)}?pg=1", f"{page_url(s)}?pg=2"]
    n = len(COMMENTS.get(s.id, []))
    alts += [f"{page_url(s)}?dcm={off}" for off in range(CMT_ROWS, n, CMT_ROWS)]
    return [a for a in alts if a != page_url(s)]


GOLD = [
    gold_record(s, page_url(s), CATS[s.cat][0], canonical_path=page_url(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su",
    "/gioi-thieu/co-cau-to-chuc",
    "/van-ban/cv-1520-pgddt",
    "/van-ban/qd-245-pgddt",
    "/index.php?e=contact",
    "/forums.php",
    "/forums.php?m=posts&q=3",
]
